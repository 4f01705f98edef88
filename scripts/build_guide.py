"""Copy the user guide, `docs/guide/`, into `juryapp/resources/guide/` (`make guide`).

The application reads the guide from its package (importlib.resources), so that `pip install .`
and the packaged application carry it and show it offline; `tests/test_guide.py` fails when the
copy is stale. Pages are Markdown (`*.md`); images beside them are copied too.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE_SOURCE = ROOT / "docs" / "guide"
GUIDE_PACKAGE = ROOT / "juryapp" / "resources" / "guide"
# What the guide is made of: its pages and their images (the package data of pyproject.toml).
GUIDE_PATTERNS = ("*.md", "*.png", "*.svg")


def guide_files(folder: Path) -> dict[str, bytes]:
    """The guide's files in `folder`, by name, with their bytes."""
    found: dict[str, bytes] = {}
    for pattern in GUIDE_PATTERNS:
        for path in folder.glob(pattern):
            found[path.name] = path.read_bytes()
    return dict(sorted(found.items()))


def main() -> int:
    if not GUIDE_SOURCE.is_dir():
        print(f"build_guide : {GUIDE_SOURCE} introuvable", file=sys.stderr)
        return 2
    GUIDE_PACKAGE.mkdir(parents=True, exist_ok=True)
    source = guide_files(GUIDE_SOURCE)
    for name in guide_files(GUIDE_PACKAGE):
        if name not in source:
            (GUIDE_PACKAGE / name).unlink()
            print(f"supprimé : {name}")
    for name in source:
        target = GUIDE_PACKAGE / name
        if not target.exists() or target.read_bytes() != source[name]:
            shutil.copyfile(GUIDE_SOURCE / name, target)
            print(f"copié : {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
