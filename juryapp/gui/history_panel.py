"""Every version recorded for one candidate, newest first: who, when, what, why, and what became of it.

Nothing is ever erased from a session: a decision replaced or revoked stays in this list with
its reason, which is what the jury shows when asked how a result came about.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from juryapp.gui.context import SessionContext, tr, tr_noop
from juryapp.gui.style import make_heading
from juryapp.model import ASSESSMENT_LABELS, ATTENDANCE_LABELS, AWARD_LABELS, CCP_DECISION_LABELS
from juryapp.operations.sessions import VersionRecord

WHEN, SUBJECT, VALUE, STATE = range(4)
HEADERS = (tr_noop("Date et auteur"), tr_noop("Objet"), tr_noop("Valeur"), tr_noop("État et motif"))
RecordRole = Qt.ItemDataRole.UserRole + 1
INACTIVE_COLOUR = QColor("#5f6368")
REVOKED_COLOUR = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


def fr_stamp(text: str | None) -> str:
    """An ISO time stamp as dd/mm/yyyy HH:MM (the text itself when it is not one)."""
    if not text:
        return ""
    try:
        return dt.datetime.fromisoformat(text).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return text


def fr_day(text: str | None) -> str:
    if not text:
        return tr("date non indiquée")
    try:
        return dt.date.fromisoformat(text).strftime("%d/%m/%Y")
    except ValueError:
        return text


def subject(record: VersionRecord) -> str:
    """What the version is about: « Résultat de CCP — CCP2 », « Observation — CP1, … »."""
    label = tr(record.label)
    values = record.values
    if record.table == "results":
        return f"{label} — {values['ccp']}"
    if record.table == "evaluations":
        kind = tr(ASSESSMENT_LABELS.get(values["assessment"], values["assessment"]))
        return f"{label} — {values['competency']}, {kind}"
    return label


def summary(record: VersionRecord, juror_names: dict[str, str] | None = None) -> str:
    """The content of the version, in French; jurors by name when `juror_names` knows them."""
    values = record.values
    names = juror_names or {}
    jurors = ", ".join(names.get(ref, ref) for ref in values.get("jurors") or [])
    if record.table == "attendance":
        return tr(ATTENDANCE_LABELS.get(values["attendance"], values["attendance"])).lower()
    if record.table == "evaluations":
        return str(values["observation"])
    if record.table == "final_interviews":
        text = tr("tenu le {day} (jurés {jurors})").format(day=fr_day(values["held_on"]), jurors=jurors)
        return text + (f" — {values['notes']}" if values.get("notes") else "")
    labels = CCP_DECISION_LABELS if record.table == "results" else AWARD_LABELS
    text = tr(labels.get(values["decision"], values["decision"]))
    if values.get("justification"):
        text += f" : {values['justification']}"
    return text + " " + tr("(jurés {jurors})").format(jurors=jurors)


def state_text(record: VersionRecord) -> str:
    """« courante », « remplacée » or « révoquée le … par … : motif »."""
    if record.revoked_at:
        text = tr("révoquée le {when} par {who}").format(when=fr_stamp(record.revoked_at), who=record.revoked_by)
        return text + (f" : {record.revocation_reason}" if record.revocation_reason else "")
    return tr("courante") if record.current else tr("remplacée")


class HistoryTableModel(QAbstractTableModel):
    """Read-only versions of one candidate, newest first; `RecordRole` gives the VersionRecord."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[VersionRecord] = []
        self._juror_names: dict[str, str] = {}

    def set_records(self, records: list[VersionRecord], juror_names: dict[str, str] | None = None) -> None:
        """Show `records` (as `sessions.history` returns them, oldest first) newest first."""
        self.beginResetModel()
        self._records = list(reversed(records))
        self._juror_names = dict(juror_names or {})
        self.endResetModel()

    def record(self, row: int) -> VersionRecord:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(HEADERS):
                return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(record, column)
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.revoked_at:
                return REVOKED_COLOUR if column == STATE else INACTIVE_COLOUR
            return None if record.current else INACTIVE_COLOUR
        return None

    def _text(self, record: VersionRecord, column: int) -> str:
        if column == WHEN:
            return f"{fr_stamp(record.recorded_at)}\n" + tr("par {who}").format(who=record.recorded_by)
        if column == SUBJECT:
            return subject(record)
        if column == VALUE:
            return summary(record, self._juror_names)
        if column == STATE:
            reason = f"\n{tr('Motif')} : {record.reason}" if record.reason else ""
            return state_text(record) + reason
        return ""


class HistoryPanel(QWidget):
    """The history of the candidate given to `show_candidate`, refreshed when it changes."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._ref: str | None = None
        self.model = HistoryTableModel(self)
        self._heading = QLabel(self)
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        make_heading(self._heading)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Historique des décisions du candidat"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)  # the longest texts get the room
        average = self.table.fontMetrics().averageCharWidth()
        for column, characters in ((SUBJECT, 20), (STATE, 13)):  # « courante », « remplacée » are short
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, characters * average)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # what does not fit is in the tooltip
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._empty = QLabel(self)
        self._empty.setAccessibleName(tr("État de l'historique"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._empty)
        layout.addWidget(self.table, 1)
        self._connect_signals()
        self.show_candidate(None)

    def _connect_signals(self) -> None:
        self._context.changed.connect(self._on_changed)

    def _on_changed(self, refs: list[str]) -> None:
        if self._ref in refs:
            self.show_candidate(self._ref)

    def show_candidate(self, ref: str | None) -> None:
        self._ref = ref
        candidate = self._context.state.data.candidate(ref) if ref else None
        if candidate is None:
            self._heading.setText(tr("Historique"))
            self.model.set_records([])
            self._empty.setText(tr("Choisissez un candidat dans la liste."))
            self._empty.show()
            return
        self._heading.setText(tr("Historique — {name} ({ref})").format(name=candidate.display_name, ref=candidate.ref))
        names = {juror.ref: juror.display_name for juror in self._context.state.data.jurors}
        self.model.set_records(self._context.history(candidate.ref), names)
        self._empty.setText(tr("Rien n'a encore été enregistré pour ce candidat."))
        self._empty.setVisible(self.model.rowCount() == 0)
