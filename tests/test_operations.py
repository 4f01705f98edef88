"""The jury's operations: checks before writing, versions, undo, sign-off."""

from __future__ import annotations

import datetime as dt

import pytest

from juryapp import operations as ops
from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.errors import BadInput, SessionLocked
from juryapp.rules import evaluate_candidate
from juryapp.storage.store import SessionStore

ACTOR = "Claire Fontaine-Dumas"


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    with SessionStore.open(path) as opened:
        yield opened


def _outcome(store, ref):
    return evaluate_candidate(store.snapshot(), store.referentiels(), ref)


def test_non_acquis_needs_a_written_reason_and_nothing_is_written(store):
    before = len(store.audit_log())
    with pytest.raises(BadInput, match="motivée"):
        ops.record_result(store, "C07", "CCP1", "non_acquis", ["J1", "J2"], "  ", actor=ACTOR)
    assert len(store.audit_log()) == before
    change = ops.record_result(store, "C07", "CCP1", "non_acquis", ["J1", "J2"], "Veille non exploitée.", actor=ACTOR)
    assert change.candidates == ("C07",)
    assert any(r.candidate == "C07" and r.decision == "non_acquis" for r in store.snapshot().results)


def test_a_juror_in_conflict_cannot_take_part(store):
    with pytest.raises(BadInput, match="conflit"):
        ops.record_result(store, "C04", "CCP1", "acquis", ["J1", "J3"], actor=ACTOR)
    with pytest.raises(BadInput, match="conflit"):
        ops.record_final_interview(store, "C04", dt.date(2026, 12, 8), ["J3", "J2"], actor=ACTOR)


def test_a_result_for_a_ccp_not_examined_is_refused(store):
    with pytest.raises(BadInput, match="n'est pas examiné"):
        ops.record_result(store, "C07", "CCP9", "acquis", ["J1", "J2"], actor=ACTOR)


def test_title_not_awarded_needs_a_reason(store):
    with pytest.raises(BadInput, match="motivée"):
        ops.decide(store, "C07", "not_awarded", ["J1", "J2"], "", actor=ACTOR)


def test_revert_makes_the_previous_version_current_and_keeps_both(store):
    first = ops.record_result(store, "C07", "CCP1", "acquis", ["J1", "J2"], actor=ACTOR)
    second = ops.record_result(store, "C07", "CCP1", "non_acquis", ["J1", "J2"], "Insuffisant.", actor=ACTOR)
    ops.revert(store, second, actor=ACTOR)
    current = [r for r in store.snapshot().results if r.candidate == "C07"]
    assert [r.decision for r in current] == ["acquis"]
    history = [v for v in store.history("C07") if v.table == "results"]
    assert [v.id for v in history] == [first.record_id, second.record_id]
    assert history[1].revoked_at and "Annulation" in history[1].revocation_reason


def test_revert_of_a_withdrawal_brings_the_content_back(store):
    ops.record_final_interview(store, "C07", dt.date(2026, 12, 8), ["J1", "J2"], "Notes.", actor=ACTOR)
    withdrawn = ops.withdraw(store, "final_interviews", "C07", actor=ACTOR)
    assert not any(f.candidate == "C07" for f in store.snapshot().final_interviews)
    ops.revert(store, withdrawn, actor=ACTOR)
    restored = [f for f in store.snapshot().final_interviews if f.candidate == "C07"]
    assert restored and restored[0].notes == "Notes."


def test_sign_off_needs_every_present_admissible_candidate_decided(store):
    readiness = ops.sign_off_readiness(store)
    assert not readiness.ready
    assert "C05" not in readiness.missing  # blocked VAE candidate: no decision possible
    assert "C06" not in readiness.missing  # absent
    with pytest.raises(BadInput, match="sans décision"):
        ops.sign_off(store, {"J1": "Claire Fontaine-Dumas", "J2": "Marc-Antoine Lefèbvre"}, actor=ACTOR)


def _decide_everyone(store):
    for ref in ops.sign_off_readiness(store).missing:
        jurors = ["J1", "J2"]
        if ref != "C04":
            jurors = ["J1", "J2"]
        ops.record_final_interview(store, ref, dt.date(2026, 12, 8), jurors, actor=ACTOR)
        ops.decide(store, ref, "not_awarded", jurors, "Compétences non démontrées.", actor=ACTOR)


def test_sign_off_checks_typed_names_then_locks(store):
    _decide_everyone(store)
    assert ops.sign_off_readiness(store).ready
    with pytest.raises(BadInput, match="ne correspond pas"):
        ops.sign_off(store, {"J1": "Claire Dupont", "J2": "Marc-Antoine Lefèbvre"}, actor=ACTOR)
    with pytest.raises(BadInput, match="deux jurés"):
        ops.sign_off(store, {"J1": "Claire Fontaine-Dumas"}, actor=ACTOR)
    change = ops.sign_off(
        store, {"J1": "claire fontaine-dumas", "J2": "LEFEBVRE Marc-Antoine"}, actor=ACTOR, at="2026-12-08T18:00:00"
    )
    assert change.session_wide and store.is_locked
    assert store.snapshot().sign_off.at == "2026-12-08T18:00:00"


def test_after_sign_off_a_change_is_a_revocation_with_its_reason(store):
    _decide_everyone(store)
    ops.sign_off(store, {"J1": "Claire Fontaine-Dumas", "J2": "Marc-Antoine Lefèbvre"}, actor=ACTOR)
    with pytest.raises(SessionLocked):
        ops.decide(store, "C07", "awarded", ["J1", "J2"], actor=ACTOR)
    with pytest.raises(SessionLocked):
        ops.record_result(store, "C09", "CCP1", "acquis", ["J1", "J2"], actor=ACTOR)  # nothing to revoke
    change = ops.decide(
        store,
        "C07",
        "not_awarded",
        ["J1", "J2"],
        "Motivation complétée.",
        actor=ACTOR,
        reason="Erreur de saisie de la motivation",
    )
    history = [v for v in store.history("C07") if v.table == "title_decisions"]
    assert history[-1].id == change.record_id and history[-1].amends == history[-2].id
    assert history[-2].revocation_reason == "Erreur de saisie de la motivation"
    with pytest.raises(SessionLocked):
        ops.revert(store, change, actor=ACTOR)


def test_attendance_change_is_versioned_and_changes_the_outcome(store):
    ops.set_attendance(store, "C01", "absent", actor=ACTOR, reason="")
    assert _outcome(store, "C01").document == "none"
    versions = [v for v in store.history("C01") if v.table == "attendance"]
    assert [v.values["attendance"] for v in versions] == ["present", "absent"]
