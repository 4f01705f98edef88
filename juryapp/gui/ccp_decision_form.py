"""The controls of the jury's decision on one CCP, and how they are filled.

What the controls do (recording, drafts, status) is `CcpDecisionBox`'s business.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from juryapp.gui.context import SessionContext, tr
from juryapp.gui.jurors_selector import JurorsSelector
from juryapp.gui.text_limits import ERROR_STYLE, editor_problem


class ReasonEdit(QPlainTextEdit):
    """The written reason: about four lines high by default, never fewer than three.

    A text over the limits (juryapp.textcheck) is marked as it is typed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self._height(3))
        self.textChanged.connect(self.problem)

    def problem(self) -> str | None:
        """What is wrong with the text (« Motivation : … »), or None; the editor shows it too."""
        return editor_problem(self, "text", tr("Motivation"))

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


# The ids of the decision radio buttons in their button group.
DECISION_IDS = {"acquis": 0, "non_acquis": 1, None: 2}
DECISIONS = {number: decision for decision, number in DECISION_IDS.items()}


class CcpDecisionForm(QGroupBox):
    """The decision radios, the written reason, the jurors and the status line of one CCP.

    While `_loading` is set, the controls are being filled from the file, not edited.
    """

    def __init__(self, context: SessionContext, ccp: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Décision du jury sur le {ccp}").format(ccp=ccp), parent)
        self._context = context
        self.ccp = ccp
        self._loading = False

        self.acquis_radio = QRadioButton(tr("Ac&quis"), self)
        self.non_acquis_radio = QRadioButton(tr("&Non acquis"), self)
        self.undecided_radio = QRadioButton(tr("Pas encore &décidé"), self)
        self._decisions = QButtonGroup(self)
        for decision, radio in (
            ("acquis", self.acquis_radio),
            ("non_acquis", self.non_acquis_radio),
            (None, self.undecided_radio),
        ):
            self._decisions.addButton(radio, DECISION_IDS[decision])
        self.acquis_radio.setAccessibleName(tr("{ccp} acquis").format(ccp=ccp))
        self.non_acquis_radio.setAccessibleName(tr("{ccp} non acquis").format(ccp=ccp))
        self.undecided_radio.setAccessibleName(tr("{ccp} pas encore décidé").format(ccp=ccp))
        self.justification_edit = ReasonEdit(self)
        self.justification_edit.setAccessibleName(tr("Motivation de la décision sur le {ccp}").format(ccp=ccp))
        self.justification_edit.setPlaceholderText(
            tr("Pour un CCP non acquis : les compétences non démontrées et les constats du jury.")
        )
        justification_label = QLabel(tr("&Motivation écrite (obligatoire pour un CCP non acquis) :"), self)
        justification_label.setWordWrap(True)
        justification_label.setBuddy(self.justification_edit)
        self.jurors = JurorsSelector(context, self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setAccessibleName(tr("État de l'enregistrement de la décision sur le {ccp}").format(ccp=ccp))

        radios = QHBoxLayout()
        for radio in (self.acquis_radio, self.non_acquis_radio, self.undecided_radio):
            radios.addWidget(radio)
        radios.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(radios)
        layout.addWidget(justification_label)
        layout.addWidget(self.justification_edit, 1)
        layout.addWidget(self.jurors)
        layout.addWidget(self.status_label)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Never less high than its wrapped lines need at its width (the reason why a decision is
        not recorded, a conflict of interest): a splitter or a small screen scrolls, never overlaps."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and self.width() > 0:
            margins = self.contentsMargins()
            needed = layout.minimumHeightForWidth(self.width() - margins.left() - margins.right())
            hint.setHeight(max(hint.height(), needed + margins.top() + margins.bottom()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height its lines need moved with the width

    def decision(self) -> str | None:
        """The decision shown (not necessarily recorded): 'acquis', 'non_acquis' or None."""
        return DECISIONS.get(self._decisions.checkedId())

    def _show(
        self, candidate: str | None, decision: str | None, justification: str, jurors: tuple[str, ...] | None
    ) -> None:
        self._loading = True
        try:
            self._decisions.button(DECISION_IDS[decision]).setChecked(True)
            if self.justification_edit.toPlainText().strip() != justification.strip():
                self.justification_edit.setPlainText(justification)
            self.jurors.set_candidate(candidate, jurors)
        finally:
            self._loading = False

    def _set_status(self, text: str, style: str) -> None:
        """Show `text`; while the written reason is over its limits, the status says that instead."""
        problem = self.justification_edit.problem()
        if problem is not None:
            text, style = "✖ " + problem, ERROR_STYLE
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)
        self.updateGeometry()  # a longer status needs more lines

    def status_text(self) -> str:
        return self.status_label.text()
