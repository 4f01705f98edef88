"""What goes into the centre archive and what comes out of it: plain immutable values.

`TakenBackSession` is what a take-back records (built from a session's data and its outcomes
by `TakenBackSession.from_session`); the other classes are what the archive answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from juryapp.model import HeldTitle, PriorCcp, Referentiel, SessionData
from juryapp.rules.holdings import completion_deadline

if TYPE_CHECKING:
    from juryapp.rules.engine import Outcome

DEFAULT_RETENTION_YEARS = 5


@dataclass(frozen=True, slots=True)
class TakenBackCandidate:
    """One candidate of a session taken back, with what the jury gave them.

    `ccps_obtained`, `title_awarded` and `ccs_awarded` are decisions of the jury: only a signed-off
    session may carry them. `prior_ccps` and `held_titles` are what the candidate declared holding
    before the session (kept as declared, flagged so).
    """

    ref: str
    last_name: str
    first_name: str
    birth_date: dt.date | None
    birth_place: str = ""
    usage_name: str = ""
    attendance: str = "present"
    ccps_obtained: tuple[str, ...] = ()
    title_awarded: bool = False
    ccs_awarded: str | None = None
    prior_ccps: tuple[PriorCcp, ...] = ()
    held_titles: tuple[HeldTitle, ...] = ()

    @property
    def decided(self) -> bool:
        return bool(self.ccps_obtained) or self.title_awarded or self.ccs_awarded is not None


@dataclass(frozen=True, slots=True)
class TakenBackSession:
    """A session as the secretariat takes it back: its public facts and its people."""

    ref: str
    title: str
    kind: str
    centre: str
    place: str
    start: dt.date
    end: dt.date
    signed_off_at: str | None
    candidates: tuple[TakenBackCandidate, ...]

    @property
    def decided_on(self) -> dt.date:
        """The date of what was obtained: the sign-off's day (DOMAIN.md §5), else the last day."""
        if self.signed_off_at:
            return dt.datetime.fromisoformat(self.signed_off_at).date()
        return self.end

    @classmethod
    def from_session(cls, data: SessionData, outcomes: Iterable[Outcome]) -> TakenBackSession:
        """The session's people with their outcomes; nothing obtained unless it is signed off
        (before sign-off an outcome is not a decision of the jury, DOMAIN.md §5)."""
        info = data.session
        signed = data.sign_off is not None
        by_ref = {outcome.ref: outcome for outcome in outcomes}
        people = []
        for person in data.candidates:
            outcome = by_ref.get(person.ref)
            decided = signed and outcome is not None
            people.append(
                TakenBackCandidate(
                    ref=person.ref,
                    last_name=person.last_name,
                    first_name=person.first_name,
                    birth_date=person.birth_date,
                    birth_place=person.birth_place,
                    usage_name=person.usage_name,
                    attendance=person.attendance,
                    ccps_obtained=tuple(outcome.ccps_obtained) if decided and outcome else (),
                    title_awarded=bool(decided and outcome and outcome.title == "awarded"),
                    ccs_awarded=info.ccs if decided and outcome and outcome.ccs == "awarded" else None,
                    prior_ccps=person.prior_ccps,
                    held_titles=person.held_titles,
                )
            )
        return cls(
            ref=info.ref,
            title=info.title,
            kind=info.kind,
            centre=info.centre,
            place=info.place,
            start=info.start,
            end=info.end,
            signed_off_at=data.sign_off.at if data.sign_off is not None else None,
            candidates=tuple(people),
        )


@dataclass(frozen=True, slots=True)
class HandoffInfo:
    """One hand-off of a session to the jury. `status`: `sent`, `returned` or `purged`."""

    id: str
    session_ref: str
    sent_at: str
    sent_by: str
    base_sha256: str
    returned_at: str | None
    returned_by: str | None
    returned_sha256: str | None
    status: str

    STATUS_LABELS = {"sent": "remis au jury", "returned": "repris", "purged": "purgé (conservation échue)"}

    @property
    def status_label(self) -> str:
        return self.STATUS_LABELS[self.status]


@dataclass(frozen=True, slots=True)
class ArchivedHolding:
    """A CCP held: obtained in a session of the archive, or `declared` by the candidate in one
    (then `origin` is the earlier session as they gave it, `session_*` the session that recorded it)."""

    title: str
    ccp: str
    obtained_on: dt.date | None
    session_ref: str
    session_place: str
    session_date: dt.date | None
    declared: bool = False
    origin: str = ""


@dataclass(frozen=True, slots=True)
class ArchivedTitle:
    """A title version held (`ccs` None) or a CCS of it, as `ArchivedHolding` for the rest."""

    title: str
    ccs: str | None
    obtained_on: dt.date | None
    session_ref: str
    declared: bool = False


@dataclass(frozen=True, slots=True)
class ArchivedPerson:
    """One person of the archive (DOMAIN.md §6 identity), as in their most recent session."""

    last_name: str
    first_name: str
    usage_name: str
    birth_date: dt.date | None
    birth_place: str
    sessions: tuple[str, ...]
    holdings: tuple[ArchivedHolding, ...]
    titles: tuple[ArchivedTitle, ...]


@dataclass(frozen=True, slots=True)
class HoldingRow:
    """« Who holds which CCP of which version, and until when can they complete the title ».

    `complete_in` and `complete_until`: the title version in which the holder can complete the
    title (this one, or a later one the CCP carries into through the correspondence tables) and
    the date by which (DOMAIN.md §6 `completion_deadline`); None when the référentiel is not known,
    or when the person already holds that title.
    """

    last_name: str
    first_name: str
    usage_name: str
    birth_date: dt.date | None
    title: str
    ccp: str
    obtained_on: dt.date | None
    session_ref: str
    declared: bool
    title_held: bool
    complete_in: str | None
    complete_until: dt.date | None


@dataclass(frozen=True, slots=True)
class ArchivedSessionInfo:
    ref: str
    title: str
    kind: str
    centre: str
    place: str
    start: dt.date | None
    end: dt.date | None
    signed_off_at: str | None
    taken_back_at: str | None
    taken_back_by: str | None
    purged_at: str | None
    candidates: int


@dataclass(frozen=True, slots=True)
class SessionCounts:
    """Anonymous counts of one session, kept after its personal data is purged."""

    session_ref: str
    title: str
    kind: str
    end: dt.date | None
    candidates: int
    present: int
    titles_awarded: int
    ccs_awarded: int
    ccps_obtained: tuple[tuple[str, int], ...]
    purged: bool


@dataclass(frozen=True, slots=True)
class PurgeReport:
    """What a purge removed. `vacuum_problem`: why the file could not be compacted afterwards
    (the deleted data was overwritten anyway: secure_delete), None when it was."""

    sessions: tuple[str, ...]
    candidates_removed: int
    documents_removed: int
    vacuum_problem: str | None = None


def completion(title: str, ccp: str, referentiels: Mapping[str, Referentiel]) -> tuple[str, dt.date] | None:
    """The version in which a holder of `ccp` of `title` can complete the title, and by when.

    Follows the correspondence tables forward (a later version whose table maps this CCP), and
    keeps the latest deadline; None when `title` is not among `referentiels`.
    """
    best: tuple[str, dt.date] | None = None
    frontier = [(title, ccp)]
    seen: set[tuple[str, str]] = set()
    while frontier:
        code, certificate = frontier.pop()
        if (code, certificate) in seen:
            continue
        seen.add((code, certificate))
        later = [
            (ref.code, new)
            for ref in referentiels.values()
            if ref.correspondence is not None and ref.correspondence.source == code
            for new in ref.correspondence.mapping.get(certificate, ())
        ]
        if later:
            frontier.extend(later)
            continue
        version = referentiels.get(code)
        if version is None:
            continue
        deadline = completion_deadline(version)
        if best is None or deadline > best[1]:
            best = (code, deadline)
    return best


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` later (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
