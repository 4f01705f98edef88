"""What a cell of a candidate list may hold (EXCHANGE.md §5), read into §2 values.

Each reader takes the cell's text, stripped, and returns its value, or raises `CellError` with a
French message that quotes the cell and says what was expected. The grammars:

- date: `JJ/MM/AAAA` (day and month on one or two digits; `.` or `-` also separate them) or ISO
  `AAAA-MM-JJ`; a year on two digits is refused (« 02/03/94 » could be 1994 or 2094);
- yes/no: `oui`, `o`, `x`, `vrai`, `1`, `✓` (yes); `non`, `n`, `faux`, `0` (no); empty: the default;
- parcours: `formation`, `VAE`, `capitalisation`, `CCS`, without regard to case or accents;
- expérience: a whole number of months from 0 to 1200, optionally followed by « mois »;
- codes: `CCP2`, `CCP 2`, `ccp02` are all `CCP2` (the same for `CCS…`); `RNCP 34079` is `RNCP34079`.

Lists (one cell, several entries separated by `;`, `,` or a line break, outside parentheses):

- « CCP présentés »: CCP codes, also separated by spaces: « CCP2 CCP3 », « CCP2, CCP3 »;
- « CCP déjà obtenus »: each entry holds one or more CCP codes, the date they were obtained, the
  title's RNCP code (by default the session's title) and, last and optional, the earlier session
  in parentheses, introduced or not by the word « session »:
  « CCP1 15/06/2023 RNCP34079 (session 2023-NTC-011) », « CCP1 CCP2 15/06/2023 RNCP34079 »;
- « Titres et CCS détenus »: each entry holds an RNCP code (by default the session's title when a
  CCS code follows), optionally one or more CCS codes, and the date obtained:
  « RNCP39063 30/06/2025 », « RNCP39063 CCS1 30/06/2025 ».

The words of an entry may come in any order; anything else in it is an error.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from typing import Any

from juryapp.exchange.spreadsheet_columns import fold
from juryapp.textcheck import text_problem


class CellError(Exception):
    """A cell that does not hold what its column expects; `args[0]` is the French message."""

    @property
    def message(self) -> str:
        return str(self.args[0])


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def shown(value: str, limit: int = 60) -> str:
    """A cell as a message quotes it: on one line, its first `limit` characters only."""
    text = _CONTROL.sub("\N{REPLACEMENT CHARACTER}", value)
    return text if len(text) <= limit else text[:limit] + "…"


# -- single values ----------------------------------------------------------------------------------

_FRENCH_DATE = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]+)")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DATE_EXPECTED = "format attendu JJ/MM/AAAA, ou AAAA-MM-JJ"


def read_date(text: str) -> dt.date:
    """A date written `JJ/MM/AAAA` or `AAAA-MM-JJ`."""
    iso = _ISO_DATE.fullmatch(text)
    french = _FRENCH_DATE.fullmatch(text) if iso is None else None
    if iso is not None:
        year, month, day = (int(part) for part in iso.groups())
    elif french is not None:
        if len(french.group(4)) == 2:
            raise CellError(f"année sur deux chiffres « {shown(text)} » : écrivez l'année en entier (JJ/MM/AAAA)")
        if len(french.group(4)) != 4:
            raise CellError(f"date invalide « {shown(text)} » ({_DATE_EXPECTED})")
        day, month, year = int(french.group(1)), int(french.group(3)), int(french.group(4))
    else:
        raise CellError(f"date invalide « {shown(text)} » ({_DATE_EXPECTED})")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(f"date inexistante « {shown(text)} » (jour ou mois hors limites)") from None


_YES = frozenset({"oui", "o", "x", "vrai", "1", "yes", "y", "true"})
_NO = frozenset({"non", "n", "faux", "0", "no", "false"})
_CHECK_MARKS = frozenset({"✓", "✔", "☑", "☒", "✗", "✘"})


def read_yes_no(text: str) -> bool | None:
    """True for yes, False for no, None for an empty cell (the column's default)."""
    if not text:
        return None
    if text in _CHECK_MARKS:
        return True
    folded = fold(text)
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise CellError(f"valeur « {shown(text)} » non reconnue (attendu : oui, non, x, ou vide)")


_PATHWAYS = {"formation": "formation", "vae": "vae", "capitalisation": "capitalisation", "ccs": "ccs"}


def read_pathway(text: str) -> str:
    pathway = _PATHWAYS.get(fold(text))
    if pathway is None:
        raise CellError(f"parcours « {shown(text)} » non reconnu (attendu : formation, VAE, capitalisation ou CCS)")
    return pathway


_MONTHS = re.compile(r"([0-9]{1,6})(?:[.,]0+)?\s*(?:mois)?", re.IGNORECASE)
MAX_MONTHS = 1200


def read_months(text: str) -> int:
    """A whole number of months, 0 to MAX_MONTHS."""
    found = _MONTHS.fullmatch(text)
    if found is None or int(found.group(1)) > MAX_MONTHS:
        raise CellError(f"durée invalide « {shown(text)} » (attendu : un nombre entier de mois, de 0 à {MAX_MONTHS})")
    return int(found.group(1))


# -- codes and lists ---------------------------------------------------------------------------------

_CODE = re.compile(r"(CC[PS])\s*0*([1-9][0-9]?)", re.IGNORECASE)
_ENTRY_SEPARATORS = frozenset(";,\n\r\u2028\u2029")
_TOKENS = re.compile(
    r"""
    \s*(?:
      (?P<session>\((?P<session_text>[^()]*)\))
    | (?P<date>[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]+)(?![0-9A-Za-z])
    | (?P<code>CC[PS]\s*0*[1-9][0-9]?)(?![0-9A-Za-z])
    | (?P<title>RNCP\s*[0-9]{1,8})(?![0-9A-Za-z])
    | (?P<other>[^\s()]+|[()])
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_SESSION_WORD = re.compile(r"session\s*:?\s*", re.IGNORECASE)


def normal_code(text: str) -> str:
    """`CCP 02` → `CCP2`; `text` must match a CCP or CCS code."""
    found = _CODE.fullmatch(text)
    assert found is not None
    return f"{found.group(1).upper()}{found.group(2)}"


def _entries(text: str) -> list[str]:
    """The entries of a list cell: split on `;`, `,` and line breaks outside parentheses."""
    entries: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _ENTRY_SEPARATORS:
            entries.append(text[start:i])
            start = i + 1
    entries.append(text[start:])
    return [entry.strip() for entry in entries if entry.strip()]


def _tokens(entry: str) -> dict[str, list[str]]:
    """The words of an entry by kind: session, date, code, title, other."""
    found: dict[str, list[str]] = {"session": [], "date": [], "code": [], "title": [], "other": []}
    for match in _TOKENS.finditer(entry):
        kind = match.lastgroup  # the outer group: "session" rather than "session_text"
        assert kind in found
        found[kind].append(match.group("session_text") if kind == "session" else match.group(kind))
    return found


def _code_list_problem(codes: list[str], prefix: str, known: Collection[str], owner: str) -> str | None:
    for code in codes:
        if not code.startswith(prefix):
            return f"« {code} » n'est pas un code {prefix}"
        if known and code not in known:
            return f"« {code} » n'est pas un {prefix} de {owner} ({', '.join(sorted(known)) or 'aucun'})"
    return None


def read_presented_ccps(text: str, known: Collection[str]) -> list[str]:
    """« CCP présentés »: the codes, in order; `known` (when not empty) the CCPs allowed."""
    codes: list[str] = []
    for entry in _entries(text):
        for match in _TOKENS.finditer(entry):
            if match.lastgroup != "code":
                raise CellError(
                    f"« {shown(match.group().strip())} » n'est pas un code de CCP (attendu par exemple « CCP2 CCP3 »)"
                )
            codes.append(normal_code(match.group("code")))
    problem = _code_list_problem(codes, "CCP", known, "la session")
    if problem is not None:
        raise CellError(problem)
    if len(set(codes)) != len(codes):
        raise CellError(f"un CCP est cité deux fois dans « {shown(text)} »")
    return codes


PRIOR_EXAMPLE = "CCP1 15/06/2023 RNCP34079 (session 2023-NTC-011)"
HELD_EXAMPLE = "RNCP39063 30/06/2025, ou RNCP39063 CCS1 30/06/2025"


def _one(found: dict[str, list[str]], kind: str, what: str, entry: str, example: str) -> str | None:
    values = found[kind]
    if len(values) > 1:
        raise CellError(f"{what} en double dans « {shown(entry)} » (attendu par exemple « {example} »)")
    return values[0] if values else None


def _entry_date(found: dict[str, list[str]], entry: str, example: str) -> str:
    written = _one(found, "date", "date", entry, example)
    if written is None:
        raise CellError(f"date d'obtention manquante dans « {shown(entry)} » (attendu par exemple « {example} »)")
    return read_date(written).isoformat()


def _no_other(found: dict[str, list[str]], entry: str, example: str) -> None:
    if found["other"]:
        raise CellError(
            f"« {shown(found['other'][0])} » non reconnu dans « {shown(entry)} » (attendu par exemple « {example} »)"
        )


def _title_of(found: dict[str, list[str]], entry: str, default: str | None, example: str) -> str:
    written = _one(found, "title", "code RNCP", entry, example)
    if written is None:
        if default is None:
            raise CellError(f"code RNCP du titre manquant dans « {shown(entry)} » (attendu par exemple « {example} »)")
        return default
    return "RNCP" + re.sub(r"\D", "", written)


def read_prior_ccps(text: str, *, title: str | None, known: Collection[str]) -> list[dict[str, Any]]:
    """« CCP déjà obtenus »: `[{title, ccp, obtained_on, session?}]`; `title` is the default RNCP
    code, and `known` (when not empty) the CCP codes allowed for it."""
    priors: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for entry in _entries(text):
        found = _tokens(entry)
        _no_other(found, entry, PRIOR_EXAMPLE)
        codes = [normal_code(code) for code in found["code"]]
        if not codes:
            raise CellError(f"code du CCP manquant dans « {shown(entry)} » (attendu par exemple « {PRIOR_EXAMPLE} »)")
        owner = _title_of(found, entry, title, PRIOR_EXAMPLE)
        problem = _code_list_problem(codes, "CCP", known if owner == title else (), owner)
        if problem is not None:
            raise CellError(problem)
        obtained_on = _entry_date(found, entry, PRIOR_EXAMPLE)
        session = _one(found, "session", "session", entry, PRIOR_EXAMPLE)
        if session is not None:
            session = " ".join(_SESSION_WORD.sub("", session.strip(), count=1).split())
            problem = text_problem(session, "name")
            if problem is not None:
                raise CellError(f"session « {shown(session)} » : {problem}")
        for code in codes:
            if (owner, code) in seen:
                raise CellError(f"{code} de {owner} est cité deux fois")
            seen.add((owner, code))
            prior: dict[str, Any] = {"title": owner, "ccp": code, "obtained_on": obtained_on}
            if session:
                prior["session"] = session
            priors.append(prior)
    return priors


def read_held_titles(text: str, *, title: str | None) -> list[dict[str, Any]]:
    """« Titres et CCS détenus »: `[{title, obtained_on, ccs?}]`; `title` is the default RNCP
    code of an entry naming only a CCS."""
    held: list[dict[str, Any]] = []
    seen: set[tuple[str, str | None]] = set()
    for entry in _entries(text):
        found = _tokens(entry)
        _no_other(found, entry, HELD_EXAMPLE)
        if found["session"]:
            raise CellError(f"« ({shown(found['session'][0])}) » non reconnu dans « {shown(entry)} »")
        codes = [normal_code(code) for code in found["code"]]
        for code in codes:
            if not code.startswith("CCS"):
                raise CellError(
                    f"« {code} » : seuls des CCS se notent ici (un CCP obtenu va dans « CCP déjà obtenus »)"
                )
        owner = _title_of(found, entry, title if codes else None, HELD_EXAMPLE)
        obtained_on = _entry_date(found, entry, HELD_EXAMPLE)
        entries: list[str | None] = [*codes] if codes else [None]  # no CCS: the title itself
        for ccs in entries:
            if (owner, ccs) in seen:
                raise CellError(f"{ccs or owner}{' de ' + owner if ccs else ''} est cité deux fois")
            seen.add((owner, ccs))
            item: dict[str, Any] = {"title": owner, "obtained_on": obtained_on}
            if ccs is not None:
                item["ccs"] = ccs
            held.append(item)
    return held
