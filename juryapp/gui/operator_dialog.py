"""Who is typing: the name recorded with every version (« par … » in the history and audit)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from juryapp.gui.context import SessionContext, tr


class OperatorDialog(QDialog):
    """Asks who records the decisions: a juror of the session (usually the president) or someone else."""

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
        for juror in context.state.data.jurors:
            self.names.addItem(juror.display_name)
        if current:
            index = self.names.findText(current)
            if index >= 0:
                self.names.setCurrentIndex(index)
            else:
                self.names.setEditText(current)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.names)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept_if_named)
        self.buttons.rejected.connect(self.reject)

    def name(self) -> str:
        return " ".join(self.names.currentText().split())

    def _accept_if_named(self) -> None:
        if self.name():
            self.accept()
