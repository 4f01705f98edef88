"""The référentiels this installation knows: the shipped ones and those the user installed."""

from __future__ import annotations

import json
from pathlib import Path

from juryapp.errors import BadInput
from juryapp.exchange.referentiel import SAFE_CODE, canonical, parse_referentiel
from juryapp.exchange.validation import read_json
from juryapp.files import atomic_create, atomic_write, private_dir
from juryapp.model import Referentiel
from juryapp.paths import SHIPPED_REFERENTIELS, user_data_dir, user_referentiels_dir

PROROGATIONS_FILE = "prorogations.json"


def _without_prorogations(document: dict) -> str:
    return canonical({key: value for key, value in document.items() if key != "prorogations"})


def _merged(document: dict, extra: list[dict]) -> dict:
    """`document` with the prorogations of `extra` it lacks, by end date (the last one is the end)."""
    known = {p["until"]: p for p in document.get("prorogations", [])}
    for prorogation in extra:
        known.setdefault(prorogation["until"], {"until": prorogation["until"], "source": prorogation["source"]})
    return {**document, "prorogations": [known[until] for until in sorted(known)]}


class ReferentielLibrary:
    """Référentiels by RNCP code. A code, once known, keeps its content: no silent overwrite."""

    def __init__(self, shipped_dir: Path | None = None, user_dir: Path | None = None) -> None:
        self.shipped_dir = shipped_dir if shipped_dir is not None else SHIPPED_REFERENTIELS
        self.user_dir = user_dir if user_dir is not None else user_referentiels_dir()
        self._by_code: dict[str, Referentiel] = {}
        self._files: dict[str, Path] = {}
        for folder in (self.shipped_dir, self.user_dir):
            if folder.is_dir():
                for path in sorted(folder.glob("*.json")):
                    self._load(path)
        # Prorogations the secretary recorded (DOMAIN.md §2: same content, a new end date), kept
        # beside the référentiels, which are never rewritten.
        self.prorogations_path = (user_dir.parent if user_dir is not None else user_data_dir()) / PROROGATIONS_FILE
        for code, extra in self._recorded_prorogations().items():
            if code in self._by_code:
                merged = _merged(self._by_code[code].document, extra)
                self._by_code[code] = parse_referentiel(merged, field=f"prorogations de {code}")

    def _recorded_prorogations(self) -> dict[str, list[dict]]:
        if not self.prorogations_path.is_file():
            return {}
        document = read_json(self.prorogations_path)
        if not isinstance(document, dict):
            raise BadInput("liste de prorogations illisible", file=self.prorogations_path)
        return {str(code): list(items) for code, items in document.items() if isinstance(items, list)}

    def record_prorogation(self, code: str, until: str, source: str) -> Referentiel:
        """Record a prorogation of `code` until `until` (ISO date) with its source; the référentiel as it is now."""
        known = self._by_code.get(code)
        if known is None:
            raise BadInput(f"référentiel inconnu : {code}")
        if not source.strip():
            raise BadInput("la source de la prorogation (arrêté, publication) est obligatoire", field="source")
        entry = {"until": until, "source": " ".join(source.split())}
        updated = parse_referentiel(_merged(known.document, [entry]), field="prorogation")
        recorded = self._recorded_prorogations()
        recorded[code] = [*recorded.get(code, []), entry]
        private_dir(self.prorogations_path.parent)
        data = (json.dumps(recorded, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        atomic_write(self.prorogations_path, data, what="liste des prorogations")
        self._by_code[code] = updated
        return updated

    def _load(self, path: Path) -> None:
        try:
            ref = parse_referentiel(read_json(path))
        except BadInput as exc:
            raise exc.within(path) from None
        if ref.code not in self._by_code:
            self._by_code[ref.code] = ref
            self._files[ref.code] = path

    def get(self, code: str) -> Referentiel | None:
        return self._by_code.get(code)

    def codes(self) -> list[str]:
        return sorted(self._by_code)

    def all(self) -> dict[str, Referentiel]:
        return dict(self._by_code)

    def differs(self, ref: Referentiel) -> bool:
        """Whether `ref` holds another content than the known version of its code; a prorogation
        more or less is the same content (DOMAIN.md §2)."""
        known = self._by_code.get(ref.code)
        return known is not None and _without_prorogations(known.document) != _without_prorogations(ref.document)

    def check_compatible(self, ref: Referentiel, *, field: str = "") -> None:
        if self.differs(ref):
            raise BadInput(
                f"le référentiel {ref.code} est déjà installé ({self._files[ref.code]}) avec un "
                f"contenu différent ; il n'est pas remplacé",
                field=field,
            )

    def is_installed(self, code: str) -> bool:
        return code in self._by_code

    def install(self, ref: Referentiel) -> Path | None:
        """Write `ref` into the user's folder; None when it was already known as it is."""
        self.check_compatible(ref)
        if ref.code in self._by_code:
            return None
        target = self.user_dir / f"{ref.code}.json"
        if target.parent != self.user_dir or not SAFE_CODE.fullmatch(ref.code):
            raise BadInput(f"code de référentiel « {ref.code} » inutilisable comme nom de fichier", field="code")
        data = (json.dumps(ref.document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        private_dir(self.user_dir)
        if not atomic_create(target, data, what="référentiel"):  # made since this library was read
            raise BadInput(
                f"le référentiel {ref.code} n'est pas installé : ce fichier existe déjà (un autre référentiel, "
                "ou installé entre-temps) et n'est jamais remplacé",
                file=target,
            )
        self._by_code[ref.code] = ref
        self._files[ref.code] = target
        return target
