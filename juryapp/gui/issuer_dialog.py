"""« Autorité de délivrance » (DOMAIN.md §5): who delivers the parchemins and livrets of the session."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from juryapp import operations
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.dialog_common import room_on_screen
from juryapp.gui.text_limits import ERROR_STYLE, editor_problem, limit_length
from juryapp.model import Issuer
from juryapp.textcheck import TextKind

KINDS: dict[str, TextKind] = {"authority": "label", "place": "name", "signatory": "name", "role": "label"}
PLACEHOLDERS = {
    "authority": "DREETS Auvergne-Rhône-Alpes",
    "place": "Lyon",
    "signatory": "Prénom Nom",
    "role": "Directeur régional",
}


def field_labels() -> dict[str, str]:
    return {
        "authority": tr("Autorité de délivrance"),
        "place": tr("Commune de délivrance (« Fait à … »)"),
        "signatory": tr("Nom du signataire"),
        "role": tr("Qualité du signataire"),
    }


class IssuerDialog(QDialog):
    """Edits the session's issuer; every field is needed to print a final parchemin or livret."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(tr("Autorité de délivrance"))
        issuer = context.state.data.session.issuer
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        margin = self.fontMetrics().averageCharWidth() * 2
        form.setContentsMargins(margin, margin, margin, margin)
        intro = QLabel(
            tr(
                "Parchemins et livrets sont délivrés par le représentant territorial du ministère du Travail "
                "(la DREETS de la région). Ces quatre champs sont imprimés sur les documents définitifs ; "
                "ils ne changent aucune décision du jury."
            ),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.editors: dict[str, QLineEdit] = {}
        labels = field_labels()
        for name in Issuer.FIELDS:
            edit = QLineEdit(getattr(issuer, name), self)
            edit.setAccessibleName(labels[name])
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("x" * 30))
            edit.setPlaceholderText(PLACEHOLDERS[name])
            limit_length(edit, KINDS[name])
            self.editors[name] = edit
            form.addRow(labels[name], edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        form.addRow(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        form.addRow(self.buttons)
        self._connect_signals()
        self._check()
        # Room for a DREETS's name and a signatory's title, and an intro of a few full lines.
        width = max(self.sizeHint().width(), 92 * self.fontMetrics().averageCharWidth())
        room = room_on_screen(self)
        width = min(width, room.width()) if room is not None else width
        self.resize(width, max(self.heightForWidth(width), self.minimumSizeHint().height()))

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        for edit in self.editors.values():
            edit.textChanged.connect(self._check)

    def _check(self) -> None:
        """The first field whose text is wrong is said at once; nothing is saved until it is right."""
        labels = field_labels()
        problems = [editor_problem(edit, KINDS[name], labels[name]) for name, edit in self.editors.items()]
        problem = next((p for p in problems if p), None)
        self.error_label.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(problem is None)

    def issuer(self) -> Issuer:
        return Issuer(**{name: " ".join(edit.text().split()) for name, edit in self.editors.items()})

    def _save(self) -> None:
        issuer = self.issuer()
        if issuer == self._context.state.data.session.issuer:
            self.accept()
            return
        if self._context.apply(operations.set_issuer, issuer) is None:
            self.error_label.setText(self._context.last_error)
            return
        self.accept()
