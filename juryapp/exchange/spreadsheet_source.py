"""The rows of a candidate list file, CSV or XLSX, as texts: whole-file problems end here.

`load_table` turns the bytes of a file into its header row and its non-empty rows after it, each
cell a text. Whatever the bytes, it returns a `Table` or raises BadInput naming the file with a
French sentence: not a CSV nor an XLSX, a damaged workbook, an unknown encoding, an empty file, no
header row, a file over `MAX_FILE_BYTES`, more than `MAX_ROWS` rows after the header.

Rows are numbered as a spreadsheet application numbers them (a CSV record spanning several lines
of text, a cell with a line break in it, is one row). The header row is the first of the first
`HEADER_SEARCH_LINES` rows that names at least two known columns (spreadsheet_columns); the rows
above it (a title, blank rows) are skipped.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import math
import warnings
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from juryapp.errors import BadInput
from juryapp.exchange.spreadsheet_columns import header_score, match_header

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # a workbook's parts once decompressed (a zip bomb stops here)
MAX_ROWS = 20_000  # non-empty rows after the header
MAX_LINES = 1_048_576  # the rows of a spreadsheet (Excel's limit), blank ones included
HEADER_SEARCH_LINES = 50
DELIMITERS = (";", ",", "\t")  # on a tie, the first: « ; » is what a French spreadsheet writes

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and any password-protected workbook


@dataclass(frozen=True, slots=True)
class Table:
    """A file's header row and the non-empty rows after it, as (row number, cell texts)."""

    kind: str  # "csv" | "xlsx"
    encoding: str | None
    delimiter: str | None
    header_line: int
    header: list[str]
    rows: list[tuple[int, list[str]]]


def file_kind(name: str) -> str:
    """ "csv" or "xlsx", from the name's suffix; BadInput for any other."""
    suffix = PurePath(name).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".xls":
        raise BadInput("classeur Excel 97-2003 (.xls) non pris en charge : enregistrez-le au format .xlsx", file=name)
    if suffix == ".ods":
        raise BadInput("classeur OpenDocument (.ods) non pris en charge : enregistrez-le au format .xlsx", file=name)
    raise BadInput(f"type de fichier « {suffix or 'sans extension'} » non pris en charge (.csv ou .xlsx)", file=name)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")
    if size >= 1024:
        return f"{size / 1024:.1f} Ko".replace(".", ",")
    return f"{size} octets"


def thousands(number: int) -> str:
    """20 000, as French writes it."""
    return f"{number:,}".replace(",", " ")


def too_big(size: int) -> str:
    return f"fichier trop volumineux : {size_text(size)} pour {size_text(MAX_FILE_BYTES)} au plus"


def load_table(data: bytes, name: str) -> Table:
    """The table of a file's bytes; `name`'s suffix says whether they are a CSV or an XLSX."""
    kind = file_kind(name)
    if len(data) > MAX_FILE_BYTES:
        raise BadInput(too_big(len(data)), file=name)
    return _csv_table(data, name) if kind == "csv" else _xlsx_table(data, name)


class _Scan:
    """Finds the header row among the rows of a sheet and keeps the non-empty rows after it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.seen_content = False
        self.header_line = 0
        self.header: list[str] | None = None
        self.rows: list[tuple[int, list[str]]] = []

    def table(self, kind: str, encoding: str | None, delimiter: str | None) -> Table:
        """The table found; a header on two rows (« ECF » over « CCP1 » and « CCP2 ») made one."""
        assert self.header is not None
        header, rows = _with_subheader(self.header, self.header_line, self.rows)
        return Table(kind, encoding, delimiter, self.header_line, header, rows)

    def feed(self, line: int, cells: list[str]) -> bool:
        """Take one row; False once the header was not found where it should be (stop reading)."""
        if line > MAX_LINES:
            raise BadInput(
                f"plus de {thousands(MAX_LINES)} lignes : ce n'est pas une liste de candidats", file=self.name
            )
        if not any(cell and not cell.isspace() for cell in cells):
            return True
        self.seen_content = True
        if self.header is None:
            if line > HEADER_SEARCH_LINES:
                return False
            if header_score(cells) >= 2:
                self.header, self.header_line = cells, line
            return True
        self.rows.append((line, cells))
        if len(self.rows) > MAX_ROWS:
            raise BadInput(
                f"plus de {thousands(MAX_ROWS)} lignes de candidats (ligne {line}) : découpez la liste",
                file=self.name,
            )
        return True


def _with_subheader(
    header: list[str], header_line: int, rows: list[tuple[int, list[str]]]
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and rows, the row right under the header taken into it when it is a second header
    row: each of its filled cells lies under an unknown or blank header (a merged cell holds its
    text in its first column only) and, joined to the header text on its left, names a column.
    A row with a cell under a known header is a candidate row, never a header."""
    if not rows or rows[0][0] != header_line + 1:
        return header, rows
    below = rows[0][1]
    joined = list(header) + [""] * (len(below) - len(header))
    above = ""
    for index, top in enumerate(joined):
        top = top.strip()
        above = top or above
        cell = below[index].strip() if index < len(below) else ""
        if not cell:
            continue
        if top and match_header(top) is not None:
            return header, rows
        candidates = [f"{above} {cell}", cell]
        named = next((text for text in candidates if match_header(text) is not None), None)
        if named is None:
            return header, rows
        joined[index] = named
    return joined, rows[1:]


def _no_header(name: str) -> BadInput:
    return BadInput(
        f"aucune ligne d'en-tête reconnue dans les {HEADER_SEARCH_LINES} premières lignes : il en faut une qui "
        "nomme au moins deux colonnes, par exemple « Nom de naissance », « Prénom(s) », « Date de naissance »",
        file=name,
    )


# -- CSV ---------------------------------------------------------------------------------------


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV and its encoding: UTF-8 (with or without BOM), else Windows-1252."""
    if data.startswith(_ZIP_MAGIC):
        raise BadInput("ce fichier est un classeur XLSX, pas un CSV : renommez-le en .xlsx", file=name)
    if data.startswith(_OLE_MAGIC):
        raise BadInput(
            "ce fichier est un classeur Excel 97-2003 ou protégé par mot de passe, pas un CSV : "
            "enregistrez-le au format CSV, sans mot de passe",
            file=name,
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BadInput("CSV en UTF-16 non pris en charge : enregistrez-le en « CSV UTF-8 » ou en « CSV »", file=name)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BadInput(f"octet nul ligne {_line_of(data, nul)} : ce n'est pas un fichier texte CSV", file=name)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            start = exc.start + len(codecs.BOM_UTF8)
            where = f"octet 0x{data[start]:02X} ligne {_line_of(data, start)}"
            raise BadInput(
                f"fichier marqué UTF-8 mais illisible en UTF-8 ({where})",
                file=name,
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise BadInput(
            f"encodage non reconnu, ni UTF-8 ni Windows-1252 (octet 0x{data[exc.start]:02X} "
            f"ligne {_line_of(data, exc.start)})",
            file=name,
        ) from None


def _records(text: str, delimiter: str) -> Iterable[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=False)


def _sniff(text: str) -> str | None:
    """The delimiter whose header row names the most columns (the earliest row on a tie), or None."""
    best: tuple[int, int, int] | None = None
    chosen = None
    for preference, delimiter in enumerate(DELIMITERS):
        try:
            for line, cells in enumerate(itertools.islice(_records(text, delimiter), HEADER_SEARCH_LINES), start=1):
                score = header_score(cells)
                if score >= 2:
                    rank = (score, -line, -preference)
                    if best is None or rank > best:
                        best, chosen = rank, delimiter
                    break
        except csv.Error:
            continue
    return chosen


def _csv_table(data: bytes, name: str) -> Table:
    text, encoding = _decode(data, name)
    if not text.strip():
        raise BadInput("fichier vide", file=name)
    delimiter = _sniff(text)
    if delimiter is None:
        raise _no_header(name)
    scan = _Scan(name)
    line = 0
    try:
        for line, cells in enumerate(_records(text, delimiter), start=1):
            if not scan.feed(line, cells):
                break
    except csv.Error as exc:
        what = "cellule trop longue" if "field limit" in str(exc) else "CSV mal formé"
        raise BadInput(f"{what} ligne {line + 1}", file=name) from None
    if scan.header is None:
        raise _no_header(name)
    return scan.table("csv", encoding, delimiter)


# -- XLSX --------------------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """The text of an XLSX cell value: a date as JJ/MM/AAAA, 12.0 as 12, True as oui."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value).replace(".", ",")
    if isinstance(value, dt.datetime | dt.date):  # a datetime's time of day is dropped
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    return str(value)


def _xlsx_table(data: bytes, name: str) -> Table:
    if not data.startswith(_ZIP_MAGIC):
        if data.startswith(_OLE_MAGIC):
            raise BadInput(
                "classeur Excel 97-2003 ou protégé par mot de passe : enregistrez-le au format .xlsx, "
                "sans mot de passe",
                file=name,
            )
        if not data:
            raise BadInput("fichier vide", file=name)
        raise BadInput("ce fichier n'est pas un classeur XLSX (archive zip attendue)", file=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except Exception:  # zipfile fails on damaged archives with many kinds (NotImplementedError, struct.error…)
        raise BadInput("classeur XLSX endommagé : l'archive zip est illisible", file=name) from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise BadInput(
            f"classeur trop volumineux une fois décompressé : {size_text(unzipped)} pour "
            f"{size_text(MAX_UNZIPPED_BYTES)} au plus",
            file=name,
        )
    try:
        return _read_workbook(data, name)
    except BadInput:
        raise
    except Exception:  # openpyxl fails on a damaged workbook with any kind of exception
        raise BadInput("classeur XLSX illisible ou endommagé", file=name) from None


def _read_workbook(data: bytes, name: str) -> Table:
    """The first worksheet with a header row (visible sheets first)."""
    import openpyxl  # here, not at the top: the window starts without it

    seen_content = False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about features it drops (validation extensions…)
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
        try:
            sheets = sorted(workbook.worksheets, key=lambda s: getattr(s, "sheet_state", "visible") != "visible")
            for sheet in sheets:
                sheet.reset_dimensions()  # a stated size may be wrong: read every cell there is
                scan = _Scan(name)
                for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                    if not scan.feed(line, [cell_text(value) for value in values]):
                        break
                seen_content = seen_content or scan.seen_content
                if scan.header is not None:
                    return scan.table("xlsx", None, None)
        finally:
            workbook.close()
    if not seen_content:
        raise BadInput("le classeur ne contient aucune donnée", file=name)
    raise _no_header(name)
