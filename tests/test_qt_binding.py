"""The Qt binding installed keeps Python's reference counts right.

PySide6 6.12.0 returns None from every method returning nothing without taking a reference to it:
on Python 3.11, None's count falls by one at each call until the process aborts (« Fatal Python
error: none_dealloc »), after about a hundred candidate switches in the window. pyproject.toml
keeps that binding out; this test fails on any binding that does it again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

CALLS = 100


class _Sender(QObject):
    ping = Signal()


def _drift(call) -> int:
    """How far None's reference count moves over CALLS calls of `call` (0 when the binding is right)."""
    call()  # anything created once (a cached wrapper, an enum) is made before counting
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return sys.getrefcount(None) - before


def test_methods_returning_nothing_keep_none_alive(qtbot) -> None:
    timer = QTimer()
    timer.setInterval(60_000)
    label = QLabel()
    qtbot.addWidget(label)
    sender = _Sender()
    sender.ping.connect(lambda: None)
    drifts = {
        "QTimer.start": _drift(timer.start),
        "QTimer.stop": _drift(timer.stop),
        "QLabel.setText": _drift(lambda: label.setText("Présent")),
        "QWidget.setEnabled": _drift(lambda: label.setEnabled(True)),
        "Signal.emit": _drift(sender.ping.emit),
    }
    # A call may leave a reference or two behind (a cache); a leak loses one per call.
    assert all(abs(drift) < CALLS // 2 for drift in drifts.values()), drifts
