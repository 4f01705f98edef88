"""Nothing typed is lost on the title decision either: a « non attribué » without its reason, left
for another candidate, another file or by quitting, is kept as a draft in the session file and
shown again, « Brouillon du … restauré »; recording it removes the draft; a read-only file asks
before dropping it."""

from __future__ import annotations

from conftest import kept_drafts
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from juryapp.gui import autosave
from juryapp.gui.main_window import DELIBERATION_TAB, MainWindow
from juryapp.storage.store import SessionStore

ACTOR = "Claire Fontaine-Dumas"
UNFINISHED = {"title_decision:C04": {"decision": "not_awarded", "justification": "", "jurors": ["J1", "J2"]}}


def deliberation_of(window: MainWindow, ref: str):
    assert window.select_candidate(ref)
    window.show_tab(DELIBERATION_TAB)
    return window.deliberation_panel


def recorded(window: MainWindow, ref: str):
    return next((d for d in window.context.state.data.title_decisions if d.candidate == ref), None)


def test_another_candidate_keeps_the_unfinished_decision_and_shows_it_on_return(windows, session_path):
    window = windows.open()
    panel = deliberation_of(window, "C04")
    panel.not_awarded.click()  # no written reason: it cannot be recorded
    assert recorded(window, "C04") is None and "motivée par écrit" in panel.status.text()
    window.move_selection(1)
    assert window.current_ref() == "C05" and not panel.not_awarded.isChecked()
    assert kept_drafts(session_path, "C04") == UNFINISHED
    window.move_selection(-1)
    assert window.current_ref() == "C04" and panel.not_awarded.isChecked()
    assert panel.status.text().startswith("Brouillon du ") and " restauré — " in panel.status.text()
    assert "motivée par écrit" in panel.status.text()
    panel.undecided.click()  # given up on purpose: nothing pending, the draft goes
    assert kept_drafts(session_path, "C04") == {} and recorded(window, "C04") is None


def test_a_quit_brings_the_decision_back_on_reopening_and_recording_it_removes_the_draft(windows, session_path, qtbot):
    window = windows.open()
    panel = deliberation_of(window, "C04")
    panel.not_awarded.click()
    qtbot.keyClicks(panel.justification, "  ")  # typed, and still no reason
    windows.quit(window)
    assert kept_drafts(session_path, "C04") == {
        "title_decision:C04": {"decision": "not_awarded", "justification": "  ", "jurors": ["J1", "J2"]}
    }

    again = windows.open()
    panel = deliberation_of(again, "C04")
    assert panel.not_awarded.isChecked() and recorded(again, "C04") is None
    assert panel.status.text().startswith("Brouillon du ") and "restauré" in panel.status.text()
    panel.justification.clear()
    qtbot.keyClicks(panel.justification, "Dossier professionnel incomplet.")
    assert panel.flush()
    decision = recorded(again, "C04")
    assert decision.decision == "not_awarded" and decision.justification == "Dossier professionnel incomplet."
    assert kept_drafts(session_path, "C04") == {}  # recorded: its draft is gone


def test_a_reason_being_typed_is_recorded_when_the_window_is_closed(windows, session_path, qtbot):
    window = windows.open()
    panel = deliberation_of(window, "C04")
    panel.not_awarded.click()
    qtbot.keyClicks(panel.justification, "Pas de projet professionnel.")  # before the pause ends
    windows.quit(window)
    assert kept_drafts(session_path, "C04") == {}
    with SessionStore.open(session_path, write=False) as store:
        assert store.history("C04")  # the decision itself was recorded

    again = windows.open()
    assert recorded(again, "C04").justification == "Pas de projet professionnel."


def test_coming_back_to_the_recorded_decision_removes_the_draft(windows, session_path, qtbot):
    window = windows.open()
    panel = deliberation_of(window, "C04")
    qtbot.keyClicks(panel.justification, "Competences non demontrees.")
    panel.not_awarded.click()
    assert recorded(window, "C04").decision == "not_awarded"
    panel.justification.clear()  # « non attribué » without its reason any more: not recorded
    window.move_selection(1)
    assert kept_drafts(session_path, "C04")["title_decision:C04"]["justification"] == ""
    window.move_selection(-1)
    assert panel.justification.toPlainText() == "" and panel.status.text().startswith("Brouillon du ")
    panel.justification.setPlainText("Competences non demontrees.")  # back to what is recorded
    assert panel.flush() and panel.status.text() == "Décision enregistrée."
    assert kept_drafts(session_path, "C04") == {}


def test_a_read_only_file_asks_before_dropping_the_decision(windows, monkeypatch):
    window = windows.open()
    panel = deliberation_of(window, "C04")
    panel.not_awarded.click()
    window.context.set_read_only("ouvert ailleurs")
    asked: list[list[str]] = []
    answer = [False]

    def confirm(_parent, lost: list[str]) -> bool:
        asked.append(lost)
        return answer[0]

    monkeypatch.setattr(autosave, "confirm_dropping", confirm)
    window.close()
    assert window.isVisible(), "the user chose to go back to what they typed"
    assert asked == [["C04 — décision sur le titre : non attribué, motivation à saisir"]]
    assert panel.not_awarded.isChecked()
    answer[0] = True
    window.close()
    assert not window.isVisible() and len(asked) == 2


def test_a_read_only_file_keeps_it_in_memory_while_another_candidate_is_shown(windows, monkeypatch):
    window = windows.open()
    panel = deliberation_of(window, "C04")
    panel.not_awarded.click()
    window.context.set_read_only("ouvert ailleurs")
    window.move_selection(1)
    window.move_selection(-1)
    assert panel.not_awarded.isChecked()  # put back from memory: the file could not keep it
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.reject()

    QTimer.singleShot(0, answer)
    window.close()  # the real question: staying is the default
    assert window.isVisible()
    assert "• C04 — décision sur le titre : non attribué, motivation à saisir" in seen[0]
    monkeypatch.setattr(autosave, "confirm_dropping", lambda _parent, _lost: True)
    window.close()  # dropped on purpose this time
    assert not window.isVisible()
