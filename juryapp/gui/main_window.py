"""The jury's workspace: session header, candidate list, and the chosen candidate's panels."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from juryapp import __version__, operations
from juryapp.errors import JuryError
from juryapp.gui import first_paint
from juryapp.gui.actions import WindowActions
from juryapp.gui.candidate_model import CandidateFilterModel, CandidateRefRole, CandidateTableModel
from juryapp.gui.candidate_panel import CandidatePanel
from juryapp.gui.candidate_table import CandidateTable
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.file_watch import WATCH_INTERVAL_MS, FileBanner, FileWatch
from juryapp.gui.help_viewer import DialogHelp, HelpViewer, help_page_of, show_help
from juryapp.gui.panel_tabs import PanelTabs
from juryapp.gui.session_header import SessionHeader
from juryapp.operations import files as session_files

if TYPE_CHECKING:
    from juryapp.gui.deliberation_panel import DeliberationPanel
    from juryapp.gui.evaluation_panel import EvaluationPanel
    from juryapp.gui.final_interview_panel import FinalInterviewPanel
    from juryapp.gui.history_panel import HistoryPanel

# The panels, the dialogs and the menus' modules other than the first tab are imported when
# first used: the window opens without them.


def _documents_menu() -> ModuleType:
    from juryapp.gui import documents_menu

    return documents_menu


def _centre_key_menu() -> ModuleType:
    from juryapp.gui import centre_key_menu

    return centre_key_menu


FILE_TAB, EVALUATION_TAB, INTERVIEW_TAB, DELIBERATION_TAB, HISTORY_TAB = range(5)
# The guide's page of each panel (docs/guide/<page>.md), opened by F1; a panel that names its own
# (`help_page`) is taken at its word.
HELP_PAGES = {
    FILE_TAB: "dossier",
    EVALUATION_TAB: "grille",
    INTERVIEW_TAB: "entretien-final",
    DELIBERATION_TAB: "deliberer",
    HISTORY_TAB: "historique",
}
HEADER_FOLDED_KEY = "main_window/header_folded"
# The deliberation's evidence's share of the panel's height, as the user left it (a fraction).
DELIBERATION_SHARE_KEY = "main_window/deliberation_share"


class MainWindow(QMainWindow):
    def __init__(self, context: SessionContext, watch_interval_ms: int = WATCH_INTERVAL_MS) -> None:
        super().__init__()
        self.context = context
        context.reason_provider = self.ask_reason
        self._backup_warned = False
        self._leaving = False  # this window is being replaced: what to keep was asked already
        self.notice_box: QMessageBox | None = None  # the last warning shown without blocking
        if context.integrity is None:
            # Checked once the window is on screen (it reads every row): the banner follows at once,
            # and nothing final can be issued meanwhile (printing checks the file itself).
            first_paint.after_first_paint(self, context.check_integrity)
        self._update_title()
        self.banner = FileBanner(context, self)
        self.header = SessionHeader(context, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(tr("Filtrer (nom, référence, parcours, avancement, résultat)… Ctrl+F"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(tr("Filtre des candidats"))
        self.model = CandidateTableModel(context, self)
        self.proxy = CandidateFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = CandidateTable(self.model, self.proxy, self)
        self.count_label = QLabel(self)

        self.tabs = PanelTabs(self)
        self.tabs.setAccessibleName(tr("Panneaux du candidat"))
        self.tabs.built.connect(self._on_panel_built)
        self.file_panel = CandidatePanel(context, self)
        self.tabs.add_panel(lambda: self.file_panel, tr("&1 Dossier"))
        self.tabs.add_panel(self._make_evaluation_panel, tr("&2 Grille d'évaluation"))
        self.tabs.add_panel(self._make_interview_panel, tr("&3 Entretien final"))
        self.tabs.add_panel(self._make_deliberation_panel, tr("&4 Délibération"))
        self.tabs.add_panel(self._make_history_panel, tr("&5 Historique"))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        # The list and the panels share the width: the list's result column needs its room.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 666])
        self._splitter_fitted = False  # the list's share is chosen once shown, unless restored
        self._deliberation_share: float | None = None  # restored, given to the panel when it is built

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.window_actions = WindowActions(self)
        fold = self.window_actions["fold_header"]
        self.header.set_shortcut_text(fold.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            DialogHelp.install(app)
        self.file_watch = FileWatch(context, watch_interval_ms, self)
        self._connect_signals()
        self._update_state()
        self.operator_label = QLabel(self)
        self.operator_label.setAccessibleName(tr("Personne qui saisit"))
        self.statusBar().addPermanentWidget(self.operator_label)
        self.show_operator()
        self.statusBar().showMessage(tr("Session ouverte : {path}").format(path=context.path))
        if self.proxy.rowCount() > 0:
            self.table.selectRow(0)

    # -- the candidate's panels, made when first shown -------------------------------------

    @property
    def evaluation_panel(self) -> EvaluationPanel:
        return self.tabs.panel(EVALUATION_TAB)  # type: ignore[return-value]

    @property
    def interview_panel(self) -> FinalInterviewPanel:
        return self.tabs.panel(INTERVIEW_TAB)  # type: ignore[return-value]

    @property
    def deliberation_panel(self) -> DeliberationPanel:
        return self.tabs.panel(DELIBERATION_TAB)  # type: ignore[return-value]

    @property
    def history_panel(self) -> HistoryPanel:
        return self.tabs.panel(HISTORY_TAB)  # type: ignore[return-value]

    def _make_evaluation_panel(self) -> QWidget:
        from juryapp.gui.evaluation_panel import EvaluationPanel

        return EvaluationPanel(self.context, self)

    def _make_interview_panel(self) -> QWidget:
        from juryapp.gui.final_interview_panel import FinalInterviewPanel

        return FinalInterviewPanel(self.context, self)

    def _make_deliberation_panel(self) -> QWidget:
        from juryapp.gui.deliberation_panel import DeliberationPanel

        panel = DeliberationPanel(self.context, self)
        panel.set_share(self._deliberation_share)
        return panel

    def deliberation_share(self) -> float | None:
        """The deliberation's evidence's share of the height, as the user left it (None: never moved)."""
        if self.tabs.is_built(DELIBERATION_TAB):
            return self.deliberation_panel.share()
        return self._deliberation_share

    def set_deliberation_share(self, share: float | None) -> None:
        self._deliberation_share = share
        if self.tabs.is_built(DELIBERATION_TAB):
            self.deliberation_panel.set_share(share)

    def _make_history_panel(self) -> QWidget:
        from juryapp.gui.history_panel import HistoryPanel

        return HistoryPanel(self.context, self)

    def _on_panel_built(self, _index: int, panel: QWidget) -> None:
        if hasattr(self, "table"):  # the first tab is made before the list
            panel.show_candidate(self.current_ref())  # type: ignore[attr-defined]

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter)
        self.filter_edit.returnPressed.connect(self.table.setFocus)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.context.changed.connect(lambda _refs: self._update_state())
        self.context.error.connect(self._show_error)
        self.context.warning.connect(self._show_warning)
        self.context.file_state_changed.connect(self._on_file_state)
        self.context.file_replaced.connect(self._on_file_replaced)
        self.file_watch.reloaded.connect(self._on_reloaded)
        self.banner.reopen_button.clicked.connect(self.reopen)
        self.header.folded_changed.connect(self._on_header_folded)

    # -- candidate selection ----------------------------------------------------------------

    def _on_filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        self._update_state()
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        ref = self.current_ref()
        for panel in self.tabs.built_panels():
            panel.show_candidate(ref)  # type: ignore[attr-defined]
        self._update_state()

    def current_ref(self) -> str | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(CandidateRefRole) if indexes else None

    def select_candidate(self, ref: str) -> bool:
        row = self.model.row_of(ref)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0, QModelIndex()))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def move_selection(self, step: int) -> None:
        rows = self.proxy.rowCount()
        if not rows:
            return
        indexes = self.table.selectionModel().selectedRows()
        current = indexes[0].row() if indexes else -1
        self.table.selectRow(max(0, min(rows - 1, current + step)))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        area = self.tabs.currentWidget()
        panel = area.widget() if isinstance(area, QScrollArea) else None
        if panel is not None:
            panel.setFocus()

    def set_header_folded(self, folded: bool) -> None:
        """Fold the session header to one line (or unfold it); the window remembers it (`save_state`)."""
        self.header.set_folded(folded)

    def _on_header_folded(self, folded: bool) -> None:
        self.window_actions["fold_header"].setChecked(folded)

    # -- help --------------------------------------------------------------------------------

    def help_page(self) -> str:
        """The guide's page of the panel shown: the one the panel names (`help_page`), else `HELP_PAGES`'."""
        index = self.tabs.currentIndex()
        area = self.tabs.currentWidget()
        panel = area.widget() if isinstance(area, QScrollArea) else None
        return (help_page_of(panel) if panel is not None else None) or HELP_PAGES.get(index, "index")

    def show_help(self, page: str | None = None) -> HelpViewer:
        """« Aide › Guide d'utilisation » (F1): the guide, inside the application, on the panel's page."""
        return show_help(self, page or self.help_page())

    def show_shortcuts(self) -> None:
        """« Aide › Raccourcis clavier »: every shortcut of the window, from its one registry."""
        from juryapp.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.window_actions.shortcut_rows(), self).exec()

    # -- actions ----------------------------------------------------------------------------

    def set_attendance(self, attendance: str) -> None:
        ref = self.current_ref()
        if ref is None:
            return
        self.context.apply(operations.set_attendance, ref, attendance, describe=tr("Présence du candidat"))

    def undo(self) -> None:
        if self.context.undo() is not None:
            self.statusBar().showMessage(tr("Dernière modification annulée."), 5000)

    def sign_off(self) -> None:
        if self.context.locked:
            QMessageBox.information(self, tr("Clore la session"), tr("La session est déjà close."))
            return
        from juryapp.gui.sign_off_dialog import SignOffDialog

        dialog = SignOffDialog(self.context, self)
        if dialog.exec():
            if dialog.sealed:
                self.statusBar().showMessage(tr("Session close, verrouillée et scellée par la clé du centre."), 15000)
            else:
                self.statusBar().showMessage(
                    tr(
                        "Session close et verrouillée ; non scellée (aucune clé du centre sur ce poste) : elle le "
                        "sera à l'impression des documents définitifs sur le poste qui détient la clé."
                    ),
                    20000,
                )

    def export_json(self) -> None:
        default = str(self.context.path.with_suffix(".json"))
        name, _ = QFileDialog.getSaveFileName(self, tr("Exporter la session"), default, tr("JSON (*.json)"))
        if not name:
            return
        try:
            session_files.export_session(self.context.store, Path(name))
        except (JuryError, OSError) as exc:
            QMessageBox.warning(self, tr("Export impossible"), str(exc))
            return
        self.statusBar().showMessage(tr("Session exportée dans {name}").format(name=name), 8000)

    def save_copy(self, target: Path | None = None) -> Path | None:
        """« Enregistrer une copie… »: the file as it stands, copied whole; the copy, or None."""
        if target is None:
            path = self.context.path
            default = path.with_name(f"{path.stem}-copie-{self.context.now():%Y%m%d-%H%M}{path.suffix}")
            name, _ = QFileDialog.getSaveFileName(
                self, tr("Enregistrer une copie de la session"), str(default), tr("Sessions juryapp (*.jury)")
            )
            if not name:
                return None
            target = Path(name)
        try:
            session_files.save_copy(self.context.store, target)
        except (JuryError, OSError) as exc:
            QMessageBox.warning(self, tr("Copie impossible"), str(exc))
            return None
        self.statusBar().showMessage(tr("Copie de la session enregistrée dans {name}").format(name=target), 8000)
        return target

    def restore_backup(self) -> None:
        """« Restaurer une sauvegarde… »: choose one of the file's backups and put it back."""
        self._flush_panels()
        from juryapp.gui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.context, self)
        if dialog.exec() and dialog.restored is not None:
            self.statusBar().showMessage(tr("Sauvegarde restaurée : {name}").format(name=dialog.restored.name), 10000)

    def reopen(self) -> None:
        """Open the file again (after it was replaced, or once the other writer has closed it)."""
        try:
            notices = self.context.reopen()
        except JuryError as exc:
            QMessageBox.warning(self, tr("Ouverture impossible"), str(exc))
            return
        message = " — ".join(notices) if notices else tr("Fichier rouvert : {path}").format(path=self.context.path)
        self.statusBar().showMessage(message, 10000)

    def open_other(self) -> None:
        """« Ouvrir… »: a session, a session document, a référentiel or a package, each as it should be."""
        from juryapp.gui.recent_files import open_any

        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Ouvrir"),
            str(self.context.path.parent),
            tr("Fichiers juryapp (*.jury *.json *.jurypkg);;Tous les fichiers (*)"),
        )
        if name:
            open_any(self, Path(name))

    def new_session(self) -> None:
        """« Nouvelle session… »: the secretary's form; the new file is then opened here."""
        from juryapp.gui.new_session_dialog import NewSessionDialog

        dialog = NewSessionDialog(self)
        if dialog.exec() and dialog.created is not None:
            self.switch_to(dialog.created)

    def switch_to(self, path: Path) -> MainWindow | None:
        """Open `path` in a new window that takes this one's place; None when it cannot be opened."""
        from juryapp.gui.app import open_main_window

        if not self._flush_panels(ask=True):
            return None  # back to what was being typed
        self._leaving = True  # asked once: closing this window below does not ask again
        try:
            window = open_main_window(path)
        except JuryError as exc:
            self._leaving = False
            QMessageBox.warning(self, tr("Ouverture impossible"), str(exc))
            return None
        window.resize(self.size())
        window.splitter.setSizes(self.splitter.sizes())
        window._splitter_fitted = True
        window.set_header_folded(self.header.folded)
        window.set_deliberation_share(self.deliberation_share())
        window.show()
        self.close()
        self.context.close()  # this window's hold on its file ends with it
        return window

    # -- the secretariat ------------------------------------------------------------------

    def edit_candidates(self) -> None:
        from juryapp.gui.candidates_dialog import CandidatesDialog

        self._flush_panels()
        CandidatesDialog(self.context, self).exec()

    def import_candidates(self) -> None:
        from juryapp.gui.candidate_import_dialog import CandidateImportDialog

        self._flush_panels()
        CandidateImportDialog(self.context, self).exec()

    def edit_jurors(self) -> None:
        from juryapp.gui.jurors_dialog import JurorsDialog

        self._flush_panels()
        JurorsDialog(self.context, self).exec()

    def edit_schedule(self) -> None:
        from juryapp.gui.schedule_dialog import ScheduleDialog

        self._flush_panels()
        ScheduleDialog(self.context, self).exec()

    def prepare_for_jury(self) -> None:
        from juryapp.gui.handoff_dialogs import prepare_for_jury

        prepare_for_jury(self)

    def open_package(self) -> None:
        from juryapp.gui.handoff_dialogs import open_package_file

        open_package_file(self)

    def return_to_secretariat(self) -> None:
        from juryapp.gui.handoff_dialogs import return_to_secretariat

        return_to_secretariat(self)

    def take_back_from_jury(self) -> None:
        from juryapp.gui.handoff_dialogs import take_back_from_jury

        take_back_from_jury(self)

    def purge_workstation(self) -> None:
        from juryapp.gui.handoff_dialogs import purge_workstation_dialog

        purge_workstation_dialog(self)

    def show_archive(self) -> None:
        from juryapp.gui.archive_dialog import ArchiveDialog

        ArchiveDialog(self).exec()

    def preview_documents(self) -> None:
        _documents_menu().preview_candidate(self.context, self.current_ref(), self)

    def print_all_documents(self) -> None:
        _documents_menu().print_session_to_folder(self.context, self)

    def verify_document(self) -> None:
        _documents_menu().verify_document(self, context=self.context)

    def show_centre_key(self) -> None:
        _centre_key_menu().show_centre_key(self)

    def _recording_context(self) -> SessionContext | None:
        """The session where acts on the centre's key are recorded; none when it is read-only."""
        return None if self.context.read_only else self.context

    def new_centre_key(self) -> None:
        if _centre_key_menu().new_centre_key(self, self._recording_context()) is not None:
            self.statusBar().showMessage(tr("Nouvelle clé du centre créée et inscrite au journal."), 8000)

    def backup_centre_key(self) -> None:
        _centre_key_menu().backup_centre_key(self, self.context)

    def restore_centre_key(self) -> None:
        _centre_key_menu().restore_centre_key(self, self._recording_context())

    def calibration_page(self) -> None:
        _documents_menu().save_calibration_page(self)

    def centre_preferences(self) -> None:
        try:
            dialog = _documents_menu().SettingsDialog(self)
        except JuryError as exc:
            QMessageBox.warning(self, tr("Préférences du centre"), str(exc))
            return
        dialog.exec()

    def choose_operator(self) -> None:
        """Ask who is typing; their name goes with every version recorded from now on."""
        settings = QSettings()
        key = f"operator/{self.context.state.data.session.ref}"
        from juryapp.gui.operator_dialog import OperatorDialog

        dialog = OperatorDialog(self.context, str(settings.value(key, "") or self.context.actor), self)
        if dialog.exec() and dialog.name():
            self.context.actor = dialog.name()
            settings.setValue(key, dialog.name())
        self.show_operator()

    def edit_issuer(self) -> None:
        from juryapp.gui.issuer_dialog import IssuerDialog

        if IssuerDialog(self.context, self).exec():
            self.statusBar().showMessage(tr("Autorité de délivrance enregistrée."), 5000)

    def show_operator(self) -> None:
        """The status bar says who types; when nobody is named yet, where to say it."""
        if self.context.actor:
            self.operator_label.setText(tr("Saisie : {name}").format(name=self.context.actor))
        else:
            self.operator_label.setText(tr("Saisie : nom à indiquer (Session › Qui saisit…)"))

    def ask_reason(self, what: str, candidate: str | None) -> tuple[str, tuple[str, ...]] | None:
        """After sign-off, a change is a revocation: ask why and which jurors (None when cancelled)."""
        from juryapp.gui.revocation_dialog import RevocationDialog

        dialog = RevocationDialog(self.context, what, candidate, self)
        if not dialog.exec():
            return None
        request = dialog.request()
        return request.reason, request.jurors

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("À propos de juryapp"),
            tr("juryapp {version}\nSessions de jury du Titre Professionnel, hors ligne.").format(version=__version__),
        )

    def _show_error(self, message: str) -> None:
        self.statusBar().showMessage("⚠ " + message, 10000)

    def _show_notice(self, title: str, text: str) -> QMessageBox:
        """A warning that does not block the window (a timer or an operation raised it)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.notice_box = box
        return box

    def _show_warning(self, message: str) -> None:
        """Something around a recorded change failed (the rolling backup): said each time, shown once."""
        text = message[:1].upper() + message[1:]
        self.statusBar().showMessage("⚠ " + text + tr(" (la décision est bien enregistrée)"), 15000)
        if not self._backup_warned:
            self._backup_warned = True
            self._show_notice(
                tr("Sauvegarde automatique impossible"),
                tr(
                    "{message}\n\nLa décision est bien enregistrée dans le fichier de session, mais les "
                    "sauvegardes automatiques échouent : vérifiez le dossier des sauvegardes (Documents › "
                    "Préférences du centre) ou enregistrez une copie (Session › Enregistrer une copie…)."
                ).format(message=text),
            )

    def _on_file_replaced(self, what: str) -> None:
        self._show_notice(
            tr("Fichier modifié par un autre programme"),
            tr(
                "Le fichier {path} a été {what} par un autre programme depuis son ouverture.\n\n"
                "Cette fenêtre passe en lecture seule : elle n'y écrit plus rien. Rouvrez le fichier "
                "(Session › Rouvrir le fichier) pour travailler sur sa version actuelle."
            ).format(path=self.context.path, what=what),
        )

    def _on_reloaded(self) -> None:
        self.statusBar().showMessage(
            tr("Session relue : le fichier a été modifié par un autre programme ({time}).").format(
                time=self.context.now().strftime("%H:%M:%S")
            ),
            10000,
        )

    def _on_file_state(self) -> None:
        self._update_title()
        self._update_state()

    def _update_title(self) -> None:
        title = tr("juryapp — {ref} — {file}").format(
            ref=self.context.state.data.session.ref, file=self.context.path.name
        )
        if self.context.read_only:
            title += " " + tr("(lecture seule)")
        self.setWindowTitle(title)

    def _update_state(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        outcomes = self.context.state.outcomes.values()
        blocked = sum(1 for o in outcomes if o.blockers)
        self.count_label.setText(
            tr("{shown} candidat(s) affiché(s) sur {total} — {blocked} bloqué(s)").format(
                shown=shown, total=total, blocked=blocked
            )
        )
        if hasattr(self, "window_actions"):
            self.window_actions.update_enabled()

    # -- window state -----------------------------------------------------------------------

    def restore_state(self, settings: QSettings) -> None:
        """The window as it was left: geometry, the list's share, the header folded or not."""
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self._splitter_fitted = self.splitter.restoreState(splitter)
        folded = settings.value(HEADER_FOLDED_KEY)
        if folded is not None:
            self.set_header_folded(str(folded).lower() in ("true", "1"))
        try:
            share = float(str(settings.value(DELIBERATION_SHARE_KEY, "") or "nan"))
        except (TypeError, ValueError):
            share = float("nan")
        if 0.0 < share < 1.0:
            self.set_deliberation_share(share)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.setValue(HEADER_FOLDED_KEY, self.header.folded)
        share = self.deliberation_share()
        if share is not None:
            settings.setValue(DELIBERATION_SHARE_KEY, share)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._splitter_fitted:
            self._splitter_fitted = True
            self.fit_splitter()

    def fit_splitter(self) -> None:
        """Give the list the width its columns ask for (« Résultat » whole), from 40 % of the
        window's width up to what leaves the panels' tabs whole (60 % when they cannot be)."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        wanted = self.table.preferred_width() + self.splitter.handleWidth()
        tabs_whole = (
            total
            - self.tabs.tabBar().sizeHint().width()
            - 2 * self.tabs.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        )
        upper = tabs_whole if tabs_whole >= total * 0.4 else int(total * 0.6)
        share = max(int(total * 0.4), min(upper, wanted))
        self.splitter.setSizes([share, total - share])

    def _flush_panels(self, ask: bool = False) -> bool:
        """What is being typed in a panel, recorded before the file is left or replaced; what cannot
        be recorded yet is kept as a draft, shown on return. With `ask`, when something could not
        even be kept (a read-only file), the user drops it or stays: False when they stay."""
        from juryapp.gui import autosave

        if not self.context.read_only:
            for panel in self.tabs.built_panels():
                flush = getattr(panel, "flush", None)
                if flush is not None:
                    flush()
        lost = autosave.keep_drafts(self)
        return not (ask and lost) or autosave.confirm_dropping(self, lost)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._leaving and not self._flush_panels(ask=True):
            event.ignore()  # back to what was being typed
            return
        self.file_watch.stop()
        super().closeEvent(event)
