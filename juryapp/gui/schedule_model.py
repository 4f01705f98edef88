"""The planner's table of the épreuves placed: one row per schedule entry, with its problems (the
rooms are `schedule_rooms`, the editors of the cells `schedule_editors`).

The schedule model holds the secretary's working copy, not the saved schedule: an edit that
would add a blocking problem (`operations.schedule.entry_problems`) is refused at once with the
French message (`refused`); every accepted edit is checked again as a whole
(`plan_problems`), and each row shows its problems. Saving is the dialog's business.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from juryapp.gui.context import SessionContext, tr
from juryapp.gui.filtering import fold_words
from juryapp.model import ASSESSMENT_LABELS, ScheduleEntry
from juryapp.operations import schedule
from juryapp.operations.schedule import PlanProblem, Room
from juryapp.rules.wording import fold

STATE, FIXED, CANDIDATE, ASSESSMENT, CCP, ROOM, DAY, START, END, JURORS = range(10)
EDITABLE = frozenset({ROOM, DAY, START, END, JURORS})

SortRole = Qt.ItemDataRole.UserRole + 1
FilterRole = Qt.ItemDataRole.UserRole + 2
CandidateRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

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


def day_text(day: dt.date) -> str:
    """« lun. 07/12 » (a session lasts a few days: the year goes without saying)."""
    weekdays = (tr("lun."), tr("mar."), tr("mer."), tr("jeu."), tr("ven."), tr("sam."), tr("dim."))
    return f"{weekdays[day.weekday()]} {day:%d/%m}"


def clock_text(moment: dt.time | dt.datetime) -> str:
    return f"{moment:%H:%M}"


def is_checked(value: Any) -> bool:
    """Whether a check state (as Qt gives it, enum or int) is « checked »."""
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
            return fold_words(" ".join([*words, self.juror_names(entry)]))
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
            self.fixed[row] = is_checked(value)
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
