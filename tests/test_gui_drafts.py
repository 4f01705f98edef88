"""Nothing typed is lost: what is unfinished when the user shows another candidate, opens another
file or quits is kept as a draft in the session file and shown again, « Brouillon du … restauré »;
when it cannot be kept (a read-only file), the user is asked before it is dropped."""

from __future__ import annotations

import os

import pytest
from conftest import kept_drafts
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from test_gui_evaluation import layout_problems
from test_interview_timer_records import FakeClock

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.gui import autosave
from juryapp.gui.main_window import EVALUATION_TAB, INTERVIEW_TAB, MainWindow

SCREENSHOTS = os.environ.get("JURYAPP_SCREENSHOTS")  # a folder: the pictures are kept there to be looked at


def save_picture(window: QWidget, path: str) -> QImage:
    """The window's picture saved, as large as the window on screen (twice as large with
    QT_SCALE_FACTOR=2), and showing something (not one flat colour)."""
    pixmap = window.grab()
    assert pixmap.save(path)
    picture = QImage(path)
    ratio = pixmap.devicePixelRatio()
    assert picture.size() == window.size() * ratio, (picture.size(), window.size(), ratio)
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 7) for y in range(0, picture.height(), 7)}
    assert len(colours) > 8, f"{path}: {len(colours)} colours, nothing drawn?"
    return picture


def ccp2_of(window: MainWindow, ref: str):
    assert window.select_candidate(ref)
    window.show_tab(EVALUATION_TAB)
    panel = window.evaluation_panel
    panel.tabs.setCurrentIndex(1)
    return panel.ccp_tab("CCP2")


def test_a_quit_with_an_unfinished_non_acquis_brings_it_back_on_reopening(windows, session_path, qtbot):
    window = windows.open()
    tab = ccp2_of(window, "C04")
    tab.non_acquis_radio.click()  # no written reason: it cannot be recorded
    assert tab.stored_result() is None and "motivation obligatoire" in tab.status_text()
    windows.quit(window)
    assert kept_drafts(session_path, "C04") == {
        "ccp_decision:C04:CCP2": {"decision": "non_acquis", "justification": "", "jurors": ["J1", "J2"]}
    }

    again = windows.open()
    tab = ccp2_of(again, "C04")
    assert tab.non_acquis_radio.isChecked() and tab.stored_result() is None
    assert tab.status_text().startswith("Brouillon du ") and " restauré — " in tab.status_text()
    assert "motivation obligatoire" in tab.status_text()
    assert again.evaluation_panel.tabs.tabText(1).endswith("⚠ non enregistré")
    qtbot.keyClicks(tab.justification_edit, "Negociation non conduite.")
    assert tab.flush()
    assert tab.stored_result().decision == "non_acquis"
    assert kept_drafts(session_path, "C04") == {}  # recorded: its draft is gone


def test_another_candidate_keeps_the_draft_in_the_file_and_shows_it_on_return(windows, session_path):
    window = windows.open()
    tab = ccp2_of(window, "C04")
    tab.non_acquis_radio.click()
    tab.justification_edit.setPlainText("x" * 5)
    tab.justification_edit.clear()  # typed, then erased: still a non acquis without its reason
    window.move_selection(1)
    assert window.current_ref() == "C05"
    assert "ccp_decision:C04:CCP2" in kept_drafts(session_path, "C04")
    window.move_selection(-1)
    assert tab.candidate == "C04" and tab.non_acquis_radio.isChecked()
    assert tab.status_text().startswith("Brouillon du ")
    tab.undecided_radio.click()  # given up on purpose: nothing pending, the draft goes
    assert kept_drafts(session_path, "C04") == {}


def test_interview_notes_typed_and_a_running_timer_come_back_after_quitting(windows, session_path, qtbot):
    window = windows.open()
    assert window.select_candidate("C07")
    window.show_tab(INTERVIEW_TAB)
    panel = window.interview_panel
    clock = FakeClock()
    panel.timer.use_clocks(now=clock)
    qtbot.keyClicks(panel.notes_edit, "Projet de prospection clair.")  # not ticked as held: not recorded
    panel.timer.start()
    clock.advance(7 * 60 + 5)
    windows.quit(window)
    content = kept_drafts(session_path, "C07")["final_interview:C07"]
    assert content["notes"] == "Projet de prospection clair."
    assert content["timer"]["elapsed_seconds"] == 7 * 60 + 5

    again = windows.open()
    assert again.select_candidate("C07")
    again.show_tab(INTERVIEW_TAB)
    panel = again.interview_panel
    assert panel.notes_edit.toPlainText() == "Projet de prospection clair."
    assert panel.status_label.text().startswith("⚠ Brouillon du ") and "restauré" in panel.status_label.text()
    assert not panel.timer.is_running() and int(panel.timer.elapsed_seconds()) == 7 * 60 + 5
    assert panel.timer.toggle_button().text() == "Reprendre"
    panel.timer.use_clocks(now=clock)
    panel.timer.start()
    clock.advance(600)
    panel.timer.stop()  # recorded with the notes: nothing is left unfinished
    interview = next(i for i in again.context.state.data.final_interviews if i.candidate == "C07")
    assert interview.notes == "Projet de prospection clair." and interview.duration_seconds == 7 * 60 + 5 + 600
    assert kept_drafts(session_path, "C07") == {}


def test_opening_another_file_keeps_the_drafts_first(windows, session_path, tmp_path, monkeypatch):
    other = tmp_path / "other.jury"
    import_session_document(demo_session_document("titre"), other)
    window = windows.open()
    ccp2_of(window, "C04").non_acquis_radio.click()
    opened: list = []
    monkeypatch.setattr("juryapp.gui.app.OPEN_WINDOWS", opened)
    replacement = window.switch_to(other)
    assert replacement is not None and replacement.context.path == other
    try:
        assert "ccp_decision:C04:CCP2" in kept_drafts(session_path, "C04")
    finally:
        replacement.close()
        replacement.context.close()


def test_a_read_only_file_asks_before_dropping_what_was_typed(windows, monkeypatch):
    window = windows.open()
    tab = ccp2_of(window, "C04")
    tab.non_acquis_radio.click()
    window.context.set_read_only("ouvert ailleurs")
    asked: list[list[str]] = []
    answer = [False]

    def confirm(_parent, lost: list[str]) -> bool:
        asked.append(lost)
        return answer[0]

    monkeypatch.setattr(autosave, "confirm_dropping", confirm)
    window.close()
    assert window.isVisible(), "the user chose to go back to what they typed"
    assert asked == [["C04 — décision sur le CCP2 : ✘ non acquis, motivation à saisir"]]
    assert tab.non_acquis_radio.isChecked()
    answer[0] = True
    window.close()
    assert not window.isVisible() and len(asked) == 2


def test_the_question_names_what_would_be_lost_and_staying_is_the_default(qtbot):
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, answer)
    assert not autosave.confirm_dropping(None, ["C04 — décision sur le CCP2"])
    assert "• C04 — décision sur le CCP2" in seen[0] and "lecture seule" in seen[0]


@pytest.mark.parametrize("timer", ["ended", "overrun"])
def test_the_screens_with_a_restored_draft(windows, qtbot, tmp_path, timer):
    """The CCP tab with a restored draft, and the final interview panel with its recorded timing or
    its overrun, at laptop size; run this module with QT_SCALE_FACTOR=2 for large text, and with
    JURYAPP_SCREENSHOTS=<folder> to keep the pictures and look at them."""
    window = windows.open()
    ccp2_of(window, "C04").non_acquis_radio.click()
    window.move_selection(1)
    window.move_selection(-1)
    tab = window.evaluation_panel.ccp_tab("CCP2")
    qtbot.wait(50)
    assert tab.status_text().startswith("Brouillon du ")
    assert tab.status_label.isVisible() and tab.justification_edit.isVisible()
    assert layout_problems(window) == []
    folder = SCREENSHOTS or tmp_path
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    save_picture(window, f"{folder}/ccp_tab_restored_draft_x{scale}.png")

    window.show_tab(INTERVIEW_TAB)
    panel = window.interview_panel
    clock = FakeClock()
    panel.timer.use_clocks(now=clock)
    panel.timer.start()
    clock.advance(20 * 60 + 30 if timer == "ended" else 22 * 60 + 13)
    if timer == "ended":
        panel.timer.stop()
        assert "durée 20 min 30 s" in panel.timing_label.text()
    else:
        panel.timer.refresh()  # overrun, still running
        assert "Dépassement" in panel.timer.caption_text()
    qtbot.wait(50)
    assert panel.timer.isVisible() and panel.notes_edit.isVisible()
    assert layout_problems(window) == []
    save_picture(window, f"{folder}/final_interview_{timer}_x{scale}.png")
