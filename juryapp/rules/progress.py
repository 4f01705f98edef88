"""Where the jury stands with each candidate: what is decided and what remains, in words.

Read from the session's current records and the rules' outcome of each candidate, so that the
candidate list says « 2 CCP décidés sur 2, entretien fait, titre à décider » without working
anything out itself. What a session expects follows DOMAIN.md: in a session titre or CCS every
present candidate has an entretien final and a decision on the title (or the CCS); in a session
CCP the title is decided only once every CCP of the title is held.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from juryapp.model import Referentiel, SessionData
from juryapp.rules.engine import Outcome

_AWARD_WORDS = {"awarded": "attribué", "not_awarded": "non attribué"}
_AWAY_WORDS = {"absent": "Absent : rien à évaluer", "excused": "Excusé : rien à évaluer"}


@dataclass(frozen=True, slots=True)
class Progress:
    """What is recorded for one candidate and what the session still expects."""

    attendance: str
    ccps_decided: int  # CCPs examined that have a recorded result
    ccps_examined: int
    interview: bool | None  # the entretien final is recorded; None when none is expected
    subject: str  # what the jury finally decides on: « titre » or « CCS »
    decision: str | None  # the recorded decision on it ('awarded', 'not_awarded'), None when none
    expected: bool  # a decision on the subject is expected in this session
    blocked: bool  # the rules block the outcome (the result column says why)

    @property
    def words(self) -> str:
        """« 2 CCP décidés sur 2, entretien fait, titre à décider »: done first, then what remains."""
        if self.attendance != "present":
            return _AWAY_WORDS.get(self.attendance, self.attendance)
        parts = []
        if self.ccps_examined:
            parts.append(_ccp_words(self.ccps_decided, self.ccps_examined))
        if self.interview is not None:
            parts.append("entretien fait" if self.interview else "entretien à faire")
        if self.decision is not None:
            parts.append(f"{self.subject} {_AWARD_WORDS.get(self.decision, self.decision)}")
        elif self.expected:
            parts.append(f"{self.subject} bloqué" if self.blocked else f"{self.subject} à décider")
        text = ", ".join(parts) or "rien à décider"
        return text[:1].upper() + text[1:]

    @property
    def done(self) -> bool:
        """Nothing the session expects is left to record for this candidate."""
        if self.attendance != "present":
            return True
        return (
            self.ccps_decided >= self.ccps_examined
            and self.interview is not False
            and (self.decision is not None or not self.expected)
        )

    @property
    def rank(self) -> int:
        """Sorts the candidates from the least advanced to the most."""
        if self.attendance != "present":
            return 10_000
        return self.ccps_decided + 100 * bool(self.interview) + 1000 * (self.decision is not None)


def _ccp_words(decided: int, examined: int) -> str:
    if decided == 0:
        return f"aucun CCP décidé sur {examined}"
    if decided == 1:
        return f"1 CCP décidé sur {examined}"
    return f"{decided} CCP décidés sur {examined}"


def progress_of_all(
    data: SessionData,
    referentiels: Mapping[str, Referentiel],
    outcomes: Mapping[str, Outcome],
    refs: Iterable[str] | None = None,
) -> dict[str, Progress]:
    """Every candidate's progress (or only `refs`'), by ref; a candidate without an outcome is left out.

    The records are indexed once per session data (`SessionData.cached`): a change that leaves the
    results untouched re-reads nothing.
    """
    kind = data.session.kind
    title_ccps = set(referentiels[data.session.title].ccp_codes)
    results = data.cached("results", "ccps_by_candidate", lambda: _ccps_by_candidate(data))
    interviews = data.cached("final_interviews", "candidates", lambda: {f.candidate for f in data.final_interviews})
    field = "ccs_decisions" if kind == "ccs" else "title_decisions"
    decisions: dict[str, str] = data.cached(
        field, "decision_by_candidate", lambda: {d.candidate: d.decision for d in getattr(data, field)}
    )
    wanted = [c.ref for c in data.candidates] if refs is None else list(refs)
    progress = {}
    for ref in wanted:
        outcome = outcomes.get(ref)
        if outcome is None:
            continue
        examined = outcome.ccps_examined
        interviewed = ref in interviews
        if kind == "ccp":
            expected = title_ccps <= set(outcome.ccps_held) or ref in decisions
            interview: bool | None = interviewed if (expected or interviewed) else None
        else:
            expected = True
            interview = interviewed
        progress[ref] = Progress(
            attendance=outcome.attendance,
            ccps_decided=len(results.get(ref, set()) & set(examined)),
            ccps_examined=len(examined),
            interview=interview,
            subject="CCS" if kind == "ccs" else "titre",
            decision=decisions.get(ref),
            expected=expected,
            blocked=outcome.blocked,
        )
    return progress


def _ccps_by_candidate(data: SessionData) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for result in data.results:
        index.setdefault(result.candidate, set()).add(result.ccp)
    return index
