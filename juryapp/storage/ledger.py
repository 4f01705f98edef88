"""The ledger: a hash chain over every row of a session file, one link per transaction.

Triggers note each row inserted, updated or deleted in `ledger_pending`; when juryapp commits a
transaction, `link` hashes those rows and appends a link whose `chain` is
sha256(previous chain + this link's body). The audit rows are rows like any other, so the audit
log is chained with the records it describes.

`verify_ledger` replays the chain and compares it with the rows in the file: a row changed,
added or removed outside juryapp (with the `sqlite3` tool, triggers dropped or not), or a link
rewritten, is found and named. The chain has no key: someone who rewrites it whole, with
juryapp's own code, is not caught here; the sign-off seal (signed with the centre's key, in the
application layer) is what vouches for the decisions themselves.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass

from juryapp.storage.common import TABLE_LABELS

GENESIS = hashlib.sha256(b"juryapp.ledger/1").hexdigest()


# Tables that are bookkeeping of the chain itself, not records it vouches for.
UNCHAINED_TABLES = ("ledger", "ledger_pending")


def chained_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables whose every row the ledger vouches for: all but SQLite's own and the ledger's."""
    return [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not row[0].startswith("sqlite_") and row[0] not in UNCHAINED_TABLES
    ]


def row_hash(table: str, rowid: int, values: tuple) -> str:
    """The short hash of one row: table, rowid and every column's value in declaration order."""
    text = f"{table}\x1f{rowid}\x1f{values!r}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _chain(previous: str, body: str) -> str:
    return hashlib.sha256((previous + body).encode("utf-8")).hexdigest()


def _select_row(conn: sqlite3.Connection, table: str, rowid: int) -> tuple | None:
    row = conn.execute(f'SELECT * FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
    return tuple(row) if row is not None else None


def link(conn: sqlite3.Connection, *, rebase: str | None = None, at: str | None = None) -> bool:
    """Append the link of the rows changed since the last one (inside the caller's transaction).

    `rebase` (a note): vouch for every row as it stands (a migration rewrites rows). Returns
    whether a link was written.
    """
    if rebase is None:
        pending = conn.execute("SELECT tbl, rid FROM ledger_pending ORDER BY tbl, rid").fetchall()
        if not pending:
            return False
        records = []
        for table, rowid in pending:
            values = _select_row(conn, table, rowid)
            records.append([table, rowid, row_hash(table, rowid, values) if values is not None else None])
        content: dict = {"records": records}
    else:
        records = [
            [table, row[0], row_hash(table, row[0], tuple(row[1:]))]
            for table in chained_tables(conn)
            for row in conn.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid')
        ]
        content = {"rebase": rebase, "records": records}
    stamp = at or dt.datetime.now().isoformat(timespec="seconds")
    body = json.dumps({"at": stamp, **content}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    last = conn.execute("SELECT chain FROM ledger ORDER BY id DESC LIMIT 1").fetchone()
    conn.execute(
        "INSERT INTO ledger (at, body, chain) VALUES (?, ?, ?)",
        (stamp, body, _chain(last[0] if last else GENESIS, body)),
    )
    conn.execute("DELETE FROM ledger_pending")
    return True


@dataclass(frozen=True, slots=True)
class LedgerProblem:
    """One thing the chain says is wrong, with where."""

    table: str | None
    rowid: int | None
    text: str


def _where(conn: sqlite3.Connection, table: str, rowid: int) -> str:
    label = TABLE_LABELS.get(table, f"table {table}")
    try:
        row = conn.execute(f'SELECT * FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
    except sqlite3.Error:
        row = None
    who = ""
    if row is not None and "candidate" in row.keys() and row["candidate"]:
        who = f", candidat {row['candidate']}"
    return f"{label} n° {rowid}{who} (table {table})"


def head(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """The last link's id and chain, None when the file has no ledger yet."""
    row = conn.execute("SELECT id, chain FROM ledger ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else None


def verify_ledger(conn: sqlite3.Connection, limit: int = 50) -> list[LedgerProblem]:
    """What the chain finds wrong in the file, at most `limit` problems (empty: sound)."""
    problems: list[LedgerProblem] = []
    expected: dict[tuple[str, int], str | None] = {}
    previous = GENESIS
    for link_id, at, body, chain in conn.execute("SELECT id, at, body, chain FROM ledger ORDER BY id"):
        if _chain(previous, body) != chain:
            problems.append(LedgerProblem("ledger", link_id, f"maillon n° {link_id} du {at} de la chaîne altéré"))
        previous = chain
        try:
            content = json.loads(body)
        except ValueError:
            problems.append(LedgerProblem("ledger", link_id, f"maillon n° {link_id} de la chaîne illisible"))
            continue
        if "rebase" in content:
            expected = {}
        for table, rowid, digest in content.get("records", []):
            expected[(table, rowid)] = digest
    # Rows noted by the triggers but never linked: written outside juryapp's transactions.
    pending = {(table, rowid) for table, rowid in conn.execute("SELECT tbl, rid FROM ledger_pending")}
    for table in chained_tables(conn):
        for row in conn.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid'):
            rowid = row[0]
            digest = expected.pop((table, rowid), "absent")
            if digest == row_hash(table, rowid, tuple(row[1:])) and (table, rowid) not in pending:
                continue
            what = "ajouté hors de juryapp" if digest in ("absent", None) else "modifié hors de juryapp"
            problems.append(LedgerProblem(table, rowid, f"{_where(conn, table, rowid)} : {what}"))
            if len(problems) >= limit:
                return problems
    for (table, rowid), digest in sorted(expected.items()):
        if digest is not None:
            label = TABLE_LABELS.get(table, f"table {table}")
            problems.append(
                LedgerProblem(table, rowid, f"{label} n° {rowid} (table {table}) : supprimé hors de juryapp")
            )
            if len(problems) >= limit:
                break
    return problems[:limit]
