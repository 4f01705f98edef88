"""« Aide › Raccourcis clavier »: every shortcut of the window, as its one registry declares them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from juryapp.gui.actions import ShortcutRow
from juryapp.gui.context import tr

PLACE, COMMAND, KEYS = range(3)


class ShortcutsDialog(QDialog):
    """Lists `rows` (menu, command, keys), in the order given; read-only."""

    help_page = "conduire-la-session"

    def __init__(self, rows: Sequence[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Raccourcis clavier"))
        intro = QLabel(
            tr(
                "Les commandes des menus s'atteignent aussi avec Alt et la lettre soulignée de leur nom. "
                "F1 ouvre la page du guide du panneau affiché."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setAccessibleName(tr("Raccourcis clavier"))
        self.table.setHorizontalHeaderLabels([tr("Menu ou panneau"), tr("Commande"), tr("Touches")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        for row, line in enumerate(rows):
            for column, text in ((PLACE, line.place), (COMMAND, line.label), (KEYS, line.keys)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMMAND, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._fit_to_screen()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)

    def _fit_to_screen(self) -> None:
        """As tall as the list asks, never larger than the screen's free area."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        header = self.table.horizontalHeader()
        # Each column as wide as its longest text (the commands' column stretches, so its
        # current length says nothing), plus the scroll bar and the margins.
        width = sum(
            max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(self.table.columnCount())
        )
        width += self.table.verticalScrollBar().sizeHint().width() + 60
        height = self.table.verticalHeader().length() + self.table.horizontalHeader().height() + 160
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, int(free.width() * 0.9)), min(height, int(free.height() * 0.9))
        self.resize(max(width, 560), height)

    def shortcut_texts(self) -> list[tuple[str, str, str]]:
        """The rows as shown: (menu or panel, command, keys)."""
        return [
            (self._text(row, PLACE), self._text(row, COMMAND), self._text(row, KEYS))
            for row in range(self.table.rowCount())
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
