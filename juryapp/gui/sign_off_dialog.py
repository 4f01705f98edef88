"""« Clore la session »: each juror present confirms by typing their name; then the session is locked."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from juryapp import operations
from juryapp.gui.context import SessionContext, tr


class SignOffDialog(QDialog):
    """Asks every juror present to type their name; accepted only once the session is locked."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(tr("Clore la session"))
        readiness = operations.sign_off_readiness(context.store)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        data = context.state.data
        if readiness.ready:
            self.intro.setText(
                tr(
                    "Chaque juré présent confirme la clôture en tapant son nom. Une fois la session "
                    "close, toute modification sera une révocation motivée, inscrite à l'historique "
                    "et au procès-verbal."
                )
            )
        else:
            names = []
            for ref in readiness.missing:
                candidate = data.candidate(ref)
                names.append(f"{candidate.display_name} ({ref})" if candidate else ref)
            self.intro.setText(
                "<b style='color:#b3261e'>"
                + escape(
                    tr("La session ne peut pas encore être close : ces candidats présents n'ont pas de décision :")
                )
                + "</b><br>"
                + "<br>".join(escape(n) for n in names)
            )
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("<b>Présent</b>"), self), 0, 0)
        grid.addWidget(QLabel(tr("<b>Nom tapé par le juré</b>"), self), 0, 1)
        self.present: dict[str, QCheckBox] = {}
        self.typed: dict[str, QLineEdit] = {}
        for row, juror in enumerate(data.jurors, start=1):
            box = QCheckBox(juror.display_name, self)
            box.setChecked(juror.is_habilitated_on(data.session.end))
            edit = QLineEdit(self)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(f"Tapez « {juror.display_name} »") + 24)
            edit.setPlaceholderText(tr("Tapez « {name} »").format(name=juror.display_name))
            edit.setAccessibleName(tr("Confirmation de {name}").format(name=juror.display_name))
            self.present[juror.ref] = box
            self.typed[juror.ref] = edit
            grid.addWidget(box, row, 0)
            grid.addWidget(edit, row, 1)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Clore la session"))
        ok.setEnabled(readiness.ready)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._sign)
        self.buttons.rejected.connect(self.reject)
        for box in self.present.values():
            box.toggled.connect(lambda _on: self.error_label.clear())

    def confirmations(self) -> dict[str, str]:
        return {ref: self.typed[ref].text() for ref, box in self.present.items() if box.isChecked()}

    def _sign(self) -> None:
        change = self._context.apply(operations.sign_off, self.confirmations())
        if change is None:
            self.error_label.setText("<span style='color:#b3261e'>" + escape(self._context.last_error) + "</span>")
            return
        self.accept()
