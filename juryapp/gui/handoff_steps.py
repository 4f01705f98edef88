"""The steps the hand-off entry points share: the window they need, the package file's name, a
busy cursor while the work runs, the passphrase asked (once, retried after a wrong one; or a
new one twice), and a package written under a new passphrase."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from juryapp.errors import BadInput, JuryError, PassphraseRequired, WrongPassphrase
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.handoff_common import HandoffWindow, parent_of
from juryapp.gui.handoff_passphrase import PassphraseDialog
from juryapp.operations.handoff import Packaged

PACKAGE_SUFFIX = ".jurypkg"
_UNSAFE = re.compile(r"[^\w.-]+")
T = TypeVar("T")


class Cancelled(Exception):  # noqa: N818 - not an error: the user closed a question
    """The user closed a question: nothing more is done."""


def package_filter() -> str:
    return tr("Paquets juryapp (*.jurypkg);;Tous les fichiers (*)")


def with_suffix(name: str) -> Path:
    path = Path(name)
    return path if path.suffix else path.with_suffix(PACKAGE_SUFFIX)


def flush_panels(window: HandoffWindow) -> None:
    """What a panel is still editing is recorded before the file is packed or replaced."""
    flush = getattr(window, "_flush_panels", None)
    if callable(flush):
        flush()


@contextlib.contextmanager
def busy(window: HandoffWindow, message: str) -> Iterator[None]:
    """A wait cursor and `message` in the status bar while the work (encryption, writing) runs."""
    bar = window.statusBar()
    bar.showMessage(message)
    bar.repaint()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        bar.clearMessage()


def asks_passphrase(exc: BadInput) -> bool:
    return isinstance(exc, PassphraseRequired)


def wrong_passphrase(exc: BadInput) -> bool:
    return isinstance(exc, WrongPassphrase)


def with_passphrase(
    window: HandoffWindow, title: str, attempt: Callable[[bytes | None], T], accept_text: str
) -> tuple[T, bytes | None] | None:
    """`attempt(None)`, then, when the package is encrypted, `attempt(passphrase)` as long as the
    user types a wrong one and does not cancel; the result and the passphrase that opened it.
    Other refusals are raised."""
    passphrase: bytes | None = None
    dialog: PassphraseDialog | None = None
    while True:
        try:
            return attempt(passphrase), passphrase
        except BadInput as exc:
            if dialog is None and asks_passphrase(exc):
                dialog = PassphraseDialog(
                    parent_of(window),
                    confirm=False,
                    title=title,
                    explanation=tr("Ce paquet est chiffré : saisissez la phrase secrète convenue pour cette remise."),
                    accept_text=accept_text,
                )
            elif dialog is not None and wrong_passphrase(exc):
                dialog.set_problem(tr("Phrase secrète incorrecte (ou paquet altéré) : saisissez-la de nouveau."))
            else:
                raise
        if dialog.exec() != QDialog.DialogCode.Accepted:
            dialog.forget()
            return None
        passphrase = dialog.passphrase()
        dialog.forget()


def new_passphrase(window: HandoffWindow, title: str, explanation: str, accept_text: str) -> tuple[bytes | None]:
    """The passphrase of a package to write, typed twice, or (None,) for « sans chiffrement »
    after its warning; Cancelled when the user cancels."""
    dialog = PassphraseDialog(
        parent_of(window), confirm=True, title=title, explanation=explanation, accept_text=accept_text
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    passphrase = dialog.passphrase()
    dialog.forget()
    if not accepted:
        raise Cancelled
    return (passphrase,)


def write_package(
    window: HandoffWindow,
    passphrase_title: str,
    explanation: str,
    working: str,
    write: Callable[[bytes | None], Packaged],
) -> Packaged | None:
    """A new passphrase asked (`passphrase_title`, `explanation`), what the panels are editing
    recorded, then `write(passphrase)` under a busy cursor saying `working`; the package written,
    or None when the user cancelled or the writing was refused (the refusal shown)."""
    try:
        (passphrase,) = new_passphrase(window, passphrase_title, explanation, tr("&Écrire le paquet"))
    except Cancelled:
        return None
    flush_panels(window)
    try:
        with busy(window, working):
            return write(passphrase)
    except JuryError as exc:
        QMessageBox.warning(parent_of(window), tr("Paquet non écrit"), str(exc))
        return None


def refuse_read_only(window: HandoffWindow, title: str) -> bool:
    """Say so and return True when the open file cannot be written from this window."""
    context = window.context
    if not context.read_only:
        return False
    QMessageBox.warning(
        parent_of(window),
        title,
        tr("Fichier ouvert en lecture seule ({why}) : rien n'a été fait.").format(why=context.read_only_reason),
    )
    return True


def default_name(context: SessionContext, suffix: str = "") -> str:
    ref = _UNSAFE.sub("-", context.state.data.session.ref).strip("-") or "session"
    return f"{ref}{suffix}{PACKAGE_SUFFIX}"
