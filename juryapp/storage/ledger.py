"""The ledger: a hash chain over every row of a session file, one link per transaction.

Triggers note each row inserted, updated or deleted in `ledger_pending`; when juryapp commits a
transaction, `link` hashes those rows and appends a link whose `chain` is
sha256(previous chain + this link's body). The audit rows are rows like any other, so the audit
log is chained with the records it describes.

A link's body lists `records`, one hash per row ([table, rowid, hash], the hash None for a row
deleted), and, for long runs of consecutive rows of one table (the rows of an import, of a
migration's re-vouching), `ranges`: [table, first rowid, count, hash of all those rows at once,
a short check of each row]. The range hash is what vouches for the rows; the short checks only
say which row differs once it no longer matches. Links without ranges are those of every
earlier version of juryapp, still read as they are.

`verify_ledger` replays the chain and compares it with the rows in the file: a row changed,
added or removed outside juryapp (with the `sqlite3` tool, triggers dropped or not), or a link
rewritten, is found and named. The chain has no key: someone who rewrites it whole, with
juryapp's own code, is not caught here; the sign-off seal (signed with the centre's key, in the
application layer) is what vouches for the decisions themselves.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import datetime as dt
import hashlib
import json
import sqlite3
import struct
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter, methodcaller

from juryapp.storage.common import TABLE_LABELS, paused_gc

GENESIS = hashlib.sha256(b"juryapp.ledger/1").hexdigest()


# Tables that are bookkeeping of the chain itself, not records it vouches for.
UNCHAINED_TABLES = ("ledger", "ledger_pending")

# A run of at least this many consecutive rows of one table is vouched for as one range.
RANGE_MIN = 32

# The rows noted since the last link, as runs of consecutive rowids of one table.
_PENDING_RUNS = """
    SELECT tbl, min(rid), count(*) FROM (
        SELECT tbl, rid, rid - row_number() OVER (PARTITION BY tbl ORDER BY rid) AS run FROM ledger_pending
    ) GROUP BY tbl, run ORDER BY tbl, min(rid)
"""
_TABLE_RUNS = """
    SELECT min(r), count(*) FROM (
        SELECT rowid AS r, rowid - row_number() OVER (ORDER BY rowid) AS run FROM "{table}"
    ) GROUP BY run ORDER BY 1
"""
_encode = methodcaller("encode", "utf-8", "surrogatepass")
_rowid = itemgetter(0)


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


# Rows encoded at once by `range_digest`: the text of a whole table is never held in memory.
DIGEST_CHUNK_ROWS = 1000


def range_digest(table: str, rows: list[tuple]) -> str | None:
    """The hash of consecutive rows (each: rowid, then every column in declaration order): the
    SHA-256 of the table's name and the rows' JSON list; None when a value has no JSON form (a
    blob: such rows are hashed one by one)."""
    size = DIGEST_CHUNK_ROWS
    return _digest_of(table, (rows[start : start + size] for start in range(0, len(rows), size)))


def _digest_of(table: str, batches: Iterable[list[tuple]]) -> str | None:
    """`range_digest` of the rows given a batch at a time: each batch's JSON text is the same bytes
    the whole list's text has there (`", "` between rows), so the digest is the one of the list
    in one piece, and the text of a whole table is never held in memory."""
    digest = hashlib.sha256(f"{table}\x1f[".encode("utf-8", "surrogatepass"))
    first = True
    try:
        for batch in batches:
            if not batch:
                continue
            text = json.dumps(batch, ensure_ascii=False)[1:-1]
            digest.update(((", " if not first else "") + text).encode("utf-8", "surrogatepass"))
            first = False
    except (TypeError, ValueError):
        return None
    digest.update(b"]")
    return digest.hexdigest()


def _row_checks(rows: list[tuple]) -> list[int]:
    """A short check of each row (CRC-32 of its text): where a range no longer matches, which row."""
    return list(map(zlib.crc32, map(_encode, map(repr, rows))))


def _pack(checks: list[int]) -> str:
    return base64.b64encode(struct.pack(f">{len(checks)}I", *checks)).decode("ascii")


def _unpack(text: str, count: int) -> tuple[int, ...] | None:
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError, TypeError):
        return None
    if len(data) != 4 * count:
        return None
    return struct.unpack(f">{count}I", data)


def _chain(previous: str, body: str) -> str:
    return hashlib.sha256((previous + body).encode("utf-8")).hexdigest()


def _rows(conn: sqlite3.Connection, table: str, first: int, count: int) -> list[tuple]:
    return _tuples(
        conn, f'SELECT rowid, * FROM "{table}" WHERE rowid BETWEEN ? AND ? ORDER BY rowid', (first, first + count - 1)
    )


def _vouch(conn: sqlite3.Connection, runs: list[tuple[str, int, int]]) -> tuple[list[list], list[list]]:
    """The records (one per row) and ranges (one per long run of rows) that vouch for `runs`."""
    records: list[list] = []
    ranges: list[list] = []
    for table, first, count in runs:
        rows = _rows(conn, table, first, count)
        if count >= RANGE_MIN and len(rows) == count:
            digest = range_digest(table, rows)
            if digest is not None:
                ranges.append([table, first, count, digest, _pack(_row_checks(rows))])
                continue
        present = {row[0]: row for row in rows}
        for rowid in range(first, first + count):
            row = present.get(rowid)
            records.append([table, rowid, row_hash(table, rowid, row[1:]) if row is not None else None])
    return records, ranges


def link(conn: sqlite3.Connection, *, rebase: str | None = None, at: str | None = None) -> bool:
    """Append the link of the rows changed since the last one (inside the caller's transaction).

    `rebase` (a note): vouch for every row as it stands (a migration rewrites rows). Returns
    whether a link was written.
    """
    if rebase is None:
        runs = conn.execute(_PENDING_RUNS).fetchall()
        if not runs:
            return False
        content: dict = {}
    else:
        runs = [
            (table, first, count)
            for table in chained_tables(conn)
            for first, count in conn.execute(_TABLE_RUNS.format(table=table))
        ]
        content = {"rebase": rebase}
    records, ranges = _vouch(conn, runs)
    content["records"] = records
    if ranges:
        content["ranges"] = ranges
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
        cursor = conn.cursor()
        cursor.row_factory = sqlite3.Row
        row = cursor.execute(f'SELECT * FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
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


@dataclass(slots=True)
class _Range:
    """Consecutive rows a link vouched for at once; `overridden`: rows a later link vouched for again."""

    first: int
    count: int
    digest: str
    checks: str
    overridden: set[int] = field(default_factory=set)

    @property
    def end(self) -> int:
        return self.first + self.count


@dataclass(slots=True)
class _Expected:
    """What the chain says each row should be: by row (table -> rowid -> hash), and by range."""

    rows: dict[str, dict[int, str | None]] = field(default_factory=dict)
    ranges: dict[str, list[_Range]] = field(default_factory=dict)

    def add_range(self, table: str, new: _Range) -> None:
        """A later link vouches again for rows an earlier one vouched for: its word stands."""
        mine = self.rows.get(table)
        if mine:
            for rowid in [r for r in mine if new.first <= r < new.end]:
                del mine[rowid]
        for earlier in self.ranges.get(table, ()):
            low, high = max(earlier.first, new.first), min(earlier.end, new.end)
            if low < high:
                earlier.overridden.update(range(low, high))
        self.ranges.setdefault(table, []).append(new)

    def add_row(self, table: str, rowid: int, digest: str | None) -> None:
        self.rows.setdefault(table, {})[rowid] = digest
        for earlier in self.ranges.get(table, ()):
            if earlier.first <= rowid < earlier.end:
                earlier.overridden.add(rowid)


def _replay(conn: sqlite3.Connection, problems: list[LedgerProblem]) -> _Expected:
    """Replay the chain: its broken links into `problems`, and what it says each row should be."""
    expected = _Expected()
    previous = GENESIS
    for link_id, at, body, chain in _tuples(conn, "SELECT id, at, body, chain FROM ledger ORDER BY id"):
        if _chain(previous, body) != chain:
            problems.append(LedgerProblem("ledger", link_id, f"maillon n° {link_id} du {at} de la chaîne altéré"))
        previous = chain
        try:
            content = json.loads(body)
            if "rebase" in content:
                expected = _Expected()
            for table, first, count, digest, checks in content.get("ranges", ()):
                expected.add_range(table, _Range(int(first), int(count), str(digest), str(checks)))
            for table, rowid, digest in content.get("records", ()):
                expected.add_row(table, rowid, digest)
        except (ValueError, TypeError, AttributeError):
            problems.append(LedgerProblem("ledger", link_id, f"maillon n° {link_id} de la chaîne illisible"))
    return expected


def verify_ledger(conn: sqlite3.Connection, limit: int = 50) -> list[LedgerProblem]:
    """What the chain finds wrong in the file, at most `limit` problems (empty: sound).

    The chain and every table are read in one read transaction (unless the caller has one open):
    the check sees the file as it was at one moment, whatever another connection commits meanwhile."""
    with paused_gc(), _one_moment(conn):
        return _verify(conn, limit)


@contextmanager
def _one_moment(conn: sqlite3.Connection) -> Iterator[None]:
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # nothing was written: the read ends


def _verify(conn: sqlite3.Connection, limit: int) -> list[LedgerProblem]:
    problems: list[LedgerProblem] = []
    expected = _replay(conn, problems)
    # Rows noted by the triggers but never linked: written outside juryapp's transactions.
    pending: dict[str, set[int]] = {}
    for table, rowid in conn.execute("SELECT tbl, rid FROM ledger_pending"):
        pending.setdefault(table, set()).add(rowid)
    deleted: list[tuple[str, int]] = []
    for table in chained_tables(conn):
        found = _check_table(conn, table, expected, pending.get(table, set()), deleted)
        for rowid in sorted(found):
            problems.append(LedgerProblem(table, rowid, f"{_where(conn, table, rowid)} : {found[rowid]}"))
            if len(problems) >= limit:
                return problems
    for table in sorted(expected.rows):  # tables the chain knows and the file no longer has
        deleted += [(table, rowid) for rowid, digest in expected.rows[table].items() if digest is not None]
    for table in sorted(expected.ranges):
        for rng in expected.ranges[table]:
            deleted += [(table, rowid) for rowid in range(rng.first, rng.end) if rowid not in rng.overridden]
    for table, rowid in sorted(set(deleted)):
        label = TABLE_LABELS.get(table, f"table {table}")
        problems.append(LedgerProblem(table, rowid, f"{label} n° {rowid} (table {table}) : supprimé hors de juryapp"))
        if len(problems) >= limit:
            break
    return problems[:limit]


ADDED = "ajouté hors de juryapp"
CHANGED = "modifié hors de juryapp"


def _check_table(
    conn: sqlite3.Connection, table: str, expected: _Expected, pending: set[int], deleted: list[tuple[str, int]]
) -> dict[int, str]:
    """The rows of `table` that are not as the chain says (rowid -> what), noting in `deleted`
    those the chain vouched for and that are gone.

    The table is read a range at a time (the rowids first, then the rows each range or run of
    rows covers): a large table is never held in memory whole."""
    rowids = [row[0] for row in conn.execute(f'SELECT rowid FROM "{table}" ORDER BY rowid')]

    def rows_at(low: int, high: int) -> list[tuple]:
        """The rows at positions low…high-1 of `rowids` (rowid first, then every column)."""
        if low >= high:
            return []
        return _tuples(
            conn,
            f'SELECT rowid, * FROM "{table}" WHERE rowid BETWEEN ? AND ? ORDER BY rowid',
            (rowids[low], rowids[high - 1]),
        )

    def batches_at(low: int, high: int) -> Iterator[list[tuple]]:
        """The same rows as `rows_at`, DIGEST_CHUNK_ROWS at a time."""
        if low >= high:
            return
        cursor = conn.cursor()
        cursor.row_factory = None
        cursor.execute(
            f'SELECT rowid, * FROM "{table}" WHERE rowid BETWEEN ? AND ? ORDER BY rowid',
            (rowids[low], rowids[high - 1]),
        )
        while batch := cursor.fetchmany(DIGEST_CHUNK_ROWS):
            yield batch

    by_row = expected.rows.pop(table, {})
    ranges = expected.ranges.pop(table, [])
    found: dict[int, str] = {}
    covered: list[tuple[int, int]] = []  # slices of the table's rows a range vouches for
    for rng in ranges:
        low, high = bisect.bisect_left(rowids, rng.first), bisect.bisect_left(rowids, rng.end)
        covered.append((low, high))
        if not rng.overridden and high - low == rng.count and _digest_of(table, batches_at(low, high)) == rng.digest:
            continue
        _range_problems(table, rng, rows_at(low, high), found, deleted)
    # Rows no range vouches for, one by one (read a run of consecutive rows at a time).
    for low, high in _runs(_outside(covered, len(rowids))):
        for row in rows_at(low, high):
            rowid = row[0]
            digest = by_row.pop(rowid, "absent")
            if digest != row_hash(table, rowid, row[1:]):
                found[rowid] = ADDED if digest in ("absent", None) else CHANGED
            elif rowid in pending:
                found[rowid] = CHANGED
    # Rows of a range that a later link vouched for again, and rows vouched for that are gone.
    for rowid, digest in by_row.items():
        index = bisect.bisect_left(rowids, rowid)
        if index < len(rowids) and rowids[index] == rowid:
            row = rows_at(index, index + 1)[0]
            if digest is None or digest != row_hash(table, rowid, row[1:]):
                found[rowid] = CHANGED if digest is not None else ADDED
            elif rowid in pending:
                found[rowid] = CHANGED
        elif digest is not None:
            deleted.append((table, rowid))
    # Rows a range vouches for, noted by the triggers since: written outside juryapp's transactions.
    for rowid in pending:
        if rowid not in found and any(r.first <= rowid < r.end for r in ranges):
            index = bisect.bisect_left(rowids, rowid)
            if index < len(rowids) and rowids[index] == rowid:
                found[rowid] = CHANGED
    return found


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Consecutive indices as (first, end) slices: [1, 2, 3, 7] -> [(1, 4), (7, 8)]."""
    runs: list[tuple[int, int]] = []
    for index in indices:
        if runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return runs


def _outside(covered: list[tuple[int, int]], length: int) -> list[int]:
    """The indices in range(length) that none of the slices `covered` holds."""
    indices: list[int] = []
    position = 0
    for low, high in sorted(covered):
        if low > position:
            indices.extend(range(position, low))
        position = max(position, high)
    indices.extend(range(position, length))
    return indices


def _tuples(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows as plain tuples, whatever the connection's row factory."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, params).fetchall()


def _range_problems(
    table: str, rng: _Range, chunk: list[tuple], found: dict[int, str], deleted: list[tuple[str, int]]
) -> None:
    """Which rows of a range that no longer matches differ (by their short checks) or are gone."""
    checks = _unpack(rng.checks, rng.count)
    seen: set[int] = set()
    before = len(found) + len(deleted)
    for row, check in zip(chunk, _row_checks(chunk), strict=True):
        rowid = row[0]
        if rowid in rng.overridden:
            continue
        seen.add(rowid)
        if checks is None or check != checks[rowid - rng.first]:
            found[rowid] = CHANGED
    deleted += [(table, r) for r in range(rng.first, rng.end) if r not in seen and r not in rng.overridden]
    if not rng.overridden and len(found) + len(deleted) == before and chunk:
        found[chunk[0][0]] = f"{CHANGED} (lignes n° {rng.first} à {rng.end - 1})"
