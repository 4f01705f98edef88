"""A candidate list imported from a spreadsheet (EXCHANGE.md §5), and the empty list to fill.

An import is previewed (`preview_import`: every problem on its line and column, duplicates with
the sheet, the session and the centre archive, what the archive says they hold), then accepted
(`accept_import`: every row in one transaction, or nothing). `save_template` writes the list to
fill, with the session's ECF columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from juryapp.errors import BadInput
from juryapp.model import Candidate, SessionData
from juryapp.operations import Change
from juryapp.operations.candidates import (
    CandidateFieldError,
    check_preparing,
    checked_candidate,
    next_refs,
    same_person,
)
from juryapp.operations.candidates_archive import ArchiveProposal, apply_proposals, archive_path, proposals_of
from juryapp.rules import Finding, evaluate_session
from juryapp.rules.codes import Code
from juryapp.rules.holdings import identity
from juryapp.session_view import SessionView, read_session
from juryapp.storage.common import default_actor
from juryapp.storage.store import SessionStore


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """What is wrong at one row (`line`, as the spreadsheet numbers it) and column (its header as
    written in the file; "" for the whole row)."""

    line: int
    column: str
    message: str

    def text(self) -> str:
        """« ligne 4, colonne « Date de naissance » : … », or « ligne 4 : … »."""
        if self.column:
            return f"ligne {self.line}, colonne « {self.column} » : {self.message}"
        return f"ligne {self.line} : {self.message}"


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One row of the sheet: its candidate (None when the row has a problem), what the preview
    says about it: duplicates, the centre archive's proposals, a ref renumbered, the rules' findings."""

    line: int
    candidate: Candidate | None
    problems: tuple[ImportProblem, ...] = ()
    duplicates: tuple[str, ...] = ()
    proposals: tuple[ArchiveProposal, ...] = ()
    renumbered_from: str | None = None
    findings: tuple[Finding, ...] = ()
    cells: tuple[tuple[str, str], ...] = ()  # the sheet's texts by column key (`ref`, `last_name`…), as written

    def cell(self, key: str) -> str:
        """The text written in the column `key` of this row ("" when there is none)."""
        return next((text for name, text in self.cells if name == key), "")

    @property
    def label(self) -> str:
        if self.candidate is None:
            return f"ligne {self.line}"
        return f"ligne {self.line} ({self.candidate.ref} {self.candidate.display_name})"


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """A spreadsheet read against a session, before anything is written. `ok`: no problem, at least
    one candidate; then `accept_import` may write it. `written`: the command wrote it."""

    session: Path
    source: Path
    rows: tuple[ImportRow, ...]
    problems: tuple[ImportProblem, ...]
    ignored_columns: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    written: bool = False
    refs_ever: frozenset[str] = field(default_factory=frozenset, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    @property
    def candidates(self) -> list[Candidate]:
        return [row.candidate for row in self.rows if row.candidate is not None]

    def summary(self) -> str:
        """« 30 candidats lus, 0 erreur »."""
        count, errors = len(self.rows), len(self.problems)
        read = f"{count} candidat{'s' if count > 1 else ''} lu{'s' if count > 1 else ''}"
        return f"{read}, {errors} erreur{'s' if errors > 1 else ''}"

    def notes(self) -> list[str]:
        """What the secretary should see before accepting, one French line each (no problem)."""
        lines: list[str] = []
        if self.ignored_columns:
            lines.append(f"Colonnes ignorées : {', '.join(self.ignored_columns)}")
        for row in self.rows:
            if row.renumbered_from is not None and row.candidate is not None:
                lines.append(
                    f"{row.label} : la référence « {row.renumbered_from} » est déjà prise dans la session, "
                    f"le candidat reçoit « {row.candidate.ref} »"
                )
            lines += [f"{row.label} : doublon : {text}" for text in row.duplicates]
            lines += [f"{row.label} : archive : {proposal.text()}" for proposal in row.proposals]
            for finding in row.findings:
                if finding.blocker and finding.code != Code.DUPLICATE_CANDIDATE:
                    lines.append(f"{row.label} : bloquant une fois inscrit : {finding.message}")
        lines += list(self.notices)
        return lines

    def lines(self) -> list[str]:
        """The whole preview in French: the summary, every problem, then the notes."""
        return [self.summary(), *(problem.text() for problem in self.problems), *self.notes()]


def examined_codes(view: SessionView) -> tuple[str, ...]:
    """The CCPs (or the CCS) whose ECF a candidate of this session brings: the ECF columns."""
    info = view.data.session
    if info.kind == "ccs" and info.ccs:
        return (info.ccs,)
    if info.kind == "ccp" and info.ccps:
        return tuple(info.ccps)
    return view.title.ccp_codes


def preview_import(store: SessionStore, sheet: Path, *, archive: Path | None = None) -> ImportPreview:
    """Read a candidate list (CSV or XLSX, EXCHANGE.md §5) against this session without writing:
    each row checked like a §2 candidate, its problems on its line and column; refs that this file
    already gave renumbered; duplicates (in the sheet, with the session) flagged; the centre archive
    (`archive`, else the centre's) searched. BadInput naming the file for a whole-file problem."""
    from juryapp.exchange.spreadsheet import read_candidates
    from juryapp.exchange.spreadsheet_columns import match_header

    sheet = Path(sheet)
    view = read_session(store)
    data, title = view.data, view.title
    reading = read_candidates(
        sheet, title=title.code, session_kind=data.session.kind, known_codes=(*title.ccp_codes, *title.ccs_codes)
    )
    headers = {known.key: written for written in reading.columns if (known := match_header(written)) is not None}
    problems: dict[int, list[ImportProblem]] = {}
    for problem in reading.problems:
        problems.setdefault(problem.line, []).append(ImportProblem(problem.line, problem.column, problem.message))
    refs_ever = frozenset(store.candidate_refs_ever())
    sheet_refs = {str(row.candidate.get("ref") or "") for row in reading.rows}
    fresh = iter(next_refs(refs_ever | sheet_refs, len(reading.rows)))
    rows: list[ImportRow] = []
    for sheet_row in reading.rows:
        line = sheet_row.line
        document = dict(sheet_row.candidate)
        renumbered = None
        if document.get("ref") in refs_ever:
            renumbered, document["ref"] = document["ref"], next(fresh)
            if not sheet_row.cells.get("ref"):
                renumbered = None  # a ref the reader generated: nobody chose it
        candidate = None
        if line not in problems:
            try:
                candidate = checked_candidate(data, view.referentiels, document, form=False)
            except CandidateFieldError as exc:
                column = headers.get(exc.key, "")
                message = exc.problem if column and exc.path == exc.key else f"{exc.field} : {exc.problem}"
                problems.setdefault(line, []).append(ImportProblem(line, column, message))
        cells = tuple(sheet_row.cells.items())
        rows.append(ImportRow(line, candidate, renumbered_from=renumbered, cells=cells))
    rows = [replace(row, problems=tuple(problems.get(row.line, ()))) for row in rows]
    rows = _flag_duplicates(data, rows)
    rows = _with_findings(view, rows)
    notices: list[str] = []
    rows = _with_archive(view, rows, archive, notices)
    if not reading.rows and not problems:
        problems[reading.header_line] = [
            ImportProblem(reading.header_line, "", "aucun candidat sous la ligne d'en-tête")
        ]
    ordered = tuple(p for line in sorted(problems) for p in problems[line])
    return ImportPreview(
        store.path, sheet, tuple(rows), ordered, reading.ignored_columns, tuple(notices), refs_ever=refs_ever
    )


def _flag_duplicates(data: SessionData, rows: list[ImportRow]) -> list[ImportRow]:
    """Each row's duplicates: an earlier or later row of the sheet, a candidate of the session."""
    by_identity: dict[tuple, list[ImportRow]] = {}
    for row in rows:
        if row.candidate is not None:
            by_identity.setdefault(identity(row.candidate), []).append(row)
    in_session: dict[tuple, list[Candidate]] = {}
    for person in data.candidates:
        in_session.setdefault(identity(person), []).append(person)
    flagged = []
    for row in rows:
        if row.candidate is None:
            flagged.append(row)
            continue
        who = identity(row.candidate)
        texts = [
            f"même personne que la ligne {other.line} ({other.candidate.display_name})"
            for other in by_identity[who]
            if other is not row and other.candidate is not None
        ]
        texts += [
            f"même personne que {person.ref} {person.display_name}, déjà inscrit(e) dans la session"
            for person in in_session.get(who, ())
        ]
        flagged.append(replace(row, duplicates=tuple(texts)))
    return flagged


def _with_findings(view: SessionView, rows: list[ImportRow]) -> list[ImportRow]:
    """The rules' findings of each candidate once all of the sheet's are in the session."""
    new = [row.candidate for row in rows if row.candidate is not None]
    if not new:
        return rows
    data = view.data.evolve(candidates=(*view.data.candidates, *new))
    outcomes = {o.ref: o for o in evaluate_session(data, view.referentiels, only={c.ref for c in new})}
    return [
        replace(row, findings=(*outcomes[row.candidate.ref].blockers, *outcomes[row.candidate.ref].warnings))
        if row.candidate is not None
        else row
        for row in rows
    ]


def _with_archive(
    view: SessionView, rows: list[ImportRow], archive: Path | None, notices: list[str]
) -> list[ImportRow]:
    path = archive_path(archive)
    found = [row.candidate for row in rows if row.candidate is not None]
    if not found or not path.exists():
        return rows
    from juryapp.storage.archive import CentreArchive

    try:
        with CentreArchive.open(path, write=False) as opened:
            proposals = iter(proposals_of(opened, view.referentiels, found))
    except BadInput as exc:
        notices.append(f"Archive du centre non consultée : {exc}")
        return rows
    return [replace(row, proposals=tuple(next(proposals))) if row.candidate is not None else row for row in rows]


def accept_import(
    store: SessionStore, preview: ImportPreview, *, apply_archive: bool = False, actor: str | None = None
) -> Change:
    """Write every candidate of the preview, in one transaction (all or none); with
    `apply_archive`, what the archive proposed is added to their prior CCPs and titles. Refused
    when the preview has a problem, or when the session changed since (refs given meanwhile)."""
    check_preparing(store)
    if preview.problems:
        count = len(preview.problems)
        raise BadInput(
            f"{count} erreur{'s' if count > 1 else ''} dans la liste : rien n'est importé", file=preview.source
        )
    if not preview.rows:
        raise BadInput("aucun candidat dans la liste", file=preview.source)
    if (
        Path(store.path).resolve() != Path(preview.session).resolve()
        or store.candidate_refs_ever() != preview.refs_ever
    ):
        raise BadInput(
            "la session a changé depuis l'aperçu : relisez la liste avant de l'importer", file=preview.source
        )
    candidates = [
        apply_proposals(row.candidate, row.proposals) if apply_archive else row.candidate
        for row in preview.rows
        if row.candidate is not None
    ]
    store.add_candidates(candidates, actor=actor or default_actor(), source=f"import de {preview.source.name}")
    refs = tuple(c.ref for c in candidates)
    twins = {c.ref for candidate in candidates for c in same_person(store.snapshot(), candidate)} - set(refs)
    return Change(
        "import_candidates",
        (*refs, *sorted(twins)),
        "candidates",
        details={"source": preview.source.name, "count": len(candidates), "archive_applied": apply_archive},
    )


def import_candidates_file(
    session: Path, sheet: Path, *, dry_run: bool, actor: str | None = None, archive: Path | None = None
) -> ImportPreview:
    """`juryapp candidates import`: the preview, and unless `dry_run` (or a problem), the import.
    The session is opened for writing unless `dry_run` (FileBusy when another holds it); nothing
    is written when any row is wrong (the preview's problems say what and where)."""
    with SessionStore.open(session, write=not dry_run, purpose="commande juryapp candidates import") as store:
        check_preparing(store)  # a dry run says so too: it does all but the writing
        preview = preview_import(store, sheet, archive=archive)
        if dry_run or not preview.ok:
            return preview
        accept_import(store, preview, actor=actor)
    return replace(preview, written=True)


# -- the template ---------------------------------------------------------------------------------


def save_template(path: Path, view: SessionView | None = None) -> None:
    """Write an empty candidate list to fill (.csv or .xlsx, by its suffix), with one ECF column
    per CCP (or the CCS) the session examines; without a session, CCP1 and CCP2."""
    from juryapp.exchange.spreadsheet import write_template

    if view is None:
        write_template(Path(path))
    else:
        write_template(Path(path), ecf_codes=examined_codes(view))


def save_template_file(path: Path, session: Path | None = None) -> None:
    """`juryapp candidates template`: `save_template` for the session file `session`, read only."""
    if session is None:
        save_template(path)
        return
    with SessionStore.open(session, write=False) as store:
        view = read_session(store)
    save_template(path, view)
