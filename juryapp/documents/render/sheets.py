"""Administrative A4 documents built with platypus: running header, footer, « page i/n ».

Contract: `build_sheet` lays out a story under the official header (« RÉPUBLIQUE FRANÇAISE »,
the certifier, the document's name, the title with its RNCP code and levels) on the first
page and a compact header on the following ones; every page carries « page i/n », the seal
(QR + short code) when `meta.seal` is set and the draft watermark when `meta.draft` is true; a
draft starts with its caveats (the unverified facts it relies on). Every font is embedded (the
canvas starts on DejaVu Sans, not on the base-14 Helvetica).
Every header string is drawn whole on one line (see `header_lines`).
"""

from __future__ import annotations

import functools
import io
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..data import Meta, TitleInfo
from . import wording as w
from .blocks import CAVEAT, gap, para
from .fonts import SANS, SANS_BOLD, SERIF_BOLD, SERIF_ITALIC, register_fonts
from .kit import (
    GREY,
    INK,
    DocumentCanvas,
    Sealer,
    document_subject,
    document_title,
    draw_line,
    draw_qr,
    draw_watermark,
    finish_pdf,
)

MARGIN = 18 * mm


def header_lines(meta: Meta, title: TitleInfo, session_dates: str, centre: str) -> dict[str, str]:
    """The header strings of the first page, by role (all drawn whole)."""
    lines = {
        "republic": w.REPUBLIC,
        "certifier": title.certifier,
        "session": f"Session {meta.session_ref}",
        "dates": session_dates,
        "centre": centre,
        "heading": meta.label.upper(),
        "title": w.title_line(title),
        "reference": w.reference_line(title),
        "level": title.level_text,
    }
    if meta.seal is not None:
        lines["code"] = w.code_line(meta.seal)
        lines["duplicate"] = w.duplicate_line(meta.seal) or ""
    return {k: v for k, v in lines.items() if v}


class _NumberedCanvas(DocumentCanvas):
    """Holds pages back until the end so each can say « page i/n »."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFillColor(INK)
            draw_line(self, f"page {number}/{total}", width - MARGIN, 9 * mm, SANS, 8, align="right")
            super().showPage()
        super().save()


def build_sheet(
    meta: Meta,
    title: TitleInfo,
    story: list[Flowable],
    *,
    author: str,
    session_dates: str = "",
    centre: str = "",
    wide: bool = False,
    sealer: Sealer | None = None,
) -> bytes:
    """Lay `story` out on A4 pages (landscape when `wide`) under the headers; return PDF bytes,
    sealed as they are saved when a `sealer` is given."""
    register_fonts()
    pagesize = landscape(A4) if wide else A4
    width, height = pagesize
    lines = header_lines(meta, title, session_dates, centre)
    first_top = height - (62 if "duplicate" in lines else 53) * mm
    later_top = height - 19 * mm
    bottom = (27 if meta.seal is not None else 16) * mm
    frame_width = width - 2 * MARGIN

    def frame(top: float, name: str) -> Frame:
        return Frame(
            MARGIN,
            bottom,
            frame_width,
            top - bottom,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def first_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _draw_first_header(canvas, lines, width, height)
        _draw_footer(canvas, meta, title, width)

    def later_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _draw_later_header(canvas, meta, width, height)
        _draw_footer(canvas, meta, title, width)

    def page_end(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if meta.draft:
            draw_watermark(canvas, width, height)

    if meta.draft and meta.caveats:
        story = [para(w.caveats_line(meta.caveats), CAVEAT), gap(2), *story]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        title=document_title(meta),
        author=author,
        subject=document_subject(meta, title),
        creator="juryapp",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=height - first_top,
        bottomMargin=bottom,
        initialFontName=SANS,  # passed to the canvas: no base-14 Helvetica in the resources
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [frame(first_top, "first")],
                onPage=first_page,
                onPageEnd=page_end,
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [frame(later_top, "later")], onPage=later_page, onPageEnd=page_end),
        ]
    )
    doc.build(story, canvasmaker=functools.partial(_NumberedCanvas, sealer=sealer))
    return finish_pdf(buffer.getvalue(), sealer)


def _draw_first_header(canvas: Canvas, lines: dict[str, str], width: float, height: float) -> None:
    right, top = width - MARGIN, height - 14 * mm
    half = (width - 2 * MARGIN) / 2 - 4 * mm
    canvas.setFillColor(INK)
    draw_line(canvas, lines["republic"], MARGIN, top, SANS_BOLD, 10)
    draw_line(canvas, w.MOTTO, MARGIN, top - 4 * mm, SERIF_ITALIC, 7)
    draw_line(canvas, lines["certifier"], MARGIN, top - 8.5 * mm, SANS, 8.5, max_width=half)
    draw_line(canvas, lines["session"], right, top, SANS_BOLD, 9, align="right", max_width=half)
    for i, key in enumerate(k for k in ("dates", "centre") if k in lines):
        draw_line(canvas, lines[key], right, top - (4 + 4.5 * i) * mm, SANS, 8, align="right", max_width=half)
    full = width - 2 * MARGIN
    centre_x = width / 2
    draw_line(canvas, lines["heading"], centre_x, top - 19 * mm, SANS_BOLD, 14, align="center", max_width=full)
    draw_line(canvas, lines["title"], centre_x, top - 25 * mm, SERIF_BOLD, 10.5, align="center", max_width=full)
    draw_line(canvas, lines["reference"], centre_x, top - 29.5 * mm, SANS, 8, align="center", max_width=full)
    draw_line(canvas, lines["level"], centre_x, top - 33.5 * mm, SANS, 7.5, align="center", max_width=full)
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - 36 * mm, right, top - 36 * mm)
    if "duplicate" in lines:
        draw_line(canvas, lines["duplicate"], centre_x, top - 41.5 * mm, SANS_BOLD, 9.5, align="center", max_width=full)


def _draw_later_header(canvas: Canvas, meta: Meta, width: float, height: float) -> None:
    top = height - 12 * mm
    half = (width - 2 * MARGIN) / 2 - 4 * mm
    canvas.setFillColor(INK)
    draw_line(canvas, f"{w.REPUBLIC} — {meta.label}", MARGIN, top, SANS_BOLD, 8, max_width=half)
    draw_line(canvas, f"Session {meta.session_ref}", width - MARGIN, top, SANS, 8, align="right", max_width=half)
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, top - 3 * mm, width - MARGIN, top - 3 * mm)


def _draw_footer(canvas: Canvas, meta: Meta, title: TitleInfo, width: float) -> None:
    canvas.setFillColor(GREY)
    footer = f"{meta.label} — {title.code} — session {meta.session_ref}"
    x = MARGIN
    if meta.seal is not None:
        draw_qr(canvas, meta.seal.qr_text, MARGIN, 7 * mm, 16 * mm)
        x = MARGIN + 19 * mm
        canvas.setFillColor(INK)
        draw_line(canvas, w.code_line(meta.seal), x, 16 * mm, SANS_BOLD, 8.5)
        canvas.setFillColor(GREY)
    draw_line(canvas, footer, x, 9 * mm, SANS, 7.5, max_width=width / 2)
