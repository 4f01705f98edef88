"""Unfinished decisions kept as drafts, per candidate: in the session file, or in memory while the
file cannot keep them (read-only). One keeper serves the CCP decision and the title or CCS
decision; each gives its draft key, how to read a draft back and how to describe one."""

from __future__ import annotations

from collections.abc import Callable

from juryapp.gui.ccp_decision_form import Draft
from juryapp.gui.ccp_decision_texts import draft_content
from juryapp.gui.context import SessionContext
from juryapp.operations import drafts as kept_drafts


class DecisionDrafts:
    """The drafts of one decision panel."""

    def __init__(
        self,
        context: SessionContext,
        key: Callable[[str], str],
        read: Callable[[dict], Draft | None],
        describe: Callable[[str, Draft], str],
    ) -> None:
        self._context = context
        self.key = key
        self._read = read
        self._describe = describe
        self.unkept: dict[str, Draft] = {}  # drafts the file could not keep, by candidate
        self._in_file: set[str] = set()  # candidates with a draft of this decision in the file

    def kept(self, ref: str | None) -> kept_drafts.Draft | None:
        """The draft kept in the file for `ref`, or None (also when it is not one of ours)."""
        if ref is None:
            return None
        found = kept_drafts.drafts_of(self._context.store, ref).get(self.key(ref))
        if found is None or self._read(found.content) is None:
            return None
        self._in_file.add(ref)
        return found

    def keep(self, ref: str, draft: Draft) -> bool:
        """`draft` kept in the file for `ref`; False when it could not be (it stays in memory)."""
        saved = kept_drafts.save(
            self._context.store, self.key(ref), draft_content(draft), candidate=ref, actor=self._context.actor
        )
        if saved:
            self.unkept.pop(ref, None)
            self._in_file.add(ref)
        else:
            self.unkept[ref] = draft
        return saved

    def keep_all(self) -> list[str]:
        """Try again to keep what the file could not; what still could not be kept, described."""
        for ref, draft in list(self.unkept.items()):
            self.keep(ref, draft)
        return [self._describe(ref, draft) for ref, draft in self.unkept.items()]

    def recorded(self, ref: str) -> None:
        """What was shown for `ref` is recorded (or given up on purpose): its draft goes."""
        self.unkept.pop(ref, None)
        if ref in self._in_file:
            self._in_file.discard(ref)
            kept_drafts.discard(self._context.store, self.key(ref))
