"""Reading a session for the window and the command line: its state and verdicts, a candidate's
history, the results, the référentiels installed, and the JSON documents `juryapp import` reads.

Nothing here changes a decision (that is `juryapp.operations`); the file's standing (read-only,
its identity on the disk, the commits of other connections) is read here too. Heavy modules
(the exchange formats and their JSON schemas) are imported by the functions that need them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from juryapp.errors import BadInput
from juryapp.model import Referentiel
from juryapp.rules import Outcome, Subject
from juryapp.rules import ccps_examined as _ccps_examined
from juryapp.rules import sign_off_window as _sign_off_window
from juryapp.rules.checks import MIN_JURORS, has_text
from juryapp.rules.codes import CODE_INFO, Finding
from juryapp.session_view import SessionView, read_session
from juryapp.storage.store import SessionStore, VersionRecord, default_actor

# -- the open session ---------------------------------------------------------------------------


def read(store: SessionStore, previous: SessionView | None = None, refs: Iterable[str] | None = None) -> SessionView:
    """The session as stored now, with every candidate's outcome; given `previous` and `refs`,
    only those candidates are evaluated again (what the window, the documents and `results` share)."""
    return read_session(store, previous, refs)


def history(store: SessionStore, candidate: str) -> list[VersionRecord]:
    """Every version recorded for `candidate`, oldest first, replaced and revoked ones included."""
    return store.history(candidate)


def now(store: SessionStore) -> dt.datetime:
    """The session's clock (the machine's, or a test's)."""
    return store.clock()


def read_only_reason(store: SessionStore) -> str | None:
    """Why nothing is written into this file, None when it is open for writing."""
    return store.read_only_reason


def make_read_only(store: SessionStore, reason: str) -> None:
    """From now on nothing is written through `store`; `reason` says why (in French)."""
    store.read_only_reason = reason


def file_identity(store: SessionStore) -> tuple[int, int] | None:
    """The file at the session's path now (device, inode), None when it is gone."""
    return store.identity()


def data_version(store: SessionStore) -> int:
    """A number that moves when another connection commits into the file."""
    return store.data_version()


def close(store: SessionStore) -> None:
    """Close the file (and let its write lock go)."""
    store.close()


# -- the rules' verdicts, as the window shows them ------------------------------------------------


def examined_ccps(view: SessionView, candidate: str | None = None) -> tuple[str, ...]:
    """The CCPs examined for `candidate` (DOMAIN.md §6); without one, the session's own list."""
    return _ccps_examined(view.data, view.title, candidate)


def sign_off_window(view: SessionView) -> tuple[dt.date, dt.date]:
    """The first and last day the session may be signed off."""
    return _sign_off_window(view.data)


def finding_label(finding: Finding) -> str:
    """The short French label of a blocker or a warning (« Entretien final manquant »…)."""
    return CODE_INFO[finding.code].label


def revocation_missing(reason: str, jurors: Sequence[str]) -> tuple[str, ...]:
    """What a revocation after sign-off still lacks: "reason" (a written reason), "jurors" (at
    least two jurors pronounce it); the operation itself checks the same and more."""
    missing = []
    if not has_text(reason):
        missing.append("reason")
    if len(set(jurors)) < MIN_JURORS:
        missing.append("jurors")
    return tuple(missing)


# -- results --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionResults:
    """Every candidate's outcome, read from a file; `warning` when the file's check failed
    before sign-off (results are then shown, but said to come from an altered file)."""

    view: SessionView
    warning: str | None = None

    @property
    def outcomes(self) -> list[Outcome]:
        return list(self.view.outcomes.values())


def session_results(path: Path, *, beside: bool = False) -> SessionResults:
    """`juryapp results`: the file opened read-only and checked; an altered file's results are
    refused once the session is signed off (BadInput), and said to be doubtful before.

    `beside`: a large file is checked in a forked process while this one reads it (the command
    line; see `side_check`)."""
    from juryapp.operations.integrity import check_store
    from juryapp.operations.side_check import SideCheck, ledger_head

    path = Path(path)
    side = SideCheck.start(path) if beside else None
    warning = None
    with SessionStore.open(path, write=False) as store:
        view = read_session(store)
        report = side.result(ledger_head(store)) if side is not None else None
        if report is None:
            report = check_store(store)
        if not report.sound:
            if store.is_locked:
                raise BadInput(f"résultats refusés : {report.summary()}", file=path)
            warning = f"attention, {report.summary()}"
    return SessionResults(view, warning)


def results_document(results: SessionResults) -> dict[str, Any]:
    """The juryapp.results/1 document of `results`."""
    from juryapp.exchange.results_doc import results_document as document

    return document(results.view.data, results.outcomes)


def results_json(results: SessionResults) -> str:
    """The juryapp.results/1 document of `results` as `juryapp results --json` prints it (one
    candidate a line)."""
    from juryapp.exchange.results_doc import results_json as text

    return text(results.view.data, results.outcomes)


def results_table(results: SessionResults) -> str:
    """The results as a plain-text table, one candidate a line."""
    from juryapp.exchange.results_doc import results_table as table

    return table(results.view.data, results.outcomes)


# -- référentiels and JSON documents --------------------------------------------------------------


def installed_referentiels() -> list[Referentiel]:
    """The référentiels this machine knows (shipped and installed), by code."""
    from juryapp.storage.library import ReferentielLibrary

    library = ReferentielLibrary()
    found = [library.get(code) for code in library.codes()]
    return [ref for ref in found if ref is not None]


def install_referentiel(document: dict[str, Any]) -> Path | None:
    """Check a juryapp.referentiel/1 document and install it; None when it was known as it is."""
    from juryapp.exchange.referentiel import parse_referentiel
    from juryapp.storage.library import ReferentielLibrary

    return ReferentielLibrary().install(parse_referentiel(document))


def read_json(path: Path) -> Any:
    """The parsed JSON document at `path`; BadInput naming the file when it cannot be read or parsed."""
    from juryapp.exchange.validation import read_json as read

    return read(Path(path))


def document_format(document: Any) -> str:
    """The `format` of a document, checked against the formats this version reads (BadInput otherwise)."""
    from juryapp.exchange.validation import document_format as format_of

    return format_of(document)


def is_referentiel_format(fmt: str) -> bool:
    """Whether `fmt` is the format of a référentiel (installed, never imported into a session)."""
    from juryapp.exchange.referentiel import FORMAT

    return fmt == FORMAT


__all__ = [
    "Outcome",
    "SessionResults",
    "SessionStore",
    "SessionView",
    "Subject",
    "VersionRecord",
    "close",
    "data_version",
    "default_actor",
    "document_format",
    "examined_ccps",
    "file_identity",
    "finding_label",
    "history",
    "install_referentiel",
    "installed_referentiels",
    "is_referentiel_format",
    "make_read_only",
    "now",
    "read",
    "read_json",
    "read_only_reason",
    "results_document",
    "results_json",
    "results_table",
    "revocation_missing",
    "session_results",
    "sign_off_window",
]
