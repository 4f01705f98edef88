"""Reading JSON documents and checking them against the published JSON Schemas (docs/schemas)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource

from juryapp.errors import BadInput, os_error_text
from juryapp.paths import SCHEMAS

SCHEMA_FILES = {
    "juryapp.referentiel/1": "referentiel.schema.json",
    "juryapp.session/1": "session.schema.json",
    "juryapp.results/1": "results.schema.json",
}

_TYPE_NAMES = {
    "object": "un objet",
    "array": "une liste",
    "string": "un texte",
    "integer": "un nombre entier",
    "number": "un nombre",
    "boolean": "true ou false",
    "null": "null",
}


def field_path(parts: Any) -> str:
    """`candidates[2].birth_date` from a sequence of keys and indexes."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def read_json(path: Path) -> Any:
    """The parsed document; a BadInput naming the file when it cannot be read or parsed."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BadInput("fichier introuvable", file=path) from None
    except OSError as exc:
        raise BadInput(f"lecture impossible : {os_error_text(exc)}", file=path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"le fichier n'est pas en UTF-8 (octet {exc.start})", file=path) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"JSON invalide, ligne {exc.lineno} colonne {exc.colno} : {exc.msg}", file=path) from None


@cache
def _registry() -> Registry:
    resources = []
    for name in SCHEMA_FILES.values():
        schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
        resources.append((schema["$id"], Resource.from_contents(schema)))
    return Registry().with_resources(resources)


@cache
def validator(format_name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / SCHEMA_FILES[format_name]).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=_registry())


_DATE_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}"  # how the schemas write a date, or a date-time's date part


def _describe(error: ValidationError) -> tuple[str, str]:
    path = field_path(error.absolute_path)
    kind = error.validator
    if kind == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        name = missing[0] if missing else "?"
        return field_path([*error.absolute_path, name]), "champ obligatoire absent"
    if kind == "type":
        expected = error.validator_value
        expected = expected if isinstance(expected, list) else [expected]
        wanted = " ou ".join(_TYPE_NAMES.get(str(t), str(t)) for t in expected)
        return path, f"doit être {wanted} (trouvé : {json.dumps(error.instance, ensure_ascii=False)[:60]})"
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        choices = ", ".join(json.dumps(v, ensure_ascii=False) for v in allowed)
        found = json.dumps(error.instance, ensure_ascii=False)[:60]
        return path, f"valeur {found} non reconnue (valeurs possibles : {choices})"
    if kind == "pattern" and _DATE_PATTERN in str(error.validator_value):
        if f"{_DATE_PATTERN}T" in str(error.validator_value):  # a date and time
            return path, (
                f"date et heure invalides « {error.instance} » (format attendu AAAA-MM-JJTHH:MM, secondes "
                "facultatives, sans fuseau horaire)"
            )
        return path, f"date invalide « {error.instance} » (format attendu AAAA-MM-JJ)"
    if kind == "pattern":
        return path, f"valeur « {error.instance} » mal formée"
    if kind == "minLength":
        return path, "ne doit pas être vide"
    if kind == "minItems":
        return path, f"doit contenir au moins {error.validator_value} élément(s)"
    if kind == "minimum":
        return path, f"doit être supérieur ou égal à {error.validator_value}"
    if kind == "maximum":
        return path, f"doit être inférieur ou égal à {error.validator_value}"
    return path, error.message


def validate(document: Any, format_name: str) -> None:
    """Raise BadInput for the first schema error, in document order."""
    errors = list(validator(format_name).iter_errors(document))
    if not errors:
        return
    first = min(
        errors,
        key=lambda e: [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in e.absolute_path],
    )
    path, problem = _describe(first)
    raise BadInput(problem, field=path)


def document_format(document: Any) -> str:
    """The `format` key of a document, checked against the formats this version reads."""
    if not isinstance(document, dict):
        raise BadInput("le document doit être un objet JSON")
    fmt = document.get("format")
    if fmt is None:
        raise BadInput("champ obligatoire absent", field="format")
    if fmt not in SCHEMA_FILES:
        family = str(fmt).rsplit("/", 1)[0]
        known = [f for f in SCHEMA_FILES if f.rsplit("/", 1)[0] == family]
        if known:
            raise BadInput(
                f"format « {fmt} » plus récent que cette version de juryapp (elle lit {', '.join(known)})",
                field="format",
            )
        raise BadInput(f"format « {fmt} » inconnu (attendu : {', '.join(SCHEMA_FILES)})", field="format")
    return str(fmt)


def parse_date(value: str | None, field: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadInput(f"date invalide « {value} » (format attendu AAAA-MM-JJ)", field=field) from None


def require_date(value: str, field: str) -> dt.date:
    day = parse_date(value, field)
    assert day is not None
    return day
