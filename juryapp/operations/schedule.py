"""The schedule planner as operations: rooms, the épreuves placed in them, « Planifier
automatiquement », and what the planner window and any command read about them.

The rules decide (`juryapp.rules.schedule`): what each candidate sits, what is wrong with a
schedule, what the auto planner proposes. Here a request is checked, written in one transaction
(`SessionStore.set_rooms`, `SessionStore.set_schedule`) with its audit row, and answered with a
`Change`. A refused request raises BadInput (SessionLocked once the session is signed off) with
a French sentence; nothing is written then.

Rooms: the ones the secretary declared; a session that has none yet but holds a schedule (an
imported one) uses `rooms_of` its schedule, open 8 h 30 – 18 h 00.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence

from juryapp.errors import BadInput, SessionLocked
from juryapp.model import ScheduleEntry, SessionData
from juryapp.operations import Change
from juryapp.rules.schedule import (
    AutoPlan,
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
from juryapp.rules.schedule_auto import LUNCH
from juryapp.rules.schedule_base import PlanContext
from juryapp.rules.schedule_wording import assessment_label
from juryapp.rules.wording import clock, duration, french_date
from juryapp.session_view import SessionView
from juryapp.storage.store import SessionStore
from juryapp.textcheck import check_text

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Problems a change of rooms can bring to the saved schedule.
_ROOM_CODES = frozenset({PlanCode.UNKNOWN_ROOM, PlanCode.OUTSIDE_ROOM_HOURS})
_ABSENCE = {"absent": "absence", "excused": "absence excusée"}


# -- rooms ------------------------------------------------------------------------------------------


def rooms(store: SessionStore) -> list[Room]:
    """The session's rooms in the secretary's order; when none is declared yet, a room with the
    default hours for each room the saved schedule names (empty without a schedule)."""
    return _session_rooms(store)


def _session_rooms(store: SessionStore) -> list[Room]:
    declared = store.rooms()
    return declared if declared else rooms_of(store.snapshot().schedule)


def save_rooms(store: SessionStore, rooms: Sequence[Room], *, actor: str | None = None) -> Change:
    """Declare the session's rooms (the whole list, in order; names trimmed).

    Refused (BadInput, nothing written) for a name that is empty, too long or holds a control
    character, two rooms with the same name (case ignored), a room that does not open before it
    closes, or a list that would put an épreuve of the saved schedule in an undeclared room or
    outside its room's hours (the schedule is changed first). Refused with SessionLocked once the
    session is signed off. The Change names no candidate: a room's name and hours are printed on
    no document by themselves (the entries carry the room's name)."""
    _refuse_if_signed_off(store, "les salles ne se modifient plus")
    cleaned: list[Room] = []
    seen: dict[str, str] = {}
    for number, room in enumerate(rooms, start=1):
        name = check_text(room.name, "name", field=f"salle n° {number}").strip()
        if not name:
            raise BadInput(f"salle n° {number} : le nom de la salle est vide")
        key = name.casefold()
        if key in seen:
            raise BadInput(f"deux salles portent le nom « {name} » : chaque salle a un nom à elle")
        seen[key] = name
        if room.opens >= room.closes:
            raise BadInput(
                f"salle « {name} » : l'ouverture ({clock(room.opens)}) doit précéder "
                f"la fermeture ({clock(room.closes)})"
            )
        cleaned.append(Room(name, room.opens, room.closes))
    data = store.snapshot()
    if data.schedule:
        # An empty list goes back to the default rooms (those the schedule names).
        _refuse_rooms_the_schedule_needs(store, data, cleaned or rooms_of(data.schedule))
    if cleaned == store.rooms():
        return Change("save_rooms", (), details={"rooms": len(cleaned), "unchanged": True})
    store.set_rooms(cleaned, actor=actor)
    return Change("save_rooms", (), details={"rooms": len(cleaned)})


def _refuse_rooms_the_schedule_needs(store: SessionStore, data: SessionData, new: Sequence[Room]) -> None:
    """BadInput when `new` rooms put an épreuve of the saved schedule in an undeclared room or
    outside its room's hours that the current rooms did not (one sentence per room)."""
    referentiels = store.referentiels()
    before = {
        (p.entry, p.code)
        for p in blocking(check_schedule(data, referentiels, _session_rooms(store)))
        if p.code in _ROOM_CODES
    }
    by_room: dict[tuple[str, PlanCode], int] = {}
    for problem in blocking(check_schedule(data, referentiels, new)):
        if problem.code in _ROOM_CODES and problem.entry is not None and (problem.entry, problem.code) not in before:
            key = (data.schedule[problem.entry].room, problem.code)
            by_room[key] = by_room.get(key, 0) + 1
    if not by_room:
        return
    hours = {room.name: room for room in new}
    reasons = []
    for (name, code), count in by_room.items():
        epreuves = f"{count} épreuve{'s' if count > 1 else ''} du planning"
        if code == PlanCode.UNKNOWN_ROOM:
            reasons.append(
                f"la salle « {name} » ne serait plus déclarée, or {epreuves} s'y tien{'nent' if count > 1 else 't'}"
            )
        else:
            room = hours[name]
            reasons.append(
                f"{epreuves} en salle « {name} » sortir{'aient' if count > 1 else 'ait'} de ses horaires "
                f"(de {clock(room.opens)} à {clock(room.closes)})"
            )
    raise BadInput("salles non enregistrées, modifiez d'abord le planning : " + " ; ".join(reasons))


# -- the planner's checks ---------------------------------------------------------------------------


def plan_problems(
    view: SessionView, rooms: Sequence[Room], entries: Sequence[ScheduleEntry] | None = None
) -> list[PlanProblem]:
    """Every problem of `entries` (the saved schedule when None) in `rooms`, blocking
    ones and warnings, in the order of the entries (`check_schedule`)."""
    return check_schedule(view.data, view.referentiels, rooms, entries)


def entry_problems(
    view: SessionView,
    rooms: Sequence[Room],
    entries: Sequence[ScheduleEntry],
    entry: ScheduleEntry,
    replacing: int | None = None,
) -> list[PlanProblem]:
    """What placing `entry` among `entries` would break (in place of the entry at index
    `replacing`, or added at the end): the planner refuses the drag or edit when one of these
    is blocking (`check_entry`)."""
    return check_entry(view.data, view.referentiels, rooms, entries, entry, replacing)


# -- saving and proposing ---------------------------------------------------------------------------


def save_schedule(
    store: SessionStore,
    entries: Sequence[ScheduleEntry],
    *,
    actor: str | None = None,
    source: str = "planificateur",
) -> Change:
    """Replace the whole schedule with `entries` (one transaction, audited with `source`).

    Checked against the session's rooms (`rooms(store)`): refused (BadInput listing every
    blocking problem in French; nothing written) when one entry is wrong: a candidate, juror or
    room in two places at once, a juror in conflict with the candidate or not habilitated, fewer
    than two such jurors, an épreuve outside the session, over two days or beyond its room's
    hours…, or a time not on a whole minute (the file keeps minutes). Warnings (an épreuve
    without a slot yet, extra time) are allowed. Refused with SessionLocked once the session is
    signed off.

    The Change's `candidates` are those whose entries changed (added, removed, moved, other
    jurors), in the session's order: their convocations are stale, and so is the feuille
    d'émargement when there is one. `details`: `entries`, `warnings` (the French messages of the
    warnings left), `issued` (the candidates among them whose convocation was already issued: a
    new one is a duplicata), `unchanged` when the entries are the saved ones, in any order (nothing written)."""
    _refuse_if_signed_off(store, "le planning ne se modifie plus")
    planned = tuple(entries)
    for entry in planned:
        if any(m.second or m.microsecond or m.tzinfo is not None for m in (entry.start, entry.end)):
            raise BadInput(
                f"{assessment_label(entry.assessment, entry.ccp)} de « {entry.candidate} » : les horaires se "
                f"donnent à la minute près, sans fuseau horaire"
            )
    data = store.snapshot()
    problems = check_schedule(data, store.referentiels(), _session_rooms(store), planned)
    wrong = blocking(problems)
    if wrong:
        raise BadInput("le planning n'est pas enregistré : " + " ; ".join(p.message for p in wrong))
    warnings = [p.message for p in problems if not p.blocking]
    if Counter(planned) == Counter(data.schedule):  # the file keeps entries by start, not in a given order
        return Change("save_schedule", (), details={"entries": len(planned), "warnings": warnings, "unchanged": True})
    changed = _changed_candidates(data, data.schedule, planned)
    issued = {d["candidate"] for d in store.issued_documents(valid_only=True) if d["kind"] == "convocation"}
    store.set_schedule(planned, actor=actor, source=source)
    return Change(
        "save_schedule",
        changed,
        details={
            "entries": len(planned),
            "warnings": warnings,
            "issued": tuple(ref for ref in changed if ref in issued),
        },
    )


def propose_schedule(
    view: SessionView,
    rooms: Sequence[Room],
    *,
    days: Sequence[dt.date] | None = None,
    keep: Sequence[ScheduleEntry] = (),
    slot_minutes: int = 15,
    pause_minutes: int = 0,
    lunch: tuple[dt.time, dt.time] | None = LUNCH,
    collective: Mapping[str, int] | None = None,
) -> AutoPlan:
    """« Planifier automatiquement »: a schedule proposed for the secretary to adjust and save
    (`save_schedule`); nothing is written. `keep` entries stay as they are (the rest of the saved
    schedule is not kept); the other arguments are `auto_plan`'s. Refused (BadInput) without a
    room, or for a day outside the session or a grid, pause, lunch or group size that makes no
    sense."""
    if not rooms:
        raise BadInput("aucune salle déclarée : indiquez d'abord les salles de la session et leurs horaires")
    return auto_plan(
        view.data,
        view.referentiels,
        rooms,
        days=days,
        keep=keep,
        slot_minutes=slot_minutes,
        pause_minutes=pause_minutes,
        lunch=lunch,
        collective=collective,
    )


# -- reading ----------------------------------------------------------------------------------------


def schedule_summary(view: SessionView, rooms: Sequence[Room]) -> list[str]:
    """One French line per candidate of the session, in its order: their épreuves by start
    (« C03 — L'HÔTE Sophie : mise en situation professionnelle lundi 7 décembre 2026 8 h 30–11 h 00,
    Salle Rhône, jurés J1 J2 ; … »), then what is still to plan (« à planifier : entretien final
    (20 min) ») and how many blocking problems their entries have in `rooms`. An absent
    or excused candidate is said so (they need no slot)."""
    data = view.data
    problems = check_schedule(data, view.referentiels, rooms)
    wrong = Counter(p.candidate for p in blocking(problems))
    plan = PlanContext.of(data, view.referentiels, rooms)
    covered = {
        (e.candidate, requirement[0], requirement[1].kind)
        for e in data.schedule
        if (requirement := plan.requirement_of(e)) is not None
    }
    lines = []
    for candidate in data.candidates:
        ref = candidate.ref
        parts: list[str] = []
        if candidate.attendance in _ABSENCE:
            parts.append(_ABSENCE[candidate.attendance])
        entries = sorted((e for e in data.schedule if e.candidate == ref), key=lambda e: (e.start, e.end))
        parts += [_entry_words(e) for e in entries]
        if not entries and candidate.attendance == "present":
            parts.append("aucune épreuve planifiée")
        missing = [
            f"{_lower_first(assessment_label(a.kind, ccp))} ({duration(a.minutes)})"
            for ccp, a in required_assessments(data, view.referentiels, candidate)
            if (ref, ccp, a.kind) not in covered
        ]
        if missing:
            parts.append("à planifier : " + ", ".join(missing))
        if wrong[ref]:
            parts.append(
                f"{wrong[ref]} problème{'s' if wrong[ref] > 1 else ''} bloquant{'s' if wrong[ref] > 1 else ''}"
            )
        lines.append(f"{ref} — {candidate.display_name} : {' ; '.join(parts)}")
    return lines


# -- helpers ----------------------------------------------------------------------------------------


def _refuse_if_signed_off(store: SessionStore, what: str) -> None:
    if store.is_locked:
        raise SessionLocked(f"la session est close : {what} après la signature du procès-verbal")


def _entry_words(entry: ScheduleEntry) -> str:
    day = entry.start.date()
    jurors = f"jurés {' '.join(entry.jurors)}" if entry.jurors else "aucun juré"
    return (
        f"{_lower_first(assessment_label(entry.assessment, entry.ccp))} {_WEEKDAYS[day.weekday()]} "
        f"{french_date(day)} {clock(entry.start)}–{clock(entry.end)}, {entry.room or 'sans salle'}, {jurors}"
    )


def _changed_candidates(
    data: SessionData, before: Sequence[ScheduleEntry], after: Sequence[ScheduleEntry]
) -> tuple[str, ...]:
    """The candidates whose entries differ (as collections) between two schedules, in the
    session's order (a candidate the session no longer knows comes last)."""
    refs = {e.candidate for e in (*before, *after)}

    def of(schedule: Sequence[ScheduleEntry], ref: str) -> Counter[ScheduleEntry]:
        return Counter(e for e in schedule if e.candidate == ref)

    changed = {ref for ref in refs if of(before, ref) != of(after, ref)}
    order = [c.ref for c in data.candidates if c.ref in changed]
    return (*order, *sorted(changed - set(order)))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


__all__ = [
    "AutoPlan",
    "PlanCode",
    "PlanProblem",
    "Room",
    "entry_problems",
    "plan_problems",
    "propose_schedule",
    "rooms",
    "save_rooms",
    "save_schedule",
    "schedule_summary",
]
