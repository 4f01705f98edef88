"""Canvas helpers shared by every document: one-line text that never wraps, the draft
watermark, the seal (QR code and short code) and the PDF metadata.

Contract: `draw_line` draws its string whole on one line, shrinking the font (never below
`MIN_SIZE`) to stay within the width it is given, so text extraction finds it whole.

Every document is drawn on a `DocumentCanvas`: it records each string drawn, and, given a
`Sealer`, writes the seal into the PDF as it is saved (the seal signs the page streams just
drawn and checks the printed values against the strings just drawn: no second reading of the
PDF), then `finish_pdf` signs the file.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from ..data import DRAFT_WATERMARK, Meta, TitleInfo
from .fonts import SANS_BOLD, register_fonts, text_width
from .qr import qr_inline_image
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

    Drawn as one bitmap image rather than thousands of small rectangles: smaller files, faster
    printing and text extraction. Each module is 8×8 pixels (a viewer that smooths the image
    when it enlarges it keeps the edges sharp), with a quiet zone of two modules. The image is
    written in the page itself (an inline image: black and white pixels, one bit each,
    compressed), as it is encoded once per text, however many pages carry it.
    """
    canvas.addLiteral(f"q\n{fp_str(side)} 0 0 {fp_str(side)} {fp_str(x)} {fp_str(y)} cm\n{qr_inline_image(text)}\nQ")


def configure_reportlab() -> None:
    """ReportLab as every document is made with (juryapp.documents.render calls this once):

    - streams are compressed (Flate) and written as they are, without ReportLab's historical
      ASCII85 layer over them (7-bit-clean files, a quarter larger, slow to encode in pure
      Python): what a page shows and what a reader decodes from its streams do not change;
    - ReportLab writes every number of a page (coordinates, sizes, colours) through
      `reportlab.lib.rl_accel.fp_str`, and every string through `escapePDF`, in pure Python
      unless its optional C accelerator is installed; the same numbers and strings recur on
      every document: its modules are given the same functions, remembering what they wrote
      (`remembered_fp_str`, `remembered_escape`). The same text, sooner.
    """
    rl_config.useA85 = 0
    from reportlab.lib import rl_accel

    for name, pure, remembered in (
        ("fp_str", _PY_FP_STR, remembered_fp_str),
        ("escapePDF", _PY_ESCAPE, remembered_escape),
    ):
        if name in rl_accel._c_funcs:
            continue
        for module_name, module in list(sys.modules.items()):
            if module_name.startswith("reportlab.") and getattr(module, name, None) is pure:
                setattr(module, name, remembered)


_PY_FP_STR = fp_str
_PY_ESCAPE = escapePDF
_NUMBERS: dict[tuple[Any, ...], str] = {}
_ESCAPED: dict[Any, str] = {}
_REMEMBERED = 65536  # texts kept at most, per function


def remembered_fp_str(*numbers: Any) -> str:
    """ReportLab's fp_str, remembered: its text for these numbers, computed once."""
    try:
        return _NUMBERS[numbers]
    except KeyError:
        if len(_NUMBERS) >= _REMEMBERED:
            _NUMBERS.clear()
        text = _NUMBERS[numbers] = _PY_FP_STR(*numbers)
        return text
    except TypeError:  # a list (unhashable): as it is
        return _PY_FP_STR(*numbers)


def remembered_escape(text: Any) -> str:
    """ReportLab's escapePDF, remembered: the escaped form of this string (or bytes), once."""
    try:
        return _ESCAPED[text]
    except KeyError:
        if len(_ESCAPED) >= _REMEMBERED:
            _ESCAPED.clear()
        escaped = _ESCAPED[text] = _PY_ESCAPE(text)
        return escaped
    except TypeError:
        return _PY_ESCAPE(text)


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


class Sealer(Protocol):
    """What seals a document as it is rendered (juryapp.documents.seal.DocumentSeal)."""

    def entries(self, pages: Sequence[bytes], drawn: Sequence[str]) -> Mapping[str, str]:
        """The entries to add to the PDF's information dictionary, given each page's content
        stream (decoded) and every string drawn; raises when the document cannot be sealed."""
        ...

    def sign(self, pdf: bytes) -> bytes:
        """The saved PDF with its file signature filled in."""
        ...


_UNKNOWN_GLYPH = "\ufffd"


class DocumentCanvas(Canvas):
    """A ReportLab canvas that records the strings it draws (`drawn`: every string a text object
    writes, whole lines and paragraph lines alike, in drawing order) and, given a `sealer`, adds
    the seal to the PDF's information dictionary when it is saved.

    A character the font has no glyph for is recorded as U+FFFD: it would not be read back from
    the page either.
    """

    def __init__(self, *args: Any, sealer: Sealer | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.drawn: list[str] = []
        self.sealer = sealer

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:  # noqa: N802
        return _RecordingText(self, x, y, direction=direction)

    def save(self) -> None:
        if self.sealer is not None:
            pages = [_page_content(page) for page in self._doc.Pages.pages]
            self._doc.info = _InfoWith(self._doc.info, self.sealer.entries(pages, self.drawn))
        super().save()


class _RecordingText(PDFTextObject):
    """A text object that records, on its DocumentCanvas, each string it writes."""

    def _formatText(self, text: str) -> str:  # noqa: N802 (ReportLab's name)
        if text:
            self._canvas.drawn.append(text if _PRINTABLE_ASCII.fullmatch(text) else _as_read(text, self._fontname))
        return super()._formatText(text)


def _as_read(text: str, font: str) -> str:
    """`text` as it can be read back from a page where it is drawn in `font`: a character without
    a glyph in it is lost (U+FFFD here). Every shipped face has all of printable ASCII."""
    glyphs = getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", None)
    if glyphs is None or set(map(ord, text)) <= glyphs.keys():
        return text
    return "".join(c if ord(c) in glyphs or c.isspace() else _UNKNOWN_GLYPH for c in text)


def _page_content(page: Any) -> bytes:
    """A page's content stream as a PDF reader decodes it (ReportLab compresses its UTF-8 bytes;
    an uncompressed stream is written in PDFDocEncoding)."""
    stream = page.stream
    if isinstance(stream, bytes):
        return stream
    return stream.encode("utf8") if page.compression else stream.encode("extpdfdoc")


class _InfoWith(pdfdoc.PDFInfo):
    """ReportLab's information dictionary, with more entries (text strings)."""

    def __init__(self, info: pdfdoc.PDFInfo, extra: Mapping[str, str]) -> None:
        super().__init__()
        self.__dict__.update(info.__dict__)
        self.extra = dict(extra)

    def format(self, document: Any) -> bytes:
        entries: dict[str, Any] = {
            "Title": pdfdoc.PDFString(self.title),
            "Author": pdfdoc.PDFString(self.author),
            "Producer": pdfdoc.PDFString(self.producer),
            "Creator": pdfdoc.PDFString(self.creator),
            "Subject": pdfdoc.PDFString(self.subject),
            "Keywords": pdfdoc.PDFString(self.keywords),
            "Trapped": pdfdoc.PDFName(self.trapped),
        }
        entries["ModDate"] = entries["CreationDate"] = pdfdoc.PDFDate(
            ts=document._timeStamp, dateFormatter=self._dateFormatter
        )
        plain = isinstance(document.encrypt, pdfdoc.NoEncryption)
        for name, value in self.extra.items():
            entries[name.lstrip("/")] = _text_string(value) if plain else pdfdoc.PDFString(value)
        return pdfdoc.PDFDictionary(entries).format(document)


_PRINTABLE_ASCII = re.compile(r"[ -~]*")


def _text_string(value: str) -> pdfdoc.PDFString:
    """ReportLab's PDF string of `value` in an unencrypted file; printable ASCII (the seal's JSON,
    its base64 signature) is escaped at once rather than character by character: same bytes."""
    if _PRINTABLE_ASCII.fullmatch(value):
        escaped = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return pdfdoc.PDFString(escaped.encode("ascii"), escape=0, enc="raw")
    return pdfdoc.PDFString(value)


def finish_pdf(pdf: bytes, sealer: Sealer | None) -> bytes:
    """The saved PDF, signed when it is sealed."""
    return pdf if sealer is None else sealer.sign(pdf)
