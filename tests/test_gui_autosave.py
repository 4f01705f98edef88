"""The one « saved after a pause » controller the panels share."""

from __future__ import annotations

from PySide6.QtCore import QObject

from juryapp.gui.autosave import SAVE_DELAY_MS, Autosave


class Recorder:
    """A panel's `save`: counts the calls, and records or refuses as told."""

    def __init__(self) -> None:
        self.calls = 0
        self.accept = True

    def __call__(self) -> bool:
        self.calls += 1
        return self.accept


OWNERS: list[QObject] = []  # the panels the controllers belong to, kept alive for the tests


def make(qapp, delay_ms: int = 30) -> tuple[Autosave, Recorder]:
    save = Recorder()
    OWNERS.append(QObject())
    return Autosave(OWNERS[-1], save, delay_ms), save


def test_one_save_after_the_pause_whatever_the_number_of_edits(qapp, qtbot):
    autosave, save = make(qapp)
    for _ in range(5):
        autosave.touch()
    assert autosave.pending and save.calls == 0
    qtbot.waitUntil(lambda: save.calls == 1, timeout=1000)
    assert not autosave.pending
    qtbot.wait(80)
    assert save.calls == 1  # nothing pending: no other save


def test_flush_saves_now_and_only_what_is_pending(qapp):
    autosave, save = make(qapp, delay_ms=60_000)
    assert autosave.flush() and save.calls == 0
    autosave.touch()
    assert autosave.flush() and save.calls == 1 and not autosave.pending
    assert not autosave.timer.isActive()


def test_a_refused_save_stays_pending_until_it_is_recorded(qapp):
    autosave, save = make(qapp, delay_ms=60_000)
    save.accept = False
    autosave.touch()
    assert not autosave.flush() and autosave.pending
    save.accept = True
    assert autosave.flush() and not autosave.pending and save.calls == 2


def test_without_countdown_or_on_hold_it_waits_for_flush(qapp, qtbot):
    autosave, save = make(qapp)
    autosave.touch(countdown=False)
    qtbot.wait(80)
    assert save.calls == 0 and autosave.pending
    autosave.touch()
    autosave.hold()
    qtbot.wait(80)
    assert save.calls == 0 and autosave.pending
    assert autosave.flush() and save.calls == 1


def test_cancel_forgets_what_was_pending(qapp, qtbot):
    autosave, save = make(qapp)
    autosave.touch()
    autosave.cancel()
    qtbot.wait(80)
    assert save.calls == 0 and not autosave.pending
    assert autosave.flush() and save.calls == 0


def test_every_panel_waits_the_same_pause(qapp):
    owner = QObject()
    assert Autosave(owner, Recorder()).timer.interval() == SAVE_DELAY_MS
