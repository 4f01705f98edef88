"""What the schedule planner works with: rooms, problems, and the épreuves each candidate sits.

Part of `juryapp.rules.schedule` (import from there). Which épreuves a candidate sits
(DOMAIN.md §2, §3, §6; the référentiel's `assessments`, keyed by session type):

- session titre: the épreuves listed under `"titre"` (entretien final included), not tied to a
  CCP (`ccp` None), whatever the candidate already holds: a session titre examines the whole title;
- session CCP: for each examined CCP (`examined_ccps`) **not held before the session** (a CCP
  already held « needs no result », DOMAIN.md §6 `CCP_ALREADY_HELD`, so no épreuve either), the
  épreuves listed under that CCP's code, with `ccp` set; then, when the candidate would hold every
  CCP of the title at the end of this session (it is their last CCP session, DOMAIN.md §3), the
  entretien final of `"titre"` (`ccp` None) when the référentiel lists one;
- session CCS: the épreuves listed under the CCS's code (`ccp` None);
- one épreuve of a kind per CCP (the first listed), the entretien final last; absent and
  excused candidates need nothing (`required_assessments`), though what they would sit is
  still what their entries must match.

Prior CCPs of an earlier version count through the correspondence tables: the functions take
the mapping of known versions (as `evaluate_session` does), or the title version alone, whose
own table reaches the version just before it (older ones need the mapping).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from juryapp.model import Assessment, Candidate, Juror, Referentiel, ScheduleEntry, SessionData
from juryapp.rules.checks import MIN_JURORS
from juryapp.rules.holdings import examined_ccps, held_before_session, prior_holdings

FINAL_INTERVIEW = "entretien_final"

# (ccp code, or None for an épreuve of the whole title or CCS; the épreuve and its duration)
Requirement = tuple[str | None, Assessment]
Versions = Referentiel | Mapping[str, Referentiel]


@dataclass(frozen=True, slots=True)
class Room:
    """A room the centre offers for the session, open every day of it from `opens` to `closes`."""

    name: str
    opens: dt.time = dt.time(8, 30)
    closes: dt.time = dt.time(18, 0)


class PlanCode(StrEnum):
    """Stable identifiers of the planner's problems (the strings are part of the contract)."""

    UNKNOWN_CANDIDATE = "unknown_candidate"
    ENDS_BEFORE_START = "ends_before_start"
    MULTI_DAY = "multi_day"
    OUTSIDE_SESSION = "outside_session"
    UNKNOWN_ROOM = "unknown_room"
    OUTSIDE_ROOM_HOURS = "outside_room_hours"
    UNKNOWN_ASSESSMENT = "unknown_assessment"
    WRONG_DURATION = "wrong_duration"
    UNKNOWN_JUROR = "unknown_juror"
    JUROR_CONFLICT = "juror_conflict"
    JUROR_NOT_HABILITATED = "juror_not_habilitated"
    TOO_FEW_JURORS = "too_few_jurors"
    CANDIDATE_OVERLAP = "candidate_overlap"
    JUROR_OVERLAP = "juror_overlap"
    ROOM_OVERLAP = "room_overlap"
    DUPLICATE_ASSESSMENT = "duplicate_assessment"
    FINAL_INTERVIEW_NOT_LAST = "final_interview_not_last"
    MISSING_ASSESSMENT = "missing_assessment"


@dataclass(frozen=True, slots=True)
class PlanProblem:
    """One thing wrong with a schedule, in French for the secretary.

    `entry` is the index of the entry at fault in the schedule checked (None for a problem of
    the whole plan: an épreuve with no slot); `other` the index of the entry it collides with,
    when there is one; `candidate` the candidate concerned, when known. A `blocking` problem
    makes the schedule wrong (the planner refuses it); the others are warnings: an épreuve
    without a slot yet, a duration longer than the référentiel's (extra time), an entretien
    final that is not the candidate's last épreuve.
    """

    entry: int | None
    code: PlanCode
    message: str
    blocking: bool = True
    other: int | None = None
    candidate: str | None = None


@dataclass
class PlanContext:
    """What the checks and the auto planner read about a session, worked out once per call."""

    data: SessionData
    title: Referentiel
    versions: Mapping[str, Referentiel]
    rooms: dict[str, Room]
    _sits: dict[str, tuple[Requirement, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, data: SessionData, referentiels: Versions, rooms: Sequence[Room]) -> PlanContext:
        if isinstance(referentiels, Referentiel):
            title = referentiels
            versions: Mapping[str, Referentiel] = {title.code: title}
        else:
            title, versions = referentiels[data.session.title], referentiels
        by_name: dict[str, Room] = {}
        for room in rooms:
            by_name.setdefault(room.name, room)
        return cls(data, title, versions, by_name)

    def sits(self, candidate: Candidate) -> tuple[Requirement, ...]:
        """The épreuves the candidate sits in this session, whatever their attendance."""
        found = self._sits.get(candidate.ref)
        if found is None:
            found = self._sits[candidate.ref] = tuple(_sat(self.data, self.title, self.versions, candidate))
        return found

    def requirement_of(self, entry: ScheduleEntry) -> Requirement | None:
        """The épreuve of its candidate an entry stands for: same kind and CCP; an entry without
        CCP stands for the only épreuve of that kind, and one with a CCP for the only épreuve of
        that kind without CCP (a session titre's). None when it stands for none of them."""
        candidate = self.data.candidate(entry.candidate)
        if candidate is None:
            return None
        same_kind = [req for req in self.sits(candidate) if req[1].kind == entry.assessment]
        for req in same_kind:
            if req[0] == entry.ccp:
                return req
        loose = [req for req in same_kind if entry.ccp is None or req[0] is None]
        return loose[0] if len(loose) == 1 else None

    def habilitation_day(self, day: dt.date) -> dt.date:
        """The day a juror's habilitation must cover to sit on `day`: the session's last day (the
        jury decides then, DOMAIN.md §4 and §6), or `day` itself when it is later."""
        return max(day, self.data.session.end)

    def eligible_jurors(self, candidate: str, day: dt.date) -> list[Juror]:
        """The jurors who may examine the candidate on `day`: habilitated, free of conflict."""
        needed = self.habilitation_day(day)
        return [j for j in self.data.jurors if j.conflict_with(candidate) is None and j.is_habilitated_on(needed)]


def required_assessments(data: SessionData, referentiels: Versions, candidate: Candidate) -> list[Requirement]:
    """The épreuves a candidate must be given a slot for, in the order they are sat (entretien
    final last): none for an absent or excused candidate; otherwise as the module says.

    `referentiels` is the session's title version, or the mapping of known versions (to count
    prior CCPs of an earlier version through its correspondence)."""
    if candidate.attendance != "present":
        return []
    plan = PlanContext.of(data, referentiels, ())
    return list(plan.sits(candidate))


def _sat(
    data: SessionData, title: Referentiel, versions: Mapping[str, Referentiel], candidate: Candidate
) -> list[Requirement]:
    session = data.session
    found: list[Requirement] = []
    if session.kind == "titre":
        found = [(None, a) for a in title.assessments.get("titre", ())]
    elif session.kind == "ccs":
        found = [(None, a) for a in title.assessments.get(session.ccs or "", ())]
    else:
        held = held_before_session(prior_holdings(candidate, title.code, versions))
        examined = examined_ccps(session, title, candidate)
        for code in examined:
            if code not in held:
                found += [(code, a) for a in title.assessments.get(code, ()) if a.kind != FINAL_INTERVIEW]
        if set(title.ccp_codes) <= held | set(examined):
            final = next((a for a in title.assessments.get("titre", ()) if a.kind == FINAL_INTERVIEW), None)
            if final is not None:
                found.append((None, final))
    # One épreuve of a kind per CCP (an entry stands for it by kind and CCP); the entretien
    # final closes the candidate's day (DOMAIN.md §3), the others keep their order.
    seen: set[tuple[str | None, str]] = set()
    unique = []
    for ccp, assessment in found:
        if (ccp, assessment.kind) not in seen:
            seen.add((ccp, assessment.kind))
            unique.append((ccp, assessment))
    return sorted(unique, key=lambda req: req[1].kind == FINAL_INTERVIEW)


__all__ = [
    "FINAL_INTERVIEW",
    "MIN_JURORS",
    "PlanCode",
    "PlanContext",
    "PlanProblem",
    "Requirement",
    "Room",
    "Versions",
    "required_assessments",
]
