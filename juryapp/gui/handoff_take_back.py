"""« Reprendre du jury » (`ui/take_back.ui`): what changed since the hand-off, candidate by
candidate, before anything is written.

What it would do is first computed by `take_back`'s dry run (`preview`), which only reads the
centre archive and the open session file. The dialog shows that preview; « Reprendre » then
runs the real take-back. With a conflict « Reprendre » is disabled:
nothing is merged, nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidgetItem, QWidget

from juryapp.gui.context import SessionContext, tr
from juryapp.gui.forms.ui_take_back import Ui_TakeBackDialog
from juryapp.gui.handoff_common import CONFLICT_COLOUR, fit_to_screen
from juryapp.gui.text_limits import ERROR_STYLE
from juryapp.operations import archive as archive_ops
from juryapp.operations.take_back import TakeBack, take_back
from juryapp.rules.wording import fr_datetime

CHANGE, BY = range(2)
CONFLICT, JURY, SECRETARIAT = "conflict", "jury", "secretariat"


def preview(
    package: Path, passphrase: bytes | None, context: SessionContext | None, actor: str | None = None
) -> TakeBack:
    """What « Reprendre du jury » would find and write (`take_back`'s dry run: it only reads the
    centre archive and, given `context`, the open session). Raises what `take_back` raises (a
    wrong passphrase, an unknown hand-off…)."""
    return take_back(
        package,
        passphrase=passphrase,
        archive=archive_ops.archive_path(),
        session=context.path if context is not None else None,
        actor=actor,
        dry_run=True,
    )


def _without_ref(text: str, candidate: str | None) -> str:
    return text.removeprefix(f"{candidate} — ") if candidate is not None else text


class TakeBackDialog(QDialog):
    """Shows a take-back (`result`, a preview or the real one after a late conflict). `session` is
    the open file the take-back concerns (None: the archive only; `other_file` then names the
    file open in the window, which is another session's)."""

    def __init__(
        self,
        result: TakeBack,
        *,
        session: Path | None,
        other_file: Path | None = None,
        parent: QWidget | None = None,
        done: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TakeBackDialog()
        self.ui.setupUi(self)
        self.take_back = result
        self.take_button = self.ui.buttonBox.addButton(tr("&Reprendre"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_button.setAutoDefault(False)  # taking back is chosen on purpose, never by a stray Enter
        self.take_button.setAccessibleDescription(
            tr("Fait ce que dit le texte au-dessus de la liste ; impossible tant qu'il reste un conflit.")
        )
        self.cancel_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("&Annuler") if not done else tr("&Fermer"))
        self.cancel_button.setDefault(True)
        self.take_button.setEnabled(result.clean and not done)
        self.take_button.setVisible(not done)
        header = self.ui.changesTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CHANGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BY, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.summaryLabel.setText(self._summary())
        self.ui.statusLabel.setText(self._status(session, other_file))
        self.ui.statusLabel.setStyleSheet(ERROR_STYLE if result.conflicts else "")
        self._fill()
        fit_to_screen(self, 130, 36)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    # -- texts -----------------------------------------------------------------------------

    def _summary(self) -> str:
        m = self.take_back.manifest
        return tr(
            "Paquet {package} : session {ref} ({title}), remise {handoff}, rendue au secrétariat par {who} le {when}."
        ).format(
            package=self.take_back.package,
            ref=m.session_ref,
            title=m.title,
            handoff=m.handoff[:8],
            who=m.created_by,
            when=fr_datetime(m.created_at),
        )

    def _status(self, session: Path | None, other_file: Path | None) -> str:
        result = self.take_back
        if result.conflicts:
            return tr(
                "{count} conflit(s) : le secrétariat et le jury ont modifié différemment les mêmes éléments (en "
                "rouge, en tête de liste). Rien n'est fusionné ni enregistré : accordez les deux "
                "fichiers sur ces éléments, puis reprenez le paquet."
            ).format(count=len(result.conflicts))
        archive = archive_ops.archive_path()
        lines = [
            tr("« Reprendre » enregistre la session dans l'archive du centre ({archive}).").format(archive=archive)
        ]
        if session is None:
            lines.append(
                tr(
                    "Le fichier ouvert ({file}) n'est pas celui de la session {ref} : seule l'archive sera mise à "
                    "jour. Pour mettre aussi à jour le fichier de la session, ouvrez-le et reprenez le paquet depuis "
                    "sa fenêtre."
                ).format(file=other_file.name if other_file else "—", ref=result.manifest.session_ref)
            )
        elif result.up_to_date:
            lines.append(tr("Le fichier ouvert contient déjà ce retour du jury : il ne sera pas modifié."))
        elif result.beside is not None:
            lines.append(
                tr(
                    "Le secrétariat a modifié son fichier depuis la remise (changements « secrétariat » ci-dessous) : "
                    "le fichier ouvert n'est pas remplacé, le retour du jury sera écrit à côté, dans {beside} ; "
                    "reportez-y les changements du secrétariat avant de l'utiliser."
                ).format(beside=session.with_name(result.beside.name))
            )
        else:
            lines.append(
                tr(
                    "Le fichier ouvert ({file}) sera remplacé par le retour du jury ; il est d'abord sauvegardé "
                    "(Session › Restaurer une sauvegarde)."
                ).format(file=session)
            )
        return "\n".join(lines)

    # -- the tree --------------------------------------------------------------------------

    def _fill(self) -> None:
        result = self.take_back
        conflicting = {(c.candidate, c.area, c.key) for c in result.conflicts}
        groups: dict[str | None, list[tuple[str, str]]] = {}
        for conflict in result.conflicts:
            groups.setdefault(conflict.candidate, []).append((CONFLICT, conflict.text()))
        for side, changes in ((JURY, result.theirs), (SECRETARIAT, result.ours)):
            for change in changes:
                if (change.candidate, change.area, change.key) not in conflicting:
                    groups.setdefault(change.candidate, []).append((side, change.text()))
        tree = self.ui.changesTree
        tree.clear()
        if not groups:
            tree.addTopLevelItem(QTreeWidgetItem([tr("Aucun changement depuis la remise"), ""]))
            return
        labels = {CONFLICT: tr("jury et secrétariat"), JURY: tr("jury"), SECRETARIAT: tr("secrétariat")}
        red = QBrush(CONFLICT_COLOUR)
        for candidate, items in groups.items():
            if candidate is None:
                title = tr("Session")
            else:
                name = result.names.get(candidate)
                title = f"{candidate} — {name}" if name else candidate
            conflicts = sum(1 for side, _ in items if side == CONFLICT)
            count = (
                tr("{n} conflit(s)").format(n=conflicts) if conflicts else tr("{n} changement(s)").format(n=len(items))
            )
            top = QTreeWidgetItem([title, count])
            font = top.font(CHANGE)
            font.setBold(True)
            for column in (CHANGE, BY):
                top.setFont(column, font)
                if conflicts:
                    top.setForeground(column, red)
            for side, text in items:
                shown = _without_ref(text, candidate)
                if side == CONFLICT:
                    top.addChild(_conflict_item(shown, labels[side], red))
                    continue
                child = QTreeWidgetItem([shown, labels[side]])
                child.setToolTip(CHANGE, shown)
                top.addChild(child)
            tree.addTopLevelItem(top)
        tree.expandAll()


def _conflict_item(text: str, by: str, brush: QBrush) -> QTreeWidgetItem:
    """A conflict, « présence : conflit — à la remise : présent ; secrétariat : excusé ; jury : absent »,
    as its item and one line a side under it (a long line would be cut at 200 %)."""
    head, dash, sides = text.partition(" — ")
    item = QTreeWidgetItem([head if dash else text, by])
    lines = [QTreeWidgetItem([side, ""]) for side in sides.split(" ; ")] if dash else []
    for shown in (item, *lines):
        shown.setToolTip(CHANGE, text)
        for column in (CHANGE, BY):
            shown.setForeground(column, brush)
        if shown is not item:
            item.addChild(shown)
    return item


def describe_done(result: TakeBack) -> list[str]:
    """What a take-back wrote, in French (the changes were shown before)."""
    lines = []
    if result.archived:
        lines.append(tr("Session reprise dans l'archive du centre : {path}").format(path=result.archive))
    if result.replaced is not None:
        lines.append(tr("Fichier de session remplacé par le retour du jury : {path}").format(path=result.replaced))
        if result.backup is not None:
            lines.append(tr("L'ancien fichier est sauvegardé dans {path}").format(path=result.backup))
    if result.beside is not None:
        lines.append(
            tr(
                "Retour du jury écrit à côté : {path} ; le fichier du secrétariat a changé depuis la remise : "
                "reportez ses changements dans le retour du jury avant de l'utiliser."
            ).format(path=result.beside)
        )
    if result.up_to_date:
        lines.append(tr("Le fichier de session contenait déjà ce retour du jury : il n'a pas été modifié."))
    return lines
