"""The centre's seal key, for the window and the command line: what the centre folder holds, and
the acts on it (create on purpose, back up, restore).

Each act is kept in the centre folder's key history; creating or restoring a key while a session
is open for writing (`session`) is also kept in that session's audit, and when that fails every
key file goes back as it was. The cryptography is imported only when a key is read or made: the
window starts without it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from juryapp.operations.lazy import lazy_names

if TYPE_CHECKING:
    from juryapp.documents.centre_keys import CentreKeys, KeyEvent, KeyUnavailable
    from juryapp.storage.store import SessionStore

# Names of this module read from the documents package when first asked for (PEP 562).
_LAZY = {
    "CentreKeys": "juryapp.documents.centre_keys",
    "KeyEvent": "juryapp.documents.centre_keys",
    "KeyUnavailable": "juryapp.documents.centre_keys",
}

__getattr__ = lazy_names(__name__, _LAZY)


def _recorder(session: SessionStore | None, actor: str | None) -> Callable[[KeyEvent], None] | None:
    """The act kept in the open session's audit too (none when no session is open for writing)."""
    if session is None or session.read_only:
        return None

    def record(event: KeyEvent) -> None:
        session.record_key_event(
            event.action, event.fingerprint, reason=event.reason, retired=event.retired, actor=actor
        )

    return record


def read_centre_keys() -> CentreKeys:
    """What the centre folder holds: the current key, the retired ones, and whether this machine has
    the private key."""
    from juryapp.documents.centre_keys import read_centre_keys as read

    return read()


def describe_centre_keys() -> list[str]:
    """The centre's keys and their history, in French, one fact a line."""
    from juryapp.documents.centre_keys import describe_centre_keys as describe

    return describe()


def create_centre_key(
    *,
    reason: str = "",
    actor: str | None = None,
    replace_existing: bool = False,
    session: SessionStore | None = None,
) -> KeyEvent:
    """Make the centre's key on purpose; replacing one present (or recorded) needs
    `replace_existing` and a reason, and retires it (kept to verify what it sealed)."""
    from juryapp.documents.centre_key_acts import create_centre_key as create

    return create(reason=reason, actor=actor, replace_existing=replace_existing, record=_recorder(session, actor))


def backup_centre_key(target: Path, passphrase: bytes | None = None, *, actor: str | None = None) -> KeyEvent:
    """Write the centre's private key to a new file (0600), encrypted when `passphrase` is given."""
    from juryapp.documents.centre_key_acts import backup_centre_key as backup

    return backup(Path(target), passphrase, actor=actor)


def backup_is_encrypted(source: Path) -> bool:
    """Whether the backup at `source` asks for its passphrase (OSError when it cannot be read)."""
    return b"ENCRYPTED" in Path(source).read_bytes()[:4096]


@dataclass(frozen=True, slots=True)
class KeyRestore:
    """What restoring a backup would do: put back `fingerprint`, retiring `replaced` (when not None)."""

    fingerprint: str
    replaced: str | None


def what_restore_does(source: Path, passphrase: bytes | None = None) -> KeyRestore:
    """Read the backup at `source` (BadInput when it holds no usable key, or the passphrase is
    wrong) and say which key it holds and which one restoring it would retire."""
    from juryapp.documents.centre_key_acts import read_backup, replaced_by_restore

    key = read_backup(Path(source), passphrase)
    return KeyRestore(key.fingerprint, replaced_by_restore(key))


def restore_centre_key(
    source: Path,
    passphrase: bytes | None = None,
    *,
    replace_existing: bool = False,
    reason: str = "",
    actor: str | None = None,
    session: SessionStore | None = None,
) -> KeyEvent | None:
    """Put back the centre's key from a backup; None when that very key is already in place.
    Another key present is replaced only with `replace_existing` (it is retired)."""
    from juryapp.documents.centre_key_acts import restore_centre_key as restore

    return restore(
        Path(source),
        passphrase,
        replace_existing=replace_existing,
        reason=reason,
        actor=actor,
        record=_recorder(session, actor),
    )


__all__ = [
    "CentreKeys",
    "KeyEvent",
    "KeyRestore",
    "KeyUnavailable",
    "backup_centre_key",
    "backup_is_encrypted",
    "create_centre_key",
    "describe_centre_keys",
    "read_centre_keys",
    "restore_centre_key",
    "what_restore_does",
]
