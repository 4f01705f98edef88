"""The evaluation grid of one candidate and one CCP: competencies × épreuves; in each cell a mark
(« acquis », « en cours d'acquisition », « non acquis », « non évalué », or none) and the dated
observations written in it, each its own entry with its author.

The model records through `juryapp.operations.grid` (a mark keeps the observations, an
observation keeps the mark) and holds what was typed and not added yet (`pending`): a cell with
such a text says « Non enregistré » until it is added or dropped on purpose. The view sets marks
from the keyboard (1–4 or A/E/N/X, 0 to take the mark away, Space to go round them) and asks for
the entry editor with Enter or F2; marks inform the jury, they decide nothing.
"""

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
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextLayout,
)
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
from juryapp.gui.context import SessionContext, tr, tr_noop
from juryapp.gui.text_limits import editor_problem
from juryapp.model import ASSESSMENT_KINDS, ASSESSMENT_LABELS, MARK_LABELS, MARKS, Competency, Evaluation, Referentiel
from juryapp.model import ObservationEntry as Entry
from juryapp.operations import grid
from juryapp.rules.wording import fr_datetime
from juryapp.textcheck import text_problem

ERROR_STYLE = "color: #b3261e"
SAVED_STYLE = "color: #1e6b34"

COMPETENCY = 0  # the first column names the competency; the épreuves follow
FIRST_ASSESSMENT = 1

CompetencyRole = Qt.ItemDataRole.UserRole + 1
AssessmentRole = Qt.ItemDataRole.UserRole + 2
MarkRole = Qt.ItemDataRole.UserRole + 3  # the cell's mark code ("" for none)
EntriesRole = Qt.ItemDataRole.UserRole + 4  # its observations, oldest first (ObservationEntry)
PendingRole = Qt.ItemDataRole.UserRole + 5  # what was typed for it and not added ("" for nothing)

Index = QModelIndex | QPersistentModelIndex
Key = tuple[str, str]  # (competency, assessment)

DECISION_LABELS = {"acquis": tr_noop("✔ acquis"), "non_acquis": tr_noop("✘ non acquis"), None: tr_noop("à décider")}
MARK_COLOURS = {"acquis": "#1e6b34", "en_cours": "#7a5200", "non_acquis": "#b3261e", "non_evalue": "#5f6368"}
# The keys that give a focused cell its mark; 0 takes it away and Space goes round them all.
MARK_KEYS = {
    Qt.Key.Key_1: "acquis",
    Qt.Key.Key_A: "acquis",
    Qt.Key.Key_2: "en_cours",
    Qt.Key.Key_E: "en_cours",
    Qt.Key.Key_3: "non_acquis",
    Qt.Key.Key_N: "non_acquis",
    Qt.Key.Key_4: "non_evalue",
    Qt.Key.Key_X: "non_evalue",
    Qt.Key.Key_0: "",
    Qt.Key.Key_Delete: "",
}
MARK_CYCLE = ("", *MARKS)


def mark_label(mark: str) -> str:
    """« ✔ acquis », « – sans marque »: the symbol always with its word."""
    return grid.mark_text(mark, tr)


def entry_heading(entry: Entry) -> str:
    """« 09/12/2026 à 09:00 · Claire Fontaine-Dumas »; an entry of an older file may lack either."""
    parts = [fr_datetime(entry.at) if entry.at else "", entry.by]
    return " · ".join(part for part in parts if part) or tr("observation non datée")


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
    """The marks and observations of one candidate on one CCP, recorded through the operations.

    `saved(competency, assessment)` follows a recorded observation or mark, `refused(message)` a
    change that was not recorded (a typed text then stays pending in its cell, nothing is lost).
    `setData(index, text)` adds `text` as a new observation of its own; an empty text takes the
    whole cell back (its versions stay in the history).
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
        self._cells: dict[Key, Evaluation] = {}
        self._pending: dict[Key, str] = {}
        self._saving = False
        self._columns: tuple[str, ...] = self._kinds
        self._context.changed.connect(self._on_changed)
        self.set_candidate(candidate)

    @property
    def candidate(self) -> str | None:
        return self._candidate

    def set_candidate(self, ref: str | None, pending: dict[Key, str] | None = None) -> None:
        """Show `ref`'s cells; `pending` puts back texts typed and not added (drafts)."""
        self.beginResetModel()
        self._candidate = ref
        self._pending = {key: text for key, text in (pending or {}).items() if text.strip()}
        self._cells = self._read()
        self._columns = self._columns_for(self._cells)
        self.endResetModel()

    def _read(self) -> dict[Key, Evaluation]:
        codes = {cp.code for cp in self._competencies}
        return {
            (e.competency, e.assessment): e
            for e in self._context.state.data.evaluations
            if e.candidate == self._candidate and e.competency in codes
        }

    def _columns_for(self, cells: dict[Key, Evaluation]) -> tuple[str, ...]:
        """The référentiel's épreuves, plus any other one already written in: nothing is hidden."""
        extra = {kind for (_cp, kind) in (*cells, *self._pending) if kind not in self._kinds}
        return self._kinds + tuple(k for k in (*ASSESSMENT_KINDS, *sorted(extra)) if k in extra)

    def editable(self) -> bool:
        candidate = self._context.state.data.candidate(self._candidate) if self._candidate else None
        return candidate is not None and candidate.attendance == "present"

    def competency_at(self, row: int) -> Competency:
        return self._competencies[row]

    def competency_codes(self) -> tuple[str, ...]:
        return tuple(cp.code for cp in self._competencies)

    def assessment_at(self, column: int) -> str:
        return self._columns[column - FIRST_ASSESSMENT]

    def column_of(self, assessment: str) -> int:
        return self._columns.index(assessment) + FIRST_ASSESSMENT

    def key_of(self, index: Index) -> Key | None:
        """(competency, épreuve) of a cell of the épreuves' columns, None elsewhere."""
        if not index.isValid() or index.column() < FIRST_ASSESSMENT:
            return None
        return self._competencies[index.row()].code, self.assessment_at(index.column())

    def index_of(self, key: Key) -> QModelIndex:
        codes = self.competency_codes()
        if key[0] not in codes or key[1] not in self._columns:
            return QModelIndex()
        return self.index(codes.index(key[0]), self.column_of(key[1]))

    def entries(self, key: Key) -> tuple[Entry, ...]:
        return grid.cell_entries(self._cells.get(key))

    def mark(self, key: Key) -> str:
        cell = self._cells.get(key)
        return cell.mark if cell else ""

    def glance(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each competency's marks, for « CP1 ✔ CP2 ◐ CP3 ✘ CP4 – »."""
        return grid.ccp_marks(self._cells.values(), self._candidate or "", self.competency_codes(), self._columns)

    # -- what was typed and not added ---------------------------------------------------------

    def pending(self) -> dict[Key, str]:
        return dict(self._pending)

    def pending_text(self, key: Key) -> str:
        return self._pending.get(key, "")

    def set_pending(self, key: Key, text: str) -> None:
        """Keep `text` as typed and not added for the cell ("" or blanks: nothing is pending)."""
        before = self._pending.get(key, "")
        if text.strip():
            self._pending[key] = text
        else:
            self._pending.pop(key, None)
        if self._pending.get(key, "") != before:
            index = self.index_of(key)
            if index.isValid():
                self.dataChanged.emit(index, index)

    # -- Qt's model ---------------------------------------------------------------------------

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
            flags |= Qt.ItemFlag.ItemIsEditable  # « may be written in »: marks and new observations
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._competencies):
            return None
        competency = self._competencies[index.row()]
        if role == CompetencyRole:
            return competency.code
        if index.column() == COMPETENCY:
            return self._competency_data(competency, role)
        kind = self.assessment_at(index.column())
        key = (competency.code, kind)
        if role == AssessmentRole:
            return kind
        if role == MarkRole:
            return self.mark(key)
        if role == EntriesRole:
            return self.entries(key)
        pending = self._pending.get(key)
        if role == PendingRole:
            return pending or ""
        entries = self.entries(key)
        if role == Qt.ItemDataRole.EditRole:
            return pending or ""
        if role == Qt.ItemDataRole.DisplayRole:
            if pending is not None:
                return tr("⚠ Non enregistré : {text}").format(text=pending)
            return entries[-1].text if entries else ""
        label = tr(ASSESSMENT_LABELS.get(kind, kind))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{competency.code} — {label}", tr("Marque : {mark}").format(mark=mark_label(self.mark(key)))]
            lines += [f"\n{entry_heading(e)}\n{e.text}" for e in entries]
            if pending is not None:
                lines.append("\n" + tr("⚠ Non enregistré (brouillon) :") + f"\n{pending}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = tr("{cp}, {assessment} : marque {mark} ; {count} observation(s)").format(
                cp=competency.code, assessment=label, mark=tr(MARK_LABELS[self.mark(key)]), count=len(entries)
            )
            if entries:
                said += " ; " + tr("dernière : {text}").format(text=entries[-1].text)
            return said + (" ; " + tr("brouillon non enregistré") if pending is not None else "")
        if role == Qt.ItemDataRole.ForegroundRole and pending is not None:
            return QBrush(QColor("#b3261e"))
        return None

    def _competency_data(self, competency: Competency, role: int) -> Any:
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
            flag = "" if competency.verified else " " + tr("(non vérifiée)")
            return f"{competency.code} {competency.name}{flag}"
        if role == Qt.ItemDataRole.ForegroundRole and not competency.verified:
            return QBrush(QColor("#7a5200"))
        return None

    # -- recording ----------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Add `value` as a new observation of the cell (an empty value takes the cell back);
        False when refused: the text then stays pending in the cell."""
        if role != Qt.ItemDataRole.EditRole:
            return False
        key = self.key_of(index)
        if key is None or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        text = str(value or "").strip()
        if text:
            return self.add_entry(key, text)
        if key not in self._cells:
            self.set_pending(key, "")
            return True
        describe = tr("Observation {cp} ({assessment}) de {ref}").format(
            cp=key[0], assessment=tr(ASSESSMENT_LABELS.get(key[1], key[1])), ref=self._candidate
        )
        where = {"competency": key[0], "assessment": key[1]}
        recorded = self._apply(key, operations.withdraw, "evaluations", self._candidate, describe=describe, **where)
        if recorded:
            self.set_pending(key, "")
        return recorded

    def add_entry(self, key: Key, text: str) -> bool:
        """Record `text` as the cell's new observation, dated, by the operator; True when recorded
        (the pending text goes), False when refused (it stays pending, `refused` says why)."""
        text = text.strip()
        problem = text_problem(text, "text") or (None if text else tr("observation vide : rien à ajouter"))
        if problem is not None:
            self.set_pending(key, text)
            self.refused.emit(problem)
            return False
        describe = tr("Observation {cp} ({assessment}) de {ref}").format(
            cp=key[0], assessment=tr(ASSESSMENT_LABELS.get(key[1], key[1])), ref=self._candidate
        )
        recorded = self._apply(key, grid.add_observation, self._candidate, *key, text, describe=describe)
        self.set_pending(key, "" if recorded else text)
        return recorded

    def set_mark(self, key: Key, mark: str) -> bool:
        """Give the cell `mark` ("" takes it away); True when recorded or already so."""
        if self.mark(key) == mark:
            return True
        describe = tr("Marque {cp} ({assessment}) de {ref} : {mark}").format(
            cp=key[0], assessment=tr(ASSESSMENT_LABELS.get(key[1], key[1])), ref=self._candidate, mark=mark_label(mark)
        )
        return self._apply(key, grid.set_mark, self._candidate, *key, mark, describe=describe)

    def _apply(self, key: Key, operation: Any, *args: Any, **kwargs: Any) -> bool:
        if self._saving or self._candidate is None:
            return False
        self._saving = True
        try:
            change = self._context.apply(operation, *args, **kwargs)
        finally:
            self._saving = False
        index = self.index_of(key)
        if change is None:
            if index.isValid():
                self.dataChanged.emit(index, index)
            self.refused.emit(self._context.last_error or tr("modification annulée"))
            return False
        self._cells = self._read()  # the context has emitted `changed` already; read now in any case
        if index.isValid():
            self.dataChanged.emit(index, index)
        self.saved.emit(*key)
        return True

    def _on_changed(self, refs: list[str]) -> None:
        if self._candidate not in refs:
            return
        cells = self._read()
        columns = self._columns_for(cells)
        if not set(columns) <= set(self._columns):  # a column only appears
            self.beginResetModel()
            self._cells, self._columns = cells, columns
            self.endResetModel()
            return
        self._cells = cells
        # the attendance may have changed the flags too: refresh every cell
        if self.rowCount() and self.columnCount() > FIRST_ASSESSMENT:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


UNVERIFIED_FLAG = " ⚠"  # after a competency's name when no official source confirms it


def _lines(text: str, font: QFont, width: int, count: int, keep: str = "") -> list[str]:
    """`text` wrapped to `width` on at most `count` lines, the last one elided when cut; a `keep`
    ending (« ⚠ ») stays on screen when the rest is cut."""
    metrics = QFontMetrics(font)
    flat = " ".join(text.split())
    if keep and flat.endswith(keep.strip()) and _line_count(flat, font, width) > count:
        cut = _lines(flat[: -len(keep.strip())], font, width - metrics.horizontalAdvance(keep), count)
        return [*cut[:-1], cut[-1].rstrip() + keep] if cut else cut
    layout = QTextLayout(flat, font)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) < count:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        start, length = line.textStart(), line.textLength()
        if len(lines) == count - 1:  # the last line shown takes the rest, cut with « … »
            lines.append(metrics.elidedText(flat[start:], Qt.TextElideMode.ElideRight, max(1, width)))
        else:
            lines.append(flat[start : start + length].rstrip())
    layout.endLayout()
    return lines


def _line_count(text: str, font: QFont, width: int) -> int:
    """How many lines `text` takes wrapped to `width`."""
    layout = QTextLayout(" ".join(text.split()), font)
    layout.beginLayout()
    count = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(1, width))
        count += 1
    layout.endLayout()
    return count


def wrapped_width(text: str, font: QFont, lines: int) -> int:
    """The narrowest width at which `text`, wrapped at its spaces, holds on `lines` lines (its
    longest word's width when even that is too many)."""
    metrics = QFontMetrics(font)
    flat = " ".join(text.split())
    low = max((metrics.horizontalAdvance(word) for word in flat.split(" ")), default=1)
    high = max(low, metrics.horizontalAdvance(flat) + 1)
    while low < high:
        middle = (low + high) // 2
        if _line_count(flat, font, middle) <= lines:
            high = middle
        else:
            low = middle + 1
    return high


class ObservationDelegate(QStyledItemDelegate):
    """Paints a cell: its mark (symbol, word, colour) over its latest observation, both cut to the
    cell with « … » (the tooltip has everything). A view that edits in place gets a multi-line
    editor for a *new* observation: Enter adds it, Shift+Enter starts a new line; leaving it
    keeps the text pending, never added.
    """

    CELL_LINES = 2
    EDITOR_LINES = 5
    PADDING = 6
    MARGIN = 4  # between a cell's text and its left and right edges

    def row_height(self, metrics: QFontMetrics) -> int:
        return metrics.lineSpacing() * self.CELL_LINES + self.PADDING

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), self.row_height(option.fontMetrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled else QPalette.ColorGroup.Disabled
        )
        plain = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        rect = opt.rect.adjusted(self.MARGIN, 2, -self.MARGIN, -2)
        line_height = opt.fontMetrics.lineSpacing()
        lines = max(1, rect.height() // line_height)
        painter.save()
        painter.setClipRect(opt.rect)
        top = rect.top()
        mark = index.data(MarkRole)
        if mark:
            bold = QFont(opt.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(plain if selected else QColor(MARK_COLOURS.get(mark, "#000000")))
            label = QFontMetrics(bold).elidedText(mark_label(mark), Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), top, rect.width(), line_height), Qt.AlignmentFlag.AlignVCenter, label)
            top += line_height
            lines -= 1
        count = len(index.data(EntriesRole) or ())
        if count > 1 and not index.data(PendingRole):
            text = tr("{count} obs. · {text}").format(count=count, text=text)
        if isinstance(foreground, QBrush) and not selected:
            painter.setPen(foreground.color())
        else:
            painter.setPen(plain)
        painter.setFont(opt.font)
        keep = UNVERIFIED_FLAG if index.column() == COMPETENCY else ""
        for line in _lines(text, opt.font, rect.width(), lines, keep) if lines > 0 and text else []:
            painter.drawText(QRect(rect.left(), top, rect.width(), line_height), Qt.AlignmentFlag.AlignVCenter, line)
            top += line_height
        painter.restore()

    # -- the in-place editor of a new observation ------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setAccessibleName(tr("Nouvelle observation"))
        editor.setToolTip(tr("Entrée : ajouter l'observation · Maj+Entrée : aller à la ligne · Échap : fermer"))
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
        editor.setPlainText(index.data(PendingRole) or "")  # a new entry: never the recorded text
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        text = editor.toPlainText()
        if editor.property("add"):  # Enter: the entry is added
            editor.setProperty("add", False)
            model.setData(index, text, Qt.ItemDataRole.EditRole)
        elif isinstance(model, EvaluationGridModel) and (key := model.key_of(index)) is not None:
            model.set_pending(key, text)  # left without Enter: kept, not added

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        height = max(rect.height(), editor.fontMetrics().lineSpacing() * self.EDITOR_LINES + 12)
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
                editor.setProperty("add", True)
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
            if event.key() == Qt.Key.Key_Escape:
                assert isinstance(editor, QPlainTextEdit)
                self.commitData.emit(editor)  # kept pending, not added
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(editor, event)


class EvaluationGridView(QTableView):
    """The grid. On a cell of an épreuve: 1–4 or A/E/N/X give its mark, 0 or Suppr takes it away,
    Space goes round the marks (recorded at once through the model); Enter, F2 or a double click
    ask for the observation editor (`entry_requested`; from a competency's name, for its first
    épreuve), or open the delegate's editor in the cell when `edits_in_place`. Titles wrap; rows
    keep one height.

    With `fits_competencies`, the competencies' column is served first (`fit_competency_column`):
    as wide as its longest name needs to be read whole on a row's lines, the épreuves sharing the
    rest, each keeping `ASSESSMENT_MIN_CHARS` characters; a name that still does not fit (very
    large text) is cut with « … », whole in its tooltip and its accessible text."""

    entry_requested = Signal(QModelIndex)
    ASSESSMENT_MIN_CHARS = 12
    COMPETENCY_MIN_SHARE = 0.4  # of the width, whatever the épreuves' columns ask for

    def __init__(
        self, parent: QWidget | None = None, *, edits_in_place: bool = False, fits_competencies: bool = False
    ) -> None:
        super().__init__(parent)
        self.edits_in_place = edits_in_place
        self.fits_competencies = fits_competencies

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.fit_competency_column)
            model.columnsInserted.connect(self.fit_competency_column)

    def competency_width(self) -> int:
        """The width the competencies' column asks for: every name whole on a row's lines."""
        model = self.model()
        delegate = self.itemDelegate()
        lines = delegate.CELL_LINES if isinstance(delegate, ObservationDelegate) else 1
        margin = 2 * ObservationDelegate.MARGIN + 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        font = self.font()
        names = [str(model.index(row, COMPETENCY).data() or "") for row in range(model.rowCount())] if model else []
        title = str(model.headerData(COMPETENCY, Qt.Orientation.Horizontal) or "") if model else ""
        widest = max((wrapped_width(name, font, lines) for name in names if name), default=0)
        return max(widest, wrapped_width(title, self.horizontalHeader().font(), 2) if title else 0) + margin + 1

    def fit_competency_column(self) -> None:
        """Give the competencies' column what it asks for first (see the class), within the width."""
        model = self.model()
        header = self.horizontalHeader()
        room = self.viewport().width()
        if not self.fits_competencies or model is None or header.count() <= FIRST_ASSESSMENT or room <= 0:
            return
        others = header.count() - FIRST_ASSESSMENT
        floor = self.fontMetrics().averageCharWidth() * self.ASSESSMENT_MIN_CHARS
        most = max(room - others * floor, round(room * self.COMPETENCY_MIN_SHARE))
        width = min(max(self.competency_width(), room // (others + 1)), most)
        if header.sectionSize(COMPETENCY) != width:
            header.resizeSection(COMPETENCY, width)

    def _ask_entry(self, index: QModelIndex) -> None:
        if self.edits_in_place:
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
        else:
            self.entry_requested.emit(index)

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
        tallest = min(tallest, 3 * metrics.lineSpacing())  # a narrow column cuts its title (tooltip)
        if header.minimumHeight() != tallest + margin:
            header.setMinimumHeight(tallest + margin)
            self.updateGeometries()
        delegate = self.itemDelegate()
        if isinstance(delegate, ObservationDelegate):
            self.verticalHeader().setDefaultSectionSize(delegate.row_height(self.fontMetrics()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_competency_column()
        self.fit_to_columns()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_competency_column()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        index = self.currentIndex()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if index.isValid() and plain and index.column() >= FIRST_ASSESSMENT:
            if key in MARK_KEYS or key == Qt.Key.Key_Space:
                model = self.model()
                if not isinstance(model, EvaluationGridModel):
                    return
                cell = model.key_of(index)
                if cell is not None and index.flags() & Qt.ItemFlag.ItemIsEditable:
                    mark = MARK_KEYS.get(key)
                    if mark is None:  # Space: the next mark round the cycle
                        current = index.data(MarkRole) or ""
                        mark = MARK_CYCLE[(MARK_CYCLE.index(current) + 1) % len(MARK_CYCLE)]
                    model.set_mark(cell, mark)
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and index.isValid():
            if index.column() == COMPETENCY:
                index = index.siblingAtColumn(FIRST_ASSESSMENT)
                self.setCurrentIndex(index)
            if index.isValid():
                self._ask_entry(index)
                return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.column() >= FIRST_ASSESSMENT:
            self.setCurrentIndex(index)
            self._ask_entry(index)
            return
        super().mouseDoubleClickEvent(event)
