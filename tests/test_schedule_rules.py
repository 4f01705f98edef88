"""The schedule planner's rules (issue 11): required épreuves, refusals with their French
messages, and « Planifier automatiquement »."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from juryapp.demo import demo_session_document
from juryapp.errors import BadInput
from juryapp.exchange.session_doc import parse_session
from juryapp.model import (
    Assessment,
    Candidate,
    Certificate,
    Conflict,
    Juror,
    PriorCcp,
    Referentiel,
    ScheduleEntry,
    SessionData,
    SessionInfo,
)
from juryapp.rules.schedule import (
    PlanCode,
    PlanProblem,
    Room,
    auto_plan,
    blocking,
    check_entry,
    check_schedule,
    required_assessments,
    rooms_of,
)
from juryapp.storage.library import ReferentielLibrary

DAY1 = dt.date(2026, 12, 7)
DAY2 = dt.date(2026, 12, 8)
MSP = Assessment("mise_en_situation", 120)
TECH = Assessment("entretien_technique", 30)
FINAL = Assessment("entretien_final", 20)
ROOMS = (Room("Salle 1"), Room("Salle 2", dt.time(9, 0), dt.time(17, 0)))

TITLE = Referentiel(
    code="RNCP90001",
    tp_code="TP-90001",
    name="Titre d'essai",
    level=5,
    nsf="312t",
    valid_from=dt.date(2024, 1, 1),
    valid_until=dt.date(2029, 12, 31),
    status="active",
    successor=None,
    verified=True,
    ccps=(Certificate("CCP1", "Premier bloc"), Certificate("CCP2", "Second bloc")),
    ccs=(Certificate("CCS1", "Spécialisation"),),
    assessments={
        "titre": (MSP, TECH, FINAL),
        "CCP1": (Assessment("mise_en_situation", 60), Assessment("questionnaire_professionnel", 30)),
        "CCP2": (Assessment("mise_en_situation", 60), Assessment("entretien_technique", 15)),
        "CCS1": (FINAL, Assessment("projet", 60)),
    },
)


def candidate(ref: str, last: str, first: str, **extra) -> Candidate:
    values = dict(
        ref=ref,
        last_name=last,
        first_name=first,
        birth_date=dt.date(1990, 1, 1),
        birth_place="Lyon (69)",
        pathway="formation",
        from_training=True,
        vae_admissibility_date=None,
        experience_months=0,
        professional_dossier=True,
        ecf={"CCP1": True, "CCP2": True},
        prior_ccps=(),
        held_titles=(),
        attendance="present",
    )
    values.update(extra)
    return Candidate(**values)


JURORS = (
    Juror("J1", "Fontaine", "Claire", dt.date(2028, 6, 30)),
    Juror("J2", "Lefèbvre", "Marc", dt.date(2028, 6, 30)),
    Juror("J3", "Benhamou", "Nadia", dt.date(2028, 6, 30), (Conflict("C2", "formateur"),)),
    Juror("J4", "Girard", "Paul", DAY1),
)
CANDIDATES = (
    candidate("C1", "Durand", "Élodie"),
    candidate("C2", "Benali", "Karim"),
    candidate("C3", "Moreau", "Inès", attendance="absent"),
)


def session(kind: str = "titre", ccps: tuple[str, ...] = (), ccs: str | None = None, **changes) -> SessionData:
    info = SessionInfo("2026-ESSAI-1", TITLE.code, kind, ccps, ccs, "Centre", "Lyon", DAY1, DAY2)
    values = dict(session=info, jurors=JURORS, candidates=CANDIDATES)
    values.update(changes)
    return SessionData(**values)


def at(day: dt.date, clock: str) -> dt.datetime:
    hours, minutes = map(int, clock.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes))


def entry(
    who: str = "C1",
    kind: str = "entretien_technique",
    start: str = "09:00",
    end: str = "09:30",
    room: str = "Salle 1",
    jurors: tuple[str, ...] = ("J1", "J2"),
    day: dt.date = DAY1,
    ccp: str | None = None,
) -> ScheduleEntry:
    return ScheduleEntry(who, kind, ccp, room, at(day, start), at(day, end), jurors)


def codes(problems: list[PlanProblem]) -> list[str]:
    return [p.code for p in problems]


def only(problems: list[PlanProblem], code: PlanCode) -> PlanProblem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, problems
    return found[0]


def full_day(who: str, day: dt.date = DAY1, jurors: tuple[str, ...] = ("J1", "J2"), room: str = "Salle 1"):
    """C1's three épreuves of the session titre, one after the other, sound."""
    return [
        entry(who, "mise_en_situation", "09:00", "11:00", room, jurors, day),
        entry(who, "entretien_technique", "11:00", "11:30", room, jurors, day),
        entry(who, "entretien_final", "14:00", "14:20", room, jurors, day),
    ]


# -- which épreuves ---------------------------------------------------------------------------------


def test_session_titre_requires_the_titre_epreuves_final_last_and_nothing_for_the_absent():
    data = session()
    assert required_assessments(data, TITLE, CANDIDATES[0]) == [(None, MSP), (None, TECH), (None, FINAL)]
    assert required_assessments(data, TITLE, CANDIDATES[2]) == []


def test_session_ccp_requires_the_examined_ccps_not_held_and_the_final_only_for_the_last_ccp():
    sits_both = candidate("C1", "Durand", "Élodie", pathway="capitalisation")
    holds_ccp1 = candidate(
        "C2", "Benali", "Karim", pathway="capitalisation", prior_ccps=(PriorCcp(TITLE.code, "CCP1", DAY1),)
    )
    only_ccp1 = candidate("C4", "Roux", "Léa", pathway="capitalisation", ccps=("CCP1",))
    data = session("ccp", ("CCP1", "CCP2"), candidates=(sits_both, holds_ccp1, only_ccp1))
    ccp1, ccp2 = TITLE.assessments["CCP1"], TITLE.assessments["CCP2"]
    assert required_assessments(data, TITLE, sits_both) == [
        ("CCP1", ccp1[0]),
        ("CCP1", ccp1[1]),
        ("CCP2", ccp2[0]),
        ("CCP2", ccp2[1]),
        (None, FINAL),
    ]
    # CCP1 already held needs no result, so no épreuve; CCP2 is then the last CCP: entretien final.
    assert required_assessments(data, TITLE, holds_ccp1) == [("CCP2", ccp2[0]), ("CCP2", ccp2[1]), (None, FINAL)]
    # CCP2 still missing after this session: no entretien final yet.
    assert required_assessments(data, TITLE, only_ccp1) == [("CCP1", ccp1[0]), ("CCP1", ccp1[1])]


def test_session_ccs_requires_the_ccs_epreuves_final_last():
    data = session("ccs", ccs="CCS1")
    assert required_assessments(data, TITLE, CANDIDATES[0]) == [(None, Assessment("projet", 60)), (None, FINAL)]


def test_a_prior_ccp_of_an_earlier_version_counts_through_the_correspondence():
    imported = parse_session(demo_session_document("ccp"), ReferentielLibrary())
    data, versions = imported.data, imported.referentiels
    haddad = data.candidate("K02")  # holds CCP1 of RNCP34079, worth CCP1 of RNCP39063
    assert haddad is not None
    expected = [("CCP2", a) for a in versions["RNCP39063"].assessments["CCP2"]] + [
        (None, Assessment("entretien_final", 20))
    ]
    assert required_assessments(data, versions, haddad) == expected
    # The title version holds the table from the version before it: alone, it is enough here.
    assert required_assessments(data, versions["RNCP39063"], haddad) == expected


# -- refusals, each with its French message ---------------------------------------------------------


def test_a_sound_complete_schedule_has_no_problem():
    data = session()
    plan = full_day("C1") + full_day("C2", DAY2)
    assert check_schedule(data, TITLE, ROOMS, plan) == []
    assert check_schedule(dataclasses.replace(data, schedule=tuple(plan)), TITLE, ROOMS) == []


def test_a_candidate_in_two_places_at_once_is_refused():
    problems = check_schedule(session(), TITLE, ROOMS, [entry(), entry(kind="mise_en_situation", end="11:00")])
    problem = only(problems, PlanCode.CANDIDATE_OVERLAP)
    assert (problem.entry, problem.other, problem.blocking) == (1, 0, True)
    assert problem.message == (
        "DURAND Élodie (C1) a déjà une épreuve de 9 h 00 à 9 h 30 le 7 décembre 2026 "
        "(Entretien technique, la salle « Salle 1 »)"
    )


def test_a_juror_in_two_places_at_once_is_refused():
    plan = [entry(), entry("C2", room="Salle 2", jurors=("J2", "J1"))]
    problems = check_schedule(session(), TITLE, ROOMS, plan)
    assert codes(problems).count(PlanCode.JUROR_OVERLAP) == 2
    assert problems[0].message == (
        "Claire Fontaine (J1) siège déjà de 9 h 00 à 9 h 30 le 7 décembre 2026 "
        "(Entretien technique de DURAND Élodie (C1), la salle « Salle 1 »)"
    )


def test_a_room_taken_twice_is_refused():
    plan = [entry(), entry("C2", start="09:15", end="09:45", jurors=("J2", "J4"))]
    problem = only(check_schedule(session(), TITLE, ROOMS, plan), PlanCode.ROOM_OVERLAP)
    assert problem.message == (
        "La salle « Salle 1 » est déjà occupée de 9 h 00 à 9 h 30 le 7 décembre 2026 "
        "(Entretien technique de DURAND Élodie (C1))"
    )


def test_an_epreuve_ending_at_ten_and_one_starting_at_ten_do_not_overlap():
    plan = [entry(start="09:30", end="10:00"), entry(kind="mise_en_situation", start="10:00", end="12:00")]
    assert not blocking(check_schedule(session(), TITLE, ROOMS, plan))
    refused = check_entry(
        session(), TITLE, ROOMS, plan[:1], entry(kind="mise_en_situation", start="09:59", end="11:59")
    )
    assert {PlanCode.CANDIDATE_OVERLAP, PlanCode.ROOM_OVERLAP, PlanCode.JUROR_OVERLAP} <= set(codes(refused))


def test_a_collective_sitting_shares_its_room_and_jurors_but_not_a_candidate():
    group = [entry(who, "mise_en_situation", "09:00", "11:00") for who in ("C1", "C2")]
    assert not blocking(check_schedule(session(), TITLE, ROOMS, group))
    twice = check_schedule(session(), TITLE, ROOMS, [group[0], group[0]])
    assert PlanCode.CANDIDATE_OVERLAP in codes(twice)


def test_a_conflicted_juror_is_refused():
    problems = check_entry(session(), TITLE, ROOMS, [], entry("C2", jurors=("J1", "J3")))
    conflict = only(problems, PlanCode.JUROR_CONFLICT)
    assert conflict.blocking and conflict.entry == 0 and conflict.candidate == "C2"
    assert conflict.message == (
        "Nadia Benhamou (J3) est en conflit avec BENALI Karim (C2) (formateur du candidat) : "
        "pas de participation à ses épreuves (déport)"
    )
    assert only(problems, PlanCode.TOO_FEW_JURORS).message == (
        "Entretien technique de BENALI Karim (C2) : un seul juré habilité et sans conflit (Claire Fontaine (J1)), "
        "il en faut au moins deux"
    )


def test_a_juror_not_habilitated_through_the_session_is_refused():
    problem = only(check_entry(session(), TITLE, ROOMS, [], entry(jurors=("J1", "J4"))), PlanCode.JUROR_NOT_HABILITATED)
    assert problem.message == (
        "L'habilitation de Paul Girard (J4) ne couvre pas le 8 décembre 2026 (habilitation jusqu'au "
        "7 décembre 2026) : pas de participation au jury (Entretien technique de DURAND Élodie (C1))"
    )


def test_unknown_juror_and_no_juror():
    problems = check_entry(session(), TITLE, ROOMS, [], entry(jurors=("J7",)))
    assert only(problems, PlanCode.UNKNOWN_JUROR).message == (
        "Juré « J7 » inconnu dans cette session (Entretien technique de DURAND Élodie (C1))"
    )
    assert only(problems, PlanCode.TOO_FEW_JURORS).message == (
        "Entretien technique de DURAND Élodie (C1) : aucun juré habilité et sans conflit, il en faut au moins deux"
    )


def test_beyond_the_room_hours_is_refused():
    problem = only(
        check_entry(session(), TITLE, ROOMS, [], entry(start="16:45", end="17:15", room="Salle 2")),
        PlanCode.OUTSIDE_ROOM_HOURS,
    )
    assert problem.message == (
        "Entretien technique de DURAND Élodie (C1) de 16 h 45 à 17 h 15 le 7 décembre 2026 : "
        "la salle « Salle 2 » est ouverte de 9 h 00 à 17 h 00"
    )
    assert not check_entry(session(), TITLE, ROOMS, [], entry(start="16:30", end="17:00", room="Salle 2"))


def test_an_undeclared_room_or_none_is_refused():
    problem = only(check_entry(session(), TITLE, ROOMS, [], entry(room="Salle 9")), PlanCode.UNKNOWN_ROOM)
    assert problem.message == (
        "Entretien technique de DURAND Élodie (C1) : la salle « Salle 9 » n'est pas déclarée "
        "(salles déclarées : « Salle 1 » et « Salle 2 »)"
    )
    problem = only(check_entry(session(), TITLE, ROOMS, [], entry(room="")), PlanCode.UNKNOWN_ROOM)
    assert problem.message == "Entretien technique de DURAND Élodie (C1) : aucune salle indiquée"


def test_outside_the_session_is_refused():
    late = entry(day=dt.date(2026, 12, 9))
    problem = only(check_entry(session(), TITLE, ROOMS, [], late), PlanCode.OUTSIDE_SESSION)
    assert problem.message == (
        "Entretien technique de DURAND Élodie (C1) : le 9 décembre 2026 est hors des dates de la session "
        "(du 7 décembre 2026 au 8 décembre 2026)"
    )


def test_times_that_make_no_sense_are_refused():
    backwards = entry(start="10:00", end="09:30")
    problem = only(check_entry(session(), TITLE, ROOMS, [], backwards), PlanCode.ENDS_BEFORE_START)
    assert problem.message == (
        "Entretien technique de DURAND Élodie (C1) : la fin (9 h 30 le 7 décembre 2026) ne suit pas le début "
        "(10 h 00 le 7 décembre 2026)"
    )
    overnight = ScheduleEntry("C1", "entretien_technique", None, "Salle 1", at(DAY1, "17:45"), at(DAY2, "08:15"))
    problem = only(check_entry(session(), TITLE, ROOMS, [], overnight), PlanCode.MULTI_DAY)
    assert problem.message == (
        "Entretien technique de DURAND Élodie (C1) commence le 7 décembre 2026 à 17 h 45 et finit le "
        "8 décembre 2026 à 8 h 15 : une épreuve se tient sur une seule journée"
    )


def test_a_duration_shorter_than_the_referentiel_blocks_a_longer_one_is_a_warning():
    short = only(check_entry(session(), TITLE, ROOMS, [], entry(end="09:20")), PlanCode.WRONG_DURATION)
    assert short.blocking
    assert (
        short.message
        == "Entretien technique de DURAND Élodie (C1) dure 20 min au planning ; le référentiel lui donne 30 min"
    )
    longer = only(check_entry(session(), TITLE, ROOMS, [], entry(end="09:45")), PlanCode.WRONG_DURATION)
    assert not longer.blocking
    assert longer.message == (
        "Entretien technique de DURAND Élodie (C1) dure 45 min au planning, plus que les 30 min du référentiel : "
        "temps majoré (aménagement d'épreuve) à confirmer"
    )


def test_an_epreuve_the_candidate_does_not_sit_is_refused():
    problem = only(
        check_entry(session(), TITLE, ROOMS, [], entry(kind="projet", end="10:00")), PlanCode.UNKNOWN_ASSESSMENT
    )
    assert problem.message == (
        "Présentation d'un projet ne fait pas partie des épreuves de DURAND Élodie (C1) dans cette session "
        "(ses épreuves : Mise en situation professionnelle, Entretien technique et Entretien final)"
    )


def test_an_unknown_candidate_is_refused():
    problem = only(check_entry(session(), TITLE, ROOMS, [], entry("C9")), PlanCode.UNKNOWN_CANDIDATE)
    assert problem.message == (
        "Candidat « C9 » inconnu dans cette session (Entretien technique de 9 h 00 à 9 h 30 le 7 décembre 2026)"
    )


def test_an_epreuve_given_two_slots_is_refused():
    plan = [entry(), entry(start="10:00", end="10:30")]
    problem = only(check_schedule(session(), TITLE, ROOMS, plan), PlanCode.DUPLICATE_ASSESSMENT)
    assert (problem.entry, problem.other, problem.blocking) == (1, 0, True)
    assert problem.message == (
        "DURAND Élodie (C1) a déjà un créneau pour Entretien technique de 9 h 00 à 9 h 30 le 7 décembre 2026"
    )


def test_an_entretien_final_before_another_epreuve_is_a_warning():
    plan = [entry(kind="entretien_final", start="08:40", end="09:00"), entry()]
    problem = only(check_schedule(session(), TITLE, ROOMS, plan), PlanCode.FINAL_INTERVIEW_NOT_LAST)
    assert not problem.blocking and (problem.entry, problem.other) == (0, 1)
    assert problem.message == (
        "L'entretien final de DURAND Élodie (C1) (de 8 h 40 à 9 h 00 le 7 décembre 2026) précède Entretien "
        "technique (de 9 h 00 à 9 h 30 le 7 décembre 2026) : il se tient normalement après toutes les autres épreuves"
    )


def test_an_epreuve_without_slot_is_a_warning_for_present_candidates_only():
    problems = check_schedule(session(), TITLE, ROOMS, full_day("C1"))
    assert codes(problems) == [PlanCode.MISSING_ASSESSMENT] * 3
    assert all(p.entry is None and not p.blocking and p.candidate == "C2" for p in problems)
    assert (
        problems[0].message
        == "BENALI Karim (C2) n'a pas encore de créneau pour Mise en situation professionnelle (2 h)"
    )


def test_a_ccp_epreuve_names_its_ccp():
    data = session("ccp", ("CCP2",), candidates=(candidate("C1", "Durand", "Élodie", pathway="capitalisation"),))
    short = entry(ccp="CCP2", end="09:10")
    problem = only(check_entry(data, TITLE, ROOMS, [], short), PlanCode.WRONG_DURATION)
    assert problem.message.startswith("Entretien technique (CCP2) de DURAND Élodie (C1) dure 10 min")


def test_check_entry_replacing_an_entry_ignores_its_old_place():
    plan = full_day("C1")
    moved = dataclasses.replace(plan[1], start=at(DAY1, "11:15"), end=at(DAY1, "11:45"))
    assert check_entry(session(), TITLE, ROOMS, plan, moved, replacing=1) == []
    onto = dataclasses.replace(plan[1], start=at(DAY1, "10:45"), end=at(DAY1, "11:15"))
    problems = check_entry(session(), TITLE, ROOMS, plan, onto, replacing=1)
    assert {p.entry for p in problems} == {1} and {p.other for p in problems} == {0}


# -- the auto planner -------------------------------------------------------------------------------


def demo(kind: str) -> tuple[SessionData, dict[str, Referentiel]]:
    imported = parse_session(copy.deepcopy(demo_session_document(kind)), ReferentielLibrary())
    return imported.data, imported.referentiels


@pytest.mark.parametrize("kind", ["titre", "ccp"])
@pytest.mark.parametrize("collective", [None, {"mise_en_situation": 6, "questionnaire_professionnel": 10}])
def test_auto_plan_of_the_demo_has_no_blocking_problem(kind, collective):
    data, versions = demo(kind)
    rooms = rooms_of(data.schedule)
    plan = auto_plan(data, versions, rooms, collective=collective)
    assert plan.placed and plan.entries == plan.placed
    assert blocking(check_schedule(data, versions, rooms, plan.entries)) == []
    assert blocking(plan.problems) == []
    for index, placed in enumerate(plan.entries):
        assert blocking(check_entry(data, versions, rooms, plan.entries, placed, replacing=index)) == []
    # Every épreuve of a present candidate is placed or said unplaced, once.
    expected = {(c.ref, a.kind, ccp) for c in data.candidates for ccp, a in required_assessments(data, versions, c)}
    got = [(e.candidate, e.assessment, e.ccp) for e in plan.placed] + [
        (u.candidate, u.assessment, u.ccp) for u in plan.unplaced
    ]
    assert sorted(got) == sorted(expected)


def test_auto_plan_is_deterministic():
    data, versions = demo("titre")
    rooms = rooms_of(data.schedule)
    first = auto_plan(data, versions, rooms, pause_minutes=10)
    again = auto_plan(data, versions, rooms, pause_minutes=10)
    assert first == again


def test_kept_entries_stay_and_the_rest_is_planned_around_them():
    data = session()
    kept = [entry("C2", "entretien_technique", "08:30", "09:00", "Salle 1", ("J1", "J2"))]
    plan = auto_plan(data, TITLE, ROOMS, keep=kept)
    assert plan.entries[:1] == tuple(kept)
    assert [(e.candidate, e.assessment) for e in plan.placed].count(("C2", "entretien_technique")) == 0
    assert not blocking(plan.problems) and not plan.unplaced
    assert not any(p.code == PlanCode.MISSING_ASSESSMENT for p in plan.problems)
    # The candidate's entretien final comes after their other épreuves, the same day.
    c2 = sorted((e for e in plan.entries if e.candidate == "C2"), key=lambda e: e.start)
    assert c2[-1].assessment == "entretien_final" and len({e.start.date() for e in c2}) == 1


def test_a_kept_entry_that_is_wrong_is_kept_and_reported():
    data = session()
    wrong = entry("C2", "entretien_technique", "08:30", "09:00", "Salle 1", ("J1", "J3"))
    plan = auto_plan(data, TITLE, ROOMS, keep=[wrong])
    assert plan.entries[0] == wrong
    assert {p.entry for p in blocking(plan.problems)} == {0}


def test_the_planner_gives_a_candidate_two_eligible_jurors_around_lunch():
    plan = auto_plan(session(), TITLE, ROOMS, pause_minutes=10)
    assert not plan.unplaced
    for placed in plan.placed:
        assert len(set(placed.jurors)) == 2
        assert placed.end.time() <= dt.time(12, 0) or placed.start.time() >= dt.time(13, 30)
        if placed.candidate == "C2":
            assert "J3" not in placed.jurors and "J4" not in placed.jurors
    by_juror: dict[str, list[ScheduleEntry]] = {}
    for placed in plan.placed:
        for ref in placed.jurors:
            by_juror.setdefault(ref, []).append(placed)
    for entries in by_juror.values():
        entries.sort(key=lambda e: e.start)
        for before, after in zip(entries, entries[1:], strict=False):
            assert after.start - before.end >= dt.timedelta(minutes=10)


def test_fewer_than_two_eligible_jurors_leaves_the_candidate_unplaced_with_the_reason():
    jurors = (JURORS[0], JURORS[2], JURORS[3])  # J3 in conflict with C2, J4 not habilitated
    plan = auto_plan(session(jurors=jurors), TITLE, ROOMS)
    left = [u for u in plan.unplaced if u.candidate == "C2"]
    assert [u.assessment for u in left] == ["mise_en_situation", "entretien_technique", "entretien_final"]
    assert left[0].reason == (
        "jurés habilités au 8 décembre 2026 et sans conflit avec ce candidat : 1 (Claire Fontaine (J1)), "
        "il en faut au moins deux"
    )
    assert not blocking(plan.problems)


def test_no_room_no_time_and_too_long_are_said():
    assert {u.reason for u in auto_plan(session(), TITLE, []).unplaced} == {"aucune salle n'est déclarée"}
    tiny = [Room("Bureau", dt.time(9, 0), dt.time(10, 0))]
    reasons = {u.assessment: u.reason for u in auto_plan(session(), TITLE, tiny).unplaced if u.candidate == "C1"}
    assert reasons["mise_en_situation"] == (
        "l'épreuve dure 2 h : elle ne tient dans les heures d'ouverture d'aucune salle (hors pause déjeuner)"
    )
    crowded = [candidate(f"C{n}", "Nom", f"Prénom {n}") for n in range(1, 9)]
    plan = auto_plan(session(candidates=tuple(crowded)), TITLE, ROOMS[:1], days=[DAY1])
    assert "plus de créneau libre dans les salles les jours choisis" in {u.reason for u in plan.unplaced}


def test_days_outside_the_session_and_a_bad_grid_are_refused():
    with pytest.raises(BadInput, match="le 9 décembre 2026 est hors des dates de la session"):
        auto_plan(session(), TITLE, ROOMS, days=[dt.date(2026, 12, 9)])
    with pytest.raises(BadInput):
        auto_plan(session(), TITLE, ROOMS, slot_minutes=0)
    with pytest.raises(BadInput):
        auto_plan(session(), TITLE, ROOMS, lunch=(dt.time(13, 0), dt.time(12, 0)))


def test_a_collective_sitting_takes_no_more_than_its_seats():
    crowd = tuple(candidate(f"C{n}", "Nom", f"Prénom {n}") for n in range(1, 6))
    plan = auto_plan(session(candidates=crowd), TITLE, ROOMS, collective={"mise_en_situation": 3})
    sittings: dict[tuple, int] = {}
    for placed in plan.placed:
        if placed.assessment == "mise_en_situation":
            key = (placed.room, placed.start)
            sittings[key] = sittings.get(key, 0) + 1
    assert max(sittings.values()) == 3 and not blocking(plan.problems)


def large_session(count: int, jurors: int) -> SessionData:
    """`count` candidates sitting CCP1 (three épreuves each), `jurors` jurors with a few conflicts."""
    people = tuple(candidate(f"C{n:03d}", f"Nom{n}", "Prénom", pathway="capitalisation") for n in range(count))
    panel = tuple(
        Juror(
            f"J{k}",
            f"Juré{k}",
            "Prénom",
            dt.date(2030, 1, 1),
            tuple(Conflict(f"C{n:03d}", "autre") for n in range(k, count, 37)),
        )
        for k in range(1, jurors + 1)
    )
    return session("ccp", ("CCP1",), jurors=panel, candidates=people)


def test_auto_plan_of_500_candidates_takes_under_two_seconds_and_spreads_the_load():
    data = large_session(500, 6)
    three = (Assessment("mise_en_situation", 75), Assessment("entretien_technique", 15), TITLE.assessments["CCP1"][1])
    title = dataclasses.replace(TITLE, assessments={**TITLE.assessments, "CCP1": three})
    rooms = [Room(f"Salle {k}") for k in range(1, 5)]
    began = time.perf_counter()
    plan = auto_plan(data, title, rooms)
    elapsed = time.perf_counter() - began
    assert elapsed < 2.0, f"auto_plan took {elapsed:.2f} s"
    assert len(plan.placed) + len(plan.unplaced) == 1500 and not blocking(plan.problems)
    load: dict[str, int] = {}
    for placed in plan.placed:
        for ref in placed.jurors:
            load[ref] = load.get(ref, 0) + int((placed.end - placed.start).total_seconds() // 60)
    assert len(load) == 6 and max(load.values()) - min(load.values()) <= 60


# -- property: whatever the session, what the planner places passes the checks ---------------------


@st.composite
def small_sessions(draw):
    kind = draw(st.sampled_from(["titre", "ccp"]))
    count = draw(st.integers(1, 7))
    people = tuple(
        candidate(
            f"C{n}",
            "Nom",
            f"Prénom {n}",
            pathway="formation" if kind == "titre" else "capitalisation",
            attendance=draw(st.sampled_from(["present", "present", "present", "absent", "excused"])),
            prior_ccps=(PriorCcp(TITLE.code, "CCP1", DAY1),) if kind == "ccp" and draw(st.booleans()) else (),
        )
        for n in range(count)
    )
    refs = [c.ref for c in people]
    panel = tuple(
        Juror(
            f"J{k}",
            f"Juré{k}",
            "Prénom",
            draw(st.sampled_from([DAY1, DAY2, dt.date(2030, 1, 1), None])),
            tuple(Conflict(ref, "autre") for ref in draw(st.lists(st.sampled_from(refs), max_size=2, unique=True))),
        )
        for k in range(draw(st.integers(1, 5)))
    )
    rooms = [
        Room(
            f"Salle {k}",
            dt.time(draw(st.integers(7, 10)), draw(st.sampled_from([0, 30]))),
            dt.time(draw(st.integers(12, 19))),
        )
        for k in range(draw(st.integers(0, 3)))
    ]
    data = session(kind, ("CCP1", "CCP2") if kind == "ccp" else (), jurors=panel, candidates=people)
    options = dict(
        slot_minutes=draw(st.sampled_from([5, 15, 20, 30])),
        pause_minutes=draw(st.sampled_from([0, 5, 10])),
        lunch=draw(st.sampled_from([None, (dt.time(12, 0), dt.time(13, 30)), (dt.time(12, 15), dt.time(13, 0))])),
        days=draw(st.sampled_from([None, [DAY1], [DAY2]])),
        collective=draw(st.sampled_from([None, {"mise_en_situation": 3}, {"questionnaire_professionnel": 2}])),
    )
    return data, rooms, options


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_sessions())
def test_every_entry_auto_plan_places_passes_check_schedule(case):
    data, rooms, options = case
    plan = auto_plan(data, TITLE, rooms, **options)
    problems = check_schedule(data, TITLE, rooms, plan.entries)
    assert blocking(problems) == []
    assert problems == plan.problems
    for index, placed in enumerate(plan.entries):
        assert blocking(check_entry(data, TITLE, rooms, plan.entries, placed, replacing=index)) == []
    required = sum(len(required_assessments(data, TITLE, c)) for c in data.candidates)
    assert len(plan.placed) + len(plan.unplaced) == required
    # Keeping half of the plan and planning again places the rest without a blocking problem either.
    kept = plan.placed[::2]
    again = auto_plan(data, TITLE, rooms, keep=kept, **options)
    assert again.entries[: len(kept)] == kept
    assert blocking(check_schedule(data, TITLE, rooms, again.entries)) == []


def test_an_epreuve_listed_twice_or_a_ccp_named_twice_is_sat_once():
    doubled = dataclasses.replace(
        TITLE,
        assessments={**TITLE.assessments, "CCP1": (*TITLE.assessments["CCP1"], Assessment("mise_en_situation", 90))},
    )
    twice = candidate("C1", "Durand", "Élodie", pathway="capitalisation", ccps=("CCP1", "CCP1"))
    data = session("ccp", ("CCP1",), candidates=(twice,))
    assert required_assessments(data, doubled, twice) == [("CCP1", a) for a in TITLE.assessments["CCP1"]]
    plan = auto_plan(data, doubled, ROOMS)
    assert len(plan.placed) == 2 and plan.problems == []
