"""What a mutation run of the first suite showed untested (issue 8, point 1), pinned down:

- the grace year of a closed title only when T has no successor;
- a title or CCS reason made only of spaces (or other invisible characters) is no reason, in
  the rules (JUSTIFICATION_MISSING) and in the operations, not only in the window;
- codes reached through a correspondence count only when they are CCPs of T;
- « + 1 year » from 29 February is 28 February;
- sign-off readiness over every examined CCP (a session CCP with two CCPs, one result missing);
- a revocation reason made of spaces is refused after sign-off.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from test_rules_codes import (
    ALL_CCPS,
    OLD_TITLE,
    TITLE,
    _grace_doc,
    _partial_success,
    as_capitalisation,
    as_ccs_session,
    blockers,
    candidate,
    close_title,
    codes,
    evaluate,
    message,
    referentiel,
    set_ccs_decision,
    set_results,
    set_session_end,
    set_title_decision,
    set_validity,
    warnings,
)

from juryapp import operations as ops
from juryapp.cli import import_session_document
from juryapp.errors import BadInput, SessionLocked
from juryapp.exchange.session_doc import parse_session
from juryapp.model import Correspondence
from juryapp.rules import Code, evaluate_session, sign_off_needs
from juryapp.rules.checks import has_text
from juryapp.storage.library import ReferentielLibrary
from juryapp.storage.store import SessionStore
from juryapp.textcheck import text_problem

ACTOR = "Secrétariat de test"
SIGNERS = {"J1": "Claire Martin", "J2": "Paul Renaud"}
SIGNED_AT = "2026-10-13T18:00:00"

# Reasons that say nothing: spaces of every kind, invisible and format characters, marks alone.
BLANK_REASONS = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="spaces"),
    pytest.param("\t\n\r \x0b\x0c", id="tabs-and-newlines"),
    pytest.param("\u00a0\u202f\u2007", id="no-break-spaces"),
    pytest.param("\u2000\u2003\u200a\u3000\u205f\u1680", id="typographic-spaces"),
    pytest.param("\u200b\u200c\u200d\u2060\ufeff", id="zero-width"),
    pytest.param("\u00ad\u200e\u200f\u2061", id="format-characters"),
    pytest.param("\u0301\u0327", id="combining-marks-alone"),
    pytest.param("\u3164\u115f\uffa0\u2800", id="blank-letters"),
    pytest.param("\x00\x1f\x7f\u0085", id="controls"),
    pytest.param(" \u200b \u00a0\n\u3000 ", id="mixed"),
]
# A document cannot carry control characters (they are refused at import, juryapp.textcheck):
# the rules are pinned on the blank reasons that can reach them.
IMPORTABLE_BLANK_REASONS = [p for p in BLANK_REASONS if text_problem(p.values[0], "text") is None]
REFUSED_BLANK_REASONS = [p for p in BLANK_REASONS if text_problem(p.values[0], "text") is not None]
SHORT_REASONS = ["X", ".", "1", "—", "€", "Œ", "\u200bNon démontré\u200b"]


@pytest.mark.parametrize("reason", BLANK_REASONS)
def test_blank_text_is_no_reason(reason):
    assert has_text(reason) is False


@pytest.mark.parametrize("reason", SHORT_REASONS)
def test_any_visible_character_is_a_reason(reason):
    assert has_text(reason) is True


# -- the grace year only when T has no successor ----------------------------------------------


def test_grace_year_for_a_closed_title_without_successor(example_doc):
    outcome = evaluate(_grace_doc(example_doc))
    assert codes(outcome) == set()
    assert outcome.ccps_obtained == ("CCP2",)
    assert outcome.completion_deadline == dt.date(2028, 12, 31)


@pytest.mark.parametrize("status", ["closed", "active", "revised"])
def test_no_grace_year_when_t_has_a_successor(example_doc, status):
    doc = _grace_doc(example_doc)
    referentiel(doc, TITLE).update(status=status, successor="RNCP90003")
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.TITLE_NOT_OPEN}
    assert outcome.ccps_obtained == () and outcome.document == "none"
    assert "RNCP90003" in message(outcome, Code.TITLE_NOT_OPEN)


def test_no_grace_year_for_an_active_title_past_its_end(example_doc):
    doc = _grace_doc(example_doc)
    referentiel(doc, TITLE)["status"] = "active"
    assert blockers(evaluate(doc)) == {Code.TITLE_NOT_OPEN}


def test_livret_deadline_has_no_grace_year_when_t_has_a_successor(example_doc):
    close_title(example_doc)
    referentiel(example_doc, TITLE)["successor"] = "RNCP90003"
    outcome = evaluate(_partial_success(example_doc))
    assert outcome.document == "livret"
    assert outcome.completion_deadline == dt.date(2027, 12, 31)


# -- « + 1 year » from 29 February --------------------------------------------------------------


def test_grace_year_and_deadline_from_29_february(example_doc):
    set_validity(close_title(example_doc), "2028-02-29")
    last_day = evaluate(_grace_doc(copy.deepcopy(example_doc), end="2029-02-28"))
    assert codes(last_day) == set()
    assert last_day.completion_deadline == dt.date(2029, 2, 28)
    assert blockers(evaluate(_grace_doc(copy.deepcopy(example_doc), end="2029-03-01"))) == {Code.TITLE_NOT_OPEN}


def test_deadline_from_a_prorogation_to_29_february(example_doc):
    set_validity(close_title(example_doc), "2027-12-31", "2028-02-29")
    outcome = evaluate(_partial_success(set_session_end(example_doc, "2028-02-29")))
    assert outcome.completion_deadline == dt.date(2029, 2, 28)


# -- a reason made of blanks is no reason: the rules ----------------------------------------------


@pytest.mark.parametrize("reason", REFUSED_BLANK_REASONS)
def test_a_reason_with_control_characters_is_refused_at_import(example_doc, reason):
    with pytest.raises(BadInput, match="caractère de contrôle"):
        evaluate(_partial_success(example_doc, reason=reason))


@pytest.mark.parametrize("reason", IMPORTABLE_BLANK_REASONS)
def test_non_acquis_with_a_blank_reason_is_not_motivated(example_doc, reason):
    outcome = evaluate(_partial_success(example_doc, reason=reason))
    assert blockers(outcome) == {Code.JUSTIFICATION_MISSING}
    assert "CCP3" in message(outcome, Code.JUSTIFICATION_MISSING)


@pytest.mark.parametrize("reason", IMPORTABLE_BLANK_REASONS)
def test_title_not_awarded_with_a_blank_reason_is_not_motivated(example_doc, reason):
    outcome = evaluate(_partial_success(example_doc, title_reason=reason))
    assert blockers(outcome) == {Code.JUSTIFICATION_MISSING}
    assert "Titre" in message(outcome, Code.JUSTIFICATION_MISSING)
    assert outcome.admissible is True and outcome.document == "none"


@pytest.mark.parametrize("reason", IMPORTABLE_BLANK_REASONS)
def test_ccs_not_awarded_with_a_blank_reason_is_not_motivated(example_doc, reason):
    doc = as_ccs_session(example_doc, decision=None)
    set_ccs_decision(doc, "not_awarded", reason)
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.JUSTIFICATION_MISSING}
    assert "CCS" in message(outcome, Code.JUSTIFICATION_MISSING)


@pytest.mark.parametrize("reason", SHORT_REASONS)
def test_a_short_visible_reason_is_a_reason(example_doc, reason):
    assert codes(evaluate(_partial_success(example_doc, reason=reason, title_reason=reason))) == set()
    doc = as_ccs_session(copy.deepcopy(example_doc), decision=None)
    set_ccs_decision(doc, "not_awarded", reason)
    assert codes(evaluate(doc)) == set()


# -- codes reached through a correspondence count only when they are CCPs of T -----------------


def _with_table(doc: dict, mapping: dict[str, tuple[str, ...]]):
    """The session data of `doc` with T's correspondence from RNCP90001 replaced by `mapping`
    (a table a document cannot carry: its codes need not be CCPs of T)."""
    imported = parse_session(doc, ReferentielLibrary())
    referentiels = dict(imported.referentiels)
    title = referentiels[TITLE]
    referentiels[TITLE] = dataclasses.replace(title, correspondence=Correspondence(OLD_TITLE, True, mapping))
    return imported.data, referentiels


def test_a_correspondence_target_that_is_not_a_ccp_of_t_is_not_held(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP1", "CCP2"), held_title=OLD_TITLE, title=None)
    data, referentiels = _with_table(doc, {"CCP1": ("CCP1", "CCP9"), "CCP2": ("CCP9",)})
    (outcome,) = evaluate_session(data, referentiels)
    assert outcome.ccps_held == ("CCP1", "CCP3")
    assert "CCP9" not in outcome.ccps_held + outcome.ccps_obtained
    assert warnings(outcome) == {Code.PRIOR_CCP_NOT_MAPPED}
    assert "CCP2" in message(outcome, Code.PRIOR_CCP_NOT_MAPPED)


def test_a_prior_ccp_mapped_to_no_ccp_of_t_is_no_ground_for_the_grace_year(example_doc):
    doc = _grace_doc(example_doc)
    candidate(doc)["prior_ccps"] = [{"title": OLD_TITLE, "ccp": "CCP1", "obtained_on": "2021-06-01"}]
    data, referentiels = _with_table(doc, {"CCP1": ("CCP9",)})
    (outcome,) = evaluate_session(data, referentiels)
    assert Code.TITLE_NOT_OPEN in blockers(outcome)
    assert outcome.ccps_held == ()


def test_a_title_cannot_be_awarded_on_a_code_t_does_not_have(example_doc):
    # CCP1 and CCP2 of RNCP90001 both map to CCP9: CCP1 and CCP2 of T are still missing.
    doc = as_capitalisation(example_doc, held=("CCP1", "CCP2"), held_title=OLD_TITLE)
    data, referentiels = _with_table(doc, {"CCP1": ("CCP9",), "CCP2": ("CCP9",)})
    (outcome,) = evaluate_session(data, referentiels)
    assert Code.TITLE_AWARD_INCOMPLETE in blockers(outcome)
    assert outcome.document == "none"


# -- sign-off readiness over every examined CCP -------------------------------------------------


def _two_ccps_one_result(doc: dict) -> dict:
    """Session CCP on CCP2 and CCP3; the candidate holds CCP1, has CCP2 acquis, nothing for CCP3."""
    doc = as_capitalisation(doc, held=("CCP1",), examined=("CCP2", "CCP3"), title=None)
    return set_results(doc, ("CCP2", "acquis"))


def test_sign_off_needs_a_result_for_every_examined_ccp(example_doc):
    imported = parse_session(_two_ccps_one_result(example_doc), ReferentielLibrary())
    needs = sign_off_needs(imported.data, imported.referentiels)
    assert len(needs.undecided) == 1
    assert "C1" in needs.undecided[0] and "CCP3" in needs.undecided[0] and "CCP2" not in needs.undecided[0]


def test_sign_off_needs_nothing_for_a_ccp_the_candidate_does_not_sit(example_doc):
    doc = _two_ccps_one_result(example_doc)
    candidate(doc)["ccps"] = ["CCP2"]
    imported = parse_session(doc, ReferentielLibrary())
    assert sign_off_needs(imported.data, imported.referentiels).undecided == []


def test_sign_off_needs_nothing_for_an_examined_ccp_already_held(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP1", "CCP2"), examined=("CCP2", "CCP3"), title=None)
    set_results(doc, ("CCP3", "non_acquis", "Non démontré."))
    imported = parse_session(doc, ReferentielLibrary())
    assert sign_off_needs(imported.data, imported.referentiels).undecided == []


# -- the operations ---------------------------------------------------------------------------


def _store(doc: dict, tmp_path: Path, name: str = "session.jury") -> SessionStore:
    path = tmp_path / name
    import_session_document(copy.deepcopy(doc), path)
    return SessionStore.open(path, clock=lambda: dt.datetime(2026, 10, 13, 19, 0))


@pytest.mark.parametrize("reason", BLANK_REASONS)
def test_operations_refuse_a_blank_reason_for_non_acquis_and_not_awarded(example_doc, tmp_path, reason):
    set_title_decision(example_doc, None)
    with _store(example_doc, tmp_path) as store:
        before = len(store.audit_log())
        with pytest.raises(BadInput, match="motiv"):
            ops.record_result(store, "C1", "CCP1", "non_acquis", ["J1", "J2"], reason, actor=ACTOR)
        with pytest.raises(BadInput, match="motiv"):
            ops.decide(store, "C1", "not_awarded", ["J1", "J2"], reason, actor=ACTOR)
        assert len(store.audit_log()) == before
        assert store.snapshot().results == () and store.snapshot().title_decisions == ()


@pytest.mark.parametrize("reason", BLANK_REASONS)
def test_operations_refuse_a_blank_reason_for_a_ccs_not_awarded(example_doc, tmp_path, reason):
    doc = as_ccs_session(example_doc, decision=None)
    with _store(doc, tmp_path) as store:
        with pytest.raises(BadInput, match="motiv"):
            ops.decide(store, "C1", "not_awarded", ["J1", "J2"], reason, actor=ACTOR)
        assert store.snapshot().ccs_decisions == ()
        ops.decide(store, "C1", "not_awarded", ["J1", "J2"], "Spécialisation non démontrée.", actor=ACTOR)
        assert [d.decision for d in store.snapshot().ccs_decisions] == ["not_awarded"]


def test_operations_sign_off_refused_while_an_examined_ccp_has_no_result(example_doc, tmp_path):
    with _store(_two_ccps_one_result(example_doc), tmp_path) as store:
        with pytest.raises(BadInput, match="CCP3"):
            ops.sign_off(store, SIGNERS, actor=ACTOR, at=SIGNED_AT)
        assert not store.is_locked
        ops.record_result(store, "C1", "CCP3", "non_acquis", ["J1", "J2"], "Non démontré.", actor=ACTOR)
        ops.sign_off(store, SIGNERS, actor=ACTOR, at=SIGNED_AT)
        assert store.is_locked


@pytest.mark.parametrize("reason", ["   ", "\u200b\u00a0\t", ""])
def test_a_revocation_with_a_blank_reason_is_refused_after_sign_off(example_doc, tmp_path, reason):
    set_results(example_doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    with _store(example_doc, tmp_path) as store:
        ops.sign_off(store, SIGNERS, actor=ACTOR, at=SIGNED_AT)
        assert store.is_locked
        before = (store.snapshot(), len(store.audit_log()))
        # Changes the rules would accept in an open session: only the blank reason is wrong.
        with pytest.raises(SessionLocked, match="motif"):
            ops.record_result(store, "C1", "CCP1", "acquis", ["J2", "J1"], actor=ACTOR, reason=reason)
        with pytest.raises(SessionLocked, match="motif"):
            ops.decide(store, "C1", "not_awarded", ["J1", "J2"], "Fraude constatée.", actor=ACTOR, reason=reason)
        assert (store.snapshot(), len(store.audit_log())) == before
        assert store.is_locked


def test_a_revocation_with_a_written_reason_is_accepted_after_sign_off(example_doc, tmp_path):
    set_results(example_doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    with _store(example_doc, tmp_path) as store:
        ops.sign_off(store, SIGNERS, actor=ACTOR, at=SIGNED_AT)
        change = ops.decide(
            store, "C1", "not_awarded", ["J1", "J2"], "Fraude constatée.", actor=ACTOR, reason="Fraude constatée."
        )
        assert "C1" in change.candidates
        assert [d.decision for d in store.snapshot().title_decisions] == ["not_awarded"]
        assert store.is_locked
