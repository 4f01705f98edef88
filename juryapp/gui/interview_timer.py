"""A countdown for the entretien final, readable from across the table, that shows its overrun.

The display is refreshed by a one-second QTimer, but the time shown is always computed from a
monotonic clock, so missed or late ticks never make it drift. The clock is injectable (`now`,
seconds as a float) so that tests advance time without sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from juryapp.gui.context import tr
from juryapp.gui.style import scaled_font

DEFAULT_MINUTES = 20
TOGGLE_SHORTCUT = "F8"
RESET_SHORTCUT = "Ctrl+F8"
OVERRUN_COLOUR = "#b3261e"


def clock_text(seconds: int) -> str:
    """Whole seconds as mm:ss (minutes may exceed 59)."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes:02d}:{rest:02d}"


class InterviewTimer(QWidget):
    """Countdown of `minutes` (20 when None); past zero it counts the overrun up as « +mm:ss ».

    `started` and `paused` follow the Démarrer/Pause button; `overrun` is emitted once, when
    the planned duration is first exceeded (again only after a reset).
    """

    started = Signal()
    paused = Signal()
    overrun = Signal()

    def __init__(
        self,
        minutes: int | None = None,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now or time.monotonic
        self._duration = 60 * (minutes or DEFAULT_MINUTES)
        self._banked = 0.0  # seconds counted before the current run
        self._run_started: float | None = None
        self._overrun_signalled = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)

        self._display = QLabel(self)
        font = scaled_font(self._display, 3.5, bold=True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self._display.setFont(font)
        self._display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._display.setAccessibleName(tr("Temps de l'entretien final"))
        self._caption = QLabel(self)
        self._caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._toggle_button = QPushButton(self)
        self._reset_button = QPushButton(tr("Réinitialiser"), self)
        self._reset_button.setShortcut(QKeySequence(RESET_SHORTCUT))
        self._reset_button.setToolTip(
            tr("Remettre le chronomètre à {duration} ({key})").format(
                duration=clock_text(self._duration), key=RESET_SHORTCUT
            )
        )
        self._reset_button.setAccessibleName(tr("Réinitialiser le chronomètre"))
        self._toggle_button.setAccessibleName(tr("Démarrer ou mettre en pause le chronomètre"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._toggle_button)
        buttons.addWidget(self._reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._display)
        layout.addWidget(self._caption)
        layout.addLayout(buttons)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self._ticker.timeout.connect(self.refresh)
        self._toggle_button.clicked.connect(self.toggle)
        self._reset_button.clicked.connect(self.reset)

    # -- state --------------------------------------------------------------------------

    @property
    def duration_seconds(self) -> int:
        return self._duration

    def set_minutes(self, minutes: int | None) -> None:
        """Change the planned duration (20 minutes when None); the elapsed time is kept."""
        self._duration = 60 * (minutes or DEFAULT_MINUTES)
        self._overrun_signalled = self.elapsed_seconds() > self._duration
        self.refresh()

    def is_running(self) -> bool:
        return self._run_started is not None

    def elapsed_seconds(self) -> float:
        running = self._now() - self._run_started if self._run_started is not None else 0.0
        return self._banked + running

    def remaining_seconds(self) -> int:
        """Whole seconds left; negative once the duration is exceeded."""
        return self._duration - int(self.elapsed_seconds())

    def is_overrun(self) -> bool:
        return self.remaining_seconds() < 0

    def display_text(self) -> str:
        return self._display.text()

    def caption_text(self) -> str:
        return self._caption.text()

    # -- actions --------------------------------------------------------------------------

    def start(self) -> None:
        if self.is_running():
            return
        self._run_started = self._now()
        self._ticker.start()
        self.refresh()
        self.started.emit()

    def pause(self) -> None:
        if self._run_started is None:
            return
        self._banked += self._now() - self._run_started
        self._run_started = None
        self._ticker.stop()
        self.refresh()
        self.paused.emit()

    def toggle(self) -> None:
        if self.is_running():
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Stop and go back to the full duration."""
        was_running = self.is_running()
        self._ticker.stop()
        self._run_started = None
        self._banked = 0.0
        self._overrun_signalled = False
        self.refresh()
        if was_running:
            self.paused.emit()

    def refresh(self) -> None:
        """Show the time from the clock (called every second while running)."""
        remaining = self.remaining_seconds()
        if remaining < 0:
            text = "+" + clock_text(-remaining)
            self._display.setStyleSheet(f"color: {OVERRUN_COLOUR}")
            self._caption.setText(
                tr("⚠ Dépassement de la durée prévue ({duration})").format(duration=clock_text(self._duration))
            )
            self._caption.setStyleSheet(f"color: {OVERRUN_COLOUR}; font-weight: bold")
            self._display.setAccessibleDescription(tr("Dépassement de {time}").format(time=text[1:]))
        else:
            text = clock_text(remaining)
            self._display.setStyleSheet("")
            state = tr("Temps restant") if self.is_running() or self._banked else tr("Durée prévue")
            self._caption.setText(
                tr("{state} — entretien final de {minutes} min").format(state=state, minutes=self._duration // 60)
            )
            self._caption.setStyleSheet("")
            self._display.setAccessibleDescription(tr("Temps restant {time}").format(time=text))
        self._display.setText(text)
        self._update_buttons()
        if remaining < 0 and not self._overrun_signalled:
            self._overrun_signalled = True
            self.overrun.emit()

    def _update_buttons(self) -> None:
        if self.is_running():
            label, tip = tr("Pause"), tr("Mettre le chronomètre en pause ({key})")
        elif self._banked:
            label, tip = tr("Reprendre"), tr("Reprendre le chronomètre ({key})")
        else:
            label, tip = tr("Démarrer"), tr("Démarrer le chronomètre ({key})")
        self._toggle_button.setText(label)
        self._toggle_button.setShortcut(QKeySequence(TOGGLE_SHORTCUT))
        self._toggle_button.setToolTip(tip.format(key=TOGGLE_SHORTCUT))
        self._reset_button.setEnabled(self.is_running() or bool(self._banked))

    def toggle_button(self) -> QPushButton:
        return self._toggle_button

    def reset_button(self) -> QPushButton:
        return self._reset_button
