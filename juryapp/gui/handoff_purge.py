"""« Purger ce poste » (`ui/purge_workstation.ui`): the jury laptop's working copies, with their
state, and removing them once given back, after a confirmation that names each file.

Copies not yet given back to the secretariat are kept unless the user ticks the box that says
their work would be lost; a copy open for writing (this window's, say) is refused by the
operation, which says who holds it.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from juryapp.errors import JuryError
from juryapp.gui.context import tr
from juryapp.gui.forms.ui_purge_workstation import Ui_PurgeWorkstationDialog
from juryapp.gui.handoff_common import CONFLICT_COLOUR, fit_to_screen
from juryapp.gui.text_limits import ERROR_STYLE
from juryapp.operations import workstation
from juryapp.rules.wording import fr_datetime

SESSION, STATE, FILE = range(3)


class PurgeWorkstationDialog(QDialog):
    """Lists `workstation.workstation_copies()`; « Supprimer les copies… » purges after a confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PurgeWorkstationDialog()
        self.ui.setupUi(self)
        self.copies: list[workstation.Copy] = []
        self.purged: workstation.PurgeResult | None = None  # the last purge, once done
        self.purge_button = self.ui.buttonBox.addButton(
            tr("&Supprimer les copies…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.purge_button.setAutoDefault(False)  # deleting files is chosen on purpose, never by a stray Enter
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(tr("&Fermer"))
        header = self.ui.copiesTree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(SESSION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.problemLabel.setAccessibleName(tr("Résultat de la purge"))
        fit_to_screen(self, 120, 24)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.purge_button.clicked.connect(self.purge)
        self.ui.pendingCheck.toggled.connect(self._update_button)
        self.ui.buttonBox.rejected.connect(self.reject)

    def refresh(self) -> None:
        """List this workstation's copies again."""
        tree = self.ui.copiesTree
        tree.clear()
        try:
            self.copies = workstation.workstation_copies()
        except JuryError as exc:
            self.copies = []
            self._say(str(exc), error=True)
        for copy in self.copies:
            item = QTreeWidgetItem([f"{copy.session_ref} ({copy.handoff[:8]})", self.state_text(copy), str(copy.path)])
            item.setToolTip(FILE, str(copy.path))
            if not copy.returned:
                item.setForeground(STATE, QBrush(CONFLICT_COLOUR))
            tree.addTopLevelItem(item)
        if not self.copies:
            tree.addTopLevelItem(QTreeWidgetItem([tr("Aucune copie de travail sur ce poste"), "", ""]))
        self._update_button()

    @staticmethod
    def state_text(copy: workstation.Copy) -> str:
        if not copy.path.exists():
            return tr("introuvable (déjà supprimée ?)")
        if copy.returned:
            return tr("rendue le {when}").format(when=fr_datetime(copy.returned_at))
        return tr("pas encore rendue")

    def to_delete(self) -> list[workstation.Copy]:
        """The copies the purge would remove, as the box is ticked."""
        return [copy for copy in self.copies if copy.returned or self.ui.pendingCheck.isChecked()]

    def _update_button(self) -> None:
        self.purge_button.setEnabled(bool(self.to_delete()))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.problemLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.problemLabel.setText(text)

    def confirm(self, copies: list[workstation.Copy]) -> bool:
        """Ask before deleting, naming every file (tests replace this)."""
        pending = [copy for copy in copies if not copy.returned]
        text = tr(
            "Supprimer définitivement de ce poste ces copies de travail et leurs sauvegardes ?\n\n{files}"
        ).format(files="\n".join(f"• {copy.path}" for copy in copies))
        if pending:
            text += "\n\n" + tr(
                "{count} d'entre elles n'ont pas été rendues au secrétariat : le travail du jury qu'elles contiennent "
                "sera perdu."
            ).format(count=len(pending))
        answer = QMessageBox.question(
            self,
            tr("Purger ce poste"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def purge(self) -> workstation.PurgeResult | None:
        """Remove the copies listed by `to_delete` after a confirmation; what was done, or None."""
        copies = self.to_delete()
        if not copies or not self.confirm(copies):
            return None
        try:
            self.purged = workstation.purge_workstation(only_returned=not self.ui.pendingCheck.isChecked())
        except JuryError as exc:
            self._say(str(exc), error=True)
            return None
        lines = [tr("Supprimée : {path}").format(path=copy.path) for copy in self.purged.removed]
        lines += [tr("Conservée (pas encore rendue) : {path}").format(path=copy.path) for copy in self.purged.kept]
        lines += [tr("Non supprimée : {why}").format(why=why) for _, why in self.purged.refused]
        self._say("\n".join(lines) or tr("Rien à supprimer."), error=bool(self.purged.refused))
        self.refresh()
        return self.purged
