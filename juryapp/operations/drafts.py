"""Drafts: what a panel holds that is not recorded yet, kept so that nothing typed is lost
(issue 12). A panel saves its draft when the user leaves it (another candidate, another file,
quitting) and shows it on return; recording the entry, or dropping it on purpose, removes it.

A draft decides nothing and appears in no document nor export (storage/drafts.py). A read-only
file keeps no draft: `save` then returns False and the panel must ask before dropping the entry.
"""

from __future__ import annotations

from typing import Any

from juryapp.errors import JuryError
from juryapp.storage.drafts import Draft
from juryapp.storage.store import SessionStore

__all__ = ["Draft", "discard", "drafts_of", "key", "save"]


def key(panel: str, candidate: str, *parts: str) -> str:
    """The key of a draft: the panel, the candidate, and what in the panel (a CCP, a cell…)."""
    return ":".join((panel, candidate, *parts))


def save(
    store: SessionStore, draft_key: str, content: dict[str, Any], *, candidate: str, actor: str | None = None
) -> bool:
    """Keep `content` as the draft `draft_key`; False when it could not be kept (read-only file,
    the environment failing): the caller then asks before dropping what was typed."""
    if store.read_only:
        return False
    try:
        store.save_draft(draft_key, content, candidate=candidate, actor=actor)
    except JuryError:
        return False
    return True


def drafts_of(store: SessionStore, candidate: str) -> dict[str, Draft]:
    """The drafts kept for `candidate`, by key."""
    return store.drafts(candidate)


def discard(store: SessionStore, draft_key: str) -> None:
    """Drop a draft (recorded, or given up on purpose); nothing happens when there is none or the
    file is read-only."""
    if store.read_only:
        return
    try:
        store.discard_draft(draft_key)
    except JuryError:
        pass  # the draft stays; shown again on return, which loses nothing
