"""Every action of the main window, declared once, with its menu, mnemonic, shortcut and enabled state.

This is the one registry of the window's shortcuts: the menus show them, « Aide › Raccourcis
clavier » lists them from here, and a test checks that no two entries of the menu bar, nor of
one menu, share a mnemonic (the letter after « & », reached with Alt). The menu bar's letters
also avoid those of the panels' own buttons (« &Attribué », « Pas encore &décidé »…).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from juryapp.gui.context import tr, tr_noop

if TYPE_CHECKING:
    from juryapp.gui.main_window import MainWindow

# Actions that record something in the session file (besides the sign-off, undo and attendance).
WRITING_ACTIONS = ("issuer", "print_all", "import_candidates", "package", "return_package")

# The shortcuts of the entretien final's chronomètre, by the name of the constant that holds each
# in `juryapp.gui.interview_timer`, and what they do.
TIMER_SHORTCUTS = (
    ("TOGGLE_SHORTCUT", tr_noop("Démarrer, mettre en pause ou reprendre le chronomètre")),
    ("STOP_SHORTCUT", tr_noop("Terminer le chronomètre")),
    ("RESET_SHORTCUT", tr_noop("Réinitialiser le chronomètre")),
)

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    """One line of « Raccourcis clavier »: where the command is, what it does, its keys."""

    place: str  # « Session », « Candidat », « Entretien final »…
    label: str  # the command, without its mnemonic
    keys: str  # as the user types them (« Ctrl+Maj+C »)


def plain_label(text: str) -> str:
    """A menu text without its mnemonic marker: « Clo&re » → « Clore », « &&» → « & »."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic(text: str) -> str | None:
    """The letter after the single « & » of `text`, in lower case; None when it has none."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()


class WindowActions:
    """Builds the menus of `window`; shortcuts appear in the menus next to each action."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        w = window
        self.by_name: dict[str, QAction] = {}
        self._places: dict[str, str] = {}
        menus = w.menuBar()

        session = self._menu(menus.addMenu(tr("&Session")))
        self._add(session, "new", tr("&Nouvelle session…"), QKeySequence.StandardKey.New, w.new_session)
        self._add(session, "open", tr("&Ouvrir…"), QKeySequence.StandardKey.Open, w.open_other)
        from juryapp.gui.recent_files import install_recent_menu

        self.recent_menu = install_recent_menu(w, session)  # « Fichiers récents » and the start-up choice
        self._add(session, "reopen", tr("Rou&vrir le fichier"), None, w.reopen)
        self._add(session, "export", tr("&Exporter en JSON…"), "Ctrl+E", w.export_json)
        self._add(session, "save_copy", tr("Enregistrer une co&pie…"), QKeySequence.StandardKey.SaveAs, w.save_copy)
        self._add(session, "restore_backup", tr("&Restaurer une sauvegarde…"), None, w.restore_backup)
        session.addSeparator()
        self._add(session, "operator", tr("Qui &saisit…"), None, w.choose_operator)
        self._add(session, "issuer", tr("&Autorité de délivrance…"), None, w.edit_issuer)
        session.addSeparator()
        self._add(session, "sign_off", tr("&Clore la session…"), "Ctrl+Shift+C", w.sign_off)
        session.addSeparator()
        self._add(session, "quit", tr("&Quitter"), QKeySequence.StandardKey.Quit, w.close)

        edit = self._menu(menus.addMenu(tr("&Édition")))
        self._add(edit, "undo", tr("&Annuler la dernière modification"), QKeySequence.StandardKey.Undo, w.undo)

        candidate = self._menu(menus.addMenu(tr("&Candidat")))
        self._add(candidate, "previous", tr("Candidat &précédent"), "Alt+Up", lambda: w.move_selection(-1))
        self._add(candidate, "next", tr("Candidat &suivant"), "Alt+Down", lambda: w.move_selection(1))
        candidate.addSeparator()
        for name, label, key in (
            ("present", tr("Marquer présen&t"), "Ctrl+Shift+P"),
            ("absent", tr("Marquer &absent"), "Ctrl+Shift+A"),
            ("excused", tr("Marquer &excusé"), "Ctrl+Shift+E"),
        ):
            action = self._add(candidate, name, label, key, self._attendance(name))
            w.table.addAction(action)

        secretariat = self._menu(menus.addMenu(tr("Secré&tariat")))
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

        documents = self._menu(menus.addMenu(tr("D&ocuments")))
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
        key_menu = self._menu(documents.addMenu(tr("&Clé du centre")))
        self._add(key_menu, "key_show", tr("&Afficher la clé du centre…"), None, w.show_centre_key)
        self._add(key_menu, "key_backup", tr("&Sauvegarder la clé du centre…"), None, w.backup_centre_key)
        self._add(key_menu, "key_restore", tr("&Restaurer…"), None, w.restore_centre_key)
        key_menu.addSeparator()
        self._add(key_menu, "key_new", tr("&Nouvelle clé du centre…"), None, w.new_centre_key)
        documents.addSeparator()
        self._add(documents, "calibration", tr("Page d'&étalonnage de l'imprimante…"), None, w.calibration_page)
        self._add(documents, "preferences", tr("&Préférences du centre…"), None, w.centre_preferences)

        view = self._menu(menus.addMenu(tr("A&ffichage")))
        self._add(view, "filter", tr("&Filtrer les candidats"), QKeySequence.StandardKey.Find, w.focus_filter)
        self._add(view, "list", tr("&Liste des candidats"), "Ctrl+L", w.table.setFocus)
        fold = self._add(view, "fold_header", tr("&Replier l'en-tête de la session"), "Ctrl+Shift+H", None)
        fold.setCheckable(True)
        fold.toggled.connect(w.set_header_folded)
        view.addSeparator()
        for index, (name, label) in enumerate(
            (
                ("tab_file", tr("&Dossier du candidat")),
                ("tab_evaluation", tr("&Grille d'évaluation")),
                ("tab_interview", tr("E&ntretien final")),
                ("tab_deliberation", tr("Déli&bération")),
                ("tab_history", tr("&Historique")),
            )
        ):
            self._add(view, name, label, f"Ctrl+{index + 1}", self._tab(index))

        help_menu = self._menu(menus.addMenu(tr("A&ide")))
        self._add(help_menu, "help", tr("&Guide d'utilisation"), QKeySequence.StandardKey.HelpContents, w.show_help)
        self._add(help_menu, "shortcuts", tr("&Raccourcis clavier"), None, w.show_shortcuts)
        help_menu.addSeparator()
        self._add(help_menu, "about", tr("À &propos de juryapp"), None, w.about)

    def _menu(self, menu: QMenu | None) -> QMenu:
        assert menu is not None  # addMenu always makes one
        return menu

    def _add(
        self, menu: QMenu, name: str, label: str, shortcut: Shortcut, slot: Callable[[], object] | None
    ) -> QAction:
        action = QAction(label, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.by_name[name] = action
        self._places[name] = self._place_of(menu)
        return action

    def _place_of(self, menu: QMenu) -> str:
        """« Documents › Clé du centre »: the menu's title and those of the menus it is in."""
        titles = []
        current: object = menu
        while isinstance(current, QMenu):
            titles.append(plain_label(current.title()))
            current = current.parent()
        return " › ".join(reversed(titles))

    def _attendance(self, value: str) -> Callable[[], None]:
        return lambda: self._window.set_attendance(value)

    def _tab(self, index: int) -> Callable[[], None]:
        return lambda: self._window.show_tab(index)

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def shortcut_rows(self) -> list[ShortcutRow]:
        """Every action that has a shortcut, in menu order, then the keys of the panels."""
        rows = []
        for name, action in self.by_name.items():
            if action.shortcut().isEmpty():
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            rows.append(ShortcutRow(self._places[name], plain_label(action.text()), keys))
        return rows + panel_shortcut_rows()

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


def panel_shortcut_rows() -> list[ShortcutRow]:
    """The shortcuts the panels declare themselves (the chronomètre's), as their modules hold them."""
    from juryapp.gui import interview_timer

    rows = []
    for constant, label in TIMER_SHORTCUTS:
        keys = getattr(interview_timer, constant, None)
        if keys:
            text = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            rows.append(ShortcutRow(tr("Entretien final"), tr(label), text))
    return rows
