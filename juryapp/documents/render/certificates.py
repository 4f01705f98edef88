"""The page routine shared by the template-driven documents (parchemin, livret).

Contract: `render_certificate` draws one A4 page from a `Template`: every one-line text given
by the caller at its element (skipping elements the template does not place), the CCP list
areas, the seal (QR + short code) when `meta.seal` is set and, when `meta.draft` is true, the
draft watermark and the caveats (unverified facts) along the bottom edge. Every font is
embedded. It returns the PDF bytes with title, author and subject set.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from ..data import Meta, TitleInfo
from .fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from .kit import (
    GREY,
    INK,
    WATERMARK_COLOUR,
    DocumentCanvas,
    Sealer,
    draw_element,
    draw_line,
    draw_qr,
    draw_watermark,
    finish_pdf,
    set_metadata,
)
from .templates import Element, Template
from .wording import caveats_line

_BOLD = {SERIF: SERIF_BOLD, SANS: SANS_BOLD, SERIF_ITALIC: SERIF_BOLD}
_ITALIC = {SERIF: SERIF_ITALIC, SERIF_BOLD: SERIF_ITALIC}
MIN_AREA_SIZE = 6.5


@dataclass(frozen=True, slots=True)
class AreaEntry:
    """One CCP in a list area: its code, its name (may wrap) and detail lines (each one line)."""

    code: str
    name: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Area:
    element: str
    heading: str
    entries: tuple[AreaEntry, ...]
    empty_text: str = "Aucun."


def render_certificate(
    template: Template,
    meta: Meta,
    title: TitleInfo,
    lines: dict[str, str],
    areas: Sequence[Area] = (),
    *,
    sealer: Sealer | None = None,
) -> bytes:
    """One page drawn from `template`; `lines` maps element names to their one-line text;
    sealed as it is saved when a `sealer` is given."""
    register_fonts()
    buffer = io.BytesIO()
    size = (template.page_width * mm, template.page_height * mm)
    # The initial font is an embedded one: no base-14 Helvetica left in the page resources.
    canvas = DocumentCanvas(
        buffer, pagesize=size, pageCompression=1, initialFontName=SANS, initialFontSize=10, sealer=sealer
    )
    set_metadata(canvas, meta, title, title.certifier)
    if template.frame:
        _draw_frame(canvas, *size)
    canvas.setFillColor(INK)
    for name, text in lines.items():
        element = template.elements.get(name)
        if text and element is not None and element.type == "text":
            draw_element(canvas, element, text)
    for area in areas:
        if area.element in template.elements:
            draw_area(canvas, template[area.element], area)
    if meta.seal is not None:
        qr = template["seal_qr"]
        side = (qr.width or 25.0) * mm
        draw_qr(canvas, meta.seal.qr_text, qr.x * mm, qr.y * mm, side)
    _draw_signature_rule(canvas, template)
    if meta.draft:
        if meta.caveats:
            _draw_caveats(canvas, meta.caveats, *size)
        draw_watermark(canvas, *size)
    canvas.showPage()
    canvas.save()
    return finish_pdf(buffer.getvalue(), sealer)


def draw_area(canvas: Canvas, element: Element, area: Area) -> None:
    """Draw a heading and the CCP entries down from the area's top-left corner.

    The font and the line pitch shrink together (not below MIN_AREA_SIZE) until the list fits
    the area's height; names wrap inside the area's width, codes and detail lines never wrap.
    """
    width = (element.width or 150.0) * mm
    height = (element.height or 30.0) * mm
    size, leading = element.size, (element.leading or element.size * 0.5) * mm
    bold = _BOLD.get(element.font, SERIF_BOLD)
    code_col = max([canvas.stringWidth(e.code, bold, size) for e in area.entries] + [0]) + 4 * mm
    while True:
        rows = _layout(area, width - code_col, element.font, size)
        if len(rows) * leading <= height or size <= MIN_AREA_SIZE:
            break
        scale = max(MIN_AREA_SIZE / size, 0.92)
        size, leading = size * scale, leading * scale
    x, y = element.x * mm, element.y * mm - size
    canvas.setFillColor(INK)
    for kind, code, text in rows:
        if kind == "heading":
            draw_line(canvas, text, x, y, bold, size, max_width=width)
        elif kind == "name":
            if code:
                draw_line(canvas, code, x, y, bold, size)
            draw_line(canvas, text, x + code_col, y, element.font, size)
        else:
            canvas.setFillColor(GREY)
            font = _ITALIC.get(element.font, element.font)
            draw_line(canvas, text, x + code_col, y, font, size * 0.92, max_width=width - code_col)
            canvas.setFillColor(INK)
        y -= leading


def _layout(area: Area, text_width: float, font: str, size: float) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = [("heading", "", area.heading)]
    if not area.entries:
        rows.append(("detail", "", area.empty_text))
    for entry in area.entries:
        for i, part in enumerate(simpleSplit(entry.name, font, size, text_width) or [""]):
            rows.append(("name", entry.code if i == 0 else "", part))
        rows.extend(("detail", "", d) for d in entry.details if d)
    return rows


def _draw_caveats(canvas: Canvas, caveats: tuple[str, ...], width: float, height: float) -> None:
    """A draft's notice of the unverified facts it relies on, along the bottom edge."""
    canvas.saveState()
    canvas.setFillColor(WATERMARK_COLOUR)
    draw_line(canvas, caveats_line(caveats), width / 2, 13.5 * mm, SANS, 7, align="center", max_width=width - 30 * mm)
    canvas.restoreState()


def _draw_frame(canvas: Canvas, width: float, height: float) -> None:
    """A sober double rule around the page, as on a diploma."""
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.2)
    canvas.rect(9 * mm, 9 * mm, width - 18 * mm, height - 18 * mm)
    canvas.setLineWidth(0.4)
    canvas.rect(11 * mm, 11 * mm, width - 22 * mm, height - 22 * mm)
    canvas.restoreState()


def _draw_signature_rule(canvas: Canvas, template: Template) -> None:
    """A short hairline above the signatory's name, where the signature goes."""
    name = template.elements.get("signatory_name")
    if name is None:
        return
    half = min(name.max_width or 60.0, 60.0) * mm / 2
    centre = {"left": name.x * mm + half, "right": name.x * mm - half}.get(name.align, name.x * mm)
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.3)
    y = name.y * mm + name.size * 1.4
    canvas.line(centre - half, y, centre + half, y)
    canvas.restoreState()
