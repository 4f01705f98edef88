"""The centre archive's schema and its migrations, one transaction per step.

The first table, `archive_meta`, holds `schema_version`; `PRAGMA user_version` mirrors it and
`PRAGMA application_id` marks the file as a juryapp centre archive (not a session file).

What the archive keeps, per session taken back (or handed off):
- `sessions`: the session's public facts (ref, title, kind, centre, place, dates, sign-off), the
  document as last taken back, when it was purged;
- `handoffs`: each hand-off to the jury, with the session document as sent (the base of a
  three-way comparison) and as returned, and their SHA-256;
- `candidates`: the people of each session (one row per session and candidate: purging a session
  removes exactly its rows), with their folded identity keys (DOMAIN.md §6);
- `holdings`: what each of them obtained in that session, or declared holding before it;
- `session_counts`: anonymous counts, written at take-back and kept by the purge;
- `audit`: who did what when (append-only; never a candidate's name).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from juryapp.errors import BadInput

ARCHIVE_APPLICATION_ID = 0x4A415243  # "JARC"

_V1 = [
    "CREATE TABLE archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE sessions (
        ref TEXT PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL, centre TEXT NOT NULL,
        place TEXT NOT NULL, start TEXT, "end" TEXT, signed_off_at TEXT,
        taken_back_at TEXT, taken_back_by TEXT, document TEXT, purged_at TEXT
    )""",
    """CREATE TABLE handoffs (
        id TEXT PRIMARY KEY, session_ref TEXT NOT NULL REFERENCES sessions(ref),
        sent_at TEXT NOT NULL, sent_by TEXT NOT NULL, base_document TEXT, base_sha256 TEXT NOT NULL,
        returned_at TEXT, returned_by TEXT, returned_document TEXT, returned_sha256 TEXT, purged_at TEXT
    )""",
    "CREATE INDEX handoffs_session ON handoffs (session_ref)",
    """CREATE TABLE candidates (
        id INTEGER PRIMARY KEY, session_ref TEXT NOT NULL REFERENCES sessions(ref),
        ref TEXT NOT NULL, last_name TEXT NOT NULL, first_name TEXT NOT NULL, usage_name TEXT NOT NULL,
        birth_date TEXT, birth_place TEXT NOT NULL,
        last_key TEXT NOT NULL, first_key TEXT NOT NULL, usage_key TEXT NOT NULL,
        attendance TEXT NOT NULL CHECK (attendance IN ('present', 'absent', 'excused')),
        UNIQUE (session_ref, ref)
    )""",
    "CREATE INDEX candidates_identity ON candidates (last_key, first_key, birth_date)",
    "CREATE INDEX candidates_usage ON candidates (usage_key, first_key, birth_date)",
    """CREATE TABLE holdings (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('ccp', 'title', 'ccs')),
        title TEXT NOT NULL, code TEXT NOT NULL, obtained_on TEXT,
        declared INTEGER NOT NULL CHECK (declared IN (0, 1)), origin TEXT NOT NULL
    )""",
    "CREATE INDEX holdings_candidate ON holdings (candidate_id)",
    """CREATE TABLE session_counts (
        session_ref TEXT PRIMARY KEY REFERENCES sessions(ref),
        candidates INTEGER NOT NULL, present INTEGER NOT NULL,
        titles_awarded INTEGER NOT NULL, ccs_awarded INTEGER NOT NULL, ccps_obtained TEXT NOT NULL
    )""",
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL
    )""",
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'juryapp: audit is append-only'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'juryapp: audit is append-only'); END",
]


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    """The first schema: sessions, hand-offs, people, holdings, counts, audit."""
    conn.execute(f"PRAGMA application_id = {ARCHIVE_APPLICATION_ID}")
    for statement in _V1:
        conn.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_to_1]


def schema_version() -> int:
    """The schema this version of juryapp writes (read at call time: tests add steps)."""
    return len(MIGRATIONS)


def stored_version(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of an open archive (0: an empty file); BadInput when it is not an
    archive this version can read."""
    try:
        application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        raise BadInput("ce n'est pas une archive de centre juryapp (fichier illisible)", file=path) from None
    if application_id == 0 and version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables == 0:
            return 0
    if application_id != ARCHIVE_APPLICATION_ID:
        raise BadInput("fichier SQLite qui n'est pas une archive de centre juryapp", file=path)
    if version > schema_version():
        raise BadInput(
            f"archive écrite par une version plus récente de juryapp (schéma {version} ; cette "
            f"version lit jusqu'au schéma {schema_version()}) : mettez juryapp à jour",
            file=path,
        )
    stored = conn.execute("SELECT value FROM archive_meta WHERE key = 'schema_version'").fetchone()
    if stored is None or int(stored[0]) != version:
        raise BadInput("archive incohérente (version de schéma)", file=path)
    return version


def migrate(conn: sqlite3.Connection, current: int, backup: Callable[[], object] | None = None) -> None:
    """Bring the schema from `current` to `schema_version()`, one committed transaction per step.

    `backup` runs once before the first step of an existing archive (not a new one). An
    interrupted migration leaves the file at the last completed version.
    """
    target = schema_version()
    if current >= target:
        return
    if current > 0 and backup is not None:
        backup()
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(
                "INSERT INTO archive_meta (key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(version),),
            )
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back itself (a full disk)
                conn.execute("ROLLBACK")
            raise
