"""The session file: one SQLite file per session, decisions appended, never overwritten.

Every write goes through a method of `SessionStore`, runs in one transaction and adds its
audit row in that transaction. A version is current when it is the newest not revoked for
its key (candidate, and CCP or competency/épreuve). Once signed off, the session only takes
revocations with their reason (optionally carrying the version that replaces the revoked one).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from juryapp.errors import BadInput
from juryapp.model import Referentiel, SessionData
from juryapp.storage.common import (
    TABLE_LABELS,
    VERSION_KEYS,
    Clock,
    VersionRecord,
    _connect,
    default_actor,
)
from juryapp.storage.creation import CreationMixin
from juryapp.storage.issued import IssuedMixin
from juryapp.storage.reading import ReadingMixin
from juryapp.storage.schema import APPLICATION_ID, check_session_file, migrate
from juryapp.storage.writing import WritingMixin

# Importers of juryapp.storage.store find here what used to be defined here.
__all__ = [
    "TABLE_LABELS",
    "VERSION_KEYS",
    "Clock",
    "SessionStore",
    "VersionRecord",
    "_connect",
    "default_actor",
    "write_new_session",
]


class SessionStore(ReadingMixin, WritingMixin, IssuedMixin, CreationMixin):
    """An open session file. Use `open` or `create`; close it (or use `with`) when done."""

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, clock: Clock | None = None) -> SessionStore:
        """Open an existing session file, migrating it (after a backup copy) if it is older."""
        path = Path(path)
        version = check_session_file(path)
        try:
            conn = _connect(path)
        except sqlite3.Error as exc:
            raise BadInput(f"fichier de session illisible ({exc})", file=path) from None
        try:
            stored = conn.execute("SELECT value FROM juryapp_meta WHERE key = 'schema_version'").fetchone()
            if stored is None or int(stored[0]) != version:
                raise BadInput("fichier de session incohérent (version de schéma)", file=path)
            store = cls(conn, path, clock)
            store.migration_backup = migrate(conn, path, version)
            return store
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise BadInput(f"fichier de session endommagé ({exc})", file=path) from None
        except BaseException:
            conn.close()
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
    ) -> SessionStore:
        """Write a new session file at `path` (which must not exist) holding `data`."""
        path = Path(path)
        if path.exists():
            raise BadInput("le fichier existe déjà", file=path)
        conn = _connect(path)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate(conn, None, 0)
            store = cls(conn, path, clock)
            store._fill(data, referentiels, actor or default_actor(), source)
            return store
        except BaseException:
            conn.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def write_new_session(
    target: Path,
    data: SessionData,
    referentiels: dict[str, Referentiel],
    *,
    replace: bool = False,
    actor: str | None = None,
    source: str = "",
    before_commit: Callable[[], Callable[[], None] | None] | None = None,
) -> None:
    """Create `target` atomically: built aside, then moved in place; nothing changes on failure.

    `before_commit` runs once the new file is complete, before it replaces anything; it may
    return an undo function, called if the final move fails.
    """
    target = Path(target)
    if target.is_dir():
        raise BadInput("c'est un dossier, pas un fichier de session", file=target)
    if target.exists() and not replace:
        raise BadInput("le fichier existe déjà ; ajoutez --replace pour le remplacer", file=target)
    if not target.parent.is_dir():
        raise BadInput("le dossier de destination n'existe pas", file=target)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    undo = None
    try:
        store = SessionStore.create(tmp, data, referentiels, actor=actor, source=source)
        store.close()
        if before_commit is not None:
            undo = before_commit()
        os.replace(tmp, target)
    except BaseException:
        if undo is not None:
            undo()
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        raise
    # A write-ahead log left by a crash belonged to the file just replaced, not to this one.
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
