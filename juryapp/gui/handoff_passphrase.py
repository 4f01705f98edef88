"""The passphrase of a hand-off package (`ui/passphrase.ui`), asked once (to open a package) or
twice (to write one).

A passphrase is never shown (password fields), never logged and never kept: `passphrase()`
hands its UTF-8 bytes to the caller and `forget()` clears the fields. Writing a package without
encryption is possible only after a warning that whoever holds the stick can read the session.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from juryapp.gui.context import tr
from juryapp.gui.forms.ui_passphrase import Ui_PassphraseDialog
from juryapp.gui.text_limits import ERROR_STYLE

# A new passphrase protects a whole session on a stick that may be lost: not a PIN.
MIN_NEW_PASSPHRASE = 8


class PassphraseDialog(QDialog):
    """Asks a package's passphrase: once (`confirm=False`), or twice with the choice of no
    encryption (`confirm=True`). Once accepted, `passphrase()` is the bytes, or None when the
    user chose « sans chiffrement »."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        confirm: bool,
        title: str = "",
        explanation: str = "",
        accept_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self._confirm = confirm
        self._problem = ""
        if title:
            self.setWindowTitle(title)
        if not explanation and confirm:  # a new passphrase: what it protects, and how to give it
            explanation = tr(
                "La phrase secrète chiffre le paquet : sans elle, personne ne peut lire la session. "
                "Donnez-la au jury par un autre moyen que la clé USB."
            )
        self.ui.explanationLabel.setText(explanation)
        self.ui.explanationLabel.setVisible(bool(explanation))
        for widget in (self.ui.confirmLabel, self.ui.confirmEdit, self.ui.unencryptedCheck):
            widget.setVisible(confirm)
        self.ui.problemLabel.setStyleSheet(ERROR_STYLE)
        if accept_text:
            self._ok().setText(accept_text)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self._connect_signals()
        self._check()
        self.resize(self.width(), self.ui.mainLayout.totalHeightForWidth(self.width()))

    def _connect_signals(self) -> None:
        self.ui.passphraseEdit.textChanged.connect(self._on_typed)
        self.ui.confirmEdit.textChanged.connect(self._on_typed)
        self.ui.unencryptedCheck.toggled.connect(self._on_unencrypted)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _ok(self):  # noqa: ANN202 - QPushButton
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    # -- what was typed ---------------------------------------------------------------------

    @property
    def unencrypted(self) -> bool:
        return self._confirm and self.ui.unencryptedCheck.isChecked()

    def problems(self) -> list[str]:
        """What keeps the dialog from being accepted (empty when it can be)."""
        if self.unencrypted:
            return []
        first = self.ui.passphraseEdit.text()
        if not first:
            return [tr("Saisissez la phrase secrète.")]
        if not self._confirm:
            return []
        problems = []
        if len(first) < MIN_NEW_PASSPHRASE:
            problems.append(
                tr("La phrase secrète doit avoir au moins {count} caractères.").format(count=MIN_NEW_PASSPHRASE)
            )
        if first != self.ui.confirmEdit.text():
            problems.append(tr("Les deux saisies diffèrent."))
        return problems

    def passphrase(self) -> bytes | None:
        """The passphrase as UTF-8 bytes; None when « sans chiffrement » was chosen."""
        if self.unencrypted:
            return None
        return self.ui.passphraseEdit.text().encode("utf-8")

    def forget(self) -> None:
        """Clear what was typed (the passphrase is not kept once used)."""
        for edit in (self.ui.passphraseEdit, self.ui.confirmEdit):
            edit.clear()

    def set_problem(self, text: str) -> None:
        """Say why the previous try failed (a wrong passphrase): asked again, fields cleared."""
        self._problem = text
        self.forget()
        self._check()
        self.ui.passphraseEdit.setFocus()

    # -- reactions -------------------------------------------------------------------------

    def _on_typed(self) -> None:
        self._problem = ""
        self._check()

    def _check(self) -> None:
        problems = self.problems()
        shown = [self._problem] if self._problem else []
        # Only what the user did wrong is said; an empty field is simply not accepted yet.
        if self.ui.passphraseEdit.text():
            shown += problems
        if self.unencrypted:
            shown.append(
                tr(
                    "Paquet NON chiffré : quiconque détient la clé USB ou une copie du fichier "
                    "peut lire toute la session."
                )
            )
        self.ui.problemLabel.setText("\n".join(shown))
        self.ui.problemLabel.setVisible(bool(shown))
        self._ok().setEnabled(not problems)
        # A dialog does not grow by itself for wrapped text: as tall as its texts need at this width.
        needed = self.ui.mainLayout.totalHeightForWidth(self.width())
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _on_unencrypted(self, checked: bool) -> None:
        if checked and not self.confirm_unencrypted():
            self.ui.unencryptedCheck.blockSignals(True)
            self.ui.unencryptedCheck.setChecked(False)
            self.ui.unencryptedCheck.blockSignals(False)
            checked = False
        if checked:
            self.forget()
        for widget in (self.ui.passphraseLabel, self.ui.passphraseEdit, self.ui.confirmLabel, self.ui.confirmEdit):
            widget.setEnabled(not checked)
        self._check()

    def confirm_unencrypted(self) -> bool:
        """The explicit warning before writing a package without encryption (tests replace this)."""
        answer = QMessageBox.warning(
            self,
            tr("Paquet sans chiffrement"),
            tr(
                "Sans phrase secrète, le paquet n'est PAS chiffré : quiconque détient la clé USB, ou une copie "
                "du fichier, peut lire toute la session (noms, dates de naissance, résultats, décisions).\n\n"
                "Écrire quand même le paquet sans chiffrement ?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _accept(self) -> None:
        if not self.problems():
            self.accept()
