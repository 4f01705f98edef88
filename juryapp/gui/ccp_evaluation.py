"""One CCP tab of the evaluation: the grid, then the jury's decision acquis / non acquis.

A CCP non acquis without a written reason is not saved; the tab says so and keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from juryapp.gui.ccp_decision import CcpDecisionBox
from juryapp.gui.ccp_decision_form import Draft, ReasonEdit
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.evaluation_grid import (
    ERROR_STYLE,
    FIRST_ASSESSMENT,
    SAVED_STYLE,
    EvaluationGridModel,
    EvaluationGridView,
    ObservationDelegate,
    clock_text,
)
from juryapp.model import ASSESSMENT_LABELS, CcpResult

# Importers of juryapp.gui.ccp_evaluation find here what used to be defined here.
__all__ = ["CcpEvaluation", "Draft", "ReasonEdit"]


class CcpEvaluation(QWidget):
    """One CCP of the shown candidate: the observation grid and the jury's decision, autosaved.

    `summary_changed(text)` gives the tab's label (« CCP1 · ✔ acquis ») when the decision moves.
    """

    summary_changed = Signal(str)

    def __init__(self, context: SessionContext, ccp: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ccp = ccp

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

        self.decision_box = CcpDecisionBox(context, ccp, self)
        # The decision's controls, reached from the tab as before the box had a class of its own.
        self.acquis_radio = self.decision_box.acquis_radio
        self.non_acquis_radio = self.decision_box.non_acquis_radio
        self.undecided_radio = self.decision_box.undecided_radio
        self.justification_edit = self.decision_box.justification_edit
        self.jurors = self.decision_box.jurors
        self.status_label = self.decision_box.status_label

        grid_part = QWidget(self)
        grid_layout = QVBoxLayout(grid_part)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(grid_label)
        grid_layout.addWidget(self.view, 1)
        grid_layout.addWidget(self.grid_status)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(grid_part)
        self.splitter.addWidget(self.decision_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.splitter, 1)
        self._connect_signals()
        self.set_candidate(None)

    def _connect_signals(self) -> None:
        self.decision_box.summary_changed.connect(self.summary_changed)
        self.model.saved.connect(self._on_observation_saved)
        self.model.refused.connect(self._on_observation_refused)
        self.view.horizontalHeader().sectionResized.connect(self._on_column_resized)

    # -- what is shown ------------------------------------------------------------------

    @property
    def candidate(self) -> str | None:
        return self.decision_box.candidate

    def set_candidate(self, ref: str | None, draft: Draft | None = None) -> None:
        """Show `ref`'s observations and decision; `draft` puts back what could not be recorded."""
        self.model.set_candidate(ref)
        self._set_grid_status("", "")
        self.decision_box.set_candidate(ref, draft)
        if self.model.rowCount():  # the keyboard starts on the first cell to fill, nothing selected
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, FIRST_ASSESSMENT), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def stored_result(self) -> CcpResult | None:
        return self.decision_box.stored_result()

    def decision(self) -> str | None:
        """The decision shown (not necessarily recorded): 'acquis', 'non_acquis' or None."""
        return self.decision_box.decision()

    def has_pending_changes(self) -> bool:
        return self.decision_box.has_pending_changes()

    def draft(self) -> Draft | None:
        """What is shown and not recorded, to be put back when the candidate is shown again."""
        return self.decision_box.draft()

    def unavailable_reason(self) -> str | None:
        """Why this CCP cannot be evaluated for the shown candidate, or None."""
        return self.decision_box.unavailable_reason()

    def summary(self) -> str:
        return self.decision_box.summary()

    def status_text(self) -> str:
        return self.decision_box.status_text()

    def flush(self) -> bool:
        """Record the decision shown if it differs from the recorded one.

        Returns False when what is shown cannot be recorded (yet): a non acquis without its
        written reason, fewer than two jurors, a refusal. The status line says why; nothing
        shown is changed.
        """
        return self.decision_box.flush()

    # -- the grid -------------------------------------------------------------------------

    def _set_grid_status(self, text: str, style: str) -> None:
        self.grid_status.setText(text)
        self.grid_status.setStyleSheet(style)
        self.grid_status.setVisible(bool(text))

    def _on_column_resized(self, *_args: object) -> None:
        self.view.fit_to_columns()

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
