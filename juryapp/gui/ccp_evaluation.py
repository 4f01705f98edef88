"""One CCP tab of the evaluation: the grid (marks and observations), the observations of the
chosen cell with the editor of a new one, then the jury's decision acquis / non acquis.

The grid's marks are set from the keyboard (1–4, A/E/N/X, 0, Space) or the « Marque » list;
they inform the jury and decide nothing. A new observation is typed in « Nouvelle observation »
and added with Enter (Shift+Enter: a new line) as an entry of its own, dated, with the
operator's name: it is never appended to an earlier one. What is typed and not added yet is
never lost: it stays in its cell (« Non enregistré »), is kept as a draft in the session file
(juryapp.operations.drafts) after a pause, and when the user leaves the candidate, the panel or
the file, and it is shown again on return. A CCP non acquis without a written reason is not
saved; the decision box says so and keeps what was typed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from juryapp.gui.autosave import Autosave, restored_text
from juryapp.gui.ccp_decision import CcpDecisionBox
from juryapp.gui.ccp_decision_form import Draft, ReasonEdit
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.evaluation_grid import (
    COMPETENCY,
    ERROR_STYLE,
    FIRST_ASSESSMENT,
    MARK_CYCLE,
    SAVED_STYLE,
    EvaluationGridModel,
    EvaluationGridView,
    Key,
    ObservationDelegate,
    clock_text,
    entry_heading,
    mark_label,
)
from juryapp.gui.text_limits import editor_problem
from juryapp.model import ASSESSMENT_LABELS, CcpResult
from juryapp.operations import drafts as kept_drafts
from juryapp.operations import grid

# Importers of juryapp.gui.ccp_evaluation find here what used to be defined here.
__all__ = ["DRAFT_PANEL", "CcpEvaluation", "Draft", "EntryEdit", "ReasonEdit"]

KEYS_STYLE = "color: #555"

# The panel part of the drafts' keys: « grille:C04:CCP2:CP5:mise_en_situation ».
DRAFT_PANEL = "grille"


class EntryEdit(QPlainTextEdit):
    """The editor of a new observation: Enter adds it (`submitted`), Shift+Enter starts a new
    line, Escape goes back to the grid (`escaped`) keeping the text."""

    submitted = Signal()
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        if enter:  # Shift+Enter: a new line, never a paragraph separator
            self.insertPlainText("\n")
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


def _label(text: str, parent: QWidget, buddy: QWidget | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


class CcpEvaluation(QWidget):
    """One CCP of the shown candidate: the grid, the chosen cell's observations and the jury's
    decision, each recorded as it is made.

    `summary_changed(text)` gives the tab's label (« CCP1 · ✔ acquis ») when the decision moves;
    `glance_changed(text)` the marks at a glance in words (« CP1 ✔ acquis · CP2 – sans marque »).
    """

    summary_changed = Signal(str)
    glance_changed = Signal(str)

    def __init__(self, context: SessionContext, ccp: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ccp = ccp
        self._bound: Key | None = None  # the cell whose new observation the editor holds
        self._loading = False
        self._typing_problem = False  # the status line says what is wrong with the text typed
        self._kept: dict[str, str] = {}  # draft key -> text kept in the file, for the shown candidate
        self._unkept: dict[tuple[str, str, str], str] = {}  # (candidate, cp, épreuve) -> text not kept

        certificate = context.state.title.certificate(ccp)
        name = (
            certificate.name
            if certificate
            else tr("absent du référentiel {code}").format(code=context.state.title.code)
        )
        self.name_label = _label(f"{ccp} — {name}", self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 1)
        self.name_label.setFont(font)
        self.glance_label = _label("", self, wrap=False)
        self.glance_label.setTextFormat(Qt.TextFormat.PlainText)
        self.glance_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._user_sized = False  # the user moved the splitter: the tab keeps their sizes
        self._balance_timer = QTimer(self)
        self._balance_timer.setSingleShot(True)
        self._balance_timer.setInterval(0)

        self.model = EvaluationGridModel(context, ccp, parent=self)
        self.view = EvaluationGridView(self, fits_competencies=True)
        self._grid_part = self._build_grid_part()
        self.entry_part = self._build_entry_part()
        # Typed and not added: kept as a draft after a pause, and when the window sweeps its drafts.
        self._drafts_autosave = Autosave(self, self._keep_shown, keep=self.keep_drafts)
        self.decision_box = CcpDecisionBox(context, ccp, self)
        # The decision's controls, reached from the tab as before the box had a class of its own.
        self.acquis_radio = self.decision_box.acquis_radio
        self.non_acquis_radio = self.decision_box.non_acquis_radio
        self.undecided_radio = self.decision_box.undecided_radio
        self.justification_edit = self.decision_box.justification_edit
        self.jurors = self.decision_box.jurors
        self.status_label = self.decision_box.status_label

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        for part, stretch in ((self._grid_part, 3), (self.entry_part, 2), (self.decision_box, 0)):
            self.splitter.addWidget(part)
            self.splitter.setStretchFactor(self.splitter.indexOf(part), stretch)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.name_label)
        layout.addWidget(self.splitter, 1)
        self._connect_signals()
        self.set_candidate(None)

    def _build_grid_part(self) -> QWidget:
        """The grid, its title with the marks at a glance, and the status line under it."""
        self.view.setModel(self.model)
        self.view.setItemDelegate(ObservationDelegate(self.view))
        self.view.setAccessibleName(tr("Grille d'évaluation du {ccp}").format(ccp=self.ccp))
        self.view.setTabKeyNavigation(False)  # Tab leaves the grid; the arrows move between cells
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 3)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The competencies' names come first: their column is as wide as they ask (`fit_competency_column`).
        header.setSectionResizeMode(COMPETENCY, QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        grid_label = _label(tr("&Grille"), self, self.view, wrap=False)
        help_text = tr(
            "Sur une cellule : 1 ou A acquis, 2 ou E en cours d'acquisition, 3 ou N non acquis, "
            "4 ou X non évalué, 0 ou Suppr sans marque, Espace : marque suivante ; Entrée ou F2 : "
            "écrire une nouvelle observation. Les marques éclairent le jury ; elles ne décident rien."
        )
        grid_label.setToolTip(help_text)
        self.view.setAccessibleDescription(help_text)
        # Under the grid: what was just recorded or refused, else the keys to use.
        self.grid_status = _label("", self)
        self.grid_status.setToolTip(help_text)
        self.grid_status.setAccessibleName(tr("État de l'enregistrement de la grille"))

        grid_part = QWidget(self)
        grid_layout = QVBoxLayout(grid_part)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.setSpacing(2)
        grid_head = QHBoxLayout()
        grid_head.addWidget(grid_label)
        grid_head.addWidget(self.glance_label, 1)
        grid_layout.addLayout(grid_head)
        grid_layout.addWidget(self.view, 1)
        grid_layout.addWidget(self.grid_status)
        return grid_part

    def _build_entry_part(self) -> QWidget:
        """The chosen cell: its name and mark, its observations, the editor of a new one."""
        part = QWidget(self)
        self.cell_label = _label("", part, wrap=False)
        self.cell_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cell_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.mark_combo = QComboBox(part)
        for mark in MARK_CYCLE:
            self.mark_combo.addItem(mark_label(mark), mark)
        self.mark_combo.setAccessibleName(tr("Marque de la cellule"))
        self.entries_view = QTextBrowser(part)
        self.entries_view.setAccessibleName(tr("Observations de la cellule"))
        self.entries_view.setMinimumHeight(self.entries_view.fontMetrics().lineSpacing() * 2 + 8)
        self.entry_edit = EntryEdit(part)
        self.entry_edit.setTabChangesFocus(True)
        self.entry_edit.setAccessibleName(tr("Nouvelle observation"))
        self.entry_edit.setPlaceholderText(tr("Entrée : ajouter · Maj+Entrée : à la ligne"))
        self.entry_edit.setToolTip(
            tr(
                "Entrée : ajouter l'observation à la cellule, datée et à votre nom · Maj+Entrée : aller à la "
                "ligne · Échap : revenir à la grille (le texte est gardé)"
            )
        )
        self.entry_edit.setMinimumHeight(self.entry_edit.fontMetrics().lineSpacing() * 2 + 10)
        self.add_button = QPushButton(tr("A&jouter"), part)
        self.add_button.setToolTip(tr("Ajouter l'observation saisie à la cellule, datée et à votre nom"))

        top = QHBoxLayout()
        top.addWidget(self.cell_label, 1)
        top.addWidget(_label(tr("Ma&rque :"), part, self.mark_combo, wrap=False))
        top.addWidget(self.mark_combo)
        new_entry = QVBoxLayout()
        new_entry.setSpacing(2)
        new_entry.addWidget(_label(tr("Nouvelle o&bservation :"), part, self.entry_edit, wrap=False))
        new_entry.addWidget(self.entry_edit, 1)
        body = QHBoxLayout()
        body.addWidget(self.entries_view, 1)
        body.addLayout(new_entry, 1)
        body.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        entry_layout = QVBoxLayout(part)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.setSpacing(4)
        entry_layout.addLayout(top)
        entry_layout.addLayout(body, 1)
        return part

    def _connect_signals(self) -> None:
        self.decision_box.summary_changed.connect(self.summary_changed)
        self.model.saved.connect(self._on_saved)
        self.model.refused.connect(self._on_refused)
        self.model.dataChanged.connect(lambda *_args: self._refresh())
        self.model.modelReset.connect(self._refresh)
        self.view.horizontalHeader().sectionResized.connect(self._on_column_resized)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self._balance_timer.timeout.connect(self._balance)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.entry_requested.connect(self._on_entry_requested)
        self.mark_combo.activated.connect(self._on_mark_chosen)
        self.entry_edit.textChanged.connect(self._on_typed)
        self.entry_edit.submitted.connect(self.add_entry)
        self.entry_edit.escaped.connect(self.view.setFocus)
        self.add_button.clicked.connect(self.add_entry)

    # -- what is shown ------------------------------------------------------------------

    @property
    def candidate(self) -> str | None:
        return self.decision_box.candidate

    def set_candidate(self, ref: str | None, draft: Draft | None = None) -> None:
        """Show `ref`'s grid and decision. What was typed and not added for the previous candidate
        is kept as drafts first; `ref`'s drafts are shown again (and `draft` puts back the
        decision that could not be recorded)."""
        if self.model.candidate is not None:
            self._keep_shown()
        self._drafts_autosave.cancel()
        self._bound = None
        pending, saved_at = self._drafts_of(ref)
        self.model.set_candidate(ref, pending)
        self._set_grid_status("", "")
        self.decision_box.set_candidate(ref, draft)
        if self.model.rowCount():  # the keyboard starts on the first draft, else the first cell
            first = next(iter(self.model.pending()), None)
            index = self.model.index_of(first) if first else self.model.index(0, FIRST_ASSESSMENT)
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._bind(self.model.key_of(self.view.currentIndex()))
        if pending and saved_at:
            cells = ", ".join(self._cell_name(key) for key in self.model.pending())
            self._set_grid_status(
                "✎ "
                + restored_text(saved_at)
                + " — "
                + tr(
                    "observation(s) non ajoutée(s) : {cells}. Entrée dans « Nouvelle observation » pour l'ajouter."
                ).format(cells=cells),
                ERROR_STYLE,
            )

    def stored_result(self) -> CcpResult | None:
        return self.decision_box.stored_result()

    def decision(self) -> str | None:
        """The decision shown (not necessarily recorded): 'acquis', 'non_acquis' or None."""
        return self.decision_box.decision()

    def has_pending_changes(self) -> bool:
        return self.decision_box.has_pending_changes() or bool(self.model.pending())

    def draft(self) -> Draft | None:
        """The decision shown and not recorded, to be put back when the candidate is shown again."""
        return self.decision_box.draft()

    def unavailable_reason(self) -> str | None:
        """Why this CCP cannot be evaluated for the shown candidate, or None."""
        return self.decision_box.unavailable_reason()

    def summary(self) -> str:
        return self.decision_box.summary()

    def status_text(self) -> str:
        return self.decision_box.status_text()

    def grid_status_text(self) -> str:
        return self.grid_status.text()

    def glance(self) -> str:
        """The marks at a glance, « CP1 ✔  CP2 ◐  CP3 ✘  CP4 – »."""
        return grid.glance_text(self.model.glance())

    def flush(self) -> bool:
        """Record the decision shown if it differs from the recorded one.

        Returns False when what is shown cannot be recorded (yet): a non acquis without its
        written reason, fewer than two jurors, a refusal. The status line says why; nothing
        shown is changed. Observations typed and not added are kept by `keep_drafts`.
        """
        return self.decision_box.flush()

    # -- the chosen cell -------------------------------------------------------------------

    def _cell_name(self, key: Key) -> str:
        return f"{key[0]} — {tr(ASSESSMENT_LABELS.get(key[1], key[1]))}"

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._bind(self.model.key_of(current))

    def _bind(self, key: Key | None) -> None:
        """The editor and the list now show cell `key` (what was typed stays with its own cell)."""
        self._bound = key
        self._loading = True
        try:
            self.entry_edit.setPlainText(self.model.pending_text(key) if key else "")
            self.entry_edit.moveCursor(self.entry_edit.textCursor().MoveOperation.End)
        finally:
            self._loading = False
        self._refresh()

    def _refresh(self) -> None:
        """The chosen cell's mark and observations, and the marks at a glance, as recorded."""
        key = self._bound
        writable = key is not None and self.model.editable()
        for widget in (self.mark_combo, self.entry_edit, self.add_button):
            widget.setEnabled(writable)
        if key is None:
            self.cell_label.setText(tr("Choisissez une cellule d'épreuve dans la grille."))
            self.entries_view.setHtml("")
        else:
            self.cell_label.setText(self._cell_name(key))
            self.cell_label.setToolTip(self._cell_name(key))
            self.mark_combo.setCurrentIndex(max(0, self.mark_combo.findData(self.model.mark(key))))
            entries = self.model.entries(key)
            self.entries_view.setHtml(
                "".join(
                    f"<p style='margin:0 0 6px 0'><span style='color:#555'>{escape(entry_heading(e))}</span><br>"
                    + escape(e.text).replace("\n", "<br>")
                    + "</p>"
                    for e in entries
                )
                or "<p><i>" + escape(tr("Aucune observation dans cette cellule.")) + "</i></p>"
            )
        if self.model.candidate is None:
            self.glance_label.setText("")
            self.glance_label.setToolTip("")
            self.glance_changed.emit("")
            return
        marks = self.model.glance()
        words = grid.glance_text(marks, words=True, translate=tr)
        self.glance_label.setText(tr("— marques : {glance}").format(glance=grid.glance_text(marks)))
        self.glance_label.setToolTip(words)
        self.glance_label.setAccessibleName(tr("Marques du {ccp} : {glance}").format(ccp=self.ccp, glance=words))
        self.glance_changed.emit(words)

    def _on_entry_requested(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if self.model.key_of(index) is not None and self.entry_edit.isEnabled():
            self.entry_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_mark_chosen(self, position: int) -> None:
        if self._bound is not None:
            self.model.set_mark(self._bound, str(self.mark_combo.itemData(position) or ""))
        self._refresh()  # a refused mark: the list shows the recorded one again

    # -- new observations and their drafts --------------------------------------------------

    def _on_typed(self) -> None:
        problem = editor_problem(self.entry_edit, "text", tr("Observation"))
        if problem is not None:
            self._set_grid_status("✖ " + problem, ERROR_STYLE)
            self._typing_problem = True
        elif self._typing_problem:
            self._set_grid_status("", "")
            self._typing_problem = False
        if self._loading or self._bound is None:
            return
        self.model.set_pending(self._bound, self.entry_edit.toPlainText())
        self._drafts_autosave.touch()

    def add_entry(self) -> bool:
        """Add what the editor holds to the chosen cell as an observation of its own; True when
        recorded (the editor is emptied, its draft removed), False when refused (it stays)."""
        key, ref = self._bound, self.model.candidate
        text = self.entry_edit.toPlainText()
        if key is None or ref is None or not text.strip():
            return False
        if not self.model.add_entry(key, text):
            return False
        self._forget_draft(ref, key)
        self._bind(key)
        return True

    def _draft_key(self, ref: str, key: Key) -> str:
        return kept_drafts.key(DRAFT_PANEL, ref, self.ccp, *key)

    def _drafts_of(self, ref: str | None) -> tuple[dict[Key, str], str]:
        """The texts typed and not added for `ref` on this CCP (kept in the file, or in memory
        when the file could not keep them), and when the newest was kept."""
        if ref is None:
            return {}, ""
        prefix = kept_drafts.key(DRAFT_PANEL, ref, self.ccp) + ":"
        found: dict[Key, str] = {}
        self._kept = {}
        saved_at = ""
        for draft_key, draft in kept_drafts.drafts_of(self._context.store, ref).items():
            parts = draft_key[len(prefix) :].split(":") if draft_key.startswith(prefix) else []
            text = draft.content.get("text")
            if len(parts) == 2 and isinstance(text, str):
                found[(parts[0], parts[1])] = text
                self._kept[draft_key] = text
                saved_at = max(saved_at, draft.saved_at)
        for (owner, competency, assessment), text in self._unkept.items():
            if owner == ref:
                found[(competency, assessment)] = text
                saved_at = saved_at or self._context.now().isoformat(timespec="seconds")
        return found, saved_at

    def _keep_shown(self) -> bool:
        """Keep the shown candidate's texts typed and not added as drafts (removing those emptied);
        False when the file could not keep one (it is kept in memory meanwhile)."""
        ref = self.model.candidate
        if ref is None:
            return True
        kept_all = True
        pending = {self._draft_key(ref, key): (key, text) for key, text in self.model.pending().items()}
        for draft_key, (key, text) in pending.items():
            if self._kept.get(draft_key) == text:
                continue
            saved = kept_drafts.save(
                self._context.store, draft_key, {"text": text}, candidate=ref, actor=self._context.actor
            )
            if saved:
                self._kept[draft_key] = text
                self._unkept.pop((ref, *key), None)
            else:
                self._unkept[(ref, *key)] = text
                kept_all = False
        for draft_key in [k for k in self._kept if k not in pending]:
            kept_drafts.discard(self._context.store, draft_key)
            del self._kept[draft_key]
        return kept_all

    def _forget_draft(self, ref: str, key: Key) -> None:
        """The text of cell `key` was added: its draft goes."""
        draft_key = self._draft_key(ref, key)
        self._unkept.pop((ref, *key), None)
        if self._kept.pop(draft_key, None) is not None:
            kept_drafts.discard(self._context.store, draft_key)

    def keep_drafts(self) -> list[str]:
        """Keep every observation typed and not added as a draft (the shown candidate's, and
        those the file could not keep before); what still could not be kept, described."""
        self._drafts_autosave.cancel()
        self._keep_shown()
        for (ref, competency, assessment), text in list(self._unkept.items()):
            if ref != self.model.candidate and kept_drafts.save(
                self._context.store,
                self._draft_key(ref, (competency, assessment)),
                {"text": text},
                candidate=ref,
                actor=self._context.actor,
            ):
                del self._unkept[(ref, competency, assessment)]
        return [
            tr("{candidate} — observation {cell} : « {text} »").format(
                candidate=ref, cell=self._cell_name((competency, assessment)), text=" ".join(text.split())[:60]
            )
            for (ref, competency, assessment), text in self._unkept.items()
        ]

    # -- sizes ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._balance_soon()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._balance_soon()

    def _balance_soon(self) -> None:
        """Balance once the parts have their widths (the decision box's height follows its width)."""
        if not self._user_sized and not self._balance_timer.isActive():
            self._balance_timer.start()

    def _on_splitter_moved(self, *_args: object) -> None:
        self._user_sized = True

    def _balance(self) -> None:
        """Share the height: the grid as tall as its rows (all of them when they fit), the new
        observation a few lines, the decision box the rest but never less than its minimum; the
        grid gives way first when the window is small."""
        total = self.splitter.height() - self.splitter.handleWidth() * (self.splitter.count() - 1)
        if total <= 0:
            return
        view = self.view
        rows = max(1, self.model.rowCount())
        header = max(view.horizontalHeader().minimumHeight(), view.horizontalHeader().sizeHint().height())
        frame = 2 * view.frameWidth() + 4
        grid_part = self._grid_part
        chrome = grid_part.sizeHint().height() - view.sizeHint().height()
        wanted_grid = chrome + header + frame + rows * view.verticalHeader().defaultSectionSize()
        entry = max(self.entry_part.minimumSizeHint().height(), self.fontMetrics().lineSpacing() * 5)
        decision = max(self.decision_box.minimumSizeHint().height(), total - wanted_grid - entry)
        grid_height = max(grid_part.minimumSizeHint().height(), total - entry - decision)
        self.splitter.setSizes([grid_height, entry, max(0, total - grid_height - entry)])

    # -- statuses ---------------------------------------------------------------------------

    def _set_grid_status(self, text: str, style: str) -> None:
        if not text:
            text, style = (
                tr("Marque : touches 1 à 4 (0 : aucune, Espace : suivante) · Entrée : observation"),
                KEYS_STYLE,
            )
        self.grid_status.setText(text)
        self.grid_status.setStyleSheet(style)

    def _on_column_resized(self, *_args: object) -> None:
        self.view.fit_to_columns()

    def _on_saved(self, competency: str, assessment: str) -> None:
        mark = self.model.mark((competency, assessment))
        self._set_grid_status(
            "✔ "
            + tr("{cell} enregistrée à {time} : {mark}, {count} observation(s).").format(
                cell=self._cell_name((competency, assessment)),
                time=clock_text(),
                mark=mark_label(mark),
                count=len(self.model.entries((competency, assessment))),
            ),
            SAVED_STYLE,
        )

    def _on_refused(self, problem: str) -> None:
        self._set_grid_status(
            "✖ "
            + tr("Non enregistré : {why}. Ce qui a été saisi reste dans la cellule.").format(why=problem.rstrip(".")),
            ERROR_STYLE,
        )
