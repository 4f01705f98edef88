"""Candidate lists from a spreadsheet, CSV or XLSX (EXCHANGE.md §5), read into §2 candidate dicts.

`read_candidates` reads every non-empty row of a centre's list and reports, row by row, what is
wrong with it (`SheetProblem`: the row, the header as written in the file, a French message quoting
the cell); a problem in the file as a whole (not a CSV nor an XLSX, damaged, empty, no header row,
too big) raises BadInput naming the file. No other exception comes out of reading, whatever the
bytes. `write_template` writes an empty list to fill in, with one example row.

What a file may hold:

- the header row is the first of the first 50 rows naming at least two known columns (rows above
  it: a title, blank rows, are skipped); headers are matched without regard to case, accents,
  spaces, punctuation or a parenthesised hint (spreadsheet_columns); unknown columns are listed in
  `ignored_columns` and not read; a required column missing from the header is one problem on the
  header row; two headers naming the same column are a problem too;
- CSV: separator `;`, `,` or tab (the one that makes a header row), UTF-8 with or without BOM,
  else Windows-1252; XLSX: the first worksheet with a header row, visible ones first; date cells,
  numbers (12.0 is 12) and booleans are read as their text (spreadsheet_source.cell_text);
- cells: the grammars of spreadsheet_cells (dates, yes/no, parcours, months, lists of CCPs and
  titles); every text cell is checked with juryapp.textcheck (a name: one line, at most MAX_NAME);
- a row is a candidate when one of its known cells is not blank; blank rows are skipped.

The candidate of a row holds every key of §2 but `ccps`, which it holds only when the « CCP
présentés » cell is filled: `ref`, `last_name`, `usage_name` ("" when none), `first_name`,
`birth_date` (ISO), `birth_place`, `pathway`, `from_training` (default: pathway is formation),
`vae_admissibility_date` (None when none), `experience_months` (default 0),
`professional_dossier` (default False), `ecf` (the filled ECF cells only), `prior_ccps`,
`held_titles`, `attendance` ("present"). An empty « Référence » gets the first free C1, C2… of
the file. In a row with problems, a value in fault is None (or its column's default).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from juryapp.errors import BadInput, os_error_text
from juryapp.exchange import spreadsheet_cells as cells_grammar
from juryapp.exchange.spreadsheet_cells import CellError
from juryapp.exchange.spreadsheet_columns import COLUMNS, ECF_PREFIX, REQUIRED, Column, match_header
from juryapp.exchange.spreadsheet_source import MAX_FILE_BYTES, Table, file_kind, load_table, too_big
from juryapp.exchange.spreadsheet_template import write_template
from juryapp.model import SESSION_KINDS
from juryapp.textcheck import text_problem

__all__ = ["SheetProblem", "SheetReading", "SheetRow", "read_candidates", "read_candidates_bytes", "write_template"]


@dataclass(frozen=True, slots=True)
class SheetProblem:
    """What is wrong at one row (`line`, numbered as the spreadsheet shows it) and column (the
    header as written in the file, or "" for the whole row)."""

    line: int
    column: str
    message: str

    def text(self) -> str:
        """« ligne 4, colonne « Date de naissance » : … », or « ligne 4 : … » for a whole row."""
        if self.column:
            return f"ligne {self.line}, colonne « {self.column} » : {self.message}"
        return f"ligne {self.line} : {self.message}"


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One candidate row: its §2 candidate dict, and its cells' texts by key (`ecf.CCP1` for ECF)."""

    line: int
    candidate: dict[str, Any]
    cells: dict[str, str]


@dataclass(frozen=True, slots=True)
class SheetReading:
    """A candidate list read: every non-empty row, with or without problems, and the problems."""

    source: str
    kind: str
    encoding: str | None
    delimiter: str | None
    header_line: int
    columns: tuple[str, ...]
    ignored_columns: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    problems: tuple[SheetProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def read_candidates(
    path: Path, *, title: str | None = None, session_kind: str = "titre", known_codes: Collection[str] = ()
) -> SheetReading:
    """The candidates of a .csv or .xlsx file; BadInput naming the file for a whole-file problem.

    `title`: the session's RNCP code, the title of a prior CCP or held CCS written without one.
    `session_kind`: « CCP présentés » is filled only in a session `ccp`.
    `known_codes`: the CCP and CCS codes of `title`; when given, ECF columns, « CCP présentés »
    and prior CCPs of `title` may name no other.
    """
    path = Path(path)
    try:
        file_kind(path.name)
        data = _read_bytes(path)
        return read_candidates_bytes(data, path.name, title=title, session_kind=session_kind, known_codes=known_codes)
    except BadInput as exc:  # named by its path rather than its name
        raise BadInput(exc.problem, file=path, field=exc.field) from None


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise BadInput(too_big(size))
            return handle.read(MAX_FILE_BYTES + 1)  # the file may have grown since, or be a pipe
    except OSError as exc:
        raise BadInput(f"lecture impossible : {os_error_text(exc)}") from None


def read_candidates_bytes(
    data: bytes, name: str, *, title: str | None = None, session_kind: str = "titre", known_codes: Collection[str] = ()
) -> SheetReading:
    """Like `read_candidates`, on a file's bytes; `name`'s suffix says CSV or XLSX. BadInput names
    the file by `name`; ValueError for a `session_kind` other than titre, ccp, ccs (a caller's bug)."""
    if session_kind not in SESSION_KINDS:
        raise ValueError(f"session kind {session_kind!r}")
    table = load_table(data, name)
    return _Reader(table, name, title=title, session_kind=session_kind, known_codes=known_codes).read()


_SINGLE_LINE_KEYS = frozenset(c.key for c in COLUMNS) - {"ccps", "prior_ccps", "held_titles"}
_MISSING = {
    "last_name": "nom de naissance manquant",
    "first_name": "prénom manquant",
    "birth_date": "date de naissance manquante",
    "birth_place": "lieu de naissance manquant",
    "pathway": "parcours manquant (attendu : formation, VAE, capitalisation ou CCS)",
}


class _Reader:
    """Reads the rows of one table into candidates and problems."""

    def __init__(
        self, table: Table, name: str, *, title: str | None, session_kind: str, known_codes: Collection[str]
    ) -> None:
        self.table = table
        self.name = name
        self.title = title
        self.session_kind = session_kind
        self.known_codes = frozenset(known_codes)
        self.known_ccps = frozenset(code for code in self.known_codes if code.startswith("CCP"))
        self.positions: dict[str, int] = {}  # key -> index of its cell in a row
        self.headers: dict[str, str] = {c.key: c.header for c in COLUMNS}  # key -> header as written
        self.problems: list[tuple[int, int, SheetProblem]] = []

    def problem(self, line: int, key: str, message: str) -> None:
        position = self.positions.get(key, len(self.table.header))
        column = self.headers.get(key, "") if key else ""
        self.problems.append((line, position if key else -1, SheetProblem(line, column, message)))

    def read(self) -> SheetReading:
        columns, ignored = self.map_header()
        rows = [row for line, cells in self.table.rows if (row := self.read_row(line, cells)) is not None]
        self.number(rows)
        self.check_ecf_columns(rows)
        self.problems.sort(key=lambda item: (item[0], item[1]))
        return SheetReading(
            source=self.name,
            kind=self.table.kind,
            encoding=self.table.encoding,
            delimiter=self.table.delimiter,
            header_line=self.table.header_line,
            columns=columns,
            ignored_columns=ignored,
            rows=tuple(rows),
            problems=tuple(problem for _, _, problem in self.problems),
        )

    def map_header(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        line = self.table.header_line
        columns: list[str] = []
        ignored: list[str] = []
        for index, written in enumerate(self.table.header):
            text = " ".join(written.split())  # a line break in a header cell reads as a space
            if not text:
                continue
            header = cells_grammar.shown(text)
            column = match_header(text)
            if column is None:
                ignored.append(header)
                continue
            if column.key in self.positions:
                # A second column of the same data: kept as "#index" to place its problem, never read.
                first = self.headers[column.key]
                self.positions[f"#{index}"] = index
                self.headers[f"#{index}"] = header
                self.problem(line, f"#{index}", f"colonne en double : « {first} » désigne déjà la même donnée")
                continue
            self.positions[column.key] = index
            self.headers[column.key] = header
            columns.append(header)
        missing: list[Column] = [c for c in REQUIRED if c.key not in self.positions]
        if missing:
            names = ", ".join(f"« {c.header} »" for c in missing)
            plural = "colonnes obligatoires absentes" if len(missing) > 1 else "colonne obligatoire absente"
            self.problem(line, "", f"{plural} de la ligne d'en-tête : {names}")
        return tuple(columns), tuple(ignored)

    def read_row(self, line: int, cells: list[str]) -> SheetRow | None:
        texts = {key: cells[index].strip() if index < len(cells) else "" for key, index in self.positions.items()}
        if not any(texts.values()):
            return None
        texts = {key: text for key, text in texts.items() if not key.startswith("#")}
        usable: dict[str, str] = {}
        for key, text in texts.items():
            problem = text_problem(text, "name" if key in _SINGLE_LINE_KEYS or key.startswith(ECF_PREFIX) else "text")
            if problem is not None:
                self.problem(line, key, problem)
            else:
                usable[key] = text
        return SheetRow(line, self.candidate(line, texts, usable), texts)

    def value(self, line: int, key: str, usable: dict[str, str], read: Callable[[str], Any]) -> Any:
        """`read(text)` of a filled, usable cell; None for an empty or faulty one (reported)."""
        text = usable.get(key, "")
        if not text:
            return None
        try:
            return read(text)
        except CellError as exc:
            self.problem(line, key, exc.message)
            return None

    def candidate(self, line: int, texts: dict[str, str], usable: dict[str, str]) -> dict[str, Any]:
        for key, message in _MISSING.items():
            if key in self.positions and not texts.get(key):
                self.problem(line, key, message)

        def name(key: str) -> str:
            return " ".join(usable.get(key, "").split())

        pathway = self.value(line, "pathway", usable, cells_grammar.read_pathway)
        birth_date = self.value(line, "birth_date", usable, cells_grammar.read_date)
        vae_date = self.value(line, "vae_admissibility_date", usable, cells_grammar.read_date)
        if pathway == "vae" and not texts.get("vae_admissibility_date"):
            self.problem(line, "vae_admissibility_date", "date de recevabilité obligatoire pour un parcours VAE")
        from_training = self.value(line, "from_training", usable, cells_grammar.read_yes_no)
        dossier = self.value(line, "professional_dossier", usable, cells_grammar.read_yes_no)
        months = self.value(line, "experience_months", usable, cells_grammar.read_months)
        ecf: dict[str, bool] = {}
        for key in self.positions:
            if key.startswith(ECF_PREFIX):
                done = self.value(line, key, usable, cells_grammar.read_yes_no)
                if done is not None:
                    ecf[key.removeprefix(ECF_PREFIX)] = done
        candidate: dict[str, Any] = {
            "ref": name("ref"),
            "last_name": name("last_name"),
            "usage_name": name("usage_name"),
            "first_name": name("first_name"),
            "birth_date": birth_date.isoformat() if birth_date is not None else None,
            "birth_place": name("birth_place"),
            "pathway": pathway,
            "from_training": from_training if from_training is not None else pathway == "formation",
            "vae_admissibility_date": vae_date.isoformat() if vae_date is not None else None,
            "experience_months": months if months is not None else 0,
            "professional_dossier": bool(dossier),
            "ecf": ecf,
        }
        if texts.get("ccps"):
            if self.session_kind != "ccp":
                self.problem(line, "ccps", "seule une session CCP précise les CCP présentés par un candidat")
            else:
                presented = self.value(
                    line, "ccps", usable, lambda text: cells_grammar.read_presented_ccps(text, self.known_ccps)
                )
                if presented is not None:
                    candidate["ccps"] = presented
        candidate["prior_ccps"] = (
            self.value(
                line,
                "prior_ccps",
                usable,
                lambda text: cells_grammar.read_prior_ccps(text, title=self.title, known=self.known_ccps),
            )
            or []
        )
        candidate["held_titles"] = (
            self.value(line, "held_titles", usable, lambda text: cells_grammar.read_held_titles(text, title=self.title))
            or []
        )
        if pathway == "ccs" and not texts.get("held_titles"):
            self.problem(
                line, "held_titles", "obligatoire pour un parcours CCS : le titre (ou le CCS) détenu et sa date"
            )
        candidate["attendance"] = "present"
        return candidate

    def number(self, rows: list[SheetRow]) -> None:
        """Refuse a reference used twice; give the rows without one the first free C1, C2…"""
        first_line: dict[str, int] = {}
        for row in rows:
            ref = row.candidate["ref"]
            if not ref:
                continue
            if ref in first_line:
                self.problem(row.line, "ref", f"référence « {ref} » déjà utilisée ligne {first_line[ref]}")
            else:
                first_line[ref] = row.line
        counter = 0
        for row in rows:
            if row.candidate["ref"]:
                continue
            counter += 1
            while f"C{counter}" in first_line:
                counter += 1
            row.candidate["ref"] = f"C{counter}"

    def check_ecf_columns(self, rows: list[SheetRow]) -> None:
        """An ECF column of a code the title does not have, when filled, is one problem on the header."""
        if not self.known_codes:
            return
        for key in self.positions:
            code = key.removeprefix(ECF_PREFIX)
            if not key.startswith(ECF_PREFIX) or code in self.known_codes:
                continue
            if any(row.cells.get(key) for row in rows):
                owner = self.title or "la session"
                known = ", ".join(sorted(self.known_codes))
                self.problem(
                    self.table.header_line,
                    key,
                    f"{code} n'est ni un CCP ni un CCS de {owner} ({known}) : videz ou supprimez la colonne",
                )
            for row in rows:
                row.candidate["ecf"].pop(code, None)
