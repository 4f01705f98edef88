"""Acts on the centre's seal key (DOMAIN.md §8): create it on purpose, back it up, restore it.

A key is never made silently. Each act is recorded in the centre folder's history (who, when,
fingerprint, why) and, through the `record` callback, where the caller wants (a session's audit).
Each act writes its files all or nothing: on failure every file is as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from juryapp.documents.centre_keys import (
    FORMAT,
    HISTORY_FILE,
    REGISTER_FILE,
    RETIRED_DIR,
    CentreKeys,
    KeyEvent,
    KeyPeriod,
    read_centre_keys,
)
from juryapp.documents.keys import KEY_FILE, CentreKey, keys_dir
from juryapp.errors import BadInput, JuryError, os_error_text
from juryapp.files import atomic_create, atomic_write, private_dir
from juryapp.storage.common import default_actor


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


class FileChanges:
    """Writes to several files, applied together; `commit` returns the undo that puts them back."""

    def __init__(self) -> None:
        self._writes: list[tuple[Path, bytes, bool]] = []

    def write(self, path: Path, data: bytes, *, create_only: bool = False) -> None:
        self._writes.append((path, data, create_only))

    def commit(self) -> Callable[[], None]:
        done: list[tuple[Path, bytes | None]] = []
        made_dirs: list[Path] = []

        def undo() -> None:
            for path, previous in reversed(done):
                with contextlib.suppress(OSError, JuryError):
                    if previous is None:
                        path.unlink(missing_ok=True)
                    else:
                        atomic_write(path, previous)
            for folder in reversed(made_dirs):
                with contextlib.suppress(OSError):
                    folder.rmdir()

        try:
            for path, data, create_only in self._writes:
                missing = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
                for folder in reversed(missing):  # the outermost first, each owner-only
                    private_dir(folder)
                    made_dirs.append(folder)
                previous = path.read_bytes() if path.exists() else None
                if create_only:
                    if previous is not None or not atomic_create(path, data):
                        raise BadInput("le fichier existe déjà : il n'est jamais remplacé", file=path)
                else:
                    atomic_write(path, data)
                done.append((path, previous))
        except BaseException:
            undo()
            raise
        return undo


def _register_bytes(current: KeyPeriod | None, retired: list[KeyPeriod]) -> bytes:
    document = {
        "format": FORMAT,
        "current": current.as_json() if current else None,
        "retired": [period.as_json() for period in retired],
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _history_bytes(folder: Path, event: KeyEvent) -> bytes:
    path = folder / HISTORY_FILE
    before = path.read_bytes() if path.exists() else b""
    if before and not before.endswith(b"\n"):
        before += b"\n"
    return before + json.dumps(event.as_json(), ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"


def _retire(state: CentreKeys, changes: FileChanges, now: str) -> tuple[str | None, list[KeyPeriod]]:
    """Put the present key aside: its private file to `retired/`, its period closed. Returns the
    retired fingerprint and the retired periods to record."""
    retired = list(state.retired)
    name = None
    if state.has_private_file:
        data = state.key_path.read_bytes()
        stem = state.private_fingerprint or f"illisible-{now.replace(':', '')}"
        changes.write(state.folder / RETIRED_DIR / f"{stem}.pem", data)
        name = state.private_fingerprint
    if state.current is not None:
        retired.append(replace(state.current, until=now))
        name = state.current.fingerprint
    return name, retired


def _finish(folder: Path, changes: FileChanges, event: KeyEvent, record: Callable[[KeyEvent], None] | None) -> KeyEvent:
    """Add the act to the history, write every file, then `record` it (every file goes back if that fails)."""
    changes.write(folder / HISTORY_FILE, _history_bytes(folder, event))
    undo = changes.commit()
    if record is not None:
        try:
            record(event)
        except BaseException:
            undo()
            raise
    return event


def create_centre_key(
    *,
    reason: str = "",
    actor: str | None = None,
    replace_existing: bool = False,
    folder: Path | None = None,
    record: Callable[[KeyEvent], None] | None = None,
) -> KeyEvent:
    """Make the centre's key, on purpose, and record the act in the history file.

    When this machine already holds a private key, or the centre folder records a current key
    (even one whose private file is gone: it is to be restored, not silently replaced), it is
    refused unless `replace_existing` and a `reason`: the old key is then retired (its public key
    kept, so documents it sealed still verify). `record` is called once the files are in place
    (e.g. to write a session's audit); if it fails, every file goes back as it was.
    """
    folder = folder or keys_dir()
    state = read_centre_keys(folder)
    keep = "l'ancienne est retirée et reste connue pour vérifier les documents déjà scellés"
    if state.has_private_file and not replace_existing:
        which = f"empreinte {state.private_fingerprint}" if state.private_fingerprint else "fichier illisible"
        raise BadInput(
            f"une clé du centre existe déjà sur cette machine ({which}) : pour la remplacer par une nouvelle, "
            f"ajoutez --replace et --reason TEXTE ({keep})",
            file=state.key_path,
        )
    if state.current is not None and not replace_existing:
        raise BadInput(
            f"la clé du centre (empreinte {state.current.fingerprint}) est inscrite au dossier du centre mais "
            "absente de cette machine : restaurez-la avec « juryapp key restore FICHIER » (sauvegarde faite par "
            "« juryapp key backup ») ; pour la remplacer volontairement par une nouvelle clé, ajoutez --replace "
            f"et --reason TEXTE ({keep})",
            file=folder / REGISTER_FILE,
        )
    if (state.has_private_file or state.current is not None) and not reason.strip():
        raise BadInput(
            "remplacer la clé du centre demande un motif : ajoutez --reason TEXTE (il est inscrit à l'historique "
            "des clés)",
            file=folder / REGISTER_FILE if state.current is not None else state.key_path,
        )
    key = CentreKey.generate()
    now = _now()
    changes = FileChanges()
    retired_name, retired = _retire(state, changes, now)
    if state.has_private_file:
        changes.write(state.key_path, key.private_pem())
    else:
        changes.write(state.key_path, key.private_pem(), create_only=True)
    changes.write(folder / REGISTER_FILE, _register_bytes(KeyPeriod(key.fingerprint, key.public_b64(), now), retired))
    event = KeyEvent("new", key.fingerprint, now, actor or default_actor(), " ".join(reason.split()), retired_name)
    return _finish(folder, changes, event, record)


def backup_centre_key(
    target: Path,
    passphrase: bytes | None = None,
    *,
    actor: str | None = None,
    folder: Path | None = None,
) -> KeyEvent:
    """Write the centre's private key to `target` (mode 0600; never over an existing file),
    encrypted with `passphrase` when one is given, and record the act."""
    folder = folder or keys_dir()
    target = Path(target)
    key = CentreKey.load(folder)
    if key is None:
        raise BadInput("aucune clé du centre sur cette machine : rien à sauvegarder", file=folder / KEY_FILE)
    if target.is_dir():
        raise BadInput("c'est un dossier : donnez le nom du fichier de sauvegarde", file=target)
    if not target.parent.is_dir():
        raise BadInput("le dossier de destination n'existe pas", file=target)
    if target.exists():
        raise BadInput("le fichier existe déjà : une sauvegarde n'en remplace jamais une autre", file=target)
    changes = FileChanges()
    changes.write(target, key.private_pem(passphrase), create_only=True)
    event = KeyEvent("backup", key.fingerprint, _now(), actor or default_actor(), file=str(target))
    return _finish(folder, changes, event, None)


def read_backup(source: Path, passphrase: bytes | None = None) -> CentreKey:
    """The key held by a backup file; BadInput naming the file when it is not an Ed25519 private key."""
    source = Path(source)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise BadInput("fichier introuvable", file=source) from None
    except OSError as error:
        raise BadInput(f"lecture impossible : {os_error_text(error)}", file=source) from None
    try:
        return CentreKey(CentreKey.from_pem(data, passphrase))
    except BadInput as error:
        raise error.within(source) from None


def restore_centre_key(
    source: Path,
    passphrase: bytes | None = None,
    *,
    replace_existing: bool = False,
    reason: str = "",
    actor: str | None = None,
    folder: Path | None = None,
    record: Callable[[KeyEvent], None] | None = None,
) -> KeyEvent | None:
    """Put back the centre's key from a backup; None when that very key is already in place.

    A different key present on this machine, or recorded as current in the centre folder, is
    replaced only with `replace_existing`: it is then retired (kept to verify what it sealed).
    """
    folder = folder or keys_dir()
    key = read_backup(source, passphrase)
    state = read_centre_keys(folder)
    print_ = key.fingerprint
    in_place = state.private_fingerprint == print_
    if in_place and state.current is not None and state.current.fingerprint == print_:
        return None
    existing = replaced_by_restore(key, folder)
    if existing and not replace_existing:
        raise BadInput(
            f"la clé du centre actuelle (empreinte {existing}) n'est pas celle de la sauvegarde "
            f"(empreinte {print_}) : ajoutez --replace pour la remplacer (l'actuelle est retirée et reste "
            "connue pour vérifier les documents déjà scellés)",
            file=Path(source),
        )
    now = _now()
    changes = FileChanges()
    retired_name, retired = _retire(state, changes, now) if existing else (None, list(state.retired))
    if not in_place:
        changes.write(state.key_path, key.private_pem(), create_only=not state.has_private_file)
    if state.current is not None and state.current.fingerprint == print_:
        current = state.current
    else:
        current = KeyPeriod(print_, key.public_b64(), now)
    changes.write(folder / REGISTER_FILE, _register_bytes(current, retired))
    event = KeyEvent(
        "restore", print_, now, actor or default_actor(), " ".join(reason.split()), retired_name, str(source)
    )
    return _finish(folder, changes, event, record)


def replaced_by_restore(key: CentreKey, folder: Path | None = None) -> str | None:
    """The fingerprint of the key that restoring `key` would retire (needs `replace_existing`), if any."""
    state = read_centre_keys(folder)
    for name in (
        state.private_fingerprint or ("fichier illisible" if state.private_problem else None),
        state.current.fingerprint if state.current else None,
    ):
        if name and name != key.fingerprint:
            return name
    return None
