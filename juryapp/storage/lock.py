"""One writer at a time: the lock beside a session file, naming who holds it.

`F.jury.lock` is held with an operating-system lock (the `filelock` library), which the system
releases when the process ends, even killed. Beside it, `F.jury.lock-owner` says who holds
it (user, machine, process, since when, what for), so a second window or a command can tell
the user. A holder that ended without releasing leaves its owner file behind: the next one to
take the lock recognises it (a process that no longer runs) and says that it takes it over.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from juryapp.errors import BadInput, os_error_text

LOCK_SUFFIX = ".lock"
OWNER_SUFFIX = ".lock-owner"


def _filelock() -> ModuleType:
    """The `filelock` library, imported when a lock is first wanted: reading a session (`results`,
    a read-only window) takes none, and the library and what it imports cost 10 ms at start."""
    import filelock

    return filelock


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


def owner_path(path: Path) -> Path:
    return path.with_name(path.name + OWNER_SUFFIX)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system
        return "inconnu"


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds (or held) a session file's lock."""

    user: str
    host: str
    pid: int
    since: str  # ISO date-time, local
    purpose: str = ""

    @classmethod
    def me(cls, purpose: str) -> Holder:
        import socket

        return cls(_user(), socket.gethostname(), os.getpid(), dt.datetime.now().isoformat(timespec="seconds"), purpose)

    @classmethod
    def read(cls, path: Path) -> Holder | None:
        """The owner recorded beside `path`'s lock, or None when there is none (or it is unreadable)."""
        try:
            item = json.loads(owner_path(path).read_text(encoding="utf-8"))
            return cls(str(item["user"]), str(item["host"]), int(item["pid"]), str(item["since"]), str(item["purpose"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def text(self) -> str:
        """« Marie Dupont sur le poste PC-12 (processus 4242, fenêtre juryapp) depuis le 09/12/2026 à 09:00 »"""
        try:
            since = dt.datetime.fromisoformat(self.since)
            when = f"depuis le {since:%d/%m/%Y} à {since:%H:%M}"
        except ValueError:
            when = f"depuis {self.since}"
        what = f", {self.purpose}" if self.purpose else ""
        return f"{self.user} sur le poste {self.host} (processus {self.pid}{what}) {when}"

    @property
    def on_this_machine(self) -> bool:
        import socket

        return self.host == socket.gethostname()

    def process_alive(self) -> bool | None:
        """Whether the holder's process still runs; None when it is on another machine."""
        if not self.on_this_machine:
            return None
        if self.pid == os.getpid():
            return True
        if sys.platform == "win32":
            return None  # os.kill would end the process there, not probe it
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # it exists, owned by someone else
        except OSError:
            return None
        return True


class FileBusy(BadInput):
    """The session file is open for writing by someone else (exit 2): the message names them."""

    def __init__(self, path: Path, holder: Holder | None) -> None:
        self.holder = holder
        who = holder.text() if holder else "un autre programme"
        super().__init__(f"fichier ouvert en écriture par {who} : fermez-le d'abord", file=path)


class SessionLock:
    """The write lock of one session file; `acquire` raises FileBusy when another holds it."""

    def __init__(self, path: Path, purpose: str = "") -> None:
        self.path = Path(path)
        self.purpose = purpose
        self._lock = _filelock().FileLock(str(lock_path(self.path)), timeout=0, mode=0o600)
        self.taken_over: Holder | None = None  # the previous holder, when it had ended without releasing
        self.held = False

    def acquire(self) -> SessionLock:
        timeout = _filelock().Timeout
        try:
            self._lock.acquire(timeout=0)
        except timeout:
            raise FileBusy(self.path, Holder.read(self.path)) from None
        except OSError as exc:
            raise LockUnavailable(self.path, exc) from None
        self.held = True
        previous = Holder.read(self.path)
        if previous is not None and previous.pid != os.getpid():
            self.taken_over = previous
        try:
            _write_owner(self.path, Holder.me(self.purpose))
        except OSError as exc:
            self.release()
            raise LockUnavailable(self.path, exc) from None
        return self

    def release(self) -> None:
        if not self.held:
            return
        # A clean release leaves no owner: one found later was left by a holder that ended abruptly.
        # Both files go, removed while still locked, so nothing is left beside the session file.
        # (Between another process opening the lock file and this removal, that process could
        # lock the removed file: it needs three processes racing within microseconds.)
        for path in (owner_path(self.path), lock_path(self.path)):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass
        self._lock.release(force=True)
        self.held = False

    def takeover_text(self) -> str | None:
        """What to tell the user when the lock was left by a holder that ended without releasing it."""
        if self.taken_over is None:
            return None
        return (
            f"{self.path} : verrou laissé par {self.taken_over.text()}, qui s'est arrêté sans le libérer "
            "(arrêt brutal) : repris"
        )

    def __enter__(self) -> SessionLock:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()


_SHARED: dict[Path, tuple[SessionLock, int]] = {}


class SharedLock:
    """The write lock as the connections of one process share it (the window and its print worker).

    The first one in this process takes the lock; the others count on it; the last release lets
    it go. Replacing a file (`SessionLock` itself) is never shared: it is refused while the file
    is open, even in this process.
    """

    def __init__(self, path: Path, purpose: str = "") -> None:
        self.key = Path(path).resolve()
        held = _SHARED.get(self.key)
        if held is None:
            lock = SessionLock(path, purpose).acquire()
            _SHARED[self.key] = (lock, 1)
        else:
            lock = held[0]
            _SHARED[self.key] = (lock, held[1] + 1)
        self.lock = lock
        self.held = True

    @property
    def taken_over(self) -> Holder | None:
        return self.lock.taken_over

    def takeover_text(self) -> str | None:
        return self.lock.takeover_text()

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        lock, count = _SHARED[self.key]
        if count > 1:
            _SHARED[self.key] = (lock, count - 1)
            return
        del _SHARED[self.key]
        lock.release()


class LockUnavailable(BadInput):
    """The lock cannot be created beside the file (read-only folder, permissions)."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(
            f"impossible de poser le verrou d'écriture à côté du fichier ({os_error_text(error)})", file=path
        )


def _write_owner(path: Path, holder: Holder) -> None:
    target = owner_path(path)
    data = json.dumps(
        {"user": holder.user, "host": holder.host, "pid": holder.pid, "since": holder.since, "purpose": holder.purpose},
        ensure_ascii=False,
    ).encode("utf-8")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def holder_of(path: Path) -> Holder | None:
    """Who holds `path`'s write lock now (None when nobody does), without taking it."""
    if not lock_path(Path(path)).exists():
        return None
    filelock = _filelock()
    probe = filelock.FileLock(str(lock_path(Path(path))), timeout=0, mode=0o600)
    try:
        probe.acquire(timeout=0)
    except filelock.Timeout:
        return Holder.read(Path(path)) or Holder("?", "?", 0, "", "")
    except OSError:
        return None
    probe.release(force=True)
    return None
