"""What goes into the packaged application, shared by the PyInstaller specs of packaging/.

The specs (`juryapp-linux.spec`, `juryapp-windows.spec`, `empty-window.spec`) import this
module; `tests/test_packaging_files.py` checks that `RESOURCE_FOLDERS` names every folder of
`juryapp/resources/`, so that a new kind of resource cannot be left out of the package silently.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "juryapp" / "resources"

# Every folder of juryapp/resources, read at run time through importlib.resources (juryapp/paths.py,
# gui/help_viewer.py): included explicitly, as files beside the frozen modules, under the same
# juryapp/resources/ path. `i18n` (the window's translations) is included when it is there.
RESOURCE_FOLDERS = (
    "referentiels",  # the shipped référentiels (JSON)
    "fonts",  # DejaVu, embedded in every PDF
    "templates",  # positions of the parchemin and the livret
    "schemas",  # JSON schemas of the exchange formats
    "guide",  # the user guide shown by Aide › Guide d'utilisation (F1)
    "icons",  # the application icon (window, .desktop file, Windows .exe and association)
    "i18n",  # the window's translations (.qm), when present
)
OPTIONAL_FOLDERS = ("i18n",)

# Imported inside functions, or through juryapp.operations.lazy (importlib.import_module, which
# PyInstaller cannot follow): named here so that the bundle has them whatever the analysis finds.
# `collect_submodules("juryapp")` in the specs adds every module of juryapp itself, the compiled
# forms of juryapp/gui/forms/ included.
LAZY_IMPORTS = (
    "reportlab",
    "reportlab.graphics.barcode.qrencoder",
    "reportlab.lib.rl_accel",
    "pypdf",
    "pypdfium2",
    "pypdfium2_raw",
    "cryptography",
    "cryptography.hazmat.primitives.asymmetric.ed25519",
    "cryptography.hazmat.primitives.ciphers.aead",
    "cryptography.hazmat.primitives.kdf.scrypt",
    "jsonschema",
    "jsonschema.exceptions",
    "referencing",
    "openpyxl",
    "openpyxl.styles",
    "openpyxl.utils",
    "openpyxl.worksheet.datavalidation",
    "sqlite_utils",
    "filelock",
    "platformdirs",
    "PySide6.QtPrintSupport",
)

# Packages whose modules are imported by name at run time (ReportLab's barcode widgets: exec of
# "from reportlab.graphics.barcode.code128 import ..."), collected whole.
COLLECTED_PACKAGES = ("juryapp", "reportlab.graphics.barcode")


def hidden_imports(collect_submodules) -> list[str]:  # noqa: ANN001 - PyInstaller.utils.hooks.collect_submodules
    """Every module of COLLECTED_PACKAGES (juryapp's compiled forms and lazily imported modules
    included), and LAZY_IMPORTS."""
    names = [name for package in COLLECTED_PACKAGES for name in collect_submodules(package)]
    return names + list(LAZY_IMPORTS)


# Qt modules the window does not use (it imports QtCore, QtGui, QtWidgets and QtPrintSupport),
# and standard modules nobody imports at run time: left out, the folder is smaller and starts sooner.
EXCLUDES = (
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtXml",
    "PIL._avif",  # Pillow's image formats juryapp never reads (ReportLab asks PIL for PNG and JPEG)
    "PIL.AvifImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "tkinter",
    "_tkinter",
    "pydoc_data",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "venv",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    "pytest",
    "pytestqt",
    "hypothesis",
    "IPython",
    "numpy",
    "matplotlib",
)

# Qt files the hooks collect and nothing here uses (by their path in the bundle). Platform
# plugins kept: xcb and wayland (desktops), offscreen and minimal (tests, benchmarks), windows.
QT_UNUSED = (
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
    "platforms/qdirect2d",
    "egldeviceintegrations/",
    "generic/",  # evdev and TUIO input, for kiosks without a windowing system
    # GTK's theme: it would load the computer's GTK against the bundled GLib, Pango and Cairo
    # (their versions need not agree); Qt's Fusion style and the desktop portal remain.
    "platformthemes/libqgtk3",
    "-server.so",  # Wayland compositor-side integrations: juryapp is a client
    "wayland-shell-integration/libfullscreen-shell",
    "wayland-shell-integration/libivi-shell",
    "wayland-shell-integration/libwl-shell",
    "wayland-shell-integration/libqt-shell",
    "opengl32sw.dll",  # Windows' software OpenGL: the window draws with the raster engine
)
QT_TRANSLATIONS = "/translations/"  # Qt's own texts: only French is loaded (gui/app.py)


def resource_datas() -> list[tuple[str, str]]:
    """(source, destination) of every resource folder present, as PyInstaller's `datas`."""
    datas = []
    for folder in RESOURCE_FOLDERS:
        source = RESOURCES / folder
        if not source.is_dir():
            if folder in OPTIONAL_FOLDERS:
                continue
            raise SystemExit(f"juryapp/resources/{folder} manque : le paquet serait incomplet")
        datas.append((str(source), f"juryapp/resources/{folder}"))
    return datas


def kept(entry: tuple[str, ...]) -> bool:
    """Whether a TOC entry (destination, source, kind) of Qt stays in the bundle."""
    dest = entry[0].replace("\\", "/")
    if "PySide6/" not in dest:
        return "__pycache__" not in dest
    if any(unused in dest for unused in QT_UNUSED):
        return False
    if QT_TRANSLATIONS in dest and dest.endswith(".qm"):
        return dest.rsplit("/", 1)[-1].split("_")[-1] == "fr.qm"
    return True


def prune_unlinked(binaries: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """`binaries` (a TOC: destination, source, kind) without the shared libraries that only the
    left-out plugins linked to. Linux only (ldd: each answer is already the whole closure).

    PyInstaller collects the libraries every plugin links to before the specs drop plugins
    (`kept`): a library at the top of the bundle, or one of Qt's, stays only when a Python
    module, a plugin or a library that stays links to it. Other files (packages' own libraries,
    such as pypdfium2's, loaded with ctypes) always stay.
    """
    from PyInstaller.depend.bindepend import get_imports

    def prunable(entry: tuple[str, ...]) -> bool:
        dest = entry[0]
        if entry[2] == "EXTENSION" or dest.startswith("libpython"):  # a Python module, the interpreter
            return False
        return "/" not in dest or dest.startswith("PySide6/Qt/lib/")

    candidates: dict[str, list[tuple[str, ...]]] = {}
    for entry in binaries:
        if prunable(entry):
            candidates.setdefault(Path(entry[0]).name, []).append(entry)
    needed: set[str] = set()
    todo = [entry for entry in binaries if not prunable(entry)]
    while todo:
        entry = todo.pop()
        if entry[2] == "SYMLINK" or not Path(entry[1]).is_file():
            continue
        for name, _path in get_imports(entry[1]):
            name = Path(name).name
            if name in candidates and name not in needed:
                needed.add(name)
                todo.extend(candidates[name])
    return [entry for entry in binaries if not prunable(entry) or Path(entry[0]).name in needed]


def without_dangling_links(toc: list[tuple[str, ...]], binaries: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """`toc` without the symbolic links (libQt6Network.so.6 -> PySide6/Qt/lib/…) to files pruned."""
    kept_files = {entry[0] for entry in binaries} | {entry[0] for entry in toc if entry[2] != "SYMLINK"}
    return [entry for entry in toc if entry[2] != "SYMLINK" or str(entry[1]).replace("\\", "/") in kept_files]


def version() -> str:
    """juryapp's version (juryapp/__init__.py), for file names and the Windows version resource."""
    import re

    text = (ROOT / "juryapp" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("juryapp/__init__.py : __version__ introuvable")
    return found.group(1)
