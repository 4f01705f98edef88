"""Starting the desktop application: open a session file (or the demo) and show the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from juryapp.errors import JuryError
from juryapp.files import private_dir
from juryapp.gui import first_paint
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.main_window import MainWindow
from juryapp.operations.files import open_session, write_demo_session
from juryapp.paths import user_data_dir


def demo_session_path() -> Path:
    """The demo session in the user's folder, written the first time it is asked for."""
    path = user_data_dir() / "demo" / "demo-session-titre.jury"
    if not path.exists():
        private_dir(path.parent)
        write_demo_session(path, "titre")
    return path


# Every window opened (« Ouvrir une session… » opens another): kept alive, their files closed at the end.
OPEN_WINDOWS: list[MainWindow] = []


def open_main_window(path: Path) -> MainWindow:
    """A window on `path`: for writing, or read-only saying why; the file is checked on opening."""
    opened = open_session(path)
    context = SessionContext(opened.store)
    window = MainWindow(context)
    if opened.notices:
        window.statusBar().showMessage(" — ".join(opened.notices))
    OPEN_WINDOWS.append(window)
    return window


def install_french_translations(app: QApplication) -> None:
    """Qt's own texts (standard buttons, dialogs) in French, from the translations PySide6 ships."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_fr", "qt_fr"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)


def run_gui(path: Path | None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("juryapp")
    app.setOrganizationName("juryapp")
    install_french_translations(app)
    try:
        window = open_main_window(path if path is not None else demo_session_path())
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
    status = app.exec()
    (OPEN_WINDOWS[-1] if OPEN_WINDOWS else window).save_state(settings)
    for opened in OPEN_WINDOWS:
        opened.file_watch.stop()
        opened.context.close()
    OPEN_WINDOWS.clear()
    return status
