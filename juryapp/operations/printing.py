"""Printing a session's documents through the application layer: never from an altered file.

Final documents (after sign-off) are issued only from a file whose check passes (the ledger
and the sign-off seal, juryapp.operations.integrity); the seal is renewed first when this
machine holds the centre key and a revocation made it stale.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from juryapp.documents.batch import PrintReport, prepare_one, print_session
from juryapp.documents.issuing import PlannedDocument, Prepared
from juryapp.operations.integrity import refuse_if_altered, seal_sign_off
from juryapp.settings import Settings
from juryapp.storage.store import SessionStore


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
    """One document as handed to a system printer (the preview's « Imprimer… »), never from an altered file."""
    _final_documents_allowed(store, actor)
    return prepare_one(store, item, settings=settings, duplicata=duplicata)


def print_documents(
    store: SessionStore,
    out: Path,
    *,
    actor: str | None = None,
    duplicata: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> PrintReport:
    """Write the session's documents into `out` (all or nothing, DOMAIN.md §8)."""
    _final_documents_allowed(store, actor)
    return print_session(store, Path(out), actor=actor, progress=progress, duplicata=duplicata)
