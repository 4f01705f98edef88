"""After sign-off, a change is a revocation (DOMAIN.md §7): its written reason, and the jurors who pronounce it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from juryapp.gui.context import SessionContext, tr
from juryapp.gui.text_limits import ERROR_STYLE, describe, editor_problem
from juryapp.operations.sessions import revocation_missing


@dataclass(frozen=True, slots=True)
class RevocationRequest:
    reason: str
    jurors: tuple[str, ...]


class RevocationDialog(QDialog):
    """Asks why, and which jurors (at least two, habilitated today, free of conflict) revoke."""

    def __init__(
        self, context: SessionContext, what: str, candidate: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Révocation après clôture"))
        data = context.state.data
        today = context.now().date()
        intro = QLabel(
            tr(
                "La session est close. « {what} » sera inscrite comme une révocation, avec son motif et les "
                "jurés qui la prononcent, à l'historique et au procès-verbal. Les documents déjà émis dont "
                "le résultat change seront annulés au registre."
            ).format(what=what),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(tr("Motif de la révocation (obligatoire)"))
        self.reason.setAccessibleName(tr("Motif de la révocation"))
        describe(self.reason, tr("Obligatoire : inscrit avec la révocation à l'historique et au procès-verbal."))
        self.reason.setTabChangesFocus(True)
        self.boxes: dict[str, QCheckBox] = {}
        jurors_label = QLabel(tr("Jurés qui prononcent la révocation (au moins deux) :"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason, 1)
        layout.addWidget(jurors_label)
        for juror in data.jurors:
            box = QCheckBox(juror.display_name, self)
            box.setAccessibleDescription(tr("Coché : ce juré prononce la révocation (au moins deux jurés)."))
            conflict = juror.conflict_with(candidate) if candidate else None
            if conflict is not None:
                box.setEnabled(False)
                box.setText(tr("{name} — en conflit avec ce candidat").format(name=juror.display_name))
            elif not juror.is_habilitated_on(today):
                box.setEnabled(False)
                box.setText(tr("{name} — non habilité(e) à ce jour").format(name=juror.display_name))
            self.boxes[juror.ref] = box
            layout.addWidget(box)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Révoquer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            tr("Possible une fois le motif écrit et au moins deux jurés cochés.")
        )
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())
        self._connect_signals()
        self._check()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        for box in self.boxes.values():
            box.toggled.connect(lambda _on: self._check())

    def selected(self) -> tuple[str, ...]:
        return tuple(ref for ref, box in self.boxes.items() if box.isEnabled() and box.isChecked())

    def _check(self) -> None:
        wrong = editor_problem(self.reason, "text", tr("Motif"))
        words = {"reason": tr("le motif"), "jurors": tr("au moins deux jurés")}
        missing = [words[what] for what in revocation_missing(self.reason.toPlainText(), self.selected())]
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing and wrong is None)
        if wrong is not None:
            self.problem.setText(wrong)
            self.problem.setStyleSheet(ERROR_STYLE)
        else:
            self.problem.setText(tr("À compléter : {what}.").format(what=tr(" et ").join(missing)) if missing else "")
            self.problem.setStyleSheet("")

    def request(self) -> RevocationRequest:
        return RevocationRequest(" ".join(self.reason.toPlainText().split()), self.selected())
