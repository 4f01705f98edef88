"""The entretien final panel, its countdown, and the candidate's history of versions."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from conftest import TEST_NOW
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from test_gui_evaluation import LAPTOP, assert_screenshot, layout_problems, shown_at

from juryapp import operations
from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.gui.context import SessionContext
from juryapp.gui.final_interview_panel import FinalInterviewPanel
from juryapp.gui.history_panel import STATE, SUBJECT, VALUE, WHEN, HistoryPanel, HistoryTableModel
from juryapp.gui.interview_timer import InterviewTimer
from juryapp.storage.store import SessionStore


@pytest.fixture
def context(tmp_path, qapp):
    """The demo session titre; the store's clock moves one minute per version written."""
    path = tmp_path / "s.jury"
    import_session_document(demo_session_document("titre"), path)
    start = TEST_NOW + dt.timedelta(hours=1)  # after the import, which the test clock dates
    minutes = itertools.count(1)
    store = SessionStore.open(path, clock=lambda: start + dt.timedelta(minutes=next(minutes)))
    ctx = SessionContext(store, actor="test")
    yield ctx
    ctx.close()


class FakeClock:
    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds

    def advance(self, seconds: float) -> None:
        self.seconds += seconds


def interview(context: SessionContext, ref: str):
    return next((i for i in context.state.data.final_interviews if i.candidate == ref), None)


def panel_for(context: SessionContext, qtbot, ref: str) -> FinalInterviewPanel:
    panel = FinalInterviewPanel(context)
    qtbot.addWidget(panel)
    panel.show_candidate(ref)
    return panel


def test_timer_counts_down_pauses_resets_and_shows_overrun(qtbot):
    clock = FakeClock()
    timer = InterviewTimer(20, now=clock)
    qtbot.addWidget(timer)
    assert timer.display_text() == "20:00"
    assert "F8" in timer.toggle_button().toolTip()
    with qtbot.waitSignal(timer.started, timeout=100):
        timer.toggle_button().click()
    clock.advance(65)
    timer.refresh()
    assert timer.display_text() == "18:55"
    assert timer.toggle_button().text() == "Pause"
    with qtbot.waitSignal(timer.paused, timeout=100):
        timer.toggle_button().click()
    clock.advance(300)
    timer.refresh()
    assert timer.display_text() == "18:55"
    assert timer.toggle_button().text() == "Reprendre"
    timer.reset_button().click()
    assert timer.display_text() == "20:00" and not timer.is_running()

    timer.start()
    clock.advance(20 * 60 + 133)
    with qtbot.waitSignal(timer.overrun, timeout=100):
        timer.refresh()
    assert timer.display_text() == "+02:13"
    assert "Dépassement" in timer.caption_text()
    assert timer.is_overrun()
    assert InterviewTimer(None, now=clock).duration_seconds == 20 * 60


def test_panel_timer_uses_the_referentiel_duration(context, qtbot):
    panel = panel_for(context, qtbot, "C04")
    assert panel.timer.duration_seconds == 60 * (context.state.title.final_interview_minutes() or 20)


def test_conflicted_juror_cannot_be_chosen_and_the_reason_is_shown(context, qtbot):
    panel = panel_for(context, qtbot, "C04")
    j3 = panel.jurors.box("J3")
    assert not j3.isEnabled() and not j3.isChecked()
    assert "en conflit" in j3.text()
    assert (
        "employeur" in panel.jurors.conflicts_label.text() and "Nadia Benhamou" in panel.jurors.conflicts_label.text()
    )
    assert "employeur" in panel.jurors.conflict_reason("J3")
    assert panel.jurors.selected() == ["J1", "J2"]


def test_ticking_held_records_the_final_interview(context, qtbot):
    panel = panel_for(context, qtbot, "C04")
    assert interview(context, "C04") is None and not panel.held_box.isChecked()
    assert panel.date_edit.date().toPython() == context.state.data.session.end
    panel.held_box.click()
    saved = interview(context, "C04")
    assert saved is not None
    assert saved.jurors == ("J1", "J2") and saved.held_on == context.state.data.session.end
    assert panel.status_label.text().startswith("Enregistré à")


def test_fewer_than_two_jurors_is_refused_inline_and_keeps_the_notes(context, qtbot):
    panel = panel_for(context, qtbot, "C04")
    panel.jurors.box("J2").click()
    qtbot.keyClicks(panel.notes_edit, "Projet bien construit.")
    panel.held_box.click()
    assert interview(context, "C04") is None
    assert "il en faut au moins deux" in panel.status_label.text()
    assert panel.notes_edit.toPlainText() == "Projet bien construit."
    panel.jurors.box("J2").click()
    saved = interview(context, "C04")
    assert saved is not None and saved.notes == "Projet bien construit."


def test_unticking_withdraws_and_keeps_the_notes_in_the_form(context, qtbot):
    panel = panel_for(context, qtbot, "C02")  # title not awarded: the interview can be withdrawn
    assert panel.held_box.isChecked()
    notes = panel.notes_edit.toPlainText()
    panel.held_box.click()
    assert interview(context, "C02") is None
    assert panel.notes_edit.toPlainText() == notes
    withdrawn = [r for r in context.store.history("C02") if r.table == "final_interviews"]
    assert withdrawn[-1].revocation_reason == operations.WITHDRAW_REASON


def test_the_interview_of_an_awarded_title_cannot_be_withdrawn(context, qtbot):
    """The rules would block the candidate (title awarded without an entretien final): refused, saying why."""
    panel = panel_for(context, qtbot, "C01")
    panel.held_box.click()
    assert interview(context, "C01") is not None
    assert "sans entretien final" in context.last_error


def test_notes_saved_after_a_pause_and_on_leaving_the_field(context, qtbot):
    panel = panel_for(context, qtbot, "C01")
    panel.notes_edit.moveCursor(panel.notes_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.notes_edit, " Bon entretien.")
    qtbot.waitUntil(lambda: interview(context, "C01").notes.endswith("Bon entretien."), timeout=3000)
    qtbot.keyClicks(panel.notes_edit, " Fin.")
    QApplication.sendEvent(panel.notes_edit, QFocusEvent(QEvent.Type.FocusOut))
    assert interview(context, "C01").notes.endswith("Bon entretien. Fin.")


def test_notes_typed_while_not_held_are_kept_and_recorded_when_ticked(context, qtbot):
    panel = panel_for(context, qtbot, "C07")
    panel.notes_edit.insertPlainText("Notes prises avant de cocher.")
    context.apply(operations.set_attendance, "C07", "present")  # any refresh of C07
    context.changed.emit(["C07"])
    assert panel.notes_edit.toPlainText() == "Notes prises avant de cocher."
    panel.show_candidate("C01")
    panel.show_candidate("C07")
    assert panel.notes_edit.toPlainText() == "Notes prises avant de cocher."
    panel.held_box.click()
    assert interview(context, "C07").notes == "Notes prises avant de cocher."


def test_a_refresh_does_not_clobber_notes_being_typed(context, qtbot):
    panel = panel_for(context, qtbot, "C01")
    panel.notes_edit.setPlainText("Texte en cours de saisie")
    context.apply(operations.record_observation, "C01", "CP2", "mise_en_situation", "Plan clair.")
    assert panel.notes_edit.toPlainText() == "Texte en cours de saisie"
    panel.flush()
    assert interview(context, "C01").notes == "Texte en cours de saisie"


def test_absent_or_excused_candidate_is_disabled_with_the_reason(context, qtbot):
    panel = panel_for(context, qtbot, "C06")
    assert not panel.held_box.isEnabled() and not panel.notes_edit.isEnabled()
    assert "absent" in panel._unavailable.text()
    panel.show_candidate("C08")
    assert "excusé" in panel._unavailable.text()
    panel.show_candidate("C01")
    assert panel.held_box.isEnabled()


def test_notes_of_a_refused_save_survive_a_change_of_candidate(context, qtbot):
    panel = panel_for(context, qtbot, "C01")
    panel.jurors.box("J2").click()
    assert "il en faut au moins deux" in panel.status_label.text()
    panel.notes_edit.setPlainText("Complément important")
    panel.flush()
    panel.show_candidate("C02")
    panel.show_candidate("C01")
    assert panel.notes_edit.toPlainText() == "Complément important"
    assert "non enregistrées" in panel.status_label.text()


def test_after_sign_off_a_change_asks_its_reason_and_a_cancel_keeps_the_interview(context, qtbot):
    context.store.sign_off(["J1", "J2"], actor="test")
    context.reload()
    reasons: list[str | None] = [None]
    context.reason_provider = lambda _describe, _candidate: (
        (reasons[0], ("J1", "J2")) if reasons[0] is not None else None
    )
    panel = panel_for(context, qtbot, "C01")
    panel.held_box.click()
    assert panel.held_box.isChecked() and interview(context, "C01") is not None
    assert "annulée" in panel.status_label.text()
    reasons[0] = "Date mal saisie"
    panel.date_edit.setDate(panel.date_edit.date().addDays(1))
    assert interview(context, "C01").held_on == dt.date(2026, 12, 7)  # no dialog while typing
    QApplication.sendEvent(panel.date_edit, QFocusEvent(QEvent.Type.FocusOut))
    assert interview(context, "C01").held_on == dt.date(2026, 12, 8)
    revoked = [r for r in context.store.history("C01") if r.table == "final_interviews" and r.revoked_at]
    assert revoked and revoked[0].revocation_reason == "Date mal saisie"


def test_history_lists_versions_newest_first_with_revocations(context, qtbot):
    panel = HistoryPanel(context)
    qtbot.addWidget(panel)
    panel.show_candidate("C02")
    model = panel.model
    assert model.rowCount() == len(context.store.history("C02"))
    context.apply(operations.record_final_interview, "C02", dt.date(2026, 12, 8), ["J1", "J2"], "Reprise.")
    context.apply(operations.withdraw, "final_interviews", "C02", reason="Entretien à refaire")
    assert model.rowCount() == len(context.store.history("C02"))
    stamps = [model.record(row).recorded_at for row in range(model.rowCount())]
    assert stamps == sorted(stamps, reverse=True)
    newest = model.index(0, STATE).data()
    assert newest.startswith("révoquée le ") and "par test : Entretien à refaire" in newest
    assert model.index(0, SUBJECT).data() == "Entretien final"
    assert "08/12/2026" in model.index(0, VALUE).data()
    stamp, author = model.index(0, WHEN).data().split("\n")
    assert dt.datetime.strptime(stamp, "%d/%m/%Y %H:%M") and author == "par test"
    subjects = {model.index(row, SUBJECT).data(): row for row in range(model.rowCount())}
    row = subjects["Résultat de CCP — CCP1"]
    assert model.index(row, VALUE).data().startswith("acquis")
    assert model.index(row, STATE).data() == "courante"
    assert model.index(subjects["Présence"], VALUE).data() == "présent"


def test_history_shows_replaced_versions_and_reasons(context, qtbot):
    panel = HistoryPanel(context)
    qtbot.addWidget(panel)
    panel.show_candidate("C02")
    context.apply(operations.record_result, "C02", "CCP2", "acquis", ["J1", "J2"])
    rows = {panel.model.index(r, STATE).data() for r in range(panel.model.rowCount())}
    assert "remplacée" in rows
    first = panel.model.index(0, VALUE).data()
    assert first.startswith("acquis") and "Claire Fontaine-Dumas" in first
    assert "Motif" not in panel.model.index(0, STATE).data()


def test_history_model_passes_the_model_tester(context, qapp):
    model = HistoryTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_records(context.store.history("C02"))
    assert model.rowCount() > 0 and model.columnCount() == 4
    assert model.headerData(STATE, Qt.Orientation.Horizontal) == "État et motif"
    model.set_records([])
    assert model.rowCount() == 0


def test_the_interview_panel_at_laptop_size_shows_the_overrun_and_what_was_recorded(context, qtbot, tmp_path):
    clock = FakeClock()
    panel = FinalInterviewPanel(context)
    panel.timer._now = clock
    panel.show_candidate("C04")
    panel.notes_edit.insertPlainText("Présentation claire du plan de prospection.")
    panel.held_box.click()
    panel.timer.start()
    clock.advance(22 * 60 + 13)
    panel.timer.refresh()
    window = shown_at(panel, qtbot)
    assert window.size() == LAPTOP and layout_problems(window) == []
    recorded = interview(context, "C04")
    assert recorded is not None and recorded.notes == "Présentation claire du plan de prospection."
    assert panel.status_label.text().startswith("Enregistré à")
    minutes = context.state.title.final_interview_minutes() or 20
    overrun = 22 * 60 + 13 - 60 * minutes
    assert overrun > 0 and panel.timer.display_text() == f"+{overrun // 60:02d}:{overrun % 60:02d}"
    assert "Dépassement" in panel.timer.caption_text()
    assert_screenshot(window, tmp_path / "final_interview_panel.png")


def test_the_history_panel_at_laptop_size_shows_the_revocation_and_its_reason(context, qtbot, tmp_path):
    history = HistoryPanel(context)
    assert context.apply(operations.record_result, "C02", "CCP2", "acquis", ["J1", "J2"]) is not None
    held = context.apply(operations.record_final_interview, "C02", dt.date(2026, 12, 8), ["J1", "J2"], "")
    assert held is not None, context.last_error
    withdrawn = context.apply(operations.withdraw, "final_interviews", "C02", reason="Entretien tenu par un seul juré")
    assert withdrawn is not None, context.last_error
    history.show_candidate("C02")
    window = shown_at(history, qtbot)
    assert window.size() == LAPTOP and layout_problems(window) == []
    assert history.model.rowCount() == len(context.store.history("C02"))
    newest = history.model.index(0, STATE).data()
    assert newest.startswith("révoquée le ") and newest.endswith("Entretien tenu par un seul juré")
    # Every column is on screen: nothing to scroll sideways to read the reason.
    assert not history.table.horizontalScrollBar().isVisible()
    assert_screenshot(window, tmp_path / "history_panel.png")
