"""« Planifier automatiquement »: a schedule proposed for the secretary to adjust.

Part of `juryapp.rules.schedule` (import from there). A greedy planner, deterministic (the same
input gives the same plan): candidates in the session's order, each one's épreuves in the order
they are sat (entretien final last), each at the earliest slot where the candidate, a room and
two jurors habilitated and free of conflict with that candidate are all free. It first tries to
give a candidate all their épreuves on one day, one after the other (the entretien final after
the others), day by day; failing that, each épreuve at the first slot after the previous one,
over the following days, else anywhere. Among the free jurors it takes those already on the
candidate's épreuves (the jury that examined them decides), then the least loaded so far
(minutes of épreuves), then the session's order; among the free rooms, the candidate's previous
room, then the order given. An épreuve kind listed in `collective` is sat in groups: a candidate
joins a sitting of it already planned (same room, time and jurors, all eligible for them, a seat
left) when it starts no later than a slot of their own would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from juryapp.errors import BadInput
from juryapp.model import ScheduleEntry, SessionData
from juryapp.rules.schedule_base import PlanContext, PlanProblem, Room, Versions
from juryapp.rules.schedule_busy import Unplaced
from juryapp.rules.schedule_checks import check_schedule
from juryapp.rules.schedule_slots import Planner
from juryapp.rules.wording import fr_list, french_date

LUNCH = (dt.time(12, 0), dt.time(13, 30))


@dataclass(frozen=True)
class AutoPlan:
    """A proposed schedule: the kept entries (as given, first) then the placed ones (by start).

    `problems` is `check_schedule` of `entries`: none of its blocking problems concerns a placed
    entry (only kept ones can be wrong); the épreuves left out are in `unplaced` with the reason,
    and in `problems` as `missing_assessment` warnings."""

    entries: tuple[ScheduleEntry, ...]
    placed: tuple[ScheduleEntry, ...]
    unplaced: tuple[Unplaced, ...]
    problems: list[PlanProblem]


def auto_plan(
    data: SessionData,
    referentiels: Versions,
    rooms: Sequence[Room],
    *,
    days: Sequence[dt.date] | None = None,
    keep: Sequence[ScheduleEntry] = (),
    slot_minutes: int = 15,
    pause_minutes: int = 0,
    lunch: tuple[dt.time, dt.time] | None = LUNCH,
    collective: Mapping[str, int] | None = None,
) -> AutoPlan:
    """Place every required épreuve (`required_assessments`) of every present candidate that
    `keep` does not already cover.

    `days` (default: every day of the session) must lie within the session; `keep` entries stay
    as they are and hold their candidate, room and jurors; the rest of `data.schedule` is not
    kept. Starts are on a grid of `slot_minutes` from each room's opening; no épreuve crosses the
    `lunch` break; a juror and a candidate get `pause_minutes` between two épreuves;
    `collective` maps an épreuve kind sat in groups to the most candidates in one sitting
    (default: every épreuve individual). Raises BadInput (in French) for a day outside the
    session, or a grid, pause, lunch or group size that makes no sense.
    """
    session = data.session
    if slot_minutes < 1 or pause_minutes < 0:
        raise BadInput(f"pas de grille ({slot_minutes} min) ou pause ({pause_minutes} min) invalide")
    if lunch is not None and lunch[0] >= lunch[1]:
        raise BadInput("la pause déjeuner doit finir après son début")
    groups = dict(collective or {})
    if any(seats < 1 for seats in groups.values()):
        raise BadInput("un groupe d'épreuve collective compte au moins un candidat")
    if days is None:
        chosen = [session.start + dt.timedelta(days=n) for n in range((session.end - session.start).days + 1)]
    else:
        chosen = sorted(set(days))
        outside = [d for d in chosen if not session.start <= d <= session.end]
        if outside:
            raise BadInput(
                f"le {fr_list([french_date(d) for d in outside])} est hors des dates de la session "
                f"(du {french_date(session.start)} au {french_date(session.end)})"
            )
    plan = PlanContext.of(data, referentiels, rooms)
    planner = Planner(plan, chosen, slot_minutes, pause_minutes, lunch, groups)
    kept = tuple(keep)
    for entry in kept:
        planner.hold(entry)
    covered = {(e.candidate, req[0], req[1].kind) for e in kept if (req := plan.requirement_of(e)) is not None}
    unplaced: list[Unplaced] = []
    for candidate in data.candidates:
        if candidate.attendance != "present":
            continue
        tasks = [req for req in plan.sits(candidate) if (candidate.ref, req[0], req[1].kind) not in covered]
        if tasks:
            unplaced += planner.place_candidate(candidate.ref, tasks)
    room_order = {name: i for i, name in enumerate(plan.rooms)}
    order = {c.ref: i for i, c in enumerate(data.candidates)}
    placed = tuple(sorted(planner.placed, key=lambda e: (e.start, room_order.get(e.room, 0), order[e.candidate])))
    entries = kept + placed
    return AutoPlan(entries, placed, tuple(unplaced), check_schedule(data, referentiels, rooms, entries))
