"""The jury's operations: checks before writing, versions, undo, sign-off."""

from __future__ import annotations

import datetime as dt

import pytest

from juryapp import operations as ops
from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.errors import BadInput, SessionLocked
from juryapp.model import Confirmation, Issuer
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


SIGNERS = {"J1": "Claire Fontaine-Dumas", "J2": "Marc-Antoine Lefèbvre"}
SIGNED_AT = "2026-12-08T18:00:00"
CONFIRMATIONS = (
    Confirmation("C05", "Inès Moreau", "J1"),
    Confirmation("RNCP39063", "Arrêté du 17 mai 2024, JO du 25 mai 2024", "J2"),
)


def _undecided(store):
    return [line.split(" ", 1)[0] for line in ops.sign_off_needs(store).undecided]


def test_sign_off_needs_every_present_unblocked_candidate_decided(store):
    needs = ops.sign_off_needs(store)
    undecided = _undecided(store)
    assert undecided == ["C03", "C04", "C07", "C09", "C10"]
    assert all("aucune décision sur le titre" in line for line in needs.undecided)
    assert "C05" not in undecided  # blocked VAE candidate: confirmed, not decided
    assert "C06" not in undecided and "C08" not in undecided  # absent, excused
    assert [s.key for s in needs.to_confirm] == ["C05", "RNCP39063"]
    with pytest.raises(BadInput, match="C03 .* aucune décision sur le titre"):
        ops.sign_off(store, SIGNERS, actor=ACTOR, at=SIGNED_AT, confirmations=CONFIRMATIONS)
    assert not store.is_locked


def _decide_everyone(store):
    for ref in _undecided(store):
        ops.record_final_interview(store, ref, dt.date(2026, 12, 8), ["J1", "J2"], actor=ACTOR)
        ops.decide(store, ref, "not_awarded", ["J1", "J2"], "Compétences non démontrées.", actor=ACTOR)


def test_sign_off_checks_typed_names_date_signers_and_confirmations_then_locks(store):
    _decide_everyone(store)
    assert not ops.sign_off_needs(store).blocking
    with pytest.raises(BadInput, match="ne correspond pas"):
        ops.sign_off(store, {"J1": "Claire Dupont", "J2": "Marc-Antoine Lefèbvre"}, actor=ACTOR, at=SIGNED_AT)
    with pytest.raises(BadInput, match="au moins 2 jurés"):
        ops.sign_off(store, {"J1": "Claire Fontaine-Dumas"}, actor=ACTOR, at=SIGNED_AT, confirmations=CONFIRMATIONS)
    with pytest.raises(BadInput, match="avant le dernier jour de la session"):
        ops.sign_off(store, SIGNERS, actor=ACTOR, at="2026-11-30T18:00:00", confirmations=CONFIRMATIONS)
    with pytest.raises(BadInput, match="après le moment où elle est enregistrée"):
        ops.sign_off(store, SIGNERS, actor=ACTOR, at="2026-12-10T09:00:00", confirmations=CONFIRMATIONS)
    clock = store.clock
    store.clock = lambda: dt.datetime(2027, 1, 4, 9, 0)
    with pytest.raises(BadInput, match="plus de 7 jours après"):
        ops.sign_off(store, SIGNERS, actor=ACTOR, at="2026-12-16T09:00:00", confirmations=CONFIRMATIONS)
    store.clock = clock
    with pytest.raises(BadInput, match="C05 .* à faire confirmer"):
        ops.sign_off(store, SIGNERS, actor=ACTOR, at=SIGNED_AT, confirmations=CONFIRMATIONS[1:])
    with pytest.raises(BadInput, match="RNCP39063 .* référence du texte officiel"):
        ops.sign_off(store, SIGNERS, actor=ACTOR, at=SIGNED_AT, confirmations=CONFIRMATIONS[:1])
    by_non_signer = (CONFIRMATIONS[0], Confirmation("RNCP39063", "Arrêté du 17 mai 2024", "J3"))
    with pytest.raises(BadInput, match="qui ne signe pas"):
        ops.sign_off(store, SIGNERS, actor=ACTOR, at=SIGNED_AT, confirmations=by_non_signer)
    assert not store.is_locked
    change = ops.sign_off(
        store,
        {"J1": "claire fontaine-dumas", "J2": "LEFEBVRE Marc-Antoine"},
        actor=ACTOR,
        at=SIGNED_AT,
        confirmations=CONFIRMATIONS,
    )
    assert change.session_wide and store.is_locked
    sign = store.snapshot().sign_off
    assert (sign.at, sign.jurors, sign.confirmations) == (SIGNED_AT, ("J1", "J2"), CONFIRMATIONS)
    audit = [row for row in store.audit_log() if row["action"] == "sign_off"]
    assert "Arrêté du 17 mai 2024" in audit[-1]["detail"]


def _signed(store):
    _decide_everyone(store)
    ops.sign_off(store, SIGNERS, actor=ACTOR, at=SIGNED_AT, confirmations=CONFIRMATIONS)


def test_after_sign_off_a_change_is_a_revocation_with_its_reason_and_jurors(store):
    _signed(store)
    with pytest.raises(SessionLocked):
        ops.decide(store, "C07", "awarded", ["J1", "J2"], actor=ACTOR)
    with pytest.raises(SessionLocked):
        ops.decide(store, "C07", "not_awarded", ["J1", "J2"], "Motif.", actor=ACTOR, reason="   \u00a0 ")
    with pytest.raises(SessionLocked):
        ops.record_result(
            store, "C09", "CCP1", "acquis", ["J1", "J2"], actor=ACTOR, reason="motif"
        )  # nothing to revoke
    with pytest.raises(BadInput, match="au moins deux jurés"):
        ops.set_attendance(store, "C07", "absent", actor=ACTOR, reason="Erreur de saisie", revoked_by=("J1",))
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
    revoke = [row for row in store.audit_log() if row["action"] == "revoke"][-1]
    assert '"jurors": ["J1", "J2"]' in revoke["detail"]
    with pytest.raises(SessionLocked):
        ops.revert(store, change, actor=ACTOR)


def test_a_revocation_lists_the_outcomes_it_changes_and_unissues_their_documents(store):
    _signed(store)
    content = {"fields": {}}
    parchemin = store.record_issued_document("parchemin", "C01", "AAAA-AAAA-AA", content, "0" * 64, actor=ACTOR)
    fiche = store.record_issued_document("fiche_resultats", "C01", "AAAA-AAAA-AB", content, "1" * 64, actor=ACTOR)
    convocation = store.record_issued_document("convocation", "C01", "AAAA-AAAA-AC", content, "2" * 64, actor=ACTOR)
    other = store.record_issued_document("livret", "C02", "AAAA-AAAA-AD", content, "3" * 64, actor=ACTOR)
    pv = store.record_issued_document("pv", None, "AAAA-AAAA-AE", content, "4" * 64, actor=ACTOR)
    change = ops.set_attendance(
        store,
        "C01",
        "absent",
        actor=ACTOR,
        reason="Candidate absente, présence saisie par erreur",
        revoked_by=("J1", "J2"),
    )
    assert change.candidates == ("C01",)
    assert _outcome(store, "C01").document == "none"
    cancelled = {d["id"]: d["cancellation_reason"] for d in store.issued_documents() if d["cancelled_at"]}
    assert set(cancelled) == {parchemin, fiche, pv}  # the convocation and C02's livret stay valid
    assert all("motif : Candidate absente" in reason for reason in cancelled.values())
    assert convocation not in cancelled and other not in cancelled
    revoke = [row for row in store.audit_log() if row["action"] == "revoke"][-1]
    assert "C01 : attribué, CCP1, CCP2, parchemin → non attribué, aucun CCP, aucun document" in revoke["detail"]


def test_a_forbidden_title_award_is_refused_when_it_is_entered(store):
    with pytest.raises(BadInput, match="CCP2 est déclaré non acquis"):
        ops.decide(store, "C02", "awarded", ["J1", "J3"], actor=ACTOR)
    with pytest.raises(BadInput, match="sans entretien final"):
        ops.decide(store, "C07", "awarded", ["J1", "J2"], actor=ACTOR)
    with pytest.raises(BadInput, match="il en faut au moins deux"):
        ops.record_final_interview(store, "C07", dt.date(2026, 12, 8), ["J1", "J3", "J9"][:1], actor=ACTOR)
    with pytest.raises(BadInput, match="hors de la session"):
        ops.record_final_interview(store, "C07", dt.date(2024, 12, 8), ["J1", "J2"], actor=ACTOR)
    assert _outcome(store, "C02").title == "not_awarded" and not _outcome(store, "C02").blockers
    assert _outcome(store, "C07").title == "pending"


def test_the_issuer_can_be_completed_after_sign_off(store):
    _signed(store)
    ops.set_issuer(store, Issuer("DREETS Bretagne", "Rennes", "Yann Le Bris", "Directeur régional"), actor=ACTOR)
    issuer = store.snapshot().session.issuer
    assert (issuer.authority, issuer.place) == ("DREETS Bretagne", "Rennes")
    assert store.is_locked


def test_attendance_change_is_versioned_and_changes_the_outcome(store):
    ops.set_attendance(store, "C01", "absent", actor=ACTOR, reason="")
    assert _outcome(store, "C01").document == "none"
    versions = [v for v in store.history("C01") if v.table == "attendance"]
    assert [v.values["attendance"] for v in versions] == ["present", "absent"]


def test_a_revocation_that_the_sign_off_would_not_cover_is_refused(store):
    _signed(store)
    before = len(store.audit_log())
    with pytest.raises(BadInput, match="C07 .* aucune décision sur le titre"):
        ops.withdraw(
            store, "title_decisions", "C07", actor=ACTOR, reason="Décision à reprendre", revoked_by=("J1", "J2")
        )
    with pytest.raises(BadInput, match="sans entretien final"):
        ops.withdraw(store, "final_interviews", "C01", actor=ACTOR, reason="Erreur", revoked_by=("J1", "J2"))
    assert len(store.audit_log()) == before


def test_an_absence_after_sign_off_takes_the_candidates_records_with_it(store):
    _signed(store)
    ops.set_attendance(store, "C02", "absent", actor=ACTOR, reason="Absent le 8 décembre", revoked_by=("J1", "J3"))
    data = store.snapshot()
    assert not [r for r in data.results if r.candidate == "C02"]
    assert not [d for d in data.title_decisions if d.candidate == "C02"]
    revoked = [v for v in store.history("C02") if v.revoked_at and v.revocation_reason == "Absent le 8 décembre"]
    assert {v.table for v in revoked} >= {"attendance", "results", "final_interviews", "title_decisions"}
    assert _outcome(store, "C02").document == "none" and not _outcome(store, "C02").blockers


def test_a_corrected_motivation_unissues_the_fiche_only(store):
    _signed(store)
    content = {"fields": {}}
    livret = store.record_issued_document("livret", "C02", "BBBB-BBBB-BA", content, "0" * 64, actor=ACTOR)
    fiche = store.record_issued_document("fiche_resultats", "C02", "BBBB-BBBB-BB", content, "1" * 64, actor=ACTOR)
    pv = store.record_issued_document("pv", None, "BBBB-BBBB-BC", content, "2" * 64, actor=ACTOR)
    change = ops.record_result(
        store,
        "C02",
        "CCP2",
        "non_acquis",
        ["J1", "J3"],
        "La proposition commerciale n'est pas chiffrée.",
        actor=ACTOR,
        reason="Motivation reformulée",
    )
    assert change.candidates == ("C02",)
    cancelled = {d["id"] for d in store.issued_documents() if d["cancelled_at"]}
    assert cancelled == {fiche}  # the outcome did not change: the livret and the PV stay valid
    assert livret not in cancelled and pv not in cancelled


def test_the_issuer_is_fixed_once_a_document_printing_it_is_issued(store):
    _signed(store)
    store.record_issued_document("parchemin", "C01", "CCCC-CCCC-CA", {"fields": {}}, "0" * 64, actor=ACTOR)
    with pytest.raises(BadInput, match="un duplicata doit reproduire l'original"):
        ops.set_issuer(store, Issuer("DREETS Bretagne", "Rennes", "Yann Le Bris", "Directeur"), actor=ACTOR)
    assert store.snapshot().session.issuer.place == "Lyon"
    ops.set_issuer(store, store.snapshot().session.issuer, actor=ACTOR)  # the same issuer: nothing changes
