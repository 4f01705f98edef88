"""« Saved after a pause »: what a panel shows and has not recorded yet, and when it is recorded.

A panel calls `touch()` at each edit: the edit is pending, and recorded once the user has paused
for `delay_ms` (each edit starts the pause again). `touch(countdown=False)` leaves it pending
until the next `flush()` (after sign-off, where each save asks for a reason, it waits for the user
to leave the field), and `hold()` stops the pause without forgetting anything. `flush()` records
what is pending now (leaving the field, another candidate, closing the window); `cancel()` forgets
it (the stored state is shown again, or it was recorded another way). What cannot be recorded yet
(a refusal, a missing reason) stays pending.

Nothing typed is lost: a panel may give its controller a `keep` function that keeps what is still
unfinished as drafts (juryapp.operations.drafts) and says what it could not keep. `keep_drafts(window)`
calls every such function before the file is left (quitting, another file); when something could
not be kept (a read-only file), `confirm_dropping` asks the user before it is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from juryapp.gui.context import tr
from juryapp.rules.wording import fr_datetime

# The pause in the typing after which an edit is recorded, in milliseconds.
SAVE_DELAY_MS = 700

# Keeps what a panel holds unfinished as drafts; returns what could not be kept, described in French.
Keeper = Callable[[], list[str]]


class Autosave(QObject):
    """The pending state of one panel and its single-shot timer; `save` records what the panel
    shows and returns whether it could (False: still pending)."""

    def __init__(
        self, parent: QObject, save: Callable[[], bool], delay_ms: int = SAVE_DELAY_MS, *, keep: Keeper | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._keep = keep
        self._pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        """Whether the panel shows something not recorded yet."""
        return self._pending

    def touch(self, *, countdown: bool = True) -> None:
        """An edit: pending, and recorded after the pause (with `countdown`) or at the next `flush`."""
        self._pending = True
        if countdown:
            self.timer.start()
        else:
            self.timer.stop()

    def hold(self) -> None:
        """No save at the end of the pause; what is pending stays pending until the next `flush`."""
        self.timer.stop()

    def flush(self) -> bool:
        """Record what is pending now; True when it was recorded or nothing was pending, False
        when `save` could not record it."""
        self.timer.stop()
        if not self._pending:
            return True
        saved = self._save()
        if saved:
            self._pending = False
        return saved

    def cancel(self) -> None:
        """Nothing pending any more: the panel shows the stored state again, or recorded it itself."""
        self.timer.stop()
        self._pending = False

    def keep_drafts(self) -> list[str]:
        """Keep what the panel holds unfinished as drafts (call `flush` first); what could not be
        kept, described (empty without a `keep` function)."""
        return self._keep() if self._keep is not None else []


def keep_drafts(root: QObject) -> list[str]:
    """Every panel under `root` keeps what it holds unfinished as drafts; what could not be kept."""
    lost: list[str] = []
    for autosave in root.findChildren(Autosave):
        lost += autosave.keep_drafts()
    return lost


def restored_text(saved_at: str) -> str:
    """« Brouillon du 09/12/2026 à 14:02 restauré »: said where a draft is shown again."""
    return tr("Brouillon du {when} restauré").format(when=fr_datetime(saved_at))


def confirm_dropping(parent: QWidget | None, lost: list[str]) -> bool:
    """Ask before dropping what could not be kept (the file is read-only); True: drop it and go on."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("Saisie non enregistrée"),
        tr(
            "Ce qui suit n'est pas enregistré et ne peut pas être gardé en brouillon (le fichier est en "
            "lecture seule) :\n\n{entries}\n\nSi vous continuez, cette saisie sera perdue."
        ).format(entries="\n".join("• " + entry for entry in lost)),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    drop = box.addButton(tr("Abandonner la saisie"), QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(tr("Revenir à la saisie"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is drop
