"""The candidate list: one row per candidate with pathway, attendance, outcome and blockers."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from juryapp.gui.context import SessionContext, tr
from juryapp.model import ATTENDANCE_LABELS, PATHWAY_LABELS, Candidate
from juryapp.rules import Outcome

REF, NAME, PATHWAY, ATTENDANCE, OUTCOME, ISSUES = range(6)
COLUMN_TITLES = {
    REF: "Réf.",
    NAME: "Candidat",
    PATHWAY: "Parcours",
    ATTENDANCE: "Présence",
    OUTCOME: "Résultat",
    ISSUES: "Blocages et alertes",
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
    "away": ("—", "#6b6b6b", None),
}

Index = QModelIndex | QPersistentModelIndex


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
        return tr("Bloqué")
    if state == "parchemin":
        return (
            tr("Parchemin (CCS attribué)") if outcome.ccs == "awarded" else tr("Parchemin (titre attribué)")
        )
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
        self._context.changed.connect(self._on_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._candidates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMN_TITLES[section])
        return None

    def candidate_at(self, row: int) -> Candidate:
        return self._candidates[row]

    def row_of(self, ref: str) -> int:
        for row, candidate in enumerate(self._candidates):
            if candidate.ref == ref:
                return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._candidates):
            return None
        candidate = self._candidates[index.row()]
        outcome = self._context.state.outcomes[candidate.ref]
        column = index.column()
        if role == CandidateRefRole:
            return candidate.ref
        if role == OutcomeRole:
            return outcome
        if role in (Qt.ItemDataRole.DisplayRole, SortRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(candidate, outcome, column, role)
        state = outcome_state(candidate, outcome)
        if role == Qt.ItemDataRole.ForegroundRole and column in (OUTCOME, ISSUES):
            return QBrush(QColor(_STATE_STYLE[state][1]))
        if role == Qt.ItemDataRole.BackgroundRole and column == OUTCOME and _STATE_STYLE[state][2]:
            return QBrush(QColor(_STATE_STYLE[state][2]))
        if role == Qt.ItemDataRole.ToolTipRole and column in (OUTCOME, ISSUES):
            lines = [f"{f.code} : {f.message}" for f in outcome.blockers + outcome.warnings]
            return "\n".join(lines) or None
        return None

    def _text(self, candidate: Candidate, outcome: Outcome, column: int, role: int) -> Any:
        if column == REF:
            return candidate.ref
        if column == NAME:
            return candidate.display_name
        if column == PATHWAY:
            return tr(PATHWAY_LABELS[candidate.pathway])
        if column == ATTENDANCE:
            return tr(ATTENDANCE_LABELS[candidate.attendance])
        if column == OUTCOME:
            state = outcome_state(candidate, outcome)
            text = outcome_text(candidate, outcome)
            return text if role == SortRole else f"{_STATE_STYLE[state][0]} {text}"
        if column == ISSUES:
            if role == SortRole:
                return (len(outcome.blockers), len(outcome.warnings))
            parts = []
            if outcome.blockers:
                parts.append(tr("{n} blocage(s)").format(n=len(outcome.blockers)))
            if outcome.warnings:
                parts.append(tr("{n} alerte(s)").format(n=len(outcome.warnings)))
            labels = ", ".join(f.code for f in outcome.blockers)
            summary = " · ".join(parts)
            return f"{summary} — {labels}" if labels else summary
        return None

    def _on_changed(self, refs: list[str]) -> None:
        new = list(self._context.state.data.candidates)
        if [c.ref for c in new] != [c.ref for c in self._candidates]:
            self.beginResetModel()
            self._candidates = new
            self.endResetModel()
            return
        self._candidates = new
        for ref in refs:
            row = self.row_of(ref)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class CandidateFilterModel(QSortFilterProxyModel):
    """Type-to-filter on reference and name, accents ignored; sorts by SortRole."""

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
            for column in (REF, NAME, PATHWAY, OUTCOME)
        )
        return self._needle in _fold(haystack)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if isinstance(a, str) and isinstance(b, str):
            return _fold(a) < _fold(b)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


def _fold(text: str) -> str:
    """Lower case, without accents, apostrophes or hyphens: « N'Diaye » matches « ndiaye »."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = (ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(ch if ch.isalnum() or ch.isspace() else ("" if ch in "'’" else " ") for ch in kept)
