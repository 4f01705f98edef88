"""The codes and outcomes of DOMAIN.md §6, one rule at a time.

Every scenario starts from the example E1 (a formation candidate, session titre of RNCP90002,
2026-10-12 → 2026-10-13, title awarded) and changes only what the rule under test needs.
For each code there is a case where it fires and a near miss where it must not.
The expected values come from DOMAIN.md, never from the engine's own tables.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from juryapp.exchange.session_doc import parse_session
from juryapp.rules import CODE_INFO, Code, Outcome, evaluate_session
from juryapp.storage.library import ReferentielLibrary

TITLE = "RNCP90002"  # active 2023-01-01 → 2027-12-31, CCP1..CCP3, CCS1
OLD_TITLE = "RNCP90001"  # revised 2018 → 2022, successor RNCP90002 (CCP1→CCP1, CCP2→CCP2)
SESSION_END = dt.date(2026, 10, 13)
ALL_CCPS = ("CCP1", "CCP2", "CCP3")

# DOMAIN.md §6 (second edition), column "kind".
BLOCKERS = {
    Code.TITLE_NOT_OPEN,
    Code.PATHWAY_NOT_FOR_SESSION,
    Code.NO_ADMISSION_GROUND,
    Code.PRIOR_DATED_AFTER_SESSION,
    Code.DUPLICATE_CANDIDATE,
    Code.TITLE_ALREADY_HELD,
    Code.CCS_ALREADY_HELD,
    Code.VAE_NO_ADMISSIBILITY,
    Code.VAE_EXPERIENCE_TOO_SHORT,
    Code.NO_PROFESSIONAL_DOSSIER,
    Code.ECF_MISSING,
    Code.CCS_TITLE_NOT_HELD,
    Code.CCS_NO_TRAINING_OR_EXPERIENCE,
    Code.JURY_TOO_SMALL,
    Code.JUROR_CONFLICT,
    Code.JUROR_HABILITATION_EXPIRED,
    Code.JUSTIFICATION_MISSING,
    Code.RESULT_FOR_UNEXAMINED_CCP,
    Code.TITLE_AWARD_INCOMPLETE,
    Code.FINAL_INTERVIEW_MISSING,
    Code.FINAL_INTERVIEW_OUTSIDE_SESSION,
}
WARNINGS = {
    Code.CCP_ALREADY_HELD,
    Code.PRIOR_CCP_NOT_MAPPED,
    Code.CORRESPONDENCE_UNVERIFIED,
    Code.ALL_CCPS_HELD_TITLE_NOT_AWARDED,
}
# Blockers about the candidate's file (DOMAIN.md §6, `admissible`): they make the candidate not
# admissible. JURY_TOO_SMALL is one when the session's jurors are too few for the candidate.
ABOUT_FILE = {
    Code.TITLE_NOT_OPEN,
    Code.PATHWAY_NOT_FOR_SESSION,
    Code.NO_ADMISSION_GROUND,
    Code.VAE_NO_ADMISSIBILITY,
    Code.VAE_EXPERIENCE_TOO_SHORT,
    Code.CCS_TITLE_NOT_HELD,
    Code.CCS_NO_TRAINING_OR_EXPERIENCE,
    Code.NO_PROFESSIONAL_DOSSIER,
    Code.ECF_MISSING,
    Code.PRIOR_DATED_AFTER_SESSION,
    Code.DUPLICATE_CANDIDATE,
    Code.TITLE_ALREADY_HELD,
    Code.CCS_ALREADY_HELD,
}
# Blockers about what the jury recorded (results, interview, decisions, schedule): they leave the
# candidate admissible (EXCHANGE.md §3).
ABOUT_RECORDED_DECISIONS = {
    Code.JUROR_CONFLICT,
    Code.JUROR_HABILITATION_EXPIRED,
    Code.JUSTIFICATION_MISSING,
    Code.RESULT_FOR_UNEXAMINED_CCP,
    Code.TITLE_AWARD_INCOMPLETE,
    Code.FINAL_INTERVIEW_MISSING,
    Code.FINAL_INTERVIEW_OUTSIDE_SESSION,
}

_FRENCH_WORD = re.compile(
    r"(?<![\w'])(le|la|les|l'|du|de|des|d'|un|une|est|sans|pour|au|aux|ne|n'|que|qu'|et|"
    r"pas|il|en|sur|avec|mois|titre|candidat|juré|jury)(?![\w'])",
    re.IGNORECASE,
)
_ENGLISH_WORD = re.compile(
    r"\b(the|is|are|without|missing|not|has|have|held|juror|jurors|title|session end)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------------------------
# Building and evaluating variations of the example document
# ---------------------------------------------------------------------------------------------


def assert_french_message(code: Code, message: str) -> None:
    assert isinstance(message, str) and message.strip(), f"{code}: empty message"
    assert code.value not in message, f"{code}: the message repeats the code: {message!r}"
    assert _FRENCH_WORD.search(message), f"{code}: not French? {message!r}"
    assert not _ENGLISH_WORD.search(message), f"{code}: English words in {message!r}"


def evaluate_all(doc: dict) -> dict[str, Outcome]:
    """Every candidate's outcome; every message of every finding is checked on the way."""
    imported = parse_session(doc, ReferentielLibrary())
    outcomes = evaluate_session(imported.data, imported.referentiels)
    for outcome in outcomes:
        for finding in outcome.blockers + outcome.warnings:
            assert_french_message(finding.code, finding.message)
    return {o.ref: o for o in outcomes}


def evaluate(doc: dict, ref: str = "C1") -> Outcome:
    return evaluate_all(doc)[ref]


def blockers(outcome: Outcome) -> set[Code]:
    return {f.code for f in outcome.blockers}


def warnings(outcome: Outcome) -> set[Code]:
    return {f.code for f in outcome.warnings}


def codes(outcome: Outcome) -> set[Code]:
    return blockers(outcome) | warnings(outcome)


def message(outcome: Outcome, code: Code) -> str:
    for finding in outcome.blockers + outcome.warnings:
        if finding.code == code:
            return finding.message
    raise AssertionError(f"{code} not raised")


def referentiel(doc: dict, code: str) -> dict:
    return next(r for r in doc["referentiels"] if r["code"] == code)


def candidate(doc: dict, ref: str = "C1") -> dict:
    return next(c for c in doc["candidates"] if c["ref"] == ref)


def juror(doc: dict, ref: str) -> dict:
    return next(j for j in doc["jurors"] if j["ref"] == ref)


def prior(ccp: str, title: str = TITLE, obtained_on: str = "2024-05-15") -> dict:
    return {"title": title, "ccp": ccp, "obtained_on": obtained_on}


def set_session_end(doc: dict, end: str) -> dict:
    """A one-day session ending on `end`; the jurors stay habilitated, so only the title's
    dates matter."""
    doc["session"]["start"] = doc["session"]["end"] = end
    for j in doc["jurors"]:
        j["habilitation_until"] = "2099-12-31"
    for fi in doc["final_interviews"]:
        fi["held_on"] = end
    return doc


def close_title(doc: dict, code: str = TITLE) -> dict:
    """The title version is clôturé: no successor."""
    ref = referentiel(doc, code)
    ref["status"] = "closed"
    ref["successor"] = None
    return doc


def set_results(doc: dict, *results: tuple[str, str] | tuple[str, str, str], ref: str = "C1") -> dict:
    """Replace the candidate's CCP results: (ccp, decision[, justification])."""
    doc["results"] = [r for r in doc["results"] if r["candidate"] != ref]
    for item in results:
        ccp, decision, *rest = item
        doc["results"].append(
            {
                "candidate": ref,
                "ccp": ccp,
                "decision": decision,
                "jurors": ["J1", "J2"],
                "justification": rest[0] if rest else "",
            }
        )
    return doc


def set_title_decision(doc: dict, decision: str | None, justification: str = "", ref: str = "C1") -> dict:
    doc["title_decisions"] = [d for d in doc["title_decisions"] if d["candidate"] != ref]
    if decision is not None:
        doc["title_decisions"].append(
            {"candidate": ref, "decision": decision, "jurors": ["J1", "J2"], "justification": justification}
        )
    return doc


def set_ccs_decision(doc: dict, decision: str | None, justification: str = "", ref: str = "C1") -> dict:
    doc["ccs_decisions"] = [d for d in doc["ccs_decisions"] if d["candidate"] != ref]
    if decision is not None:
        doc["ccs_decisions"].append(
            {"candidate": ref, "decision": decision, "jurors": ["J1", "J2"], "justification": justification}
        )
    return doc


def remove_final_interview(doc: dict, ref: str = "C1") -> dict:
    doc["final_interviews"] = [f for f in doc["final_interviews"] if f["candidate"] != ref]
    return doc


def add_juror(
    doc: dict, ref: str, habilitation_until: str | None = "2028-12-31", conflict_with: str | None = None
) -> dict:
    conflicts = (
        [{"candidate": conflict_with, "kind": "formateur", "note": "formateur en 2025"}] if conflict_with else []
    )
    doc["jurors"].append(
        {
            "ref": ref,
            "last_name": f"Juré{ref}",
            "first_name": "Alex",
            "habilitation_until": habilitation_until,
            "conflicts": conflicts,
        }
    )
    return doc


def remove_juror(doc: dict, ref: str) -> dict:
    """The juror leaves the session and every record that named them."""
    doc["jurors"] = [j for j in doc["jurors"] if j["ref"] != ref]
    for key in ("results", "final_interviews", "title_decisions", "ccs_decisions"):
        for record in doc[key]:
            record["jurors"] = [r for r in record["jurors"] if r != ref]
    return doc


def name_juror_on(doc: dict, juror_ref: str, where: str, ref: str = "C1") -> dict:
    """Add a juror to one of the candidate's records: results, final_interviews,
    title_decisions or ccs_decisions."""
    records = [r for r in doc[where] if r["candidate"] == ref]
    assert records, f"no {where} for {ref}"
    for record in records:
        record["jurors"].append(juror_ref)
    return doc


def as_vae(doc: dict, admissibility: str | None = "2026-09-01", months: int = 18) -> dict:
    c = candidate(doc)
    c.update(
        pathway="vae",
        from_training=False,
        vae_admissibility_date=admissibility,
        experience_months=months,
        ecf={},
    )
    return doc


def as_capitalisation(
    doc: dict,
    held: tuple[str, ...] = ("CCP1", "CCP2"),
    examined: tuple[str, ...] = ("CCP3",),
    held_title: str = TITLE,
    title: str | None = "awarded",
) -> dict:
    """Session CCP: a capitalisation candidate holding `held` (CCPs of `held_title`) sits
    `examined`, each result `acquis`; the title decision is `title` (None: none yet)."""
    doc["session"]["kind"] = "ccp"
    doc["session"]["ccps"] = list(examined)
    c = candidate(doc)
    c.update(
        pathway="capitalisation",
        from_training=False,
        ecf={},
        prior_ccps=[prior(ccp, held_title) for ccp in held],
    )
    set_results(doc, *[(ccp, "acquis") for ccp in examined])
    set_title_decision(doc, title)
    return doc


def as_ccs_session(
    doc: dict,
    held_title: str | None = TITLE,
    months: int = 24,
    from_training: bool = False,
    decision: str | None = "awarded",
) -> dict:
    """Session CCS for CCS1 of RNCP90002: a holder of the title with `months` of experience."""
    doc["session"]["kind"] = "ccs"
    doc["session"]["ccps"] = []
    doc["session"]["ccs"] = "CCS1"
    c = candidate(doc)
    c.update(
        pathway="ccs",
        from_training=from_training,
        experience_months=months,
        ecf={"CCS1": True} if from_training else {},
        held_titles=[{"title": held_title, "obtained_on": "2025-06-01"}] if held_title else [],
    )
    doc["results"] = []
    doc["title_decisions"] = []
    set_ccs_decision(doc, decision)
    return doc


def add_oldest_version(doc: dict, verified: bool) -> dict:
    """RNCP90000 (2013-2017, revised into RNCP90001 with CCP1→CCP1), so that a CCP of
    RNCP90000 reaches RNCP90002 through two correspondence tables."""
    old = referentiel(doc, OLD_TITLE)
    oldest = {
        **{k: v for k, v in old.items() if k not in ("correspondence",)},
        "code": "RNCP90000",
        "tp_code": "TP-90000",
        "valid_from": "2013-01-01",
        "valid_until": "2017-12-31",
        "status": "revised",
        "successor": OLD_TITLE,
        "correspondence": None,
    }
    oldest["ccps"] = [
        {**ccp, "competencies": [{**cp, "code": "V0-" + cp["code"]} for cp in ccp["competencies"]]}
        for ccp in old["ccps"]
    ]
    old["correspondence"] = {"from": "RNCP90000", "verified": verified, "map": {"CCP1": ["CCP1"]}}
    doc["referentiels"].insert(0, oldest)
    return doc


UNRELATED = "RNCP90009"  # another title altogether: no correspondence leads from it to RNCP90002


def add_unrelated_title(doc: dict) -> dict:
    """RNCP90009 (2020-2030, active, CCP1..CCP3): neither T nor an earlier version of it."""
    other = copy.deepcopy(referentiel(doc, OLD_TITLE))
    other.update(
        code=UNRELATED,
        tp_code="TP-90009",
        name="Opérateur de maintenance",
        valid_from="2020-01-01",
        valid_until="2030-12-31",
        status="active",
        successor=None,
        correspondence=None,
    )
    doc["referentiels"].append(other)
    return doc


def add_candidate(doc: dict, ref: str, **changes) -> dict:
    """Another candidate like C1 (another person unless `changes` says otherwise), no records."""
    # Identity keeps letters only: the digits of the ref would not tell two people apart.
    letters = ref.translate(str.maketrans("0123456789", "abcdefghij"))
    person = {**copy.deepcopy(candidate(doc)), "ref": ref, "last_name": f"Autre-{letters}", **changes}
    doc["candidates"].append(person)
    return doc


def add_schedule(
    doc: dict,
    jurors: tuple[str, ...] = ("J1", "J2"),
    ref: str = "C1",
    assessment: str = "mise_en_situation",
    ccp: str | None = "CCP1",
    day: str = "2026-10-12",
) -> dict:
    doc.setdefault("schedule", []).append(
        {
            "candidate": ref,
            "assessment": assessment,
            "ccp": ccp,
            "room": "Salle 2",
            "start": f"{day}T09:00",
            "end": f"{day}T12:00",
            "jurors": list(jurors),
        }
    )
    return doc


def clear_decisions(doc: dict) -> dict:
    """No result, no entretien final, no title or CCS decision for anyone."""
    for key in ("results", "final_interviews", "title_decisions", "ccs_decisions"):
        doc[key] = []
    return doc


def set_interview_date(doc: dict, held_on: str | None, ref: str = "C1") -> dict:
    for interview in doc["final_interviews"]:
        if interview["candidate"] == ref:
            interview["held_on"] = held_on
    return doc


def set_validity(doc: dict, valid_until: str, *prorogations: str, code: str = TITLE) -> dict:
    ref = referentiel(doc, code)
    ref["valid_until"] = valid_until
    ref["prorogations"] = [
        {"until": until, "source": f"arrêté de prorogation {i}"} for i, until in enumerate(prorogations)
    ]
    return doc


# ---------------------------------------------------------------------------------------------
# The starting point
# ---------------------------------------------------------------------------------------------


def test_example_formation_candidate_with_title_awarded_has_no_finding(example_doc):
    outcome = evaluate(example_doc)
    assert outcome.blockers == () and outcome.warnings == ()
    assert outcome.admissible is True
    assert outcome.title == "awarded" and outcome.ccs == "not_applicable"
    assert outcome.ccps_obtained == ALL_CCPS and outcome.ccps_held == ALL_CCPS
    assert outcome.document == "parchemin"
    assert outcome.completion_deadline is None


# ---------------------------------------------------------------------------------------------
# TITLE_NOT_OPEN
# ---------------------------------------------------------------------------------------------


def test_title_not_open_when_session_ends_before_valid_from(example_doc):
    outcome = evaluate(set_session_end(example_doc, "2022-12-31"))
    assert blockers(outcome) == {Code.TITLE_NOT_OPEN}
    assert outcome.document == "none" and outcome.ccps_obtained == ()


def test_title_open_when_session_ends_on_valid_from(example_doc):
    outcome = evaluate(set_session_end(example_doc, "2023-01-01"))
    assert Code.TITLE_NOT_OPEN not in codes(outcome)
    assert outcome.document == "parchemin"


def test_title_open_when_session_ends_on_valid_until(example_doc):
    outcome = evaluate(set_session_end(example_doc, "2027-12-31"))
    assert Code.TITLE_NOT_OPEN not in codes(outcome)
    assert outcome.document == "parchemin"


def test_title_not_open_the_day_after_valid_until(example_doc):
    outcome = evaluate(set_session_end(example_doc, "2028-01-01"))
    assert blockers(outcome) == {Code.TITLE_NOT_OPEN}
    assert outcome.title == "not_awarded" and outcome.document == "none"


def test_title_not_open_when_only_the_session_end_date_is_after_the_end_of_validity(example_doc):
    doc = set_session_end(example_doc, "2028-01-01")
    doc["session"]["start"] = "2027-12-31"
    assert blockers(evaluate(doc)) == {Code.TITLE_NOT_OPEN}


def test_title_not_open_when_only_the_session_start_date_is_before_valid_from(example_doc):
    # Second edition: `s` or `d` outside [valid_from, end(T)] (the first looked at `d` alone).
    doc = set_session_end(example_doc, "2023-01-01")
    doc["session"]["start"] = "2022-12-31"
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.TITLE_NOT_OPEN}
    assert outcome.admissible is False and outcome.document == "none"


def test_title_open_when_both_dates_are_the_bounds_of_validity(example_doc):
    doc = set_session_end(example_doc, "2027-12-31")
    doc["session"]["start"] = "2023-01-01"
    assert Code.TITLE_NOT_OPEN not in codes(evaluate(doc))


def _grace_doc(doc: dict, end: str = "2028-06-30") -> dict:
    """Closed RNCP90002 (valid until 2027-12-31), capitalisation candidate holding CCP1,
    session CCP on CCP2 after the end of validity, no title decision."""
    close_title(doc)
    as_capitalisation(doc, held=("CCP1",), examined=("CCP2",), title=None)
    return set_session_end(doc, end)


def test_closed_title_grace_year_lets_capitalisation_candidate_holding_a_ccp_sit_a_session_ccp(
    example_doc,
):
    outcome = evaluate(_grace_doc(example_doc))
    assert blockers(outcome) == set()
    assert outcome.ccps_obtained == ("CCP2",)
    assert outcome.ccps_held == ("CCP1", "CCP2")
    assert outcome.document == "livret"
    assert outcome.completion_deadline == dt.date(2028, 12, 31)


def test_closed_title_grace_year_includes_its_last_day(example_doc):
    outcome = evaluate(_grace_doc(example_doc, end="2028-12-31"))
    assert Code.TITLE_NOT_OPEN not in codes(outcome)
    assert outcome.ccps_obtained == ("CCP2",)


def test_closed_title_grace_year_is_over_the_next_day(example_doc):
    outcome = evaluate(_grace_doc(example_doc, end="2029-01-01"))
    assert Code.TITLE_NOT_OPEN in blockers(outcome)
    assert outcome.ccps_obtained == () and outcome.document == "none"
    assert outcome.ccps_held == ("CCP1",)


def test_closed_title_grace_counts_a_ccp_held_through_a_correspondence(example_doc):
    doc = _grace_doc(example_doc)
    candidate(doc)["prior_ccps"] = [prior("CCP1", OLD_TITLE)]
    outcome = evaluate(doc)
    assert Code.TITLE_NOT_OPEN not in codes(outcome)
    assert outcome.ccps_held == ("CCP1", "CCP2")


def test_closed_title_grace_needs_at_least_one_ccp_held(example_doc):
    doc = _grace_doc(example_doc)
    candidate(doc)["prior_ccps"] = []
    outcome = evaluate(doc)
    assert Code.TITLE_NOT_OPEN in blockers(outcome)
    assert outcome.ccps_obtained == ()


def test_closed_title_grace_does_not_cover_an_unmapped_prior_ccp(example_doc):
    doc = _grace_doc(example_doc)
    candidate(doc)["prior_ccps"] = [prior("CCP3", OLD_TITLE)]  # not in the table
    outcome = evaluate(doc)
    assert Code.TITLE_NOT_OPEN in blockers(outcome)
    assert Code.PRIOR_CCP_NOT_MAPPED in warnings(outcome)


def test_closed_title_grace_only_in_a_session_ccp_not_a_session_titre(example_doc):
    doc = close_title(example_doc)
    candidate(doc).update(pathway="capitalisation", from_training=False, ecf={}, prior_ccps=[prior("CCP1")])
    doc = set_session_end(doc, "2028-06-30")
    outcome = evaluate(doc)
    assert Code.TITLE_NOT_OPEN in blockers(outcome)
    assert outcome.title == "not_awarded" and outcome.document == "none"


def test_closed_title_grace_depends_on_the_ccp_held_the_pathway_has_its_own_rule(example_doc):
    # Second edition: the grace is for a candidate of a session CCP who holds a CCP of T; a
    # formation candidate does not sit a session CCP at all (PATHWAY_NOT_FOR_SESSION).
    doc = _grace_doc(example_doc)
    candidate(doc).update(pathway="formation", from_training=True, ecf={"CCP2": True})
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.PATHWAY_NOT_FOR_SESSION}
    assert outcome.document == "none"


def test_closed_title_with_a_successor_gives_no_grace_year(example_doc):
    # « closed » with a `successor` is not clôturé: its candidates move to the next version.
    doc = _grace_doc(example_doc)
    referentiel(doc, TITLE)["successor"] = "RNCP90003"
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.TITLE_NOT_OPEN}
    assert outcome.ccps_obtained == () and outcome.document == "none"


def test_revised_title_gives_no_grace_year(example_doc):
    # RNCP90001 is revised (successor RNCP90002): its candidates move to the new version.
    doc = as_capitalisation(example_doc, held=("CCP1",), examined=("CCP2",), held_title=OLD_TITLE, title=None)
    doc["session"]["title"] = OLD_TITLE
    doc = set_session_end(doc, "2023-06-30")
    outcome = evaluate(doc)
    assert Code.TITLE_NOT_OPEN in blockers(outcome)
    assert outcome.ccps_obtained == () and outcome.document == "none"


def test_revised_title_is_open_within_its_validity(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP1",), examined=("CCP2",), held_title=OLD_TITLE, title=None)
    candidate(doc)["prior_ccps"][0]["obtained_on"] = "2021-05-15"  # before the session
    doc["session"]["title"] = OLD_TITLE
    doc = set_session_end(doc, "2022-12-31")
    outcome = evaluate(doc)
    assert Code.TITLE_NOT_OPEN not in codes(outcome)
    assert outcome.ccps_obtained == ("CCP2",) and outcome.document == "livret"
    assert outcome.completion_deadline == dt.date(2022, 12, 31)


def test_closed_title_before_its_end_is_open_and_its_livret_deadline_is_one_year_later(
    example_doc,
):
    doc = close_title(example_doc)
    set_results(doc, ("CCP1", "acquis"), ("CCP2", "non_acquis", "Mise en situation non réussie."))
    set_title_decision(doc, "not_awarded", "Le CCP2 n'est pas acquis.")
    outcome = evaluate(doc)
    assert blockers(outcome) == set()
    assert outcome.document == "livret"
    assert outcome.completion_deadline == dt.date(2028, 12, 31)


# ---------------------------------------------------------------------------------------------
# VAE_NO_ADMISSIBILITY, VAE_EXPERIENCE_TOO_SHORT
# ---------------------------------------------------------------------------------------------


def test_vae_candidate_with_admissibility_and_experience_is_clean(example_doc):
    outcome = evaluate(as_vae(example_doc))
    assert outcome.blockers == () and outcome.warnings == ()
    assert outcome.document == "parchemin"


def test_vae_without_admissibility_date_is_blocked(example_doc):
    outcome = evaluate(as_vae(example_doc, admissibility=None))
    assert blockers(outcome) == {Code.VAE_NO_ADMISSIBILITY}
    assert outcome.admissible is False and outcome.document == "none"


def test_vae_admissibility_notified_after_session_end_is_blocked(example_doc):
    outcome = evaluate(as_vae(example_doc, admissibility="2026-10-14"))
    assert blockers(outcome) == {Code.VAE_NO_ADMISSIBILITY}


def test_vae_admissibility_notified_on_the_session_end_date_is_too_late(example_doc):
    # Second edition: a recevabilité « on or before `s` » (the first edition accepted `d`).
    outcome = evaluate(as_vae(example_doc, admissibility="2026-10-13"))
    assert blockers(outcome) == {Code.VAE_NO_ADMISSIBILITY}
    assert outcome.admissible is False and outcome.document == "none"


def test_vae_admissibility_notified_on_the_session_start_date_is_enough(example_doc):
    outcome = evaluate(as_vae(example_doc, admissibility="2026-10-12"))
    assert Code.VAE_NO_ADMISSIBILITY not in codes(outcome)
    assert outcome.document == "parchemin"


def test_vae_with_11_months_of_experience_is_too_short(example_doc):
    outcome = evaluate(as_vae(example_doc, months=11))
    assert blockers(outcome) == {Code.VAE_EXPERIENCE_TOO_SHORT}
    assert outcome.admissible is False and outcome.document == "none"
    assert "11" in message(outcome, Code.VAE_EXPERIENCE_TOO_SHORT)


def test_vae_with_12_months_of_experience_is_enough(example_doc):
    outcome = evaluate(as_vae(example_doc, months=12))
    assert Code.VAE_EXPERIENCE_TOO_SHORT not in codes(outcome)


def test_vae_rules_do_not_apply_to_other_pathways(example_doc):
    # The formation candidate of E1 has neither admissibility date nor experience.
    c = candidate(example_doc)
    assert c["vae_admissibility_date"] is None and c["experience_months"] == 0
    assert codes(evaluate(example_doc)).isdisjoint({Code.VAE_NO_ADMISSIBILITY, Code.VAE_EXPERIENCE_TOO_SHORT})


# ---------------------------------------------------------------------------------------------
# NO_PROFESSIONAL_DOSSIER
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variation",
    [
        pytest.param(lambda d: d, id="formation-titre"),
        pytest.param(as_vae, id="vae-titre"),
        pytest.param(as_capitalisation, id="capitalisation-ccp"),
        pytest.param(as_ccs_session, id="ccs"),
    ],
)
def test_no_professional_dossier_blocks_every_pathway(example_doc, variation):
    doc = variation(example_doc)
    assert codes(evaluate(doc)) == set()
    candidate(doc)["professional_dossier"] = False
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.NO_PROFESSIONAL_DOSSIER}
    assert outcome.admissible is False and outcome.document == "none"


def test_professional_dossier_defaults_to_not_received(example_doc):
    del candidate(example_doc)["professional_dossier"]
    assert Code.NO_PROFESSIONAL_DOSSIER in blockers(evaluate(example_doc))


# ---------------------------------------------------------------------------------------------
# ECF_MISSING
# ---------------------------------------------------------------------------------------------


def test_ecf_missing_for_a_ccp_of_a_formation_candidate_in_session_titre(example_doc):
    del candidate(example_doc)["ecf"]["CCP3"]
    outcome = evaluate(example_doc)
    assert blockers(outcome) == {Code.ECF_MISSING}
    assert "CCP3" in message(outcome, Code.ECF_MISSING)
    assert outcome.admissible is False and outcome.document == "none"


def test_ecf_recorded_as_not_available_counts_as_missing(example_doc):
    candidate(example_doc)["ecf"]["CCP2"] = False
    assert blockers(evaluate(example_doc)) == {Code.ECF_MISSING}


def test_ecf_required_for_formation_even_when_from_training_is_false(example_doc):
    c = candidate(example_doc)
    c["from_training"] = False
    c["ecf"] = {}
    assert Code.ECF_MISSING in blockers(evaluate(example_doc))


def test_ecf_not_required_for_vae_candidate_not_from_training(example_doc):
    outcome = evaluate(as_vae(example_doc))
    assert candidate(example_doc)["ecf"] == {}
    assert Code.ECF_MISSING not in codes(outcome)


def test_ecf_never_required_for_vae_even_when_from_training_is_true(example_doc):
    # Second edition: « vae: never », whatever `from_training` says.
    doc = as_vae(example_doc)
    candidate(doc)["from_training"] = True
    outcome = evaluate(doc)
    assert Code.ECF_MISSING not in codes(outcome)
    assert outcome.document == "parchemin"


def test_ecf_in_session_ccp_needed_only_for_the_examined_ccps(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP1",), examined=("CCP2", "CCP3"), title=None)
    c = candidate(doc)
    c["from_training"] = True
    c["ecf"] = {"CCP2": True, "CCP3": True}  # nothing for the held CCP1
    assert Code.ECF_MISSING not in codes(evaluate(doc))
    c["ecf"] = {"CCP1": True, "CCP2": True}
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.ECF_MISSING}
    assert "CCP3" in message(outcome, Code.ECF_MISSING)


def test_ecf_not_required_for_capitalisation_candidate_not_from_training(example_doc):
    outcome = evaluate(as_capitalisation(example_doc))
    assert candidate(example_doc)["ecf"] == {}
    assert Code.ECF_MISSING not in codes(outcome)


def test_ecf_in_session_ccs_is_the_ecf_of_the_ccs(example_doc):
    doc = as_ccs_session(example_doc, from_training=True, months=0)
    c = candidate(doc)
    c["ecf"] = {"CCS1": True}  # no ECF for any CCP: not examined here
    assert Code.ECF_MISSING not in codes(evaluate(doc))
    c["ecf"] = {"CCP1": True, "CCP2": True, "CCP3": True}
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.ECF_MISSING}
    assert "CCS1" in message(outcome, Code.ECF_MISSING)


# ---------------------------------------------------------------------------------------------
# Session CCS: CCS_TITLE_NOT_HELD, CCS_NO_TRAINING_OR_EXPERIENCE and its outcome
# ---------------------------------------------------------------------------------------------


def test_session_ccs_awarded_gives_a_parchemin_and_no_title(example_doc):
    outcome = evaluate(as_ccs_session(example_doc))
    assert outcome.blockers == () and outcome.warnings == ()
    assert outcome.title == "not_applicable"
    assert outcome.ccs == "awarded"
    assert outcome.ccps_examined == () and outcome.ccps_obtained == ()
    assert outcome.document == "parchemin"
    assert outcome.completion_deadline is None


def test_session_ccs_without_decision_is_pending(example_doc):
    outcome = evaluate(as_ccs_session(example_doc, decision=None))
    assert outcome.blockers == ()
    assert outcome.ccs == "pending" and outcome.title == "not_applicable"
    assert outcome.document == "none"


def test_session_ccs_not_awarded_gives_no_document(example_doc):
    doc = as_ccs_session(example_doc, decision=None)
    set_ccs_decision(doc, "not_awarded", "Spécialisation non démontrée.")
    outcome = evaluate(doc)
    assert outcome.blockers == ()
    assert outcome.ccs == "not_awarded" and outcome.document == "none"


def test_ccs_title_not_held_blocks(example_doc):
    outcome = evaluate(as_ccs_session(example_doc, held_title=None))
    assert blockers(outcome) == {Code.CCS_TITLE_NOT_HELD}
    assert outcome.admissible is False
    assert outcome.ccs == "not_awarded" and outcome.title == "not_applicable"
    assert outcome.document == "none"


def test_ccs_another_title_held_does_not_count(example_doc):
    outcome = evaluate(as_ccs_session(example_doc, held_title="RNCP99999"))
    assert blockers(outcome) == {Code.CCS_TITLE_NOT_HELD}


def test_ccs_holding_an_earlier_version_of_the_title_is_enough(example_doc):
    outcome = evaluate(as_ccs_session(example_doc, held_title=OLD_TITLE))
    assert Code.CCS_TITLE_NOT_HELD not in codes(outcome)
    assert outcome.ccs == "awarded" and outcome.document == "parchemin"


def test_ccs_earlier_version_known_by_its_successor_link_alone_is_not_enough(example_doc):
    # Second edition: an earlier version is reached through `correspondence.from` only.
    referentiel(example_doc, TITLE)["correspondence"] = None  # RNCP90001.successor remains
    outcome = evaluate(as_ccs_session(example_doc, held_title=OLD_TITLE))
    assert blockers(outcome) == {Code.CCS_TITLE_NOT_HELD}
    assert outcome.ccs == "not_awarded" and outcome.document == "none"


def test_ccs_without_training_and_11_months_of_experience_is_blocked(example_doc):
    outcome = evaluate(as_ccs_session(example_doc, months=11))
    assert blockers(outcome) == {Code.CCS_NO_TRAINING_OR_EXPERIENCE}
    assert outcome.admissible is False and outcome.document == "none"


def test_ccs_without_training_but_12_months_of_experience_is_enough(example_doc):
    outcome = evaluate(as_ccs_session(example_doc, months=12))
    assert Code.CCS_NO_TRAINING_OR_EXPERIENCE not in codes(outcome)
    assert outcome.document == "parchemin"


def test_ccs_from_training_needs_no_experience(example_doc):
    outcome = evaluate(as_ccs_session(example_doc, months=0, from_training=True))
    assert Code.CCS_NO_TRAINING_OR_EXPERIENCE not in codes(outcome)
    assert outcome.document == "parchemin"


def test_ccs_rules_do_not_apply_outside_a_session_ccs(example_doc):
    doc = as_capitalisation(example_doc)
    assert candidate(doc)["held_titles"] == [] and candidate(doc)["experience_months"] == 0
    assert codes(evaluate(doc)).isdisjoint({Code.CCS_TITLE_NOT_HELD, Code.CCS_NO_TRAINING_OR_EXPERIENCE})


def test_ccs_awarded_without_final_interview_is_blocked(example_doc):
    doc = remove_final_interview(as_ccs_session(example_doc))
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.FINAL_INTERVIEW_MISSING}
    assert outcome.ccs == "not_awarded" and outcome.document == "none"


def test_ccs_not_awarded_without_written_reason_is_blocked(example_doc):
    doc = as_ccs_session(example_doc, decision="not_awarded")
    assert blockers(evaluate(doc)) == {Code.JUSTIFICATION_MISSING}


def test_ccs_decision_naming_a_conflicted_juror_is_blocked(example_doc):
    doc = add_juror(as_ccs_session(example_doc), "J3", conflict_with="C1")
    assert Code.JUROR_CONFLICT not in codes(evaluate(doc))
    name_juror_on(doc, "J3", "ccs_decisions")
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.JUROR_CONFLICT}
    assert outcome.ccs == "not_awarded"


def test_ccp_result_in_a_session_ccs_is_for_an_unexamined_ccp(example_doc):
    doc = set_results(as_ccs_session(example_doc), ("CCP1", "acquis"))
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.RESULT_FOR_UNEXAMINED_CCP}
    assert outcome.ccps_obtained == ()


# ---------------------------------------------------------------------------------------------
# JURY_TOO_SMALL, JUROR_CONFLICT, JUROR_HABILITATION_EXPIRED
# ---------------------------------------------------------------------------------------------


def test_jury_too_small_with_a_single_juror(example_doc):
    outcome = evaluate(remove_juror(example_doc, "J2"))
    assert blockers(outcome) == {Code.JURY_TOO_SMALL}
    assert outcome.admissible is False and outcome.document == "none"


def test_jury_too_small_when_a_conflict_leaves_one_juror_for_this_candidate(example_doc):
    # J1 is the candidate's trainer: off the records, and not a juror for this candidate.
    remove_juror(example_doc, "J1")
    add_juror(example_doc, "J1", conflict_with="C1")
    outcome = evaluate(example_doc)
    assert blockers(outcome) == {Code.JURY_TOO_SMALL}


def test_jury_of_two_after_a_conflicted_third_juror_stands_aside_is_enough(example_doc):
    add_juror(example_doc, "J3", conflict_with="C1")
    outcome = evaluate(example_doc)
    assert codes(outcome) == set()
    assert outcome.document == "parchemin"


def test_jury_conflict_with_another_candidate_does_not_reduce_this_candidates_jury(example_doc):
    second = {**candidate(example_doc), "ref": "C2", "last_name": "Autre"}
    example_doc["candidates"].append(second)
    juror(example_doc, "J2")["conflicts"] = [{"candidate": "C2", "kind": "employeur", "note": ""}]
    outcomes = evaluate_all(example_doc)
    assert Code.JURY_TOO_SMALL not in codes(outcomes["C1"])
    assert Code.JURY_TOO_SMALL in blockers(outcomes["C2"])


def test_jury_too_small_when_a_habilitation_ended_the_day_before_the_session_end(example_doc):
    juror(example_doc, "J2")["habilitation_until"] = "2026-10-12"  # session start, not its end
    outcome = evaluate(example_doc)
    # J2 still named on the interview and the decision: both are blockers now.
    assert blockers(outcome) == {Code.JURY_TOO_SMALL, Code.JUROR_HABILITATION_EXPIRED}
    assert outcome.warnings == ()
    assert outcome.admissible is False


def test_habilitation_ending_on_the_session_end_date_counts(example_doc):
    juror(example_doc, "J2")["habilitation_until"] = "2026-10-13"
    outcome = evaluate(example_doc)
    assert codes(outcome) == set()
    assert outcome.document == "parchemin"


def test_juror_without_habilitation_date_is_not_habilitated(example_doc):
    juror(example_doc, "J2")["habilitation_until"] = None
    outcome = evaluate(example_doc)
    assert blockers(outcome) == {Code.JURY_TOO_SMALL, Code.JUROR_HABILITATION_EXPIRED}


@pytest.mark.parametrize("where", ["results", "final_interviews", "title_decisions"])
def test_juror_conflict_when_a_conflicted_juror_is_named_on_a_record(example_doc, where):
    set_results(example_doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    add_juror(example_doc, "J3", conflict_with="C1")
    name_juror_on(example_doc, "J3", where)
    outcome = evaluate(example_doc)
    assert blockers(outcome) == {Code.JUROR_CONFLICT}  # J1 and J2 are still a jury
    assert outcome.admissible is True
    assert outcome.title == "not_awarded" and outcome.document == "none"
    assert "Alex" in message(outcome, Code.JUROR_CONFLICT)


def test_juror_conflict_not_raised_for_a_conflicted_juror_named_only_for_another_candidate(
    example_doc,
):
    second = {**candidate(example_doc), "ref": "C2", "last_name": "Autre"}
    example_doc["candidates"].append(second)
    add_juror(example_doc, "J3", conflict_with="C2")
    name_juror_on(example_doc, "J3", "title_decisions", ref="C1")
    outcomes = evaluate_all(example_doc)
    assert Code.JUROR_CONFLICT not in codes(outcomes["C1"])
    assert outcomes["C1"].document == "parchemin"


def test_juror_habilitation_expired_blocks_for_a_named_juror(example_doc):
    # Second edition: a blocker (DOMAIN.md §4: such a juror takes no part in any decision),
    # even though J1 and J2 alone are a jury; it is about decisions, so still admissible.
    add_juror(example_doc, "J3", habilitation_until="2026-10-12")
    name_juror_on(example_doc, "J3", "final_interviews")
    outcome = evaluate(example_doc)
    assert blockers(outcome) == {Code.JUROR_HABILITATION_EXPIRED}
    assert outcome.warnings == ()
    assert outcome.admissible is True
    assert outcome.title == "not_awarded" and outcome.document == "none"
    assert "Alex" in message(outcome, Code.JUROR_HABILITATION_EXPIRED)


@pytest.mark.parametrize("where", ["results", "title_decisions"])
def test_juror_habilitation_expired_on_results_and_decisions(example_doc, where):
    set_results(example_doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    add_juror(example_doc, "J3", habilitation_until="2025-01-31")
    name_juror_on(example_doc, "J3", where)
    assert blockers(evaluate(example_doc)) == {Code.JUROR_HABILITATION_EXPIRED}


def test_juror_habilitation_expired_on_a_ccs_decision(example_doc):
    doc = add_juror(as_ccs_session(example_doc), "J3", habilitation_until="2025-01-31")
    name_juror_on(doc, "J3", "ccs_decisions")
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.JUROR_HABILITATION_EXPIRED}
    assert outcome.ccs == "not_awarded" and outcome.document == "none"


def test_juror_habilitation_ending_on_the_session_end_date_is_enough(example_doc):
    add_juror(example_doc, "J3", habilitation_until="2026-10-13")
    name_juror_on(example_doc, "J3", "final_interviews")
    assert codes(evaluate(example_doc)) == set()


def test_expired_juror_not_named_on_any_record_blocks_nothing(example_doc):
    add_juror(example_doc, "J3", habilitation_until="2020-01-01")
    assert codes(evaluate(example_doc)) == set()


def test_expired_juror_never_counts_towards_the_two(example_doc):
    juror(example_doc, "J2")["habilitation_until"] = "2026-01-01"
    add_juror(example_doc, "J3")  # habilitated, not named anywhere
    outcome = evaluate(example_doc)
    # The session has two jurors for C1 (J1 and J3): admissible. But the interview and the
    # decision name J1 and the expired J2: each is taken by one valid juror.
    assert blockers(outcome) == {Code.JURY_TOO_SMALL, Code.JUROR_HABILITATION_EXPIRED}
    assert outcome.admissible is True
    for where in ("final_interviews", "title_decisions"):
        name_juror_on(example_doc, "J3", where)
    assert blockers(evaluate(example_doc)) == {Code.JUROR_HABILITATION_EXPIRED}
    remove_juror(example_doc, "J3")
    outcome = evaluate(example_doc)
    assert Code.JURY_TOO_SMALL in blockers(outcome)  # J1 alone
    assert outcome.admissible is False


# ---------------------------------------------------------------------------------------------
# JUSTIFICATION_MISSING
# ---------------------------------------------------------------------------------------------


def _partial_success(
    doc: dict, reason: str = "Mise en situation non réussie.", title_reason: str = "Le CCP3 n'est pas acquis."
) -> dict:
    set_results(doc, ("CCP1", "acquis"), ("CCP2", "acquis"), ("CCP3", "non_acquis", reason))
    return set_title_decision(doc, "not_awarded", title_reason)


def test_non_acquis_ccp_with_written_reason_is_fine(example_doc):
    assert blockers(evaluate(_partial_success(example_doc))) == set()


def test_non_acquis_ccp_without_written_reason_is_blocked(example_doc):
    outcome = evaluate(_partial_success(example_doc, reason=""))
    assert blockers(outcome) == {Code.JUSTIFICATION_MISSING}
    assert "CCP3" in message(outcome, Code.JUSTIFICATION_MISSING)
    assert outcome.admissible is True
    assert outcome.ccps_obtained == () and outcome.document == "none"


def test_non_acquis_ccp_with_blank_reason_is_blocked(example_doc):
    outcome = evaluate(_partial_success(example_doc, reason="   \n"))
    assert blockers(outcome) == {Code.JUSTIFICATION_MISSING}


def test_title_not_awarded_without_written_reason_is_blocked(example_doc):
    outcome = evaluate(_partial_success(example_doc, title_reason=""))
    assert blockers(outcome) == {Code.JUSTIFICATION_MISSING}
    assert outcome.title == "not_awarded" and outcome.document == "none"


def test_acquis_ccp_and_awarded_title_need_no_written_reason(example_doc):
    set_results(example_doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    assert all(r["justification"] == "" for r in example_doc["results"])
    assert codes(evaluate(example_doc)) == set()


# ---------------------------------------------------------------------------------------------
# RESULT_FOR_UNEXAMINED_CCP
# ---------------------------------------------------------------------------------------------


def test_result_for_a_ccp_outside_the_session_ccp_list_is_blocked(example_doc):
    doc = as_capitalisation(example_doc)  # examines CCP3, holds CCP1 and CCP2
    doc["results"].append(
        {"candidate": "C1", "ccp": "CCP2", "decision": "acquis", "jurors": ["J1", "J2"], "justification": ""}
    )
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.RESULT_FOR_UNEXAMINED_CCP}
    assert "CCP2" in message(outcome, Code.RESULT_FOR_UNEXAMINED_CCP)
    assert outcome.admissible is True and outcome.document == "none"


def test_result_for_an_examined_ccp_of_a_session_ccp_is_fine(example_doc):
    outcome = evaluate(as_capitalisation(example_doc))
    assert Code.RESULT_FOR_UNEXAMINED_CCP not in codes(outcome)


def test_results_for_every_ccp_of_the_title_in_a_session_titre_are_fine(example_doc):
    set_results(example_doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    assert Code.RESULT_FOR_UNEXAMINED_CCP not in codes(evaluate(example_doc))


# ---------------------------------------------------------------------------------------------
# TITLE_AWARD_INCOMPLETE, FINAL_INTERVIEW_MISSING
# ---------------------------------------------------------------------------------------------


def test_title_awarded_with_a_non_acquis_ccp_in_session_titre_is_blocked(example_doc):
    set_results(example_doc, ("CCP1", "acquis"), ("CCP2", "non_acquis", "Non démontré."))
    outcome = evaluate(example_doc)
    assert blockers(outcome) == {Code.TITLE_AWARD_INCOMPLETE}
    assert outcome.admissible is True
    assert outcome.title == "not_awarded" and outcome.document == "none"


def test_title_awarded_in_session_titre_without_ccp_results_is_complete(example_doc):
    assert example_doc["results"] == []
    assert Code.TITLE_AWARD_INCOMPLETE not in codes(evaluate(example_doc))


def test_title_awarded_in_session_ccp_while_a_ccp_is_still_missing_is_blocked(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP1",), examined=("CCP3",))  # CCP2 missing
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.TITLE_AWARD_INCOMPLETE}
    assert "CCP2" in message(outcome, Code.TITLE_AWARD_INCOMPLETE)
    assert outcome.title == "not_awarded" and outcome.ccps_obtained == ()


def test_title_awarded_in_session_ccp_with_the_examined_ccp_non_acquis_is_blocked(example_doc):
    doc = as_capitalisation(example_doc)
    set_results(doc, ("CCP3", "non_acquis", "Non démontré."))
    assert blockers(evaluate(doc)) == {Code.TITLE_AWARD_INCOMPLETE}


def test_title_awarded_in_session_ccp_when_the_last_ccp_is_acquis(example_doc):
    outcome = evaluate(as_capitalisation(example_doc))
    assert outcome.blockers == () and outcome.warnings == ()
    assert outcome.title == "awarded"
    assert outcome.ccps_obtained == ("CCP3",)
    assert outcome.ccps_held == ALL_CCPS
    assert outcome.document == "parchemin"


def test_title_awarded_without_final_interview_is_blocked(example_doc):
    outcome = evaluate(remove_final_interview(example_doc))
    assert blockers(outcome) == {Code.FINAL_INTERVIEW_MISSING}
    assert outcome.admissible is True
    assert outcome.title == "not_awarded" and outcome.document == "none"


def test_title_awarded_in_session_ccp_without_final_interview_is_blocked(example_doc):
    doc = remove_final_interview(as_capitalisation(example_doc))
    assert blockers(evaluate(doc)) == {Code.FINAL_INTERVIEW_MISSING}


def test_title_not_awarded_needs_no_final_interview(example_doc):
    doc = remove_final_interview(_partial_success(example_doc))
    outcome = evaluate(doc)
    assert Code.FINAL_INTERVIEW_MISSING not in codes(outcome)
    assert outcome.document == "livret"


# ---------------------------------------------------------------------------------------------
# CCP_ALREADY_HELD
# ---------------------------------------------------------------------------------------------


def test_ccp_already_held_when_a_session_ccp_examines_a_held_ccp(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP1", "CCP2"), examined=("CCP2", "CCP3"))
    outcome = evaluate(doc)
    assert warnings(outcome) == {Code.CCP_ALREADY_HELD}
    assert "CCP2" in message(outcome, Code.CCP_ALREADY_HELD)
    assert outcome.blockers == () and outcome.document == "parchemin"


def test_ccp_already_held_through_a_correspondence(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP2",), held_title=OLD_TITLE, examined=("CCP2",), title=None)
    assert Code.CCP_ALREADY_HELD in warnings(evaluate(doc))


def test_ccp_already_held_not_raised_when_the_session_ccp_examines_only_missing_ccps(example_doc):
    outcome = evaluate(as_capitalisation(example_doc, held=("CCP1", "CCP2"), examined=("CCP3",)))
    assert Code.CCP_ALREADY_HELD not in codes(outcome)


def test_ccp_already_held_raised_in_a_session_titre_too(example_doc):
    # Second edition: « an examined CCP is one the candidate already holds », and a session
    # titre examines every CCP of T.
    candidate(example_doc)["prior_ccps"] = [prior("CCP1")]
    outcome = evaluate(example_doc)
    assert warnings(outcome) == {Code.CCP_ALREADY_HELD}
    assert "CCP1" in message(outcome, Code.CCP_ALREADY_HELD)
    assert outcome.ccps_obtained == ("CCP2", "CCP3")
    assert outcome.document == "parchemin"


def test_ccp_already_held_non_acquis_never_removes_it(example_doc):
    candidate(example_doc)["prior_ccps"] = [prior("CCP1")]
    set_results(example_doc, ("CCP1", "non_acquis", "Refait et non réussi."), ("CCP2", "acquis"), ("CCP3", "acquis"))
    outcome = evaluate(example_doc)
    # Not a TITLE_AWARD_INCOMPLETE either: CCP1 was held before the session.
    assert blockers(outcome) == set()
    assert warnings(outcome) == {Code.CCP_ALREADY_HELD}
    assert outcome.ccps_held == ALL_CCPS and outcome.ccps_obtained == ("CCP2", "CCP3")
    assert outcome.document == "parchemin"


def test_ccp_already_held_acquis_again_obtains_nothing_new(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP1",), examined=("CCP1",), title=None)
    outcome = evaluate(doc)
    assert warnings(outcome) == {Code.CCP_ALREADY_HELD}
    assert outcome.ccps_obtained == () and outcome.document == "none"
    assert outcome.ccps_held == ("CCP1",)


# ---------------------------------------------------------------------------------------------
# Capitalisation across versions: PRIOR_CCP_NOT_MAPPED, CORRESPONDENCE_UNVERIFIED
# ---------------------------------------------------------------------------------------------


def test_prior_ccps_of_an_earlier_version_are_held_through_a_verified_correspondence(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP1", "CCP2"), held_title=OLD_TITLE)
    outcome = evaluate(doc)
    assert outcome.blockers == () and outcome.warnings == ()
    assert outcome.ccps_obtained == ("CCP3",)
    assert outcome.ccps_held == ALL_CCPS
    assert outcome.title == "awarded" and outcome.document == "parchemin"


def test_correspondence_unverified_warns_but_the_prior_ccp_is_still_held(example_doc):
    referentiel(example_doc, TITLE)["correspondence"]["verified"] = False
    doc = as_capitalisation(example_doc, held=("CCP1", "CCP2"), held_title=OLD_TITLE)
    outcome = evaluate(doc)
    assert warnings(outcome) == {Code.CORRESPONDENCE_UNVERIFIED}
    assert outcome.blockers == ()
    assert outcome.ccps_held == ALL_CCPS
    assert outcome.document == "parchemin"


def test_correspondence_unverified_not_raised_for_prior_ccps_of_the_same_version(example_doc):
    referentiel(example_doc, TITLE)["correspondence"]["verified"] = False
    outcome = evaluate(as_capitalisation(example_doc))  # CCP1, CCP2 of RNCP90002 itself
    assert Code.CORRESPONDENCE_UNVERIFIED not in codes(outcome)


def test_prior_ccp_not_mapped_is_not_held(example_doc):
    # CCP3 of RNCP90001 is absent from the table into RNCP90002.
    doc = as_capitalisation(example_doc, held=("CCP3",), held_title=OLD_TITLE, examined=("CCP1",), title=None)
    outcome = evaluate(doc)
    assert warnings(outcome) == {Code.PRIOR_CCP_NOT_MAPPED}
    assert "CCP3" in message(outcome, Code.PRIOR_CCP_NOT_MAPPED)
    assert outcome.ccps_held == ("CCP1",)
    assert outcome.title == "pending" and outcome.document == "livret"


def test_prior_ccp_not_mapped_when_the_title_has_no_correspondence_from_that_version(example_doc):
    referentiel(example_doc, TITLE)["correspondence"] = None
    doc = as_capitalisation(example_doc, held=("CCP1", "CCP2"), held_title=OLD_TITLE, title=None)
    # RNCP90001 is no earlier version of T now: the candidate needs another ground to sit.
    candidate(doc).update(from_training=True, ecf={"CCP3": True})
    outcome = evaluate(doc)
    assert warnings(outcome) == {Code.PRIOR_CCP_NOT_MAPPED}
    assert "aucune table de correspondance" in message(outcome, Code.PRIOR_CCP_NOT_MAPPED)
    assert outcome.blockers == ()
    assert outcome.ccps_held == ("CCP3",)


def test_prior_ccp_of_an_unrelated_title_is_not_mapped(example_doc):
    add_unrelated_title(example_doc)
    doc = as_capitalisation(example_doc, held=("CCP1",), examined=("CCP2",), title=None)
    candidate(doc)["prior_ccps"].append(prior("CCP3", UNRELATED))
    outcome = evaluate(doc)
    assert warnings(outcome) == {Code.PRIOR_CCP_NOT_MAPPED}
    assert UNRELATED in message(outcome, Code.PRIOR_CCP_NOT_MAPPED)
    assert outcome.ccps_held == ("CCP1", "CCP2")


def test_mapped_prior_ccps_raise_no_prior_ccp_not_mapped(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP1",), held_title=OLD_TITLE, examined=("CCP2",), title=None)
    outcome = evaluate(doc)
    assert Code.PRIOR_CCP_NOT_MAPPED not in codes(outcome)
    assert outcome.ccps_held == ("CCP1", "CCP2")


def test_prior_ccp_carried_through_two_correspondences_up_to_the_title(example_doc):
    doc = add_oldest_version(example_doc, verified=True)
    doc = as_capitalisation(doc, held=("CCP1",), held_title="RNCP90000", examined=("CCP2",), title=None)
    outcome = evaluate(doc)
    assert codes(outcome) == set()
    assert outcome.ccps_held == ("CCP1", "CCP2")


def test_correspondence_unverified_anywhere_along_the_chain_warns(example_doc):
    doc = add_oldest_version(example_doc, verified=False)  # RNCP90000 → RNCP90001 unverified
    doc = as_capitalisation(doc, held=("CCP1",), held_title="RNCP90000", examined=("CCP2",), title=None)
    outcome = evaluate(doc)
    assert warnings(outcome) == {Code.CORRESPONDENCE_UNVERIFIED}
    assert outcome.ccps_held == ("CCP1", "CCP2")
    # A CCP of RNCP90001 only uses the verified table RNCP90001 → RNCP90002.
    candidate(doc)["prior_ccps"] = [prior("CCP1", OLD_TITLE)]
    assert Code.CORRESPONDENCE_UNVERIFIED not in codes(evaluate(doc))


def test_prior_ccp_lost_at_the_first_correspondence_is_not_mapped(example_doc):
    doc = add_oldest_version(example_doc, verified=True)  # RNCP90000 → RNCP90001 maps CCP1 only
    doc = as_capitalisation(doc, held=("CCP2",), held_title="RNCP90000", examined=("CCP1",), title=None)
    outcome = evaluate(doc)
    assert Code.PRIOR_CCP_NOT_MAPPED in warnings(outcome)
    assert outcome.ccps_held == ("CCP1",)


# ---------------------------------------------------------------------------------------------
# ALL_CCPS_HELD_TITLE_NOT_AWARDED
# ---------------------------------------------------------------------------------------------


def test_all_ccps_acquis_but_title_not_awarded_warns(example_doc):
    set_results(example_doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    set_title_decision(example_doc, "not_awarded", "Entretien final insuffisant.")
    outcome = evaluate(example_doc)
    assert warnings(outcome) == {Code.ALL_CCPS_HELD_TITLE_NOT_AWARDED}
    assert outcome.blockers == ()
    assert outcome.ccps_obtained == ALL_CCPS and outcome.document == "livret"


def test_all_ccps_acquis_and_no_title_decision_yet_is_pending_without_warning(example_doc):
    # Second edition: the warning needs a recorded `not_awarded` (no decision is « pending »,
    # and §7 refuses the sign-off until the jury decides).
    set_results(example_doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    set_title_decision(example_doc, None)
    outcome = evaluate(example_doc)
    assert codes(outcome) == set()
    assert outcome.title == "pending"


def test_all_ccps_held_after_the_last_session_ccp_without_title_decision_is_pending(example_doc):
    outcome = evaluate(as_capitalisation(example_doc, title=None))
    assert codes(outcome) == set()
    assert outcome.title == "pending"
    assert outcome.ccps_obtained == ("CCP3",) and outcome.document == "livret"


def test_all_ccps_held_after_the_last_session_ccp_and_title_not_awarded_warns(example_doc):
    doc = as_capitalisation(example_doc, title=None)
    set_title_decision(doc, "not_awarded", "Entretien final insuffisant.")
    outcome = evaluate(doc)
    assert warnings(outcome) == {Code.ALL_CCPS_HELD_TITLE_NOT_AWARDED}
    assert outcome.title == "not_awarded" and outcome.document == "livret"


def test_all_ccps_held_warning_not_raised_when_a_ccp_is_still_missing(example_doc):
    outcome = evaluate(_partial_success(example_doc))
    assert Code.ALL_CCPS_HELD_TITLE_NOT_AWARDED not in codes(outcome)


def test_all_ccps_held_warning_not_raised_when_the_title_is_awarded(example_doc):
    set_results(example_doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    assert Code.ALL_CCPS_HELD_TITLE_NOT_AWARDED not in codes(evaluate(example_doc))


# ---------------------------------------------------------------------------------------------
# Outcome: CCPs examined, obtained and held; title; document; completion deadline
# ---------------------------------------------------------------------------------------------


def test_ccps_examined_in_session_titre_are_all_ccps_of_the_title(example_doc):
    candidate(example_doc)["prior_ccps"] = [prior("CCP1")]
    assert evaluate(example_doc).ccps_examined == ALL_CCPS


def test_ccps_examined_in_session_ccp_are_the_sessions_list_sorted(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP2",), examined=("CCP3", "CCP1"), title=None)
    assert evaluate(doc).ccps_examined == ("CCP1", "CCP3")


def test_ccps_examined_in_session_ccs_are_none(example_doc):
    assert evaluate(as_ccs_session(example_doc)).ccps_examined == ()


def test_session_titre_awarded_obtains_every_ccp_not_yet_held(example_doc):
    candidate(example_doc)["prior_ccps"] = [prior("CCP1", obtained_on="2025-03-01")]
    outcome = evaluate(example_doc)
    assert outcome.ccps_obtained == ("CCP2", "CCP3")
    assert outcome.ccps_held == ALL_CCPS
    assert outcome.document == "parchemin"


def test_session_titre_not_awarded_obtains_only_the_acquis_ccps(example_doc):
    outcome = evaluate(_partial_success(example_doc))
    assert outcome.title == "not_awarded"
    assert outcome.ccps_obtained == ("CCP1", "CCP2")
    assert outcome.ccps_held == ("CCP1", "CCP2")
    assert outcome.document == "livret"
    assert outcome.completion_deadline == dt.date(2027, 12, 31)


def test_session_titre_without_title_decision_is_pending_with_a_livret(example_doc):
    set_results(example_doc, ("CCP1", "acquis"), ("CCP2", "non_acquis", "Non démontré."))
    set_title_decision(example_doc, None)
    outcome = evaluate(example_doc)
    assert outcome.title == "pending"
    assert outcome.ccps_obtained == ("CCP1",)
    assert outcome.document == "livret"


def test_session_ccp_obtains_the_examined_ccps_acquis(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP1",), examined=("CCP2", "CCP3"), title=None)
    set_results(doc, ("CCP2", "acquis"), ("CCP3", "non_acquis", "Mise en situation non réussie."))
    outcome = evaluate(doc)
    assert outcome.blockers == ()
    assert outcome.ccps_obtained == ("CCP2",)
    assert outcome.ccps_held == ("CCP1", "CCP2")
    assert outcome.title == "pending"
    assert outcome.document == "livret"
    assert outcome.completion_deadline == dt.date(2027, 12, 31)


def test_session_ccp_with_nothing_acquis_gives_no_document(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP1",), examined=("CCP2",), title=None)
    set_results(doc, ("CCP2", "non_acquis", "Mise en situation non réussie."))
    outcome = evaluate(doc)
    assert outcome.blockers == ()
    assert outcome.ccps_obtained == () and outcome.ccps_held == ("CCP1",)
    assert outcome.document == "none"
    assert outcome.completion_deadline is None


def test_parchemin_has_no_completion_deadline(example_doc):
    outcome = evaluate(close_title(example_doc))
    assert outcome.document == "parchemin"
    assert outcome.completion_deadline is None


# ---------------------------------------------------------------------------------------------
# Absent, excused and blocked candidates
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("attendance", ["absent", "excused"])
def test_absent_or_excused_candidate_obtains_nothing_but_keeps_prior_ccps(example_doc, attendance):
    c = candidate(example_doc)
    c["attendance"] = attendance
    c["prior_ccps"] = [prior("CCP1")]
    set_results(example_doc, ("CCP2", "acquis"), ("CCP3", "acquis"))  # recorded anyway
    outcome = evaluate(example_doc)
    assert outcome.attendance == attendance
    assert outcome.ccps_obtained == ()
    assert outcome.ccps_held == ("CCP1",)
    assert outcome.title == "not_awarded"
    assert outcome.ccs == "not_applicable"
    assert outcome.document == "none"
    assert outcome.completion_deadline is None


@pytest.mark.parametrize("attendance", ["absent", "excused"])
def test_absent_or_excused_candidate_in_session_ccp_obtains_nothing(example_doc, attendance):
    doc = as_capitalisation(example_doc, held=("CCP1", "CCP2"), held_title=OLD_TITLE)
    candidate(doc)["attendance"] = attendance
    outcome = evaluate(doc)
    assert outcome.ccps_obtained == ()
    assert outcome.ccps_held == ("CCP1", "CCP2")
    assert outcome.title == "not_awarded" and outcome.document == "none"


@pytest.mark.parametrize("attendance", ["absent", "excused"])
def test_absent_or_excused_candidate_in_session_ccs_gets_no_ccs(example_doc, attendance):
    doc = as_ccs_session(example_doc)
    candidate(doc)["attendance"] = attendance
    outcome = evaluate(doc)
    assert outcome.title == "not_applicable"
    assert outcome.ccs == "not_awarded"
    assert outcome.document == "none"


def test_blocked_candidate_obtains_nothing_but_keeps_prior_ccps(example_doc):
    c = candidate(example_doc)
    c["professional_dossier"] = False
    c["prior_ccps"] = [prior("CCP1", OLD_TITLE), prior("CCP2")]
    set_results(example_doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    outcome = evaluate(example_doc)
    assert outcome.blockers
    assert outcome.ccps_obtained == ()
    assert outcome.ccps_held == ("CCP1", "CCP2")
    assert outcome.title == "not_awarded" and outcome.document == "none"
    assert outcome.completion_deadline is None


def test_one_blocked_candidate_does_not_affect_another(example_doc):
    second = {**candidate(example_doc), "ref": "C2", "last_name": "Autre", "professional_dossier": False}
    example_doc["candidates"].append(second)
    outcomes = evaluate_all(example_doc)
    assert outcomes["C1"].document == "parchemin" and outcomes["C1"].blockers == ()
    assert blockers(outcomes["C2"]) == {Code.NO_PROFESSIONAL_DOSSIER}


# ---------------------------------------------------------------------------------------------
# TITLE_NOT_OPEN with prorogations: end(T) is the last prorogation's `until`
# ---------------------------------------------------------------------------------------------


def test_prorogation_extends_the_validity_up_to_its_until(example_doc):
    set_validity(example_doc, "2027-12-31", "2028-06-30")
    outcome = evaluate(set_session_end(example_doc, "2028-06-30"))
    assert Code.TITLE_NOT_OPEN not in codes(outcome)
    assert outcome.document == "parchemin"


def test_prorogation_ends_the_validity_on_its_until(example_doc):
    set_validity(example_doc, "2027-12-31", "2028-06-30")
    outcome = evaluate(set_session_end(example_doc, "2028-07-01"))
    assert blockers(outcome) == {Code.TITLE_NOT_OPEN}
    assert "30/06/2028" in message(outcome, Code.TITLE_NOT_OPEN)


def test_the_last_of_several_prorogations_is_the_end_of_validity(example_doc):
    set_validity(example_doc, "2027-12-31", "2028-03-31", "2028-09-30")
    assert Code.TITLE_NOT_OPEN not in codes(evaluate(set_session_end(example_doc, "2028-09-30")))
    assert blockers(evaluate(set_session_end(example_doc, "2028-10-01"))) == {Code.TITLE_NOT_OPEN}


def test_session_straddling_the_end_of_a_prorogation_is_not_open(example_doc):
    set_validity(example_doc, "2027-12-31", "2028-06-30")
    doc = set_session_end(example_doc, "2028-07-01")
    doc["session"]["start"] = "2028-06-30"
    assert blockers(evaluate(doc)) == {Code.TITLE_NOT_OPEN}


def test_livret_deadline_is_the_last_prorogation(example_doc):
    set_validity(example_doc, "2027-12-31", "2028-06-30")
    outcome = evaluate(_partial_success(example_doc))
    assert outcome.document == "livret"
    assert outcome.completion_deadline == dt.date(2028, 6, 30)


def test_closed_title_livret_deadline_is_one_year_after_the_last_prorogation(example_doc):
    set_validity(close_title(example_doc), "2027-12-31", "2028-06-30")
    outcome = evaluate(_partial_success(example_doc))
    assert outcome.completion_deadline == dt.date(2029, 6, 30)


def test_closed_title_grace_year_runs_from_the_last_prorogation(example_doc):
    set_validity(example_doc, "2027-12-31", "2028-06-30")
    doc = _grace_doc(example_doc, end="2029-06-30")
    outcome = evaluate(doc)
    assert Code.TITLE_NOT_OPEN not in codes(outcome)
    assert outcome.ccps_obtained == ("CCP2",) and outcome.completion_deadline == dt.date(2029, 6, 30)
    assert blockers(evaluate(set_session_end(doc, "2029-07-01"))) == {Code.TITLE_NOT_OPEN}


def test_one_year_after_29_february_is_28_february(example_doc):
    # end(T) = 2028-02-29 (leap year): « + 1 year » is 2029-02-28, bound included.
    set_validity(close_title(example_doc), "2028-02-29")
    outcome = evaluate(_partial_success(set_session_end(copy.deepcopy(example_doc), "2028-02-29")))
    assert outcome.completion_deadline == dt.date(2029, 2, 28)
    assert Code.TITLE_NOT_OPEN not in codes(evaluate(_grace_doc(copy.deepcopy(example_doc), end="2029-02-28")))
    late = evaluate(_grace_doc(copy.deepcopy(example_doc), end="2029-03-01"))
    assert blockers(late) == {Code.TITLE_NOT_OPEN}
    assert "28/02/2029" in message(late, Code.TITLE_NOT_OPEN) or "29/02/2028" in message(late, Code.TITLE_NOT_OPEN)


def test_closed_title_grace_year_is_about_the_end_of_validity_not_its_start(example_doc):
    # Interpretation kept: the grace year (« un an à compter de la date de la fin de validité »)
    # excuses a session that ends after end(T), never one that starts before valid_from.
    doc = _grace_doc(example_doc, end="2023-01-01")
    doc["session"]["start"] = "2022-12-31"
    candidate(doc)["prior_ccps"] = [prior("CCP1", OLD_TITLE, "2021-06-01")]  # CCP1 of T through the table
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.TITLE_NOT_OPEN}
    assert "01/01/2023" in message(outcome, Code.TITLE_NOT_OPEN)


def test_closed_title_grace_year_covers_a_session_straddling_the_end_of_validity(example_doc):
    doc = _grace_doc(example_doc, end="2028-01-02")
    doc["session"]["start"] = "2027-12-30"
    outcome = evaluate(doc)
    assert Code.TITLE_NOT_OPEN not in codes(outcome)
    assert outcome.ccps_obtained == ("CCP2",)


# ---------------------------------------------------------------------------------------------
# PATHWAY_NOT_FOR_SESSION
# ---------------------------------------------------------------------------------------------

SESSION_OF_PATHWAY = {"formation": "titre", "vae": "titre", "capitalisation": "ccp", "ccs": "ccs"}


def _pathway_in_session(doc: dict, pathway: str, kind: str) -> dict:
    """A candidate of `pathway` in a session of `kind`; every other condition of the file met."""
    clear_decisions(doc)
    doc["session"].update(kind=kind, ccps=["CCP3"] if kind == "ccp" else [], ccs="CCS1" if kind == "ccs" else None)
    candidate(doc).update(
        pathway=pathway,
        from_training=True,
        vae_admissibility_date="2026-09-01",
        experience_months=24,
        ecf={"CCP1": True, "CCP2": True, "CCP3": True, "CCS1": True},
        prior_ccps=[prior("CCP1"), prior("CCP2")] if kind == "ccp" else [],
        held_titles=[{"title": TITLE, "obtained_on": "2025-06-01"}] if kind == "ccs" else [],
    )
    return doc


@pytest.mark.parametrize("kind", ["titre", "ccp", "ccs"])
@pytest.mark.parametrize("pathway", ["formation", "vae", "capitalisation", "ccs"])
def test_pathway_not_for_session_fires_exactly_when_the_kinds_differ(example_doc, pathway, kind):
    outcome = evaluate(_pathway_in_session(example_doc, pathway, kind))
    if SESSION_OF_PATHWAY[pathway] == kind:
        assert codes(outcome) == set()
        assert outcome.admissible is True
    else:
        assert blockers(outcome) == {Code.PATHWAY_NOT_FOR_SESSION}
        assert outcome.admissible is False
        assert outcome.document == "none"
        expected = {"titre": "session titre", "ccp": "session CCP", "ccs": "session CCS"}[SESSION_OF_PATHWAY[pathway]]
        assert expected in message(outcome, Code.PATHWAY_NOT_FOR_SESSION)


def test_vae_candidate_in_a_session_ccp_gets_no_livret_even_with_a_ccp_acquis(example_doc):
    # Example E7: the VAE recevabilité « permet de s'inscrire à une session titre ».
    doc = _pathway_in_session(example_doc, "vae", "ccp")
    set_results(doc, ("CCP3", "acquis"))
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.PATHWAY_NOT_FOR_SESSION}
    assert outcome.ccps_obtained == () and outcome.document == "none"


# ---------------------------------------------------------------------------------------------
# NO_ADMISSION_GROUND
# ---------------------------------------------------------------------------------------------


def _no_ground(doc: dict) -> dict:
    """A capitalisation candidate holding nothing, not from training, without recevabilité,
    sitting CCP1 in a session CCP and declared acquis."""
    return as_capitalisation(doc, held=(), examined=("CCP1",), title=None)


def test_no_admission_ground_for_capitalisation_without_prior_training_or_recevabilite(example_doc):
    outcome = evaluate(_no_ground(example_doc))
    assert blockers(outcome) == {Code.NO_ADMISSION_GROUND}
    assert outcome.admissible is False
    assert outcome.ccps_obtained == () and outcome.document == "none"


def test_no_admission_ground_not_raised_when_from_training(example_doc):
    doc = _no_ground(example_doc)
    candidate(doc).update(from_training=True, ecf={"CCP1": True})
    outcome = evaluate(doc)
    assert codes(outcome) == set()
    assert outcome.ccps_obtained == ("CCP1",) and outcome.document == "livret"


@pytest.mark.parametrize(
    ("admissibility", "fires"), [("2026-10-11", False), ("2026-10-12", False), ("2026-10-13", True)]
)
def test_no_admission_ground_with_a_vae_recevabilite_on_or_before_the_start(example_doc, admissibility, fires):
    doc = _no_ground(example_doc)
    candidate(doc)["vae_admissibility_date"] = admissibility
    outcome = evaluate(doc)
    assert (Code.NO_ADMISSION_GROUND in blockers(outcome)) is fires
    assert (codes(outcome) == set()) is not fires


def test_no_admission_ground_not_raised_with_a_prior_ccp_of_the_title(example_doc):
    doc = _no_ground(example_doc)
    candidate(doc)["prior_ccps"] = [prior("CCP2")]
    assert codes(evaluate(doc)) == set()


def test_no_admission_ground_not_raised_with_a_prior_ccp_of_an_earlier_version(example_doc):
    doc = _no_ground(example_doc)
    candidate(doc)["prior_ccps"] = [prior("CCP2", OLD_TITLE)]
    assert codes(evaluate(doc)) == set()


def test_a_prior_ccp_of_an_earlier_version_not_in_the_table_is_still_a_ground(example_doc):
    # « no prior CCP of T or of an earlier version »: CCP3 of RNCP90001 is one, though it
    # does not carry over.
    doc = _no_ground(example_doc)
    candidate(doc)["prior_ccps"] = [prior("CCP3", OLD_TITLE)]
    outcome = evaluate(doc)
    assert Code.NO_ADMISSION_GROUND not in codes(outcome)
    assert warnings(outcome) == {Code.PRIOR_CCP_NOT_MAPPED}


def test_a_prior_ccp_of_an_unrelated_title_is_no_ground(example_doc):
    doc = _no_ground(add_unrelated_title(example_doc))
    candidate(doc)["prior_ccps"] = [prior("CCP2", UNRELATED)]
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.NO_ADMISSION_GROUND}
    assert warnings(outcome) == {Code.PRIOR_CCP_NOT_MAPPED}


def test_a_prior_ccp_of_a_version_linked_by_successor_only_is_no_ground(example_doc):
    referentiel(example_doc, TITLE)["correspondence"] = None  # RNCP90001.successor remains
    doc = _no_ground(example_doc)
    candidate(doc)["prior_ccps"] = [prior("CCP2", OLD_TITLE)]
    assert Code.NO_ADMISSION_GROUND in blockers(evaluate(doc))


@pytest.mark.parametrize("pathway", ["formation", "vae", "ccs"])
def test_no_admission_ground_is_only_about_capitalisation(example_doc, pathway):
    kind = SESSION_OF_PATHWAY[pathway]
    doc = _pathway_in_session(example_doc, pathway, kind)
    candidate(doc).update(prior_ccps=[], from_training=pathway == "formation")
    if pathway == "vae":
        candidate(doc)["vae_admissibility_date"] = "2026-01-01"
    assert Code.NO_ADMISSION_GROUND not in codes(evaluate(doc))


# ---------------------------------------------------------------------------------------------
# PRIOR_DATED_AFTER_SESSION
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("obtained_on", "fires"),
    [("2026-10-14", True), ("2030-01-01", True), ("2026-10-13", False), ("2026-10-12", False), (None, False)],
)
def test_prior_ccp_dated_after_the_session_end(example_doc, obtained_on, fires):
    doc = as_capitalisation(example_doc)  # holds CCP1, CCP2; CCP3 acquis; title awarded
    candidate(doc)["prior_ccps"][0]["obtained_on"] = obtained_on
    outcome = evaluate(doc)
    if fires:
        assert blockers(outcome) == {Code.PRIOR_DATED_AFTER_SESSION}
        assert outcome.admissible is False
        assert outcome.document == "none" and outcome.ccps_obtained == ()
        assert outcome.ccps_held == ("CCP1", "CCP2")  # still listed as held
        assert "CCP1" in message(outcome, Code.PRIOR_DATED_AFTER_SESSION)
    else:
        assert codes(outcome) == set()
        assert outcome.document == "parchemin"


def test_prior_ccp_of_an_earlier_version_dated_after_the_session(example_doc):
    doc = as_capitalisation(example_doc, held=("CCP1", "CCP2"), held_title=OLD_TITLE)
    candidate(doc)["prior_ccps"][1]["obtained_on"] = "2027-01-01"
    assert blockers(evaluate(doc)) == {Code.PRIOR_DATED_AFTER_SESSION}


@pytest.mark.parametrize(("obtained_on", "fires"), [("2026-10-14", True), ("2026-10-13", False)])
def test_held_title_dated_after_the_session_end(example_doc, obtained_on, fires):
    doc = as_ccs_session(example_doc)
    candidate(doc)["held_titles"][0]["obtained_on"] = obtained_on
    outcome = evaluate(doc)
    assert (blockers(outcome) == {Code.PRIOR_DATED_AFTER_SESSION}) is fires
    assert (outcome.document == "parchemin") is not fires


@pytest.mark.parametrize("ccs", [None, "CCS9"])
def test_held_title_or_ccs_of_another_title_dated_after_the_session_end(example_doc, ccs):
    candidate(example_doc)["held_titles"] = [{"title": "RNCP12345", "ccs": ccs, "obtained_on": "2026-11-01"}]
    outcome = evaluate(example_doc)
    assert blockers(outcome) == {Code.PRIOR_DATED_AFTER_SESSION}
    assert outcome.admissible is False and outcome.document == "none"
    assert "RNCP12345" in message(outcome, Code.PRIOR_DATED_AFTER_SESSION)


def test_prior_dated_after_session_blocks_an_absent_candidate_too(example_doc):
    doc = as_capitalisation(example_doc)
    candidate(doc)["prior_ccps"][0]["obtained_on"] = "2026-10-14"
    candidate(doc)["attendance"] = "absent"
    outcome = evaluate(doc)
    assert Code.PRIOR_DATED_AFTER_SESSION in blockers(outcome)
    assert outcome.ccps_held == ("CCP1", "CCP2")


# ---------------------------------------------------------------------------------------------
# DUPLICATE_CANDIDATE
# ---------------------------------------------------------------------------------------------

SAME_PERSON = [
    pytest.param(("Durand", "Élodie"), ("DURAND", "ELODIE"), id="case-and-accents"),
    pytest.param(("Durand", "Élodie"), (" durand ", "élodie  "), id="spaces"),
    pytest.param(("Le Goff", "Jean-Baptiste"), ("LEGOFF", "Jean Baptiste"), id="spaces-and-hyphens"),
    pytest.param(("D'Alembert", "Loïc"), ("DALEMBERT", "LOIC"), id="apostrophe-and-diaeresis"),
    pytest.param(("Lœuillet", "Lætitia"), ("LOEUILLET", "Laetitia"), id="oe-ae-ligatures"),
    pytest.param(("ŒDIPE", "Ǣlfred"), ("oedipe", "AELFRED"), id="capital-and-accented-ligatures"),
    pytest.param(("Müller", "Zoë"), ("Muller", "Zoe"), id="umlaut"),
    pytest.param(("Çelik", "Ngọc Ánh"), ("CELIK", "ngoc anh"), id="cedilla-and-stacked-marks"),
]


@pytest.mark.parametrize(("first", "second"), SAME_PERSON)
def test_duplicate_candidate_blocks_both_entries_of_the_same_person(example_doc, first, second):
    candidate(example_doc).update(last_name=first[0], first_name=first[1])
    add_candidate(example_doc, "C2", last_name=second[0], first_name=second[1])
    outcomes = evaluate_all(example_doc)
    for ref, other in (("C1", "C2"), ("C2", "C1")):
        outcome = outcomes[ref]
        assert blockers(outcome) == {Code.DUPLICATE_CANDIDATE}
        assert outcome.admissible is False
        assert outcome.document == "none" and outcome.title == "not_awarded"
        assert other in message(outcome, Code.DUPLICATE_CANDIDATE)


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"birth_date": "1990-01-11"}, id="another-birth-date"),
        pytest.param({"first_name": "Mélodie"}, id="another-first-name"),
        pytest.param({"last_name": "Durant"}, id="another-last-name"),
        pytest.param({"last_name": "Martin", "usage_name": "Durand"}, id="usage-name-is-not-the-birth-name"),
    ],
)
def test_not_a_duplicate_when_the_identity_differs(example_doc, changes):
    add_candidate(example_doc, "C2", **{"last_name": "Durand", **changes})
    outcomes = evaluate_all(example_doc)
    assert Code.DUPLICATE_CANDIDATE not in codes(outcomes["C1"])
    assert Code.DUPLICATE_CANDIDATE not in codes(outcomes["C2"])
    assert outcomes["C1"].document == "parchemin"


def test_duplicate_whatever_the_usage_name(example_doc):
    candidate(example_doc)["usage_name"] = "Martin"
    add_candidate(example_doc, "C2", last_name="Durand", usage_name="Bernard")
    assert blockers(evaluate(example_doc)) == {Code.DUPLICATE_CANDIDATE}


def test_duplicate_counts_an_absent_entry_and_names_every_other_one(example_doc):
    add_candidate(example_doc, "C2", last_name="Durand", attendance="absent")
    add_candidate(example_doc, "C3", last_name="DURAND", first_name="Elodie", attendance="excused")
    outcomes = evaluate_all(example_doc)
    assert blockers(outcomes["C1"]) == {Code.DUPLICATE_CANDIDATE}
    assert "C2" in message(outcomes["C1"], Code.DUPLICATE_CANDIDATE)
    assert "C3" in message(outcomes["C1"], Code.DUPLICATE_CANDIDATE)
    assert Code.DUPLICATE_CANDIDATE in blockers(outcomes["C2"])


def test_duplicate_when_neither_entry_has_a_birth_date(example_doc):
    # Interpretation kept: an unknown birth date equals an unknown birth date.
    candidate(example_doc)["birth_date"] = None
    add_candidate(example_doc, "C2", last_name="Durand", birth_date=None)
    assert blockers(evaluate(example_doc)) == {Code.DUPLICATE_CANDIDATE}
    candidate(example_doc, "C2")["birth_date"] = "1990-01-10"
    assert Code.DUPLICATE_CANDIDATE not in codes(evaluate(example_doc))


# ---------------------------------------------------------------------------------------------
# TITLE_ALREADY_HELD, CCS_ALREADY_HELD
# ---------------------------------------------------------------------------------------------


def test_title_already_held_blocks_a_session_titre(example_doc):
    candidate(example_doc)["held_titles"] = [{"title": TITLE, "obtained_on": "2025-06-01"}]
    outcome = evaluate(example_doc)
    assert blockers(outcome) == {Code.TITLE_ALREADY_HELD}
    assert outcome.admissible is False
    assert outcome.document == "none" and outcome.title == "not_awarded"
    assert TITLE in message(outcome, Code.TITLE_ALREADY_HELD)


def test_title_already_held_blocks_a_session_ccp(example_doc):
    doc = as_capitalisation(example_doc)
    candidate(doc)["held_titles"] = [{"title": TITLE, "obtained_on": None}]
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.TITLE_ALREADY_HELD}
    assert outcome.ccps_obtained == ()


@pytest.mark.parametrize(
    "held",
    [
        pytest.param({"title": OLD_TITLE, "obtained_on": "2021-06-01"}, id="an-earlier-version"),
        pytest.param({"title": TITLE, "ccs": "CCS1", "obtained_on": "2025-06-01"}, id="a-ccs-of-the-title"),
        pytest.param({"title": "RNCP12345", "obtained_on": "2025-06-01"}, id="another-title"),
    ],
)
def test_title_already_held_only_for_the_title_version_itself(example_doc, held):
    candidate(example_doc)["held_titles"] = [held]
    outcome = evaluate(example_doc)
    assert codes(outcome) == set()
    assert outcome.document == "parchemin"


def test_holding_the_title_is_what_a_session_ccs_needs(example_doc):
    outcome = evaluate(as_ccs_session(example_doc))  # holds RNCP90002
    assert Code.TITLE_ALREADY_HELD not in codes(outcome)
    assert outcome.document == "parchemin"


def test_ccs_already_held_blocks_a_session_ccs(example_doc):
    doc = as_ccs_session(example_doc)
    candidate(doc)["held_titles"].append({"title": TITLE, "ccs": "CCS1", "obtained_on": "2025-09-01"})
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.CCS_ALREADY_HELD}
    assert outcome.admissible is False
    assert outcome.ccs == "not_awarded" and outcome.document == "none"
    assert "CCS1" in message(outcome, Code.CCS_ALREADY_HELD)


def test_a_ccs_entry_does_not_count_as_the_title_held(example_doc):
    doc = as_ccs_session(example_doc)
    candidate(doc)["held_titles"] = [{"title": TITLE, "ccs": "CCS1", "obtained_on": "2025-09-01"}]
    assert blockers(evaluate(doc)) == {Code.CCS_ALREADY_HELD, Code.CCS_TITLE_NOT_HELD}


def test_ccs_already_held_only_for_the_ccs_of_the_title_version(example_doc):
    # A CCS of the same code under another title is another certificate.
    doc = as_ccs_session(example_doc)
    candidate(doc)["held_titles"].append({"title": "RNCP12345", "ccs": "CCS1", "obtained_on": "2025-09-01"})
    outcome = evaluate(doc)
    assert codes(outcome) == set()
    assert outcome.document == "parchemin"


def test_ccs_already_held_not_raised_outside_a_session_ccs(example_doc):
    candidate(example_doc)["held_titles"] = [{"title": TITLE, "ccs": "CCS1", "obtained_on": "2025-09-01"}]
    assert codes(evaluate(example_doc)) == set()


# ---------------------------------------------------------------------------------------------
# FINAL_INTERVIEW_OUTSIDE_SESSION
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("held_on", "fires"),
    [
        ("2026-10-11", True),
        ("2026-10-12", False),
        ("2026-10-13", False),
        ("2026-10-14", True),
        ("2024-10-13", True),  # two years earlier
        (None, True),  # undated
    ],
)
def test_final_interview_outside_the_session(example_doc, held_on, fires):
    outcome = evaluate(set_interview_date(example_doc, held_on))
    if fires:
        assert blockers(outcome) == {Code.FINAL_INTERVIEW_OUTSIDE_SESSION}
        assert outcome.admissible is True
        assert outcome.title == "not_awarded" and outcome.document == "none"
    else:
        assert codes(outcome) == set()
        assert outcome.document == "parchemin"


def test_final_interview_outside_the_session_blocks_a_ccs_too(example_doc):
    doc = set_interview_date(as_ccs_session(example_doc), "2026-10-20")
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.FINAL_INTERVIEW_OUTSIDE_SESSION}
    assert "20/10/2026" in message(outcome, Code.FINAL_INTERVIEW_OUTSIDE_SESSION)


# ---------------------------------------------------------------------------------------------
# JURY_TOO_SMALL per decision, JUROR_CONFLICT on the schedule
# ---------------------------------------------------------------------------------------------


def _only_j1_on(doc: dict, where: str) -> dict:
    """Three habilitated jurors in the session; the candidate's `where` record names J1 alone."""
    add_juror(doc, "J3")
    for record in doc[where]:
        if record["candidate"] == "C1":
            record["jurors"] = ["J1"]
    return doc


@pytest.mark.parametrize("where", ["results", "final_interviews", "title_decisions", "ccs_decisions"])
def test_jury_too_small_for_a_decision_named_by_one_juror(example_doc, where):
    doc = as_ccs_session(example_doc) if where == "ccs_decisions" else example_doc
    if where == "results":
        set_results(doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    outcome = evaluate(_only_j1_on(doc, where))
    assert blockers(outcome) == {Code.JURY_TOO_SMALL}
    assert outcome.admissible is True  # the session has three jurors for this candidate
    assert outcome.document == "none"
    assert "Claire Martin" in message(outcome, Code.JURY_TOO_SMALL)
    for record in doc[where]:
        record["jurors"] = ["J1", "J3"]
    assert codes(evaluate(doc)) == set()


def test_jury_too_small_for_a_decision_naming_nobody(example_doc):
    example_doc["title_decisions"][0]["jurors"] = []
    outcome = evaluate(example_doc)
    assert blockers(outcome) == {Code.JURY_TOO_SMALL}
    assert outcome.admissible is True


def test_a_conflicted_or_expired_juror_does_not_make_up_the_two_of_a_decision(example_doc):
    add_juror(example_doc, "J3", conflict_with="C1")
    add_juror(example_doc, "J4", habilitation_until="2026-10-12")
    example_doc["title_decisions"][0]["jurors"] = ["J1", "J3", "J4"]
    outcome = evaluate(example_doc)
    assert blockers(outcome) == {Code.JURY_TOO_SMALL, Code.JUROR_CONFLICT, Code.JUROR_HABILITATION_EXPIRED}
    assert outcome.admissible is True


def test_juror_conflict_on_the_schedule(example_doc):
    add_juror(example_doc, "J3", conflict_with="C1")
    add_schedule(example_doc, ("J1", "J3"))
    outcome = evaluate(example_doc)
    assert blockers(outcome) == {Code.JUROR_CONFLICT}
    assert outcome.admissible is True and outcome.document == "none"
    assert "planning" in message(outcome, Code.JUROR_CONFLICT)


def test_juror_conflict_not_raised_for_a_schedule_without_the_conflicted_juror(example_doc):
    add_juror(example_doc, "J3", conflict_with="C1")
    add_schedule(example_doc, ("J1", "J2"))
    add_candidate(example_doc, "C2")
    add_schedule(example_doc, ("J2", "J3"), ref="C2")  # J3 is not in conflict with C2
    outcomes = evaluate_all(example_doc)
    assert codes(outcomes["C1"]) == set()
    assert Code.JUROR_CONFLICT not in codes(outcomes["C2"])


# ---------------------------------------------------------------------------------------------
# Each candidate's examined CCPs (`candidates[].ccps`): ECF, results, title award
# ---------------------------------------------------------------------------------------------


def _two_ccp_session(doc: dict, sits: list[str] | None = ("CCP2",)) -> dict:
    """Session CCP on CCP2 and CCP3; the candidate holds CCP1 and sits `sits` (None: both)."""
    doc = as_capitalisation(doc, held=("CCP1",), examined=("CCP2", "CCP3"), title=None)
    c = candidate(doc)
    if sits is None:
        c.pop("ccps", None)
    else:
        c["ccps"] = list(sits)
    set_results(doc, *[(ccp, "acquis") for ccp in (sits or ("CCP2", "CCP3"))])
    return doc


def test_examined_ccps_are_the_candidates_own_list(example_doc):
    outcome = evaluate(_two_ccp_session(example_doc))
    assert outcome.ccps_examined == ("CCP2",)
    assert outcome.ccps_obtained == ("CCP2",) and outcome.ccps_held == ("CCP1", "CCP2")
    assert codes(outcome) == set()


def test_examined_ccps_default_to_the_sessions_list(example_doc):
    outcome = evaluate(_two_ccp_session(example_doc, sits=None))
    assert outcome.ccps_examined == ("CCP2", "CCP3")
    assert outcome.ccps_held == ALL_CCPS


def test_result_for_a_session_ccp_the_candidate_does_not_sit_is_unexamined(example_doc):
    doc = _two_ccp_session(example_doc)
    doc["results"].append(
        {"candidate": "C1", "ccp": "CCP3", "decision": "acquis", "jurors": ["J1", "J2"], "justification": ""}
    )
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.RESULT_FOR_UNEXAMINED_CCP}
    assert "CCP3" in message(outcome, Code.RESULT_FOR_UNEXAMINED_CCP)
    assert outcome.ccps_obtained == ()


def test_ecf_missing_only_for_the_ccps_the_candidate_sits(example_doc):
    doc = _two_ccp_session(example_doc)
    candidate(doc).update(from_training=True, ecf={"CCP2": True})  # no ECF for CCP3: not sat
    assert codes(evaluate(doc)) == set()
    candidate(doc)["ecf"] = {"CCP3": True}
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.ECF_MISSING}
    assert "CCP2" in message(outcome, Code.ECF_MISSING) and "CCP3" not in message(outcome, Code.ECF_MISSING)


def test_title_awarded_while_a_session_ccp_the_candidate_did_not_sit_is_missing(example_doc):
    doc = _two_ccp_session(example_doc)
    set_title_decision(doc, "awarded")
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.TITLE_AWARD_INCOMPLETE}
    assert "CCP3" in message(outcome, Code.TITLE_AWARD_INCOMPLETE)


def test_ecf_for_a_ccs_candidate_from_training_is_the_ccs(example_doc):
    doc = as_ccs_session(example_doc, from_training=True, months=0)
    candidate(doc)["ecf"] = {}
    assert blockers(evaluate(doc)) == {Code.ECF_MISSING}


def test_ecf_for_a_capitalisation_candidate_from_training(example_doc):
    doc = as_capitalisation(example_doc)  # sits CCP3
    candidate(doc).update(from_training=True, ecf={"CCP1": True, "CCP2": True})
    outcome = evaluate(doc)
    assert blockers(outcome) == {Code.ECF_MISSING}
    assert "CCP3" in message(outcome, Code.ECF_MISSING)


# ---------------------------------------------------------------------------------------------
# Every code: one scenario where it fires; its kind, admissibility and French message
# ---------------------------------------------------------------------------------------------


def _scenario_title_not_open(doc):
    return set_session_end(doc, "2028-01-01")


def _scenario_pathway(doc):
    return _pathway_in_session(doc, "vae", "ccp")


def _scenario_prior_dated(doc):
    doc = as_capitalisation(doc)
    candidate(doc)["prior_ccps"][0]["obtained_on"] = "2026-10-14"
    return doc


def _scenario_duplicate(doc):
    return add_candidate(doc, "C2", last_name="DURAND", first_name="elodie")


def _scenario_title_held(doc):
    candidate(doc)["held_titles"] = [{"title": TITLE, "obtained_on": "2025-06-01"}]
    return doc


def _scenario_ccs_held(doc):
    doc = as_ccs_session(doc)
    candidate(doc)["held_titles"].append({"title": TITLE, "ccs": "CCS1", "obtained_on": "2025-09-01"})
    return doc


def _scenario_ecf_missing(doc):
    candidate(doc)["ecf"] = {"CCP1": True, "CCP2": True}
    return doc


def _scenario_no_dossier(doc):
    candidate(doc)["professional_dossier"] = False
    return doc


def _scenario_juror_conflict(doc):
    add_juror(doc, "J3", conflict_with="C1")
    return name_juror_on(doc, "J3", "title_decisions")


def _scenario_habilitation_expired(doc):
    add_juror(doc, "J3", habilitation_until="2026-10-12")
    return name_juror_on(doc, "J3", "final_interviews")


def _scenario_unexamined(doc):
    as_capitalisation(doc)
    doc["results"].append(
        {"candidate": "C1", "ccp": "CCP1", "decision": "acquis", "jurors": ["J1", "J2"], "justification": ""}
    )
    return doc


def _scenario_all_held(doc):
    set_results(doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    return set_title_decision(doc, "not_awarded", "Entretien final insuffisant.")


def _scenario_unverified(doc):
    referentiel(doc, TITLE)["correspondence"]["verified"] = False
    return as_capitalisation(doc, held=("CCP1", "CCP2"), held_title=OLD_TITLE)


SCENARIOS: dict[Code, Callable[[dict], dict]] = {
    Code.TITLE_NOT_OPEN: _scenario_title_not_open,
    Code.PATHWAY_NOT_FOR_SESSION: _scenario_pathway,
    Code.NO_ADMISSION_GROUND: _no_ground,
    Code.PRIOR_DATED_AFTER_SESSION: _scenario_prior_dated,
    Code.DUPLICATE_CANDIDATE: _scenario_duplicate,
    Code.TITLE_ALREADY_HELD: _scenario_title_held,
    Code.CCS_ALREADY_HELD: _scenario_ccs_held,
    Code.VAE_NO_ADMISSIBILITY: lambda d: as_vae(d, admissibility=None),
    Code.VAE_EXPERIENCE_TOO_SHORT: lambda d: as_vae(d, months=11),
    Code.NO_PROFESSIONAL_DOSSIER: _scenario_no_dossier,
    Code.ECF_MISSING: _scenario_ecf_missing,
    Code.CCS_TITLE_NOT_HELD: lambda d: as_ccs_session(d, held_title=None),
    Code.CCS_NO_TRAINING_OR_EXPERIENCE: lambda d: as_ccs_session(d, months=11),
    Code.JURY_TOO_SMALL: lambda d: remove_juror(d, "J2"),
    Code.JUROR_CONFLICT: _scenario_juror_conflict,
    Code.JUROR_HABILITATION_EXPIRED: _scenario_habilitation_expired,
    Code.JUSTIFICATION_MISSING: lambda d: _partial_success(d, reason=""),
    Code.RESULT_FOR_UNEXAMINED_CCP: _scenario_unexamined,
    Code.TITLE_AWARD_INCOMPLETE: lambda d: set_results(d, ("CCP3", "non_acquis", "Non démontré.")),
    Code.FINAL_INTERVIEW_MISSING: remove_final_interview,
    Code.FINAL_INTERVIEW_OUTSIDE_SESSION: lambda d: set_interview_date(d, "2024-10-13"),
    Code.CCP_ALREADY_HELD: lambda d: as_capitalisation(d, examined=("CCP2", "CCP3")),
    Code.PRIOR_CCP_NOT_MAPPED: lambda d: as_capitalisation(
        d, held=("CCP3",), held_title=OLD_TITLE, examined=("CCP1",), title=None
    ),
    Code.CORRESPONDENCE_UNVERIFIED: _scenario_unverified,
    Code.ALL_CCPS_HELD_TITLE_NOT_AWARDED: _scenario_all_held,
}


def _near_no_ground(doc):
    doc = _no_ground(doc)
    candidate(doc)["vae_admissibility_date"] = "2026-10-12"
    return doc


def _near_prior_dated(doc):
    doc = as_capitalisation(doc)
    candidate(doc)["prior_ccps"][0]["obtained_on"] = "2026-10-13"
    return doc


def _near_juror_conflict(doc):
    add_juror(doc, "J3", conflict_with="C1")  # stands aside: on no record, on no épreuve
    return add_schedule(doc, ("J1", "J2"))


def _near_habilitation(doc):
    add_juror(doc, "J3", habilitation_until="2026-10-13")
    return name_juror_on(doc, "J3", "final_interviews")


def _near_all_held(doc):
    set_results(doc, *[(ccp, "acquis") for ccp in ALL_CCPS])
    return set_title_decision(doc, None)


# For each code, the closest situation where it must not fire (and nothing blocks).
NEAR_MISSES: dict[Code, Callable[[dict], dict]] = {
    Code.TITLE_NOT_OPEN: lambda d: set_session_end(d, "2027-12-31"),
    Code.PATHWAY_NOT_FOR_SESSION: lambda d: _pathway_in_session(d, "vae", "titre"),
    Code.NO_ADMISSION_GROUND: _near_no_ground,
    Code.PRIOR_DATED_AFTER_SESSION: _near_prior_dated,
    Code.DUPLICATE_CANDIDATE: lambda d: add_candidate(d, "C2", last_name="DURAND", birth_date="1990-01-11"),
    Code.TITLE_ALREADY_HELD: lambda d: (candidate(d).update(held_titles=[{"title": OLD_TITLE}]), d)[1],
    Code.CCS_ALREADY_HELD: as_ccs_session,
    Code.VAE_NO_ADMISSIBILITY: lambda d: as_vae(d, admissibility="2026-10-12"),
    Code.VAE_EXPERIENCE_TOO_SHORT: lambda d: as_vae(d, months=12),
    Code.NO_PROFESSIONAL_DOSSIER: lambda d: d,
    Code.ECF_MISSING: lambda d: (as_vae(d), candidate(d).update(from_training=True), d)[2],
    Code.CCS_TITLE_NOT_HELD: lambda d: as_ccs_session(d, held_title=OLD_TITLE),
    Code.CCS_NO_TRAINING_OR_EXPERIENCE: lambda d: as_ccs_session(d, months=12),
    Code.JURY_TOO_SMALL: lambda d: add_juror(d, "J3", conflict_with="C1"),
    Code.JUROR_CONFLICT: _near_juror_conflict,
    Code.JUROR_HABILITATION_EXPIRED: _near_habilitation,
    Code.JUSTIFICATION_MISSING: lambda d: _partial_success(d, reason="Mise en situation non réussie."),
    Code.RESULT_FOR_UNEXAMINED_CCP: as_capitalisation,
    Code.TITLE_AWARD_INCOMPLETE: as_capitalisation,
    Code.FINAL_INTERVIEW_MISSING: lambda d: remove_final_interview(_partial_success(d)),
    Code.FINAL_INTERVIEW_OUTSIDE_SESSION: lambda d: set_interview_date(d, "2026-10-12"),
    Code.CCP_ALREADY_HELD: lambda d: as_capitalisation(d, examined=("CCP3",)),
    Code.PRIOR_CCP_NOT_MAPPED: lambda d: as_capitalisation(d, held=("CCP1", "CCP2"), held_title=OLD_TITLE),
    Code.CORRESPONDENCE_UNVERIFIED: lambda d: as_capitalisation(d, held=("CCP1", "CCP2"), held_title=OLD_TITLE),
    Code.ALL_CCPS_HELD_TITLE_NOT_AWARDED: _near_all_held,
}


def _domain_kinds() -> dict[str, str] | None:
    """code -> blocker/warning, read from DOMAIN.md §6 when ../shared is beside the project."""
    domain = Path(__file__).resolve().parents[2] / "shared" / "design" / "DOMAIN.md"
    if not domain.is_file():
        return None
    text = domain.read_text(encoding="utf-8")
    section = text[text.index("## 6.") : text.index("## 7.")]
    return dict(re.findall(r"^\| `([A-Z_]+)` \| (blocker|warning) \|", section, re.MULTILINE))


def test_the_codes_are_exactly_those_of_domain_section_6():
    assert set(Code) == BLOCKERS | WARNINGS
    assert not BLOCKERS & WARNINGS
    assert set(SCENARIOS) == set(Code)
    assert set(NEAR_MISSES) == set(Code)
    assert ABOUT_FILE | ABOUT_RECORDED_DECISIONS | {Code.JURY_TOO_SMALL} == BLOCKERS
    for code in Code:
        assert CODE_INFO[code].blocker is (code in BLOCKERS), code


def test_the_codes_and_kinds_match_the_domain_page_when_it_is_beside_the_project():
    kinds = _domain_kinds()
    if kinds is None:
        pytest.skip("../shared/design/DOMAIN.md absent (clone on its own)")
    assert kinds == {code.value: "blocker" if code in BLOCKERS else "warning" for code in Code}


@pytest.mark.parametrize("code", list(Code), ids=str)
def test_each_code_fires_alone_with_its_kind_and_a_french_message(example_doc, code):
    outcome = evaluate(SCENARIOS[code](example_doc))
    assert codes(outcome) == {code}
    if code in BLOCKERS:
        assert blockers(outcome) == {code} and outcome.warnings == ()
    else:
        assert warnings(outcome) == {code} and outcome.blockers == ()
    finding = (outcome.blockers + outcome.warnings)[0]
    assert finding.blocker == (code in BLOCKERS)
    assert_french_message(code, finding.message)
    assert finding.to_json() == {"code": code.value, "message": finding.message}


@pytest.mark.parametrize("code", list(Code), ids=str)
def test_each_code_has_a_near_miss_where_it_does_not_fire(example_doc, code):
    outcome = evaluate(NEAR_MISSES[code](example_doc))
    assert code not in codes(outcome)
    assert outcome.blockers == ()
    assert outcome.admissible is True


@pytest.mark.parametrize("code", sorted(BLOCKERS), ids=str)
def test_admissible_is_false_only_for_blockers_about_the_file(example_doc, code):
    outcome = evaluate(SCENARIOS[code](example_doc))
    # The JURY_TOO_SMALL scenario leaves the session one juror: a blocker about the file.
    assert outcome.admissible is not (code in ABOUT_FILE or code == Code.JURY_TOO_SMALL)
    assert any(f.about_file for f in outcome.blockers) is not outcome.admissible


@pytest.mark.parametrize("code", sorted(BLOCKERS), ids=str)
def test_a_blocker_leaves_the_candidate_without_any_document(example_doc, code):
    outcome = evaluate(SCENARIOS[code](example_doc))
    assert outcome.ccps_obtained == ()
    assert outcome.document == "none"
    assert outcome.completion_deadline is None
    if example_doc["session"]["kind"] == "ccs":
        assert (outcome.title, outcome.ccs) == ("not_applicable", "not_awarded")
    else:
        assert (outcome.title, outcome.ccs) == ("not_awarded", "not_applicable")


@pytest.mark.parametrize("code", sorted(WARNINGS), ids=str)
def test_a_warning_alone_keeps_the_candidate_admissible(example_doc, code):
    outcome = evaluate(SCENARIOS[code](example_doc))
    assert outcome.admissible is True
    assert outcome.blockers == ()
