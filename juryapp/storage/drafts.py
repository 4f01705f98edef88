"""Drafts: what was being typed in a panel and not yet recorded (issue 12, « nothing typed is lost »).

A draft is kept per key (a panel and its candidate, e.g. `ccp_decision:C03:CCP1`), replaced by the
next one, removed once what it held is recorded or deliberately dropped. It decides nothing: it is
never part of the session's state, its export, nor of any document; the ledger chains it like any
row, so a draft edited outside juryapp is found by `juryapp check`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from juryapp.storage.common import _now_text, default_actor
from juryapp.storage.core import StoreCore


@dataclass(frozen=True, slots=True)
class Draft:
    key: str
    candidate: str | None
    content: dict[str, Any]
    saved_at: str
    saved_by: str


class DraftsMixin(StoreCore):
    """Reading and writing drafts (one transaction each)."""

    def drafts(self, candidate: str | None = None) -> dict[str, Draft]:
        """The drafts kept, by key (those of `candidate` only, when given)."""
        where, params = ("WHERE candidate = ?", (candidate,)) if candidate is not None else ("", ())
        found = {}
        for key, who, content, saved_at, saved_by in self.conn.execute(
            f"SELECT key, candidate, content, saved_at, saved_by FROM drafts {where} ORDER BY saved_at, key", params
        ):
            try:
                value = json.loads(content)
            except ValueError:
                continue  # not juryapp's: `juryapp check` names it; the panel starts empty
            if isinstance(value, dict):
                found[key] = Draft(key, who, value, saved_at, saved_by)
        return found

    def save_draft(
        self, key: str, content: dict[str, Any], *, candidate: str | None = None, actor: str | None = None
    ) -> None:
        actor = actor or default_actor()
        with self._transaction():
            self.conn.execute(
                "INSERT INTO drafts (key, candidate, content, saved_at, saved_by) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET candidate = excluded.candidate, content = excluded.content, "
                "saved_at = excluded.saved_at, saved_by = excluded.saved_by",
                (key, candidate, json.dumps(content, ensure_ascii=False, sort_keys=True), _now_text(self.clock), actor),
            )

    def discard_draft(self, key: str) -> bool:
        """Remove a draft; whether there was one (nothing is written when there was none)."""
        if self.conn.execute("SELECT 1 FROM drafts WHERE key = ?", (key,)).fetchone() is None:
            return False
        with self._transaction():
            self.conn.execute("DELETE FROM drafts WHERE key = ?", (key,))
        return True
