"""French wording of the schedule planner's messages: dates in words, clock times, durations,
épreuves and the people they concern.

The documents have the same wording (`juryapp.documents.render.wording`); the rules cannot
import the documents, so the few lines they share are repeated here.
"""

from __future__ import annotations

import datetime as dt

from juryapp.model import ASSESSMENT_LABELS, ScheduleEntry, SessionData

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def long_date(day: dt.date) -> str:
    """« 1er juillet 2025 », « 7 décembre 2026 »."""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {_MONTHS[day.month - 1]} {day.year}"


def clock(moment: dt.datetime | dt.time) -> str:
    """« 8 h 30 », « 14 h 00 »."""
    return f"{moment.hour} h {moment.minute:02d}"


def duration(minutes: int) -> str:
    """« 20 min », « 1 h », « 2 h 30 »."""
    hours, rest = divmod(max(minutes, 0), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


def span(start: dt.datetime, end: dt.datetime) -> str:
    """« de 9 h 00 à 12 h 00 le 7 décembre 2026 » (both days named when they differ)."""
    if start.date() == end.date():
        return f"de {clock(start)} à {clock(end)} le {long_date(start.date())}"
    return f"du {long_date(start.date())} à {clock(start)} au {long_date(end.date())} à {clock(end)}"


def assessment_label(kind: str, ccp: str | None) -> str:
    """« Mise en situation professionnelle (CCP2) », « Entretien final »."""
    label = ASSESSMENT_LABELS.get(kind, kind)
    return f"{label} ({ccp})" if ccp else label


def candidate_name(data: SessionData, ref: str) -> str:
    """« DURAND Élodie (C01) »; a ref the session does not know is quoted: « candidat « C9 » »."""
    candidate = data.candidate(ref)
    return f"{candidate.display_name} ({ref})" if candidate else f"candidat « {ref} »"


def juror_name(data: SessionData, ref: str) -> str:
    """« Claire Fontaine-Dumas (J1) »; an unknown ref is quoted: « juré « J7 » »."""
    juror = data.juror(ref)
    return f"{juror.display_name} ({ref})" if juror else f"juré « {ref} »"


def describe(data: SessionData, entry: ScheduleEntry) -> str:
    """« Entretien technique (CCP2) de GAUTHIER Marion (K01) »."""
    return f"{assessment_label(entry.assessment, entry.ccp)} de {candidate_name(data, entry.candidate)}"


def room_words(room: str) -> str:
    """« la salle « Salle Rhône » », or « une salle sans nom » when the entry names none."""
    return f"la salle « {room} »" if room else "une salle sans nom"
