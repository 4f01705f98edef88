"""Compile the Qt Designer forms of `ui/` into `juryapp/gui/forms/` (`make forms`).

The compiled modules are kept in the repository, so that `pip install .` and the packaged
application carry them without Qt's tools; `tests/test_forms.py` fails when one is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_SOURCE = ROOT / "ui"
FORMS_PACKAGE = ROOT / "juryapp" / "gui" / "forms"


def uic() -> str:
    """The `pyside6-uic` of this Python's PySide6."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic introuvable : installez PySide6 (make test le fait)")
    return found


def compiled(form: Path) -> str:
    """The Python module `form` compiles to, without the line naming the compiler's version."""
    text = subprocess.run([uic(), str(form)], check=True, capture_output=True, text=True).stdout
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith("## Created by:"))


def target_of(form: Path) -> Path:
    return FORMS_PACKAGE / f"ui_{form.stem}.py"


def main() -> int:
    FORMS_PACKAGE.mkdir(exist_ok=True)
    init = FORMS_PACKAGE / "__init__.py"
    if not init.exists():
        init.write_text('"""Compiled Qt Designer forms (from ui/, by scripts/build_forms.py): do not edit."""\n')
    for form in sorted(FORMS_SOURCE.glob("*.ui")):
        target_of(form).write_text(compiled(form), encoding="utf-8")
        print(f"{form.relative_to(ROOT)} → {target_of(form).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
