"""Rolling backups of a session file, taken online with SQLite's backup API and verified.

A backup is a complete session file (owner-only) in the backup folder of its session:
`<root>/<name>-<hash of the file's path>/<name>-<AAAAMMJJ-HHMMSS-ffffff>-<reason>.jury`. The last
`keep` of a session are kept. One is taken after each decision and at sign-off (by the
application layer), and before every migration, import over a file, and replacement.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from juryapp.errors import BadInput, JuryError
from juryapp.files import fsync_dir, make_private, private_dir, temporary_beside
from juryapp.paths import user_data_dir
from juryapp.storage.schema import APPLICATION_ID, SCHEMA_VERSION, check_session_file

KEEP_DEFAULT = 20

REASONS = {
    "decision": "après une décision",
    "cloture": "à la clôture",
    "revocation": "après une révocation",
    "migration": "avant une mise à jour du format",
    "remplacement": "avant un remplacement",
    "restauration": "avant une restauration",
    "manuelle": "sauvegarde manuelle",
}

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z]+)\.jury$")


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    """Where backups go and how many of each session are kept."""

    root: Path
    keep: int = KEEP_DEFAULT

    @classmethod
    def default(cls) -> BackupPolicy:
        from juryapp.settings import Settings

        try:
            settings = Settings.load()
        except BadInput:
            return cls(default_root())
        folder = settings.get("backup_dir") or ""
        keep = settings.get("backup_keep", KEEP_DEFAULT)
        return cls(Path(folder) if folder else default_root(), max(1, int(keep)))


def default_root() -> Path:
    return user_data_dir() / "sauvegardes"


def session_folder(session_path: Path, root: Path) -> Path:
    """The folder of one session file's backups: its name and a hash of where it lives."""
    where = hashlib.sha256(str(Path(session_path).resolve()).encode("utf-8")).hexdigest()[:8]
    return root / f"{Path(session_path).stem}-{where}"


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open session into `target` (a new file), with the backup API.

    The copy is made beside the target, checked (integrity, header), made a single file and
    flushed to the disk, then renamed into place. `target` is never half written.
    """
    target = Path(target)
    tmp = temporary_beside(target, ".partial")
    try:
        dest = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            verdict = dest.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                raise JuryError(f"{target} : copie incohérente ({verdict}) : non conservée")
            app = dest.execute("PRAGMA application_id").fetchone()[0]
            if app != APPLICATION_ID:
                raise JuryError(f"{target} : la copie n'est pas un fichier de session : non conservée")
        finally:
            dest.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        make_private(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        raise


def make_backup(
    conn: sqlite3.Connection, session_path: Path, reason: str, policy: BackupPolicy, now: dt.datetime
) -> Path:
    """Back the open session up into its backup folder, then keep only the last `policy.keep`."""
    assert reason in REASONS, reason
    folder = private_dir(session_folder(session_path, policy.root))
    # Copies left half-made by a process killed mid-backup (only the file's writer backs it up).
    for leftover in folder.glob(".*.partial*"):
        leftover.unlink(missing_ok=True)
    target = folder / f"{Path(session_path).stem}-{now:%Y%m%d-%H%M%S-%f}-{reason}.jury"
    while target.exists():
        now += dt.timedelta(microseconds=1)
        target = folder / f"{Path(session_path).stem}-{now:%Y%m%d-%H%M%S-%f}-{reason}.jury"
    copy_database(conn, target)
    prune(folder, policy.keep)
    return target


def _stamp(path: Path) -> str:
    match = _NAME.match(path.name)
    return match["stamp"] if match else ""


def prune(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` backups of a folder; returns the removed ones."""
    backups = sorted((p for p in folder.glob("*.jury") if _NAME.match(p.name)), key=_stamp)
    removed = backups[: max(0, len(backups) - keep)]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup, as « Restaurer une sauvegarde… » lists it."""

    path: Path
    taken_at: dt.datetime
    reason: str
    candidates: int
    decisions: int
    signed_off: bool
    problem: str = ""  # why it cannot be restored, when it cannot

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)

    def summary(self) -> str:
        if self.problem:
            return f"inutilisable : {self.problem}"
        closed = ", session close" if self.signed_off else ""
        return f"{self.candidates} candidats, {self.decisions} décisions{closed}"


def describe_backup(path: Path) -> BackupInfo:
    match = _NAME.match(path.name)
    taken = (
        dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
        if match
        else dt.datetime.fromtimestamp(path.stat().st_mtime)
    )
    reason = match["reason"] if match else "manuelle"
    try:
        version = check_session_file(path)
        uri = f"file:{path.resolve()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True)
        try:
            candidates = conn.execute("SELECT count(*) FROM candidates").fetchone()[0]
            decisions = sum(
                conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("results", "title_decisions", "ccs_decisions")
            )
            signed_off = conn.execute("SELECT count(*) FROM sign_offs").fetchone()[0] > 0
        finally:
            conn.close()
        problem = "" if version <= SCHEMA_VERSION else "format plus récent"
    except (BadInput, sqlite3.Error) as exc:
        return BackupInfo(path, taken, reason, 0, 0, False, str(getattr(exc, "problem", exc)))
    return BackupInfo(path, taken, reason, candidates, decisions, signed_off, problem)


def list_backups(session_path: Path, policy: BackupPolicy) -> list[BackupInfo]:
    """The backups of one session file, newest first."""
    folder = session_folder(session_path, policy.root)
    if not folder.is_dir():
        return []
    infos = [describe_backup(p) for p in folder.glob("*.jury") if _NAME.match(p.name)]
    return sorted(infos, key=lambda info: info.taken_at, reverse=True)
