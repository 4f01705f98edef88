"""Sizes relative to the user's font, so that 200 % text scaling enlarges everything alike."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font, `factor` times larger (never a fixed point size)."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def make_heading(widget: QWidget, factor: float = 1.3) -> None:
    """A panel heading: bold and a little larger than the text around it."""
    widget.setFont(scaled_font(widget, factor, bold=True))
