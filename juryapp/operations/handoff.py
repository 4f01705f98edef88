"""The hand-off between the secretariat and the jury, through packages (EXCHANGE.md §4).

- « Préparer pour le jury » (`package_for_jury`): the session file as a package, encrypted when a
  passphrase is given; the hand-off is recorded in the secretariat's file, in the packaged copy
  and, with the session document as handed off (the base of the comparison to come), in the
  centre archive.
- « Remettre au secrétariat » (`package_for_secretariat`): the jury laptop's working copy (see
  `juryapp.operations.workstation`) packed back under the same hand-off.
- « Reprendre du jury » is `juryapp.operations.take_back`.

All or nothing. Everything that can fail is done first, in a private temporary folder beside
what is written (the copy, its hand-off row, the package). Then, for a package: the hand-off row
is inserted in the secretariat's file in a transaction left open, the archive records the base
(its own committed transaction), the package is renamed into place, and the file's transaction
is committed last; any failure before that commit rolls the row back, removes the package (an
older package it replaced is put back) and an archive file this call created. The one window
left is the file's commit itself failing after the archive committed: the archive then keeps a
hand-off no package carries (listed « remis au jury », never taken back); nothing else refers
to it and a new attempt makes a new hand-off.

Packages hold personal data: written atomically and owner-only.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from juryapp import __version__
from juryapp.errors import BadInput, JuryError
from juryapp.files import check_target, environment_error, fsync_dir, make_private
from juryapp.operations.files import session_document
from juryapp.operations.staging import work_folder
from juryapp.operations.workstation import mark_returned, registered
from juryapp.settings import Settings
from juryapp.storage.archive import CentreArchive, default_archive_path
from juryapp.storage.common import default_actor
from juryapp.storage.store import SessionStore

if TYPE_CHECKING:
    from juryapp.exchange.package import Manifest

__all__ = ["NOT_HANDED_OFF", "Packaged", "package_for_jury", "package_for_secretariat"]

NOT_HANDED_OFF = "ce fichier n'a pas été remis au jury par un paquet"


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
        copy = registered(session)
        base = copy.session_sha256 if copy is not None else None
        packaged = _package(store, target, sent[-1].handoff, "vers_secretariat", passphrase, actor, base_sha256=base)
    notices: list[str] = []
    if copy is None:
        notices.append(
            f"{session} n'est pas une copie de travail ouverte par ce poste : « Purger ce poste » ne la supprimera pas"
        )
    else:
        try:
            mark_returned(session, target)
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
    with work_folder(target) as work:
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
