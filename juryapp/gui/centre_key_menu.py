"""« Documents › Clé du centre »: show, create on purpose, back up and restore the seal key.

Each act is recorded in the centre folder's history and, since a session is open, in that
session's audit. Creating a key, or replacing one by a restore, asks for a confirmation.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from juryapp.errors import JuryError, os_error_text
from juryapp.gui.context import SessionContext, tr
from juryapp.operations import keys

if TYPE_CHECKING:
    from juryapp.operations.keys import CentreKeys, KeyEvent


class KeyActDialog(QDialog):
    """Explains an act on the centre's key and asks for its reason and an explicit confirmation;
    with `reason_required` (replacing the centre's key), the act waits for a reason too."""

    def __init__(
        self,
        title: str,
        text: str,
        action: str,
        check: str,
        parent: QWidget | None = None,
        *,
        reason_required: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.reason_required = reason_required
        self.explanation = QLabel(text, self)
        self.explanation.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(tr("Motif"))
        self.reason.setPlaceholderText(
            tr("obligatoire : inscrit à l'historique des clés et au journal de la session")
            if reason_required
            else tr("inscrit à l'historique des clés et au journal de la session")
        )
        self.confirm = QCheckBox(check, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.accept_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setEnabled(False)
        self.accept_button.setAccessibleDescription(
            tr("Possible une fois la case de confirmation cochée et le motif écrit.")
            if reason_required
            else tr("Possible une fois la case de confirmation cochée.")
        )
        form = QFormLayout()
        form.addRow(tr("&Motif :"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.confirm.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _update(self) -> None:
        ready = self.confirm.isChecked() and (bool(self.reason_text()) or not self.reason_required)
        self.accept_button.setEnabled(ready)

    def reason_text(self) -> str:
        return " ".join(self.reason.text().split())


def new_key_text(state: CentreKeys) -> str:
    """What creating a new key does, given what the centre folder holds."""
    if state.has_private_file:
        which = state.private_fingerprint or tr("illisible")
        return tr(
            "La clé actuelle du centre ({fp}) sera retirée : elle reste connue pour vérifier les documents "
            "qu'elle a scellés, mais n'en scellera plus aucun. Les documents définitifs seront scellés avec "
            "la nouvelle clé.\n\nSi la clé actuelle fonctionne, vous n'avez pas besoin d'en changer. "
            "Le motif du remplacement est obligatoire."
        ).format(fp=which)
    if state.current is not None:
        return tr(
            "La clé du centre ({fp}) est absente de cette machine. Si vous en avez une sauvegarde, "
            "restaurez-la plutôt (Documents › Clé du centre › Restaurer…) : les documents qu'elle a scellés "
            "restent vérifiables dans tous les cas, mais une nouvelle clé change l'empreinte de vos documents."
            "\n\nCréer une nouvelle clé retire celle-ci : le motif du remplacement est obligatoire."
        ).format(fp=state.current.fingerprint)
    return tr(
        "Aucune clé du centre n'existe encore sur cette machine. La clé scelle les documents définitifs ; "
        "elle est créée une fois, puis sauvegardée (Documents › Clé du centre › Sauvegarder la clé du centre…)."
    )


def show_centre_key(parent: QWidget | None) -> str:
    """Show the centre's keys and their history; returns the text shown."""
    try:
        text = "\n".join(keys.describe_centre_keys())
    except JuryError as exc:
        text = str(exc)
    QMessageBox.information(parent, tr("Clé du centre"), text)
    return text


def new_centre_key(parent: QWidget | None, context: SessionContext | None) -> KeyEvent | None:
    """Create the centre's key on purpose, after a confirmation; None when cancelled or refused."""
    try:
        state = keys.read_centre_keys()
    except JuryError as exc:
        QMessageBox.warning(parent, tr("Nouvelle clé du centre"), str(exc))
        return None
    # A key on this machine, or recorded in the centre folder even without its private file, is
    # replaced only on purpose and with a reason (restoring it is the other way out, said above).
    replacing = state.has_private_file or state.current is not None
    dialog = KeyActDialog(
        tr("Nouvelle clé du centre"),
        new_key_text(state),
        tr("&Créer la clé"),
        tr("Je crée &volontairement une nouvelle clé du centre"),
        parent,
        reason_required=replacing,
    )
    if not dialog.exec():
        return None
    try:
        event = keys.create_centre_key(
            reason=dialog.reason_text(),
            actor=context.actor if context else None,
            replace_existing=replacing,
            session=context.store if context else None,
        )
    except JuryError as exc:
        QMessageBox.warning(parent, tr("Nouvelle clé du centre"), str(exc))
        return None
    QMessageBox.information(
        parent,
        tr("Nouvelle clé du centre"),
        tr(
            "Clé du centre créée : empreinte {fp}.\n\nSauvegardez-la maintenant (Documents › Clé du centre › "
            "Sauvegarder la clé du centre…) et gardez la sauvegarde hors de cette machine."
        ).format(fp=event.fingerprint),
    )
    return event


class PassphraseDialog(QDialog):
    """The passphrase that encrypts a backup, typed twice; empty means an unencrypted backup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Phrase secrète de la sauvegarde"))
        note = QLabel(
            tr(
                "La sauvegarde est chiffrée par cette phrase secrète ; elle sera demandée pour la restaurer. "
                "Sans phrase secrète, la sauvegarde n'est pas chiffrée : quiconque a le fichier peut sceller "
                "des documents au nom du centre."
            ),
            self,
        )
        note.setWordWrap(True)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit, name in ((self.first, tr("Phrase secrète")), (self.second, tr("Phrase secrète (confirmation)"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.first.setAccessibleDescription(
            tr("Elle chiffre la sauvegarde et sera demandée pour la restaurer ; vide : sauvegarde NON chiffrée.")
        )
        self.second.setAccessibleDescription(tr("La même phrase secrète, tapée une seconde fois."))
        self.mismatch = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(tr("&Phrase secrète :"), self.first)
        form.addRow(tr("&Confirmation :"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._connect_signals()
        self._check()

    def _connect_signals(self) -> None:
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _check(self) -> None:
        same = self.first.text() == self.second.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(same)
        if not same:
            self.mismatch.setText(tr("Les deux saisies diffèrent."))
        elif not self.first.text():
            self.mismatch.setText(tr("Sans phrase secrète : sauvegarde NON chiffrée."))
        else:
            self.mismatch.setText("")

    def passphrase(self) -> bytes | None:
        return self.first.text().encode("utf-8") or None


def backup_centre_key(parent: QWidget | None, context: SessionContext | None) -> KeyEvent | None:
    """Save the centre's key to a new file, encrypted when a passphrase is given."""
    title = tr("Sauvegarder la clé du centre")
    state = keys.read_centre_keys()
    default = f"cle-centre-{state.private_fingerprint or 'juryapp'}.pem"
    start = str((context.path.parent if context else Path.home()) / default)
    name, _ = QFileDialog.getSaveFileName(
        parent, title, start, tr("Clé PEM (*.pem)"), options=QFileDialog.Option.DontConfirmOverwrite
    )
    if not name:
        return None
    dialog = PassphraseDialog(parent)
    if not dialog.exec():
        return None
    try:
        event = keys.backup_centre_key(Path(name), dialog.passphrase(), actor=context.actor if context else None)
    except JuryError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    how = tr("chiffrée") if dialog.passphrase() else tr("NON chiffrée")
    QMessageBox.information(
        parent, title, tr("Clé {fp} sauvegardée ({how}) dans\n{file}").format(fp=event.fingerprint, how=how, file=name)
    )
    return event


def restore_centre_key(parent: QWidget | None, context: SessionContext | None) -> KeyEvent | None:
    """Put back the centre's key from a backup; replacing another key needs a confirmation."""
    title = tr("Restaurer la clé du centre")
    name, _ = QFileDialog.getOpenFileName(parent, title, "", tr("Clé PEM (*.pem);;Tous les fichiers (*)"))
    if not name:
        return None
    path = Path(name)
    passphrase = None
    try:
        if keys.backup_is_encrypted(path):
            text, ok = QInputDialog.getText(
                parent, title, tr("Phrase secrète de la sauvegarde :"), QLineEdit.EchoMode.Password
            )
            if not ok:
                return None
            passphrase = text.encode("utf-8")
        restoring = keys.what_restore_does(path, passphrase)
        replaced = restoring.replaced
        reason = ""
        if replaced:
            dialog = KeyActDialog(
                title,
                tr(
                    "La clé du centre actuelle ({old}) sera retirée et remplacée par celle de la sauvegarde ({new}). "
                    "L'ancienne reste connue pour vérifier les documents qu'elle a scellés."
                ).format(old=replaced, new=restoring.fingerprint),
                tr("&Remplacer la clé"),
                tr("Je remplace &volontairement la clé du centre"),
                parent,
            )
            if not dialog.exec():
                return None
            reason = dialog.reason_text()
        event = keys.restore_centre_key(
            path,
            passphrase,
            replace_existing=bool(replaced),
            reason=reason,
            actor=context.actor if context else None,
            session=context.store if context else None,
        )
    except JuryError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    except OSError as exc:
        QMessageBox.warning(parent, title, f"{exc.filename or path} : {os_error_text(exc)}")
        return None
    if event is None:
        QMessageBox.information(parent, title, tr("Cette clé est déjà la clé du centre : rien à faire."))
    else:
        QMessageBox.information(parent, title, tr("Clé du centre {fp} restaurée.").format(fp=event.fingerprint))
    return event
