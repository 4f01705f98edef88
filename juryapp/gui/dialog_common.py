"""What the secretariat's dialogs share (candidates, import, jurors, schedule): their colours, a
size that fits the screen, the « save, discard or stay » question, coloured list lines, a
read-only table of rows, and work run off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QThread,
    SignalInstance,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMessageBox, QWidget

from juryapp.gui.context import tr

# Colour is never the only signal: each line says its state in words (and a symbol) too.
RED, AMBER, GREEN = "#b3261e", "#7a5200", "#1e6b34"
NOTE_STYLE = f"color: {AMBER}"

Index = QModelIndex | QPersistentModelIndex

# Workers running off the GUI thread: kept referenced until their thread finishes.
_RUNNING: list[tuple[QThread, QObject]] = []


def room_on_screen(widget: QWidget) -> QSize | None:
    """The size a window of `widget` may take on its screen, frame and task bar left out
    (1366×768 at 200 % leaves 683×384); None without a screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    room = screen.availableGeometry()
    return QSize(room.width() - 24, room.height() - 48)


def keep_on_screen(dialog: QWidget) -> None:
    """As large as the form asks, never larger than the screen."""
    room = room_on_screen(dialog)
    if room is not None:
        dialog.resize(min(dialog.width(), room.width()), min(dialog.height(), room.height()))


def ask_to_save(parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
    """« Enregistrer », « Ne pas enregistrer » or « Annuler » (the default) about changes not saved."""
    return QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )


def add_line(items: QListWidget, text: str, colour: str, tooltip: str = "", data: Any = None) -> QListWidgetItem:
    """A line of `colour` at the end of `items`; its tooltip (`text` itself by default) and its data."""
    item = QListWidgetItem(text, items)
    item.setForeground(QBrush(QColor(colour)))
    item.setToolTip(tooltip or text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def line_texts(items: QListWidget) -> list[str]:
    """The lines of a list, as shown."""
    return [items.item(row).text() for row in range(items.count())]


def disconnect(signal: SignalInstance, slot: Any) -> None:
    """`signal` no longer calls `slot` (nothing when it already did not)."""
    try:
        signal.disconnect(slot)
    except (RuntimeError, TypeError):  # already disconnected
        pass


def start_worker(worker: QObject, ends: Sequence[SignalInstance], parent: QObject | None = None) -> QThread:
    """Run `worker.run()` on a thread of its own, which quits on any of `ends` (connect the
    worker's signals first: they are queued to the GUI thread). Without a `parent` the thread
    deletes itself once finished; the worker always does."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    for signal in ends:
        signal.connect(thread.quit)
    thread.started.connect(worker.run)  # type: ignore[attr-defined]
    thread.finished.connect(worker.deleteLater)
    entry = (thread, worker)
    _RUNNING.append(entry)
    thread.finished.connect(lambda: _RUNNING.remove(entry))
    if parent is None:
        thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread


class RowsModel(QAbstractTableModel):
    """A read-only table of `rows`, one a line, under the column `TITLES` (translated when shown;
    in the header's tooltip too with `HEADER_TOOLTIPS`, for columns that elide)."""

    TITLES: ClassVar[dict[int, str]] = {}
    HEADER_TOOLTIPS: ClassVar[bool] = False

    def __init__(self, rows: Sequence[Any] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = list(rows)

    def load(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole and self.HEADER_TOOLTIPS):
            return tr(self.TITLES[section])
        return None

    def row_at(self, index: Index) -> Any:
        """The row of `index`, None when it is not one of the table's."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]
