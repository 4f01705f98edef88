"""Starting the desktop application: open a session file (or the demo) and show the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from juryapp.errors import JuryError
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.main_window import MainWindow
from juryapp.paths import user_data_dir
from juryapp.storage.store import SessionStore


def demo_session_path() -> Path:
    """The demo session in the user's folder, written the first time it is asked for."""
    from juryapp.cli import import_session_document
    from juryapp.demo import demo_session_document

    path = user_data_dir() / "demo" / "demo-session-titre.jury"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        import_session_document(
            demo_session_document("titre"), path, source="démonstration (titre)", actor="démonstration"
        )
    return path


def open_main_window(path: Path) -> MainWindow:
    store = SessionStore.open(path)
    context = SessionContext(store)
    window = MainWindow(context)
    if store.migration_backup is not None:
        window.statusBar().showMessage(
            tr("Fichier mis à jour vers le nouveau format ; l'original est conservé dans {backup}").format(
                backup=store.migration_backup
            )
        )
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
    window.show()
    remembered = settings.value(f"operator/{window.context.state.data.session.ref}")
    if remembered:
        window.context.actor = str(remembered)
        window.show_operator()
    else:
        window.choose_operator()
    status = app.exec()
    window.save_state(settings)
    window.context.close()
    return status
