"""What the hand-off and archive dialogs share: the window they act for, the colour of what is
wrong, fitting the screen. Light on purpose: the window imports it at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStatusBar, QWidget

from juryapp.gui.context import SessionContext
from juryapp.gui.dialog_common import room_on_screen


class HandoffWindow(Protocol):
    """What the entry points need of the main window."""

    context: SessionContext

    def switch_to(self, path: Path) -> Any: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


def parent_of(window: HandoffWindow) -> QWidget | None:
    return window if isinstance(window, QWidget) else None


# The colour of a conflict or a deadline past (text says it too: never the colour alone).
CONFLICT_COLOUR = QColor("#b3261e")


def fit_to_screen(widget: QWidget, columns: int, lines: int) -> None:
    """Size `widget` for `columns` characters by `lines` text lines of its font, never beyond the
    screen's free room (1366×768 at 200 % leaves 683×384)."""
    metrics = widget.fontMetrics()
    width, height = metrics.averageCharWidth() * columns, metrics.height() * lines
    room = room_on_screen(widget)
    if room is not None:
        width, height = min(width, room.width()), min(height, room.height())
    widget.resize(max(width, widget.minimumSizeHint().width()), max(height, widget.minimumSizeHint().height()))
