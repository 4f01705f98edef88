"""Where the hand-off stages what it writes: owner-only folders, a private temporary work folder
beside a file, removed with all it holds (packages, working copies and take-backs are prepared
there, then renamed into place), and a package's session written there and checked."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from juryapp.errors import BadInput
from juryapp.files import environment_error, private_dir, write_private
from juryapp.operations.integrity import check_file


def private_folder(folder: Path) -> Path:
    """`folder`, created owner-only (0700) when missing; a JuryError naming it when it cannot be."""
    try:
        return private_dir(folder)
    except OSError as exc:
        raise environment_error(exc, folder, "création du dossier impossible") from None


@contextlib.contextmanager
def work_folder(beside: Path) -> Iterator[Path]:
    """A private (0700) temporary folder in `beside`'s folder, removed with all it holds."""
    try:
        folder = Path(tempfile.mkdtemp(dir=beside.parent, prefix=f".{beside.name}.", suffix=".travail"))
    except OSError as exc:
        raise environment_error(exc, beside) from None
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def stage_session(path: Path, data: bytes, package: Path, *, target: Path | None = None) -> None:
    """The session `data` of `package` written owner-only at `path` and checked: a JuryError naming
    `target` (default `path`) when it cannot be written, BadInput naming `package` when it is not
    a sound session file."""
    try:
        write_private(path, data)
    except OSError as exc:
        raise environment_error(exc, target or path) from None
    report = check_file(path)
    if not report.sound:
        raise BadInput(f"session du paquet inutilisable : {report.summary()}", file=package)
