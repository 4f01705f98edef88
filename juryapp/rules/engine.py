"""The rules of DOMAIN.md §6: from a session's current state to each candidate's outcome.

Pure functions: no storage, no clock, no Qt. `evaluate_session` is what `juryapp results`
prints and what the documents rely on; a parchemin is only ever printed for an outcome whose
`document` is `parchemin`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from juryapp.model import (
    Candidate,
    CcpResult,
    Referentiel,
    SessionData,
)
from juryapp.rules.checks import (
    check_decisions,
    check_holdings,
    check_jury,
    check_pathway,
    check_title_open,
)
from juryapp.rules.codes import CODE_INFO, Code, Finding
from juryapp.rules.findings import CandidateRecords, Findings
from juryapp.rules.holdings import (
    PriorHolding,
    add_one_year,
    earlier_versions,
    held_before_session,
    prior_holdings,
)
from juryapp.rules.wording import fr_date, fr_datetime, fr_list

__all__ = ["Outcome", "ccps_examined", "evaluate_candidate", "evaluate_session", "fr_date", "fr_datetime", "fr_list"]


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


def ccps_examined(data: SessionData, title: Referentiel) -> tuple[str, ...]:
    kind = data.session.kind
    if kind == "titre":
        return tuple(sorted(title.ccp_codes))
    if kind == "ccp":
        return tuple(sorted(data.session.ccps))
    return ()


def evaluate_session(
    data: SessionData, referentiels: Mapping[str, Referentiel], only: set[str] | None = None
) -> list[Outcome]:
    """Every candidate's outcome (or those in `only`), in the session's candidate order."""
    title = referentiels[data.session.title]
    examined = ccps_examined(data, title)
    results: dict[str, list[CcpResult]] = {}
    for result in data.results:
        results.setdefault(result.candidate, []).append(result)
    interviews = {fi.candidate: fi for fi in data.final_interviews}
    title_decisions = {d.candidate: d for d in data.title_decisions}
    ccs_decisions = {d.candidate: d for d in data.ccs_decisions}
    earlier = earlier_versions(title.code, referentiels)
    outcomes = []
    for candidate in data.candidates:
        if only is not None and candidate.ref not in only:
            continue
        records = CandidateRecords(
            tuple(results.get(candidate.ref, ())),
            interviews.get(candidate.ref),
            title_decisions.get(candidate.ref),
            ccs_decisions.get(candidate.ref),
        )
        outcomes.append(_evaluate_candidate(data, referentiels, title, examined, earlier, candidate, records))
    return outcomes


def evaluate_candidate(data: SessionData, referentiels: Mapping[str, Referentiel], ref: str) -> Outcome:
    """One candidate's outcome."""
    outcomes = evaluate_session(data, referentiels, only={ref})
    if not outcomes:
        raise KeyError(ref)
    return outcomes[0]


def _evaluate_candidate(
    data: SessionData,
    referentiels: Mapping[str, Referentiel],
    title: Referentiel,
    examined: tuple[str, ...],
    earlier: set[str],
    candidate: Candidate,
    records: CandidateRecords,
) -> Outcome:
    session = data.session
    findings = Findings()
    holdings = prior_holdings(candidate, title.code, referentiels)
    held_prior = held_before_session(holdings)
    from_training = candidate.comes_from_training

    check_title_open(findings, data, title, candidate, held_prior)
    check_pathway(findings, data, candidate, from_training, examined, earlier)
    check_jury(findings, data, candidate, records)
    check_decisions(findings, data, title, examined, records, held_prior)
    check_holdings(findings, data, title, holdings, held_prior)

    present = candidate.attendance == "present"
    valid = present and not findings.has_blocker()
    obtained: set[str] = set()
    title_outcome = "not_applicable" if session.kind == "ccs" else "not_awarded"
    ccs_outcome = "not_awarded" if session.kind == "ccs" else "not_applicable"
    if valid:
        acquired = {r.ccp for r in records.results if r.decision == "acquis" and r.ccp in examined}
        if session.kind == "titre":
            if records.title_decision and records.title_decision.decision == "awarded":
                obtained = set(title.ccp_codes) - held_prior
            else:
                obtained = acquired
        elif session.kind == "ccp":
            obtained = acquired
        if session.kind == "ccs":
            ccs_outcome = records.ccs_decision.decision if records.ccs_decision else "pending"
        else:
            title_outcome = records.title_decision.decision if records.title_decision else "pending"
    held = held_prior | obtained
    if session.kind != "ccs" and title_outcome != "awarded" and set(title.ccp_codes) <= held:
        findings.add(
            Code.ALL_CCPS_HELD_TITLE_NOT_AWARDED,
            "Tous les CCP du titre sont détenus à l'issue de la session, mais le titre n'est pas attribué",
        )

    if title_outcome == "awarded" or ccs_outcome == "awarded":
        document = "parchemin"
    elif obtained:
        document = "livret"
    else:
        document = "none"
    deadline = None
    if document == "livret":
        deadline = title.valid_until
        if title.status == "closed":
            deadline = add_one_year(title.valid_until)

    blockers, warnings = findings.split()
    admissible = not any(not CODE_INFO[f.code].about_decisions for f in blockers)
    return Outcome(
        ref=candidate.ref,
        attendance=candidate.attendance,
        admissible=admissible,
        blockers=blockers,
        warnings=warnings,
        ccps_examined=examined,
        ccps_obtained=tuple(sorted(obtained)),
        ccps_held=tuple(sorted(held)),
        title=title_outcome,
        ccs=ccs_outcome,
        document=document,
        completion_deadline=deadline,
        prior_holdings=tuple(holdings),
    )
