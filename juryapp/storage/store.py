"""The session file: one SQLite file per session, decisions appended, never overwritten.

Every write goes through a method of `SessionStore`, runs in one transaction and adds its
audit row in that transaction. A version is current when it is the newest not revoked for
its key (candidate, and CCP or competency/épreuve). Once signed off, the session only takes
revocations with their reason (optionally carrying the version that replaces the revoked one).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
from collections.abc import Callable
from glob import escape as glob_escape
from pathlib import Path

from juryapp.errors import BadInput, JuryError
from juryapp.files import check_target, environment_error, fsync_dir, make_private, temporary_beside
from juryapp.model import Referentiel, SessionData
from juryapp.storage.backups import BackupPolicy, copy_database, make_backup
from juryapp.storage.common import (
    TABLE_LABELS,
    VERSION_KEYS,
    Clock,
    VersionRecord,
    _connect,
    default_actor,
)
from juryapp.storage.core import ReadOnlyFile, sqlite_failure
from juryapp.storage.creation import CreationMixin
from juryapp.storage.drafts import DraftsMixin
from juryapp.storage.issued import IssuedMixin
from juryapp.storage.ledger import verify_ledger
from juryapp.storage.lock import FileBusy, Holder, SessionLock, SharedLock
from juryapp.storage.preparing import PreparingMixin
from juryapp.storage.reading import ReadingMixin
from juryapp.storage.schema import APPLICATION_ID, SCHEMA_VERSION, check_session_file, migrate
from juryapp.storage.writing import WritingMixin

# Importers of juryapp.storage.store find here what used to be defined here.
__all__ = [
    "TABLE_LABELS",
    "VERSION_KEYS",
    "Clock",
    "FileBusy",
    "Holder",
    "ReadOnlyFile",
    "SessionStore",
    "VersionRecord",
    "_connect",
    "default_actor",
    "write_new_session",
]


class SessionStore(ReadingMixin, WritingMixin, IssuedMixin, CreationMixin, PreparingMixin, DraftsMixin):
    """An open session file. Use `open` or `create`; close it (or use `with`) when done.

    Opened for writing, it holds the file's write lock (`F.jury.lock`) until closed: nobody
    else writes into it or replaces it meanwhile. Opened read-only (asked, or a read-only file
    or medium), it never writes, and any change is refused with why.
    """

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        clock: Clock | None = None,
        *,
        write: bool = True,
        purpose: str = "",
        backups: BackupPolicy | None = None,
    ) -> SessionStore:
        """Open an existing session file, migrating it (after a backup) if it is older.

        With `write`, takes the write lock (FileBusy when another process holds it), unless the
        file or its folder cannot be written: then it opens read-only and says why.
        """
        path = Path(path)
        version = check_session_file(path)
        reason = unwritable_reason(path) if write else "ouvert en consultation"
        lock = None
        if reason is None:
            lock = SharedLock(path, purpose or "juryapp")
            remove_stale_temporaries(path)
        try:
            try:
                conn = _connect(path, read_only=reason is not None)
            except sqlite3.Error as exc:
                raise BadInput(f"fichier de session illisible ({exc})", file=path) from None
            try:
                stored = conn.execute("SELECT value FROM juryapp_meta WHERE key = 'schema_version'").fetchone()
                if stored is None or int(stored[0]) != version:
                    raise BadInput("fichier de session incohérent (version de schéma)", file=path)
                if version < SCHEMA_VERSION and reason is not None:
                    conn = _migrated_in_memory(conn, version)
                store = cls(conn, path, clock)
                store.read_only_reason = reason
                store.lock = lock
                if version < SCHEMA_VERSION and reason is None:
                    policy = backups or BackupPolicy.default()
                    store.migration_backup = migrate(
                        conn, path, version, backup=lambda: make_backup(conn, path, "migration", policy, store.clock())
                    )
                return store
            except sqlite3.OperationalError as exc:
                conn.close()
                raise sqlite_failure(exc, path) from None
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise BadInput(f"fichier de session endommagé ({exc})", file=path) from None
            except BaseException:
                conn.close()
                raise
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def create(
        cls,
        path: str | Path,
        data: SessionData,
        referentiels: dict[str, Referentiel],
        *,
        actor: str | None = None,
        source: str = "",
        clock: Clock | None = None,
        seal: dict[str, str] | None = None,
        unsealed_accepted: bool = False,
    ) -> SessionStore:
        """Write a new session file at `path` (which must not exist, or be an empty file) holding `data`."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise BadInput("le fichier existe déjà", file=path)
        try:
            if not path.exists():
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            make_private(path)
            conn = _connect(path)
        except OSError as exc:
            raise environment_error(exc, path) from None
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate(conn, None, 0)
            store = cls(conn, path, clock)
            store._fill(data, referentiels, actor or default_actor(), source, seal, unsealed_accepted)
            return store
        except sqlite3.OperationalError as exc:
            conn.close()
            _remove_with_journals(path)
            raise sqlite_failure(exc, path) from None
        except BaseException:
            conn.close()
            _remove_with_journals(path)
            raise

    def close(self) -> None:
        self.conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- copies and backups ---------------------------------------------------------------

    def save_copy(self, target: Path) -> None:
        """« Enregistrer une copie… »: a consistent copy of the file as it stands, made with the backup API."""
        target = Path(target)
        check_target(target, "fichier de session")
        if target.resolve() == self.path.resolve():
            raise BadInput("la copie ne peut pas remplacer le fichier ouvert lui-même", file=target)
        try:
            copy_database(self.conn, target)
        except OSError as exc:
            raise environment_error(exc, target) from None
        except sqlite3.OperationalError as exc:
            raise sqlite_failure(exc, target) from None

    def backup(self, reason: str, policy: BackupPolicy | None = None) -> Path:
        """A rolling backup of this file now (see juryapp.storage.backups)."""
        policy = policy or BackupPolicy.default()
        try:
            return make_backup(self.conn, self.path, reason, policy, self.clock())
        except OSError as exc:
            raise environment_error(exc, policy.root, "sauvegarde impossible") from None
        except sqlite3.OperationalError as exc:
            raise sqlite_failure(exc, policy.root) from None

    # -- changes made by others -----------------------------------------------------------

    def identity(self) -> tuple[int, int] | None:
        """The file's identity on the disk (device, inode); None when it is gone."""
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def data_version(self) -> int:
        """SQLite's counter of commits made by other connections to this file."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])


def unwritable_reason(path: Path) -> str | None:
    """Why `path` can only be read (a read-only file, folder or medium), None when it can be written."""
    if not os.access(path, os.W_OK):
        return "fichier en lecture seule"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return "dossier ou support en lecture seule"
    return None


def _migrated_in_memory(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """A read-only file of an older format, brought to this version's in memory (the file is untouched)."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    memory.row_factory = sqlite3.Row
    conn.backup(memory)
    conn.close()
    memory.execute("PRAGMA foreign_keys = ON")
    migrate(memory, None, version)
    return memory


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Remove what a replacement killed mid-way left beside `target` (a half-built or complete
    copy, with personal data). Called under the target's write lock: no one else builds one now."""
    removed = []
    for leftover in target.parent.glob(f".{glob_escape(target.name)}.*.tmp*"):
        try:
            leftover.unlink()
            removed.append(leftover)
        except OSError:
            pass
    return removed


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def check_new_file(path: Path) -> None:
    """A file just built is sound before it replaces anything: integrity, chain, a full read."""
    conn = _connect(path, read_only=True)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise JuryError(f"{path} : fichier construit incohérent ({verdict})")
        problems = verify_ledger(conn, limit=1)
        if problems:
            raise JuryError(f"{path} : fichier construit incohérent ({problems[0].text})")
    finally:
        conn.close()


def write_new_session(
    target: Path,
    data: SessionData,
    referentiels: dict[str, Referentiel],
    *,
    replace: bool = False,
    actor: str | None = None,
    source: str = "",
    before_commit: Callable[[], Callable[[], None] | None] | None = None,
    backups: BackupPolicy | None = None,
    clock: Clock | None = None,
    seal: dict[str, str] | None = None,
    unsealed_accepted: bool = False,
) -> Path | None:
    """Create or replace `target` atomically; nothing changes on failure.

    The new file is built beside the target under the target's write lock (FileBusy when it
    is open elsewhere), checked (integrity, chain, a full read), left as one file and flushed
    to the disk; the file it replaces is backed up; then it is renamed into place and the
    folder flushed. `before_commit` runs once the new file is complete, before it replaces
    anything; it may return an undo function, called if the final move fails. Returns the
    backup of the replaced file, if any.
    """
    target = Path(target)
    check_target(target, "fichier de session")
    if target.exists() and not replace:
        raise BadInput("le fichier existe déjà ; ajoutez --replace pour le remplacer", file=target)
    if target.exists() and target.stat().st_size > 0:
        check_session_file(target)  # never replace something that is not a session file
        reason = unwritable_reason(target)
        if reason is not None:
            raise ReadOnlyFile(f"{reason} : il n'est pas remplacé", file=target)
    lock = SessionLock(target, "remplacement du fichier").acquire()
    remove_stale_temporaries(target)
    try:
        build = functools.partial(
            SessionStore.create,
            data=data,
            referentiels=referentiels,
            actor=actor,
            source=source,
            clock=clock,
            seal=seal,
            unsealed_accepted=unsealed_accepted,
        )
        return _build_and_swap(target, build, before_commit, backups, clock)
    finally:
        lock.release()


def _build_and_swap(
    target: Path,
    build: Callable[[Path], SessionStore],
    before_commit: Callable[[], Callable[[], None] | None] | None,
    backups: BackupPolicy | None,
    clock: Clock | None,
) -> Path | None:
    try:
        tmp = temporary_beside(target)
    except OSError as exc:
        raise environment_error(exc, target) from None
    undo = None
    saved = None
    try:
        store = build(tmp)
        try:
            store.snapshot()  # a full read of what was written
        finally:
            store.close()
        check_new_file(tmp)
        _fsync_file(tmp)
        if target.exists() and target.stat().st_size > 0:
            saved = _backup_replaced(target, backups, clock)
        if before_commit is not None:
            undo = before_commit()
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException as exc:
        if undo is not None:
            undo()
        _remove_with_journals(tmp)
        if isinstance(exc, OSError):
            raise environment_error(exc, target) from None
        if isinstance(exc, BadInput) and exc.file == str(tmp):
            raise type(exc)(exc.problem, file=target, field=exc.field) from None
        if type(exc) is JuryError and str(tmp) in str(exc):
            raise JuryError(str(exc).replace(str(tmp), str(target))) from None
        raise
    # Journals left beside the target by a crash belonged to the file just replaced.
    for suffix in ("-journal", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    return saved


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _backup_replaced(target: Path, backups: BackupPolicy | None, clock: Clock | None) -> Path:
    """Back up the file about to be replaced (its hot journal, if a crash left one, is rolled back first)."""
    conn = sqlite3.connect(str(target), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        return make_backup(conn, target, "remplacement", backups or BackupPolicy.default(), (clock or _now)())
    finally:
        conn.close()


def _now() -> dt.datetime:
    from juryapp.storage.common import system_now

    return system_now()
