"""A large file's integrity check, run beside its reading in a forked process.

`juryapp results` must check the file (every row against the chain) and read it (every row
into the session's state): two passes over the same rows that need not wait for each other. On
Linux, in a process running no other thread (the command line, not the window), the check runs
in a child forked before the file is opened, on the other processor; elsewhere, or when the
child fails in any way, the caller checks the file itself. Nothing is written by either.

The child's verdict holds for the file as the reader saw it only when both saw the same last
link of the chain: every change juryapp makes appends one. When they differ (a commit came in
between), the caller checks again itself.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from juryapp.operations.integrity import CheckReport, check_store
from juryapp.storage.store import SessionStore

# Below this size the check is quicker than a fork.
PARALLEL_FROM_BYTES = 4 * 1024 * 1024


def ledger_head(store: SessionStore) -> tuple[int, str] | None:
    """The chain's last link (id and hash), None when it has none or cannot be read."""
    try:
        row = store.conn.execute("SELECT id, chain FROM ledger ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.DatabaseError:
        return None
    return (int(row[0]), str(row[1])) if row else None


@dataclass(frozen=True, slots=True)
class _Verdict:
    problems: list[str]
    notes: list[str]
    head: tuple[int, str] | None


class SideCheck:
    """A check of `path` started in a child process; `result` gives its report, or None."""

    def __init__(self, path: Path, pid: int, reader: int) -> None:
        self.path = path
        self._pid = pid
        self._reader = reader

    @classmethod
    def start(cls, path: Path) -> SideCheck | None:
        """The check started beside, or None when it is better done in this process."""
        if not _may_fork() or not _large(path):
            return None
        reader, writer = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(reader)
            os.close(writer)
            return None
        if pid == 0:  # the child: check, answer, leave without running the parent's exit code
            os.close(reader)
            status = 1
            try:
                with os.fdopen(writer, "wb") as out:
                    pickle.dump(_check(path), out)
                status = 0
            finally:
                os._exit(status)
        os.close(writer)
        return cls(path, pid, reader)

    def result(self, head: tuple[int, str] | None) -> CheckReport | None:
        """The child's report when it checked what the caller read (same last link), else None."""
        try:
            with os.fdopen(self._reader, "rb") as answer:
                data = answer.read()
            _, status = os.waitpid(self._pid, 0)
            verdict = pickle.loads(data) if status == 0 and data else None
        except (OSError, pickle.UnpicklingError, EOFError):
            return None
        if not isinstance(verdict, _Verdict) or verdict.head != head:
            return None
        return CheckReport(self.path, list(verdict.problems), list(verdict.notes))


def _check(path: Path) -> _Verdict:
    with SessionStore.open(path, write=False) as store:
        report = check_store(store)
        return _Verdict(report.problems, report.notes, ledger_head(store))


def _may_fork() -> bool:
    if sys.platform != "linux" or threading.active_count() != 1:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1 and len(os.sched_getaffinity(0)) > 1
    except OSError:
        return False


def _large(path: Path) -> bool:
    try:
        return path.stat().st_size >= PARALLEL_FROM_BYTES
    except OSError:
        return False
