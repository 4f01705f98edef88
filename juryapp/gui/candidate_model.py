"""The candidate list: one row per candidate with pathway, attendance, outcome and blockers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from juryapp import operations
from juryapp.gui.context import SessionContext, tr, tr_noop
from juryapp.gui.wording import finding_text, progress_text
from juryapp.model import ATTENDANCE_LABELS, PATHWAY_LABELS, Candidate
from juryapp.operations.sessions import Outcome, finding_label
from juryapp.rules.progress import Progress
from juryapp.rules.progress import progress_of_all as rules_progress
from juryapp.rules.wording import fold

REF, NAME, PATHWAY, ATTENDANCE, PROGRESS, OUTCOME = range(6)
COLUMN_TITLES = {
    REF: tr_noop("Réf."),
    NAME: tr_noop("Candidat"),
    PATHWAY: tr_noop("Parcours"),
    ATTENDANCE: tr_noop("Présence"),
    PROGRESS: tr_noop("Avancement"),
    OUTCOME: tr_noop("Résultat"),
}


CandidateRefRole = Qt.ItemDataRole.UserRole + 1
OutcomeRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

# Colour is never the only signal: every state has its text (and symbol) too.
_STATE_STYLE = {
    "blocked": ("✖", "#b3261e", "#fde7e5"),
    "parchemin": ("✔", "#1e6b34", "#e3f4e6"),
    "livret": ("◐", "#7a5200", "#fff3d6"),
    "none": ("○", "#4a4a4a", None),
    "pending": ("…", "#1f4e8c", None),
    "away": ("—", "#595959", None),
}

Index = QModelIndex | QPersistentModelIndex


def progress_of_all(context: SessionContext, refs: Iterable[str] | None = None) -> dict[str, Progress]:
    """Every candidate's progress (or only `refs`'), as the rules read it from the session's records."""
    state = context.state
    return rules_progress(state.data, state.referentiels, state.outcomes, refs)


def outcome_state(candidate: Candidate, outcome: Outcome) -> str:
    if candidate.attendance != "present":
        return "away"
    if outcome.blockers:
        return "blocked"
    if outcome.document in ("parchemin", "livret"):
        return outcome.document
    if "pending" in (outcome.title, outcome.ccs):
        return "pending"
    return "none"


def outcome_text(candidate: Candidate, outcome: Outcome) -> str:
    state = outcome_state(candidate, outcome)
    if state == "away":
        return tr(ATTENDANCE_LABELS[candidate.attendance])
    if state == "blocked":
        more = f" (+{len(outcome.blockers) - 1})" if len(outcome.blockers) > 1 else ""
        return tr("Bloqué : {what}").format(what=tr(finding_label(outcome.blockers[0]))) + more
    if state == "parchemin":
        return tr("Parchemin (CCS attribué)") if outcome.ccs == "awarded" else tr("Parchemin (titre attribué)")
    if state == "livret":
        obtained = ", ".join(outcome.ccps_obtained)
        return tr("Livret ({ccps})").format(ccps=obtained)
    if state == "pending":
        return tr("En attente de décision")
    return tr("Aucun CCP obtenu")


class CandidateTableModel(QAbstractTableModel):
    """Read-only view of the session's candidates and their outcomes, refreshed on `changed`."""

    def __init__(self, context: SessionContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._candidates = list(context.state.data.candidates)
        self._rows = {c.ref: row for row, c in enumerate(self._candidates)}
        self._progress = progress_of_all(context)
        self._cache: dict[tuple[int, int, int], Any] = {}
        self._context.changed.connect(self._on_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._candidates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMN_TITLES[section])
        return None

    def candidate_at(self, row: int) -> Candidate:
        return self._candidates[row]

    def row_of(self, ref: str) -> int:
        return self._rows.get(ref, -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._candidates):
            return None
        key = (index.row(), index.column(), role)
        if key in self._cache:
            return self._cache[key]
        value = self._data(index.row(), index.column(), role)
        self._cache[key] = value
        return value

    def display_texts(self, row: int) -> tuple[str, tuple[str, ...]]:
        """The ref of `row`'s candidate and the text each column shows for it (as `data` does)."""
        candidate = self._candidates[row]
        outcome = self._context.state.outcomes[candidate.ref]
        role = Qt.ItemDataRole.DisplayRole
        return candidate.ref, tuple(
            str(self._text(candidate, outcome, column, role) or "") for column in range(len(COLUMN_TITLES))
        )

    def _data(self, row: int, column: int, role: int) -> Any:
        candidate = self._candidates[row]
        outcome = self._context.state.outcomes[candidate.ref]
        if role == CandidateRefRole:
            return candidate.ref
        if role == OutcomeRole:
            return outcome
        if role == Qt.ItemDataRole.EditRole and column == ATTENDANCE:
            return candidate.attendance
        if role in (Qt.ItemDataRole.DisplayRole, SortRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self._text(candidate, outcome, column, role)
            return _fold(value) if role == SortRole and isinstance(value, str) else value
        state = outcome_state(candidate, outcome)
        if role == Qt.ItemDataRole.ForegroundRole and column == OUTCOME:
            return QBrush(QColor(_STATE_STYLE[state][1]))
        if role == Qt.ItemDataRole.BackgroundRole and column == OUTCOME and _STATE_STYLE[state][2]:
            return QBrush(QColor(_STATE_STYLE[state][2]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(candidate, outcome, column)
        return None

    def _tooltip(self, candidate: Candidate, outcome: Outcome, column: int) -> str | None:
        """The cell's whole text (a narrow column elides it), with the findings under the result."""
        text = self._text(candidate, outcome, column, Qt.ItemDataRole.AccessibleTextRole)
        if column != OUTCOME:
            return str(text) if text else None
        lines = [str(text)] + [f"{f.code} : {finding_text(f)}" for f in outcome.blockers + outcome.warnings]
        return "\n".join(lines)

    def _text(self, candidate: Candidate, outcome: Outcome, column: int, role: int) -> Any:
        if column == REF:
            return candidate.ref
        if column == NAME:
            return candidate.display_name
        if column == PATHWAY:
            return tr(PATHWAY_LABELS[candidate.pathway])
        if column == ATTENDANCE:
            return tr(ATTENDANCE_LABELS[candidate.attendance])
        if column == PROGRESS:
            progress = self._progress[candidate.ref]
            return progress.rank if role == SortRole else progress_text(progress)
        if column == OUTCOME:
            state = outcome_state(candidate, outcome)
            text = outcome_text(candidate, outcome)
            if role == SortRole:
                return text
            count = len(outcome.warnings)
            warned = (tr(" · ⚠ 1 alerte") if count == 1 else tr(" · ⚠ {n} alertes").format(n=count)) if count else ""
            return f"{_STATE_STYLE[state][0]} {text}{warned}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ATTENDANCE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Attendance is set from the list, through the operations (versioned like the rest)."""
        if not index.isValid() or index.column() != ATTENDANCE or role != Qt.ItemDataRole.EditRole:
            return False
        if value not in ATTENDANCE_LABELS:
            return False
        candidate = self._candidates[index.row()]
        change = self._context.apply(
            operations.set_attendance,
            candidate.ref,
            value,
            describe=tr("Présence de {name}").format(name=candidate.display_name),
        )
        return change is not None

    def _on_changed(self, refs: list[str]) -> None:
        new = list(self._context.state.data.candidates)
        if len(refs) < len(new) and len(new) == len(self._candidates):
            self._progress.update(progress_of_all(self._context, refs))
        else:
            self._progress = progress_of_all(self._context)
        if [c.ref for c in new] != [c.ref for c in self._candidates]:
            self.beginResetModel()
            self._candidates = new
            self._rows = {c.ref: row for row, c in enumerate(new)}
            self._cache.clear()
            self.endResetModel()
            return
        self._candidates = new
        stale = {self.row_of(ref) for ref in refs}
        self._cache = {key: value for key, value in self._cache.items() if key[0] not in stale}
        for ref in refs:
            row = self.row_of(ref)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class CandidateFilterModel(QSortFilterProxyModel):
    """Type-to-filter on reference, name, pathway, progress and result, accents ignored; sorts by SortRole."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._needle = _fold(text.strip())
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = _fold(text.strip())
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        haystack = " ".join(
            str(model.data(model.index(source_row, column, source_parent)) or "")
            for column in (REF, NAME, PATHWAY, PROGRESS, OUTCOME)
        )
        return self._needle in _fold(haystack)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


def _fold(text: str) -> str:
    """Lower case, without accents, apostrophes or hyphens: « N'Diaye » matches « ndiaye »."""
    return "".join(ch if ch.isalnum() or ch.isspace() else ("" if ch in "'’" else " ") for ch in fold(text))
