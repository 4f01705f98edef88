"""The entretien final's timer, recorded on the candidate's entretien final.

`record_timing` writes the timer's start, end and timed duration as a new version of the
candidate's entretien final, keeping its date, jurors and notes (or taking the form's, when the
window passes them), through `operations.record_interview_row`: the same checks as
`operations.record_final_interview` (which keeps a recorded timing), one transaction (after
sign-off: the same motivated revocation), a `Change`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from juryapp.errors import BadInput
from juryapp.model import FinalInterview
from juryapp.operations import Change, _candidate, record_interview_row
from juryapp.rules.wording import clock
from juryapp.storage.store import SessionStore

__all__ = ["Timing", "duration_text", "parse_timing", "record_timing", "timing_text"]

TABLE = "final_interviews"


def _moment(text: str, what: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise BadInput(f"heure de {what} de l'entretien final invalide « {text} »") from None


@dataclass(frozen=True, slots=True)
class Timing:
    """What the timer measured: ISO local start and end (to the second) and the timed seconds."""

    started_at: str
    ended_at: str
    duration_seconds: int

    def as_dict(self) -> dict[str, Any]:
        return {"started_at": self.started_at, "ended_at": self.ended_at, "duration_seconds": self.duration_seconds}


def parse_timing(started_at: str, ended_at: str, duration_seconds: int) -> Timing:
    """The timing checked and normalised (to the second); BadInput in French when the end is before
    the start or the duration is not a number of seconds. The duration may differ from the time
    between start and end: pauses are left out, and the wall clock may be set while it runs."""
    start = _moment(started_at, "début")
    end = _moment(ended_at, "fin")
    if end < start:
        raise BadInput(
            f"l'entretien final ne peut pas finir ({end:%d/%m/%Y} à {clock(end)}) avant d'avoir commencé "
            f"({start:%d/%m/%Y} à {clock(start)})"
        )
    if isinstance(duration_seconds, bool) or not isinstance(duration_seconds, int) or duration_seconds < 0:
        raise BadInput(f"durée de l'entretien final invalide « {duration_seconds} » (un nombre de secondes)")
    return Timing(start.isoformat(timespec="seconds"), end.isoformat(timespec="seconds"), duration_seconds)


def duration_text(seconds: int) -> str:
    """« 20 min 30 s », « 45 s », « 1 h 02 min 05 s »."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min {secs:02d} s"
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


def timing_text(started_at: str, ended_at: str, duration_seconds: int) -> str:
    """« Commencé à 14 h 00, terminé à 14 h 21, durée 20 min 30 s » (the history's note)."""
    start, end = dt.datetime.fromisoformat(started_at), dt.datetime.fromisoformat(ended_at)
    return f"Commencé à {clock(start)}, terminé à {clock(end)}, durée {duration_text(duration_seconds)}"


def _current(store: SessionStore, candidate: str) -> FinalInterview | None:
    return next((f for f in store.snapshot().final_interviews if f.candidate == candidate), None)


def record_timing(
    store: SessionStore,
    candidate: str,
    started_at: str,
    ended_at: str,
    duration_seconds: int,
    *,
    held_on: dt.date | None = None,
    jurors: list[str] | tuple[str, ...] | None = None,
    notes: str | None = None,
    actor: str,
    reason: str = "",
    revoked_by: tuple[str, ...] = (),
) -> Change:
    """The timer's start, end (ISO local date and time) and timed seconds (pauses left out) on the
    candidate's entretien final, as a new version.

    `held_on`, `jurors` and `notes` default to the current entretien final's; when there is none,
    the interview is recorded now, dated from its start, and `jurors` must be given. Refused in
    French when the end is before the start, or as `record_final_interview` refuses. Before
    sign-off the version's reason says what was timed (the history shows it); after sign-off the
    caller's reason makes it a revocation, as for every change.
    """
    data = store.snapshot()
    _candidate(data, candidate)
    timing = parse_timing(started_at, ended_at, duration_seconds)
    current = _current(store, candidate)
    if jurors is None and current is None:
        raise BadInput("l'entretien final doit nommer ses jurés (au moins deux) avant d'enregistrer sa durée")
    row = {
        "candidate": candidate,
        "held_on": held_on or (current.held_on if current else None) or dt.date.fromisoformat(timing.started_at[:10]),
        "jurors": list(jurors if jurors is not None else current.jurors if current else ()),
        "notes": notes if notes is not None else (current.notes if current else ""),
        **timing.as_dict(),
    }
    note = reason
    if not note and not store.is_locked:  # after sign-off the reason is the revocation's, asked of the jury
        note = "Chronomètre : " + timing_text(timing.started_at, timing.ended_at, timing.duration_seconds)
    return record_interview_row(store, row, actor=actor, reason=note, revoked_by=revoked_by, action="record_timing")
