"""The limits of the texts people type or import, declared once for the files, the CLI and the GUI.

Three kinds of text:

- `name`: one line of at most `MAX_NAME` characters: a person, a place, a room, a reference, a code;
- `label`: one line of at most `MAX_LABEL`: the title of a CCP or a competency, an authority, the
  reference of an official text;
- `text`: free text of at most `MAX_TEXT`, on several lines: a justification, a reason, an
  observation, notes.

No kind holds a control character (NUL, escape…) or half of a UTF-16 pair; only free text holds
line breaks and tabs. Lengths count characters (code points), not bytes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from juryapp.errors import BadInput

TextKind = Literal["name", "label", "text"]

MAX_NAME = 100
MAX_LABEL = 300
MAX_TEXT = 5000

LIMITS: dict[str, int] = {"name": MAX_NAME, "label": MAX_LABEL, "text": MAX_TEXT}

# C0 controls, DEL, C1 controls and lone surrogates (which cannot be written as UTF-8) are never
# allowed; a single line refuses the tab and every line break too.
_ALWAYS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
_FORBIDDEN = {
    "name": re.compile(f"[{_ALWAYS}\t\n\r\u2028\u2029]"),
    "label": re.compile(f"[{_ALWAYS}\t\n\r\u2028\u2029]"),
    "text": re.compile(f"[{_ALWAYS}]"),
}
_CHARACTER_NAMES = {
    "\t": "tabulation interdite",
    "\n": "retour à la ligne interdit",
    "\r": "retour à la ligne interdit",
    "\u2028": "retour à la ligne interdit",
    "\u2029": "retour à la ligne interdit",
}


def text_problem(value: str, kind: TextKind = "name") -> str | None:
    """What is wrong with `value` as a text of `kind`, in one French line; None when it is fine."""
    limit = LIMITS[kind]
    if len(value) > limit:
        return f"texte trop long : {len(value)} caractères pour {limit} au plus"
    found = _FORBIDDEN[kind].search(value)
    if found is None:
        return None
    character = found.group()
    if character in _CHARACTER_NAMES:
        what = _CHARACTER_NAMES[character]
    elif "\ud800" <= character <= "\udfff":
        what = f"caractère invalide U+{ord(character):04X} (moitié de paire UTF-16) interdit"
    else:
        what = f"caractère de contrôle U+{ord(character):04X} interdit"
    return f"{what} (position {found.start() + 1})"


def check_text(value: str, kind: TextKind = "name", *, field: str, file: str | Path | None = None) -> str:
    """`value` itself when it is a fine text of `kind`; else BadInput naming `field` (and `file`)."""
    problem = text_problem(value, kind)
    if problem is not None:
        raise BadInput(problem, file=file, field=field)
    return value
