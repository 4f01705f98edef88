"""Printing a session's documents: one PDF per candidate and document, and combined files.

Before sign-off, the documents about the jury's decisions are drafts (watermarked, not sealed,
not registered). After sign-off they are final: sealed with the centre's key and registered in
the session file (DOMAIN.md §8): an original, then, only when asked for, « duplicata n ».
Convocations and the feuille d'émargement are pre-session documents, final once the schedule is
set; once issued, a whole-session print leaves them out (and says so) unless duplicata is asked
for, so that drafts can be printed again before sign-off and the finals after it without a flag.

A whole-session print writes every document that is DUE (never issued, or whose original was
cancelled by a revocation) and leaves out, listing them, the documents already issued; it is
refused (AlreadyIssued, nothing written) only when nothing is due, i.e. when it could only print
issued documents again. With `duplicata`, every document is printed: an original when due, the
next duplicata otherwise.

A print is all or nothing: every file is rendered into a staging folder, then moved into place,
then the register is written in one transaction; if anything fails, the files already moved
are removed, the files they replaced are put back, and nothing is registered. A print asked to
stop (`cancelled`, checked before each document, before the files are moved and before the
register is written) is undone the same way and raises PrintCancelled.

How fast: the staged files are flushed to the disk in the background while the next documents
are rendered; a large print (PARALLEL_FROM documents) is shared among forked worker processes,
one per processor, each rendering, sealing and staging its documents (on Linux, from a process
running no other thread: the command line, not the window); the combined files are made of the
pages already rendered, not drawn again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from juryapp.documents import content
from juryapp.documents.data import DocumentData
from juryapp.documents.issuing import PlannedDocument, Prepared, key_for, prepare, register
from juryapp.documents.keys import CentreKey
from juryapp.documents.register import (
    DUPLICATE,
    ISSUED,
    SKIPPED,
    UNSEALED,
    AlreadyIssued,
    Issue,
    decide_issue,
    describe_entry,
)
from juryapp.documents.render import combine_pdfs, combined_info
from juryapp.errors import BadInput, JuryError
from juryapp.files import private_dir, write_private
from juryapp.rules.wording import fr_datetime
from juryapp.session_view import SessionView, read_session
from juryapp.settings import Settings
from juryapp.storage.schema import VERSIONED_TABLES
from juryapp.storage.store import TABLE_LABELS, SessionStore, default_actor

__all__ = [
    "COMBINED",
    "FILE_NAMES",
    "PlannedDocument",
    "Prepared",
    "PrintCancelled",
    "PrintReport",
    "already_issued",
    "due_and_issued",
    "candidate_documents",
    "plan",
    "prepare_one",
    "print_session",
    "register",
    "render_options",
    "session_documents",
]

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class PrintCancelled(JuryError):
    """The user stopped a print: no file is left in the folder and nothing is registered."""

    def __init__(self) -> None:
        super().__init__("impression annulée : aucun fichier écrit, rien inscrit au registre")


def _stop_if(cancelled: Cancelled | None) -> None:
    """Raise PrintCancelled when the user asked the print to stop."""
    if cancelled is not None and cancelled():
        raise PrintCancelled


FILE_NAMES = {
    "parchemin": "parchemin-{ref}.pdf",
    "livret": "livret-{ref}.pdf",
    "fiche_resultats": "fiche-resultats-{ref}.pdf",
    "convocation": "convocation-{ref}.pdf",
    "pv": "pv.pdf",
    "emargement": "emargement.pdf",
    "fiche_synthese": "fiche-synthese.pdf",
}
COMBINED = {"parchemin": "parchemins.pdf", "livret": "livrets.pdf"}


@dataclass
class PrintReport:
    files: list[Path]
    draft: bool
    issued: int = 0  # register entries written: originals and duplicatas
    duplicates: int = 0
    skipped: list[str] = field(default_factory=list)  # pre-session documents already issued, not printed
    left_out: list[str] = field(default_factory=list)  # decision documents already issued, not printed (one line each)
    unsealed: list[str] = field(default_factory=list)  # pre-session documents printed without a seal
    key_fingerprint: str | None = None
    key_problem: str | None = None  # why nothing was sealed, when the centre's key is not here

    @property
    def originals(self) -> int:
        return self.issued - self.duplicates


def safe_ref(ref: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", ref)


def revocations_after_sign_off(store: SessionStore, view: SessionView) -> tuple[str, ...]:
    """Each change made after the session was signed off, with its reason (for the PV)."""
    sign = view.data.sign_off
    if sign is None:
        return ()
    # The moment the sign-off was recorded (the jury may date it otherwise): later revocations count.
    recorded = store.conn.execute("SELECT at FROM audit WHERE action = 'sign_off' ORDER BY id DESC LIMIT 1").fetchone()
    since = recorded[0] if recorded else sign.at
    # Only the candidates with such a revocation have their history read (once each).
    revised = _revised_since(store, since)
    lines = []
    for candidate in view.data.candidates:
        if candidate.ref not in revised:
            continue
        for version in store.history(candidate.ref):
            if version.revoked_at and version.revoked_at >= since:
                key = " ".join(k for k in version.key[1:] if k)
                what = TABLE_LABELS[version.table] + (f" {key}" if key else "")
                when = fr_datetime(version.revoked_at)
                lines.append(
                    f"{candidate.ref} — {what} révoqué(e) le {when} par {version.revoked_by} : "
                    f"{version.revocation_reason}"
                )
    return tuple(lines)


def _revised_since(store: SessionStore, since: str) -> set[str]:
    """The candidates of whom a version was revoked at or after `since`."""
    revised: set[str] = set()
    for table in VERSIONED_TABLES:
        rows = store.conn.execute(
            f"""SELECT DISTINCT t.candidate FROM revocations AS r JOIN {table} AS t
                ON r.record_table = ? AND r.record_id = t.id WHERE r.revoked_at >= ?""",
            (table, since),
        )
        revised.update(row[0] for row in rows)
    return revised


def plan(store: SessionStore, settings: Settings, today: dt.date) -> tuple[SessionView, list[PlannedDocument]]:
    """Every document the session gives now, in printing order."""
    view = read_session(store)
    draft = view.data.sign_off is None
    planned: list[PlannedDocument] = []
    for candidate in view.data.candidates:
        ref = candidate.ref
        name = safe_ref(ref)
        for kind, build in (
            ("convocation", lambda r: content.convocation(view, r, settings, today)),
            ("fiche_resultats", lambda r: content.fiche_resultats(view, r, draft, settings, today)),
            ("parchemin", lambda r: content.parchemin(view, r, draft, settings, today)),
            ("livret", lambda r: content.livret(view, r, draft, settings, today)),
        ):
            data = build(ref)
            if data is not None:
                planned.append(PlannedDocument(data, FILE_NAMES[kind].format(ref=name)))
    revocations = revocations_after_sign_off(store, view)
    planned.append(PlannedDocument(content.pv(view, draft, settings, today, revocations), FILE_NAMES["pv"]))
    planned.append(PlannedDocument(content.emargement(view, settings, today), FILE_NAMES["emargement"]))
    if view.data.session.kind == "titre":
        planned.append(
            PlannedDocument(content.fiche_synthese(view, draft, settings, today), FILE_NAMES["fiche_synthese"])
        )
    return view, planned


def render_options(settings: Settings) -> dict:
    """The template folder and printer offset the renderers take, from the centre's settings."""
    return {"template_dir": settings.template_dir, "offset": settings.printer_offset}


def _names(view: SessionView) -> dict[str, str]:
    return {c.ref: c.display_name for c in view.data.candidates}


def _place(staging: Path, out_dir: Path, names: list[str]) -> Callable[[], None]:
    """Move the staged files into `out_dir`; returns the undo that removes them and puts back,
    byte for byte, the files they replaced. On failure, undoes what it did and raises."""
    created = not out_dir.exists()
    if created:
        private_dir(out_dir)
    previous = staging / ".previous"
    previous.mkdir()
    placed: list[Path] = []
    saved: list[str] = []

    def undo() -> None:
        for path in reversed(placed):
            with contextlib.suppress(OSError):
                path.unlink()
        for name in saved:
            with contextlib.suppress(OSError):
                try:
                    os.replace(previous / name, out_dir / name)
                except OSError:
                    shutil.copy2(previous / name, out_dir / name)
        if created:
            with contextlib.suppress(OSError):
                out_dir.rmdir()

    try:
        for name in names:
            target = out_dir / name
            if target.is_dir():
                raise BadInput("un dossier porte le nom d'un document à écrire", file=target)
            if target.exists():
                try:
                    os.link(target, previous / name)
                except OSError:
                    shutil.copy2(target, previous / name)
                saved.append(name)
            os.replace(staging / name, target)
            placed.append(target)
    except BaseException:
        undo()
        raise
    return undo


# A print of this many documents or more is rendered by several processes (on a machine with
# several processors): the documents do not depend on one another. A smaller one is quick anyway.
PARALLEL_FROM = 100
MAX_WORKERS = 8
CHUNK = 12  # documents a worker renders and writes between two reports to the printing process


@dataclass(frozen=True)
class _Job:
    """What a print renders, and where it stages the files: the due documents with their issue,
    and how they are sealed."""

    to_print: list[tuple[PlannedDocument, Issue]]
    key: CentreKey | None
    stamp: str
    today: dt.date
    options: dict
    staging: Path

    def prepare(self, index: int) -> Prepared:
        item, issue = self.to_print[index]
        return prepare(item, issue, self.key, stamp=self.stamp, today=self.today, options=self.options)


_Done = tuple[DocumentData, str, dict[str, Any] | None]  # a document rendered: data as printed, status, record
_FORKED_JOB: _Job | None = None  # the job the forked workers inherit (set while they run)


def _render_in_worker(indices: list[int]) -> list[tuple[int, _Done | None]]:
    """A worker renders documents `indices` and writes their files, staged and flushed, before
    it answers: for each, what the register needs, or None when it failed (the printing process
    then renders it itself and meets the failure there: an exception does not always cross
    processes whole)."""
    job = _FORKED_JOB
    assert job is not None
    answers: list[tuple[int, _Done | None]] = []
    try:
        with _Staging(job.staging) as stage:
            for index in indices:
                try:
                    prepared = job.prepare(index)
                except Exception:
                    answers.append((index, None))
                    continue
                stage.write(prepared.item.file_name, prepared.pdf)
                answers.append((index, (prepared.data, prepared.status, prepared.record)))
    except Exception:  # a file not written: the printing process does the whole chunk again
        return [(index, None) for index in indices]
    return answers


def _leave_interrupts() -> None:
    """A worker leaves Ctrl+C to the printing process, which stops the workers and undoes the print."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _workers(count: int) -> int:
    """How many processes render `count` documents: several only for a large print, on Linux, in a
    process that runs no other thread (a process with threads, such as the window's, is not forked)."""
    if count < PARALLEL_FROM or sys.platform != "linux":
        return 1
    try:
        processors = len(os.sched_getaffinity(0))
        threads = len(os.listdir("/proc/self/task"))
    except OSError:
        return 1
    if threads != 1 or threading.active_count() != 1:
        return 1
    return max(1, min(processors, MAX_WORKERS, count // CHUNK))


def _render_all(job: _Job, progress: Progress | None, cancelled: Cancelled | None = None) -> list[Prepared]:
    """Every document of `job` rendered and its file staged (owner-only, flushed to the disk), in
    order, by this process or by forked workers (each writes the files it renders); `progress`
    hears of each document (before it is rendered here, once a worker has written it). Raises
    PrintCancelled, before the next document, once `cancelled` says so (the workers are stopped)."""
    total = len(job.to_print)
    told = 0

    def tell(index: int) -> None:
        nonlocal told
        _stop_if(cancelled)
        told += 1
        if progress is not None:
            progress(told, total, job.to_print[index][0].file_name)

    workers = _workers(total)
    answers: dict[int, _Done | None] = {}
    if workers > 1:
        for index, answer in _from_workers(job, workers):  # forked before this process has threads
            tell(index)
            answers[index] = answer
    with _Staging(job.staging) as stage:
        done = []
        for index in range(total):
            answer = answers.get(index)
            item = job.to_print[index][0]
            if answer is None:  # rendered here: not given to workers, or a worker failed on it
                if index not in answers:
                    tell(index)
                prepared = job.prepare(index)
                stage.write(item.file_name, prepared.pdf)
            else:
                data, status, record = answer
                prepared = Prepared(item, data, (job.staging / item.file_name).read_bytes(), status, record)
            done.append(prepared)
        return done


def _from_workers(job: _Job, workers: int) -> Iterator[tuple[int, _Done | None]]:
    """The workers' answers for every document of `job`, as they come. The session's own
    documents (the procès-verbal, the feuille d'émargement…: long tables) go first, one per task,
    so that no worker is left with one of them at the end while the others wait."""
    import multiprocessing

    global _FORKED_JOB
    alone = [index for index, (item, _issue) in enumerate(job.to_print) if item.data.meta.candidate is None]
    rest = [index for index in range(len(job.to_print)) if index not in alone]
    chunks = [[index] for index in alone] + [rest[start : start + CHUNK] for start in range(0, len(rest), CHUNK)]
    _FORKED_JOB = job
    try:
        try:
            pool = multiprocessing.get_context("fork").Pool(workers, initializer=_leave_interrupts)
        except OSError:  # no process to be had (a limit reached): this process renders them all
            return
        with pool:
            for answers in pool.imap_unordered(_render_in_worker, chunks):
                yield from answers
    finally:
        _FORKED_JOB = None


class _Staging:
    """Writes the staged files (owner-only, flushed to the disk: `write_private`) in the
    background while the next documents are rendered; leaving the block waits for every write
    and raises the first failure (or lets the block's own exception through, once the writes
    have stopped)."""

    WRITERS = 4  # flushes to the disk overlap: the file system commits them together

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pending: list[Future[None]] = []

    def __enter__(self) -> _Staging:
        self.pool = ThreadPoolExecutor(max_workers=self.WRITERS, thread_name_prefix="juryapp-print")
        return self

    def write(self, name: str, data: bytes) -> None:
        self.pending.append(self.pool.submit(write_private, self.folder / name, data))

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=kind is not None)
        if kind is None:
            for future in self.pending:
                future.result()


def _check_out_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise BadInput("ce n'est pas un dossier", file=out_dir)
    if not out_dir.parent.is_dir():
        raise BadInput("le dossier parent n'existe pas", file=out_dir)


def _issues(
    store: SessionStore, planned: list[PlannedDocument], *, duplicata: bool
) -> list[tuple[PlannedDocument, Issue]]:
    return [(item, decide_issue(store, item.data, duplicata=duplicata, whole_session=True)) for item in planned]


def _refused(
    view: SessionView, issues: list[tuple[PlannedDocument, Issue]], statuses: tuple[str, ...] = (ISSUED,)
) -> list[str]:
    names = _names(view)
    return [
        describe_entry(issue.original, names) for _item, issue in issues if issue.status in statuses and issue.original
    ]


def _due(issues: list[tuple[PlannedDocument, Issue]]) -> list[tuple[PlannedDocument, Issue]]:
    """What a print writes: drafts, originals, duplicatas; never a document already issued."""
    return [(item, issue) for item, issue in issues if issue.status not in (ISSUED, SKIPPED)]


def due_and_issued(
    store: SessionStore, *, settings: Settings | None = None, today: dt.date | None = None
) -> tuple[list[str], list[str]]:
    """(due, issued): the file names a print of the whole session writes without `duplicata`
    (drafts, and final documents never issued or whose original was cancelled), and the documents
    already issued it leaves out, one French line each (decision documents, then pre-session ones).
    Nothing due means the print could only make duplicatas."""
    view, planned = plan(store, settings or Settings.load(), today or dt.date.today())
    issues = _issues(store, planned, duplicata=False)
    return [item.file_name for item, _issue in _due(issues)], _refused(view, issues, (ISSUED,)) + _refused(
        view, issues, (SKIPPED,)
    )


def already_issued(
    store: SessionStore,
    *,
    settings: Settings | None = None,
    today: dt.date | None = None,
    pre_session: bool = False,
) -> list[str]:
    """The decision documents already issued, which a print of the whole session leaves out
    unless `duplicata`, one French line each; empty when none. With `pre_session`, also the
    convocations and feuille d'émargement already issued (left out unless `duplicata`)."""
    view, planned = plan(store, settings or Settings.load(), today or dt.date.today())
    statuses = (ISSUED, SKIPPED) if pre_session else (ISSUED,)
    return _refused(view, _issues(store, planned, duplicata=False), statuses)


def print_session(
    store: SessionStore,
    out_dir: Path,
    *,
    settings: Settings | None = None,
    actor: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    duplicata: bool = False,
    cancelled: Cancelled | None = None,
) -> PrintReport:
    """Write every document of the session into `out_dir`, all or nothing (module docstring).

    `cancelled` is asked before each document, before the files are moved into `out_dir` and
    before the register is written: once it answers True, the print is undone (no file left,
    nothing registered) and PrintCancelled is raised.

    Without `duplicata`, documents already issued are left out (`PrintReport.left_out` and
    `skipped` list them). Raises AlreadyIssued (listing them) when nothing is due, i.e. the print
    could only make duplicatas of issued documents, and KeyUnavailable when final decision
    documents are due and the centre's key is not on this machine; nothing is written then.
    BadInput raised while planning (a missing issuer…) names the session file.
    """
    out_dir = Path(out_dir)
    _check_out_dir(out_dir)
    actor = actor or default_actor()
    settings = settings or Settings.load()
    today = today or dt.date.today()
    options = render_options(settings)
    try:
        view, planned = plan(store, settings, today)
    except BadInput as error:
        raise error.within(store.path) from None
    issues = _issues(store, planned, duplicata=duplicata)
    to_print = _due(issues)
    left_out = _refused(view, issues)
    if not to_print:
        raise AlreadyIssued(left_out or _refused(view, issues, (SKIPPED,)), file=store.path, whole_session=True)
    key, key_problem = key_for(store, issues)
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    staging = Path(tempfile.mkdtemp(prefix=".juryapp-print-", dir=out_dir.parent))
    try:
        done = _render_all(_Job(to_print, key, stamp, today, options, staging), progress, cancelled)
        names = [p.item.file_name for p in done]
        for kind, combined_name in COMBINED.items():
            # The pages already rendered, not drawn again: the very pages of the single files.
            same_kind = [p for p in done if p.data.meta.kind == kind]
            if same_kind:
                pdf = combine_pdfs([p.pdf for p in same_kind], combined_info([p.data for p in same_kind]))
                write_private(staging / combined_name, pdf)
                names.append(combined_name)
        _stop_if(cancelled)
        undo = _place(staging, out_dir, names)
        try:
            _stop_if(cancelled)
            count = register(store, done, actor=actor)
        except BaseException:
            undo()
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return PrintReport(
        [out_dir / name for name in names],
        view.data.sign_off is None,
        issued=count,
        duplicates=sum(1 for p in done if p.record is not None and p.status == DUPLICATE),
        skipped=[item.file_name for item, issue in issues if issue.status == SKIPPED],
        left_out=left_out,
        unsealed=[p.item.file_name for p in done if p.status == UNSEALED],
        key_fingerprint=key.fingerprint if key else None,
        key_problem=key_problem,
    )


def prepare_one(
    store: SessionStore,
    item: PlannedDocument,
    *,
    settings: Settings | None = None,
    today: dt.date | None = None,
    duplicata: bool = False,
) -> Prepared:
    """One document as it is handed out (e.g. to a system printer): a draft, unsealed, or sealed
    with the register entry to write — with `register` — once it was really handed out.

    Raises AlreadyIssued when it was issued before and `duplicata` is not asked for, and
    KeyUnavailable for a final decision document when the centre's key is not here.
    """
    settings = settings or Settings.load()
    issue = decide_issue(store, item.data, duplicata=duplicata, whole_session=False)
    if issue.status == ISSUED and issue.original is not None:
        raise AlreadyIssued([describe_entry(issue.original)], window=True)
    key, problem = key_for(store, [(item, issue)])
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    prepared = prepare(item, issue, key, stamp=stamp, today=today or dt.date.today(), options=render_options(settings))
    prepared.note = problem or ""
    return prepared


def candidate_documents(
    store: SessionStore, ref: str, *, settings: Settings | None = None, today: dt.date | None = None
) -> list[PlannedDocument]:
    """The documents the session gives one candidate now (convocation, fiche, parchemin or livret)."""
    _view, planned = plan(store, settings or Settings.load(), today or dt.date.today())
    return [item for item in planned if item.data.meta.candidate == ref]


def session_documents(
    store: SessionStore, *, settings: Settings | None = None, today: dt.date | None = None
) -> list[PlannedDocument]:
    """The documents of the session as a whole (PV, feuille d'émargement, fiche synthèse)."""
    _view, planned = plan(store, settings or Settings.load(), today or dt.date.today())
    return [item for item in planned if item.data.meta.candidate is None]
