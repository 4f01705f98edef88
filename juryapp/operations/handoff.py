"""The hand-off between the secretariat and the jury, through packages (EXCHANGE.md §4).

- « Préparer pour le jury » (`package_for_jury`): the session file as a package, encrypted when a
  passphrase is given; the hand-off is recorded in the secretariat's file, in the packaged copy
  and, with the session document as handed off (the base of the comparison to come), in the
  centre archive.
- On the jury laptop, `open_package` writes the packaged session to a working copy and registers
  it; « Remettre au secrétariat » (`package_for_secretariat`) packs that copy back.
- « Reprendre du jury » (`take_back`): what each side changed since the hand-off, candidate by
  candidate; a change made on both sides merges nothing: with any conflict nothing is written.
- « Purger ce poste » (`purge_workstation`): the jury laptop's working copies, once packed back.

All or nothing. Everything that can fail is done first, in a private temporary folder beside
what is written (the copy, its hand-off row, the package). Then, for a package: the hand-off row
is inserted in the secretariat's file in a transaction left open, the archive records the base
(its own committed transaction), the package is renamed into place, and the file's transaction
is committed last; any failure before that commit rolls the row back, removes the package (an
older package it replaced is put back) and an archive file this call created. The one window
left is the file's commit itself failing after the archive committed: the archive then keeps a
hand-off no package carries (listed « remis au jury », never taken back); nothing else refers
to it and a new attempt makes a new hand-off.

Packages and working copies hold personal data: written atomically and owner-only.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from juryapp import __version__
from juryapp.errors import BadInput, CopyExists, JuryError
from juryapp.files import (
    atomic_write,
    check_target,
    environment_error,
    fsync_dir,
    make_private,
    private_dir,
    write_private,
)
from juryapp.operations.files import backup_folder_of, session_document
from juryapp.operations.integrity import check_file
from juryapp.operations.sessions import read
from juryapp.paths import user_data_dir
from juryapp.rules.wording import fr_datetime
from juryapp.settings import Settings
from juryapp.storage.archive import CentreArchive, TakenBackSession, default_archive_path
from juryapp.storage.common import default_actor, system_now
from juryapp.storage.lock import FileBusy, LockUnavailable, SessionLock
from juryapp.storage.store import SessionStore

if TYPE_CHECKING:
    from juryapp.exchange.package import Manifest
    from juryapp.exchange.session_diff import Conflict, Difference

__all__ = [
    "COPIES_FOLDER",
    "REGISTRY_NAME",
    "Copy",
    "OpenedPackage",
    "Packaged",
    "PurgeResult",
    "TakeBack",
    "open_package",
    "package_for_jury",
    "package_for_secretariat",
    "purge_workstation",
    "take_back",
    "workstation_copies",
]

COPIES_FOLDER = "remises"  # in the user data folder: the working copies opened on this workstation
REGISTRY_NAME = "remises.json"  # in the user data folder: which copies this workstation made
REGISTRY_FORMAT = "juryapp.copies-jury/1"
NOT_HANDED_OFF = "ce fichier n'a pas été remis au jury par un paquet"
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


# -- results ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Packaged:
    """A package written: where, its manifest, where the hand-off was archived, what to tell."""

    path: Path
    manifest: Manifest
    encrypted: bool
    archive: Path | None = None
    notices: tuple[str, ...] = ()

    @property
    def handoff(self) -> str:
        return self.manifest.handoff

    def lines(self) -> list[str]:
        """What was done, in French, one fact a line."""
        way = "vers le jury" if self.manifest.direction == "vers_jury" else "retour au secrétariat"
        how = "chiffré par la phrase secrète" if self.encrypted else "NON chiffré : ne le laissez pas sans surveillance"
        lines = [
            f"Paquet écrit dans {self.path} ({how})",
            f"Session {self.manifest.session_ref} ({self.manifest.title}), remise {self.handoff[:8]}, {way}",
        ]
        if self.archive is not None:
            lines.append(f"Remise enregistrée dans l'archive du centre {self.archive}")
        return [*lines, *self.notices]


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


@dataclass(slots=True)
class TakeBack:
    """What « Reprendre du jury » found and did.

    `theirs`: the jury's changes since the hand-off; `ours`: the secretariat's (empty without
    `session`); `conflicts`: items both changed differently (then nothing was written). What was
    written: `archived` (the archive took the session back), `replaced` (the session file, after
    a backup at `backup`), or `beside` (the returned file, when the secretariat changed its own);
    `up_to_date` when the session file already held what came back.
    """

    manifest: Manifest
    package: Path
    archive: Path
    theirs: list[Difference]
    ours: list[Difference]
    conflicts: list[Conflict]
    names: dict[str, str] = field(default_factory=dict)
    archived: bool = False
    replaced: Path | None = None
    backup: Path | None = None
    beside: Path | None = None
    up_to_date: bool = False
    dry_run: bool = False  # nothing written: `replaced`, `beside` and `up_to_date` say what would be

    @property
    def clean(self) -> bool:
        return not self.conflicts

    def written(self) -> list[Path]:
        """The files this take-back wrote or replaced (none for a dry run)."""
        if self.dry_run:
            return []
        found = [self.archive] if self.archived else []
        return found + [p for p in (self.replaced, self.backup, self.beside) if p is not None]

    def lines(self) -> list[str]:
        """The take-back in French: conflicts, each side's changes candidate by candidate, what was written."""
        m = self.manifest
        lines = [f"Paquet {self.package} : session {m.session_ref} ({m.title}), remise {m.handoff[:8]}"]
        lines.append(f"Remis au secrétariat par {m.created_by} le {fr_datetime(m.created_at)}")
        if self.conflicts:
            count = len(self.conflicts)
            lines.append(
                f"{count} conflit{'s' if count > 1 else ''} : le secrétariat et le jury ont modifié différemment "
                "les mêmes éléments ; rien n'a été enregistré, rien n'est fusionné :"
            )
            lines += _grouped(self.conflicts, self.names)
        lines.append("Changements du jury depuis la remise :" if self.theirs else "Aucun changement du jury")
        lines += _grouped(self.theirs, self.names)
        if self.ours:
            lines.append("Changements du secrétariat depuis la remise :")
            lines += _grouped(self.ours, self.names)
        if self.archived:
            lines.append(f"Session reprise dans l'archive du centre {self.archive}")
        if self.replaced is not None:
            lines.append(f"Fichier de session remplacé par le retour du jury : {self.replaced}")
            if self.backup is not None:
                lines.append(f"L'ancien fichier est sauvegardé dans {self.backup}")
        if self.beside is not None:
            lines.append(
                f"Retour du jury écrit à côté : {self.beside} ; le fichier du secrétariat a changé depuis la remise "
                "(changements listés ci-dessus) : reportez-les dans le retour du jury avant de l'utiliser"
            )
        if self.up_to_date:
            lines.append("Le fichier de session contient déjà ce retour du jury : il n'a pas été modifié")
        return lines


def _grouped(items: list[Difference] | list[Conflict], names: dict[str, str]) -> list[str]:
    """Items under one heading per candidate (session-wide ones first), in their order."""
    lines: list[str] = []
    current: object = object()
    for item in items:
        if item.candidate != current:
            current = item.candidate
            if item.candidate is None:
                lines.append("  Session :")
            else:
                name = names.get(item.candidate)
                lines.append(f"  {item.candidate}{f' — {name}' if name else ''} :")
        text = item.text()
        if item.candidate is not None:
            text = text.removeprefix(f"{item.candidate} — ")
        lines.append(f"    - {text}")
    return lines


def _names(*documents: dict) -> dict[str, str]:
    """Candidate ref → « NOM Prénom », from the first document that has them."""
    names: dict[str, str] = {}
    for document in documents:
        for person in document.get("candidates") or []:
            if isinstance(person, dict) and isinstance(person.get("ref"), str):
                full = f"{str(person.get('last_name') or '').upper()} {person.get('first_name') or ''}".strip()
                names.setdefault(person["ref"], full)
    return names


# -- packaging --------------------------------------------------------------------------------------


def package_for_jury(
    session: Path,
    target: Path,
    *,
    passphrase: bytes | None,
    actor: str | None = None,
    archive: Path | None = None,
) -> Packaged:
    """« Préparer pour le jury »: the session file as a package at `target` (encrypted with a
    passphrase), a new hand-off recorded in the file, in the packaged copy and in the centre
    archive (`archive`, default: the preferences' one, created when missing) with the session
    document as handed off.

    Refused (BadInput, nothing written): a file open for writing elsewhere (who holds it), a
    read-only file, a target that is a folder, the session itself or an existing file that is
    not a package, an empty passphrase, an archive that refuses the hand-off. See the module's
    docstring for what a failure leaves.
    """
    session, target = Path(session), Path(target)
    _check_package_target(session, target, passphrase)
    archive_path = Path(archive) if archive is not None else default_archive_path(Settings.load())
    actor = actor or default_actor()
    from juryapp.exchange.package import new_handoff_id

    with _open_for_writing(session, "préparation pour le jury") as store:
        return _package(store, target, new_handoff_id(), "vers_jury", passphrase, actor, archive_path=archive_path)


def package_for_secretariat(
    session: Path, target: Path, *, passphrase: bytes | None, actor: str | None = None
) -> Packaged:
    """« Remettre au secrétariat »: the jury's copy as a return package at `target`, under the
    hand-off of the file's last « vers_jury » record (BadInput when it has none: the file was not
    handed off by a package); the return is recorded in the file and in the packaged copy, and
    the working copy is marked returned in this workstation's registry (for the purge).
    Refused as `package_for_jury` is; the archive is not touched (it is the secretariat's)."""
    session, target = Path(session), Path(target)
    _check_package_target(session, target, passphrase)
    actor = actor or default_actor()
    with _open_for_writing(session, "remise au secrétariat") as store:
        sent = [record for record in store.handoff_records() if record.direction == "vers_jury"]
        if not sent:
            raise BadInput(NOT_HANDED_OFF, file=session)
        registered = _registered(session)
        base = registered.session_sha256 if registered is not None else None
        packaged = _package(store, target, sent[-1].handoff, "vers_secretariat", passphrase, actor, base_sha256=base)
    notices: list[str] = []
    if registered is None:
        notices.append(
            f"{session} n'est pas une copie de travail ouverte par ce poste : « Purger ce poste » ne la supprimera pas"
        )
    else:
        try:
            _mark_returned(session, target)
        except JuryError as exc:  # the package is written and recorded: the purge keeps the copy, the safe side
            notices.append(f"copie non marquée comme remise ({exc}) : « Purger ce poste » la conservera")
    return Packaged(packaged.path, packaged.manifest, packaged.encrypted, None, tuple(notices))


def _check_package_target(session: Path, target: Path, passphrase: bytes | None) -> None:
    from juryapp.exchange.package import looks_like_package

    if passphrase is not None and not passphrase:
        raise BadInput("phrase secrète vide", file=target)
    check_target(target, "paquet")
    if target.exists() and target.resolve() == session.resolve():
        raise BadInput("le paquet ne peut pas remplacer le fichier de session qu'il contient", file=target)
    if target.exists() and target.stat().st_size > 0 and not looks_like_package(target):
        raise BadInput("ce fichier existe et n'est pas un paquet juryapp : il ne sera pas remplacé", file=target)


@contextlib.contextmanager
def _open_for_writing(path: Path, purpose: str) -> Iterator[SessionStore]:
    """The session open for writing, under its lock (FileBusy, a BadInput, when another holds it)."""
    store = SessionStore.open(path, purpose=purpose)
    try:
        if store.read_only_reason is not None:
            raise BadInput(f"fichier en lecture seule ({store.read_only_reason}) : rien n'a été écrit", file=path)
        yield store
    finally:
        store.close()


@contextlib.contextmanager
def _work_folder(beside: Path) -> Iterator[Path]:
    """A private (0700) temporary folder in `beside`'s folder, removed with all it holds."""
    try:
        folder = Path(tempfile.mkdtemp(dir=beside.parent, prefix=f".{beside.name}.", suffix=".travail"))
    except OSError as exc:
        raise environment_error(exc, beside) from None
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _package(
    store: SessionStore,
    target: Path,
    handoff: str,
    direction: str,
    passphrase: bytes | None,
    actor: str,
    *,
    archive_path: Path | None = None,
    base_sha256: str | None = None,
) -> Packaged:
    from juryapp.exchange.package import MANIFEST_FORMAT, Manifest, write_package

    note = f"paquet {target.name}"
    with _work_folder(target) as work:
        copy = work / "session.jury"
        store.save_copy(copy)
        with SessionStore.open(copy, store.clock, purpose="paquet en préparation") as packed:
            packed.record_handoff(handoff, direction, actor=actor, note=note)
            document = session_document(packed) if archive_path is not None else None
            info = packed.session_info()
            created_at = packed.clock().isoformat(timespec="seconds")
        draft = Manifest(
            format=MANIFEST_FORMAT,
            handoff=handoff,
            direction=direction,
            session_ref=info.ref,
            title=info.title,
            session_start=info.start.isoformat(),
            session_end=info.end.isoformat(),
            created_at=created_at,
            created_by=actor,
            app_version=__version__,
            session_sha256="0" * 64,  # computed by write_package
            session_size=0,
            base_sha256=base_sha256,
        )
        staged = work / "paquet"
        manifest = write_package(staged, copy, draft, passphrase)
        created = archive_path is not None and not archive_path.exists()
        aside = work / "précédent"
        had = target.exists()
        placed = False
        try:
            # The file's transaction is committed last: every failure before rolls its row back.
            with store.transaction():
                store.record_handoff(handoff, direction, actor=actor, note=note)
                if archive_path is not None and document is not None:
                    with CentreArchive.open(archive_path, purpose="remise au jury") as archive:
                        archive.record_handoff(handoff, info.ref, document, by=actor)
                if had:
                    os.replace(target, aside)
                os.replace(staged, target)
                placed = True
                make_private(target)
                fsync_dir(target.parent)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                if placed:
                    target.unlink()
                if had and aside.exists():
                    os.replace(aside, target)
            if created and archive_path is not None:
                for suffix in ("", "-journal"):
                    Path(str(archive_path) + suffix).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise environment_error(exc, target) from None
            raise
    return Packaged(target, manifest, passphrase is not None, archive_path)


# -- the jury laptop --------------------------------------------------------------------------------


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
        folder = _private_folder(user_data_dir() / COPIES_FOLDER)
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
    with _work_folder(target) as work:
        staged = work / "session.jury"
        try:
            write_private(staged, data)
        except OSError as exc:
            raise environment_error(exc, target) from None
        report = check_file(staged)
        if not report.sound:
            raise BadInput(f"session du paquet inutilisable : {report.summary()}", file=package)
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


def _private_folder(folder: Path) -> Path:
    try:
        return private_dir(folder)
    except OSError as exc:
        raise environment_error(exc, folder, "création du dossier impossible") from None


def workstation_copies() -> list[Copy]:
    """The working copies this workstation made from packages, oldest first (gone ones included)."""
    return _read_registry(_registry_path())


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


def _registry_path() -> Path:
    return user_data_dir() / REGISTRY_NAME


@contextlib.contextmanager
def _registry_lock(path: Path) -> Iterator[None]:
    _private_folder(path.parent)
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


def _registered(session: Path) -> Copy | None:
    key = str(session.resolve())
    return next((copy for copy in workstation_copies() if str(copy.path) == key), None)


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


def _mark_returned(session: Path, package: Path) -> None:
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


# -- the secretariat takes a package back ---------------------------------------------------------


def take_back(
    package: Path,
    *,
    passphrase: bytes | None,
    archive: Path | None = None,
    session: Path | None = None,
    actor: str | None = None,
    dry_run: bool = False,
) -> TakeBack:
    """« Reprendre du jury »: compare the returned session with the document as handed off (the
    archive's base) and, given `session`, with the secretariat's own file; record it.

    `dry_run`: only read (the archive and `session` opened read-only, no lock taken, so the
    window holding `session` can ask first): the result says what would be written.

    With conflicts, nothing is written anywhere: the result lists them. Without: the archive
    takes the session back; then, given `session`, when the secretariat changed nothing since the
    hand-off the returned file replaces it (after a backup), else the returned file is written
    beside it as `<stem>-retour-jury.jury` for the secretariat to reconcile (its changes listed).

    Refused (BadInput, nothing written): a package to the jury, a wrong passphrase, a damaged or
    altered package or session, a missing archive or one that does not know the hand-off, a
    session file that is not the one handed off or is open for writing elsewhere. The archive is
    written first (taking a session back again replaces it): should the disk fail after it, the
    session file is left as it was and running the take-back again completes it.
    """
    from juryapp.exchange.package import read_package
    from juryapp.exchange.session_diff import differences, three_way

    package = Path(package)
    manifest, data = read_package(package, passphrase)
    if manifest.direction != "vers_secretariat":
        raise BadInput(
            "paquet envoyé au jury : il s'ouvre sur le poste du jury ; seul un paquet de retour "
            "(« Remettre au secrétariat ») se reprend",
            file=package,
        )
    archive_path = Path(archive) if archive is not None else default_archive_path(Settings.load())
    if not archive_path.is_file():
        raise BadInput(
            "archive du centre introuvable : la remise de ce paquet n'y est pas enregistrée", file=archive_path
        )
    session = Path(session) if session is not None else None
    if session is not None and not session.is_file():
        raise BadInput("fichier de session introuvable", file=session)
    actor = actor or default_actor()
    with _work_folder(_private_folder(user_data_dir()) / "reprise") as work, contextlib.ExitStack() as stack:
        theirs, taken = _returned_session(work / "retour.jury", data, package, manifest.session_ref)
        store = stack.enter_context(
            CentreArchive.open(archive_path, purpose="reprise d'un paquet du jury", write=not dry_run)
        )
        base = store.base_document(manifest.handoff)
        if base is None:
            raise BadInput(_unknown_handoff(store, manifest.handoff), file=archive_path)
        ours, mine = base, None
        if session is not None:
            if not dry_run:
                stack.enter_context(SessionLock(session, "reprise d'un paquet du jury"))
            mine = stack.enter_context(SessionStore.open(session, write=False))
            ours = session_document(mine)
            if manifest.handoff not in {r.handoff for r in mine.handoff_records() if r.direction == "vers_jury"}:
                raise BadInput(
                    f"ce fichier de session n'a pas été remis au jury par la remise {manifest.handoff[:8]} "
                    "de ce paquet",
                    file=session,
                )
        compared = three_way(base, ours, theirs)
        result = TakeBack(
            manifest,
            package,
            archive_path,
            compared.theirs,
            compared.ours,
            compared.conflicts,
            _names(theirs, ours, base),
        )
        if compared.conflicts:
            return result
        if dry_run:
            result.dry_run = True
            if session is not None:
                if not differences(ours, theirs):
                    result.up_to_date = True
                elif not compared.ours:
                    result.replaced = session
                else:
                    result.beside = session.with_name(f"{session.stem}-retour-jury.jury")
            return result
        store.take_back(manifest.handoff, taken, theirs, by=actor)
        result.archived = True
        if session is None or mine is None:
            return result
        try:
            if not differences(ours, theirs):
                result.up_to_date = True
            elif not compared.ours:
                result.backup = mine.backup("remplacement")
                mine.close()
                atomic_write(session, data, what="fichier de session")
                result.replaced = session
            else:
                beside = session.with_name(f"{session.stem}-retour-jury.jury")
                atomic_write(beside, data, what="fichier de session")
                result.beside = beside
        except JuryError as exc:
            raise JuryError(
                f"{exc} ; l'archive a déjà repris la session, le fichier de session est resté tel quel : "
                "relancez la reprise une fois le problème réglé"
            ) from None
    return result


def _returned_session(path: Path, data: bytes, package: Path, session_ref: str) -> tuple[dict, TakenBackSession]:
    """The returned session's document and what the archive keeps of it, read from `data` written
    at `path` (a private work folder) and checked first."""
    try:
        write_private(path, data)
    except OSError as exc:
        raise environment_error(exc, path) from None
    report = check_file(path)
    if not report.sound:
        raise BadInput(f"session du paquet inutilisable : {report.summary()}", file=package)
    with SessionStore.open(path, write=False) as returned:
        document = session_document(returned)
        view = read(returned)
        taken = TakenBackSession.from_session(view.data, view.outcomes.values())
    if taken.ref != session_ref:
        raise BadInput(
            f"la session du paquet ({taken.ref}) n'est pas celle de son manifeste ({session_ref})", file=package
        )
    return document, taken


def _unknown_handoff(archive: CentreArchive, handoff: str) -> str:
    known = next((h for h in archive.handoffs() if h.id == handoff), None)
    if known is not None and known.status == "purged":
        return f"remise {handoff[:8]} purgée de l'archive (conservation échue) : rien n'a été repris"
    return f"remise {handoff[:8]} inconnue de cette archive (préparée avec une autre archive ?) : rien n'a été repris"
