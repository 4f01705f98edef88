"""1,000 sealed parchemins, against the same number of one-page plain ReportLab documents."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import time

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from juryapp.documents.data import CcpLine, Holder, Meta, ParcheminData, Seal, Signatory, TitleInfo
from juryapp.documents.render import printed_fields, render_document
from juryapp.documents.seal import CentreKey, qr_text, seal_pdf, short_code

COUNT = int(os.environ.get("JURYAPP_BENCH_PARCHEMINS", "1000"))


def _sample(number: int, key: CentreKey) -> ParcheminData:
    data = ParcheminData(
        Meta("parchemin", "2026-NTC-042", f"C{number:04d}", False, "Lyon", dt.date(2026, 12, 8)),
        TitleInfo(
            "RNCP39063",
            "TP-00338",
            "Négociateur technico-commercial",
            5,
            5,
            "312t",
            "Arrêté du 17 mai 2024 (JO du 25 mai 2024)",
        ),
        Holder(f"C{number:04d}", f"Lefèvre-{number}", "Anaïs", "02/03/1994", "Lyon (69)"),
        (
            CcpLine("CCP1", "Élaborer une stratégie de prospection et la mettre en œuvre", "obtenu", "08/12/2026"),
            CcpLine("CCP2", "Négocier une solution technique et commerciale", "obtenu", "08/12/2026"),
        ),
        Signatory("DREETS Auvergne-Rhône-Alpes", "Anne Moulin", "Directrice régionale"),
    )
    code = short_code(printed_fields(data), f"bench|{number}")
    return dataclasses.replace(
        data, meta=dataclasses.replace(data.meta, seal=Seal(code, qr_text(code, "parchemin", key.fingerprint)))
    )


def _parchemin(data: ParcheminData, key: CentreKey) -> bytes:
    assert data.meta.seal is not None
    return seal_pdf(
        render_document(data),
        kind="parchemin",
        session=data.meta.session_ref,
        candidate=data.meta.candidate,
        short_code=data.meta.seal.short_code,
        printed=printed_fields(data),
        key=key,
        issued_at="2026-12-08T18:00:00",
    )


def _plain(number: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for line, text in enumerate(
        (
            "TITRE PROFESSIONNEL",
            "Négociateur technico-commercial",
            f"Anaïs LEFÈVRE-{number}",
            "Date et lieu de naissance : 02/03/1994 à Lyon (69)",
        )
    ):
        canvas.drawString(100, 700 - 20 * line, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def run() -> None:
    key = CentreKey.generate()
    samples = [_sample(n, key) for n in range(COUNT)]
    start = time.perf_counter()
    for data in samples:
        _parchemin(data, key)
    measured = time.perf_counter() - start
    start = time.perf_counter()
    for number in range(COUNT):
        _plain(number)
    baseline = time.perf_counter() - start
    print(
        f"{COUNT} parchemins scellés: ×{measured / baseline:.1f} {COUNT} pages ReportLab simples "
        f"({measured:.1f} s au total, {measured / COUNT * 1000:.0f} ms par parchemin ; "
        f"référence {baseline:.2f} s)"
    )
