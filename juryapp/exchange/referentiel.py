"""juryapp.referentiel/1 documents: one version of a titre professionnel as data."""

from __future__ import annotations

import copy
import json
import re
from typing import Any, Protocol

from juryapp.errors import BadInput
from juryapp.exchange.validation import TextSpec, check_texts, parse_date, require_date, validate
from juryapp.model import Arrete, Assessment, Certificate, Competency, Correspondence, Prorogation, Referentiel

FORMAT = "juryapp.referentiel/1"
SAFE_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")

_CERTIFICATE_TEXTS: TextSpec = {
    "code": "name",
    "name": "label",
    "competencies": [{"code": "name", "name": "label"}],
}
# The texts of a référentiel document and their kinds (juryapp.textcheck).
REFERENTIEL_TEXTS: TextSpec = {
    "code": "name",
    "tp_code": "name",
    "name": "label",
    "nsf": "name",
    "successor": "name",
    "sources": ["text"],
    "arrete": "text",
    "prorogations": [{"source": "text"}],
    "ccps": [_CERTIFICATE_TEXTS],
    "ccs": [_CERTIFICATE_TEXTS],
    "assessments": {"*": None},
    "correspondence": {"from": "name", "map": {"*": ["name"]}},
}

_DEFAULTS: dict[str, Any] = {
    "tp_code": "",
    "nsf": "",
    "status": "active",
    "successor": None,
    "verified": False,
    "sources": [],
    "ccs": [],
    "assessments": {},
    "correspondence": None,
    "prorogations": [],
}


def normalise(document: dict) -> dict:
    """The document with every optional key filled in with its default."""
    doc = copy.deepcopy(document)
    for key, value in _DEFAULTS.items():
        doc.setdefault(key, copy.deepcopy(value))
    for cert in doc.get("ccps", []) + doc.get("ccs", []):
        cert.setdefault("competencies", [])
    if doc.get("correspondence") is not None:
        doc["correspondence"].setdefault("verified", False)
    return doc


def canonical(document: dict) -> str:
    """A stable text of the normalised document, to tell two versions apart."""
    return json.dumps(normalise(document), sort_keys=True, ensure_ascii=False)


class ReferentielSource(Protocol):
    """The référentiels already known where a session document is imported (in practice the
    installation's library, `juryapp.storage.library.ReferentielLibrary`). The formats only need
    this much of it, so they do not depend on where the référentiels are kept."""

    def get(self, code: str) -> Referentiel | None: ...

    def codes(self) -> list[str]: ...

    def check_compatible(self, ref: Referentiel, *, field: str = "") -> None:
        """BadInput when a référentiel of the same code is known with another content."""
        ...


def parse_referentiel(document: Any, *, field: str = "", checked: bool = False) -> Referentiel:
    """A Referentiel from its document; BadInput names the field (under `field`) that is wrong.

    `checked`: the document was already checked against the schema and the text limits (as part
    of a session document, or read back from a session file).
    """
    if not checked:
        validate(document, FORMAT)
        check_texts(document, REFERENTIEL_TEXTS, field=field)
    doc = normalise(document)
    prefix = f"{field}." if field else ""
    valid_from = require_date(doc["valid_from"], prefix + "valid_from")
    valid_until = require_date(doc["valid_until"], prefix + "valid_until")
    if valid_until < valid_from:
        raise BadInput(
            f"la fin de validité ({doc['valid_until']}) précède le début ({doc['valid_from']})",
            field=prefix + "valid_until",
        )
    if doc["status"] == "revised" and not doc["successor"]:
        raise BadInput("un titre révisé doit nommer sa version suivante (successor)", field=prefix + "successor")

    certificates: dict[str, list[Certificate]] = {"ccps": [], "ccs": []}
    seen_codes: set[str] = set()
    seen_competencies: set[str] = set()
    for key in ("ccps", "ccs"):
        for i, cert in enumerate(doc[key]):
            where = f"{prefix}{key}[{i}]"
            if cert["code"] in seen_codes:
                raise BadInput(f"code « {cert['code']} » en double", field=where + ".code")
            seen_codes.add(cert["code"])
            competencies = []
            for j, cp in enumerate(cert["competencies"]):
                if cp["code"] in seen_competencies:
                    raise BadInput(
                        f"compétence « {cp['code']} » en double",
                        field=f"{where}.competencies[{j}].code",
                    )
                seen_competencies.add(cp["code"])
                competencies.append(Competency(cp["code"], cp["name"], bool(cp.get("verified", True))))
            certificates[key].append(
                Certificate(
                    cert["code"], cert["name"], tuple(competencies), bool(cert.get("competencies_complete", True))
                )
            )

    ccp_codes = {c.code for c in certificates["ccps"]}
    assessments = {}
    for key, items in doc["assessments"].items():
        if key != "titre" and key not in seen_codes:
            raise BadInput(
                f"« {key} » n'est ni « titre » ni un CCP ou CCS de ce titre",
                field=f"{prefix}assessments.{key}",
            )
        assessments[key] = tuple(Assessment(a["kind"], a["minutes"]) for a in items)

    correspondence = None
    if doc["correspondence"] is not None:
        corr = doc["correspondence"]
        if corr["from"] == doc["code"]:
            raise BadInput(
                "une correspondance ne peut pas venir du titre lui-même",
                field=prefix + "correspondence.from",
            )
        for old, targets in corr["map"].items():
            for k, target in enumerate(targets):
                if target not in ccp_codes:
                    raise BadInput(
                        f"« {target} » n'est pas un CCP de {doc['code']}",
                        field=f"{prefix}correspondence.map.{old}[{k}]",
                    )
        correspondence = Correspondence(
            corr["from"], bool(corr["verified"]), {k: tuple(v) for k, v in corr["map"].items()}
        )

    prorogations = []
    previous = valid_until
    for i, raw in enumerate(doc["prorogations"]):
        until = require_date(raw["until"], f"{prefix}prorogations[{i}].until")
        if until <= previous:
            raise BadInput(
                f"une prorogation prolonge la validité : {raw['until']} doit suivre {previous.isoformat()}",
                field=f"{prefix}prorogations[{i}].until",
            )
        previous = until
        prorogations.append(Prorogation(until, raw.get("source", "")))

    return Referentiel(
        code=doc["code"],
        tp_code=doc["tp_code"],
        name=doc["name"],
        level=doc["level"],
        nsf=doc["nsf"],
        valid_from=valid_from,
        valid_until=valid_until,
        status=doc["status"],
        successor=doc["successor"],
        verified=bool(doc["verified"]),
        ccps=tuple(certificates["ccps"]),
        ccs=tuple(certificates["ccs"]),
        assessments=assessments,
        correspondence=correspondence,
        sources=tuple(doc["sources"]),
        arrete=_arrete(doc.get("arrete"), bool(doc["verified"]), prefix + "arrete"),
        prorogations=tuple(prorogations),
        document=copy.deepcopy(document),
    )


def _arrete(raw: Any, referentiel_verified: bool, field: str) -> Arrete | None:
    """The `arrete` key; an older free text counts as verified only when the whole référentiel is."""
    if raw is None:
        return None
    if isinstance(raw, str):
        return Arrete(None, None, referentiel_verified, raw.strip())
    return Arrete(
        require_date(raw["date"], field + ".date"),
        parse_date(raw.get("jo"), field + ".jo"),
        bool(raw.get("verified", False)),
    )
