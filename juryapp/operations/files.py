"""Session files as the window and the command line handle them: open, import, export, copy, back up, restore.

Opening for the window takes the write lock, or opens read-only and says who holds it; an
import replaces a file atomically under its lock, after checking the sign-off seal of the
document it reads; an export carries the seal; backups are taken online and verified.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from juryapp.errors import BadInput, JuryError
from juryapp.files import atomic_write, environment_error, fsync_dir, make_private, temporary_beside
from juryapp.operations.integrity import check_file, current_seal, decisions_digest, known_keys, seal_problem
from juryapp.storage.backups import (
    BackupInfo,
    BackupPolicy,
    copy_database,
    default_root,
    list_backups,
    make_backup,
    session_folder,
)
from juryapp.storage.common import system_now
from juryapp.storage.lock import FileBusy, Holder, LockUnavailable, SessionLock
from juryapp.storage.lock import holder_of as lock_holder
from juryapp.storage.store import SessionStore, write_new_session

if TYPE_CHECKING:
    from juryapp.storage.library import ReferentielLibrary


@dataclass(frozen=True, slots=True)
class Opened:
    """A session opened for the window, and what to tell the user about how."""

    store: SessionStore
    notices: tuple[str, ...] = ()


def open_session(path: Path, *, purpose: str = "fenêtre juryapp") -> Opened:
    """Open a session for the window: for writing, or read-only saying why (another holder, a read-only file)."""
    path = Path(path)
    notices = []
    try:
        store = SessionStore.open(path, purpose=purpose)
    except FileBusy as busy:
        store = SessionStore.open(path, write=False)
        store.holder = busy.holder
        who = busy.holder.text() if busy.holder else "un autre programme"
        store.read_only_reason = f"ouvert en écriture par {who}"
    except LockUnavailable as refused:
        # No lock can be written beside it (a full disk, a folder that refuses): read it, say why.
        store = SessionStore.open(path, write=False)
        store.read_only_reason = refused.problem
    if store.lock is not None and store.lock.takeover_text():
        notices.append(str(store.lock.takeover_text()))
    if store.read_only_reason:
        notices.append(f"Lecture seule : {store.read_only_reason} ; aucune modification ne sera enregistrée")
    if store.migration_backup is not None:
        notices.append(
            f"Fichier mis à jour vers le nouveau format ; l'original est conservé dans {store.migration_backup}"
        )
    return Opened(store, tuple(notices))


def import_session_document(
    document: dict,
    target: Path,
    *,
    replace: bool = False,
    source: str = "",
    library: ReferentielLibrary | None = None,
    actor: str | None = None,
    unsealed_sign_off: bool = False,
) -> None:
    """Check a juryapp.session/1 document and write it as a new session file at `target`.

    A sign-off it carries must be sealed by a key this centre knows (EXCHANGE.md §2), or be
    accepted without a seal (`unsealed_sign_off`, recorded in the audit). The référentiels it
    carries are installed in the library once the file is complete.
    """
    from juryapp.documents.keys import raw_public_bytes
    from juryapp.exchange.session_doc import parse_session
    from juryapp.storage.library import ReferentielLibrary

    library = library or ReferentielLibrary()
    imported = parse_session(document, library)
    seal = None
    if imported.data.sign_off is not None:
        raw_seal = (document.get("sign_off") or {}).get("seal")
        if raw_seal is None:
            if not unsealed_sign_off:
                raise BadInput(
                    "clôture sans sceau (écrite par un autre outil) : ajoutez --unsealed-sign-off pour l'accepter "
                    "en connaissance de cause (l'historique le garde)",
                    field="sign_off.seal",
                )
        else:
            if not isinstance(raw_seal, dict):
                raise BadInput("sceau de clôture illisible (un objet est attendu)", field="sign_off.seal")
            digest = decisions_digest(imported.data, imported.referentiels)
            known = known_keys()
            problem = seal_problem(raw_seal, digest, known)
            if problem is not None:
                raise BadInput(
                    f"{problem} : le document a été modifié ou ne vient pas de ce centre", field="sign_off.seal"
                )
            public = known[str(raw_seal["key"])][1]
            seal = {
                "key": str(raw_seal["key"]),
                "public_key": base64.b64encode(raw_public_bytes(public)).decode("ascii"),
                "digest": digest,
                "signature": str(raw_seal["signature"]),
                "at": str(raw_seal.get("at", "")),
            }

    def install_carried() -> Callable[[], None]:
        installed: list[Path] = []

        def undo() -> None:
            for path in installed:
                path.unlink(missing_ok=True)

        try:
            for ref in imported.carried:
                path = library.install(ref)
                if path is not None:
                    installed.append(path)
        except BaseException:
            undo()
            raise
        return undo

    write_new_session(
        target,
        imported.data,
        imported.referentiels,
        replace=replace,
        actor=actor,
        source=source,
        before_commit=install_carried,
        seal=seal,
        unsealed_accepted=unsealed_sign_off and seal is None and imported.data.sign_off is not None,
    )


def session_document(store: SessionStore) -> dict:
    """The juryapp.session/1 document of an open session, with its sign-off seal when it still holds."""
    from juryapp.exchange.session_export import session_to_document

    document = session_to_document(store.snapshot(), store.referentiels())
    seal = current_seal(store)
    if seal is not None and document.get("sign_off"):
        document["sign_off"]["seal"] = {k: seal[k] for k in ("key", "digest", "signature", "at")}
    return document


def write_json(target: Path, document: dict) -> None:
    """A JSON document written owner-only, all or nothing."""
    data = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    atomic_write(Path(target), data, what="fichier JSON")


def _not_the_session(source: Path, target: Path) -> None:
    if Path(target).resolve() == Path(source).resolve():
        raise BadInput("l'export ne peut pas remplacer le fichier de session lui-même", file=target)


def export_session(store: SessionStore, target: Path) -> None:
    """The open session written as a juryapp.session/1 document at `target` (never the file itself)."""
    _not_the_session(store.path, target)
    write_json(Path(target), session_document(store))


def export_session_file(source: Path, target: Path) -> None:
    """`juryapp export`: the session file `source`, opened read-only, written as a document at `target`."""
    _not_the_session(source, target)
    with SessionStore.open(Path(source), write=False) as store:
        export_session(store, target)


def write_demo_session(target: Path, kind: str = "titre", *, replace: bool = False) -> None:
    """A demonstration session (« titre » or « ccp ») written as a new session file at `target`."""
    from juryapp.demo import demo_session_document

    import_session_document(
        demo_session_document(kind),
        target,
        replace=replace,
        source=f"démonstration ({kind})",
        actor="démonstration",
    )


def save_copy(store: SessionStore, target: Path) -> None:
    """« Enregistrer une copie… »: a consistent copy made with SQLite's backup API, owner-only."""
    store.save_copy(Path(target))


def backup_after(store: SessionStore, reason: str) -> str | None:
    """A rolling backup after a decision or the sign-off; the problem as a French line when it failed.

    The decision itself is already committed: a backup that cannot be written never undoes it.
    """
    if store.read_only:
        return None
    try:
        store.backup(reason)
    except JuryError as exc:
        return f"sauvegarde automatique impossible : {exc}"
    return None


def backups_of(path: Path, policy: BackupPolicy | None = None) -> list[BackupInfo]:
    """« Restaurer une sauvegarde… »: the backups of a session file, newest first."""
    return list_backups(Path(path), policy or BackupPolicy.default())


def backup_folder_of(path: Path, policy: BackupPolicy | None = None) -> Path:
    """Where the backups of the session file `path` go (the folder may not exist yet)."""
    return session_folder(Path(path), (policy or BackupPolicy.default()).root)


def default_backup_root() -> Path:
    """Where backups go when the centre's preferences name no folder."""
    return default_root()


def restore_backup(target: Path, backup: Path, *, policy: BackupPolicy | None = None) -> Path:
    """Put a backup back in place of `target` (which must not be open), after backing up `target`.

    The backup is checked first (a damaged or altered one is refused); the replacement is atomic.
    Returns the backup taken of the file replaced.
    """
    target, backup = Path(target), Path(backup)
    report = check_file(backup)
    if not report.sound:
        raise BadInput(f"sauvegarde inutilisable : {' ; '.join(report.problems[:3])}", file=backup)
    policy = policy or BackupPolicy.default()
    lock = SessionLock(target, "restauration d'une sauvegarde").acquire()
    try:
        saved = None
        if target.exists():
            conn = sqlite3.connect(str(target), isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                saved = make_backup(conn, target, "restauration", policy, _now())
            finally:
                conn.close()
        source = sqlite3.connect(f"file:{backup.resolve()}?mode=ro", uri=True)
        try:
            tmp = temporary_beside(target)
            tmp.unlink()
            copy_database(source, tmp)
        finally:
            source.close()
        try:
            make_private(tmp)
            os.replace(tmp, target)
            fsync_dir(target.parent)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise environment_error(exc, target) from None
        return saved or target
    finally:
        lock.release()


def _now() -> dt.datetime:
    return system_now()


def holder_of(path: Path) -> Holder | None:
    """Who holds a session file's write lock now, None when nobody does."""
    return lock_holder(Path(path))


__all__ = [
    "BackupInfo",
    "Opened",
    "backup_after",
    "backup_folder_of",
    "backups_of",
    "default_backup_root",
    "export_session",
    "export_session_file",
    "holder_of",
    "import_session_document",
    "open_session",
    "restore_backup",
    "save_copy",
    "session_document",
    "write_demo_session",
    "write_json",
]
