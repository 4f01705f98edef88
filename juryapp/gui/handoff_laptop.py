"""The jury laptop's side of the hand-off: « Ouvrir un paquet du secrétariat… » (the package's
session written to a working copy and opened in place of the window) and « Remettre au
secrétariat… » (the working copy packed back, encrypted as the hand-off was)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from juryapp.errors import BadInput, CopyExists, JuryError
from juryapp.gui.context import tr
from juryapp.gui.handoff_steps import (
    Cancelled,
    HandoffWindow,
    busy,
    default_name,
    package_filter,
    parent_of,
    refuse_read_only,
    with_passphrase,
    with_suffix,
    write_package,
)
from juryapp.operations import handoff, workstation


def ask_existing_copy(parent: QWidget | None, existing: Path) -> str | None:
    """A working copy of this hand-off, with changes, is already on this computer: « open » it,
    « replace » it (its changes lost), or None (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Ouvrir un paquet du secrétariat"), "", parent=parent)
    box.setText(
        tr(
            "Une copie de travail de cette remise est déjà sur ce poste, avec des changements :\n{file}\n\n"
            "Ouvrir cette copie, ou la remplacer par le paquet (ses changements seront perdus) ?"
        ).format(file=existing)
    )
    open_button = box.addButton(tr("&Ouvrir la copie"), QMessageBox.ButtonRole.AcceptRole)
    replace_button = box.addButton(tr("&Remplacer par le paquet"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    return "open" if clicked is open_button else "replace" if clicked is replace_button else None


def open_package_file(window: HandoffWindow, path: Path | None = None) -> Path | None:
    """« Ouvrir un paquet du secrétariat… »: the package's session written to a working copy on
    this computer (the passphrase asked when it is encrypted, again after a wrong one) and opened
    in place of this window. The working copy, or None."""
    title = tr("Ouvrir un paquet du secrétariat")
    if path is None:
        start = str(window.context.path.parent)
        name, _ = QFileDialog.getOpenFileName(parent_of(window), title, start, package_filter())
        if not name:
            return None
        path = Path(name)
    package = path

    def attempt(passphrase: bytes | None) -> Path:
        try:
            with busy(window, tr("Ouverture du paquet…")):
                return workstation.open_package(package, passphrase=passphrase).path
        except BadInput as exc:
            if not isinstance(exc, CopyExists) or exc.file is None:
                raise
            existing = Path(exc.file)
        choice = ask_existing_copy(parent_of(window), existing)
        if choice == "open":
            return existing
        if choice == "replace":
            with busy(window, tr("Ouverture du paquet…")):
                return workstation.open_package(package, passphrase=passphrase, replace=True).path
        raise Cancelled

    try:
        found = with_passphrase(window, title, attempt, tr("&Ouvrir le paquet"))
    except Cancelled:
        return None
    except JuryError as exc:
        QMessageBox.warning(parent_of(window), tr("Paquet non ouvert"), str(exc))
        return None
    if found is None:
        return None
    copy = found[0]
    if copy.resolve() == window.context.path.resolve():
        window.statusBar().showMessage(tr("Cette copie de travail est déjà ouverte : {path}").format(path=copy), 10000)
    else:
        window.switch_to(copy)
    return copy


def return_to_secretariat(window: HandoffWindow) -> handoff.Packaged | None:
    """« Remettre au secrétariat… »: the jury's working copy as a return package, encrypted as the
    hand-off was (a passphrase typed twice, or none after a warning). The package, or None."""
    title = tr("Remettre au secrétariat")
    context = window.context
    if refuse_read_only(window, title):
        return None
    folder = context.path.parent
    with contextlib.suppress(JuryError):
        here = context.path.resolve()
        registered = next((copy for copy in workstation.workstation_copies() if copy.path == here), None)
        if registered is not None and Path(registered.package).parent.is_dir():
            folder = Path(registered.package).parent  # beside the package received: the stick, most likely
    default = folder / default_name(context, "-retour")
    name, _ = QFileDialog.getSaveFileName(parent_of(window), title, str(default), package_filter())
    if not name:
        return None
    packaged = write_package(
        window,
        tr("Phrase secrète du paquet de retour"),
        tr(
            "Le paquet de retour contient toute la session et les décisions du jury. Chiffrez-le par une phrase "
            "secrète convenue avec le secrétariat : une clé USB perdue ne révélera rien."
        ),
        tr("Préparation du paquet de retour…"),
        lambda passphrase: handoff.package_for_secretariat(
            context.path, with_suffix(name), passphrase=passphrase, actor=context.actor
        ),
    )
    if packaged is None:
        return None
    lines = [
        *packaged.lines(),
        tr(
            "Une fois le paquet repris par le secrétariat, « Purger ce poste » supprimera la copie de travail "
            "de cet ordinateur."
        ),
    ]
    QMessageBox.information(parent_of(window), title, "\n".join(lines))
    window.statusBar().showMessage(tr("Paquet de retour écrit : {path}").format(path=packaged.path), 10000)
    return packaged
