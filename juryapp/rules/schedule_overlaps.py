"""Collisions between entries, and the candidate's épreuves taken as a whole: an épreuve given
two slots, an entretien final before another épreuve, an épreuve without a slot.

Part of `juryapp.rules.schedule` (the contracts are `check_schedule`'s and `check_entry`'s).
"""

from __future__ import annotations

from collections.abc import Iterator

from juryapp.model import ScheduleEntry
from juryapp.rules.checks import capitalized
from juryapp.rules.schedule_base import FINAL_INTERVIEW, PlanCode, PlanContext, PlanProblem
from juryapp.rules.schedule_wording import assessment_label, candidate_name, describe, juror_name, room_words, span
from juryapp.rules.wording import duration

# -- collisions ---------------------------------------------------------------------------------


def _same_sitting(a: ScheduleEntry, b: ScheduleEntry) -> bool:
    return (a.room, a.start, a.end, a.assessment, a.ccp) == (b.room, b.start, b.end, b.assessment, b.ccp)


def _overlap(a: ScheduleEntry, b: ScheduleEntry) -> bool:
    return a.start < b.end and b.start < a.end and a.end > a.start and b.end > b.start


def collision(
    plan: PlanContext, index: int, entry: ScheduleEntry, other_index: int, other: ScheduleEntry
) -> list[PlanProblem]:
    """What `entry` breaks by taking place while `other` does (its problems, `other` named)."""
    if not _overlap(entry, other):
        return []
    found = []
    if entry.candidate == other.candidate:
        found.append(_candidate_overlap(plan, index, entry, other_index, other))
    if not _same_sitting(entry, other):
        for ref in dict.fromkeys(entry.jurors):
            if ref in other.jurors:
                found.append(_juror_overlap(plan, index, entry, other_index, other, ref))
        if entry.room and entry.room == other.room:
            found.append(_room_overlap(plan, index, entry, other_index, other))
    return found


def _candidate_overlap(
    plan: PlanContext, index: int, entry: ScheduleEntry, j: int, other: ScheduleEntry
) -> PlanProblem:
    where = f"{assessment_label(other.assessment, other.ccp)}, {room_words(other.room)}"
    message = (
        f"{candidate_name(plan.data, entry.candidate)} a déjà une épreuve {span(other.start, other.end)} ({where})"
    )
    return PlanProblem(index, PlanCode.CANDIDATE_OVERLAP, message, True, j, entry.candidate)


def _juror_overlap(
    plan: PlanContext, index: int, entry: ScheduleEntry, j: int, other: ScheduleEntry, ref: str
) -> PlanProblem:
    message = (
        f"{juror_name(plan.data, ref)} siège déjà {span(other.start, other.end)} "
        f"({describe(plan.data, other)}, {room_words(other.room)})"
    )
    return PlanProblem(index, PlanCode.JUROR_OVERLAP, message, True, j, entry.candidate)


def _room_overlap(plan: PlanContext, index: int, entry: ScheduleEntry, j: int, other: ScheduleEntry) -> PlanProblem:
    message = (
        f"{capitalized(room_words(entry.room))} est déjà occupée "
        f"{span(other.start, other.end)} ({describe(plan.data, other)})"
    )
    return PlanProblem(index, PlanCode.ROOM_OVERLAP, message, True, j, entry.candidate)


def collisions(plan: PlanContext, entries: tuple[ScheduleEntry, ...]) -> list[PlanProblem]:
    """Each pair of overlapping entries that share a candidate, a juror or a room (a sweep per
    candidate, juror and room: entries sorted by start, compared with those still running)."""
    by_candidate: dict[str, list[int]] = {}
    by_juror: dict[str, list[int]] = {}
    by_room: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        if entry.end <= entry.start:
            continue
        by_candidate.setdefault(entry.candidate, []).append(i)
        for ref in dict.fromkeys(entry.jurors):
            by_juror.setdefault(ref, []).append(i)
        if entry.room:
            by_room.setdefault(entry.room, []).append(i)
    found: list[PlanProblem] = []
    for indices in by_candidate.values():
        for a, b in _running_pairs(entries, indices):
            found.append(_candidate_overlap(plan, b, entries[b], a, entries[a]))
    for ref, indices in by_juror.items():
        for a, b in _running_pairs(entries, indices):
            if not _same_sitting(entries[a], entries[b]):
                found.append(_juror_overlap(plan, b, entries[b], a, entries[a], ref))
    for indices in by_room.values():
        for a, b in _running_pairs(entries, indices):
            if not _same_sitting(entries[a], entries[b]):
                found.append(_room_overlap(plan, b, entries[b], a, entries[a]))
    return found


def _running_pairs(entries: tuple[ScheduleEntry, ...], indices: list[int]) -> Iterator[tuple[int, int]]:
    """(earlier, later) for each pair of these entries that overlap, the later by (start, index)."""
    running: list[int] = []
    for b in sorted(indices, key=lambda i: (entries[i].start, i)):
        start = entries[b].start
        running = [a for a in running if entries[a].end > start]
        for a in running:
            yield a, b
        running.append(b)


# -- the candidate's épreuves as a whole --------------------------------------------------------


def sequence_problems(plan: PlanContext, indexed: list[tuple[int, ScheduleEntry]]) -> list[PlanProblem]:
    """An épreuve given two slots (blocking, on the later), and an entretien final held before
    another épreuve of the same candidate (a warning on the entretien final)."""
    data = plan.data
    found: list[PlanProblem] = []
    by_candidate: dict[str, list[tuple[int, ScheduleEntry]]] = {}
    for index, entry in indexed:
        if data.candidate(entry.candidate) is not None:
            by_candidate.setdefault(entry.candidate, []).append((index, entry))
    for ref, entries in by_candidate.items():
        entries.sort(key=lambda item: (item[1].start, item[0]))
        seen: dict[tuple, int] = {}
        for index, entry in entries:
            requirement = plan.requirement_of(entry)
            if requirement is None:
                continue
            key = (requirement[0], requirement[1].kind)
            first = seen.setdefault(key, index)
            if first != index:
                earlier = next(e for i, e in entries if i == first)
                found.append(
                    PlanProblem(
                        index,
                        PlanCode.DUPLICATE_ASSESSMENT,
                        f"{candidate_name(data, ref)} a déjà un créneau pour "
                        f"{assessment_label(earlier.assessment, earlier.ccp)} {span(earlier.start, earlier.end)}",
                        True,
                        first,
                        ref,
                    )
                )
        for index, entry in entries:
            if entry.assessment != FINAL_INTERVIEW:
                continue
            later = [(i, e) for i, e in entries if e.assessment != FINAL_INTERVIEW and e.start >= entry.end]
            if later:
                other_index, other = later[0]
                found.append(
                    PlanProblem(
                        index,
                        PlanCode.FINAL_INTERVIEW_NOT_LAST,
                        f"L'entretien final de {candidate_name(data, ref)} ({span(entry.start, entry.end)}) précède "
                        f"{assessment_label(other.assessment, other.ccp)} ({span(other.start, other.end)}) : il se "
                        f"tient normalement après toutes les autres épreuves",
                        False,
                        other_index,
                        ref,
                    )
                )
    return found


def missing(plan: PlanContext, entries: tuple[ScheduleEntry, ...]) -> list[PlanProblem]:
    """The épreuves of present candidates that no entry stands for (warnings)."""
    covered: set[tuple[str, str | None, str]] = set()
    for entry in entries:
        requirement = plan.requirement_of(entry)
        if requirement is not None:
            covered.add((entry.candidate, requirement[0], requirement[1].kind))
    found = []
    for candidate in plan.data.candidates:
        if candidate.attendance != "present":
            continue
        for ccp, assessment in plan.sits(candidate):
            if (candidate.ref, ccp, assessment.kind) not in covered:
                found.append(
                    PlanProblem(
                        None,
                        PlanCode.MISSING_ASSESSMENT,
                        f"{candidate_name(plan.data, candidate.ref)} n'a pas encore de créneau pour "
                        f"{assessment_label(assessment.kind, ccp)} ({duration(assessment.minutes)})",
                        False,
                        candidate=candidate.ref,
                    )
                )
    return found
