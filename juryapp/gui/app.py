"""Starting the desktop application: open a session file (or the demo) and show the window.

Without a file, the window opens on the last session when the user asked for it (« Rouvrir la
dernière session au démarrage »), on the demo otherwise. A file given that is not a session (a
session document, a référentiel, a package…) is routed by `recent_files.open_any` once the
window is shown. Every session opened, except the demo, goes first in « Fichiers récents ».
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from juryapp.errors import JuryError
from juryapp.files import private_dir
from juryapp.gui import first_paint, recent_files
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.i18n import install_translators
from juryapp.gui.main_window import MainWindow
from juryapp.operations import file_kinds
from juryapp.operations.files import open_session, write_demo_session
from juryapp.paths import user_data_dir


def _application_icon() -> QIcon:
    """The application's icon (packaging/build_icons.py draws it), every size shipped."""
    icon = QIcon()
    folder = resources.files("juryapp.resources") / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = folder / f"juryapp-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def demo_folder() -> Path:
    return user_data_dir() / "demo"


def demo_session_path() -> Path:
    """The demo session in the user's folder, written the first time it is asked for."""
    path = demo_folder() / "demo-session-titre.jury"
    if not path.exists():
        private_dir(path.parent)
        write_demo_session(path, "titre")
    return path


# Every window opened (« Ouvrir une session… » opens another): kept alive, their files closed at the end.
OPEN_WINDOWS: list[MainWindow] = []


def open_main_window(path: Path) -> MainWindow:
    """A window on `path`: for writing, or read-only saying why; the file is checked on opening.
    The file goes first in « Fichiers récents » (not the demo)."""
    opened = open_session(path)
    context = SessionContext(opened.store)
    window = MainWindow(context)
    if opened.notices:
        window.statusBar().showMessage(" — ".join(opened.notices))
    OPEN_WINDOWS.append(window)
    if not recent_files.is_in(Path(path), demo_folder()):
        try:
            recent_files.remember(Path(path))
        except OSError:  # the list is a convenience: a folder that refuses it never stops the opening
            pass
    return window


def opens_directly(path: Path) -> bool:
    """Whether `path` is opened as the window's session (a session file, or a file that is not
    there or cannot be read: the opening then says why); other files are routed once a window is up."""
    kind = file_kinds.identify(path, parse_json=False).kind
    return kind in (file_kinds.SESSION, file_kinds.MISSING, file_kinds.UNREADABLE, file_kinds.FOLDER)


def first_window(path: Path | None) -> tuple[MainWindow, Path | None, str | None]:
    """The window start-up opens, the file still to route in it (not a session), and what to say
    when the last session could not be reopened. Raises JuryError when the session given on the
    command line cannot be opened."""
    if path is not None and opens_directly(path):
        return open_main_window(path), None, None
    last = recent_files.startup_session()
    if last is not None:
        try:
            return open_main_window(last), path, None
        except JuryError as exc:
            notice = tr("La dernière session n'a pas pu être rouverte : {why}").format(why=exc)
            return open_main_window(demo_session_path()), path, notice
    return open_main_window(demo_session_path()), path, None


def install_french_translations(app: QApplication) -> None:
    """Qt's own texts (standard buttons, dialogs) in French, from the translations PySide6 ships."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_fr", "qt_fr"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)


def run_gui(path: Path | None) -> int:
    """Run the window until it is closed (on `path`, or as the module docstring says); the exit status."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("juryapp")
    app.setWindowIcon(_application_icon())
    app.setOrganizationName("juryapp")
    install_translators(app)  # Qt's own French, and the interface's catalogue when asked
    try:
        window, to_route, notice = first_window(path)
    except JuryError as exc:
        QMessageBox.critical(None, tr("Ouverture impossible"), str(exc))
        print(f"juryapp : {exc}", file=sys.stderr)
        return exc.exit_code
    settings = QSettings()
    window.resize(1280, 720)
    window.restore_state(settings)
    first_paint.watch(app, window)
    window.show()
    remembered = settings.value(f"operator/{window.context.state.data.session.ref}")
    if remembered:
        window.context.actor = str(remembered)
        window.show_operator()
    elif not first_paint.requested():  # a timed start-up asks nobody anything
        window.choose_operator()
    if notice:
        window.statusBar().showMessage(notice, 20000)
    if to_route is not None:
        routed = to_route
        QTimer.singleShot(0, lambda: recent_files.open_any(window, routed))
    status = app.exec()
    (OPEN_WINDOWS[-1] if OPEN_WINDOWS else window).save_state(settings)
    for opened in OPEN_WINDOWS:
        opened.file_watch.stop()
        opened.context.close()
    OPEN_WINDOWS.clear()
    return status
