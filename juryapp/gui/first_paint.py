"""For `make bench`: with JURYAPP_EXIT_AFTER_FIRST_PAINT set, the application prints when its
window is first painted, filled with the session, then quits (a whole process is measured).

The line is `juryapp-painted <resident memory in KiB>`; nothing happens without the variable.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "JURYAPP_EXIT_AFTER_FIRST_PAINT"


def resident_kib() -> int:
    """This process's resident memory (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            # Once this paint and the ones queued with it are done: the window is on screen, filled.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        sys.stdout.write(f"juryapp-painted {resident_kib()}\n")
        sys.stdout.flush()
        self._app.quit()


def requested() -> bool:
    return bool(os.environ.get(ENV))


def watch(app: QApplication, window: QWidget) -> None:
    """Print and quit after `window`'s first paint, when the environment asks for it."""
    if not requested():
        return
    window.installEventFilter(_FirstPaint(app))
