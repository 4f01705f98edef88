"""The session's rooms in the planner: their table (each change saved at once by the dialog, shown
only once accepted) and the editors of its cells."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QTimeEdit, QWidget

from juryapp.gui.context import tr, tr_noop
from juryapp.gui.dialog_common import Index, RowsModel
from juryapp.gui.schedule_editors import show_time, time_editor, typed_time
from juryapp.gui.schedule_model import clock_text
from juryapp.gui.text_limits import limit_length
from juryapp.operations.schedule import Room

NAME, OPENS, CLOSES = range(3)


def room_titles() -> dict[int, str]:
    return {column: tr(title) for column, title in RoomTableModel.TITLES.items()}


class RoomTableModel(RowsModel):
    """The session's rooms; each change goes to `commit` (which saves it) and shows only once accepted."""

    TITLES = {NAME: tr_noop("Salle"), OPENS: tr_noop("Ouverture"), CLOSES: tr_noop("Fermeture")}

    def __init__(self, rooms: Sequence[Room], commit: Callable[[list[Room]], bool], parent: Any = None) -> None:
        super().__init__(rooms, parent)
        self._commit = commit
        self.editable = True

    @property
    def rooms(self) -> list[Room]:
        return self.rows

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        room = self.rooms[index.row()]
        value: Any = (room.name, room.opens, room.closes)[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return value if isinstance(value, str) else clock_text(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        room = self.rooms[index.row()]
        field = ("name", "opens", "closes")[index.column()]
        if getattr(room, field) == value:
            return False
        rooms = list(self.rooms)
        rooms[index.row()] = dataclasses.replace(room, **{field: value})
        return self.change(rooms)

    def change(self, rooms: list[Room]) -> bool:
        """Save `rooms` in place of the current list; False (nothing shown) when refused."""
        if not self._commit(rooms):
            return False
        self.load(rooms)
        return True


class RoomDelegate(QStyledItemDelegate):
    """A name held to its limits, or a time."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == NAME:
            name = QLineEdit(parent)
            limit_length(name, "name")
            name.setAccessibleName(tr("Nom de la salle"))
            return name
        editor = time_editor(parent)
        editor.setAccessibleName(room_titles()[index.column()])
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QTimeEdit):
            show_time(editor, index.data(Qt.ItemDataRole.EditRole))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QTimeEdit):
            model.setData(index, typed_time(editor))
        elif isinstance(editor, QLineEdit):
            model.setData(index, " ".join(editor.text().split()))
        else:
            super().setModelData(editor, model, index)
