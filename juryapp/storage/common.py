"""What the parts of the session store share: version keys, labels, small conversions, the connection."""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from juryapp.model import Confirmation

# The columns that identify what a version is a version of.
VERSION_KEYS: dict[str, tuple[str, ...]] = {
    "attendance": ("candidate",),
    "evaluations": ("candidate", "competency", "assessment"),
    "results": ("candidate", "ccp"),
    "final_interviews": ("candidate",),
    "title_decisions": ("candidate",),
    "ccs_decisions": ("candidate",),
}

TABLE_LABELS = {
    "attendance": "Présence",
    "evaluations": "Observation",
    "results": "Résultat de CCP",
    "final_interviews": "Entretien final",
    "title_decisions": "Décision sur le titre",
    "ccs_decisions": "Décision sur le CCS",
}

Clock = Callable[[], dt.datetime]


def system_now() -> dt.datetime:
    """This machine's time: the default clock of a session file (tests replace `_now`)."""
    return _now()


_now: Clock = dt.datetime.now


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system: still record something
        return "inconnu"


def _now_text(clock: Clock) -> str:
    return clock().isoformat(timespec="seconds")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@functools.lru_cache(maxsize=4096)
def _refs(text: str) -> tuple[str, ...]:
    """A JSON list of refs as a tuple; juror lists repeat, so they are decoded once."""
    return tuple(json.loads(text))


def _json_list(text: str) -> list[Any]:
    return [] if text == "[]" else json.loads(text)


@dataclass(frozen=True, slots=True)
class VersionRecord:
    """One version of a decision, observation or attendance, with its history."""

    table: str
    id: int
    candidate: str
    key: tuple[str, ...]
    values: dict[str, Any]
    recorded_at: str
    recorded_by: str
    reason: str
    amends: int | None
    revoked_at: str | None
    revoked_by: str | None
    revocation_reason: str | None
    current: bool

    @property
    def label(self) -> str:
        return TABLE_LABELS[self.table]


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def confirmation_rows(confirmations: tuple[Confirmation, ...]) -> list[dict[str, str]]:
    """Sign-off confirmations as stored in `sign_offs.confirmations` and in the audit."""
    return [{"subject": c.subject, "reference": c.reference, "by": c.by} for c in confirmations]
