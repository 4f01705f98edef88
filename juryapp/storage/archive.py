"""The centre archive: one SQLite file of the centre's that keeps every session taken back.

It answers « who holds which CCP of which version, and until when can they complete the title »,
finds a person by identity when a candidate is added (DOMAIN.md §6), keeps each hand-off's session
document as sent and as returned, and purges personal data once the retention period is over,
keeping anonymous counts.

The file is written as a session file is: owner-only, a rollback journal, synchronous FULL, one
transaction per operation with its audit row, under an exclusive write lock (`SessionLock` on the
archive's path: FileBusy for a second writer). Opened read-only (asked, or a read-only file or
medium) it never writes and refuses every change, saying why. Deleted data is overwritten
(`secure_delete`) and a purge compacts the file, so purged names do not linger in it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from juryapp.errors import BadInput
from juryapp.files import environment_error, fsync_dir, make_private, private_dir, temporary_beside
from juryapp.paths import user_data_dir
from juryapp.storage import store as store_module
from juryapp.storage.archive_model import (
    DEFAULT_RETENTION_YEARS,
    ArchivedHolding,
    ArchivedPerson,
    ArchivedSessionInfo,
    ArchivedTitle,
    HandoffInfo,
    HoldingRow,
    PurgeReport,
    SessionCounts,
    TakenBackCandidate,
    TakenBackSession,
)
from juryapp.storage.archive_schema import migrate, schema_version, stored_version
from juryapp.storage.archive_writing import ArchiveWriter, archive_failure
from juryapp.storage.common import Clock, _connect, system_now
from juryapp.storage.lock import SessionLock
from juryapp.storage.schema import SQLITE_MAGIC

if TYPE_CHECKING:
    from juryapp.settings import Settings

__all__ = [
    "ARCHIVE_FILE_NAME",
    "DEFAULT_RETENTION_YEARS",
    "ArchivedHolding",
    "ArchivedPerson",
    "ArchivedSessionInfo",
    "ArchivedTitle",
    "CentreArchive",
    "HandoffInfo",
    "HoldingRow",
    "PurgeReport",
    "SessionCounts",
    "TakenBackCandidate",
    "TakenBackSession",
    "archive_failure",
    "default_archive_path",
]

ARCHIVE_FILE_NAME = "archive-centre.sqlite"


def default_archive_path(settings: Settings | None = None) -> Path:
    """The centre's archive: in the folder the centre chose (`archive_dir`), else the user data folder."""
    folder = settings.get("archive_dir") if settings is not None else None
    return (Path(folder) if folder else user_data_dir()) / ARCHIVE_FILE_NAME


class CentreArchive(ArchiveWriter):
    """An open centre archive. Use `open`; close it (or use `with`) when done."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, clock: Clock, lock: SessionLock | None, reason: str | None
    ) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock
        self.lock = lock
        # Opened read-only: why (a read-only file or medium, a request); None when writable.
        self.read_only_reason = reason

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | Path, clock: Clock | None = None, *, write: bool = True, purpose: str = "archive du centre"
    ) -> CentreArchive:
        """Open the archive at `path`; with `write`, create it (owner-only) when missing.

        With `write`, takes the write lock (FileBusy when another holds it), unless the file or its
        folder cannot be written: then it opens read-only and says why (`read_only_reason`). A
        missing folder is created only for the user data folder (a centre's chosen folder that is
        missing is an unmounted share, say: BadInput). Refused (BadInput): a file that is not an
        archive, one written by a newer juryapp, a missing archive opened read-only.
        """
        path = Path(path)
        if path.is_dir():
            raise BadInput("c'est un dossier, pas une archive de centre", file=path)
        if not path.exists() and not write:
            raise BadInput("archive de centre introuvable", file=path)
        _check_header(path)
        reason = "ouverte en consultation" if not write else None
        if write and path.exists():
            reason = store_module.unwritable_reason(path)
        elif write:
            _prepare_folder(path)
        lock = SessionLock(path, purpose).acquire() if reason is None else None
        try:
            return cls._connected(path, clock or system_now, lock, reason)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def _connected(cls, path: Path, clock: Clock, lock: SessionLock | None, reason: str | None) -> CentreArchive:
        created = False
        try:
            if reason is None and not path.exists():
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                created = True
            if reason is None:
                make_private(path)
            conn = _connect(path, read_only=reason is not None)
        except OSError as exc:
            raise environment_error(exc, path) from None
        except sqlite3.Error as exc:
            raise BadInput(f"archive illisible ({exc})", file=path) from None
        try:
            conn.execute("PRAGMA secure_delete = ON")  # deleted personal data is overwritten, not left in free pages
            version = stored_version(conn, path)
            if version < schema_version():
                if reason is not None:
                    raise BadInput(
                        "archive d'un format plus ancien ou incomplète : ouvrez-la une fois en écriture", file=path
                    )
                migrate(conn, version, backup=lambda: _backup_before_migration(conn, path, version))
            return cls(conn, path, clock, lock, reason)
        except BaseException as exc:
            conn.close()
            if created:
                for suffix in ("", "-journal"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
            if isinstance(exc, sqlite3.OperationalError):
                raise archive_failure(exc, path) from None
            if isinstance(exc, sqlite3.DatabaseError):
                raise BadInput(f"archive endommagée ({exc})", file=path) from None
            if isinstance(exc, OSError):
                raise environment_error(exc, path, "sauvegarde avant migration impossible") from None
            raise

    def close(self) -> None:
        self.conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> CentreArchive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None


def _check_header(path: Path) -> None:
    """BadInput when an existing, non-empty `path` is not an SQLite file at all (checked before
    SQLite is asked to open it for writing)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise environment_error(exc, path, "lecture impossible") from None
    if header and header != SQLITE_MAGIC:
        raise BadInput("ce n'est pas une archive de centre juryapp (pas un fichier SQLite)", file=path)


def _prepare_folder(path: Path) -> None:
    """The archive's folder exists before the archive is created (only the user data folder is made)."""
    folder = path.parent
    if folder.is_dir():
        return
    if folder.resolve() != user_data_dir().resolve():
        raise BadInput("le dossier de l'archive n'existe pas (support absent ou non monté ?)", file=path)
    try:
        private_dir(folder)
    except OSError as exc:
        raise environment_error(exc, folder, "création du dossier impossible") from None


def _backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A consistent owner-only copy of the archive beside it, made before migrating schema `version`."""
    target = path.with_name(f"{path.name}.avant-migration-schema-{version}")
    tmp = temporary_beside(target)
    try:
        copy = sqlite3.connect(str(tmp))
        try:
            conn.backup(copy)
        finally:
            copy.close()
        make_private(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    fsync_dir(path.parent)
    return target
