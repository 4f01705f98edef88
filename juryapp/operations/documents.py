"""The documents of a session as the window previews and checks them, and the verification of a
printed document (the window's « Vérifier un document… », `juryapp verify`).

Which documents a candidate and the session give now, their preview, whether one was already
issued, the printer's calibration page, and whether a PDF is genuine (and in a session's
register). Printing and registering are `juryapp.operations.printing`. ReportLab, pypdf and the
cryptography are imported only when a document is asked for: the window starts without them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from juryapp.operations.lazy import lazy_names
from juryapp.settings import Settings

if TYPE_CHECKING:
    from juryapp.documents.centre_keys import KeyUnavailable
    from juryapp.documents.issuing import PlannedDocument
    from juryapp.documents.register import AlreadyIssued
    from juryapp.documents.seal import Verification
    from juryapp.storage.store import SessionStore

# Names of this module read from the documents package when first asked for (PEP 562): the
# exceptions the window catches and the types it shows.
_LAZY = {
    "AlreadyIssued": "juryapp.documents.register",
    "KeyUnavailable": "juryapp.documents.centre_keys",
    "PlannedDocument": "juryapp.documents.issuing",
    "Verification": "juryapp.documents.seal",
}

__getattr__ = lazy_names(__name__, _LAZY)


def planned_documents(
    store: SessionStore, candidate: str | None, *, settings: Settings | None = None
) -> list[PlannedDocument]:
    """The documents the session gives `candidate` now (none without one), then the session's own
    (PV, feuille d'émargement, fiche synthèse), as they would be printed today."""
    from juryapp.documents.batch import plan

    _view, planned = plan(store, settings or Settings.load(), dt.date.today())
    mine = [item for item in planned if candidate is not None and item.data.meta.candidate == candidate]
    return mine + [item for item in planned if item.data.meta.candidate is None]


def is_draft(item: PlannedDocument) -> bool:
    """Whether `item` is a draft (session not signed off: watermarked, never sealed nor registered)."""
    from juryapp.documents.register import is_draft as draft

    return draft(item.data)


def render_preview(item: PlannedDocument, settings: Settings | None = None) -> bytes:
    """The PDF of `item` as it would print (unsealed: the seal is made when it is handed out)."""
    from juryapp.documents.batch import render_options
    from juryapp.documents.render import render_document

    return render_document(item.data, **render_options(settings or Settings.load()))


def issued_original(store: SessionStore, item: PlannedDocument) -> str | None:
    """The valid original of `item` already issued, described in French; None when there is none."""
    from juryapp.documents.register import describe_entry

    original = store.valid_original(item.data.meta.kind, item.data.meta.candidate)
    return describe_entry(original) if original is not None else None


def due_and_issued(store: SessionStore) -> tuple[list[str], list[str]]:
    """(due, issued): the files a print of the whole session writes without duplicatas, and the
    documents already issued it leaves out, one French line each."""
    from juryapp.documents.batch import due_and_issued as due

    return due(store)


def folder_name(session_ref: str) -> str:
    """The folder a print of the whole session writes into: « documents-<référence> »."""
    from juryapp.documents.batch import safe_ref

    return f"documents-{safe_ref(session_ref)}"


def calibration_page(settings: Settings | None = None) -> bytes:
    """The parchemin's calibration page (a grid in mm and every field's anchor), with the centre's
    printer offset: printed on plain paper and laid on a parchemin, it shows the offset to set."""
    from juryapp.documents.render import load_template, render_calibration

    settings = settings or Settings.load()
    return render_calibration(load_template("parchemin", settings.template_dir), settings.printer_offset)


def looks_like_pdf(data: bytes) -> bool:
    """Whether `data` is a PDF at all (a damaged or altered one still is; a JSON file is not)."""
    from juryapp.documents.seal import looks_like_pdf as pdf

    return pdf(data)


def verify_document(pdf: bytes, store: SessionStore | None = None) -> tuple[bool, Verification, list[str]]:
    """Whether the PDF is genuine, with every key the centre knows; given the open session, whether
    it is in its register, identical and still valid. (valid, verification, French lines)."""
    from juryapp.documents.register import verify_document as verify

    return verify(pdf, store)


def verify_document_in(pdf: bytes, session: Path) -> tuple[bool, Verification, list[str]]:
    """`verify_document` against the register of the session file `session`, opened read-only."""
    from juryapp.storage.store import SessionStore

    with SessionStore.open(Path(session), write=False) as store:
        return verify_document(pdf, store)


__all__ = [
    "AlreadyIssued",
    "KeyUnavailable",
    "PlannedDocument",
    "Verification",
    "calibration_page",
    "due_and_issued",
    "folder_name",
    "is_draft",
    "issued_original",
    "looks_like_pdf",
    "planned_documents",
    "render_preview",
    "verify_document",
    "verify_document_in",
]
