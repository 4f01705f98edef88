"""The packaging files (packaging/) are sound without building anything: the specs are Python and
take every resource folder, the .desktop file and the MIME types are valid, the icons are there.
Building and running the package is `make test-package` (scripts/test_package.py)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGING = ROOT / "packaging"
ICONS = ROOT / "juryapp" / "resources" / "icons"
SPECS = sorted(PACKAGING.glob("*.spec"))
APP_SPECS = [PACKAGING / "juryapp-linux.spec", PACKAGING / "juryapp-windows.spec"]
DESKTOP = PACKAGING / "linux" / "juryapp.desktop"
MIME = PACKAGING / "linux" / "juryapp-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
TYPES = {"application/x-juryapp-session": "*.jury", "application/x-juryapp-package": "*.jurypkg"}
SIZES = (16, 24, 32, 48, 64, 128, 256)


def _bundle():
    spec = importlib.util.spec_from_file_location("juryapp_packaging_bundle", PACKAGING / "bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
    ]


def test_there_are_specs_for_linux_windows_and_the_empty_window() -> None:
    assert {p.name for p in SPECS} >= {"juryapp-linux.spec", "juryapp-windows.spec", "empty-window.spec"}


@pytest.mark.parametrize("path", [*SPECS, *sorted(PACKAGING.glob("*.py"))], ids=lambda p: p.name)
def test_the_packaging_programs_compile_as_python(path: Path) -> None:
    compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_every_resource_folder_is_packaged() -> None:
    bundle = _bundle()
    folders = {p.name for p in (ROOT / "juryapp" / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= set(bundle.RESOURCE_FOLDERS), "packaging/bundle.py RESOURCE_FOLDERS"
    # Each one present goes in, under the path importlib.resources finds it at.
    destinations = {dest for _source, dest in bundle.resource_datas()}
    assert destinations == {f"juryapp/resources/{folder}" for folder in folders}


@pytest.mark.parametrize("path", APP_SPECS, ids=lambda p: p.name)
def test_the_application_specs_take_the_resources_modules_and_build_a_folder(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    (analysis,) = _calls(tree, "Analysis")
    keywords = {k.arg: ast.unparse(k.value) for k in analysis.keywords}
    assert keywords["datas"] == "bundle.resource_datas()"
    assert "bundle.hidden_imports" in keywords["hiddenimports"]
    assert keywords["excludes"] == "list(bundle.EXCLUDES)"
    executables = _calls(tree, "EXE")
    assert executables and _calls(tree, "COLLECT"), "onedir: EXE then COLLECT"
    text = ast.unparse(tree)
    for exe in executables:  # onedir, not onefile: the libraries stay beside the program
        source = ast.unparse(exe)
        assert "exclude_binaries=True" in source or ("**common" in source and "'exclude_binaries': True" in text)


def test_the_lazily_imported_libraries_and_juryapps_modules_are_named() -> None:
    bundle = _bundle()
    assert "juryapp" in bundle.COLLECTED_PACKAGES  # every module, the compiled forms included
    for library in ("reportlab", "pypdf", "pypdfium2", "cryptography", "jsonschema", "openpyxl", "sqlite_utils"):
        assert library in bundle.LAZY_IMPORTS
    for used in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport"):
        assert used not in bundle.EXCLUDES


def test_the_windows_spec_has_the_window_and_the_command_line_with_the_icon() -> None:
    source = (PACKAGING / "juryapp-windows.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)
    names = {ast.literal_eval(k.value) for exe in _calls(tree, "EXE") for k in exe.keywords if k.arg == "name"}
    assert names == {"juryapp", "juryapp-cli"}
    assert 'icons" / "juryapp.ico"' in source


def test_the_desktop_file_is_valid() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator:
        checked = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True, timeout=30)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Icon"] == "juryapp"
    assert entry["Exec"].split()[:2] == ["juryapp", "open"] and entry["Exec"].endswith(("%f", "%F"))
    assert set(filter(None, entry["MimeType"].split(";"))) == set(TYPES)


def test_the_mime_types_are_well_formed_and_match_the_desktop_file() -> None:
    root = ET.parse(MIME).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    globs = {
        node.get("type"): {g.get("pattern") for g in node.iter(f"{MIME_NS}glob")}
        for node in root.iter(f"{MIME_NS}mime-type")
    }
    assert globs == {name: {pattern} for name, pattern in TYPES.items()}


def test_the_mime_types_compile_with_shared_mime_info(tmp_path: Path) -> None:
    updater = shutil.which("update-mime-database")
    if updater is None:
        pytest.skip("update-mime-database absent")
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME, tmp_path / "packages" / MIME.name)
    done = subprocess.run([updater, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    for name in TYPES:
        assert (tmp_path / f"{name}.xml").is_file()


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icon_is_there_in_every_size() -> None:
    svg = ET.parse(ICONS / "juryapp.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    for size in SIZES:
        assert _png_size(ICONS / f"juryapp-{size}.png") == (size, size)
    ico = (ICONS / "juryapp.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert sizes == set(SIZES)


def test_the_package_extra_and_the_icons_are_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package = project["project"]["optional-dependencies"]["package"]
    assert any(d.startswith("pyinstaller>=") for d in package)
    assert any(d.startswith("pyinstaller-hooks-contrib") for d in package)
    data = project["tool"]["setuptools"]["package-data"]["juryapp.resources"]
    assert {"icons/*.svg", "icons/*.png", "icons/*.ico"} <= set(data)


def test_the_windows_installer_associates_both_file_types() -> None:
    script = (PACKAGING / "windows" / "juryapp.iss").read_text(encoding="utf-8")
    for extension, progid in ((".jury", "juryapp.Session"), (".jurypkg", "juryapp.Package")):
        key = f'Subkey: "Software\\Classes\\{extension}"; ValueType: string; ValueName: ""'
        assert f'{key}; ValueData: "{progid}"' in script
        assert f'Subkey: "Software\\Classes\\{progid}\\shell\\open\\command"' in script
    assert '"""{app}\\{#AppExe}"" open ""%1"""' in script
    assert "ChangesAssociations=yes" in script


@pytest.mark.skipif(sys.platform == "win32" or shutil.which("sh") is None, reason="no POSIX shell")
def test_the_linux_install_script_parses() -> None:
    done = subprocess.run(["sh", "-n", str(PACKAGING / "linux" / "install.sh")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
