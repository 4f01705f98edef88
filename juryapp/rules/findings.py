"""What the rules collect for one candidate: findings by code, and the records they look at."""

from __future__ import annotations

from dataclasses import dataclass

from juryapp.model import (
    AwardDecisionRecord,
    CcpResult,
    FinalInterview,
)
from juryapp.rules.codes import CODE_INFO, FILE_CODES, Code, Finding

_CODE_ORDER = {code: i for i, code in enumerate(Code)}


class Findings:
    """Collects findings, one entry per code, details joined in the order they came."""

    def __init__(self) -> None:
        self._messages: dict[Code, list[str]] = {}
        self._about_file: set[Code] = set()

    def add(self, code: Code, message: str, *, about_file: bool | None = None) -> None:
        """Record `message` under `code`; `about_file` overrides the code's kind (JURY_TOO_SMALL)."""
        self._messages.setdefault(code, [])
        if message not in self._messages[code]:
            self._messages[code].append(message)
        if about_file if about_file is not None else code in FILE_CODES:
            self._about_file.add(code)

    def has(self, code: Code) -> bool:
        return code in self._messages

    def has_blocker(self) -> bool:
        return bool(self._messages) and any(CODE_INFO[code].blocker for code in self._messages)

    def split(self) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
        if not self._messages:
            return (), ()
        findings = [
            Finding(code, " ; ".join(self._messages[code]), code in self._about_file)
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

    def decisions(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each recorded decision, described in French, with the jurors it names."""
        named: list[tuple[str, tuple[str, ...]]] = [(f"le résultat du {r.ccp}", r.jurors) for r in self.results]
        if self.final_interview:
            named.append(("l'entretien final", self.final_interview.jurors))
        if self.title_decision:
            named.append(("la décision sur le titre", self.title_decision.jurors))
        if self.ccs_decision:
            named.append(("la décision sur le CCS", self.ccs_decision.jurors))
        return named

    def named_jurors(self) -> dict[str, list[str]]:
        """Juror ref -> the records (in French) that name them."""
        named: dict[str, list[str]] = {}
        for what, jurors in self.decisions():
            for ref in jurors:
                named.setdefault(ref, []).append(what)
        return named
