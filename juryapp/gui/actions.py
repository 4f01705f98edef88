"""Every action of the main window, declared once, with its menu, shortcut and enabled state."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from juryapp.gui.context import tr

if TYPE_CHECKING:
    from juryapp.gui.main_window import MainWindow

# Actions that record something in the session file (besides the sign-off, undo and attendance).
WRITING_ACTIONS = ("issuer", "print_all", "import_candidates", "package", "return_package")


class WindowActions:
    """Builds the menus of `window`; shortcuts appear in the menus next to each action."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        w = window
        self.by_name: dict[str, QAction] = {}
        menus = w.menuBar()

        session = menus.addMenu(tr("&Session"))
        self._add(session, "new", tr("&Nouvelle session…"), QKeySequence.StandardKey.New, w.new_session)
        self._add(session, "open", tr("&Ouvrir une session…"), QKeySequence.StandardKey.Open, w.open_other)
        self._add(session, "reopen", tr("Rou&vrir le fichier"), None, w.reopen)
        self._add(session, "export", tr("&Exporter en JSON…"), "Ctrl+E", w.export_json)
        self._add(session, "save_copy", tr("Enregistrer une &copie…"), QKeySequence.StandardKey.SaveAs, w.save_copy)
        self._add(session, "restore_backup", tr("&Restaurer une sauvegarde…"), None, w.restore_backup)
        session.addSeparator()
        self._add(session, "operator", tr("&Qui saisit…"), None, w.choose_operator)
        self._add(session, "issuer", tr("&Autorité de délivrance…"), None, w.edit_issuer)
        session.addSeparator()
        self._add(session, "sign_off", tr("&Clore la session…"), "Ctrl+Shift+C", w.sign_off)
        session.addSeparator()
        self._add(session, "quit", tr("&Quitter"), QKeySequence.StandardKey.Quit, w.close)

        edit = menus.addMenu(tr("&Édition"))
        self._add(edit, "undo", tr("&Annuler la dernière modification"), QKeySequence.StandardKey.Undo, w.undo)

        candidate = menus.addMenu(tr("&Candidat"))
        self._add(candidate, "previous", tr("Candidat &précédent"), "Alt+Up", lambda: w.move_selection(-1))
        self._add(candidate, "next", tr("Candidat &suivant"), "Alt+Down", lambda: w.move_selection(1))
        candidate.addSeparator()
        for name, label, key in (
            ("present", tr("Marquer &présent"), "Ctrl+Shift+P"),
            ("absent", tr("Marquer &absent"), "Ctrl+Shift+A"),
            ("excused", tr("Marquer &excusé"), "Ctrl+Shift+E"),
        ):
            action = self._add(candidate, name, label, key, self._attendance(name))
            w.table.addAction(action)

        secretariat = menus.addMenu(tr("Secré&tariat"))
        self._add(secretariat, "candidates", tr("&Candidats…"), "Ctrl+Shift+K", w.edit_candidates)
        self._add(secretariat, "import_candidates", tr("&Importer des candidats…"), None, w.import_candidates)
        self._add(secretariat, "jurors", tr("&Jurés et conflits…"), "Ctrl+Shift+J", w.edit_jurors)
        self._add(secretariat, "schedule", tr("P&lanning des épreuves…"), "Ctrl+Shift+L", w.edit_schedule)
        secretariat.addSeparator()
        self._add(secretariat, "package", tr("&Préparer pour le jury…"), None, w.prepare_for_jury)
        self._add(secretariat, "open_package", tr("&Ouvrir un paquet du secrétariat…"), None, w.open_package)
        self._add(secretariat, "return_package", tr("&Remettre au secrétariat…"), None, w.return_to_secretariat)
        self._add(secretariat, "take_back", tr("Reprendre du jur&y…"), None, w.take_back_from_jury)
        self._add(secretariat, "purge", tr("Pur&ger ce poste…"), None, w.purge_workstation)
        secretariat.addSeparator()
        self._add(secretariat, "archive", tr("&Archive du centre…"), None, w.show_archive)

        documents = menus.addMenu(tr("&Documents"))
        self._add(
            documents,
            "preview",
            tr("&Aperçu et impression des documents…"),
            QKeySequence.StandardKey.Print,
            w.preview_documents,
        )
        self._add(
            documents,
            "print_all",
            tr("&Tous les documents de la session en PDF…"),
            "Ctrl+Shift+D",
            w.print_all_documents,
        )
        documents.addSeparator()
        self._add(documents, "verify", tr("&Vérifier un document…"), "Ctrl+Shift+V", w.verify_document)
        documents.addSeparator()
        key_menu = documents.addMenu(tr("&Clé du centre"))
        self._add(key_menu, "key_show", tr("&Afficher la clé du centre…"), None, w.show_centre_key)
        self._add(key_menu, "key_backup", tr("&Sauvegarder la clé du centre…"), None, w.backup_centre_key)
        self._add(key_menu, "key_restore", tr("&Restaurer…"), None, w.restore_centre_key)
        key_menu.addSeparator()
        self._add(key_menu, "key_new", tr("&Nouvelle clé du centre…"), None, w.new_centre_key)
        documents.addSeparator()
        self._add(documents, "calibration", tr("Page d'é&talonnage de l'imprimante…"), None, w.calibration_page)
        self._add(documents, "preferences", tr("&Préférences du centre…"), None, w.centre_preferences)

        view = menus.addMenu(tr("&Affichage"))
        self._add(view, "filter", tr("&Filtrer les candidats"), QKeySequence.StandardKey.Find, w.focus_filter)
        self._add(view, "list", tr("&Liste des candidats"), "Ctrl+L", w.table.setFocus)
        view.addSeparator()
        for index, (name, label) in enumerate(
            (
                ("tab_file", tr("&Dossier du candidat")),
                ("tab_evaluation", tr("&Évaluation")),
                ("tab_interview", tr("E&ntretien final")),
                ("tab_deliberation", tr("Dé&libération")),
                ("tab_history", tr("&Historique")),
            )
        ):
            self._add(view, name, label, f"Ctrl+{index + 1}", self._tab(index))

        help_menu = menus.addMenu(tr("&Aide"))
        self._add(help_menu, "about", tr("À &propos de juryapp"), None, w.about)

    def _add(self, menu, name: str, label: str, shortcut, slot: Callable[[], object]) -> QAction:  # noqa: ANN001
        action = QAction(label, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.by_name[name] = action
        return action

    def _attendance(self, value: str) -> Callable[[], None]:
        return lambda: self._window.set_attendance(value)

    def _tab(self, index: int) -> Callable[[], None]:
        return lambda: self._window.show_tab(index)

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def update_enabled(self) -> None:
        """Actions that write are disabled while the file is read-only; reading ones stay."""
        context = self._window.context
        writable = not context.read_only
        self.by_name["undo"].setEnabled(context.can_undo())
        self.by_name["sign_off"].setEnabled(writable and not context.locked)
        # Printing the whole session writes its register; the issuer is a recorded change.
        for name in WRITING_ACTIONS:
            self.by_name[name].setEnabled(writable)
        has_candidate = self._window.current_ref() is not None
        for name in ("present", "absent", "excused"):
            self.by_name[name].setEnabled(has_candidate and writable)
