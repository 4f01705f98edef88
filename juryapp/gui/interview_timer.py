"""The entretien final's countdown, one per candidate, readable from across the table.

Each candidate has a run of their own: showing another candidate keeps the first one's time
(running or paused); `set_candidate` chooses the run shown and driven by the buttons. The time is
always computed from a monotonic clock (a one-second QTimer only refreshes the display), so
missed ticks never make it drift; the moments recorded (start, end) come from the wall clock
given (the session's). Both clocks are injectable so that tests advance time without sleeping.

Démarrer / Pause / Reprendre (F8), Terminer (Maj+F8: `stopped` gives the start, the end and the
timed seconds, pauses left out), Réinitialiser (Ctrl+F8: the run is forgotten, a new one can start).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from juryapp.gui.context import tr
from juryapp.gui.style import scaled_font
from juryapp.rules.wording import clock

DEFAULT_MINUTES = 20
TOGGLE_SHORTCUT = "F8"
STOP_SHORTCUT = "Shift+F8"
RESET_SHORTCUT = "Ctrl+F8"
OVERRUN_COLOUR = "#b3261e"


def clock_text(seconds: int) -> str:
    """Whole seconds as mm:ss (minutes may exceed 59)."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes:02d}:{rest:02d}"


def duration_words(seconds: int) -> str:
    """« 20 min 30 s », « 45 s », « 1 h 02 min 05 s »."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return tr("{h} h {m:02d} min {s:02d} s").format(h=hours, m=minutes, s=secs)
    if minutes:
        return tr("{m} min {s:02d} s").format(m=minutes, s=secs)
    return tr("{s} s").format(s=secs)


def timing_words(started_at: str, ended_at: str, duration_seconds: int) -> str:
    """« Commencé à 14 h 00, terminé à 14 h 21, durée 20 min 30 s »."""
    start, end = dt.datetime.fromisoformat(started_at), dt.datetime.fromisoformat(ended_at)
    return tr("Commencé à {start}, terminé à {end}, durée {duration}").format(
        start=clock(start), end=clock(end), duration=duration_words(duration_seconds)
    )


@dataclass
class TimerRun:
    """One candidate's timing: seconds counted before the current run, the monotonic moment the
    current run began (None when paused), the wall-clock moment of the first start, and whether
    the interview was declared over (Terminer)."""

    banked: float = 0.0
    run_started: float | None = None
    started_at: dt.datetime | None = None
    stopped: bool = False
    overrun_signalled: bool = False

    @property
    def begun(self) -> bool:
        return self.started_at is not None


class InterviewTimer(QWidget):
    """Countdown of `minutes` (20 when None) for the shown candidate; past zero it counts the
    overrun up as « +mm:ss ».

    `started` and `paused` follow the Démarrer/Pause button; `overrun` is emitted once per run,
    when the planned duration is first exceeded; `stopped(started_at, ended_at, seconds)` when the
    shown run is ended with Terminer (ISO local date and time to the second, timed seconds).
    """

    started = Signal()
    paused = Signal()
    overrun = Signal()
    stopped = Signal(str, str, int)

    def __init__(
        self,
        minutes: int | None = None,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] | None = None,
        wall: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now or time.monotonic
        self._wall = wall or dt.datetime.now
        self._planned = minutes
        self._duration = 60 * (minutes or DEFAULT_MINUTES)
        self._runs: dict[str | None, TimerRun] = {}
        self._candidate: str | None = None
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
        self._caption.setWordWrap(True)
        self._toggle_button = QPushButton(self)
        self._toggle_button.setAccessibleName(tr("Démarrer ou mettre en pause le chronomètre"))
        self._stop_button = QPushButton(tr("Terminer"), self)
        self._stop_button.setShortcut(QKeySequence(STOP_SHORTCUT))
        self._stop_button.setToolTip(
            tr("Terminer l'entretien : son début, sa fin et sa durée sont enregistrés ({key})").format(
                key=QKeySequence(STOP_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self._stop_button.setAccessibleName(tr("Terminer l'entretien et enregistrer sa durée"))
        self._reset_button = QPushButton(tr("Réinitialiser"), self)
        self._reset_button.setShortcut(QKeySequence(RESET_SHORTCUT))
        self._reset_button.setAccessibleName(tr("Réinitialiser le chronomètre"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self._toggle_button, self._stop_button, self._reset_button):
            buttons.addWidget(button)
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
        self._stop_button.clicked.connect(self.stop)
        self._reset_button.clicked.connect(self.reset)

    # -- which run ------------------------------------------------------------------------

    @property
    def candidate(self) -> str | None:
        return self._candidate

    def set_candidate(self, ref: str | None) -> None:
        """Show and drive `ref`'s run; every other run keeps its time (running or paused)."""
        self._candidate = ref
        self._sync_ticker()
        self.refresh()

    def _run(self) -> TimerRun:
        return self._runs.setdefault(self._candidate, TimerRun())

    def run_of(self, ref: str | None) -> TimerRun | None:
        """`ref`'s run, None when it was never started (or was reset)."""
        run = self._runs.get(ref)
        return run if run is not None and run.begun else None

    def elapsed_of(self, ref: str | None) -> float:
        """Seconds timed for `ref`, pauses left out."""
        run = self._runs.get(ref)
        if run is None:
            return 0.0
        return run.banked + (self._now() - run.run_started if run.run_started is not None else 0.0)

    def begun_candidates(self) -> list[str]:
        """The candidates whose run was started (running, paused or ended) and not reset."""
        return [ref for ref, run in self._runs.items() if ref is not None and run.begun]

    def running_candidates(self) -> list[str]:
        """The candidates other than the shown one whose run is going on."""
        return [
            ref for ref, run in self._runs.items() if ref is not None and ref != self._candidate and run.run_started
        ]

    def use_clocks(self, now: Callable[[], float] | None = None, wall: Callable[[], dt.datetime] | None = None) -> None:
        """Measure with these clocks from now on (tests, a demonstration); set before any run starts."""
        self._now = now or self._now
        self._wall = wall or self._wall

    def restore(self, ref: str | None, started_at: dt.datetime, elapsed: float, *, stopped: bool) -> None:
        """Put back a run (a draft, a recorded timing): paused at `elapsed` seconds, or ended."""
        self._runs[ref] = TimerRun(
            banked=max(0.0, elapsed), started_at=started_at, stopped=stopped, overrun_signalled=elapsed > self._duration
        )
        if ref == self._candidate:
            self._sync_ticker()
            self.refresh()

    # -- state of the shown run --------------------------------------------------------------

    @property
    def duration_seconds(self) -> int:
        return self._duration

    def set_minutes(self, minutes: int | None) -> None:
        """Change the planned duration (20 minutes when None); the elapsed times are kept."""
        self._planned = minutes
        self._duration = 60 * (minutes or DEFAULT_MINUTES)
        for ref, run in self._runs.items():
            run.overrun_signalled = self.elapsed_of(ref) > self._duration
        self.refresh()

    def is_running(self) -> bool:
        return self._run().run_started is not None

    def is_stopped(self) -> bool:
        return self._run().stopped

    def elapsed_seconds(self) -> float:
        return self.elapsed_of(self._candidate)

    def remaining_seconds(self) -> int:
        """Whole seconds left; negative once the duration is exceeded."""
        return self._duration - int(self.elapsed_seconds())

    def is_overrun(self) -> bool:
        return self.remaining_seconds() < 0

    def display_text(self) -> str:
        return self._display.text()

    def caption_text(self) -> str:
        return self._caption.text()

    def planned_text(self) -> str:
        """« 20 min prévues » (the référentiel's duration), or the default when it sets none."""
        if self._planned is None:
            return tr("{minutes} min prévues (par défaut : le référentiel ne fixe pas de durée)").format(
                minutes=self._duration // 60
            )
        return tr("{minutes} min prévues").format(minutes=self._duration // 60)

    # -- actions --------------------------------------------------------------------------

    def start(self) -> None:
        """Start the shown run, or take it up again (also after Terminer: the same interview goes on)."""
        run = self._run()
        if run.run_started is not None:
            return
        if run.started_at is None:
            run.started_at = self._wall()
        run.stopped = False
        run.run_started = self._now()
        self._sync_ticker()
        self.refresh()
        self.started.emit()

    def pause(self) -> None:
        run = self._run()
        if run.run_started is None:
            return
        run.banked += self._now() - run.run_started
        run.run_started = None
        self._sync_ticker()
        self.refresh()
        self.paused.emit()

    def toggle(self) -> None:
        if self.is_running():
            self.pause()
        else:
            self.start()

    def stop(self) -> None:
        """End the shown interview: `stopped` gives its start, its end and its timed seconds."""
        run = self._run()
        if run.started_at is None or run.stopped:
            return
        was_running = run.run_started is not None
        if was_running:
            assert run.run_started is not None
            run.banked += self._now() - run.run_started
            run.run_started = None
        run.stopped = True
        ended = max(self._wall(), run.started_at)
        self._sync_ticker()
        self.refresh()
        if was_running:
            self.paused.emit()
        self.stopped.emit(
            run.started_at.isoformat(timespec="seconds"), ended.isoformat(timespec="seconds"), int(run.banked)
        )

    def reset(self) -> None:
        """Forget the shown run: back to the full duration, the next start is a new interview."""
        was_running = self.is_running()
        self._runs.pop(self._candidate, None)
        self._sync_ticker()
        self.refresh()
        if was_running:
            self.paused.emit()

    def _sync_ticker(self) -> None:
        if self.is_running():
            self._ticker.start()
        else:
            self._ticker.stop()

    def refresh(self) -> None:
        """Show the shown run's time from the clock (called every second while it runs)."""
        run = self._run()
        remaining = self.remaining_seconds()
        if remaining < 0:
            text = "+" + clock_text(-remaining)
            self._display.setStyleSheet(f"color: {OVERRUN_COLOUR}")
            self._display.setAccessibleDescription(tr("Dépassement de {time}").format(time=text[1:]))
        else:
            text = clock_text(remaining)
            self._display.setStyleSheet("")
            self._display.setAccessibleDescription(tr("Temps restant {time}").format(time=text))
        if run.stopped:
            caption = tr("Entretien terminé — {planned}").format(planned=self.planned_text())
        elif remaining < 0:
            caption = "⚠ " + tr("Dépassement des {planned}").format(planned=self.planned_text())
        elif run.begun:
            caption = tr("Temps restant — {planned}").format(planned=self.planned_text())
        else:
            caption = self.planned_text()
        self._caption.setText(caption)
        overrun_style = f"color: {OVERRUN_COLOUR}; font-weight: bold"
        self._caption.setStyleSheet(overrun_style if remaining < 0 and not run.stopped else "")
        self._display.setText(text)
        self._update_buttons()
        if remaining < 0 and not run.overrun_signalled and run.run_started is not None:
            run.overrun_signalled = True
            self.overrun.emit()

    def _update_buttons(self) -> None:
        run = self._run()
        if run.run_started is not None:
            label, tip = tr("Pause"), tr("Mettre le chronomètre en pause ({key})")
        elif run.begun:
            label, tip = tr("Reprendre"), tr("Reprendre le chronomètre ({key})")
        else:
            label, tip = tr("Démarrer"), tr("Démarrer le chronomètre ({key})")
        self._toggle_button.setText(label)
        self._toggle_button.setShortcut(QKeySequence(TOGGLE_SHORTCUT))
        self._toggle_button.setToolTip(tip.format(key=TOGGLE_SHORTCUT))
        self._stop_button.setEnabled(run.begun and not run.stopped)
        self._reset_button.setEnabled(run.begun)
        self._reset_button.setToolTip(
            tr("Remettre le chronomètre à {duration} ({key})").format(
                duration=clock_text(self._duration), key=RESET_SHORTCUT
            )
        )

    def toggle_button(self) -> QPushButton:
        return self._toggle_button

    def stop_button(self) -> QPushButton:
        return self._stop_button

    def reset_button(self) -> QPushButton:
        return self._reset_button
