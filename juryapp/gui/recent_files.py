"""« Fichiers récents », the last session reopened at start-up, and « Ouvrir… » of any file.

The recent files and the start-up choice are the user's window state, not the centre's
preferences: they are kept in QSettings, in an INI file inside the user's private juryapp folder
(owner-only, like every file there; `JURYAPP_DATA_DIR` moves it with the rest, so each test has
its own). `open_any` routes a file by what it is (`operations.file_kinds`), not by its name.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from juryapp.errors import BadInput, JuryError, os_error_text
from juryapp.files import make_private, private_dir
from juryapp.gui.context import tr
from juryapp.gui.handoff_common import HandoffWindow, parent_of
from juryapp.operations import file_kinds, sessions
from juryapp.operations import files as session_files
from juryapp.paths import user_data_dir

MAX_RECENT = 10
RECENT_KEY = "files/recent"
REOPEN_KEY = "files/reopen_last_session"
SETTINGS_NAME = "fenetre.ini"
_ELIDE = 60  # characters of a folder shown in the menu; the whole path is in the tooltip


def app_settings() -> QSettings:
    """The user's window settings (an INI file in the private juryapp folder)."""
    folder = private_dir(user_data_dir())
    return QSettings(str(folder / SETTINGS_NAME), QSettings.Format.IniFormat)


def _save(settings: QSettings) -> None:
    """Written now, owner-only."""
    settings.sync()
    name = Path(settings.fileName())
    if name.is_file():
        make_private(name)


# -- the list --------------------------------------------------------------------------------------


def recent_files(settings: QSettings | None = None) -> list[Path]:
    """The recent session files, most recent first (at most MAX_RECENT; missing ones included)."""
    settings = settings or app_settings()
    try:
        stored = json.loads(str(settings.value(RECENT_KEY, "[]")))
    except ValueError:
        return []
    if not isinstance(stored, list):
        return []
    return [Path(entry) for entry in stored if isinstance(entry, str) and entry][:MAX_RECENT]


def _store(paths: list[Path], settings: QSettings) -> None:
    settings.setValue(RECENT_KEY, json.dumps([str(p) for p in paths[:MAX_RECENT]], ensure_ascii=False))
    _save(settings)


def _same(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def remember(path: Path, settings: QSettings | None = None) -> list[Path]:
    """Put `path` first in the recent files (once, the oldest falling off); the list as it is now."""
    settings = settings or app_settings()
    path = Path(path).absolute()
    entries = [path] + [p for p in recent_files(settings) if not _same(p, path)]
    _store(entries, settings)
    return entries[:MAX_RECENT]


def forget(path: Path, settings: QSettings | None = None) -> None:
    """Take `path` out of the recent files."""
    settings = settings or app_settings()
    _store([p for p in recent_files(settings) if not _same(p, Path(path))], settings)


def clear_recent(settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    _store([], settings)


def reopen_last_enabled(settings: QSettings | None = None) -> bool:
    """Whether the window opens on the last session at start-up (otherwise on the demo)."""
    settings = settings or app_settings()
    return bool(settings.value(REOPEN_KEY, False, type=bool))


def set_reopen_last(enabled: bool, settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(REOPEN_KEY, bool(enabled))
    _save(settings)


def startup_session(settings: QSettings | None = None) -> Path | None:
    """The session to open at start-up: the most recent one that still exists when the setting
    says so, None otherwise (the demo is opened then)."""
    settings = settings or app_settings()
    if not reopen_last_enabled(settings):
        return None
    return next((path for path in recent_files(settings) if path.is_file()), None)


# -- the menu --------------------------------------------------------------------------------------


def _label(number: int, path: Path) -> str:
    folder = str(path.parent)
    if len(folder) > _ELIDE:
        folder = "…" + folder[-(_ELIDE - 1) :]
    text = f"{path.name} — {folder}".replace("&", "&&")
    return f"&{number % 10} {text}"


def install_recent_menu(window: HandoffWindow, menu: QMenu) -> QMenu:
    """Add « Fichiers récents » to `menu`: the recent files (filled each time it opens), « Effacer
    la liste » and the « Rouvrir la dernière session au démarrage » toggle. The submenu."""
    recent = menu.addMenu(tr("Fic&hiers récents"))
    recent.setToolTipsVisible(True)
    recent.aboutToShow.connect(lambda: fill_recent_menu(window, recent))
    fill_recent_menu(window, recent)
    return recent


def fill_recent_menu(window: HandoffWindow, menu: QMenu) -> None:
    """(Re)build the entries of `menu` from the list as it is now."""
    menu.clear()
    paths = recent_files()
    for number, path in enumerate(paths, start=1):
        action = menu.addAction(_label(number, path))
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_recent(window, p))
    if not paths:
        empty = menu.addAction(tr("Aucun fichier récent"))
        empty.setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(tr("&Effacer la liste"))
    clear.setEnabled(bool(paths))
    clear.triggered.connect(lambda _checked=False: clear_recent())
    menu.addSeparator()
    toggle = QAction(tr("Rouvrir la &dernière session au démarrage"), menu)
    toggle.setCheckable(True)
    toggle.setChecked(reopen_last_enabled())
    toggle.setToolTip(tr("Sinon, juryapp s'ouvre sur la session de démonstration."))
    toggle.toggled.connect(lambda checked: set_reopen_last(checked))
    menu.addAction(toggle)


def open_recent(window: HandoffWindow, path: Path) -> Path | None:
    """Open a recent file; one that is gone is taken out of the list, and the user told."""
    if not path.exists():
        forget(path)
        QMessageBox.warning(
            parent_of(window),
            tr("Fichier introuvable"),
            tr(
                "{path}\n\nCe fichier n'existe plus (déplacé, renommé ou supprimé) : "
                "il est retiré des fichiers récents."
            ).format(path=path),
        )
        return None
    return open_any(window, path)


# -- « Ouvrir… » of any file -----------------------------------------------------------------------


def expected_text() -> str:
    return tr(
        "juryapp ouvre : un fichier de session (.jury), un document de session au format d'échange "
        "(JSON juryapp.session/1), un référentiel (JSON juryapp.referentiel/1) ou un paquet du "
        "secrétariat (.jurypkg)."
    )


def _advice(found: file_kinds.FileKind) -> str:
    """What to do with a file that is not opened here, in the window's words."""
    advice = {
        file_kinds.SPREADSHEET: tr(
            "Pour ajouter ces candidats à une session : utilisez Secrétariat › Importer des candidats…"
        ),
        file_kinds.PDF: tr("Pour savoir s'il est authentique : vérifiez-le avec Documents › Vérifier un document…"),
        file_kinds.RESULTS: tr("Un document de résultats se lit ; il ne s'ouvre pas et ne s'importe pas."),
        file_kinds.ARCHIVE: tr("Consultez-la avec Secrétariat › Archive du centre…"),
        file_kinds.SQLITE: tr("Ce n'est pas un fichier créé par juryapp."),
    }
    text = advice.get(found.kind, "")
    if found.problem:
        text = (tr("Problème : {problem}.").format(problem=found.problem) + " " + text).strip()
    return text


def open_any(window: HandoffWindow, path: Path) -> Path | None:
    """Open whatever `path` is, as it should be: a session file in place of this window; a session
    document imported (after a question) into a new session file, then opened; a référentiel
    installed after a question; a package through the package flow. Anything else is refused with
    a message naming what it is and what was expected. The session file opened, or None."""
    path = Path(path)
    found = file_kinds.identify(path)
    if found.kind == file_kinds.SESSION:
        if _same(path, window.context.path):
            window.statusBar().showMessage(tr("Cette session est déjà ouverte : {path}").format(path=path), 8000)
            return path
        return path if window.switch_to(path) is not None else None
    if found.kind == file_kinds.SESSION_DOCUMENT:
        return import_and_open(window, path, found.document)
    if found.kind == file_kinds.REFERENTIEL:
        install_offered(window, path, found.document)
        return None
    if found.kind == file_kinds.PACKAGE:
        from juryapp.gui.handoff_dialogs import open_package_file

        return open_package_file(window, path)
    refuse(window, path, found)
    return None


def refuse(window: HandoffWindow, path: Path, found: file_kinds.FileKind) -> None:
    """Say what `path` is and what juryapp opens; a PDF can be verified from there."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr("Fichier non ouvert"), "", QMessageBox.StandardButton.Ok, parent_of(window)
    )
    box.setText(tr("{name} : c'est {what}, pas une session.").format(name=path.name, what=found.what))
    box.setInformativeText(f"{_advice(found)}\n\n{expected_text()}".strip())
    verify = None
    if found.kind == file_kinds.PDF:
        verify = box.addButton(tr("&Vérifier ce document"), QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if verify is not None and box.clickedButton() is verify:
        from juryapp.gui.documents_menu import verify_document

        verify_document(parent_of(window), str(path), context=window.context)


def _ask(window: HandoffWindow, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent_of(window),
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def import_and_open(window: HandoffWindow, source: Path, document: dict) -> Path | None:
    """Offer to import a juryapp.session/1 document into a new session file chosen by the user,
    then open it in place of this window; the new file, or None (cancelled or refused)."""
    title = tr("Importer une session")
    session = document.get("session") if isinstance(document.get("session"), dict) else {}
    ref = str(session.get("ref", "")) if session else ""
    if not _ask(
        window,
        title,
        tr(
            "{name} est un document de session au format d'échange (juryapp.session/1){ref}.\n\n"
            "L'importer dans un nouveau fichier de session (.jury), puis l'ouvrir ?"
        ).format(name=source.name, ref=tr(", session {ref}").format(ref=ref) if ref else ""),
    ):
        return None
    parent = parent_of(window)
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Nouveau fichier de session"), str(source.with_suffix(".jury")), tr("Sessions juryapp (*.jury)")
    )
    if not name:
        return None
    target = Path(name) if Path(name).suffix else Path(name).with_suffix(".jury")
    if target.exists() and _same(target, window.context.path):
        QMessageBox.warning(parent, title, tr("La session ouverte ne peut pas être remplacée par un import."))
        return None
    unsealed = False
    while True:
        try:
            session_files.import_session_document(
                document,
                target,
                replace=target.exists(),  # the save dialog asked before replacing it
                source=f"import de {source.name}",
                actor=window.context.actor,
                unsealed_sign_off=unsealed,
            )
            break
        except BadInput as exc:
            if exc.field == "sign_off.seal" and not unsealed and "sans sceau" in exc.problem:
                unsealed = _ask(
                    window,
                    title,
                    tr(
                        "La clôture de ce document n'est pas scellée par la clé d'un centre (il a été écrit par un "
                        "autre outil).\n\nL'accepter en connaissance de cause ? L'historique de la session le gardera."
                    ),
                )
                if unsealed:
                    continue
                return None
            QMessageBox.warning(parent, tr("Import impossible"), str(exc.within(source)))
            return None
        except JuryError as exc:
            QMessageBox.warning(parent, tr("Import impossible"), str(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(parent, tr("Import impossible"), f"{exc.filename or target} : {os_error_text(exc)}")
            return None
    return target if window.switch_to(target) is not None else None


def install_offered(window: HandoffWindow, source: Path, document: dict) -> Path | None:
    """Offer to install a référentiel document on this computer; where it was installed, or None."""
    title = tr("Installer un référentiel")
    code = str(document.get("code", ""))
    label = str(document.get("name", "")) if isinstance(document.get("name"), str) else ""
    if not _ask(
        window,
        title,
        tr(
            "{name} est un référentiel (juryapp.referentiel/1) : {code} — {label}.\n\n"
            "L'installer sur ce poste ? Les sessions de ce titre pourront alors être créées et ouvertes."
        ).format(name=source.name, code=code, label=label),
    ):
        return None
    try:
        installed = sessions.install_referentiel(document)
    except JuryError as exc:
        message = str(exc.within(source)) if isinstance(exc, BadInput) else str(exc)
        QMessageBox.warning(parent_of(window), tr("Installation impossible"), message)
        return None
    except OSError as exc:
        QMessageBox.warning(parent_of(window), tr("Installation impossible"), os_error_text(exc))
        return None
    if installed is None:
        text = tr("Le référentiel {code} était déjà installé, à l'identique.").format(code=code)
    else:
        text = tr("Référentiel {code} installé : {path}").format(code=code, path=installed)
    QMessageBox.information(parent_of(window), title, text)
    return installed


def is_in(path: Path, folder: Path) -> bool:
    """Whether `path` lies inside `folder`."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


__all__ = [
    "MAX_RECENT",
    "app_settings",
    "clear_recent",
    "fill_recent_menu",
    "forget",
    "install_recent_menu",
    "open_any",
    "open_recent",
    "recent_files",
    "remember",
    "reopen_last_enabled",
    "set_reopen_last",
    "startup_session",
]
