"""The hand-off between the secretariat and the jury, as the window's menu runs it (issue 11).

Each entry point takes the main window (its `context`, `switch_to(path)` and `statusBar()`) and
does the whole interaction: the file dialogs, the passphrase, a busy cursor while the work is
done, the result said. Everything is done by `juryapp.operations.handoff`, `workstation` and
`take_back`; a refusal is shown as the operation words it and nothing is written.

- `prepare_for_jury`: « Préparer pour le jury… »
- `open_package_file`: « Ouvrir un paquet du secrétariat… » (on the jury laptop)
- `return_to_secretariat`: « Remettre au secrétariat… » (on the jury laptop)
- `take_back_from_jury`: « Reprendre du jury… » (see `handoff_take_back`)
- `purge_workstation_dialog`: « Purger ce poste… » (see `handoff_purge`)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from juryapp.errors import JuryError
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.handoff_laptop import open_package_file, return_to_secretariat
from juryapp.gui.handoff_purge import PurgeWorkstationDialog
from juryapp.gui.handoff_steps import (
    HandoffWindow,
    busy,
    default_name,
    flush_panels,
    package_filter,
    parent_of,
    refuse_read_only,
    with_passphrase,
    with_suffix,
    write_package,
)
from juryapp.gui.handoff_take_back import TakeBackDialog, describe_done, preview
from juryapp.operations import files as session_files
from juryapp.operations import handoff, sessions
from juryapp.operations.take_back import TakeBack, take_back
from juryapp.operations.workstation import PurgeResult

__all__ = [
    "open_package_file",
    "prepare_for_jury",
    "purge_workstation_dialog",
    "return_to_secretariat",
    "take_back_from_jury",
]


# -- « Préparer pour le jury » ----------------------------------------------------------------------


def prepare_for_jury(window: HandoffWindow) -> handoff.Packaged | None:
    """« Préparer pour le jury… »: the open session as a package for the jury laptop, encrypted by a
    passphrase typed twice (or, after a warning, not); the hand-off recorded in the file and in the
    centre archive. The package written, or None."""
    title = tr("Préparer pour le jury")
    context = window.context
    if refuse_read_only(window, title):
        return None
    default = context.path.with_name(default_name(context))
    name, _ = QFileDialog.getSaveFileName(parent_of(window), title, str(default), package_filter())
    if not name:
        return None
    packaged = write_package(
        window,
        tr("Phrase secrète du paquet pour le jury"),
        tr(
            "Le paquet contient toute la session : noms, dates de naissance, résultats. Chiffré par une phrase "
            "secrète, il ne révèle rien à qui trouverait la clé USB. Donnez la phrase secrète au jury par un "
            "autre moyen que la clé (de vive voix, par téléphone)."
        ),
        tr("Préparation du paquet pour le jury…"),
        lambda passphrase: handoff.package_for_jury(
            context.path, with_suffix(name), passphrase=passphrase, actor=context.actor
        ),
    )
    if packaged is None:
        return None
    lines = packaged.lines()
    if packaged.encrypted:
        lines.append(tr("Donnez la phrase secrète au jury par un autre moyen que la clé USB."))
    QMessageBox.information(parent_of(window), title, "\n".join(lines))
    window.statusBar().showMessage(tr("Paquet pour le jury écrit : {path}").format(path=packaged.path), 10000)
    return packaged


def purge_workstation_dialog(window: HandoffWindow) -> PurgeResult | None:
    """« Purger ce poste… »: this computer's working copies, removed after a confirmation."""
    dialog = PurgeWorkstationDialog(parent_of(window))
    dialog.exec()
    if dialog.purged is not None and dialog.purged.removed:
        count = len(dialog.purged.removed)
        window.statusBar().showMessage(tr("{count} copie(s) de travail supprimée(s)").format(count=count), 10000)
    return dialog.purged


# -- « Reprendre du jury » --------------------------------------------------------------------------


def take_back_from_jury(window: HandoffWindow) -> TakeBack | None:
    """« Reprendre du jury… »: choose the return package, show what changed since the hand-off
    candidate by candidate (conflicts first, in red); « Reprendre » records it in the centre archive
    and, when the open file is that session, replaces it (unchanged since the hand-off) or writes the
    jury's file beside it. With a conflict nothing is taken back. The take-back done, or None."""
    title = tr("Reprendre du jury")
    context = window.context
    name, _ = QFileDialog.getOpenFileName(parent_of(window), title, str(context.path.parent), package_filter())
    if not name:
        return None
    package = Path(name)
    flush_panels(window)
    try:
        found = with_passphrase(
            window, title, lambda passphrase: _preview(window, package, passphrase, None), tr("&Lire le paquet")
        )
        if found is None:
            return None
        previewed, passphrase = found
        session: Path | None = None
        if previewed.manifest.session_ref == context.state.data.session.ref:
            if refuse_read_only(window, title):
                return None
            session = context.path
            previewed = _preview(window, package, passphrase, context)
    except JuryError as exc:
        QMessageBox.warning(parent_of(window), tr("Paquet non repris"), str(exc))
        return None
    dialog = TakeBackDialog(previewed, session=session, other_file=context.path, parent=parent_of(window))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        done = _take_back(window, package, passphrase, session)
    except JuryError as exc:
        QMessageBox.warning(parent_of(window), tr("Paquet non repris"), str(exc))
        return None
    if done.conflicts:  # changed since the preview: shown, nothing written
        TakeBackDialog(done, session=session, other_file=context.path, parent=parent_of(window), done=True).exec()
        return done
    QMessageBox.information(parent_of(window), title, "\n".join(describe_done(done)))
    window.statusBar().showMessage(tr("Session {ref} reprise du jury").format(ref=done.manifest.session_ref), 10000)
    return done


def _preview(
    window: HandoffWindow, package: Path, passphrase: bytes | None, context: SessionContext | None
) -> TakeBack:
    with busy(window, tr("Lecture du paquet…")):
        return preview(package, passphrase, context, actor=window.context.actor)


def _take_back(window: HandoffWindow, package: Path, passphrase: bytes | None, session: Path | None) -> TakeBack:
    """The real take-back; the window lets its file go meanwhile when it is the one replaced."""
    context = window.context
    with busy(window, tr("Reprise du paquet…")):
        if session is None:
            return take_back(package, passphrase=passphrase, actor=context.actor)
        sessions.close(context.store)  # the take-back locks the file to replace it
        try:
            return take_back(package, passphrase=passphrase, session=session, actor=context.actor)
        finally:
            _reopen(window, session)


def _reopen(window: HandoffWindow, path: Path) -> None:
    """The window works on `path` again (after the take-back closed it, to replace it)."""
    context = window.context
    try:
        opened = session_files.open_session(path)
    except JuryError as exc:
        QMessageBox.warning(
            parent_of(window),
            tr("Réouverture impossible"),
            tr("{error}\n\nFermez cette fenêtre et ouvrez de nouveau le fichier.").format(error=exc),
        )
        return
    context.replace_store(opened.store)
    context.check_integrity()
