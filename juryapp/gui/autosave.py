"""« Saved after a pause »: what a panel shows and has not recorded yet, and when it is recorded.

A panel calls `touch()` at each edit: the edit is pending, and recorded once the user has paused
for `delay_ms` (each edit starts the pause again). `touch(countdown=False)` leaves it pending
until the next `flush()` (after sign-off, where each save asks for a reason, it waits for the user
to leave the field), and `hold()` stops the pause without forgetting anything. `flush()` records
what is pending now (leaving the field, another candidate, closing the window); `cancel()` forgets
it (the stored state is shown again, or it was recorded another way). What cannot be recorded yet
(a refusal, a missing reason) stays pending.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# The pause in the typing after which an edit is recorded, in milliseconds.
SAVE_DELAY_MS = 700


class Autosave(QObject):
    """The pending state of one panel and its single-shot timer; `save` records what the panel
    shows and returns whether it could (False: still pending)."""

    def __init__(self, parent: QObject, save: Callable[[], bool], delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._save = save
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
