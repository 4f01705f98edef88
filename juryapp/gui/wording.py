"""The core's composed sentences in the interface's language.

The rules write their sentences in French and keep how each is made: French templates with their
values (`juryapp.rules.phrases`). The window shows them through these functions, each template
translated (`tr`) and then filled; the French text stays what the documents and the history record.
"""

from __future__ import annotations

from typing import Protocol

from juryapp.gui.context import tr
from juryapp.operations.sessions import Subject
from juryapp.rules import phrases
from juryapp.rules.progress import Progress, sentence


class FindingLike(Protocol):
    """A rules' finding (`juryapp.rules.Finding`), or what carries one's message and parts."""

    @property
    def message(self) -> str: ...

    @property
    def parts(self) -> tuple[phrases.Part, ...]: ...


def finding_text(finding: FindingLike) -> str:
    """A finding's message (`Finding.message`, French) in the interface's language: each of its
    sentences translated (the templates of `juryapp.rules.messages`) and filled with its values.
    Every window that shows a finding's message shows this."""
    if not finding.parts:  # a finding made without its parts: its French text
        return finding.message
    return phrases.sentence(finding.parts, tr)


def progress_text(progress: Progress) -> str:
    """« 2 CCP décidés sur 2, entretien fait, titre à décider », each part translated."""
    return sentence(progress.parts, tr)


def subject_text(subject: Subject) -> str:
    """What a subject to confirm at sign-off is (`Subject.what`, French) in the interface's language."""
    return phrases.sentence(subject.parts, tr) if subject.parts else subject.what


def said_text(text: str) -> str:
    """A sentence of the rules (a `phrases.Said`) in the interface's language; any other text as it is."""
    return phrases.said_text(text, tr)
