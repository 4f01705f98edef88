"""Who is typing: the name recorded with every version (« par … » in the history and audit)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from juryapp.gui.context import SessionContext, tr
from juryapp.gui.text_limits import ERROR_STYLE, editor_problem, limit_length


class OperatorDialog(QDialog):
    """Asks who records the decisions: a juror of the session (usually the president) or someone else.

    `current` is shown first (the name remembered, or the person's full name as the system knows
    it); without one the field is empty and the dialog cannot be accepted until a name is typed
    or chosen: a system account's name is never offered.
    """

    help_page = "conduire-la-session"

    def __init__(self, context: SessionContext, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Qui saisit ?"))
        label = QLabel(
            tr(
                "Chaque décision enregistrée porte le nom de la personne qui la saisit. "
                "Choisissez le président ou la présidente du jury, ou tapez un autre nom."
            ),
            self,
        )
        label.setWordWrap(True)
        self.names = QComboBox(self)
        self.names.setEditable(True)
        self.names.setAccessibleName(tr("Personne qui saisit"))
        line = self.names.lineEdit()
        assert line is not None  # an editable combo box has one
        self._line = line
        limit_length(line)
        for juror in context.state.data.jurors:
            self.names.addItem(juror.display_name)
        line.setPlaceholderText(tr("Prénom et nom de la personne qui saisit"))
        index = self.names.findText(current) if current else -1
        if index >= 0:
            self.names.setCurrentIndex(index)
        else:
            self.names.setCurrentIndex(-1)
            self.names.setEditText(current)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.names)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        # Wide enough for a full name and the hint, in characters (200 % text included).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self._connect_signals()
        self._check()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._accept_if_named)
        self.buttons.rejected.connect(self.reject)
        self.names.editTextChanged.connect(self._check)

    def _check(self) -> None:
        problem = editor_problem(self._line, "name")
        self.problem.setText(problem or "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(problem is None and bool(self.name()))

    def name(self) -> str:
        return " ".join(self.names.currentText().split())

    def _accept_if_named(self) -> None:
        if self.name() and not self.problem.text():
            self.accept()
