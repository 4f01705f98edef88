"""What the hand-off and archive dialogs share: the colour of what is wrong, fitting the screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QWidget

# The colour of a conflict or a deadline past (text says it too: never the colour alone).
CONFLICT_COLOUR = QColor("#b3261e")


def fit_to_screen(widget: QWidget, columns: int, lines: int) -> None:
    """Size `widget` for `columns` characters by `lines` text lines of its font, never beyond the
    screen's free room (1366×768 at 200 % leaves 683×384)."""
    metrics = widget.fontMetrics()
    width, height = metrics.averageCharWidth() * columns, metrics.height() * lines
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 24), min(height, room.height() - 48)
    widget.resize(max(width, widget.minimumSizeHint().width()), max(height, widget.minimumSizeHint().height()))
