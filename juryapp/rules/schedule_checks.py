"""The planner's refusals: what is wrong with a schedule, or with one entry placed in it.

Part of `juryapp.rules.schedule` (import from there). Times are half-open: an épreuve ending
at 10 h 00 and one starting at 10 h 00 do not overlap. Entries of one *sitting* (same room,
start, end, épreuve and CCP: a collective mise en situation or questionnaire) share their room
and their jurors: neither is then in two places at once; a candidate is never in two entries at
the same time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from juryapp.model import ScheduleEntry, SessionData
from juryapp.rules.checks import conflict_label
from juryapp.rules.schedule_base import (
    MIN_JURORS,
    PlanCode,
    PlanContext,
    PlanProblem,
    Room,
    Versions,
)
from juryapp.rules.schedule_overlaps import collision, collisions, missing, sequence_problems
from juryapp.rules.schedule_wording import assessment_label, candidate_name, describe, juror_name, room_words, span
from juryapp.rules.wording import clock, duration, fr_list, french_date

# Adds one problem about the entry being checked: (code, French message, blocking=True).
_Add = Callable[..., None]


def check_schedule(
    data: SessionData,
    referentiels: Versions,
    rooms: Sequence[Room],
    entries: Sequence[ScheduleEntry] | None = None,
) -> list[PlanProblem]:
    """Every problem of a schedule (`data.schedule` when `entries` is None): each entry's own,
    then the collisions (reported on the entry that starts later, `other` naming the earlier),
    then the épreuves of present candidates that have no slot (warnings, `entry` None).
    Problems are in the order of the entries they concern; the result is empty for a sound,
    complete schedule."""
    plan = PlanContext.of(data, referentiels, rooms)
    planned = tuple(data.schedule if entries is None else entries)
    problems: list[PlanProblem] = []
    for index, entry in enumerate(planned):
        problems += entry_problems(plan, index, entry)
    problems += collisions(plan, planned)
    problems += sequence_problems(plan, list(enumerate(planned)))
    problems += missing(plan, planned)
    problems.sort(key=lambda p: (p.entry is None, p.entry or 0))
    return problems


def check_entry(
    data: SessionData,
    referentiels: Versions,
    rooms: Sequence[Room],
    entries: Sequence[ScheduleEntry],
    candidate_entry: ScheduleEntry,
    replacing: int | None = None,
) -> list[PlanProblem]:
    """What placing `candidate_entry` in `entries` would break: in place of the entry at index
    `replacing` (a drag or an edit), or added at the end. The problems name the new entry by that
    index; the planner refuses the change when one of them is blocking."""
    plan = PlanContext.of(data, referentiels, rooms)
    index = replacing if replacing is not None else len(entries)
    others = [(i, e) for i, e in enumerate(entries) if i != replacing]
    problems = entry_problems(plan, index, candidate_entry)
    for other_index, other in others:
        problems += collision(plan, index, candidate_entry, other_index, other)
    same_candidate = [(i, e) for i, e in others if e.candidate == candidate_entry.candidate]
    problems += [
        p for p in sequence_problems(plan, [*same_candidate, (index, candidate_entry)]) if index in (p.entry, p.other)
    ]
    return problems


def entry_problems(plan: PlanContext, index: int, entry: ScheduleEntry) -> list[PlanProblem]:
    """What is wrong with one entry by itself: candidate, times, room, épreuve, jurors."""
    data = plan.data
    what = describe(data, entry)
    found: list[PlanProblem] = []

    def add(code: PlanCode, message: str, blocking: bool = True) -> None:
        found.append(PlanProblem(index, code, message, blocking, candidate=entry.candidate))

    candidate = data.candidate(entry.candidate)
    if candidate is None:
        add(
            PlanCode.UNKNOWN_CANDIDATE,
            f"Candidat « {entry.candidate} » inconnu dans cette session "
            f"({assessment_label(entry.assessment, entry.ccp)} {span(entry.start, entry.end)})",
        )
    timed = entry.end > entry.start
    one_day = entry.start.date() == entry.end.date()
    if not timed:
        add(
            PlanCode.ENDS_BEFORE_START,
            f"{what} : la fin ({clock(entry.end)} le {french_date(entry.end.date())}) ne suit pas le début "
            f"({clock(entry.start)} le {french_date(entry.start.date())})",
        )
    elif not one_day:
        add(
            PlanCode.MULTI_DAY,
            f"{what} commence le {french_date(entry.start.date())} à {clock(entry.start)} et finit le "
            f"{french_date(entry.end.date())} à {clock(entry.end)} : une épreuve se tient sur une seule journée",
        )
    session = data.session
    outside = sorted({d for d in (entry.start.date(), entry.end.date()) if not session.start <= d <= session.end})
    if outside:
        add(
            PlanCode.OUTSIDE_SESSION,
            f"{what} : le {fr_list([french_date(d) for d in outside])} est hors des dates de la session "
            f"(du {french_date(session.start)} au {french_date(session.end)})",
        )
    _room_problems(plan, entry, what, timed and one_day, add)
    if candidate is not None:
        requirement = plan.requirement_of(entry)
        if requirement is None:
            sits = [assessment_label(a.kind, ccp) for ccp, a in plan.sits(candidate)]
            listed = f"ses épreuves : {fr_list(sits)}" if sits else "aucune épreuve"
            add(
                PlanCode.UNKNOWN_ASSESSMENT,
                f"{assessment_label(entry.assessment, entry.ccp)} ne fait pas partie des épreuves de "
                f"{candidate_name(data, entry.candidate)} dans cette session ({listed})",
            )
        elif timed:
            planned = int((entry.end - entry.start).total_seconds() // 60)
            expected = requirement[1].minutes
            if planned < expected:
                add(
                    PlanCode.WRONG_DURATION,
                    f"{what} dure {duration(planned)} au planning ; le référentiel lui donne {duration(expected)}",
                )
            elif planned > expected:
                add(
                    PlanCode.WRONG_DURATION,
                    f"{what} dure {duration(planned)} au planning, plus que les {duration(expected)} du "
                    f"référentiel : temps majoré (aménagement d'épreuve) à confirmer",
                    blocking=False,
                )
    _juror_problems(plan, entry, what, add)
    return found


def _room_problems(plan: PlanContext, entry: ScheduleEntry, what: str, timed: bool, add: _Add) -> None:
    room = plan.rooms.get(entry.room)
    if not entry.room:
        add(PlanCode.UNKNOWN_ROOM, f"{what} : aucune salle indiquée")
    elif room is None:
        declared = fr_list([f"« {name} »" for name in plan.rooms]) or "aucune"
        add(
            PlanCode.UNKNOWN_ROOM,
            f"{what} : la salle « {entry.room} » n'est pas déclarée (salles déclarées : {declared})",
        )
    elif timed and (entry.start.time() < room.opens or entry.end.time() > room.closes):
        add(
            PlanCode.OUTSIDE_ROOM_HOURS,
            f"{what} {span(entry.start, entry.end)} : {room_words(room.name)} est ouverte de "
            f"{clock(room.opens)} à {clock(room.closes)}",
        )


def _juror_problems(plan: PlanContext, entry: ScheduleEntry, what: str, add: _Add) -> None:
    data = plan.data
    needed = plan.habilitation_day(entry.start.date())
    eligible: list[str] = []
    for ref in dict.fromkeys(entry.jurors):
        juror = data.juror(ref)
        if juror is None:
            add(PlanCode.UNKNOWN_JUROR, f"Juré « {ref} » inconnu dans cette session ({what})")
            continue
        sound = True
        conflict = juror.conflict_with(entry.candidate)
        if conflict is not None:
            sound = False
            add(
                PlanCode.JUROR_CONFLICT,
                f"{juror_name(data, ref)} est en conflit avec {candidate_name(data, entry.candidate)} "
                f"({conflict_label(conflict)}) : pas de participation à ses épreuves (déport)",
            )
        if not juror.is_habilitated_on(needed):
            sound = False
            until = juror.habilitation_until
            held = f"habilitation jusqu'au {french_date(until)}" if until else "aucune habilitation enregistrée"
            add(
                PlanCode.JUROR_NOT_HABILITATED,
                f"L'habilitation de {juror_name(data, ref)} ne couvre pas le {french_date(needed)} ({held}) : "
                f"pas de participation au jury ({what})",
            )
        if sound:
            eligible.append(ref)
    if len(eligible) < MIN_JURORS:
        if not eligible:
            count = "aucun juré habilité et sans conflit"
        else:
            count = f"un seul juré habilité et sans conflit ({juror_name(data, eligible[0])})"
        add(PlanCode.TOO_FEW_JURORS, f"{what} : {count}, il en faut au moins deux")
