"""juryapp installs like a real package: the wheel carries its resources, and the command it
installs works from any folder, without the source tree beside it."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

# What the installed program reads at run time (importlib.resources, inside the package).
RESOURCES = {
    "juryapp/resources/referentiels/RNCP34079.json",
    "juryapp/resources/referentiels/RNCP39063.json",
    "juryapp/resources/fonts/DejaVuSans.ttf",
    "juryapp/resources/fonts/DejaVuSerif-Bold.ttf",
    "juryapp/resources/fonts/LICENSE-DejaVu.txt",
    "juryapp/resources/templates/parchemin.json",
    "juryapp/resources/templates/livret.json",
    "juryapp/resources/schemas/session.schema.json",
    "juryapp/resources/schemas/referentiel.schema.json",
    "juryapp/resources/schemas/results.schema.json",
}


def _run(*args: str | Path, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip wheel .` builds from the source tree (no download: the build tools are in .venv)."""
    out = tmp_path_factory.mktemp("dist")
    built = _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--quiet",
        "-w",
        out,
        ROOT,
        cwd=out,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    assert built.returncode == 0, built.stderr
    (found,) = out.glob("juryapp-*.whl")
    return found


def test_the_wheel_carries_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert RESOURCES <= names, sorted(RESOURCES - names)
    assert not any(name.startswith(("tests/", "resources/", "docs/")) for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "juryapp = juryapp.cli:entry" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_the_installed_command_works_from_any_folder(wheel: Path, tmp_path: Path) -> None:
    """`pip install` (not editable) into a fresh environment, then demo, results, print, verify."""
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / "bin" / "python"
    installed = _run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "--no-deps",
        "--quiet",
        wheel,
        cwd=tmp_path,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    assert installed.returncode == 0, installed.stderr
    # The dependencies (PySide6, ReportLab…) come from this test's environment, appended after the
    # fresh environment's own site-packages: juryapp itself can only come from the wheel.
    site = Path(
        _run(
            python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path, env=dict(os.environ)
        ).stdout.strip()
    )
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")

    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(JURYAPP_DATA_DIR=str(tmp_path / "donnees"), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    where = _run(python, "-c", "import juryapp; print(juryapp.__file__)", cwd=elsewhere, env=env)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(target), where.stdout
    command = target / "bin" / "juryapp"

    demo = _run(command, "demo", "session.jury", cwd=elsewhere, env=env)
    assert demo.returncode == 0, demo.stderr
    results = _run(command, "results", "session.jury", "--json", cwd=elsewhere, env=env)
    assert results.returncode == 0, results.stderr
    assert '"document": "parchemin"' in results.stdout
    key = _run(command, "key", "new", "--reason", "Premier poste du centre", cwd=elsewhere, env=env)
    assert key.returncode == 0, key.stderr
    printed = _run(command, "print", "session.jury", "--out", "documents", cwd=elsewhere, env=env)
    assert printed.returncode == 0, printed.stderr
    assert (elsewhere / "documents" / "parchemin-C01.pdf").is_file()
    verified = _run(
        command, "verify", "documents/convocation-C01.pdf", "--session", "session.jury", cwd=elsewhere, env=env
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "authentique" in verified.stdout
    print(demo.stdout, results.stdout[:200], key.stdout, printed.stdout, verified.stdout, sep="\n")
