"""The schedule planner's rules (issue 11): each candidate's épreuves placed in rooms and time
slots (EXCHANGE.md §2 `schedule`), from which convocations and the feuille d'émargement are printed.

- `required_assessments`: the épreuves a candidate must be given a slot for (which ones:
  `juryapp.rules.schedule_base`);
- `check_schedule`: every problem of a schedule; `check_entry`: what one entry placed (dragged,
  edited, added) would break, so that the planner refuses it at once;
- `auto_plan`: « Planifier automatiquement », a proposal the secretary adjusts;
- `rooms_of`: default rooms (8 h 30 – 18 h 00) for the rooms a schedule names.

The planner refuses a candidate or a juror in two places at once, a room taken twice, a juror
in conflict with the candidate or not habilitated, fewer than two such jurors on an épreuve, an
épreuve outside the session, over two days or beyond the room's hours, in an undeclared room,
shorter than the référentiel says, or not among the candidate's. Pure functions: no storage, no
clock, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable

from juryapp.model import ScheduleEntry
from juryapp.rules.schedule_auto import AutoPlan, auto_plan
from juryapp.rules.schedule_base import (
    PlanCode,
    PlanProblem,
    Requirement,
    Room,
    Versions,
    required_assessments,
)
from juryapp.rules.schedule_busy import Unplaced
from juryapp.rules.schedule_checks import check_entry, check_schedule


def rooms_of(entries: Iterable[ScheduleEntry]) -> list[Room]:
    """A room with the default hours for each room name the entries use, in order of first use."""
    return [Room(name) for name in dict.fromkeys(e.room for e in entries if e.room)]


def blocking(problems: Iterable[PlanProblem]) -> list[PlanProblem]:
    """The problems that make a schedule wrong (the planner refuses a change that adds one)."""
    return [p for p in problems if p.blocking]


__all__ = [
    "AutoPlan",
    "PlanCode",
    "PlanProblem",
    "Requirement",
    "Room",
    "Unplaced",
    "Versions",
    "auto_plan",
    "blocking",
    "check_entry",
    "check_schedule",
    "required_assessments",
    "rooms_of",
]
