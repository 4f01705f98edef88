"""Sealing a document and registering it (DOMAIN.md §8): the steps that printing a whole session
(`batch`) and handing one document to a printer (the window) share.

`prepare` renders a document as its issue says (draft, unsealed, original or duplicata) and,
for a sealed one, the register entry to write; `register` writes the entries, and the keys that
sealed them, in ONE transaction, once the documents really exist.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from juryapp.documents.centre_keys import KeyUnavailable, signing_key
from juryapp.documents.data import DocumentData, Seal
from juryapp.documents.keys import CentreKey
from juryapp.documents.register import DRAFT, DUPLICATE, ORIGINAL, UNSEALED, Issue, dated
from juryapp.documents.render import printed_fields, render_document
from juryapp.documents.seal import DocumentSeal, qr_text, short_code
from juryapp.model import PRE_SESSION_KINDS
from juryapp.rules.wording import fr_date
from juryapp.storage.store import SessionStore


@dataclass(frozen=True, slots=True)
class PlannedDocument:
    data: DocumentData
    file_name: str


@dataclass
class Prepared:
    """A document ready to hand out: its PDF and, when sealed, the register entry to write."""

    item: PlannedDocument
    data: DocumentData  # as printed, with its seal
    pdf: bytes
    status: str  # register.DRAFT, ORIGINAL, DUPLICATE or UNSEALED
    record: dict[str, Any] | None = None
    note: str = ""  # why an unsealed document carries no seal


def key_for(
    store: SessionStore, issues: Iterable[tuple[PlannedDocument, Issue]]
) -> tuple[CentreKey | None, str | None]:
    """The centre's key when something is to be sealed; without it, pre-session documents are
    printed unsealed (the reason is returned) and decision documents are refused."""
    to_seal = [item for item, issue in issues if issue.status in (ORIGINAL, DUPLICATE)]
    if not to_seal:
        return None, None
    try:
        return signing_key(session_keys=[k["fingerprint"] for k in store.seal_keys()]), None
    except KeyUnavailable as error:
        if any(item.data.meta.kind not in PRE_SESSION_KINDS for item in to_seal):
            raise
        return None, error.problem


def _original_day(original: dict[str, Any] | None) -> str | None:
    """The date the original carries, « 08/12/2026 », else the day it was printed."""
    if original is None:
        return None
    day = dated(original) or str(original["issued_at"])[:10]
    return fr_date(dt.date.fromisoformat(day))


def _sealed(
    item: PlannedDocument,
    issue: Issue,
    key: CentreKey,
    *,
    stamp: str,
    today: dt.date,
    options: dict,
) -> Prepared:
    """Seal an original or a duplicata; a duplicata keeps its original's date and names it."""
    data = item.data
    meta = data.meta
    original = issue.original
    if issue.status == DUPLICATE and original is not None:
        day = dated(original)
        meta = dataclasses.replace(meta, issued_on=dt.date.fromisoformat(day) if day else meta.issued_on)
        data = dataclasses.replace(data, meta=meta)
    template_dir = options.get("template_dir")
    fields = printed_fields(data, template_dir=template_dir)
    salt = f"{meta.session_ref}|{meta.kind}|{meta.candidate}|{issue.number}|{stamp}|{secrets.token_hex(8)}"
    code = short_code(fields, salt)
    duplicate_of = original["short_code"] if issue.status == DUPLICATE and original else None
    seal = Seal(
        code,
        qr_text(code, meta.kind, key.fingerprint),
        duplicate_of=duplicate_of,
        duplicate_of_date=_original_day(original) if duplicate_of else None,
        duplicate_number=issue.number if duplicate_of else 0,
        reprinted_on=fr_date(today) if duplicate_of else None,
    )
    data = dataclasses.replace(data, meta=dataclasses.replace(meta, seal=seal))
    printed = printed_fields(data, template_dir=template_dir)
    sealer = DocumentSeal(
        kind=meta.kind,
        session=meta.session_ref,
        candidate=meta.candidate,
        short_code=code,
        printed=printed,
        key=key,
        issued_at=stamp,
        duplicate_of=duplicate_of,
        duplicate_number=seal.duplicate_number,
    )
    sealed = render_document(data, sealer=sealer, **options)
    record = {
        "kind": meta.kind,
        "candidate": meta.candidate,
        "short_code": code,
        "content": {"fields": fields, "printed": printed},
        "sha256": hashlib.sha256(sealed).hexdigest(),
        "original_id": original["id"] if duplicate_of and original else None,
        "key_fingerprint": key.fingerprint,
        "key_public": key.public_b64(),
        "duplicate_number": seal.duplicate_number,
        "dated": meta.issued_on.isoformat() if meta.issued_on else None,
        "file_name": item.file_name,
    }
    return Prepared(item, data, sealed, issue.status, record)


def prepare(
    item: PlannedDocument,
    issue: Issue,
    key: CentreKey | None,
    *,
    stamp: str,
    today: dt.date,
    options: dict,
) -> Prepared:
    """The PDF of one planned document, as `issue` says it is printed."""
    if issue.status == DRAFT:
        return Prepared(item, item.data, render_document(item.data, **options), DRAFT)
    if key is None:
        return Prepared(item, item.data, render_document(item.data, **options), UNSEALED)
    return _sealed(item, issue, key, stamp=stamp, today=today, options=options)


def register(store: SessionStore, prepared: Iterable[Prepared], *, actor: str) -> int:
    """Write the register entries of sealed documents, and the keys that sealed them, in ONE
    transaction; returns how many entries were written."""
    records = [p.record for p in prepared if p.record is not None]
    with store.transaction():
        for fingerprint, public in dict.fromkeys((r["key_fingerprint"], r["key_public"]) for r in records):
            store.record_seal_key(fingerprint, public, actor=actor)
        for record in records:
            store.record_issued_document(
                record["kind"],
                record["candidate"],
                record["short_code"],
                record["content"],
                record["sha256"],
                actor=actor,
                original_id=record["original_id"],
                key_fingerprint=record["key_fingerprint"],
                duplicate_number=record["duplicate_number"],
                dated=record["dated"],
                file_name=record["file_name"],
            )
    return len(records)
