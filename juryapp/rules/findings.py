"""What the rules collect for one candidate: findings by code, and the records they look at."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from juryapp.model import (
    AwardDecisionRecord,
    CcpResult,
    FinalInterview,
)
from juryapp.rules.codes import CODE_INFO, FILE_CODES, Code, Finding
from juryapp.rules.messages import WORDS
from juryapp.rules.phrases import NO_VALUES, SENTENCE_SEPARATOR, Part, Phrase, render

_CODE_ORDER = {code: i for i, code in enumerate(Code)}


class Findings:
    """Collects findings, one entry per code, details joined in the order they came."""

    def __init__(self) -> None:
        # Per code: each message (French) and the sentences it is made of (template, values).
        self._messages: dict[Code, dict[str, tuple[Part, ...]]] = {}
        self._about_file: set[Code] = set()

    def add(
        self,
        code: Code,
        template: str,
        values: Mapping[str, object] = NO_VALUES,
        *,
        about_file: bool | None = None,
        more: tuple[Part, ...] = (),
    ) -> None:
        """Record the sentence `template` (of `juryapp.rules.messages.MESSAGES`) filled with
        `values`, followed by the sentences `more`, under `code` (once: the same message twice
        is one); `about_file` overrides the code's kind (JURY_TOO_SMALL)."""
        if more:
            parts: tuple[Part, ...] = ((template, values), *more)
            message = SENTENCE_SEPARATOR.join([render(t, v) for t, v in parts])
        else:
            parts = ((template, values),)
            message = render(template, values) if values else template
        messages = self._messages.get(code)
        if messages is None:
            self._messages[code] = {message: parts}
        elif message not in messages:
            messages[message] = parts
        if about_file if about_file is not None else code in FILE_CODES:
            self._about_file.add(code)

    def has(self, code: Code) -> bool:
        return code in self._messages

    def has_blocker(self) -> bool:
        return bool(self._messages) and any(CODE_INFO[code].blocker for code in self._messages)

    def split(self) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
        if not self._messages:
            return (), ()
        findings = []
        about_file = self._about_file
        for code in sorted(self._messages, key=_CODE_ORDER.__getitem__):
            messages = self._messages[code]
            if len(messages) == 1:
                for message, parts in messages.items():
                    findings.append(Finding(code, message, code in about_file, parts))
            else:
                message = SENTENCE_SEPARATOR.join(messages)
                parts = tuple(part for sentences in messages.values() for part in sentences)
                findings.append(Finding(code, message, code in about_file, parts))
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

    def decisions(self) -> list[tuple[Phrase, tuple[str, ...]]]:
        """Each recorded decision, as a piece of French sentence (`WORDS`), with the jurors it names."""
        named: list[tuple[Phrase, tuple[str, ...]]] = [
            (Phrase(WORDS["ccp_result"], {"ccp": r.ccp}), r.jurors) for r in self.results
        ]
        if self.final_interview:
            named.append((Phrase(WORDS["final_interview"]), self.final_interview.jurors))
        if self.title_decision:
            named.append((Phrase(WORDS["title_decision"]), self.title_decision.jurors))
        if self.ccs_decision:
            named.append((Phrase(WORDS["ccs_decision"]), self.ccs_decision.jurors))
        return named

    def named_jurors(self) -> dict[str, list[Phrase]]:
        """Juror ref -> the records (pieces of French sentence) that name them."""
        named: dict[str, list[Phrase]] = {}
        for what, jurors in self.decisions():
            for ref in jurors:
                named.setdefault(ref, []).append(what)
        return named
