"""The domain knows nothing of Qt: importing any juryapp module outside juryapp.gui loads no PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import juryapp


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(juryapp.__path__, prefix="juryapp."):
        if info.name == "juryapp.gui" or info.name.startswith("juryapp.gui."):
            continue
        names.append(info.name)
    return sorted(names)


def test_core_modules_are_found():
    modules = _core_modules()
    assert "juryapp.rules.engine" in modules and "juryapp.storage.store" in modules
    assert "juryapp.cli" in modules


def test_no_core_module_imports_pyside6():
    modules = [m for m in _core_modules() if m != "juryapp.__main__"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"Qt imported by the core: {done.stdout.strip()}"
