"""What a file is, said in French: the window's « Ouvrir… » and `juryapp import` route a file by
its content (not only its name) and name what they were given when it is not what they expected.

`identify` reads the beginning of the file (the whole of it only for a JSON document, up to the
size `juryapp import` accepts) and never raises: an unreadable file is a kind too.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from juryapp.errors import BadInput, JuryError, os_error_text

SESSION = "session"  # a session file (.jury, SQLite)
SESSION_DOCUMENT = "session_document"  # juryapp.session/1
REFERENTIEL = "referentiel"  # juryapp.referentiel/1
RESULTS = "results"  # juryapp.results/1
JSON_OTHER = "json_other"  # JSON that cannot be read, or of a format juryapp does not read
PACKAGE = "package"  # a hand-off package (.jurypkg)
ARCHIVE = "archive"  # the centre's archive (SQLite)
SQLITE = "sqlite"  # another SQLite database
SPREADSHEET = "spreadsheet"  # CSV or XLSX: a list of candidates, most likely
PDF = "pdf"
FOLDER = "folder"
MISSING = "missing"
UNREADABLE = "unreadable"
OTHER = "other"

SNIFF_BYTES = 4096
_PNG, _JPEG, _ZIP = b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"PK\x03\x04"
_SPREADSHEET_SUFFIXES = {".csv": "CSV", ".tsv": "CSV", ".xlsx": "XLSX", ".xlsm": "XLSX", ".ods": "ODS", ".xls": "XLS"}


@dataclass(frozen=True, slots=True)
class FileKind:
    """A file's kind (one of the constants above) and what it is, in French, to be said as
    « c'est {what} »; `document` is the parsed JSON of a session, référentiel or results
    document, `problem` why a JSON file or a folder entry cannot be read (French, may be empty)."""

    kind: str
    what: str
    document: Any = None
    problem: str = ""


def identify(path: Path, *, parse_json: bool = True) -> FileKind:
    """The kind of the file at `path`, from its content first (a session renamed .txt is still a
    session), its name when the content cannot tell. Without `parse_json`, a JSON file is named
    « un document JSON » without being read whole. Never raises."""
    path = Path(path)
    try:
        if path.is_dir():
            return FileKind(FOLDER, "un dossier")
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except FileNotFoundError:
        return FileKind(MISSING, "un fichier introuvable", problem="fichier introuvable")
    except OSError as exc:
        return FileKind(UNREADABLE, "un fichier illisible", problem=os_error_text(exc))
    suffix = path.suffix.lower()
    binary = _binary_kind(head, suffix)
    if binary is not None:
        return binary
    if not head:
        return FileKind(OTHER, "un fichier vide")
    text = _text_of(head)
    if text is None:
        return FileKind(OTHER, "un fichier binaire d'un type que juryapp ne connaît pas")
    stripped = text.lstrip()
    if stripped[:1] in ("{", "[") or suffix == ".json":
        return _json_kind(path) if parse_json else FileKind(JSON_OTHER, "un document JSON")
    if suffix in _SPREADSHEET_SUFFIXES or _looks_like_csv(stripped):
        return _csv_kind(stripped)
    return FileKind(OTHER, "un fichier texte")


def _binary_kind(head: bytes, suffix: str) -> FileKind | None:
    """The kind told by the first bytes (SQLite, package, PDF, ZIP, image), None for text."""
    from juryapp.storage.archive_schema import ARCHIVE_APPLICATION_ID
    from juryapp.storage.schema import APPLICATION_ID, SQLITE_MAGIC

    if head.startswith(SQLITE_MAGIC):
        application_id = int.from_bytes(head[68:72], "big") if len(head) >= 72 else 0
        if application_id == APPLICATION_ID:
            return FileKind(SESSION, "un fichier de session juryapp")
        if application_id == ARCHIVE_APPLICATION_ID:
            return FileKind(ARCHIVE, "l'archive du centre juryapp")
        return FileKind(SQLITE, "une base de données SQLite qui n'est pas une session juryapp")
    from juryapp.exchange.package import MAGIC  # not before: a session is told without it (at each start)

    if head.startswith(MAGIC):
        return FileKind(PACKAGE, "un paquet de remise juryapp (.jurypkg)")
    if b"%PDF-" in head[:1024]:
        return FileKind(PDF, "un document PDF")
    if head.startswith(_ZIP):
        if suffix in (".xlsx", ".xlsm") or b"xl/" in head:
            return FileKind(SPREADSHEET, "un classeur XLSX (une liste de candidats ?)")
        if suffix == ".ods" or b"opendocument.spreadsheet" in head:
            return FileKind(SPREADSHEET, "un classeur ODS (une liste de candidats ?)")
        return FileKind(OTHER, "une archive ZIP")
    if head.startswith((_PNG, _JPEG)):
        return FileKind(OTHER, "une image")
    if suffix == ".xls" and head.startswith(b"\xd0\xcf\x11\xe0"):
        return FileKind(SPREADSHEET, "un classeur Excel 97 (.xls) (une liste de candidats ?)")
    return None


def _text_of(head: bytes) -> str | None:
    """The beginning of a text file (UTF-8, else Windows-1252), None for binary content."""
    if b"\x00" in head:
        return None
    try:
        return head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # a character cut at the end of what was read
            return head[: exc.start].decode("utf-8-sig")
        return head.decode("cp1252", errors="replace")


def _json_kind(path: Path) -> FileKind:
    """A JSON file, by its `format`: a session, a référentiel, results, or what is wrong with it."""
    from juryapp.operations import sessions

    try:
        document = sessions.read_json(path)
        fmt = sessions.document_format(document)
    except JuryError as exc:
        problem = exc.problem if isinstance(exc, BadInput) else str(exc)
        return FileKind(JSON_OTHER, "un document JSON que juryapp ne lit pas", problem=problem)
    if sessions.is_referentiel_format(fmt):
        return FileKind(REFERENTIEL, "un référentiel (juryapp.referentiel/1)", document)
    if fmt == "juryapp.session/1":
        return FileKind(SESSION_DOCUMENT, "un document de session (juryapp.session/1)", document)
    if fmt == "juryapp.results/1":
        return FileKind(RESULTS, "un document de résultats (juryapp.results/1)", document)
    return FileKind(JSON_OTHER, f"un document JSON au format {fmt}", document)


def _plain(text: str) -> str:
    """Lower case, without accents: headers are matched as EXCHANGE.md §5 says."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _looks_like_csv(text: str) -> bool:
    """A header line of three cells or more, separated by « ; », « , » or a tab."""
    first = text.splitlines()[0] if text else ""
    return any(first.count(separator) >= 2 for separator in (";", ",", "\t"))


def _csv_kind(text: str) -> FileKind:
    """A CSV file: a list of candidates when its header names them (« Nom », « Prénom »)."""
    first = _plain(text.splitlines()[0] if text else "")
    if "nom" in first and "prenom" in first:
        return FileKind(SPREADSHEET, "une liste de candidats (CSV)")
    return FileKind(SPREADSHEET, "un tableau CSV")


__all__ = [
    "ARCHIVE",
    "FOLDER",
    "JSON_OTHER",
    "MISSING",
    "OTHER",
    "PACKAGE",
    "PDF",
    "REFERENTIEL",
    "RESULTS",
    "SESSION",
    "SESSION_DOCUMENT",
    "SPREADSHEET",
    "SQLITE",
    "UNREADABLE",
    "FileKind",
    "identify",
]
