"""Platypus building blocks for the session documents: styles, one-line cells, tables with a
repeated header row, key/value blocks and signature boxes.

Contract: a `OneLine` is drawn whole on one line, shrinking to its cell's width, so strings
reported by `printed_fields` are never split; `Paragraph`s (free text) may wrap.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .fonts import SANS, SANS_BOLD, register_fonts
from .kit import INK, fitted_size

HEADER_FILL = Color(0.86, 0.88, 0.92)
RULE = Color(0.55, 0.57, 0.62)
STRIPE = Color(0.965, 0.97, 0.98)

register_fonts()
BODY = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=11.5, textColor=INK)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
CAVEAT = ParagraphStyle("caveat", parent=BODY, fontSize=8, leading=10, textColor=Color(0.7, 0.1, 0.1))
SECTION = ParagraphStyle(
    "section", parent=BODY, fontName=SANS_BOLD, fontSize=10.5, leading=13, spaceBefore=5 * mm, spaceAfter=2 * mm
)


# Every table starts from an embedded font: a string cell (even an empty one) is otherwise drawn
# in ReportLab's default Helvetica, a base-14 font the PDF would reference without embedding.
EMBEDDED_FONT = ("FONT", (0, 0), (-1, -1), SANS, 8)


class OneLine(Flowable):
    """A string drawn whole on one line, shrunk (never wrapped) to the width it is given."""

    def __init__(self, text: str, *, font: str = SANS, size: float = 8.5, align: str = "left") -> None:
        super().__init__()
        self.text, self.font, self.size, self.align = text, font, size, align
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.size * 1.25

    def draw(self) -> None:
        size = fitted_size(self.text, self.font, self.size, self._width)
        self.canv.setFont(self.font, size)
        self.canv.setFillColor(INK)
        y = (self.size * 1.25 - size) / 2 + size * 0.2
        if self.align == "center":
            self.canv.drawCentredString(self._width / 2, y, self.text)
        elif self.align == "right":
            self.canv.drawRightString(self._width, y, self.text)
        else:
            self.canv.drawString(0, y, self.text)


_PARSED: dict[tuple[str, str], tuple[ParagraphStyle, list[Any]]] = {}


def _paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """ReportLab's Paragraph of `markup`; the same text in the same style is parsed once (its
    fragments are read, never changed, by the paragraphs that share them)."""
    key = (markup, style.name)
    parsed = _PARSED.get(key)
    if parsed is not None:
        return Paragraph(markup, parsed[0], frags=parsed[1])
    paragraph = Paragraph(markup, style)
    if len(_PARSED) >= 4096:
        _PARSED.clear()
    _PARSED[key] = (paragraph.style, paragraph.frags)
    return paragraph


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """Free text that may wrap (escaped: data never becomes markup)."""
    return _paragraph(escape(text), style)


def section(text: str) -> Paragraph:
    return _paragraph(escape(text), SECTION)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    row_height: float | None = None,
) -> Table:
    """A ruled table whose header row repeats on every page; cells are strings or flowables."""
    head = [OneLine(h, font=SANS_BOLD, size=8) for h in header]
    body = [[para(c, SMALL) if isinstance(c, str) else c for c in row] for row in rows]
    heights = [None] + [row_height] * len(body) if row_height else None
    table = Table([head, *body], colWidths=list(widths), rowHeights=heights, repeatRows=1, hAlign="LEFT")
    style = [
        EMBEDDED_FONT,
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), STRIPE) for i in range(2, len(body) + 1, 2)]
    table.setStyle(TableStyle(style))
    return table


def key_values(pairs: Sequence[tuple[str, str]], width: float, *, one_line: bool = True) -> Table:
    """Label / value rows; values are `OneLine`s (drawn whole) unless `one_line` is False."""
    label_width = 47 * mm
    rows = [
        [OneLine(label, font=SANS_BOLD, size=8.5), OneLine(value, size=9) if one_line else para(value)]
        for label, value in pairs
    ]
    table = Table(rows, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                EMBEDDED_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, HEADER_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 1 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8 * mm),
            ]
        )
    )
    return table


def signature_boxes(
    title: str,
    people: Sequence[tuple[str, str]],
    width: float,
    *,
    height: float = 20 * mm,
    lead: Sequence[Flowable] = (),
) -> KeepTogether:
    """A titled row of boxes, one per person (name, quality, room to sign), kept on one page
    together with the `lead` flowables (e.g. the sentence the signatures attest)."""
    per_row = 4
    column = width / min(per_row, max(len(people), 2))
    tables: list[Flowable] = [section(title), *lead]
    for start in range(0, len(people), per_row):
        chunk = people[start : start + per_row]
        rows = [
            [OneLine(name, font=SANS_BOLD, size=9) for name, _ in chunk],
            [OneLine(quality, size=8) for _, quality in chunk],
            ["" for _ in chunk],
        ]
        table = Table(rows, colWidths=[column] * len(chunk), rowHeights=[None, None, height], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [EMBEDDED_FONT]
                + [("BOX", (i, 0), (i, -1), 0.5, RULE) for i in range(len(chunk))]
                + [
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("LINEBELOW", (0, 1), (-1, 1), 0.25, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
                ]
            )
        )
        tables += [table, Spacer(1, 2 * mm)]
    return KeepTogether(tables)


def bullet_list(items: Sequence[str]) -> list[Flowable]:
    return [_paragraph(f"• {escape(item)}", BODY) for item in items] or [para("Néant.")]


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


__all__ = [
    "BODY",
    "CAVEAT",
    "SMALL",
    "OneLine",
    "bullet_list",
    "data_table",
    "gap",
    "key_values",
    "para",
    "section",
    "signature_boxes",
]
