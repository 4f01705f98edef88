"""One candidate from the keyboard alone, as a jury president with no mouse would: the list, the
grid's marks, the CCP decisions, the final interview timed with F8, the title, the next candidate.

Every step is a key press sent where the focus is (QTest key clicks only, no mouse, no call to a
widget's method to change anything); the test only reads what the window shows and what the file
holds.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_interview_timer_records import FakeClock, FakeWall

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.gui import evaluation_grid
from juryapp.gui.context import SessionContext
from juryapp.gui.main_window import DELIBERATION_TAB, EVALUATION_TAB, INTERVIEW_TAB, MainWindow
from juryapp.storage.store import SessionStore

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def wall():
    return FakeWall(dt.datetime(2026, 12, 8, 14, 0, 0))


@pytest.fixture
def window(tmp_path, qtbot, wall):
    path = tmp_path / "s.jury"
    import_session_document(demo_session_document("titre"), path)
    context = SessionContext(SessionStore.open(path, clock=wall), actor="Claire Fontaine-Dumas")
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.close()
    context.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard has nowhere to go"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """One key press where the focus is, as the user's keyboard sends it."""
    qtbot.keyClick(focused(), key, modifier)


def test_one_candidate_from_the_keyboard_alone(window, qtbot, wall):
    context = window.context

    # The candidate list, then down to N'DIAYE Jean-Marc (C04): nothing decided for him yet.
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert focused() is window.table
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)
    assert window.current_ref() == "C04"

    # The grid (Ctrl+2); the focus goes into its first cell with Alt+G (« &Grille »).
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.tabs.currentIndex() == EVALUATION_TAB
    panel = window.evaluation_panel
    ccp1, ccp2 = panel.ccp_tab("CCP1"), panel.ccp_tab("CCP2")
    press(qtbot, Qt.Key.Key_G, ALT)
    assert focused() is ccp1.view
    mark_role = getattr(evaluation_grid, "MarkRole", None)
    if mark_role is not None:  # the marks' keys (1 acquis … 4 non évalué), when the grid has them
        cell = ccp1.view.currentIndex()
        press(qtbot, Qt.Key.Key_1)
        qtbot.waitUntil(lambda: cell.data(mark_role) == "acquis")
        evaluations = [e for e in context.store.snapshot().evaluations if e.candidate == "C04"]
        assert [e.mark for e in evaluations] == ["acquis"]

    # CCP1 acquis (Alt+Q), then the next CCP's tab (Ctrl+Tab) and CCP2 acquis.
    press(qtbot, Qt.Key.Key_Q, ALT)
    qtbot.waitUntil(lambda: ccp1.stored_result() is not None)  # a mnemonic clicks after its animation
    assert ccp1.stored_result().decision == "acquis" and ccp1.stored_result().jurors == ("J1", "J2")
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert panel.tabs.currentWidget() is ccp2
    press(qtbot, Qt.Key.Key_Q, ALT)
    qtbot.waitUntil(lambda: ccp2.stored_result() is not None)
    assert ccp2.stored_result().decision == "acquis"

    # The final interview (Ctrl+3), timed: F8 starts, Shift+F8 ends it and records it.
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert window.tabs.currentIndex() == INTERVIEW_TAB
    interview_panel = window.interview_panel
    clock = FakeClock()
    interview_panel.timer.use_clocks(now=clock)  # the test's clock: twenty minutes without waiting
    assert interview_panel.timer.caption_text().endswith("min prévues")
    timer = interview_panel.timer
    press(qtbot, Qt.Key.Key_F8)
    qtbot.waitUntil(timer.is_running)  # a button's shortcut clicks after its animation
    assert timer.candidate == "C04"
    clock.advance(12 * 60)
    wall.advance(12 * 60)
    press(qtbot, Qt.Key.Key_F8)  # a pause of two minutes, left out of the duration
    qtbot.waitUntil(lambda: not timer.is_running())
    wall.advance(2 * 60)
    press(qtbot, Qt.Key.Key_F8)
    qtbot.waitUntil(timer.is_running)
    clock.advance(8 * 60 + 30)
    wall.advance(8 * 60 + 30)
    press(qtbot, Qt.Key.Key_F8, SHIFT)
    qtbot.waitUntil(lambda: any(i.candidate == "C04" for i in context.state.data.final_interviews))
    interview = next(i for i in context.state.data.final_interviews if i.candidate == "C04")
    assert (interview.started_at, interview.ended_at, interview.duration_seconds) == (
        "2026-12-08T14:00:00",
        "2026-12-08T14:22:30",
        20 * 60 + 30,
    )
    assert interview.jurors == ("J1", "J2") and interview.held_on == dt.date(2026, 12, 8)
    assert interview_panel.held_box.isChecked()
    assert interview_panel.timing_label.text() == "Commencé à 14 h 00, terminé à 14 h 22, durée 20 min 30 s"

    # The title (Ctrl+4): « &Attribué » with Alt+A; the rules allow it, it is recorded.
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert window.tabs.currentIndex() == DELIBERATION_TAB
    press(qtbot, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: any(d.candidate == "C04" for d in context.state.data.title_decisions))
    decision = next(d for d in context.state.data.title_decisions if d.candidate == "C04")
    assert decision.decision == "awarded"
    assert context.state.outcomes["C04"].title == "awarded"

    # The next candidate (Alt+Down): every panel follows; C04's timer stays his.
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert window.current_ref() == "C05"
    assert window.evaluation_panel.candidate == "C05"
    assert interview_panel.timer.candidate == "C05" and interview_panel.timer.run_of("C05") is None
    assert interview_panel.timer.run_of("C04") is not None
    history = [r for r in context.history("C04") if r.table == "final_interviews"]
    assert history[-1].reason == "Chronomètre : Commencé à 14 h 00, terminé à 14 h 22, durée 20 min 30 s"
