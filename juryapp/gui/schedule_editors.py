"""The editors of the planner's cells: a list of the rooms or of the session's days, a time, or
the session's jurors to tick (`JurorsEditor`); a choice in a list is committed at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QTimeEdit,
    QWidget,
)

from juryapp.gui.context import tr
from juryapp.gui.dialog_common import Index
from juryapp.gui.schedule_model import DAY, END, JURORS, ROOM, START, CandidateRole, day_text, is_checked

if TYPE_CHECKING:
    from juryapp.gui.schedule_model import ScheduleTableModel


class JurorsEditor(QComboBox):
    """The session's jurors to tick in a drop-down list (click or Space); shows the refs ticked."""

    def __init__(self, choices: Sequence[tuple[str, str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = QStandardItemModel(self)
        for ref, name, conflict in choices:
            text = f"{ref} — {name}" + (tr(" (en conflit avec le candidat)") if conflict else "")
            item = QStandardItem(text)
            item.setData(ref, Qt.ItemDataRole.UserRole)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
            self._items.appendRow(item)
        self.setModel(self._items)
        self.setAccessibleName(tr("Jurés de l'épreuve"))
        self.view().viewport().installEventFilter(self)
        self.view().installEventFilter(self)

    def selected(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for row in range(self._items.rowCount())
            if is_checked((item := self._items.item(row)).data(Qt.ItemDataRole.CheckStateRole))
        )

    def set_selected(self, refs: Sequence[str]) -> None:
        for row in range(self._items.rowCount()):
            item = self._items.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in refs
            item.setData(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        self.update()

    def _toggle(self, row: int) -> None:
        item = self._items.item(row)
        if item is not None:
            ticked = is_checked(item.data(Qt.ItemDataRole.CheckStateRole))
            item.setData(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.view()
        if watched is view.viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            index = view.indexAt(event.position().toPoint())  # type: ignore[attr-defined]
            if index.isValid():
                self._toggle(index.row())
            return True
        if watched is view and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space:  # type: ignore[attr-defined]
            self._toggle(view.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def paintEvent(self, event: Any) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = ", ".join(self.selected()) or tr("aucun juré")
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def time_editor(parent: QWidget) -> QTimeEdit:
    editor = QTimeEdit(parent)
    editor.setDisplayFormat("HH:mm")
    return editor


def typed_time(editor: QTimeEdit) -> dt.time:
    """The time an editor holds, to the minute."""
    chosen = editor.time()
    return dt.time(chosen.hour(), chosen.minute())


def show_time(editor: QTimeEdit, value: Any) -> None:
    if isinstance(value, dt.time):
        editor.setTime(QTime(value.hour, value.minute))


class ScheduleDelegate(QStyledItemDelegate):
    """A list of the rooms, of the session's days, a time, or the jurors to tick; a choice in a
    list is committed at once (a refusal is said by the model)."""

    def __init__(self, model: ScheduleTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == ROOM:
            rooms = QComboBox(parent)
            names = [room.name for room in self._model.rooms]
            current = str(index.data(Qt.ItemDataRole.EditRole) or "")
            for name in [*names, *([current] if current and current not in names else [])]:
                rooms.addItem(name, name)
            rooms.setAccessibleName(tr("Salle"))
            rooms.activated.connect(lambda _row: self._commit(rooms))
            return rooms
        if column == DAY:
            days = QComboBox(parent)
            for day in self._model.days():
                days.addItem(day_text(day), day.isoformat())
            days.setAccessibleName(tr("Jour"))
            days.activated.connect(lambda _row: self._commit(days))
            return days
        if column in (START, END):
            editor = time_editor(parent)
            editor.setAccessibleName(tr("Début") if column == START else tr("Fin"))
            return editor
        if column == JURORS:
            return JurorsEditor(self._model.juror_choices(str(index.data(CandidateRole))), parent)
        return super().createEditor(parent, option, index)

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, JurorsEditor):
            editor.set_selected(tuple(value or ()))
        elif isinstance(editor, QComboBox):
            wanted = value.isoformat() if isinstance(value, dt.date) else value
            editor.setCurrentIndex(max(0, editor.findData(wanted)))
        elif isinstance(editor, QTimeEdit):
            show_time(editor, value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, JurorsEditor):
            model.setData(index, editor.selected())
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
            model.setData(index, dt.date.fromisoformat(value) if index.column() == DAY else value)
        elif isinstance(editor, QTimeEdit):
            model.setData(index, typed_time(editor))
        else:
            super().setModelData(editor, model, index)
