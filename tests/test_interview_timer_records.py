"""The entretien final's timer: per candidate, and its start, end and duration recorded on the
candidate's entretien final (kept, exported, refused when the end is before the start)."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest
from conftest import TEST_NOW

from juryapp import operations as ops
from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.errors import BadInput, SessionLocked
from juryapp.gui.context import SessionContext
from juryapp.gui.final_interview_panel import FinalInterviewPanel
from juryapp.gui.interview_timer import InterviewTimer
from juryapp.operations import interview as interview_ops
from juryapp.operations.files import export_session
from juryapp.storage.store import SessionStore

START = "2026-12-08T14:00:00"
END = "2026-12-08T14:21:00"


class FakeClock:
    """A monotonic clock moved by hand."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds

    def advance(self, seconds: float) -> None:
        self.seconds += seconds


class FakeWall:
    """The session's wall clock, moved by hand."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment += dt.timedelta(seconds=seconds)


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "s.jury"
    import_session_document(demo_session_document("titre"), path)
    with SessionStore.open(path) as opened:
        yield opened


@pytest.fixture
def context(tmp_path, qapp):
    """The demo session titre; the store's clock moves one minute per reading."""
    path = tmp_path / "s.jury"
    import_session_document(demo_session_document("titre"), path)
    start = TEST_NOW + dt.timedelta(hours=1)
    minutes = itertools.count(1)
    ctx = SessionContext(SessionStore.open(path, clock=lambda: start + dt.timedelta(minutes=next(minutes))), actor="t")
    yield ctx
    ctx.close()


def interview(store: SessionStore, ref: str):
    return next((i for i in store.snapshot().final_interviews if i.candidate == ref), None)


# -- the operation ---------------------------------------------------------------------------


def test_the_timing_is_recorded_on_the_interview_keeping_its_date_jurors_and_notes(store):
    before = interview(store, "C01")
    assert before is not None and before.started_at is None
    change = interview_ops.record_timing(store, "C01", START, END, 20 * 60 + 30, actor="t")
    assert change.table == "final_interviews" and change.candidates[0] == "C01"
    after = interview(store, "C01")
    assert (after.started_at, after.ended_at, after.duration_seconds) == (START, END, 1230)
    assert (after.held_on, after.jurors, after.notes) == (before.held_on, before.jurors, before.notes)
    newest = [r for r in store.history("C01") if r.table == "final_interviews"][-1]
    assert newest.reason == "Chronomètre : Commencé à 14 h 00, terminé à 14 h 21, durée 20 min 30 s"


def test_a_later_change_of_the_notes_keeps_the_timing_and_the_file_keeps_it(store, tmp_path):
    interview_ops.record_timing(store, "C01", START, END, 1230, actor="t")
    ops.record_final_interview(store, "C01", dt.date(2026, 12, 8), ["J1", "J2"], "Notes reprises.", actor="t")
    kept = interview(store, "C01")
    assert kept.notes == "Notes reprises." and (kept.started_at, kept.duration_seconds) == (START, 1230)
    path = store.path
    store.close()
    with SessionStore.open(path, write=False) as again:
        reread = interview(again, "C01")
        assert (reread.started_at, reread.ended_at, reread.duration_seconds) == (START, END, 1230)
        export_session(again, tmp_path / "s.json")
    exported = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    by_ref = {item["candidate"]: item for item in exported["final_interviews"]}
    assert (by_ref["C01"]["started_at"], by_ref["C01"]["ended_at"], by_ref["C01"]["duration_seconds"]) == (
        START,
        END,
        1230,
    )
    assert "started_at" not in by_ref["C02"]  # written only when there is one


def test_the_timing_of_an_interview_not_yet_recorded_records_it(store):
    assert interview(store, "C04") is None
    with pytest.raises(BadInput, match="nommer ses jurés"):
        interview_ops.record_timing(store, "C04", START, END, 1200, actor="t")
    interview_ops.record_timing(store, "C04", START, END, 1200, jurors=["J1", "J2"], notes="Bien.", actor="t")
    made = interview(store, "C04")
    assert made.held_on == dt.date(2026, 12, 8) and made.jurors == ("J1", "J2") and made.notes == "Bien."


@pytest.mark.parametrize(
    ("started", "ended", "seconds", "message"),
    [
        (END, START, 60, "ne peut pas finir \\(08/12/2026 à 14 h 00\\) avant d'avoir commencé"),
        (START, END, -5, "durée de l'entretien final invalide"),
        ("14h00", END, 60, "heure de début de l'entretien final invalide"),
    ],
)
def test_a_timing_that_cannot_be_is_refused_in_french_and_nothing_is_written(store, started, ended, seconds, message):
    before = store.history("C01")
    with pytest.raises(BadInput, match=message):
        interview_ops.record_timing(store, "C01", started, ended, seconds, actor="t")
    assert store.history("C01") == before


def test_the_rules_still_refuse_an_interview_with_one_juror(store):
    with pytest.raises(BadInput, match="au moins deux"):
        interview_ops.record_timing(store, "C04", START, END, 1200, jurors=["J1"], actor="t")
    assert interview(store, "C04") is None


def test_after_sign_off_the_timing_is_a_motivated_revocation(store):
    store.sign_off(["J1", "J2"], actor="t")
    with pytest.raises(SessionLocked):
        interview_ops.record_timing(store, "C01", START, END, 1230, actor="t")
    interview_ops.record_timing(
        store, "C01", START, END, 1230, actor="t", reason="Durée oubliée", revoked_by=("J1", "J2")
    )
    assert interview(store, "C01").duration_seconds == 1230
    revoked = [r for r in store.history("C01") if r.table == "final_interviews" and r.revoked_at]
    assert revoked and revoked[-1].revocation_reason == "Durée oubliée"


# -- the timer of each candidate ---------------------------------------------------------------


def test_each_candidate_keeps_their_own_time(qtbot):
    clock, wall = FakeClock(), FakeWall(dt.datetime(2026, 12, 8, 14, 0))
    timer = InterviewTimer(20, now=clock, wall=wall)
    qtbot.addWidget(timer)
    assert timer.caption_text() == "20 min prévues"
    timer.set_candidate("C01")
    timer.start()
    clock.advance(300)
    timer.set_candidate("C04")  # C01's interview goes on while C04's file is read
    assert timer.display_text() == "20:00" and not timer.is_running()
    assert timer.running_candidates() == ["C01"]
    timer.start()
    clock.advance(60)
    timer.pause()
    clock.advance(600)
    timer.set_candidate("C01")
    assert timer.display_text() == "04:00" and timer.is_running()  # 5 + 1 + 10 minutes running
    timer.set_candidate("C04")
    assert timer.display_text() == "19:00" and timer.toggle_button().text() == "Reprendre"


def test_stop_gives_the_start_the_end_and_the_timed_seconds_without_the_pauses(qtbot):
    clock, wall = FakeClock(), FakeWall(dt.datetime(2026, 12, 8, 14, 0, 0))
    timer = InterviewTimer(20, now=clock, wall=wall)
    qtbot.addWidget(timer)
    timer.set_candidate("C04")
    assert not timer.stop_button().isEnabled()
    timer.start()
    clock.advance(600)
    wall.advance(600)
    timer.pause()
    clock.advance(60)  # a pause of one minute, left out
    wall.advance(60)
    timer.start()
    clock.advance(630)
    wall.advance(630)
    with qtbot.waitSignal(timer.stopped, timeout=100) as stopped:
        timer.stop_button().click()
    assert stopped.args == ["2026-12-08T14:00:00", "2026-12-08T14:21:30", 1230]
    assert timer.caption_text() == "Entretien terminé — 20 min prévues" and timer.display_text() == "+00:30"
    assert not timer.stop_button().isEnabled() and timer.toggle_button().text() == "Reprendre"


def test_the_panel_shows_the_referentiel_duration(context, qtbot):
    panel = FinalInterviewPanel(context)
    qtbot.addWidget(panel)
    panel.show_candidate("C04")
    minutes = context.state.title.final_interview_minutes()
    assert minutes is not None
    assert panel.timer.caption_text() == f"{minutes} min prévues"


def test_stop_on_the_panel_records_the_timing_and_shows_it(context, qtbot):
    clock = FakeClock()
    panel = FinalInterviewPanel(context)
    qtbot.addWidget(panel)
    panel.timer._now = clock
    panel.show_candidate("C04")
    panel.notes_edit.insertPlainText("Plan de prospection présenté.")
    panel.timer.start()
    started = panel.timer.run_of("C04").started_at
    clock.advance(20 * 60 + 30)
    panel.timer.stop()
    recorded = interview(context.store, "C04")
    assert recorded is not None, context.last_error
    assert recorded.started_at == started.isoformat(timespec="seconds") and recorded.duration_seconds == 1230
    assert recorded.notes == "Plan de prospection présenté." and recorded.jurors == ("J1", "J2")
    assert dt.datetime.fromisoformat(recorded.ended_at) >= started
    assert panel.held_box.isChecked()
    assert panel.timing_label.text().startswith("Commencé à ") and "durée 20 min 30 s" in panel.timing_label.text()
    assert panel.status_label.text().startswith("Durée enregistrée à")
    # The notes saved later keep the timing.
    panel.notes_edit.insertPlainText(" Suite.")
    panel.flush()
    assert interview(context.store, "C04").notes.endswith("Suite.")
    assert interview(context.store, "C04").duration_seconds == 1230


def test_a_refused_timing_stays_on_screen_and_goes_with_the_next_save(context, qtbot):
    clock = FakeClock()
    panel = FinalInterviewPanel(context)
    qtbot.addWidget(panel)
    panel.timer._now = clock
    panel.show_candidate("C04")
    panel.jurors.box("J2").click()  # one juror: refused by the rules
    panel.timer.start()
    clock.advance(900)
    panel.timer.stop()
    assert interview(context.store, "C04") is None
    assert "au moins deux" in panel.status_label.text()
    assert panel.timing_label.text().startswith("⚠ Durée non enregistrée : Commencé à")
    panel.jurors.box("J2").click()
    panel.held_box.click()
    assert interview(context.store, "C04").duration_seconds == 900


def test_switching_candidates_keeps_each_timer_on_the_panel(context, qtbot):
    clock = FakeClock()
    panel = FinalInterviewPanel(context)
    qtbot.addWidget(panel)
    panel.timer._now = clock
    panel.show_candidate("C04")
    panel.timer.start()
    clock.advance(120)
    panel.show_candidate("C07")
    assert not panel.timer.is_running() and panel.timer.display_text().endswith(":00")
    assert "N'DIAYE" in panel.others_label.text() and "C04" in panel.others_label.text()
    panel.show_candidate("C04")
    assert panel.timer.is_running() and panel.timer.elapsed_seconds() == 120
    assert panel.others_label.isHidden()


def test_a_recorded_timing_is_shown_when_the_candidate_comes_back(context, qtbot):
    assert context.apply(interview_ops.record_timing, "C01", START, END, 1230) is not None
    panel = FinalInterviewPanel(context)
    qtbot.addWidget(panel)
    panel.show_candidate("C01")
    assert panel.timing_label.text() == "Commencé à 14 h 00, terminé à 14 h 21, durée 20 min 30 s"
    assert panel.timer.is_stopped() and panel.timer.caption_text().startswith("Entretien terminé")
    assert panel.timer.display_text() == "+00:30"


def test_after_sign_off_stop_asks_the_reason_like_every_change(context, qtbot):
    context.store.sign_off(["J1", "J2"], actor="t")
    context.reload()
    asked: list[str] = []
    context.reason_provider = lambda describe, _ref: asked.append(describe) or ("Durée à inscrire", ("J1", "J2"))
    clock = FakeClock()
    panel = FinalInterviewPanel(context)
    qtbot.addWidget(panel)
    panel.timer._now = clock
    panel.show_candidate("C01")
    panel.timer.start()
    clock.advance(1000)
    panel.timer.stop()
    assert asked == ["Durée de l'entretien final de C01"], context.last_error
    assert interview(context.store, "C01").duration_seconds == 1000
    revoked = [r for r in context.store.history("C01") if r.table == "final_interviews" and r.revoked_at]
    assert revoked and revoked[-1].revocation_reason == "Durée à inscrire"


def test_the_history_shows_what_was_timed(context, qtbot):
    from juryapp.gui.history_panel import STATE, HistoryPanel

    assert context.apply(interview_ops.record_timing, "C01", START, END, 1230) is not None
    history = HistoryPanel(context)
    qtbot.addWidget(history)
    history.show_candidate("C01")
    newest = history.model.index(0, STATE).data()
    assert newest.endswith("Motif : Chronomètre : Commencé à 14 h 00, terminé à 14 h 21, durée 20 min 30 s")
