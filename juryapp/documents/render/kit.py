"""Canvas helpers shared by every document: one-line text that never wraps, the draft
watermark, the seal (QR code and short code) and the PDF metadata.

Contract: `draw_line` draws its string whole on one line, shrinking the font (never below
`MIN_SIZE`) to stay within the width it is given, so text extraction finds it whole.
"""

from __future__ import annotations

import functools
import math

from PIL import Image
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..data import DRAFT_WATERMARK, Meta, TitleInfo
from .fonts import SANS_BOLD, register_fonts, text_width
from .templates import Element

MIN_SIZE = 5.0
WRAP_BELOW = 0.75  # a two-line element wraps rather than shrink below 75 % of its size
INK = Color(0.08, 0.08, 0.12)
GREY = Color(0.45, 0.45, 0.5)
WATERMARK_COLOUR = Color(0.75, 0.1, 0.1)


def fitted_size(text: str, font: str, size: float, max_width: float | None) -> float:
    """The largest size ≤ `size` at which `text` fits in `max_width` points (None: no limit)."""
    if not max_width or not text:
        return size
    width = text_width(text, font, size)
    if width <= max_width:
        return size
    return max(MIN_SIZE, math.floor(size * max_width / width * 10) / 10)


def draw_line(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    font: str,
    size: float,
    *,
    align: str = "left",
    max_width: float | None = None,
) -> float:
    """Draw `text` on one line with its baseline at (x, y) points; return the size used."""
    register_fonts()
    used = fitted_size(text, font, size, max_width)
    canvas.setFont(font, used)
    if align == "center":
        canvas.drawCentredString(x, y, text)
    elif align == "right":
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)
    return used


def element_lines(element: Element, text: str) -> list[str]:
    """The lines `text` is drawn on at a template "text" element: one, unless the element allows
    two (`max_lines`: 2) and one line would shrink below WRAP_BELOW of its size, in which case
    the text is cut at the space that best balances the two lines. A "\n" in `text` is where a
    two-line element breaks (a one-line element draws a space there)."""
    if "\n" in text:
        head, _, tail = text.partition("\n")
        if element.max_lines >= 2:
            return [head, tail.replace("\n", " ")]
        text = text.replace("\n", " ")
    max_width = element.max_width * mm if element.max_width else None
    size = fitted_size(text, element.font, element.size, max_width)
    words = text.split(" ")
    if element.max_lines < 2 or size >= element.size * WRAP_BELOW or len(words) < 2:
        return [text]
    cuts = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    best = min(cuts, key=lambda c: max(text_width(part, element.font, 1.0) for part in c))
    return list(best)


def draw_element(canvas: Canvas, element: Element, text: str) -> float:
    """Draw a template "text" element (mm coordinates) with `text` on its `element_lines`,
    all at the same size, the first on the anchor's baseline; return the size used."""
    max_width = element.max_width * mm if element.max_width else None
    lines = element_lines(element, text)
    size = min(fitted_size(line, element.font, element.size, max_width) for line in lines)
    pitch = element.leading * mm if element.leading else size * 1.2
    for i, line in enumerate(lines):
        y = element.y * mm - i * pitch
        draw_line(canvas, line, element.x * mm, y, element.font, size, align=element.align)
    return size


def draw_watermark(canvas: Canvas, width: float, height: float) -> None:
    """The large diagonal, semi-transparent « PROJET — NON VALIDÉ » across a page of that size."""
    register_fonts()
    angle = math.degrees(math.atan2(height, width))
    span = 0.78 * math.hypot(width, height)
    size = min(90.0, span / text_width(DRAFT_WATERMARK, SANS_BOLD, 1.0))
    canvas.saveState()
    canvas.setFillColor(WATERMARK_COLOUR)
    canvas.setFillAlpha(0.18)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(angle)
    canvas.setFont(SANS_BOLD, size)
    canvas.drawCentredString(0, -size * 0.35, DRAFT_WATERMARK)
    canvas.restoreState()


def draw_qr(canvas: Canvas, text: str, x: float, y: float, side: float) -> None:
    """A QR code of `text` filling the square of `side` points whose bottom-left is (x, y).

    Drawn as one bitmap image (one module per pixel, scaled without smoothing) rather than
    thousands of small rectangles: smaller files, faster printing and text extraction.
    """
    canvas.drawImage(ImageReader(_qr_image(text)), x, y, side, side)


@functools.lru_cache(maxsize=256)
def _qr_image(text: str) -> Image.Image:
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    count = code.getModuleCount()
    quiet = 2
    image = Image.new("1", (count + 2 * quiet, count + 2 * quiet), 1)
    pixels = image.load()
    assert pixels is not None
    for row in range(count):
        for column in range(count):
            if code.isDark(row, column):
                pixels[column + quiet, row + quiet] = 0
    return image.resize((image.width * 8, image.height * 8), Image.Resampling.NEAREST)


def set_metadata(canvas: Canvas, meta: Meta, title: TitleInfo, author: str) -> None:
    """Title, author and subject of the PDF, as a document manager lists them."""
    canvas.setTitle(document_title(meta))
    canvas.setAuthor(author)
    canvas.setSubject(document_subject(meta, title))
    canvas.setCreator("juryapp")


def document_title(meta: Meta) -> str:
    """« Parchemin — Jeanne MARTIN », or the session reference for a session document."""
    who = meta.candidate or f"session {meta.session_ref}"
    draft = " (projet)" if meta.draft else ""
    return f"{meta.label} — {who}{draft}"


def document_subject(meta: Meta, title: TitleInfo) -> str:
    return f"Titre professionnel {title.name} ({title.code}) — session {meta.session_ref}"
