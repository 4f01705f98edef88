"""Files written safely: owner-only, all or nothing, durable once the call returns.

Session files, their backups, exports and printed documents hold personal data: they are
created readable by their owner only (0600, folders 0700) whatever the umask. A file is
written beside its target, flushed to the disk, then renamed over it, and the folder is
flushed too, so a crash leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from juryapp.errors import BadInput, JuryError, os_error_text

FILE_MODE = 0o600
DIR_MODE = 0o700


def fsync_dir(folder: Path) -> None:
    """Make a rename or a creation in `folder` durable (a no-op where the system cannot)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; its renames are durable once done
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def private_dir(folder: Path) -> Path:
    """`folder` created if missing, owner-only (an existing folder keeps its mode)."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        with contextlib.suppress(OSError):
            os.chmod(folder, DIR_MODE)
    return folder


def make_private(path: Path) -> None:
    """Owner-only read and write, whatever the umask was when it was created."""
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)


def temporary_beside(target: Path, suffix: str = ".tmp") -> Path:
    """A new empty owner-only file in `target`'s folder, named after it (hidden)."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=suffix)
    os.close(fd)
    make_private(Path(name))
    return Path(name)


def check_target(target: Path, what: str = "fichier") -> None:
    """BadInput when `target` cannot be a file written by juryapp (a folder, no folder)."""
    if target.is_dir():
        raise BadInput(f"c'est un dossier, pas un {what}", file=target)
    if not target.parent.is_dir():
        raise BadInput("le dossier de destination n'existe pas", file=target)


def environment_error(error: OSError, path: Path, doing: str = "écriture impossible") -> JuryError:
    """A system failure (full disk, permission, read-only medium) as one French line naming the file."""
    if isinstance(error, PermissionError) or error.errno == errno.EROFS:
        return BadInput(f"{doing} : {os_error_text(error)}", file=path)
    return JuryError(f"{path} : {doing} : {os_error_text(error)}")


def write_private(path: Path, data: bytes) -> None:
    """Write a new file (or overwrite one) owner-only, flushed to the disk."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):  # POSIX; Windows has no such modes
            with contextlib.suppress(OSError):
                os.fchmod(fd, FILE_MODE)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _filled_temporary(target: Path, data: bytes) -> Path:
    """An owner-only temporary file beside `target` holding `data`, flushed to the disk."""
    tmp = temporary_beside(target)
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def atomic_write(target: Path, data: bytes, *, what: str = "fichier") -> None:
    """Write `data` to `target` through an owner-only temporary file: all or nothing, durable.

    An existing `target` is replaced. A system failure is raised as a JuryError (BadInput for a
    refused permission or a read-only medium) naming `target`, and leaves it as it was.
    """
    target = Path(target)
    check_target(target, what)
    try:
        tmp = _filled_temporary(target, data)
        try:
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)  # gone once renamed; removed when anything failed
        fsync_dir(target.parent)
    except OSError as exc:
        raise environment_error(exc, target) from None


def atomic_create(target: Path, data: bytes, *, what: str = "fichier") -> bool:
    """Like `atomic_write`, but never over an existing file: create `target` or leave it alone.

    Returns False, having written nothing, when `target` already exists (or another writer made
    it meanwhile): it is kept as it is. Used where replacing would lose something (a key in use,
    a backup, a file under another name).
    """
    target = Path(target)
    check_target(target, what)
    try:
        tmp = _filled_temporary(target, data)
        try:
            try:
                os.link(tmp, target)  # fails when target exists: the check and the creation are one step
            except FileExistsError:
                return False
            except OSError:  # a file system without hard links (FAT, some network shares)
                if os.path.lexists(target):
                    return False
                os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        fsync_dir(target.parent)
    except OSError as exc:
        raise environment_error(exc, target) from None
    return True
