"""French wording of the schedule planner's messages: dates in words, clock times, durations,
épreuves and the people they concern.

Dates, times and durations are `juryapp.rules.wording`'s, shared with the documents.
"""

from __future__ import annotations

import datetime as dt

from juryapp.model import ASSESSMENT_LABELS, ScheduleEntry, SessionData
from juryapp.rules.wording import clock, french_date


def span(start: dt.datetime, end: dt.datetime) -> str:
    """« de 9 h 00 à 12 h 00 le 7 décembre 2026 » (both days named when they differ)."""
    if start.date() == end.date():
        return f"de {clock(start)} à {clock(end)} le {french_date(start.date())}"
    return f"du {french_date(start.date())} à {clock(start)} au {french_date(end.date())} à {clock(end)}"


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
