"""Pre-session documents: the convocation and the feuille d'émargement, from the schedule.

Part of `juryapp.documents.content`. They are final as soon as the schedule gives every
expected épreuve a slot, drafts before; they name the title and its RNCP code, no outcome
(DOMAIN.md §5).
"""

from __future__ import annotations

import datetime as dt

from juryapp.documents.content_identity import (
    capital,
    certificate_name,
    holder,
    pre_session_meta,
    session_dates,
    title_info,
)
from juryapp.documents.data import (
    CcpLine,
    ConvocationData,
    EmargementData,
    EmargementDay,
    EmargementRow,
    Slot,
)
from juryapp.model import ASSESSMENT_LABELS, SESSION_KIND_LABELS, Candidate, ScheduleEntry
from juryapp.rules.schedule import required_assessments
from juryapp.rules.wording import clock, duration, fr_date, french_day
from juryapp.session_view import SessionView
from juryapp.settings import Settings


def _entry_label(entry_kind: str, ccp: str | None, session_kind: str) -> str:
    label = ASSESSMENT_LABELS.get(entry_kind, entry_kind)
    return f"{label} ({ccp})" if ccp and session_kind != "titre" else label


def _expected(view: SessionView, candidate: Candidate) -> list[tuple[str, str | None, int]]:
    """The épreuves the candidate must be given a slot for (kind, CCP, minutes), as the planner
    decides (`required_assessments`, one place): none for an absent or excused candidate, no
    épreuve of a CCP already held, the entretien final of a session CCP when it is their last."""
    required = required_assessments(view.data, view.referentiels, candidate)
    return [(assessment.kind, ccp, assessment.minutes) for ccp, assessment in required]


def _covers(entry: ScheduleEntry, kind: str, ccp: str | None) -> bool:
    return entry.assessment == kind and (ccp is None or entry.ccp is None or entry.ccp == ccp)


def _slot_line(entry: ScheduleEntry, session_kind: str) -> str:
    hours = f"{clock(entry.start)} – {clock(entry.end)}"
    return f"{hours} · {_entry_label(entry.assessment, entry.ccp, session_kind)} · {entry.room}".rstrip(" ·")


def _schedule_of(view: SessionView, ref: str) -> list[ScheduleEntry]:
    return sorted((e for e in view.data.schedule if e.candidate == ref), key=lambda e: (e.start, e.end))


def convocation_slots(view: SessionView, candidate: Candidate) -> tuple[tuple[Slot, ...], bool]:
    """The candidate's épreuves from the schedule, and whether every expected one has a slot."""
    kind = view.data.session.kind
    entries = _schedule_of(view, candidate.ref)
    slots = [
        Slot(
            _entry_label(e.assessment, e.ccp, kind),
            french_day(e.start.date()),
            f"{clock(e.start)} – {clock(e.end)}",
            e.room,
            duration(int((e.end - e.start).total_seconds() // 60)),
        )
        for e in entries
    ]
    complete = bool(entries)
    for assessment, ccp, minutes in _expected(view, candidate):
        if not any(_covers(e, assessment, ccp) for e in entries):
            complete = False
            slots.append(
                Slot(_entry_label(assessment, ccp, kind), "à fixer", "", "", duration(minutes) if minutes else "")
            )
    return tuple(slots), complete


def convocation(view: SessionView, ref: str, settings: Settings, today: dt.date) -> ConvocationData:
    """The convocation of `ref`: final once the schedule gives each of their épreuves a slot
    (`meta.draft` False), a draft before. It names the title and its RNCP code, no outcome."""
    data = view.data
    candidate = data.candidate(ref)
    assert candidate is not None
    title = view.title
    session = data.session
    slots, complete = convocation_slots(view, candidate)
    presented: tuple[CcpLine, ...]
    if session.kind == "ccs" and session.ccs:
        presented = (CcpLine(session.ccs, certificate_name(view, title.code, session.ccs)),)
        heading = "Certificat complémentaire de spécialisation présenté"
    else:
        codes = view.outcomes[ref].ccps_examined
        presented = tuple(CcpLine(code, certificate_name(view, title.code, code)) for code in codes)
        heading = "Certificats de compétences professionnelles présentés"
    instructions = [
        "Présentez une pièce d'identité en cours de validité (avec photographie).",
        "Apportez votre dossier professionnel et, le cas échéant, ses annexes.",
        "Présentez-vous trente minutes avant le début de votre première épreuve.",
    ]
    if session.kind == "ccp" and any(s.assessment.startswith(ASSESSMENT_LABELS["entretien_final"]) for s in slots):
        instructions.append("L'entretien final se tient au vu de votre livret de certification : apportez-le.")
    unscheduled = [s.assessment for s in slots if not s.hours]
    reasons = []
    if not complete:
        reasons.append(
            f"planning incomplet, sans horaire : {', '.join(unscheduled)}" if unscheduled else "planning incomplet"
        )
    return ConvocationData(
        pre_session_meta(view, "convocation", ref, reasons),
        title_info(title, pre_session=True),
        holder(candidate),
        session.centre,
        session.place,
        session_dates(view),
        capital(SESSION_KIND_LABELS[session.kind]),
        presented,
        slots,
        tuple(instructions),
        heading,
    )


def emargement(view: SessionView, settings: Settings, today: dt.date) -> EmargementData:
    """The feuille d'émargement: one table per day of épreuves, from the schedule. Final once
    every candidate's épreuves all have a slot (as on their convocations, and as the planner
    says); before, a draft (a candidate without any slot is listed on every day of épreuves).
    An absent or excused candidate without a slot sits nothing: they are not listed."""
    data = view.data
    session = data.session
    kind = session.kind
    by_day: dict[dt.date, dict[str, list[ScheduleEntry]]] = {}
    for entry in sorted(data.schedule, key=lambda e: (e.start, e.end)):
        by_day.setdefault(entry.start.date(), {}).setdefault(entry.candidate, []).append(entry)
    scheduled = {e.candidate for e in data.schedule}
    listed = [c for c in data.candidates if c.ref in scheduled or _expected(view, c)]
    unscheduled = [c for c in listed if c.ref not in scheduled]
    reasons = []
    if not data.schedule:
        reasons.append("planning des épreuves non établi")
    else:
        incomplete = []
        for candidate in listed:
            slots, complete = convocation_slots(view, candidate)
            if not complete:
                missing = [s.assessment for s in slots if not s.hours]
                incomplete.append(f"{candidate.ref} ({', '.join(missing)})" if missing else candidate.ref)
        if incomplete:
            reasons.append(f"planning incomplet, épreuves sans horaire : {', '.join(incomplete)}")
    if not data.schedule:
        day = session.start
        while day <= session.end:
            by_day.setdefault(day, {})
            day += dt.timedelta(days=1)

    def row(candidate: Candidate, entries: list[ScheduleEntry]) -> EmargementRow:
        slots = tuple(_slot_line(e, kind) for e in entries) or ("horaire à fixer",)
        return EmargementRow(
            candidate.ref,
            candidate.last_name.upper(),
            candidate.usage_name.strip().upper(),
            candidate.first_name,
            fr_date(candidate.birth_date),
            slots,
        )

    days = []
    for day in sorted(by_day):
        entries = by_day[day]
        rows = [row(c, entries[c.ref]) for c in data.candidates if c.ref in entries]
        rows += [row(c, []) for c in unscheduled]
        days.append(EmargementDay(french_day(day), tuple(rows)))
    scheduled_jurors = {j for e in data.schedule for j in e.jurors}
    jurors = [j for j in data.jurors if j.ref in scheduled_jurors] or list(data.jurors)
    return EmargementData(
        pre_session_meta(view, "emargement", None, reasons),
        title_info(view.title, pre_session=True),
        session.centre,
        session.place,
        session_dates(view),
        tuple(days),
        tuple(j.display_name for j in jurors),
    )
