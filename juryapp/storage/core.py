"""The core of an open session file: its connection, transactions, audit rows and header."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from juryapp.errors import BadInput, JuryError, SessionLocked
from juryapp.model import Issuer, Referentiel, SessionInfo
from juryapp.storage.common import (
    CURRENT_COLUMNS,
    VERSION_KEYS,
    Clock,
    SnapshotCache,
    _now_text,
    current_value,
    system_now,
)
from juryapp.storage.ledger import link
from juryapp.storage.lock import Holder, SharedLock

if TYPE_CHECKING:
    import sqlite_utils


def _stored(value: Any) -> Any:
    """A value as sqlite-utils stores it: lists and dicts as JSON text, dates as ISO text."""
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, default=repr, ensure_ascii=False)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


class ReadOnlyFile(BadInput):
    """A change was asked of a session file opened read-only (exit 2): the message says why."""


def sqlite_failure(exc: sqlite3.Error, path: Path) -> JuryError:
    """SQLite's English error as one French line naming the file: environment (1) or bad input (2)."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return JuryError(f"{path} : plus de place sur le disque : rien n'a été enregistré")
    if "readonly" in text or "read-only" in text:
        return ReadOnlyFile("fichier en lecture seule : rien n'a été enregistré", file=path)
    if "locked" in text or "busy" in text:
        return BadInput("fichier occupé par un autre programme : rien n'a été enregistré", file=path)
    if "disk i/o" in text:
        return JuryError(f"{path} : erreur d'entrée-sortie du support : rien n'a été enregistré")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return BadInput("fichier de session endommagé", file=path)
    return JuryError(f"{path} : écriture impossible (SQLite : {exc})")


class StoreCore:
    """The state and transaction machinery that every part of `SessionStore` builds on."""

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock | None = None) -> None:
        self.path = path
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self.clock: Clock = clock or system_now
        self.migration_backup: Path | None = None
        self._referentiels: dict[str, Referentiel] | None = None
        self._writes = 0
        # The current state as last read, patched by this connection's writes (see `snapshot`).
        self._cache: SnapshotCache | None = None
        # Opened read-only: why (a read-only file or medium, another holder, a request); None when writable.
        self.read_only_reason: str | None = None
        self.holder: Holder | None = None  # who holds the write lock, when that made this copy read-only
        self.lock: SharedLock | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the connection, made on the first write that needs it (its import and
        plugin loading weigh on the window's start-up)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.read_only_reason is not None:
            raise ReadOnlyFile(
                f"fichier ouvert en lecture seule ({self.read_only_reason}) : rien n'a été enregistré", file=self.path
            )
        self._writes += 1
        outermost = not self.conn.in_transaction
        try:
            with self._atomic(outermost):
                yield
                if outermost:
                    link(self.conn, at=_now_text(self.clock))
        except sqlite3.IntegrityError as exc:
            self._cache = None  # rolled back, in part or whole: the state is read again
            if "signed off" in str(exc):
                raise SessionLocked(
                    "la session est close : toute modification passe par une révocation motivée",
                    file=self.path,
                ) from None
            raise JuryError(f"{self.path} : écriture refusée ({exc})") from None
        except sqlite3.OperationalError as exc:
            self._cache = None
            raise sqlite_failure(exc, self.path) from None
        except BaseException:
            self._cache = None
            raise

    @contextmanager
    def _atomic(self, outermost: bool) -> Iterator[None]:
        """A transaction (a savepoint when nested). SQLite may already have rolled it back itself
        (a full disk): the original error is the one raised, never « no transaction is active »."""
        name = f"juryapp_{self._writes}"
        self.conn.execute("BEGIN IMMEDIATE" if outermost else f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK" if outermost else f"ROLLBACK TO {name}")
                if not outermost:
                    self.conn.execute(f"RELEASE {name}")
            raise
        self.conn.execute("COMMIT" if outermost else f"RELEASE {name}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one transaction: all of them or none."""
        with self._transaction():
            yield

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert one row (the caller holds the transaction); its rowid. Lists, dicts and dates
        are stored as sqlite-utils stores them (JSON text, ISO text)."""
        columns = ", ".join(f'"{name}"' for name in values)
        marks = ", ".join("?" * len(values))
        cursor = self.conn.execute(
            f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', [_stored(v) for v in values.values()]
        )
        return int(cursor.lastrowid or 0)

    def _audit(self, actor: str, action: str, table: str | None, row_id: int | None, detail: dict) -> None:
        self.conn.execute(
            "INSERT INTO audit (at, actor, action, record_table, record_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
            (
                _now_text(self.clock),
                actor,
                action,
                table,
                row_id,
                json.dumps(detail, ensure_ascii=False, sort_keys=True),
            ),
        )

    # -- keeping the cached state up to date ----------------------------------------------------

    def _note_version(self, table: str, row_id: int) -> None:
        """The version `row_id` just appended to `table` is now current for its key."""
        cache = self._cache
        if cache is None or table in cache.stale:
            return
        cursor = self.conn.cursor()
        cursor.row_factory = None
        row = cursor.execute(
            f"SELECT {', '.join(CURRENT_COLUMNS[table])} FROM {table} WHERE id = ?", (row_id,)
        ).fetchone()
        if row is None:
            self._cache = None
            return
        cache.set_current(table, tuple(row[: len(VERSION_KEYS[table])]), current_value(table, row))

    def _note_stale(self, part: str) -> None:
        """A write changed `part` of the current state (a versioned table, "session", "sign_off")."""
        if self._cache is not None:
            self._cache.stale.add(part)

    def _forget(self) -> None:
        """A write changed the session in a way the cached state does not follow: read it all again."""
        self._cache = None

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
