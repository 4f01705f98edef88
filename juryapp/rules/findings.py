"""What the rules collect for one candidate: findings by code, and the records they look at."""

from __future__ import annotations

from dataclasses import dataclass

from juryapp.model import (
    AwardDecisionRecord,
    CcpResult,
    FinalInterview,
)
from juryapp.rules.codes import CODE_INFO, Code, Finding

_CODE_ORDER = {code: i for i, code in enumerate(Code)}


class Findings:
    """Collects findings, one entry per code, details joined in the order they came."""

    def __init__(self) -> None:
        self._messages: dict[Code, list[str]] = {}

    def add(self, code: Code, message: str) -> None:
        self._messages.setdefault(code, [])
        if message not in self._messages[code]:
            self._messages[code].append(message)

    def has(self, code: Code) -> bool:
        return code in self._messages

    def has_blocker(self) -> bool:
        return any(CODE_INFO[code].blocker for code in self._messages)

    def split(self) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
        findings = [
            Finding(code, " ; ".join(self._messages[code]))
            for code in sorted(self._messages, key=_CODE_ORDER.__getitem__)
        ]
        return (
            tuple(f for f in findings if f.blocker),
            tuple(f for f in findings if not f.blocker),
        )


@dataclass(frozen=True, slots=True)
class CandidateRecords:
    results: tuple[CcpResult, ...]
    final_interview: FinalInterview | None
    title_decision: AwardDecisionRecord | None
    ccs_decision: AwardDecisionRecord | None

    def named_jurors(self) -> dict[str, list[str]]:
        """Juror ref -> the records (in French) that name them."""
        named: dict[str, list[str]] = {}
        for result in self.results:
            for ref in result.jurors:
                named.setdefault(ref, []).append(f"le résultat du {result.ccp}")
        if self.final_interview:
            for ref in self.final_interview.jurors:
                named.setdefault(ref, []).append("l'entretien final")
        if self.title_decision:
            for ref in self.title_decision.jurors:
                named.setdefault(ref, []).append("la décision sur le titre")
        if self.ccs_decision:
            for ref in self.ccs_decision.jurors:
                named.setdefault(ref, []).append("la décision sur le CCS")
        return named
