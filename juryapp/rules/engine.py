"""The rules of DOMAIN.md §6: from a session's current state to each candidate's outcome.

Pure functions: no storage, no clock, no Qt. `evaluate_session` is what `juryapp results`
prints and what the documents rely on; a parchemin is only ever printed for an outcome whose
`document` is `parchemin`.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from juryapp.model import AwardDecisionRecord, Candidate, CcpResult, FinalInterview, Referentiel, SessionData
from juryapp.rules.checks import (
    SessionFacts,
    check_admission,
    check_decisions,
    check_file,
    check_holdings,
    check_jury,
    check_title_open,
)
from juryapp.rules.codes import Code, Finding
from juryapp.rules.findings import CandidateRecords, Findings
from juryapp.rules.holdings import (
    PriorHolding,
    completion_deadline,
    examined_ccps,
    held_before_session,
    prior_holdings,
)
from juryapp.rules.messages import MESSAGES
from juryapp.rules.wording import fr_date, fr_datetime, fr_list

_R = TypeVar("_R", FinalInterview, AwardDecisionRecord)

__all__ = [
    "Outcome",
    "ccps_examined",
    "evaluate_candidate",
    "evaluate_session",
    "fr_date",
    "fr_datetime",
    "fr_list",
]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the session gives one candidate (juryapp.results/1, one entry)."""

    ref: str
    attendance: str
    admissible: bool
    blockers: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    ccps_examined: tuple[str, ...]
    ccps_obtained: tuple[str, ...]
    ccps_held: tuple[str, ...]
    title: str
    ccs: str
    document: str
    completion_deadline: dt.date | None
    prior_holdings: tuple[PriorHolding, ...] = ()

    @property
    def blocked(self) -> bool:
        return bool(self.blockers)

    def has(self, code: Code) -> bool:
        return any(f.code == code for f in self.blockers + self.warnings)

    def to_json(self) -> dict:
        return {
            "ref": self.ref,
            "attendance": self.attendance,
            "admissible": self.admissible,
            "blockers": [f.to_json() for f in self.blockers],
            "warnings": [f.to_json() for f in self.warnings],
            "ccps_examined": list(self.ccps_examined),
            "ccps_obtained": list(self.ccps_obtained),
            "ccps_held": list(self.ccps_held),
            "title": self.title,
            "ccs": self.ccs,
            "document": self.document,
            "completion_deadline": (self.completion_deadline.isoformat() if self.completion_deadline else None),
        }


def ccps_examined(data: SessionData, title: Referentiel, candidate: str | Candidate | None = None) -> tuple[str, ...]:
    """The CCPs examined for a candidate (DOMAIN.md §6); without one, the session's own list."""
    person = data.candidate(candidate) if isinstance(candidate, str) else candidate
    return examined_ccps(data.session, title, person)


def evaluate_session(
    data: SessionData, referentiels: Mapping[str, Referentiel], only: set[str] | None = None
) -> list[Outcome]:
    """Every candidate's outcome (or those in `only`), in the session's candidate order."""
    # Outcomes hold no cycle: no collection walking every object alive while they are built.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _evaluate(data, referentiels, only)
    finally:
        if enabled:
            gc.enable()


def _evaluate(data: SessionData, referentiels: Mapping[str, Referentiel], only: set[str] | None) -> list[Outcome]:
    facts = SessionFacts.of(data, referentiels)
    chosen = _chosen(data, only)
    few = only is not None and len(chosen) * FEW < len(data.candidates)
    results = _index(data, "results", _results_by_candidate, few, chosen)
    interviews = _index(data, "final_interviews", _by_candidate, few, chosen)
    title_decisions = _index(data, "title_decisions", _by_candidate, few, chosen)
    ccs_decisions = _index(data, "ccs_decisions", _by_candidate, few, chosen)
    outcomes = []
    for candidate in chosen:
        ref = candidate.ref
        records = CandidateRecords(
            results.get(ref, ()),
            interviews.get(ref),
            title_decisions.get(ref),
            ccs_decisions.get(ref),
        )
        outcomes.append(_evaluate_candidate(facts, candidate, records))
    return outcomes


# Evaluating fewer candidates than one in FEW (the one a change concerns), nothing is indexed
# for the whole session: their records are picked out.
FEW = 32


def _chosen(data: SessionData, only: set[str] | None) -> Sequence[Candidate]:
    """The candidates to evaluate (those in `only`), in the session's order."""
    if only is None:
        return data.candidates
    if len(only) * FEW < len(data.candidates):
        positions = data.cached("candidates", "positions", lambda: {c.ref: i for i, c in enumerate(data.candidates)})
        if len(positions) == len(data.candidates):  # each ref once: each candidate found by its ref
            return [data.candidates[i] for i in sorted(positions[ref] for ref in only if ref in positions)]
    return [c for c in data.candidates if c.ref in only]


def _index(
    data: SessionData,
    field: str,
    build: Callable[[tuple[Any, ...]], dict[str, Any]],
    few: bool,
    chosen: Sequence[Candidate],
) -> dict[str, Any]:
    """The records of `field` by candidate: indexed once per session data, or, for a few
    candidates when no index is there yet, only theirs."""
    records: tuple[Any, ...] = getattr(data, field)
    index = data.peek(field, "by_candidate")
    if index is None:
        if few:
            refs = {c.ref for c in chosen}
            return build(tuple(r for r in records if r.candidate in refs))
        index = data.cached(field, "by_candidate", lambda: build(records))
    return index  # type: ignore[no-any-return]


def _results_by_candidate(results: tuple[CcpResult, ...]) -> dict[str, tuple[CcpResult, ...]]:
    grouped: dict[str, list[CcpResult]] = {}
    for result in results:
        grouped.setdefault(result.candidate, []).append(result)
    return {ref: tuple(records) for ref, records in grouped.items()}


def _by_candidate(records: tuple[_R, ...]) -> dict[str, _R]:
    """The last record of each candidate (there is one current record per candidate)."""
    return {record.candidate: record for record in records}


def evaluate_candidate(data: SessionData, referentiels: Mapping[str, Referentiel], ref: str) -> Outcome:
    """One candidate's outcome."""
    outcomes = evaluate_session(data, referentiels, only={ref})
    if not outcomes:
        raise KeyError(ref)
    return outcomes[0]


def _evaluate_candidate(facts: SessionFacts, candidate: Candidate, records: CandidateRecords) -> Outcome:
    session, title = facts.data.session, facts.title
    examined = facts.titre_examined if session.kind == "titre" else examined_ccps(session, title, candidate)
    findings = Findings()
    if candidate.prior_ccps:
        holdings = prior_holdings(candidate, title.code, facts.referentiels)
        held_prior = held_before_session(holdings)
    else:  # most candidates: nothing held before the session
        holdings, held_prior = [], set()

    check_title_open(findings, facts, held_prior)
    check_admission(findings, facts, candidate)
    check_file(findings, facts, candidate, examined)
    check_jury(findings, facts, candidate, records)
    check_decisions(findings, facts, examined, records, held_prior)
    check_holdings(findings, facts, examined, holdings, held_prior)

    valid = candidate.attendance == "present" and not findings.has_blocker()
    obtained: set[str] = set()
    title_outcome = "not_applicable" if session.kind == "ccs" else "not_awarded"
    ccs_outcome = "not_awarded" if session.kind == "ccs" else "not_applicable"
    if valid:
        title_awarded = bool(records.title_decision and records.title_decision.decision == "awarded")
        if session.kind == "titre" and title_awarded:
            obtained = set(facts.title_ccps - held_prior)
        elif session.kind in ("titre", "ccp"):
            acquired = {r.ccp for r in records.results if r.decision == "acquis" and r.ccp in examined}
            obtained = acquired - held_prior
        if session.kind == "ccs":
            ccs_outcome = records.ccs_decision.decision if records.ccs_decision else "pending"
        else:
            title_outcome = records.title_decision.decision if records.title_decision else "pending"
    held = held_prior | obtained
    decided_not = bool(records.title_decision and records.title_decision.decision == "not_awarded")
    if session.kind != "ccs" and decided_not and facts.title_ccps <= held:
        findings.add(Code.ALL_CCPS_HELD_TITLE_NOT_AWARDED, MESSAGES["all_ccps_held_title_not_awarded"])

    if title_outcome == "awarded" or ccs_outcome == "awarded":
        document = "parchemin"
    elif obtained:
        document = "livret"
    else:
        document = "none"

    blockers, warnings = findings.split()
    # Positional, in the order of Outcome's fields (a third quicker than by keyword).
    return Outcome(
        candidate.ref,
        candidate.attendance,
        not blockers or not any(f.about_file for f in blockers),  # admissible
        blockers,
        warnings,
        examined,  # ccps_examined
        tuple(sorted(obtained)),  # ccps_obtained
        tuple(sorted(held)),  # ccps_held
        title_outcome,
        ccs_outcome,
        document,
        completion_deadline(title) if document == "livret" else None,
        tuple(holdings),  # prior_holdings
    )
