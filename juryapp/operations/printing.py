"""Printing a session's documents through the application layer: never from an altered file.

Final documents (after sign-off) are issued only from a file whose check passes (the ledger
and the sign-off seal, juryapp.operations.integrity); the seal is renewed first when this
machine holds the centre key and a revocation made it stale. A document handed to a system
printer is registered only once the printer took it (`register_printed`, or `register_job` for
the documents of one job). A print into a folder can be stopped (`cancelled`): it is then undone,
and PrintCancelled raised. The renderers are imported when something is printed: the window
starts without them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from juryapp.operations.integrity import refuse_if_altered, seal_sign_off
from juryapp.operations.lazy import lazy_names
from juryapp.settings import Settings
from juryapp.storage.core import ReadOnlyFile
from juryapp.storage.store import SessionStore

if TYPE_CHECKING:
    from juryapp.documents.batch import PrintCancelled, PrintReport
    from juryapp.documents.issuing import PlannedDocument, Prepared
    from juryapp.documents.register import AlreadyIssued

# Names of this module read from the documents package when first asked for (PEP 562).
_LAZY = {
    "AlreadyIssued": "juryapp.documents.register",
    "PrintCancelled": "juryapp.documents.batch",
    "PrintReport": "juryapp.documents.batch",
    "Prepared": "juryapp.documents.issuing",
}

__getattr__ = lazy_names(__name__, _LAZY)


def _final_documents_allowed(store: SessionStore, actor: str | None) -> None:
    """After sign-off: refuse an altered file; renew a stale seal when this machine holds the key."""
    if store.is_locked:
        refuse_if_altered(store, "documents définitifs")
        seal_sign_off(store, actor=actor or "juryapp", reason="impression des documents définitifs")


def prepare_document(
    store: SessionStore,
    item: PlannedDocument,
    *,
    actor: str | None = None,
    settings: Settings | None = None,
    duplicata: bool = False,
) -> Prepared:
    """One document as handed to a system printer (the preview's « Imprimer… »), never from an altered file.

    Raises AlreadyIssued when it was issued before and `duplicata` is not asked for, and
    KeyUnavailable for a final decision document when the centre's key is not here.
    """
    from juryapp.documents.batch import prepare_one

    _final_documents_allowed(store, actor)
    return prepare_one(store, item, settings=settings, duplicata=duplicata)


def register_printed(store: SessionStore, prepared: Prepared, *, actor: str) -> bool:
    """Write the register entry of a sealed document the printer took (one transaction); False
    when it has none to write (a draft, or a document printed without a seal)."""
    from juryapp.documents.issuing import register

    if prepared.record is None:
        return False
    register(store, [prepared], actor=actor)
    return True


def register_job(store: SessionStore, prepared: Sequence[Prepared], *, actor: str) -> int:
    """Write, in ONE transaction, the register entries of the sealed documents of one print job
    the printer took whole; how many were written (drafts and unsealed documents have none)."""
    from juryapp.documents.issuing import register

    if not any(p.record is not None for p in prepared):
        return 0
    return register(store, prepared, actor=actor)


def print_documents(
    store: SessionStore,
    out: Path,
    *,
    actor: str | None = None,
    duplicata: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PrintReport:
    """Write the session's documents into `out` (all or nothing, DOMAIN.md §8); once `cancelled`
    answers True, the print is undone and PrintCancelled raised (no file, nothing registered)."""
    from juryapp.documents.batch import print_session

    _final_documents_allowed(store, actor)
    return print_session(store, Path(out), actor=actor, progress=progress, duplicata=duplicata, cancelled=cancelled)


def print_file(
    path: Path,
    out: Path,
    *,
    purpose: str,
    actor: str | None = None,
    duplicata: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    notice: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PrintReport:
    """Open the session file `path` for writing (its register), print its documents into `out`,
    close it. A file that can only be read is refused (ReadOnlyFile); `notice` hears, once, that
    the write lock was taken over from a holder that ended without releasing it; `cancelled` as
    in `print_documents`."""
    path = Path(path)
    with SessionStore.open(path, purpose=purpose) as store:
        if store.read_only_reason is not None:
            raise ReadOnlyFile(f"{store.read_only_reason} : impossible d'inscrire les documents au registre", file=path)
        takeover = store.lock.takeover_text() if store.lock is not None else None
        if takeover and notice is not None:
            notice(takeover)
        return print_documents(store, out, actor=actor, duplicata=duplicata, progress=progress, cancelled=cancelled)


__all__ = [
    "AlreadyIssued",
    "PrintCancelled",
    "PrintReport",
    "Prepared",
    "prepare_document",
    "print_documents",
    "print_file",
    "register_job",
    "register_printed",
]
