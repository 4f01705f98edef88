"""A small table of a form with one editor per cell (the candidates' prior CCPs and titles held,
the jurors' conflicts of interest), rows added and taken out by buttons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTableWidget, QWidget

from juryapp.gui.context import tr
from juryapp.gui.text_limits import limit_length


class CellTable(QObject):
    """A small table of a form, one editor per cell (an editable combo or a line), rows added and
    taken out by buttons. `columns`: (header, kind, choices) with kind "combo", "choice" or "line".
    Tab goes from the table through its editors, row by row, to `after`; the row being edited is
    the table's current row (the one « Enlever » takes out)."""

    edited = Signal()

    def __init__(
        self,
        table: QTableWidget,
        what: str,
        columns: Sequence[tuple[str, str, Sequence[tuple[str, Any]]]],
        after: QWidget | None = None,
    ):
        super().__init__(table)
        self.table = table
        self._what = what
        self._columns = list(columns)
        self._after = after
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels([header for header, _kind, _choices in columns])
        table.verticalHeader().setVisible(False)
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(True)
        table.setHorizontalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        height = max(QComboBox().sizeHint().height(), QLineEdit().sizeHint().height())
        table.verticalHeader().setDefaultSectionSize(height + 2)

    def set_choices(self, column: int, choices: Sequence[tuple[str, Any]]) -> None:
        header, kind, _old = self._columns[column]
        self._columns[column] = (header, kind, list(choices))

    def rows(self) -> list[list[Any]]:
        """Each row's values (a combo's data, else its text), rows left empty skipped."""
        found = []
        for row in range(self.table.rowCount()):
            values = [self._value(self.table.cellWidget(row, column)) for column in range(len(self._columns))]
            if any(value not in ("", None) for value in values):
                found.append(values)
        return found

    def load(self, rows: Sequence[Sequence[Any]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values, focus=False)
        self._chain()

    def add_row(self, values: Sequence[Any] = (), *, focus: bool = True) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, (header, kind, choices) in enumerate(self._columns):
            value = values[column] if column < len(values) else None
            editor = self._editor(kind, choices, value)
            editor.setToolTip(header)
            editor.installEventFilter(self)
            self.table.setCellWidget(row, column, editor)
        for column in range(len(self._columns) - 1):
            self.table.resizeColumnToContents(column)
        self._chain()
        if focus:
            self.table.setCurrentCell(row, 0)
            first = self.table.cellWidget(row, 0)
            if first is not None:
                first.setFocus()
            self.edited.emit()

    def remove_current(self) -> bool:
        row = self.table.currentRow()
        if row < 0:
            return False
        self.table.removeRow(row)
        self._chain()
        self.edited.emit()
        return True

    def _chain(self) -> None:
        """Name each editor by its row and column, and put them in the Tab order."""
        previous: QWidget = self.table
        for row in range(self.table.rowCount()):
            for column, (header, _kind, _choices) in enumerate(self._columns):
                editor = self.table.cellWidget(row, column)
                if editor is None:
                    continue
                editor.setAccessibleName(
                    tr("{what}, ligne {row}, {column}").format(what=self._what, row=row + 1, column=header)
                )
                QWidget.setTabOrder(previous, editor)
                previous = editor
        if self._after is not None and previous is not self.table:
            QWidget.setTabOrder(previous, self._after)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """An editor taking the focus makes its row the current one."""
        if event.type() == QEvent.Type.FocusIn:
            for row in range(self.table.rowCount()):
                for column in range(len(self._columns)):
                    if self.table.cellWidget(row, column) is watched:
                        self.table.setCurrentCell(row, column)
        return False

    def _editor(self, kind: str, choices: Sequence[tuple[str, Any]], value: Any) -> QWidget:
        if kind == "line":
            line = QLineEdit()
            limit_length(line, "text")
            line.setText("" if value is None else str(value))
            line.setCursorPosition(0)
            line.setFrame(False)
            line.textChanged.connect(self.edited)
            return line
        combo = QComboBox()
        combo.setEditable(kind == "combo")
        for label, data in choices:
            combo.addItem(label, data)
        index = combo.findData(value) if value is not None else -1
        if index >= 0:
            combo.setCurrentIndex(index)
        elif kind == "combo":
            combo.setCurrentText("" if value is None else str(value))
        combo.currentTextChanged.connect(self.edited)
        return combo

    @staticmethod
    def _value(widget: QWidget | None) -> Any:
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QComboBox):
            if widget.isEditable():
                text = widget.currentText().strip()
                index = widget.findText(text)
                return widget.itemData(index) if index >= 0 and widget.itemData(index) is not None else text
            return widget.currentData()
        return None
