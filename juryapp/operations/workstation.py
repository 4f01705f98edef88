"""The jury laptop's working copies (EXCHANGE.md §4).

- `open_package` writes the session of a package sent to the jury to a working copy and
  registers it in this workstation's registry of copies (`workstation_copies`); « Remettre au
  secrétariat » (`juryapp.operations.handoff.package_for_secretariat`) marks it returned.
- « Purger ce poste » (`purge_workstation`): the registered copies removed, once packed back.

Working copies hold personal data: written atomically and owner-only.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from juryapp.errors import BadInput, CopyExists, JuryError
from juryapp.files import atomic_write, check_target, environment_error, fsync_dir
from juryapp.operations.files import backup_folder_of
from juryapp.operations.staging import private_folder, stage_session, work_folder
from juryapp.paths import user_data_dir
from juryapp.rules.wording import fr_datetime
from juryapp.storage.common import system_now
from juryapp.storage.lock import FileBusy, LockUnavailable, SessionLock

if TYPE_CHECKING:
    from juryapp.exchange.package import Manifest

__all__ = [
    "COPIES_FOLDER",
    "REGISTRY_NAME",
    "Copy",
    "OpenedPackage",
    "PurgeResult",
    "mark_returned",
    "open_package",
    "purge_workstation",
    "registered",
    "workstation_copies",
]

COPIES_FOLDER = "remises"  # in the user data folder: the working copies opened on this workstation
REGISTRY_NAME = "remises.json"  # in the user data folder: which copies this workstation made
REGISTRY_FORMAT = "juryapp.copies-jury/1"
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class OpenedPackage:
    """A package opened on this workstation: its working copy, and whether it was already there."""

    path: Path
    manifest: Manifest
    already_open: bool = False


@dataclass(frozen=True, slots=True)
class Copy:
    """A working copy this workstation made from a package (see `open_package`)."""

    path: Path
    handoff: str
    session_ref: str
    title: str
    opened_at: str
    package: str
    session_sha256: str
    returned_at: str | None = None
    return_package: str | None = None

    @property
    def returned(self) -> bool:
        """Whether a return package was written from this copy (« Remettre au secrétariat »)."""
        return self.returned_at is not None

    def text(self) -> str:
        state = f"remise au secrétariat le {fr_datetime(self.returned_at)}" if self.returned else "pas encore remise"
        return f"{self.path} (session {self.session_ref}, remise {self.handoff[:8]}) : {state}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "handoff": self.handoff,
            "session_ref": self.session_ref,
            "title": self.title,
            "opened_at": self.opened_at,
            "package": self.package,
            "session_sha256": self.session_sha256,
            "returned_at": self.returned_at,
            "return_package": self.return_package,
        }


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """What « Purger ce poste » removed, kept (not yet returned) and refused (open, with why)."""

    removed: tuple[Copy, ...]
    kept: tuple[Copy, ...]
    refused: tuple[tuple[Copy, str], ...]

    def lines(self) -> list[str]:
        lines = [f"Supprimée : {copy.path}" for copy in self.removed]
        lines += [f"Conservée (pas encore remise au secrétariat) : {copy.path}" for copy in self.kept]
        lines += [f"Refusée : {why}" for _, why in self.refused]
        return lines or ["Aucune copie de travail sur ce poste"]


# -- opening a package ------------------------------------------------------------------------------


def open_package(
    package: Path, *, passphrase: bytes | None, into: Path | None = None, replace: bool = False
) -> OpenedPackage:
    """Open a package sent to the jury: its session written to a working copy (default
    `<user data>/remises/<session ref>-<hand-off>.jury`, owner-only folder), checked, and
    registered in this workstation's registry of copies (for « Purger ce poste »).

    A working copy already there with the same content is reused (`already_open`); one with
    changes is replaced only with `replace`, and never while it is open for writing (FileBusy).
    Refused (BadInput, nothing written): no passphrase or a wrong one, a damaged or altered
    package or session, a return package (it is taken back, not opened).
    """
    from juryapp.exchange.package import file_sha256, read_package

    package = Path(package)
    manifest, data = read_package(package, passphrase)
    if manifest.direction != "vers_jury":
        raise BadInput(
            "paquet de retour du jury : il se reprend au secrétariat (« Reprendre du jury »), il ne s'ouvre pas ici",
            file=package,
        )
    if into is None:
        folder = private_folder(user_data_dir() / COPIES_FOLDER)
        target = folder / f"{_SAFE.sub('_', manifest.session_ref)}-{manifest.handoff[:8]}.jury"
    else:
        target = Path(into)
        check_target(target, "fichier de session")
    if target.exists():
        if file_sha256(target) == manifest.session_sha256:
            _register(target, manifest, package)
            return OpenedPackage(target, manifest, already_open=True)
        if not replace:
            raise CopyExists(
                "une copie de travail de cette remise existe déjà, avec des changements : ouvrez-la, ou "
                "remplacez-la (ses changements seront perdus)",
                file=target,
            )
    with work_folder(target) as work:
        staged = work / "session.jury"
        stage_session(staged, data, package, target=target)
        with SessionLock(target, "ouverture d'un paquet"):
            added = _register(target, manifest, package)
            try:
                os.replace(staged, target)
                fsync_dir(target.parent)
            except OSError as exc:
                if added:
                    with contextlib.suppress(JuryError):
                        _unregister(target)
                raise environment_error(exc, target) from None
    return OpenedPackage(target, manifest)


def workstation_copies() -> list[Copy]:
    """The working copies this workstation made from packages, oldest first (gone ones included)."""
    return _read_registry(_registry_path())


# -- « Purger ce poste » ----------------------------------------------------------------------------


def purge_workstation(*, only_returned: bool = True) -> PurgeResult:
    """« Purger ce poste » (the caller has asked for confirmation): remove the registered working
    copies, with their journals, lock files and backups; with `only_returned`, only those a return
    package was written from. A copy open for writing (here or by another program) is refused,
    saying who holds it, and stays registered."""
    path = _registry_path()
    removed: list[Copy] = []
    kept: list[Copy] = []
    refused: list[tuple[Copy, str]] = []
    with _registry_lock(path):
        copies = _read_registry(path)
        for copy in copies:
            if only_returned and not copy.returned:
                kept.append(copy)
                continue
            if not copy.path.parent.is_dir():  # its folder is gone (a removed stick): only its backups remain
                try:
                    _remove_copy(copy.path)
                except OSError as exc:
                    refused.append((copy, str(environment_error(exc, copy.path, "suppression impossible"))))
                    continue
                removed.append(copy)
                continue
            try:
                lock = SessionLock(copy.path, "purge du poste").acquire()
            except FileBusy as busy:
                who = busy.holder.text() if busy.holder else "un autre programme"
                refused.append((copy, f"{copy.path} : ouverte en écriture par {who} : fermez-la d'abord"))
                continue
            except LockUnavailable as unavailable:
                refused.append((copy, str(unavailable)))
                continue
            try:
                _remove_copy(copy.path)
            except OSError as exc:
                refused.append((copy, str(environment_error(exc, copy.path, "suppression impossible"))))
                continue
            finally:
                lock.release()
            removed.append(copy)
        if removed:
            gone = {str(copy.path) for copy in removed}
            _write_registry(path, [copy for copy in copies if str(copy.path) not in gone])
    return PurgeResult(tuple(removed), tuple(kept), tuple(refused))


def _remove_copy(path: Path) -> None:
    """The working copy, its journals and its backups folder (its lock files go with the lock)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    folder = backup_folder_of(path)
    if folder.is_dir():
        shutil.rmtree(folder)
    if path.parent.is_dir():
        fsync_dir(path.parent)


# -- the registry of working copies ------------------------------------------------------------------


def registered(session: Path) -> Copy | None:
    """The registry's entry for the working copy `session`, None when this workstation did not make it."""
    key = str(session.resolve())
    return next((copy for copy in workstation_copies() if str(copy.path) == key), None)


def mark_returned(session: Path, package: Path) -> None:
    """Record in the registry that the return package `package` was written from `session`."""
    path = _registry_path()
    key = session.resolve()
    with _registry_lock(path):
        copies = _read_registry(path)
        stamp = system_now().isoformat(timespec="seconds")
        updated = [
            Copy(
                **{**copy.to_dict(), "path": copy.path, "returned_at": stamp, "return_package": str(package.resolve())}
            )
            if copy.path == key
            else copy
            for copy in copies
        ]
        _write_registry(path, updated)


def _registry_path() -> Path:
    return user_data_dir() / REGISTRY_NAME


@contextlib.contextmanager
def _registry_lock(path: Path) -> Iterator[None]:
    private_folder(path.parent)
    with SessionLock(path, "registre des copies de travail"):
        yield


def _read_registry(path: Path) -> list[Copy]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise environment_error(exc, path, "lecture impossible") from None
    except ValueError:
        raise BadInput("registre des copies de travail illisible (JSON)", file=path) from None
    entries = document.get("copies") if isinstance(document, dict) else None
    if not isinstance(entries, list) or document.get("format") != REGISTRY_FORMAT:
        raise BadInput("registre des copies de travail illisible (format inconnu)", file=path)
    try:
        return [
            Copy(**{**{k: v for k, v in entry.items() if k in Copy.__dataclass_fields__}, "path": Path(entry["path"])})
            for entry in entries
        ]
    except (TypeError, KeyError, AttributeError):
        raise BadInput("registre des copies de travail illisible (entrée incomplète)", file=path) from None


def _write_registry(path: Path, copies: list[Copy]) -> None:
    document = {"format": REGISTRY_FORMAT, "copies": [copy.to_dict() for copy in copies]}
    atomic_write(path, (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8"), what="registre")


def _register(target: Path, manifest: Manifest, package: Path) -> bool:
    """Register `target` as a working copy of `manifest`'s hand-off; False when it already was."""
    path = _registry_path()
    key = target.resolve()
    with _registry_lock(path):
        copies = _read_registry(path)
        known = [copy for copy in copies if copy.path == key]
        entry = Copy(
            path=key,
            handoff=manifest.handoff,
            session_ref=manifest.session_ref,
            title=manifest.title,
            opened_at=system_now().isoformat(timespec="seconds"),
            package=str(package.resolve()),
            session_sha256=manifest.session_sha256,
        )
        if known and known[0].handoff == manifest.handoff and known[0].session_sha256 == manifest.session_sha256:
            return False
        _write_registry(path, [copy for copy in copies if copy.path != key] + [entry])
        return not known


def _unregister(target: Path) -> None:
    path = _registry_path()
    with _registry_lock(path):
        copies = _read_registry(path)
        _write_registry(path, [copy for copy in copies if copy.path != target.resolve()])
