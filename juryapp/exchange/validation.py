"""Reading JSON documents and checking them against the published JSON Schemas (docs/schemas)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from juryapp.errors import BadInput, os_error_text

if TYPE_CHECKING:  # jsonschema is imported when a document is validated, not when the window starts
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError
    from referencing import Registry
from juryapp.paths import SCHEMAS
from juryapp.textcheck import TextKind, check_text, text_problem

MAX_FILE_BYTES = 50 * 1024 * 1024  # a session of a few hundred candidates is well under 1 Mo
MAX_JSON_DEPTH = 64  # a session document nests 7 levels; jsonschema and json recurse on each

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
    """The parsed document; a BadInput naming the file when it cannot be read or parsed.

    A file over `MAX_FILE_BYTES` is refused before it is read whole, and one nested deeper than
    `MAX_JSON_DEPTH` before it is parsed.
    """
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise BadInput(_too_big(size), file=path)
            raw = handle.read(MAX_FILE_BYTES + 1)  # the file may have grown, or have no size (a pipe)
    except FileNotFoundError:
        raise BadInput("fichier introuvable", file=path) from None
    except OSError as exc:
        raise BadInput(f"lecture impossible : {os_error_text(exc)}", file=path) from None
    if len(raw) > MAX_FILE_BYTES:
        raise BadInput(_too_big(len(raw)), file=path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"le fichier n'est pas en UTF-8 (octet {exc.start})", file=path) from None
    too_deep = _too_deep_at(text)
    if too_deep is not None:
        line = text.count("\n", 0, too_deep) + 1
        raise BadInput(f"imbrication JSON trop profonde : plus de {MAX_JSON_DEPTH} niveaux (ligne {line})", file=path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"JSON invalide, ligne {exc.lineno} colonne {exc.colno} : {exc.msg}", file=path) from None
    except ValueError:  # an integer of more digits than Python converts
        raise BadInput("JSON invalide : nombre trop long", file=path) from None


def _too_big(size: int) -> str:
    return f"fichier trop volumineux : {_size_text(size)} pour {_size_text(MAX_FILE_BYTES)} au plus"


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")
    if size >= 1024:
        return f"{size / 1024:.1f} Ko".replace(".", ",")
    return f"{size} octets"


# A string literal (escapes included; an unterminated one runs to the end) or a bracket.
_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)


def _too_deep_at(text: str) -> int | None:
    """Where `text` opens its (MAX_JSON_DEPTH + 1)th nested array or object, or None."""
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        bracket = token.group()[0]
        if bracket in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return token.start()
        elif bracket in "]}":
            depth = max(0, depth - 1)
    return None


@cache
def _registry() -> Registry:
    from referencing import Registry, Resource

    resources = []
    for name in SCHEMA_FILES.values():
        schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
        resources.append((schema["$id"], Resource.from_contents(schema)))
    return Registry().with_resources(resources)


@cache
def validator(format_name: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    schema = json.loads((SCHEMAS / SCHEMA_FILES[format_name]).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=_registry())


_DATE_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}"  # how the schemas write a date, or a date-time's date part


def _shown(value: Any) -> str:
    """A value as a message quotes it: its first characters only."""
    text = str(value)
    return text if len(text) <= 60 else text[:60] + "…"


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
                f"date et heure invalides « {_shown(error.instance)} » (format attendu AAAA-MM-JJTHH:MM, secondes "
                "facultatives, sans fuseau horaire)"
            )
        return path, f"date invalide « {_shown(error.instance)} » (format attendu AAAA-MM-JJ)"
    if kind == "pattern":
        return path, f"valeur « {_shown(error.instance)} » mal formée"
    if kind == "minLength":
        return path, "ne doit pas être vide"
    if kind == "minItems":
        return path, f"doit contenir au moins {error.validator_value} élément(s)"
    if kind == "minimum":
        return path, f"doit être supérieur ou égal à {error.validator_value}"
    if kind == "maximum":
        return path, f"doit être inférieur ou égal à {error.validator_value}"
    return path, _shown(error.message)


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


# Which texts of a document are checked, and as what: a kind names the text at that key; a list
# holds the spec of each item; an object the spec of each key, where "*" stands for every key
# (the key itself is then checked as a name, and its value against the spec under "*").
TextSpec: TypeAlias = "TextKind | list[TextSpec] | dict[str, TextSpec] | None"


def check_texts(document: Any, spec: TextSpec, *, field: str = "") -> None:
    """Every text of `document` that `spec` names within its limits (juryapp.textcheck), in
    document order; else BadInput naming its field. Values of another type are left to the schema."""
    if isinstance(spec, str):
        if isinstance(document, str):
            check_text(document, spec, field=field)
    elif isinstance(spec, list):
        if isinstance(document, list):
            for i, item in enumerate(document):
                check_texts(item, spec[0], field=f"{field}[{i}]")
    elif isinstance(spec, dict) and isinstance(document, dict):
        for key, value in document.items():
            if "*" in spec:
                problem = text_problem(key, "name")
                if problem is not None:
                    raise BadInput(f"clé : {problem}", field=field)
            inner = spec.get(key, spec.get("*"))
            if inner is not None:
                check_texts(value, inner, field=f"{field}.{key}" if field else key)


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
