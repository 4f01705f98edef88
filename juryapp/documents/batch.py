"""Printing a session's documents: one PDF per candidate and document, and combined files.

Before sign-off, the documents about the jury's decisions are drafts (watermarked, not
sealed, not recorded). After sign-off they are final: sealed, and their content and hash
recorded in the session file; printing one again gives a duplicate that names the original.
Convocations and the feuille d'émargement are pre-session documents: always final.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from juryapp.documents import content
from juryapp.documents.data import DECISION_KINDS, DocumentData, Seal
from juryapp.documents.render import printed_fields, render_combined, render_document
from juryapp.documents.seal import CentreKey, qr_text, seal_pdf, short_code
from juryapp.errors import BadInput
from juryapp.rules.wording import fr_date, fr_datetime
from juryapp.session_view import SessionView, read_session
from juryapp.settings import Settings
from juryapp.storage.store import TABLE_LABELS, SessionStore, default_actor

Progress = Callable[[int, int, str], None]

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


@dataclass(frozen=True, slots=True)
class PlannedDocument:
    data: DocumentData
    file_name: str


@dataclass
class PrintReport:
    files: list[Path]
    draft: bool
    issued: int = 0
    duplicates: int = 0


def safe_ref(ref: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", ref)


def revocations_after_sign_off(store: SessionStore, view: SessionView) -> tuple[str, ...]:
    """Each change made after the session was signed off, with its reason (for the PV)."""
    sign = view.data.sign_off
    if sign is None:
        return ()
    lines = []
    for candidate in view.data.candidates:
        for version in store.history(candidate.ref):
            if version.revoked_at and version.revoked_at >= sign.at:
                key = " ".join(k for k in version.key[1:] if k)
                what = TABLE_LABELS[version.table] + (f" {key}" if key else "")
                when = fr_datetime(version.revoked_at)
                lines.append(
                    f"{candidate.ref} — {what} révoqué(e) le {when} par {version.revoked_by} : "
                    f"{version.revocation_reason}"
                )
    return tuple(lines)


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


@dataclass
class _Issued:
    data: DocumentData
    pdf: bytes
    record: dict | None  # what to write in issued_documents; None for drafts


def _seal(store: SessionStore, key: CentreKey, data: DocumentData, stamp: str, options: dict) -> _Issued:
    meta = data.meta
    previous = (
        store.issued_documents(meta.kind, meta.candidate)
        if meta.candidate
        else [d for d in store.issued_documents(meta.kind) if d["candidate"] is None]
    )
    original = None
    for earlier in previous:
        # A reprint reproduces the original, date of delivery included, and says it is a duplicate.
        then = dt.date.fromisoformat(earlier["issued_at"][:10])
        as_then = dataclasses.replace(data, meta=dataclasses.replace(meta, issued_on=then))
        if earlier["original_id"] is None and earlier["content"].get("fields") == printed_fields(
            as_then, template_dir=options.get("template_dir")
        ):
            original, data, meta = earlier, as_then, as_then.meta
            break
    fields = printed_fields(data, template_dir=options.get("template_dir"))
    salt = f"{meta.session_ref}|{meta.kind}|{meta.candidate}|{len(previous)}|{stamp}"
    code = short_code(fields, salt)
    seal = Seal(
        code,
        qr_text(code, meta.kind, key.fingerprint),
        original["short_code"] if original else None,
        fr_date(dt.date.fromisoformat(original["issued_at"][:10])) if original else None,
    )
    data = dataclasses.replace(data, meta=dataclasses.replace(meta, seal=seal))
    printed = printed_fields(data, template_dir=options.get("template_dir"))
    pdf = render_document(data, **options)
    sealed = seal_pdf(
        pdf,
        kind=meta.kind,
        session=meta.session_ref,
        candidate=meta.candidate,
        short_code=code,
        printed=printed,
        key=key,
        issued_at=stamp,
        duplicate_of=seal.duplicate_of,
    )
    record = {
        "kind": meta.kind,
        "candidate": meta.candidate,
        "short_code": code,
        "content": {"fields": fields, "printed": printed},
        "sha256": hashlib.sha256(sealed).hexdigest(),
        "original_id": original["id"] if original else None,
    }
    return _Issued(data, sealed, record)


def render_options(settings: Settings) -> dict:
    """The template folder and printer offset the renderers take, from the centre's settings."""
    return {"template_dir": settings.template_dir, "offset": settings.printer_offset}


def produce(
    store: SessionStore,
    *,
    settings: Settings | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Iterator[tuple[PlannedDocument, _Issued]]:
    """Render (and seal, for final documents) every planned document, one at a time."""
    settings = settings or Settings.load()
    today = today or dt.date.today()
    options = render_options(settings)
    _view, planned = plan(store, settings, today)
    key = CentreKey.load_or_create()
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    for number, item in enumerate(planned, start=1):
        if progress is not None:
            progress(number, len(planned), item.file_name)
        meta = item.data.meta
        if meta.draft and meta.kind in DECISION_KINDS:
            yield item, _Issued(item.data, render_document(item.data, **options), None)
        else:
            yield item, _seal(store, key, item.data, stamp, options)


def print_session(
    store: SessionStore,
    out_dir: Path,
    *,
    settings: Settings | None = None,
    actor: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> PrintReport:
    """Write every document of the session into `out_dir`; all or nothing."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise BadInput("ce n'est pas un dossier", file=out_dir)
    parent = out_dir.parent
    if not parent.is_dir():
        raise BadInput("le dossier parent n'existe pas", file=out_dir)
    actor = actor or default_actor()
    settings = settings or Settings.load()
    draft = store.snapshot().sign_off is None
    staging = Path(tempfile.mkdtemp(prefix=".juryapp-print-", dir=parent))
    try:
        by_kind: dict[str, list[DocumentData]] = {}
        records = []
        names = []
        for item, issued in produce(store, settings=settings, today=today, progress=progress):
            (staging / item.file_name).write_bytes(issued.pdf)
            names.append(item.file_name)
            by_kind.setdefault(item.data.meta.kind, []).append(issued.data)
            if issued.record is not None:
                records.append(issued.record)
        for kind, combined_name in COMBINED.items():
            if by_kind.get(kind):
                (staging / combined_name).write_bytes(render_combined(by_kind[kind], **render_options(settings)))
                names.append(combined_name)
        with store.transaction():
            for record in records:
                store.record_issued_document(
                    record["kind"],
                    record["candidate"],
                    record["short_code"],
                    record["content"],
                    record["sha256"],
                    actor=actor,
                    original_id=record["original_id"],
                )
        out_dir.mkdir(exist_ok=True)
        files = []
        for name in names:
            os.replace(staging / name, out_dir / name)
            files.append(out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    duplicates = sum(1 for r in records if r["original_id"] is not None)
    return PrintReport(files, draft, len(records), duplicates)


def issue_one(
    store: SessionStore,
    data: DocumentData,
    *,
    settings: Settings | None = None,
    actor: str | None = None,
) -> bytes:
    """The PDF of one document as it is handed out: a draft, or sealed and recorded as issued."""
    settings = settings or Settings.load()
    options = render_options(settings)
    meta = data.meta
    if meta.draft and meta.kind in DECISION_KINDS:
        return render_document(data, **options)
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    issued = _seal(store, CentreKey.load_or_create(), data, stamp, options)
    record = issued.record
    assert record is not None
    store.record_issued_document(
        record["kind"],
        record["candidate"],
        record["short_code"],
        record["content"],
        record["sha256"],
        actor=actor or default_actor(),
        original_id=record["original_id"],
    )
    return issued.pdf


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
