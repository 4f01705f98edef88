"""Errors the user is told about, in French, with where the problem is."""

from __future__ import annotations

import errno
from pathlib import Path


class JuryError(Exception):
    """An error with a message meant for the user; `exit_code` is the CLI's status."""

    exit_code = 1


class BadInput(JuryError):
    """A file, a field or a request that is wrong: the message says which and why."""

    exit_code = 2

    def __init__(self, problem: str, *, file: str | Path | None = None, field: str = "") -> None:
        self.problem = problem
        self.file = str(file) if file is not None else None
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        parts = [p for p in (self.file, self.field) if p]
        return " : ".join([*parts, self.problem])

    def within(self, file: str | Path) -> BadInput:
        """The same error, attributed to `file` when it did not name one yet."""
        if self.file is not None:
            return self
        return BadInput(self.problem, file=file, field=self.field)


class SessionLocked(BadInput):
    """A change was asked of a signed-off session other than a revocation with a reason."""


_OS_ERRORS = {
    errno.ENOENT: "fichier introuvable",
    errno.EISDIR: "c'est un dossier, pas un fichier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EACCES: "accès refusé (droits insuffisants)",
    errno.EPERM: "opération non permise (droits insuffisants)",
    errno.ENOSPC: "plus de place sur le disque",
    errno.EROFS: "support en lecture seule",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.EEXIST: "le fichier existe déjà",
    errno.EIO: "erreur d'entrée-sortie du support",
    errno.EBUSY: "fichier ou support occupé",
    errno.EMFILE: "trop de fichiers ouverts",
    errno.ENOTEMPTY: "le dossier n'est pas vide",
    errno.EXDEV: "déplacement impossible entre deux supports",
}


def os_error_text(error: OSError) -> str:
    """What went wrong with a file, in French (the system's `strerror` is in English)."""
    if isinstance(error, FileNotFoundError):
        return _OS_ERRORS[errno.ENOENT]
    if isinstance(error, IsADirectoryError):
        return _OS_ERRORS[errno.EISDIR]
    if isinstance(error, PermissionError) and error.errno not in _OS_ERRORS:
        return _OS_ERRORS[errno.EACCES]
    if error.errno in _OS_ERRORS:
        return _OS_ERRORS[error.errno]
    name = errno.errorcode.get(error.errno, "") if error.errno is not None else ""
    return f"erreur du système ({name or type(error).__name__})"


class PassphraseRequired(BadInput):
    """An encrypted package was opened without a passphrase."""


class WrongPassphrase(BadInput):
    """A package's passphrase does not open it (or the package was altered: AES-GCM cannot tell)."""


class CopyExists(BadInput):
    """A working copy of this hand-off already exists on this computer, with changes (`file` names it)."""
