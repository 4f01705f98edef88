"""The evaluation grid of one candidate and one CCP: competencies × épreuves, cells = observations."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from juryapp import operations
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.text_limits import editor_problem
from juryapp.model import ASSESSMENT_KINDS, ASSESSMENT_LABELS, Competency, Referentiel
from juryapp.textcheck import text_problem

ERROR_STYLE = "color: #b3261e"
SAVED_STYLE = "color: #1e6b34"

COMPETENCY = 0  # the first column names the competency; the épreuves follow
FIRST_ASSESSMENT = 1

CompetencyRole = Qt.ItemDataRole.UserRole + 1
AssessmentRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

DECISION_LABELS = {"acquis": "✔ acquis", "non_acquis": "✘ non acquis", None: "à décider"}


def assessment_kinds(context: SessionContext, ccp: str) -> tuple[str, ...]:
    """The épreuves that make the grid's columns (the entretien final has its own panel)."""
    state = context.state
    key = ccp if state.data.session.kind == "ccp" else "titre"
    listed = [a.kind for a in state.title.assessments.get(key, ()) if a.kind != "entretien_final"]
    return tuple(dict.fromkeys(listed)) or ("mise_en_situation",)


def clock_text() -> str:
    return dt.datetime.now().strftime("%H:%M")


def grid_rows(title: Referentiel, ccp: str) -> tuple[Competency, ...]:
    """The competencies of the CCP, and a row for the CCP as a whole when its list is incomplete
    or unconfirmed (DOMAIN.md §2): observations never wait for a complete référentiel."""
    certificate = title.certificate(ccp)
    rows = certificate.competencies if certificate else ()
    if title.competencies_incomplete(ccp):
        rows = (*rows, Competency(ccp, tr("Ensemble du {ccp} (liste des compétences incomplète)").format(ccp=ccp)))
    return rows


class EvaluationGridModel(QAbstractTableModel):
    """The observations of one candidate on one CCP; edits are recorded through the operations.

    `saved(competency, assessment)` follows a recorded edit, `refused(message)` an edit that was
    not recorded (its text stays in the cell, marked as not saved, until it is).
    """

    saved = Signal(str, str)
    refused = Signal(str)

    def __init__(
        self, context: SessionContext, ccp: str, candidate: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.ccp = ccp
        self._competencies: tuple[Competency, ...] = grid_rows(context.state.title, ccp)
        self._kinds = assessment_kinds(context, ccp)
        self._candidate: str | None = None
        self._observations: dict[tuple[str, str], str] = {}
        self._unsaved: dict[tuple[str, str], str] = {}
        self._saving = False
        self._columns: tuple[str, ...] = self._kinds
        self._context.changed.connect(self._on_changed)
        self.set_candidate(candidate)

    @property
    def candidate(self) -> str | None:
        return self._candidate

    def set_candidate(self, ref: str | None) -> None:
        self.beginResetModel()
        self._candidate = ref
        self._unsaved = {}
        self._observations = self._read()
        self._columns = self._columns_for(self._observations)
        self.endResetModel()

    def _read(self) -> dict[tuple[str, str], str]:
        codes = {cp.code for cp in self._competencies}
        return {
            (e.competency, e.assessment): e.observation
            for e in self._context.state.data.evaluations
            if e.candidate == self._candidate and e.competency in codes
        }

    def _columns_for(self, observations: dict[tuple[str, str], str]) -> tuple[str, ...]:
        """The référentiel's épreuves, plus any other one already observed: nothing is hidden."""
        extra = {kind for (_cp, kind), text in observations.items() if text and kind not in self._kinds}
        return self._kinds + tuple(k for k in (*ASSESSMENT_KINDS, *sorted(extra)) if k in extra)

    def editable(self) -> bool:
        candidate = self._context.state.data.candidate(self._candidate) if self._candidate else None
        return candidate is not None and candidate.attendance == "present"

    def competency_at(self, row: int) -> Competency:
        return self._competencies[row]

    def assessment_at(self, column: int) -> str:
        return self._columns[column - FIRST_ASSESSMENT]

    def column_of(self, assessment: str) -> int:
        return self._columns.index(assessment) + FIRST_ASSESSMENT

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._competencies)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_ASSESSMENT + len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == COMPETENCY:
                return tr("Compétence professionnelle")
            kind = self.assessment_at(section)
            return tr(ASSESSMENT_LABELS.get(kind, kind))
        if role == AssessmentRole and section >= FIRST_ASSESSMENT:
            return self.assessment_at(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= FIRST_ASSESSMENT and self.editable():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._competencies):
            return None
        competency = self._competencies[index.row()]
        if role == CompetencyRole:
            return competency.code
        if index.column() == COMPETENCY:
            flag = "" if competency.verified else " " + tr("(non vérifiée)")
            if role == Qt.ItemDataRole.DisplayRole:
                # A short mark keeps rows low; the tooltip and the accessible text say it in words.
                return f"{competency.code} — {competency.name}" + ("" if competency.verified else " ⚠")
            if role == Qt.ItemDataRole.ToolTipRole:
                note = (
                    ""
                    if competency.verified
                    else "\n" + tr("Compétence non confirmée par une source officielle (référentiel non vérifié).")
                )
                return f"{competency.code} — {competency.name}{note}"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{competency.code} {competency.name}{flag}"
            if role == Qt.ItemDataRole.ForegroundRole and not competency.verified:
                return QBrush(QColor("#7a5200"))
            return None
        kind = self.assessment_at(index.column())
        key = (competency.code, kind)
        if role == AssessmentRole:
            return kind
        stored = self._observations.get(key, "")
        unsaved = self._unsaved.get(key)
        if role == Qt.ItemDataRole.EditRole:
            return stored if unsaved is None else unsaved
        if role == Qt.ItemDataRole.DisplayRole:
            return stored if unsaved is None else tr("⚠ Non enregistré : {text}").format(text=unsaved)
        if role == Qt.ItemDataRole.ToolTipRole:
            label = tr(ASSESSMENT_LABELS.get(kind, kind))
            return f"{competency.code} — {label}\n{unsaved if unsaved is not None else stored}".rstrip()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            label = tr(ASSESSMENT_LABELS.get(kind, kind))
            return f"{competency.code}, {label} : " + (stored or tr("pas d'observation"))
        if role == Qt.ItemDataRole.ForegroundRole and unsaved is not None:
            return QBrush(QColor("#b3261e"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Record the observation of the cell; False when it was refused (it is then kept unsaved)."""
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        if self._saving or self._candidate is None:
            return False
        competency = self._competencies[index.row()].code
        kind = self.assessment_at(index.column())
        key = (competency, kind)
        text = str(value or "").strip()
        if text == self._observations.get(key, ""):
            self._unsaved.pop(key, None)
            self.dataChanged.emit(index, index)
            return True
        problem = text_problem(text, "text")
        if problem is not None:
            self._unsaved[key] = text
            self.dataChanged.emit(index, index)
            self.refused.emit(problem)
            return False
        label = tr(ASSESSMENT_LABELS.get(kind, kind))
        describe = tr("Observation {cp} ({assessment}) de {ref}").format(
            cp=competency, assessment=label, ref=self._candidate
        )
        self._saving = True
        try:
            if text:
                change = self._context.apply(
                    operations.record_observation,
                    self._candidate,
                    competency,
                    kind,
                    text,
                    describe=describe,
                )
            else:
                change = self._context.apply(
                    operations.withdraw,
                    "evaluations",
                    self._candidate,
                    competency=competency,
                    assessment=kind,
                    describe=describe,
                )
        finally:
            self._saving = False
        if change is None:
            self._unsaved[key] = text
            self.dataChanged.emit(index, index)
            self.refused.emit(self._context.last_error or tr("modification annulée"))
            return False
        self._unsaved.pop(key, None)
        self._observations[key] = text
        self.dataChanged.emit(index, index)
        self.saved.emit(competency, kind)
        return True

    def _on_changed(self, refs: list[str]) -> None:
        if self._candidate not in refs:
            return
        observations = self._read()
        columns = self._columns_for(observations)
        if not set(columns) <= set(self._columns):  # a column only appears: an editor may be open
            self.beginResetModel()
            self._observations, self._columns = observations, columns
            self.endResetModel()
            return
        self._observations = observations
        # the attendance may have changed the flags too: refresh every cell
        if self.rowCount() and self.columnCount() > FIRST_ASSESSMENT:
            self.dataChanged.emit(
                self.index(0, FIRST_ASSESSMENT), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )


class ObservationDelegate(QStyledItemDelegate):
    """A multi-line editor, taller than the cell. Enter validates, Shift+Enter starts a new line.

    A text over the limits (juryapp.textcheck) is said under the editor as it is typed, and Enter
    does not validate it.
    """

    EDITOR_LINES = 5
    CELL_LINES = 2  # an empty cell is as tall as two lines: a comfortable target
    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        lines = option.fontMetrics.lineSpacing() * self.CELL_LINES
        return QSize(hint.width(), max(hint.height(), lines) + self.PADDING)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setAccessibleName(tr("Observation du jury"))
        editor.setToolTip(tr("Entrée : valider · Maj+Entrée : aller à la ligne · Échap : annuler"))
        editor.textChanged.connect(lambda: self._show_problem(editor))
        return editor

    @staticmethod
    def _show_problem(editor: QPlainTextEdit) -> str | None:
        problem = editor_problem(editor, "text")
        if problem is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), problem, editor)
        return problem

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        lines = editor.fontMetrics().lineSpacing() * self.EDITOR_LINES + 12
        height = max(rect.height(), lines)
        parent = editor.parentWidget()
        top = rect.top()
        if parent is not None and top + height > parent.height():
            top = max(0, parent.height() - height)
        editor.setGeometry(rect.left(), top, rect.width(), height)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                assert isinstance(editor, QPlainTextEdit)
                if self._show_problem(editor) is not None:
                    return True  # the editor stays open with its text, the problem under it
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(editor, event)


class EvaluationGridView(QTableView):
    """The grid: Enter or F2 edits the current cell (a competency name moves to its first épreuve).

    Column titles wrap onto as many lines as their width needs, rows grow with their text.
    """

    def fit_to_columns(self) -> None:
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 4
        tallest = metrics.lineSpacing()
        for column in range(header.count()):
            text = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(1, header.sectionSize(column) - margin)
            box = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
            tallest = max(tallest, box.height())
        if header.minimumHeight() != tallest + margin:
            header.setMinimumHeight(tallest + margin)
            self.updateGeometries()
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_to_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if index.isValid() and index.column() == COMPETENCY:
                index = index.siblingAtColumn(FIRST_ASSESSMENT)
                self.setCurrentIndex(index)
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
                return
        super().keyPressEvent(event)
