"""The planner's tables: the épreuves placed (one row per schedule entry, with its problems) and
the session's rooms, with the editors of their cells.

The schedule model holds the secretary's working copy, not the saved schedule: an edit that
would add a blocking problem (`operations.schedule.entry_problems`) is refused at once with the
French message (`refused`); every accepted edit is checked again as a whole
(`plan_problems`), and each row shows its problems. Saving is the dialog's business.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QTimeEdit,
    QWidget,
)

from juryapp.gui.context import SessionContext, tr
from juryapp.gui.text_limits import limit_length
from juryapp.model import ASSESSMENT_LABELS, ScheduleEntry
from juryapp.operations import schedule
from juryapp.operations.schedule import PlanProblem, Room
from juryapp.rules.wording import fold

STATE, FIXED, CANDIDATE, ASSESSMENT, CCP, ROOM, DAY, START, END, JURORS = range(10)
EDITABLE = frozenset({ROOM, DAY, START, END, JURORS})
NAME, OPENS, CLOSES = range(3)

SortRole = Qt.ItemDataRole.UserRole + 1
FilterRole = Qt.ItemDataRole.UserRole + 2
CandidateRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def _fold(text: str) -> str:
    """Lower case, without accents, apostrophes or hyphens: « N'Diaye » matches « ndiaye »."""
    return "".join(ch if ch.isalnum() or ch.isspace() else ("" if ch in "'’" else " ") for ch in fold(text))


# Colour is never the only signal: each state has its symbol and its words in the tooltip.
BLOCKING_STYLE = ("✖", "#b3261e", "#fde7e5")
WARNING_STYLE = ("⚠", "#7a5200", "#fff3d6")


def schedule_titles() -> dict[int, str]:
    return {
        STATE: tr("État"),
        FIXED: tr("Fixé"),
        CANDIDATE: tr("Candidat"),
        ASSESSMENT: tr("Épreuve"),
        CCP: tr("CCP"),
        ROOM: tr("Salle"),
        DAY: tr("Jour"),
        START: tr("Début"),
        END: tr("Fin"),
        JURORS: tr("Jurés"),
    }


def room_titles() -> dict[int, str]:
    return {NAME: tr("Salle"), OPENS: tr("Ouverture"), CLOSES: tr("Fermeture")}


def day_text(day: dt.date) -> str:
    """« lun. 07/12 » (a session lasts a few days: the year goes without saying)."""
    weekdays = (tr("lun."), tr("mar."), tr("mer."), tr("jeu."), tr("ven."), tr("sam."), tr("dim."))
    return f"{weekdays[day.weekday()]} {day:%d/%m}"


def clock_text(moment: dt.time | dt.datetime) -> str:
    return f"{moment:%H:%M}"


def _checked(value: Any) -> bool:
    return value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)


class ScheduleTableModel(QAbstractTableModel):
    """The working schedule: entries, the « fixé » marks the auto planner keeps, the problems."""

    refused = Signal(str)  # an edit refused: « Modification refusée : why », then one line per other reason
    entries_changed = Signal()  # entries, marks or problems moved

    def __init__(self, context: SessionContext, rooms: Sequence[Room], parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self.rooms: list[Room] = list(rooms)
        self.entries: list[ScheduleEntry] = []
        self.fixed: list[bool] = []
        self.problems: list[PlanProblem] = []
        self._by_row: dict[int, list[PlanProblem]] = {}
        self.editable = True
        self.load(context.state.data.schedule)

    # -- what the dialog asks ------------------------------------------------------------------

    def load(self, entries: Sequence[ScheduleEntry], fixed: Sequence[bool] | None = None) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.fixed = list(fixed) if fixed is not None else [False] * len(self.entries)
        self._check()
        self.endResetModel()
        self.entries_changed.emit()

    def set_rooms(self, rooms: Sequence[Room]) -> None:
        self.rooms = list(rooms)
        self.recheck()

    def recheck(self) -> None:
        """Check the whole working schedule again (the session or the rooms moved)."""
        self._check()
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, JURORS))
        self.entries_changed.emit()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.entries[row]
        del self.fixed[row]
        self._check()
        self.endRemoveRows()
        self.recheck()

    def kept(self) -> list[ScheduleEntry]:
        return [entry for entry, fixed in zip(self.entries, self.fixed, strict=True) if fixed]

    def blocking(self) -> list[PlanProblem]:
        return [p for p in self.problems if p.blocking]

    def row_problems(self, row: int) -> list[PlanProblem]:
        return self._by_row.get(row, [])

    def days(self) -> list[dt.date]:
        session = self._context.state.data.session
        return [session.start + dt.timedelta(days=n) for n in range((session.end - session.start).days + 1)]

    def juror_choices(self, candidate: str) -> list[tuple[str, str, bool]]:
        """(ref, name, in conflict with `candidate`) for each juror of the session."""
        return [
            (j.ref, j.display_name, j.conflict_with(candidate) is not None) for j in self._context.state.data.jurors
        ]

    def candidate_text(self, ref: str) -> str:
        candidate = self._context.state.data.candidate(ref)
        return f"{ref} — {candidate.display_name}" if candidate is not None else ref

    def _check(self) -> None:
        self.problems = schedule.plan_problems(self._context.state, self.rooms, self.entries)
        by_row: dict[int, list[PlanProblem]] = {}
        for problem in self.problems:
            for row in {problem.entry, problem.other} - {None}:
                assert row is not None
                by_row.setdefault(row, []).append(problem)
        self._by_row = by_row

    # -- the table -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else JURORS + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return schedule_titles()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self.editable and index.column() == FIXED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _text(self, entry: ScheduleEntry, column: int) -> str:
        return {
            CANDIDATE: self.candidate_text(entry.candidate),
            ASSESSMENT: tr(ASSESSMENT_LABELS.get(entry.assessment, entry.assessment)),
            CCP: entry.ccp or "—",
            ROOM: entry.room or tr("sans salle"),
            DAY: day_text(entry.start.date()),
            START: clock_text(entry.start),
            END: clock_text(entry.end),
            JURORS: ", ".join(entry.jurors) or tr("aucun"),
        }.get(column, "")

    def juror_names(self, entry: ScheduleEntry) -> str:
        """« J1 Claire Fontaine-Dumas, J2 Marc-Antoine Lefèbvre »."""
        names = {j.ref: j.display_name for j in self._context.state.data.jurors}
        return ", ".join(f"{ref} {names.get(ref, '')}".strip() for ref in entry.jurors)

    def _state(self, row: int) -> tuple[str, str, str] | None:
        problems = self.row_problems(row)
        if any(p.blocking for p in problems):
            return BLOCKING_STYLE
        return WARNING_STYLE if problems else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        entry = self.entries[row]
        state = self._state(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STATE:
                count = len(self.row_problems(row))
                return f"{state[0]} {count}" if state else "✔"
            return self._text(entry, column)
        if role == Qt.ItemDataRole.EditRole:
            return {
                ROOM: entry.room,
                DAY: entry.start.date(),
                START: entry.start.time(),
                END: entry.end.time(),
                JURORS: entry.jurors,
            }.get(column, self._text(entry, column))
        if role == Qt.ItemDataRole.CheckStateRole and column == FIXED:
            return Qt.CheckState.Checked if self.fixed[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and state is not None:
            return QBrush(QColor(state[1]))
        if role == Qt.ItemDataRole.BackgroundRole and state is not None:
            return QBrush(QColor(state[2]))
        if role == SortRole:
            return self._sort_key(row, column)
        if role == CandidateRole:
            return entry.candidate
        if role == FilterRole:
            words = [self._text(entry, c) for c in (CANDIDATE, ASSESSMENT, CCP, ROOM, DAY, START)]
            return _fold(" ".join([*words, self.juror_names(entry)]))
        return None

    def _tooltip(self, row: int, column: int) -> str:
        entry = self.entries[row]
        if column == FIXED:
            head = tr("Fixé : « Planifier automatiquement » garde cette épreuve telle quelle")
        elif column == JURORS:
            head = self.juror_names(entry) or tr("aucun juré")
        elif column == STATE:
            head = "" if self.row_problems(row) else tr("Aucun problème")
        else:
            head = self._text(entry, column)
        lines = [head] if head else []
        for problem in self.row_problems(row):
            mark = BLOCKING_STYLE[0] if problem.blocking else WARNING_STYLE[0]
            lines.append(f"{mark} {problem.message}")
        return "\n".join(lines)

    def _sort_key(self, row: int, column: int) -> Any:
        entry = self.entries[row]
        when = f"{entry.start:%Y-%m-%dT%H:%M} {fold(entry.room)} {entry.candidate}"
        if column in (DAY, START):
            return when
        if column == END:
            return f"{entry.end:%Y-%m-%dT%H:%M} {entry.candidate}"
        if column == STATE:
            state = self._state(row)
            return f"{0 if state is BLOCKING_STYLE else 1 if state else 2} {when}"
        if column == FIXED:
            return f"{0 if self.fixed[row] else 1} {when}"
        return f"{fold(self._text(entry, column))} {when}"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        row, column = index.row(), index.column()
        if column == FIXED and role == Qt.ItemDataRole.CheckStateRole:
            self.fixed[row] = _checked(value)
            self.dataChanged.emit(index, index, [role])
            self.entries_changed.emit()
            return True
        if role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        old = self.entries[row]
        new = self._edited(old, column, value)
        if new is None or new == old:
            return False
        refusal = self.refusal(row, new)
        if refusal is not None:
            self.refused.emit(refusal)
            return False
        self.entries[row] = new
        self.recheck()
        return True

    @staticmethod
    def _edited(entry: ScheduleEntry, column: int, value: Any) -> ScheduleEntry | None:
        """The entry with one cell changed; moving the start keeps the épreuve's duration."""
        if column == ROOM and isinstance(value, str):
            return dataclasses.replace(entry, room=value.strip())
        if column == DAY and isinstance(value, dt.date):
            return dataclasses.replace(
                entry,
                start=dt.datetime.combine(value, entry.start.time()),
                end=dt.datetime.combine(value, entry.end.time()),
            )
        if column == START and isinstance(value, dt.time):
            start = dt.datetime.combine(entry.start.date(), value)
            return dataclasses.replace(entry, start=start, end=start + (entry.end - entry.start))
        if column == END and isinstance(value, dt.time):
            return dataclasses.replace(entry, end=dt.datetime.combine(entry.start.date(), value))
        if column == JURORS and isinstance(value, list | tuple):
            return dataclasses.replace(entry, jurors=tuple(str(ref) for ref in value))
        return None

    def refusal(self, row: int, new: ScheduleEntry) -> str | None:
        """Why putting `new` at `row` is refused, one French line per blocking problem it would
        add (those the entry already had do not stop fixing another of its cells), or None."""
        state, rooms = self._context.state, self.rooms
        before = {
            (p.code, p.message)
            for p in schedule.entry_problems(state, rooms, self.entries, self.entries[row], row)
            if p.blocking
        }
        added = [
            p.message
            for p in schedule.entry_problems(state, rooms, self.entries, new, row)
            if p.blocking and (p.code, p.message) not in before
        ]
        if not added:
            return None
        reasons = list(dict.fromkeys(added))
        return "\n".join([tr("Modification refusée : {why}").format(why=reasons[0]), *reasons[1:]])


class ScheduleFilterModel(QSortFilterProxyModel):
    """Sorts on `SortRole`; keeps the rows whose words hold the needle (accents and case ignored)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SortRole)

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._needle = _fold(text).strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = _fold(text).strip()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        return self._needle in str(model.index(source_row, 0, source_parent).data(FilterRole) or "")


class RoomTableModel(QAbstractTableModel):
    """The session's rooms; each change goes to `commit` (which saves it) and shows only once accepted."""

    def __init__(self, rooms: Sequence[Room], commit: Callable[[list[Room]], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self.rooms: list[Room] = list(rooms)
        self._commit = commit
        self.editable = True

    def reset(self, rooms: Sequence[Room]) -> None:
        self.beginResetModel()
        self.rooms = list(rooms)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rooms)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else CLOSES + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return room_titles()[section]
        return None

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
        self.reset(rooms)
        return True


# -- the editors of the cells ------------------------------------------------------------------------


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
            if _checked((item := self._items.item(row)).data(Qt.ItemDataRole.CheckStateRole))
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
            ticked = _checked(item.data(Qt.ItemDataRole.CheckStateRole))
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


def _time_editor(parent: QWidget) -> QTimeEdit:
    editor = QTimeEdit(parent)
    editor.setDisplayFormat("HH:mm")
    return editor


def _as_time(editor: QTimeEdit) -> dt.time:
    chosen = editor.time()
    return dt.time(chosen.hour(), chosen.minute())


def _show_time(editor: QTimeEdit, value: Any) -> None:
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
            editor = _time_editor(parent)
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
            _show_time(editor, value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, JurorsEditor):
            model.setData(index, editor.selected())
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
            model.setData(index, dt.date.fromisoformat(value) if index.column() == DAY else value)
        elif isinstance(editor, QTimeEdit):
            model.setData(index, _as_time(editor))
        else:
            super().setModelData(editor, model, index)


class RoomDelegate(QStyledItemDelegate):
    """A name held to its limits, or a time."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == NAME:
            name = QLineEdit(parent)
            limit_length(name, "name")
            name.setAccessibleName(tr("Nom de la salle"))
            return name
        editor = _time_editor(parent)
        editor.setAccessibleName(room_titles()[index.column()])
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QTimeEdit):
            _show_time(editor, index.data(Qt.ItemDataRole.EditRole))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QTimeEdit):
            model.setData(index, _as_time(editor))
        elif isinstance(editor, QLineEdit):
            model.setData(index, " ".join(editor.text().split()))
        else:
            super().setModelData(editor, model, index)
