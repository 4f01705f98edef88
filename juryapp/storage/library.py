"""The référentiels this installation knows: the shipped ones and those the user installed."""

from __future__ import annotations

import json
from pathlib import Path

from juryapp.errors import BadInput
from juryapp.exchange.referentiel import SAFE_CODE, canonical, parse_referentiel
from juryapp.exchange.validation import read_json
from juryapp.files import atomic_create, private_dir
from juryapp.model import Referentiel
from juryapp.paths import SHIPPED_REFERENTIELS, user_referentiels_dir


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
        known = self._by_code.get(ref.code)
        return known is not None and canonical(known.document) != canonical(ref.document)

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
