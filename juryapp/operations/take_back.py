"""« Reprendre du jury » (EXCHANGE.md §4): the secretariat takes a return package back. What each
side changed since the hand-off, candidate by candidate; a change made on both sides merges
nothing: with any conflict nothing is written. Without, the centre archive takes the session
back and, given the secretariat's session file, the returned file replaces it or is written
beside it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from juryapp.errors import BadInput, JuryError
from juryapp.files import atomic_write
from juryapp.operations.files import session_document
from juryapp.operations.sessions import read
from juryapp.operations.staging import private_folder, stage_session, work_folder
from juryapp.paths import user_data_dir
from juryapp.rules.wording import fr_datetime
from juryapp.settings import Settings
from juryapp.storage.archive import CentreArchive, TakenBackSession, default_archive_path
from juryapp.storage.common import default_actor
from juryapp.storage.lock import SessionLock
from juryapp.storage.store import SessionStore

if TYPE_CHECKING:
    from juryapp.exchange.package import Manifest
    from juryapp.exchange.session_diff import Conflict, Difference

__all__ = ["TakeBack", "take_back"]


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
    with work_folder(private_folder(user_data_dir()) / "reprise") as work, contextlib.ExitStack() as stack:
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
    stage_session(path, data, package)
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
