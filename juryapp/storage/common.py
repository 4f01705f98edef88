"""What the parts of the session store share: version keys, labels, small conversions, the connection."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import getpass
import json
import os
import sqlite3
import sys
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from juryapp.model import (
    AwardDecisionRecord,
    Candidate,
    CcpResult,
    Confirmation,
    Evaluation,
    FinalInterview,
    Juror,
    ObservationEntry,
    SessionData,
)

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


# Accounts that are not a person (system, shared or default ones), compared case- and
# accent-insensitively: their name is never offered as the name of the person who types.
SYSTEM_ACCOUNTS = frozenset(
    {
        "root",
        "toor",
        "admin",
        "administrator",
        "administrateur",
        "administrador",
        "administratrice",
        "system",
        "systeme",
        "local system",
        "localsystem",
        "local service",
        "network service",
        "system administrator",
        "superuser",
        "super user",
        "user",
        "users",
        "utilisateur",
        "utilisateurs",
        "owner",
        "proprietaire",
        "guest",
        "invite",
        "default",
        "defaultuser0",
        "defaultaccount",
        "public",
        "nobody",
        "daemon",
        "operator",
        "sys",
        "bin",
        "www-data",
        "ubuntu",
        "debian",
        "fedora",
        "pi",
        "vagrant",
        "docker",
        "test",
        "demo",
    }
)


def is_system_account(name: str) -> bool:
    """Whether `name` is a system, shared or default account (root, Administrateur, user…), not a person."""
    folded = " ".join(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold().split())
    return folded in SYSTEM_ACCOUNTS or folded.endswith("$") or not any(ch.isalpha() for ch in folded)


# Recorded as the author of a change when nobody is named and the system knows no full name.
UNNAMED_ACTOR = "inconnu"


def default_actor(unknown: str = UNNAMED_ACTOR) -> str:
    """The full name of the person using this computer as the system knows it, else `unknown`.

    Only a full name is taken (the first field of the POSIX GECOS entry; Windows' display name),
    never a login, and never when the program runs under a system or shared account (root,
    Administrateur, admin, user…): the name recorded with a version is a person's. Writes with
    no author given record `unknown` (« inconnu »); the window passes '' and then asks who types.
    """
    try:
        login = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on this system: the full name may still be known
        login = ""
    if login and is_system_account(login):
        return unknown
    try:
        name = " ".join(_system_full_name().split())
    except Exception:  # noqa: BLE001 - the system does not say: ask instead
        return unknown
    if not name or is_system_account(name):
        return unknown
    return name


def _system_full_name() -> str:
    """The full name the operating system keeps for the current user ('' when none)."""
    if sys.platform == "win32":
        return _windows_display_name()
    import pwd

    uid = os.getuid()
    if uid == 0:
        return ""
    entry = pwd.getpwuid(uid)
    if is_system_account(entry.pw_name):
        return ""
    return entry.pw_gecos.split(",")[0]


def _windows_display_name() -> str:
    """`GetUserNameExW(NameDisplay)`: the display name of a Windows account ('' when it has none)."""
    import ctypes

    name_display = 3
    size = ctypes.c_ulong(0)
    secur32 = ctypes.WinDLL("secur32")  # type: ignore[attr-defined,unused-ignore]
    secur32.GetUserNameExW(name_display, None, ctypes.byref(size))
    if not size.value:
        return ""
    buffer = ctypes.create_unicode_buffer(size.value)
    if not secur32.GetUserNameExW(name_display, buffer, ctypes.byref(size)):
        return ""
    return buffer.value


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


# What the session's current state shows of each versioned table: the columns read (the key's
# first, as in VERSION_KEYS), the field of SessionData they fill, and how a row becomes a value.
CURRENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "attendance": ("candidate", "attendance"),
    "evaluations": ("candidate", "competency", "assessment", "observation", "mark", "entries"),
    "results": ("candidate", "ccp", "decision", "jurors", "justification"),
    "final_interviews": (
        "candidate",
        "held_on",
        "jurors",
        "notes",
        "started_at",
        "ended_at",
        "duration_seconds",
    ),
    "title_decisions": ("candidate", "decision", "jurors", "justification"),
    "ccs_decisions": ("candidate", "decision", "jurors", "justification"),
}
CURRENT_FIELDS = {
    "attendance": "candidates",
    "evaluations": "evaluations",
    "results": "results",
    "final_interviews": "final_interviews",
    "title_decisions": "title_decisions",
    "ccs_decisions": "ccs_decisions",
}


def _entries(text: str) -> tuple[ObservationEntry, ...]:
    if text == "[]":
        return ()
    return tuple(ObservationEntry(e["at"], e["by"], e["text"]) for e in json.loads(text))


def entries_json(entries: tuple[ObservationEntry, ...] | list[ObservationEntry]) -> str:
    """Observation entries as stored (JSON, in the order written)."""
    if not entries:
        return "[]"
    return json.dumps([{"at": e.at, "by": e.by, "text": e.text} for e in entries], ensure_ascii=False)


def current_value(table: str, row: tuple) -> Any:
    """The value SessionData holds for one current version (a row of CURRENT_COLUMNS[table])."""
    if table == "evaluations":
        return Evaluation(row[0], row[1], row[2], row[3], row[4], _entries(row[5]))
    if table == "results":
        return CcpResult(row[0], row[1], row[2], _refs(row[3]), row[4])
    if table == "final_interviews":
        return FinalInterview(row[0], _date(row[1]), _refs(row[2]), row[3], row[4], row[5], row[6])
    if table in ("title_decisions", "ccs_decisions"):
        return AwardDecisionRecord(row[0], row[1], _refs(row[2]), row[3])
    return row[1]  # attendance


@dataclass(slots=True)
class SnapshotCache:
    """The session's current state as last read, kept up to date by the writes of this connection.

    `current`: for each versioned table, key -> value of its current version, oldest first (the
    order of their ids); `stale`: what a write changed that must be read again (a versioned
    table after a revocation, "session", "sign_off"). Valid while no other connection commits
    (`external`, SQLite's data_version).
    """

    external: int
    jurors: tuple[Juror, ...]
    people: tuple[Candidate, ...]  # as imported, present
    positions: dict[str, int]  # candidate ref -> index in `people`
    current: dict[str, dict[tuple, Any]]
    data: SessionData
    stale: set[str] = field(default_factory=set)

    def candidates(self) -> tuple[Candidate, ...]:
        attendance = self.current["attendance"]
        return tuple(
            c if attendance.get((c.ref,), "present") == c.attendance else replace(c, attendance=attendance[(c.ref,)])
            for c in self.people
        )

    def set_current(self, table: str, key: tuple, value: Any) -> None:
        """A new version became the current one of its key (it has the newest id)."""
        versions = self.current[table]
        versions.pop(key, None)
        versions[key] = value
        if table == "attendance":
            index = self.positions[key[0]]
            person = self.people[index]
            candidate = person if value == person.attendance else replace(person, attendance=value)
            candidates = self.data.candidates
            self.data = self.data.evolve(candidates=(*candidates[:index], candidate, *candidates[index + 1 :]))
        else:
            self.data = self.data.evolve(**{CURRENT_FIELDS[table]: tuple(versions.values())})


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


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while many objects are built that hold no cycle (a file read
    whole): each collection would walk every object alive, again and again. Refcounting still
    frees what is dropped; collection resumes as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _hot_journal(path: Path) -> bool:
    """A rollback journal left beside the file by a writer that stopped mid-transaction."""
    journal = Path(str(path) + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def _recover(path: Path) -> None:
    """Roll back the transaction a killed writer left unfinished, as SQLite does on any writing open.

    Done under the file's write lock; refused (BadInput) when the file cannot be written or
    another process holds it.
    """
    from juryapp.errors import BadInput
    from juryapp.storage.lock import FileBusy, LockUnavailable, SessionLock

    problem = (
        "fichier interrompu au milieu d'une écriture (arrêt brutal : journal « "
        f"{path.name}-journal » à côté) et qui ne peut pas être réparé ici"
    )
    try:
        lock = SessionLock(path, "reprise après un arrêt brutal").acquire()
    except (FileBusy, LockUnavailable) as exc:
        raise BadInput(f"{problem} ({exc.problem}) : ouvrez-le une fois en écriture", file=path) from None
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # SQLite rolls the journal back
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BadInput(f"{problem} ({exc}) : copiez-le sur un support inscriptible", file=path) from None
    finally:
        lock.release()


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that never writes the file.

    After a crash, the unfinished transaction is rolled back first (a reader must never see
    half of one). A file left in WAL mode by an earlier version on a read-only medium is read
    as it is on the disk.
    """
    uri = f"file:{urllib.parse.quote(str(path.resolve()))}?mode=ro"
    if _hot_journal(path):
        _recover(path)
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        if _hot_journal(path):
            _recover(path)
            return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn = sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None, check_same_thread=False)
    return conn


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to a session file.

    Written: with a rollback journal (not a write-ahead log), so that once a transaction is
    committed the file alone holds it: a copy taken with the file manager, a USB stick pulled
    out, a read-only archive all see a complete file. Read-only: the file is never written,
    and one on a read-only medium still opens.
    """
    if read_only:
        conn = _read_only_connection(path)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def confirmation_rows(confirmations: tuple[Confirmation, ...]) -> list[dict[str, str]]:
    """Sign-off confirmations as stored in `sign_offs.confirmations` and in the audit."""
    return [{"subject": c.subject, "reference": c.reference, "by": c.by} for c in confirmations]


def seal_row(seal: dict[str, str], sign_off_id: int, actor: str, reason: str) -> dict[str, Any]:
    """A sign-off seal (`sign_off.seal` of the export, with its public key) as `sign_off_seals` keeps it."""
    return {
        "sign_off_id": sign_off_id,
        "digest": seal["digest"],
        "fingerprint": seal["key"],
        "public_key": seal["public_key"],
        "signature": seal["signature"],
        "sealed_at": seal["at"],
        "sealed_by": actor,
        "reason": reason,
    }
