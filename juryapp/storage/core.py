"""The core of an open session file: its connection, transactions, audit rows and header."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from juryapp.errors import JuryError, SessionLocked
from juryapp.model import Candidate, Issuer, Juror, Referentiel, SessionData, SessionInfo
from juryapp.storage.common import Clock, _now_text, system_now


class StoreCore:
    """The state and transaction machinery that every part of `SessionStore` builds on."""

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock | None = None) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.clock: Clock = clock or system_now
        self.migration_backup: Path | None = None
        self._referentiels: dict[str, Referentiel] | None = None
        self._writes = 0
        self._snapshot: tuple[tuple[int, int], SessionData] | None = None
        self._people: tuple[int, tuple[tuple[Juror, ...], tuple[Candidate, ...]]] | None = None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._writes += 1
        try:
            with self.db.atomic():
                yield
        except sqlite3.IntegrityError as exc:
            if "signed off" in str(exc):
                raise SessionLocked(
                    "la session est close : toute modification passe par une révocation motivée",
                    file=self.path,
                ) from None
            raise JuryError(f"{self.path} : écriture refusée ({exc})") from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one transaction: all of them or none."""
        with self._transaction():
            yield

    def _audit(self, actor: str, action: str, table: str | None, row_id: int | None, detail: dict) -> None:
        self.db.table("audit").insert(
            {
                "at": _now_text(self.clock),
                "actor": actor,
                "action": action,
                "record_table": table,
                "record_id": row_id,
                "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True),
            }
        )

    @property
    def is_locked(self) -> bool:
        return self.conn.execute("SELECT 1 FROM sign_offs LIMIT 1").fetchone() is not None

    def issuer(self) -> Issuer:
        """Who delivers the documents: the newest version recorded (empty when none)."""
        row = self.conn.execute("SELECT * FROM issuer ORDER BY id DESC LIMIT 1").fetchone()
        return Issuer(*(row[name] for name in Issuer.FIELDS)) if row else Issuer()

    def session_info(self) -> SessionInfo:
        row = self.conn.execute("SELECT * FROM session WHERE id = 1").fetchone()
        return SessionInfo(
            ref=row["ref"],
            title=row["title"],
            kind=row["kind"],
            ccps=tuple(json.loads(row["ccps"])),
            ccs=row["ccs"],
            centre=row["centre"],
            place=row["place"],
            start=dt.date.fromisoformat(row["start"]),
            end=dt.date.fromisoformat(row["end"]),
            issuer=self.issuer(),
        )
