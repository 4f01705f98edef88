"""« Restaurer une sauvegarde… »: the rolling backups of the open file, newest first, and putting one back.

A restore closes the file, backs it up as it stands, puts the chosen backup in its place and
opens it again (all through `juryapp.operations.files`); when it fails, the file is opened again
as it was and the error said. Nothing is restored without a confirmation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from juryapp.errors import JuryError
from juryapp.gui.context import SessionContext, tr
from juryapp.operations.files import BackupInfo, backup_folder_of, backups_of

DATE, REASON, CONTENT = range(3)


class BackupsDialog(QDialog):
    """Lists `backups_of(context.path)`; « Restaurer » puts the chosen one back after a confirmation."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.restored: Path | None = None  # the backup put back, once done
        self.setWindowTitle(tr("Restaurer une sauvegarde"))
        self.explanation = QLabel(
            tr(
                "Sauvegardes automatiques de {file}, la plus récente en premier. La restauration remplace "
                "le fichier par la sauvegarde choisie ; le fichier actuel est d'abord sauvegardé lui aussi."
            ).format(file=context.path.name),
            self,
        )
        self.explanation.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(tr("Sauvegardes de la session"))
        self.list.setHeaderLabels([tr("Date et heure"), tr("Occasion"), tr("Contenu")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setStretchLastSection(True)
        self.empty = QLabel(tr("Aucune sauvegarde de ce fichier pour l'instant."), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(tr("&Restaurer…"), QDialogButtonBox.ButtonRole.ActionRole)
        # Enter closes the list: replacing the file is chosen on purpose, never by a stray key.
        self.restore_button.setAutoDefault(False)
        self.folder_button = self.buttons.addButton(
            tr("Ouvrir le &dossier des sauvegardes"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.folder_button.clicked.connect(self.open_folder)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item, _column: self.restore_chosen())

    def refresh(self) -> None:
        """List the backups again, newest first."""
        self.list.clear()
        try:
            self.backups = backups_of(self._context.path)
        except (JuryError, OSError) as exc:
            self.backups = []
            self.empty.setText(tr("Sauvegardes illisibles : {error}").format(error=exc))
        for info in self.backups:
            item = QTreeWidgetItem([info.taken_at.strftime("%d/%m/%Y %H:%M:%S"), info.reason_text, info.summary()])
            item.setToolTip(CONTENT, str(info.path))
            if info.problem:
                item.setForeground(CONTENT, Qt.GlobalColor.darkRed)
            self.list.addTopLevelItem(item)
        gap = self.list.fontMetrics().averageCharWidth() * 3  # the columns apart, whatever the text size
        for column in (DATE, REASON):
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, self.list.columnWidth(column) + gap)
        self.list.setVisible(bool(self.backups))
        self.empty.setVisible(not self.backups)
        newest = self.list.topLevelItem(0)
        if newest is not None:
            self.list.setCurrentItem(newest)
        self._update_buttons()

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _update_buttons(self) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(chosen is not None and not chosen.problem and not self._context.read_only)
        self.restore_button.setToolTip(
            tr("Fichier ouvert en lecture seule : rien ne peut y être restauré depuis cette fenêtre.")
            if self._context.read_only
            else ""
        )

    def confirm(self, info: BackupInfo) -> bool:
        """Ask before replacing the file (tests replace this)."""
        answer = QMessageBox.question(
            self,
            tr("Restaurer une sauvegarde"),
            tr(
                "Remplacer {file} par la sauvegarde du {at} ({reason} : {summary}) ?\n\n"
                "Ce qui a été saisi depuis sera retiré du fichier ; le fichier actuel est d'abord sauvegardé "
                "et reste restaurable depuis cette liste."
            ).format(
                file=self._context.path.name,
                at=info.taken_at.strftime("%d/%m/%Y à %H:%M:%S"),
                reason=info.reason_text,
                summary=info.summary(),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_chosen(self) -> bool:
        """Restore the chosen backup after a confirmation; True when the file was replaced."""
        info = self.chosen()
        if info is None or info.problem or self._context.read_only or not self.confirm(info):
            return False
        try:
            self._context.restore(info.path)
        except (JuryError, OSError) as exc:
            QMessageBox.warning(
                self,
                tr("Restauration impossible"),
                tr("{error}\n\nLe fichier est resté tel qu'il était.").format(error=exc),
            )
            self.refresh()
            return False
        self.restored = info.path
        self.accept()
        return True

    def folder(self) -> Path:
        if self.backups:
            return self.backups[0].path.parent
        return backup_folder_of(self._context.path)

    def open_folder(self) -> None:
        folder = self.folder()
        if not folder.is_dir():
            QMessageBox.information(
                self, tr("Dossier des sauvegardes"), tr("Aucune sauvegarde encore : {folder}").format(folder=folder)
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
