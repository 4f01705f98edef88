"""A window's first paint: work that can wait is run just after it, and `make bench` times it.

`after_first_paint` runs work the window does not need to be seen (the file's check, measuring the
rest of a long list) once the window is on screen, so that it shows as soon as it is filled.

With JURYAPP_EXIT_AFTER_FIRST_PAINT set, the application prints when its window is first painted,
filled with the session, then quits (a whole process is measured): the line is
`juryapp-painted <resident memory in KiB>`; nothing happens without the variable. With
JURYAPP_REPORT_AFTER_MS too, the line waits that long after the paint (memory once settled).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "JURYAPP_EXIT_AFTER_FIRST_PAINT"
# For a memory figure: how long after the paint the line is printed (the rest of a long list
# measured, the file checked), in milliseconds.
SETTLE_ENV = "JURYAPP_REPORT_AFTER_MS"
# Longest wait for the paint of a widget shown already (it may have nothing to repaint).
PAINT_WAIT_MS = 100


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
            # Once this paint and the ones queued with it are done: the window is on screen, filled
            # (or, for its memory, once the work left for after the paint is done too).
            QTimer.singleShot(_settle_ms(), self._report)
        return False

    def _report(self) -> None:
        sys.stdout.write(f"juryapp-painted {resident_kib()}\n")
        sys.stdout.flush()
        self._app.quit()


def _settle_ms() -> int:
    try:
        return max(0, int(os.environ.get(SETTLE_ENV, "0")))
    except ValueError:
        return 0


def requested() -> bool:
    return bool(os.environ.get(ENV))


def watch(app: QApplication, window: QWidget) -> None:
    """Print and quit after `window`'s first paint, when the environment asks for it."""
    if not requested():
        return
    window.installEventFilter(_FirstPaint(app))


class _AfterPaint(QObject):
    """Runs `callback` once: at the turn of the event loop after `widget`'s next paint, at once
    when `widget` is not on screen, and after PAINT_WAIT_MS at the latest."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(0, self, self._unless_visible)
        QTimer.singleShot(PAINT_WAIT_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._widget and event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self._run)
        return False

    def _unless_visible(self) -> None:
        if not self._widget.isVisible():
            self._run()

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        callback()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Run `callback` just after `widget`'s next paint, or at the next turn of the event loop when
    `widget` is not on screen by then: work the window does not need to be seen waits until it is."""
    _AfterPaint(widget, callback)
