"""The session file's schema and its migrations, one transaction per step.

The first table, `juryapp_meta`, holds `schema_version`; `PRAGMA user_version` mirrors it
and `PRAGMA application_id` marks the file as a juryapp session, so both can be read from
the file header without opening it as a database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from juryapp.errors import BadInput, os_error_text
from juryapp.storage.ledger import chained_tables, link, verify_ledger

APPLICATION_ID = 0x4A555259  # "JURY"
SQLITE_MAGIC = b"SQLite format 3\x00"

# Tables whose rows are versions: appended, never updated nor deleted.
VERSIONED_TABLES = (
    "attendance",
    "evaluations",
    "results",
    "final_interviews",
    "title_decisions",
    "ccs_decisions",
)

_VERSION_COLUMNS = """
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    amends INTEGER
"""

_V1 = f"""
CREATE TABLE juryapp_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE referentiels (code TEXT PRIMARY KEY, document TEXT NOT NULL);
CREATE TABLE session (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    ref TEXT NOT NULL, title TEXT NOT NULL REFERENCES referentiels(code),
    kind TEXT NOT NULL CHECK (kind IN ('titre', 'ccp', 'ccs')),
    ccps TEXT NOT NULL, ccs TEXT, centre TEXT NOT NULL, place TEXT NOT NULL,
    start TEXT NOT NULL, "end" TEXT NOT NULL
);
CREATE TABLE candidates (
    ref TEXT PRIMARY KEY, position INTEGER NOT NULL,
    last_name TEXT NOT NULL, first_name TEXT NOT NULL, birth_date TEXT, birth_place TEXT NOT NULL,
    pathway TEXT NOT NULL, from_training INTEGER NOT NULL, vae_admissibility_date TEXT,
    experience_months INTEGER NOT NULL, professional_dossier INTEGER NOT NULL,
    ecf TEXT NOT NULL, prior_ccps TEXT NOT NULL, held_titles TEXT NOT NULL
);
CREATE TABLE jurors (
    ref TEXT PRIMARY KEY, position INTEGER NOT NULL,
    last_name TEXT NOT NULL, first_name TEXT NOT NULL, habilitation_until TEXT
);
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY, juror TEXT NOT NULL REFERENCES jurors(ref),
    candidate TEXT NOT NULL REFERENCES candidates(ref), kind TEXT NOT NULL, note TEXT NOT NULL
);
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY, candidate TEXT NOT NULL REFERENCES candidates(ref),
    attendance TEXT NOT NULL CHECK (attendance IN ('present', 'absent', 'excused')),
    {_VERSION_COLUMNS}
);
CREATE TABLE evaluations (
    id INTEGER PRIMARY KEY, candidate TEXT NOT NULL REFERENCES candidates(ref),
    competency TEXT NOT NULL, assessment TEXT NOT NULL, observation TEXT NOT NULL,
    {_VERSION_COLUMNS}
);
CREATE TABLE results (
    id INTEGER PRIMARY KEY, candidate TEXT NOT NULL REFERENCES candidates(ref),
    ccp TEXT NOT NULL, decision TEXT NOT NULL CHECK (decision IN ('acquis', 'non_acquis')),
    jurors TEXT NOT NULL, justification TEXT NOT NULL,
    {_VERSION_COLUMNS}
);
CREATE TABLE final_interviews (
    id INTEGER PRIMARY KEY, candidate TEXT NOT NULL REFERENCES candidates(ref),
    held_on TEXT, jurors TEXT NOT NULL, notes TEXT NOT NULL,
    {_VERSION_COLUMNS}
);
CREATE TABLE title_decisions (
    id INTEGER PRIMARY KEY, candidate TEXT NOT NULL REFERENCES candidates(ref),
    decision TEXT NOT NULL CHECK (decision IN ('awarded', 'not_awarded')),
    jurors TEXT NOT NULL, justification TEXT NOT NULL,
    {_VERSION_COLUMNS}
);
CREATE TABLE ccs_decisions (
    id INTEGER PRIMARY KEY, candidate TEXT NOT NULL REFERENCES candidates(ref),
    decision TEXT NOT NULL CHECK (decision IN ('awarded', 'not_awarded')),
    jurors TEXT NOT NULL, justification TEXT NOT NULL,
    {_VERSION_COLUMNS}
);
CREATE TABLE revocations (
    id INTEGER PRIMARY KEY, record_table TEXT NOT NULL, record_id INTEGER NOT NULL,
    revoked_at TEXT NOT NULL, revoked_by TEXT NOT NULL, reason TEXT NOT NULL CHECK (trim(reason) <> ''),
    UNIQUE (record_table, record_id)
);
CREATE TABLE sign_offs (
    id INTEGER PRIMARY KEY, signed_at TEXT NOT NULL, jurors TEXT NOT NULL, recorded_by TEXT NOT NULL
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    record_table TEXT, record_id INTEGER, detail TEXT NOT NULL
);
CREATE INDEX attendance_key ON attendance (candidate);
CREATE INDEX evaluations_key ON evaluations (candidate, competency, assessment);
CREATE INDEX results_key ON results (candidate, ccp);
CREATE INDEX final_interviews_key ON final_interviews (candidate);
CREATE INDEX title_decisions_key ON title_decisions (candidate);
CREATE INDEX ccs_decisions_key ON ccs_decisions (candidate);
"""


def _append_only_triggers() -> list[str]:
    """Versions and the audit trail cannot be rewritten; a signed-off session only takes amendments."""
    sql = []
    for table in (*VERSIONED_TABLES, "revocations", "sign_offs", "audit"):
        sql.append(
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, 'juryapp: {table} is append-only'); END;"
        )
        sql.append(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, 'juryapp: {table} is append-only'); END;"
        )
    for table in VERSIONED_TABLES:
        sql.append(
            f"CREATE TRIGGER {table}_locked BEFORE INSERT ON {table} "
            f"WHEN NEW.amends IS NULL AND EXISTS (SELECT 1 FROM sign_offs) "
            f"BEGIN SELECT RAISE(ABORT, 'juryapp: session signed off'); END;"
        )
    for table in ("candidates", "jurors", "conflicts", "session", "referentiels"):
        for event in ("INSERT", "UPDATE", "DELETE"):
            sql.append(
                f"CREATE TRIGGER {table}_locked_{event.lower()} BEFORE {event} ON {table} "
                f"WHEN EXISTS (SELECT 1 FROM sign_offs) "
                f"BEGIN SELECT RAISE(ABORT, 'juryapp: session signed off'); END;"
            )
    return sql


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    statements = [s for s in _V1.split(";") if s.strip()] + _append_only_triggers()
    for statement in statements:
        conn.execute(statement)


_V2 = [
    """CREATE TABLE issued_documents (
        id INTEGER PRIMARY KEY, kind TEXT NOT NULL, candidate TEXT REFERENCES candidates(ref),
        short_code TEXT NOT NULL UNIQUE, content TEXT NOT NULL, sha256 TEXT NOT NULL,
        issued_at TEXT NOT NULL, issued_by TEXT NOT NULL,
        original_id INTEGER REFERENCES issued_documents(id)
    )""",
    "CREATE INDEX issued_documents_key ON issued_documents (kind, candidate)",
    "CREATE TRIGGER issued_documents_no_update BEFORE UPDATE ON issued_documents "
    "BEGIN SELECT RAISE(ABORT, 'juryapp: issued_documents is append-only'); END",
    "CREATE TRIGGER issued_documents_no_delete BEFORE DELETE ON issued_documents "
    "BEGIN SELECT RAISE(ABORT, 'juryapp: issued_documents is append-only'); END",
]


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    """Issued documents: the content and hash of every final document printed."""
    for statement in _V2:
        conn.execute(statement)


def _append_only(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
        f"BEGIN SELECT RAISE(ABORT, 'juryapp: {table} is append-only'); END",
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
        f"BEGIN SELECT RAISE(ABORT, 'juryapp: {table} is append-only'); END",
    ]


def _locked_after_sign_off(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_locked_{event.lower()} BEFORE {event} ON {table} "
        f"WHEN EXISTS (SELECT 1 FROM sign_offs) "
        f"BEGIN SELECT RAISE(ABORT, 'juryapp: session signed off'); END"
        for event in ("INSERT", "UPDATE", "DELETE")
    ]


_V3 = [
    # DOMAIN.md second edition: nom d'usage, the CCPs each candidate sits in a session CCP.
    "ALTER TABLE candidates ADD COLUMN usage_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE candidates ADD COLUMN ccps TEXT",
    # Who delivers the documents: versions, the newest current; not a decision of the jury, so
    # it can still be completed after sign-off (a final document cannot be printed without it).
    """CREATE TABLE issuer (
        id INTEGER PRIMARY KEY, authority TEXT NOT NULL, place TEXT NOT NULL,
        signatory TEXT NOT NULL, role TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL
    )""",
    *_append_only("issuer"),
    # The épreuves placed in rooms and time slots (convocations, émargement, JUROR_CONFLICT).
    """CREATE TABLE schedule (
        id INTEGER PRIMARY KEY, candidate TEXT NOT NULL REFERENCES candidates(ref),
        assessment TEXT NOT NULL, ccp TEXT, room TEXT NOT NULL, start TEXT NOT NULL, "end" TEXT NOT NULL,
        jurors TEXT NOT NULL
    )""",
    "CREATE INDEX schedule_key ON schedule (candidate)",
    *_locked_after_sign_off("schedule"),
    # Sign-off confirmations (blocked candidates, unverified data), DOMAIN.md §7.
    "ALTER TABLE sign_offs ADD COLUMN confirmations TEXT NOT NULL DEFAULT '[]'",
    # A revocation after sign-off is named by jurors and lists the outcomes it changes.
    "ALTER TABLE revocations ADD COLUMN jurors TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE revocations ADD COLUMN outcomes TEXT NOT NULL DEFAULT '[]'",
    # The register (DOMAIN.md §8): the key that sealed each document, its duplicata number and
    # the date printed on it; the keys that sealed documents of this session; cancellations.
    "ALTER TABLE issued_documents ADD COLUMN key_fingerprint TEXT",
    "ALTER TABLE issued_documents ADD COLUMN duplicate_number INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE issued_documents ADD COLUMN dated TEXT",
    "ALTER TABLE issued_documents ADD COLUMN file_name TEXT",
    """CREATE TABLE seal_keys (
        fingerprint TEXT PRIMARY KEY, public_key TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL
    )""",
    *_append_only("seal_keys"),
    """CREATE TABLE issued_cancellations (
        id INTEGER PRIMARY KEY, issued_id INTEGER NOT NULL UNIQUE REFERENCES issued_documents(id),
        cancelled_at TEXT NOT NULL, cancelled_by TEXT NOT NULL, reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        revocation_id INTEGER REFERENCES revocations(id)
    )""",
    *_append_only("issued_cancellations"),
]


def _migrate_to_3(conn: sqlite3.Connection) -> None:
    """DOMAIN.md second edition: usage names, per-candidate CCPs, issuer, schedule, confirmations, register."""
    for statement in _V3:
        conn.execute(statement)


def _ledger_triggers(table: str) -> list[str]:
    """Every insert, update and delete on `table` is noted, to be hashed into the transaction's link."""

    def note(row: str) -> str:
        # No « OR IGNORE »: an outer statement's conflict clause (an upsert) would override it.
        return (
            f"INSERT INTO ledger_pending SELECT '{table}', {row}.rowid WHERE NOT EXISTS "
            f"(SELECT 1 FROM ledger_pending WHERE tbl = '{table}' AND rid = {row}.rowid);"
        )

    return [
        f"CREATE TRIGGER {table}_ledger_insert AFTER INSERT ON {table} BEGIN {note('NEW')} END",
        f"CREATE TRIGGER {table}_ledger_update AFTER UPDATE ON {table} BEGIN {note('OLD')} {note('NEW')} END",
        f"CREATE TRIGGER {table}_ledger_delete AFTER DELETE ON {table} BEGIN {note('OLD')} END",
    ]


def _migrate_to_4(conn: sqlite3.Connection) -> None:
    """Tamper evidence: a hash-chained ledger of every record and audit row; sign-off seals."""
    conn.execute(
        """CREATE TABLE sign_off_seals (
            id INTEGER PRIMARY KEY, sign_off_id INTEGER NOT NULL REFERENCES sign_offs(id),
            digest TEXT NOT NULL, fingerprint TEXT NOT NULL, public_key TEXT NOT NULL, signature TEXT NOT NULL,
            sealed_at TEXT NOT NULL, sealed_by TEXT NOT NULL, reason TEXT NOT NULL
        )"""
    )
    for statement in _append_only("sign_off_seals"):
        conn.execute(statement)
    conn.execute(
        "CREATE TABLE ledger (id INTEGER PRIMARY KEY, at TEXT NOT NULL, body TEXT NOT NULL, chain TEXT NOT NULL)"
    )
    for statement in _append_only("ledger"):
        conn.execute(statement)
    conn.execute(
        "CREATE TABLE ledger_pending (tbl TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (tbl, rid)) WITHOUT ROWID"
    )
    for table in chained_tables(conn):
        for statement in _ledger_triggers(table):
            conn.execute(statement)


_V5 = [
    # The secretary prepares the session in the file (issue 11): candidates and jurors are edited
    # before sign-off (never after: schema 1's triggers); a candidate removed is kept, marked, so
    # that their history stays.
    "ALTER TABLE candidates ADD COLUMN removed TEXT",
    # The rooms the schedule places épreuves in, with their hours.
    """CREATE TABLE rooms (
        name TEXT PRIMARY KEY, position INTEGER NOT NULL, opens TEXT NOT NULL, closes TEXT NOT NULL
    )""",
    *_locked_after_sign_off("rooms"),
    # Each hand-off of the file between the secretariat and the jury (`juryapp package`).
    """CREATE TABLE handoffs (
        id INTEGER PRIMARY KEY, handoff TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('vers_jury', 'vers_secretariat')),
        at TEXT NOT NULL, by TEXT NOT NULL, note TEXT NOT NULL DEFAULT ''
    )""",
    *_append_only("handoffs"),
]


def _migrate_to_5(conn: sqlite3.Connection) -> None:
    """The secretary's preparation: candidates removed, people locked at sign-off, rooms, hand-offs."""
    for statement in _V5:
        conn.execute(statement)
    for table in ("rooms", "handoffs"):
        for statement in _ledger_triggers(table):
            conn.execute(statement)


_V6 = [
    # The jury's grid (issue 12): a mark per competency and épreuve, the dated observations.
    "ALTER TABLE evaluations ADD COLUMN mark TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE evaluations ADD COLUMN entries TEXT NOT NULL DEFAULT '[]'",
    # The entretien final's timer: when it started and ended, how long it ran.
    "ALTER TABLE final_interviews ADD COLUMN started_at TEXT",
    "ALTER TABLE final_interviews ADD COLUMN ended_at TEXT",
    "ALTER TABLE final_interviews ADD COLUMN duration_seconds INTEGER",
    # What was being typed and not yet recorded (a draft per panel and candidate): kept across a
    # quit, shown on return; not a decision, so it can be replaced and removed.
    """CREATE TABLE drafts (
        key TEXT PRIMARY KEY, candidate TEXT, content TEXT NOT NULL, saved_at TEXT NOT NULL, saved_by TEXT NOT NULL
    )""",
]


def _migrate_to_6(conn: sqlite3.Connection) -> None:
    """The jury's workspace: marks and dated observations, the interview's timer, drafts."""
    for statement in _V6:
        conn.execute(statement)
    for statement in _ledger_triggers("drafts"):
        conn.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _migrate_to_1,
    _migrate_to_2,
    _migrate_to_3,
    _migrate_to_4,
    _migrate_to_5,
    _migrate_to_6,
]
# From this version on, every transaction adds a link to the ledger (juryapp.storage.ledger).
LEDGER_SINCE = 4
SCHEMA_VERSION = len(MIGRATIONS)


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) read from the file header, without opening a database."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise BadInput("fichier introuvable", file=path) from None
    except IsADirectoryError:
        raise BadInput("c'est un dossier, pas un fichier de session", file=path) from None
    except OSError as exc:
        raise BadInput(f"lecture impossible : {os_error_text(exc)}", file=path) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise BadInput("ce n'est pas un fichier de session juryapp (.jury)", file=path)
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    return application_id, user_version


def check_session_file(path: Path) -> int:
    """The schema version of a session file; BadInput when it is not one this version can read."""
    application_id, version = read_header(path)
    if application_id != APPLICATION_ID:
        raise BadInput("fichier SQLite qui n'est pas un fichier de session juryapp (.jury)", file=path)
    if version == 0:
        raise BadInput("fichier de session incomplet (aucun schéma) : il n'a pas été créé par juryapp", file=path)
    if version > SCHEMA_VERSION:
        raise BadInput(
            f"fichier écrit par une version plus récente de juryapp (schéma {version} ; cette "
            f"version lit jusqu'au schéma {SCHEMA_VERSION}) : mettez juryapp à jour",
            file=path,
        )
    return version


def migrate(
    conn: sqlite3.Connection,
    path: Path | None,
    current: int,
    target: int = SCHEMA_VERSION,
    backup: Callable[[], Path | None] | None = None,
) -> Path | None:
    """Bring the schema to SCHEMA_VERSION; `backup` copies an existing file aside before the first step.

    Returns the backup's path, if one was made. Each step commits on its own, so an
    interrupted migration leaves the file at the last completed version. Once the ledger
    exists, each step ends with a link that re-vouches for every row (a migration rewrites
    rows), noting what the chain said was wrong before it.
    """
    saved = None
    if current >= target:
        return None
    if current > 0 and path is not None and backup is not None:
        saved = backup()
    for version in range(current + 1, target + 1):
        before = verify_ledger(conn) if version - 1 >= LEDGER_SINCE else None
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(
                "INSERT INTO juryapp_meta (key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(version),),
            )
            conn.execute(f"PRAGMA user_version = {version}")
            if version >= LEDGER_SINCE:
                note = f"migration vers le schéma {version}"
                if before:
                    note += " ; la chaîne signalait avant : " + " ; ".join(p.text for p in before[:20])
                elif version == LEDGER_SINCE and current > 0:
                    note += " ; rien n'était chaîné avant ce schéma"
                link(conn, rebase=note)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back itself (a full disk)
                conn.execute("ROLLBACK")
            raise
    return saved
