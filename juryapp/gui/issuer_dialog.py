"""« Autorité de délivrance » (DOMAIN.md §5): who delivers the parchemins and livrets of the session."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from juryapp import operations
from juryapp.gui.context import SessionContext, tr
from juryapp.model import Issuer

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
            self.editors[name] = edit
            form.addRow(labels[name], edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

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
