"""One CCP tab of the evaluation: the grid, then the jury's decision acquis / non acquis.

A CCP non acquis without a written reason is not saved; the tab says so and keeps what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from juryapp import operations
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.evaluation_grid import (
    DECISION_LABELS,
    ERROR_STYLE,
    FIRST_ASSESSMENT,
    SAVE_DELAY_MS,
    SAVED_STYLE,
    EvaluationGridModel,
    EvaluationGridView,
    ObservationDelegate,
    apply_reporting,
    clock_text,
)
from juryapp.gui.jurors_selector import JurorsSelector
from juryapp.model import ASSESSMENT_LABELS, ATTENDANCE_LABELS, CcpResult
from juryapp.operations import Change
from juryapp.rules import ccps_examined


class ReasonEdit(QPlainTextEdit):
    """The written reason: about four lines high by default, never fewer than three."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self._height(3))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        document = int(self.document().documentMargin() * 2)
        return self.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom() + document

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(4))


@dataclass(frozen=True)
class Draft:
    """What was shown on a CCP tab but could not be recorded."""

    decision: str | None
    justification: str
    jurors: tuple[str, ...]


_DECISION_IDS = {"acquis": 0, "non_acquis": 1, None: 2}
_DECISIONS = {number: decision for decision, number in _DECISION_IDS.items()}


class CcpEvaluation(QWidget):
    """One CCP of the shown candidate: the observation grid and the jury's decision, autosaved.

    `summary_changed(text)` gives the tab's label (« CCP1 · ✔ acquis ») when the decision moves.
    """

    summary_changed = Signal(str)

    def __init__(self, context: SessionContext, ccp: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ccp = ccp
        self._candidate: str | None = None
        self._loading = False
        self._saving = False
        self._dirty = False  # what is shown differs from what is recorded
        self._last_problem = ""
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)

        certificate = context.state.title.certificate(ccp)
        name = (
            certificate.name
            if certificate
            else tr("absent du référentiel {code}").format(code=context.state.title.code)
        )
        self.name_label = QLabel(f"{ccp} — {name}", self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 1)
        self.name_label.setFont(font)

        self.model = EvaluationGridModel(context, ccp, parent=self)
        self.view = EvaluationGridView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ObservationDelegate(self.view))
        self.view.setAccessibleName(tr("Grille d'évaluation du {ccp}").format(ccp=ccp))
        self.view.setWordWrap(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the grid; the arrows move between cells
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        grid_label = QLabel(
            tr(
                "&Grille d'évaluation — Entrée ou F2 : saisir une observation, Maj+Entrée : aller à la "
                "ligne. Chaque observation est enregistrée dès qu'elle est validée."
            ),
            self,
        )
        grid_label.setWordWrap(True)
        grid_label.setBuddy(self.view)
        self.grid_status = QLabel(self)
        self.grid_status.setWordWrap(True)
        self.grid_status.setAccessibleName(tr("État de l'enregistrement des observations"))

        box = QGroupBox(tr("Décision du jury sur le {ccp}").format(ccp=ccp), self)
        self.acquis_radio = QRadioButton(tr("Ac&quis"), box)
        self.non_acquis_radio = QRadioButton(tr("&Non acquis"), box)
        self.undecided_radio = QRadioButton(tr("Pas encore &décidé"), box)
        self._decisions = QButtonGroup(self)
        for decision, radio in (
            ("acquis", self.acquis_radio),
            ("non_acquis", self.non_acquis_radio),
            (None, self.undecided_radio),
        ):
            self._decisions.addButton(radio, _DECISION_IDS[decision])
        self.acquis_radio.setAccessibleName(tr("{ccp} acquis").format(ccp=ccp))
        self.non_acquis_radio.setAccessibleName(tr("{ccp} non acquis").format(ccp=ccp))
        self.undecided_radio.setAccessibleName(tr("{ccp} pas encore décidé").format(ccp=ccp))
        self.justification_edit = ReasonEdit(box)
        self.justification_edit.setAccessibleName(tr("Motivation de la décision sur le {ccp}").format(ccp=ccp))
        self.justification_edit.setPlaceholderText(
            tr("Pour un CCP non acquis : les compétences non démontrées et les constats du jury.")
        )
        self.justification_edit.installEventFilter(self)
        justification_label = QLabel(tr("&Motivation écrite (obligatoire pour un CCP non acquis) :"), box)
        justification_label.setWordWrap(True)
        justification_label.setBuddy(self.justification_edit)
        self.jurors = JurorsSelector(context, box)
        self.status_label = QLabel(box)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setAccessibleName(tr("État de l'enregistrement de la décision sur le {ccp}").format(ccp=ccp))

        radios = QHBoxLayout()
        for radio in (self.acquis_radio, self.non_acquis_radio, self.undecided_radio):
            radios.addWidget(radio)
        radios.addStretch(1)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(radios)
        box_layout.addWidget(justification_label)
        box_layout.addWidget(self.justification_edit, 1)
        box_layout.addWidget(self.jurors)
        box_layout.addWidget(self.status_label)

        grid_part = QWidget(self)
        grid_layout = QVBoxLayout(grid_part)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(grid_label)
        grid_layout.addWidget(self.view, 1)
        grid_layout.addWidget(self.grid_status)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(grid_part)
        self.splitter.addWidget(box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.splitter, 1)
        self._connect_signals()
        self.set_candidate(None)

    def _connect_signals(self) -> None:
        self._context.changed.connect(self._on_changed)
        self._save_timer.timeout.connect(self.flush)
        self._decisions.idToggled.connect(self._on_decision_toggled)
        self.justification_edit.textChanged.connect(self._on_delayed_edit)
        self.jurors.edited.connect(self._on_jurors_edited)
        self.model.saved.connect(self._on_observation_saved)
        self.model.refused.connect(self._on_observation_refused)
        self.view.horizontalHeader().sectionResized.connect(self._on_column_resized)

    # -- what is shown ------------------------------------------------------------------

    @property
    def candidate(self) -> str | None:
        return self._candidate

    def set_candidate(self, ref: str | None, draft: Draft | None = None) -> None:
        """Show `ref`'s observations and decision; `draft` puts back what could not be recorded."""
        self._save_timer.stop()
        self._candidate = ref
        self._dirty = False
        self.model.set_candidate(ref)
        self._set_grid_status("", "")
        self._load()
        if draft is not None and ref is not None and self.unavailable_reason() is None:
            self._show(draft.decision, draft.justification, draft.jurors)
            self._dirty = True
            if self._context.locked:  # do not ask for a reason just because a candidate is shown
                self._set_status(
                    tr(
                        "Modification non enregistrée reprise : elle sera enregistrée, avec son motif, "
                        "à la prochaine modification ou quand vous changerez de candidat."
                    ),
                    ERROR_STYLE,
                )
                self.summary_changed.emit(self.summary())
            else:
                self.flush()
        if self.model.rowCount():  # the keyboard starts on the first cell to fill, nothing selected
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, FIRST_ASSESSMENT), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def stored_result(self) -> CcpResult | None:
        for result in self._context.state.data.results:
            if result.candidate == self._candidate and result.ccp == self.ccp:
                return result
        return None

    def decision(self) -> str | None:
        """The decision shown (not necessarily recorded): 'acquis', 'non_acquis' or None."""
        return _DECISIONS.get(self._decisions.checkedId())

    def has_pending_changes(self) -> bool:
        return self._dirty

    def draft(self) -> Draft | None:
        """What is shown and not recorded, to be put back when the candidate is shown again."""
        if not self._dirty:
            return None
        return Draft(self.decision(), self.justification_edit.toPlainText(), tuple(self.jurors.selected()))

    def unavailable_reason(self) -> str | None:
        """Why this CCP cannot be evaluated for the shown candidate, or None."""
        data = self._context.state.data
        candidate = data.candidate(self._candidate) if self._candidate else None
        if candidate is None:
            return tr("Choisissez un candidat dans la liste.")
        if candidate.attendance != "present":
            return tr("Candidat {attendance} : ni observation ni décision sur ce CCP.").format(
                attendance=tr(ATTENDANCE_LABELS[candidate.attendance]).lower()
            )
        if self.ccp not in ccps_examined(data, self._context.state.title):
            return tr("Le {ccp} n'est pas examiné dans cette session.").format(ccp=self.ccp)
        return None

    def summary(self) -> str:
        stored = self.stored_result() if self._candidate else None
        decision = stored.decision if stored else None
        text = f"{self.ccp} · {tr(DECISION_LABELS[decision])}"
        if self._dirty and self.decision() != decision:
            text += " · " + tr("⚠ non enregistré")
        return text

    def _show(self, decision: str | None, justification: str, jurors: tuple[str, ...] | None) -> None:
        self._loading = True
        try:
            self._decisions.button(_DECISION_IDS[decision]).setChecked(True)
            if self.justification_edit.toPlainText().strip() != justification.strip():
                self.justification_edit.setPlainText(justification)
            self.jurors.set_candidate(self._candidate, jurors)
        finally:
            self._loading = False

    def _load(self) -> None:
        result = self.stored_result()
        if result is None:
            self._show(None, "", None)
        else:
            self._show(result.decision, result.justification, result.jurors)
        reason = self.unavailable_reason()
        for control in (
            self.acquis_radio,
            self.non_acquis_radio,
            self.undecided_radio,
            self.justification_edit,
            self.jurors,
        ):
            control.setEnabled(reason is None)
        if reason is not None:
            self._set_status(reason, "")
        elif result is None:
            self._set_status(tr("Pas encore décidé. La décision est enregistrée dès qu'elle est choisie."), "")
        else:
            self._set_status("✔ " + self._recorded_text(result), SAVED_STYLE)
        self.summary_changed.emit(self.summary())

    def _recorded_text(self, result: CcpResult) -> str:
        label = tr(DECISION_LABELS[result.decision])
        text = tr("Décision enregistrée : {decision}").format(decision=label)
        for record in reversed(self._context.store.history(result.candidate)):
            if record.table == "results" and record.current and record.key == (result.candidate, self.ccp):
                stamp = dt.datetime.fromisoformat(record.recorded_at)
                text = tr("Décision enregistrée le {day} à {time} : {decision}").format(
                    day=stamp.strftime("%d/%m/%Y"), time=stamp.strftime("%H:%M"), decision=label
                )
                if record.reason:
                    text += " — " + tr("motif : {reason}").format(reason=record.reason)
                break
        if self._context.locked:
            text += " — " + tr("session close : toute modification sera une révocation motivée.")
        return text

    def _set_status(self, text: str, style: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

    def status_text(self) -> str:
        return self.status_label.text()

    def _set_grid_status(self, text: str, style: str) -> None:
        self.grid_status.setText(text)
        self.grid_status.setStyleSheet(style)
        self.grid_status.setVisible(bool(text))

    # -- edits ----------------------------------------------------------------------------

    def _on_changed(self, refs: list[str]) -> None:
        if self._candidate not in refs or self._saving:
            return
        if self._dirty:  # keep what the user is editing; only what may be edited can move
            reason = self.unavailable_reason()
            for control in (self.acquis_radio, self.non_acquis_radio, self.undecided_radio):
                control.setEnabled(reason is None)
            return
        self._load()

    def _on_column_resized(self, *_args: object) -> None:
        self.view.fit_to_columns()

    def _on_decision_toggled(self, _id: int, checked: bool) -> None:
        if self._loading or not checked or self._candidate is None:
            return
        self._dirty = True
        self.flush()

    def _on_jurors_edited(self) -> None:
        if self._loading or self._candidate is None:
            return
        self._dirty = True
        if self._context.locked:  # a click is a whole edit: ask its reason now
            self.flush()
        else:
            self._set_status(tr("Modification en cours… enregistrement automatique."), "")
            self._save_timer.start()

    def _on_delayed_edit(self) -> None:
        if self._loading or self._candidate is None:
            return
        self._dirty = True
        if self._context.locked:  # do not ask for a reason at every pause in the typing
            self._set_status(
                tr("Session close : la modification sera enregistrée, avec son motif, quand vous quitterez le champ."),
                "",
            )
            return
        self._set_status(tr("Modification en cours… enregistrement automatique."), "")
        self._save_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.justification_edit
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason  # type: ignore[attr-defined]
        ):
            self.flush()
        return super().eventFilter(watched, event)

    def _on_observation_saved(self, competency: str, assessment: str) -> None:
        self._set_grid_status(
            "✔ "
            + tr("Observation {cp} — {assessment} enregistrée à {time}.").format(
                cp=competency, assessment=tr(ASSESSMENT_LABELS.get(assessment, assessment)), time=clock_text()
            ),
            SAVED_STYLE,
        )

    def _on_observation_refused(self, problem: str) -> None:
        self._set_grid_status(
            "✖ "
            + tr(
                "Observation non enregistrée : {why}. Le texte reste dans la cellule ; "
                "validez-la de nouveau pour l'enregistrer."
            ).format(why=problem.rstrip(".")),
            ERROR_STYLE,
        )

    def flush(self) -> bool:
        """Record the decision shown if it differs from the recorded one.

        Returns False when what is shown cannot be recorded (yet): a non acquis without its
        written reason, fewer than two jurors, a refusal. The status line says why; nothing
        shown is changed.
        """
        self._save_timer.stop()
        if self._saving or not self._dirty or self._candidate is None:
            return not self._dirty
        try:
            return self._record()
        finally:
            self.summary_changed.emit(self.summary())

    def _record(self) -> bool:
        ref = self._candidate
        assert ref is not None
        if self.unavailable_reason() is not None:
            self._set_status((self.unavailable_reason() or ""), "")
            return False
        decision = self.decision()
        justification = self.justification_edit.toPlainText().strip()
        jurors = self.jurors.selected()
        stored = self.stored_result()
        if decision is None:
            return self._withdraw(stored, justification)
        if decision == "non_acquis" and not justification:
            message = tr(
                "Non acquis : motivation obligatoire. Un CCP non acquis doit être motivé par écrit : "
                "la décision sera enregistrée dès que la motivation sera saisie. Rien de ce que vous "
                "avez saisi n'est perdu."
            )
            if stored is not None:
                message += " " + tr("La décision enregistrée reste : {decision}.").format(
                    decision=tr(DECISION_LABELS[stored.decision])
                )
            self._set_status("✖ " + message, ERROR_STYLE)
            return False
        if len(jurors) < 2:
            self._set_status(
                "✖ "
                + tr(
                    "Cochez au moins deux jurés sans conflit d'intérêts : la décision n'est pas encore "
                    "enregistrée (rien n'est perdu)."
                ),
                ERROR_STYLE,
            )
            return False
        if stored is not None and (stored.decision, set(stored.jurors), stored.justification) == (
            decision,
            set(jurors),
            justification,
        ):
            self._dirty = False
            self._set_status("✔ " + self._recorded_text(stored), SAVED_STYLE)
            return True
        change = self._run(
            operations.record_result,
            ref,
            self.ccp,
            decision,
            jurors,
            justification,
            describe=tr("Décision sur le {ccp} de {ref}").format(ccp=self.ccp, ref=ref),
        )
        if change is None:
            return False
        self._dirty = False
        text = tr("Enregistré à {time}").format(time=clock_text())
        if self._context.locked:
            text += " — " + tr("révocation motivée inscrite à l'historique.")
        self._set_status("✔ " + text, SAVED_STYLE)
        return True

    def _withdraw(self, stored: CcpResult | None, justification: str) -> bool:
        ref = self._candidate
        if stored is not None:
            change = self._run(
                operations.withdraw,
                "results",
                ref,
                ccp=self.ccp,
                describe=tr("Retrait de la décision sur le {ccp} de {ref}").format(ccp=self.ccp, ref=ref),
            )
            if change is None:
                return False
        done = tr("Décision retirée à {time}.").format(time=clock_text()) + " " if stored is not None else ""
        if justification:  # kept on screen, and put back if the user comes back to this candidate
            self._set_status(
                done
                + tr("Pas encore décidé : la motivation saisie est conservée et sera enregistrée avec la décision."),
                "",
            )
            return False
        self._dirty = False
        self._set_status(done + tr("Pas encore décidé."), "")
        return True

    def _run(self, operation: Callable[..., Change | None], *args: Any, **kwargs: Any) -> Change | None:
        """Run the operation; on a refusal or a cancel, say so and keep what is shown."""
        self._saving = True
        try:
            change, problem = apply_reporting(self._context, operation, *args, **kwargs)
        finally:
            self._saving = False
        if change is None:
            self._set_status(
                "✖ " + tr("Non enregistré : {why}").format(why=problem or tr("modification annulée.")),
                ERROR_STYLE,
            )
        return change
