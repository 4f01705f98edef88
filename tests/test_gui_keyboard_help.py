"""Keyboard and help: one mnemonic per entry, F1 on the guide's page of what is on screen, the guide
shown inside the application, and « Raccourcis clavier » listing every shortcut of the registry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QGroupBox, QLabel, QMenu, QWidget

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.gui.actions import mnemonic, plain_label
from juryapp.gui.context import SessionContext
from juryapp.gui.help_viewer import DialogHelp, HelpViewer, guide_pages, has_page, help_page_of, page_name
from juryapp.gui.main_window import HELP_PAGES, MainWindow
from juryapp.storage.store import SessionStore


@pytest.fixture
def context(tmp_path, qapp):
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    ctx = SessionContext(SessionStore.open(path), actor="Claire Fontaine-Dumas")
    yield ctx
    ctx.close()


@pytest.fixture
def window(context, qtbot):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for viewer in window.findChildren(HelpViewer):
        viewer.close()


def _menus(window: MainWindow) -> list[QMenu]:
    """Every menu of the window's menu bar, submenus included."""
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())

    for action in window.menuBar().actions():
        walk(action.menu())
    return found


def _duplicates(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter.setdefault(letter, []).append(plain_label(text))
    return {letter: names for letter, names in by_letter.items() if len(names) > 1}


# -- mnemonics ------------------------------------------------------------------------------------


def test_mnemonic_reading():
    assert mnemonic("Secré&tariat") == "t" and mnemonic("R&&D") is None and mnemonic("&Édition") == "é"
    assert plain_label("Déli&bération") == "Délibération" and plain_label("R&&D") == "R&D"


def test_every_menu_bar_entry_has_its_own_mnemonic(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert all(mnemonic(title) for title in titles), titles
    assert _duplicates(titles) == {}


def test_no_two_entries_of_a_menu_share_a_mnemonic(window):
    for menu in _menus(window):
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        # A disabled placeholder (« Aucun fichier récent ») cannot be chosen: it needs no letter.
        usable = [a.text() for a in menu.actions() if not a.isSeparator() and (a.isEnabled() or a.menu())]
        assert all(mnemonic(text) for text in usable), (menu.title(), usable)
        assert _duplicates(texts) == {}, menu.title()


def _window_mnemonics(window: MainWindow) -> dict[str, str]:
    """Alt+letter of the widgets shown in the window (outside the menus): buttons, labels, boxes."""
    found: dict[str, str] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = mnemonic(text) if "<" not in text else None
        if letter is not None:
            found[letter] = plain_label(text)
    for index in range(window.tabs.count()):
        letter = mnemonic(window.tabs.tabText(index))
        if letter is not None:
            found[letter] = plain_label(window.tabs.tabText(index))
    return found


def test_the_menu_bar_letters_are_not_taken_by_a_panel(window, qapp):
    """Alt+A, Alt+D… open one thing: no panel's button or label uses a letter of the menu bar."""
    menu_letters = {mnemonic(action.text()): plain_label(action.text()) for action in window.menuBar().actions()}
    for ref, tab in (("C02", 0), ("C02", 1), ("C04", 2), ("C02", 3), ("C01", 4)):
        window.select_candidate(ref)
        window.show_tab(tab)
        qapp.processEvents()
        clashes = {
            letter: (menu_letters[letter], text)
            for letter, text in _window_mnemonics(window).items()
            if letter in menu_letters
        }
        assert clashes == {}, (tab, clashes)


# -- F1 and the guide -------------------------------------------------------------------------------


def _press_f1(qapp) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, Qt.Key.Key_F1)
    qapp.processEvents()


@pytest.mark.parametrize(
    ("tab", "page"),
    [(0, "dossier"), (1, "grille"), (2, "entretien-final"), (3, "deliberer"), (4, "historique")],
)
def test_f1_opens_the_page_of_the_panel_shown(window, qtbot, qapp, tab, page):
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.select_candidate("C02")
    window.show_tab(tab)
    assert window.window_actions["help"].shortcut().toString() == "F1"
    _press_f1(qapp)
    viewers = window.findChildren(HelpViewer)
    assert len(viewers) == 1
    assert viewers[0].isVisible() and viewers[0].current_page() == page == HELP_PAGES[tab]
    assert "<h1" in viewers[0].browser.toHtml() or viewers[0].browser.toPlainText().strip()


def test_every_panel_has_its_page():
    for page in HELP_PAGES.values():
        assert has_page(page), page


def test_the_viewer_follows_links_back_and_forward(window):
    viewer = window.show_help("index")
    assert viewer.current_page() == "index"
    assert viewer.pages.count() == len(guide_pages()) >= 10
    title = viewer.pages.item(0).text()
    assert title == "Guide d'utilisation"
    assert 'href="grille.md"' in viewer.browser.toHtml()
    viewer.browser.anchorClicked.emit(QUrl("grille.md"))
    assert viewer.current_page() == "grille"
    assert "Grille d'évaluation" in viewer.browser.toPlainText()
    viewer.go_back()
    assert viewer.current_page() == "index" and viewer.forward_button.isEnabled()
    viewer.go_forward()
    assert viewer.current_page() == "grille"
    # The same window is reused: one guide per main window.
    assert window.show_help("historique") is viewer and viewer.current_page() == "historique"


def test_the_search_goes_on_in_the_next_pages(window):
    viewer = window.show_help("index")
    assert viewer.find_text("Maj+F8")
    assert viewer.current_page() == "entretien-final"
    assert viewer.browser.textCursor().selectedText() == "Maj+F8"
    assert not viewer.find_text("introuvable-nulle-part")


def test_an_unknown_page_falls_back_on_the_index(window):
    viewer = window.show_help("index")
    assert not viewer.open_page("pas-de-telle-page")
    assert viewer.current_page() == "index"


def test_page_names():
    assert page_name("docs/guide/grille.md#marques") == "grille"
    assert page_name("deliberer") == "deliberer"


class _DialogWithHelp(QDialog):
    help_page = "preparer-une-session.md"


def test_f1_in_a_dialog_opens_the_page_it_names(window, qtbot, qapp):
    dialog = _DialogWithHelp(window)
    qtbot.addWidget(dialog)
    DialogHelp.attach(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    QTest.keyClick(dialog, Qt.Key.Key_F1)
    viewers = dialog.findChildren(HelpViewer)
    assert len(viewers) == 1 and viewers[0].current_page() == "preparer-une-session"
    viewers[0].close()


def test_dialogs_get_their_f1_when_they_become_active(window, qtbot):
    """The application gives every dialog its F1; a dialog without a page opens the index."""
    plain = QDialog(window)
    qtbot.addWidget(plain)
    plain.show()
    plain.activateWindow()
    plain.windowHandle().requestActivate()
    qtbot.waitUntil(plain.isActiveWindow, timeout=3000)
    qtbot.waitUntil(lambda: bool(plain.property(DialogHelp.PROPERTY)), timeout=3000)
    QTest.keyClick(plain, Qt.Key.Key_F1)
    viewers = plain.findChildren(HelpViewer)
    assert len(viewers) == 1 and viewers[0].current_page() == "index"
    viewers[0].close()


def test_help_page_is_read_on_the_widget_its_class_or_its_module(window):
    assert help_page_of(_DialogWithHelp(window)) == "preparer-une-session"
    assert help_page_of(QDialog(window)) is None
    from juryapp.gui.operator_dialog import OperatorDialog

    assert help_page_of(OperatorDialog(window.context, "", window)) == "conduire-la-session"


def test_the_help_menu(window):
    menu = next(m for m in _menus(window) if window.window_actions["help"] in m.actions())
    assert plain_label(menu.title()) == "Aide"
    labels = [plain_label(action.text()) for action in menu.actions() if not action.isSeparator()]
    assert labels == ["Guide d'utilisation", "Raccourcis clavier", "À propos de juryapp"]


# -- « Raccourcis clavier » -------------------------------------------------------------------------


def test_the_shortcuts_dialog_lists_every_shortcut(window, qtbot):
    from PySide6.QtGui import QKeySequence

    from juryapp.gui import interview_timer
    from juryapp.gui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window.window_actions.shortcut_rows(), window)
    qtbot.addWidget(dialog)
    shown = dialog.shortcut_texts()
    native = QKeySequence.SequenceFormat.NativeText
    expected = {
        (plain_label(action.text()), action.shortcut().toString(native))
        for action in window.window_actions.by_name.values()
        if not action.shortcut().isEmpty()
    }
    assert len(expected) >= 25
    assert expected <= {(command, keys) for _place, command, keys in shown}
    for place, command, keys in shown:
        assert place and command and keys
    keys_shown = {keys for _place, _command, keys in shown}
    assert {"F1", "Ctrl+Shift+H", "Ctrl+Shift+C", "Ctrl+1", "Ctrl+5"} <= keys_shown
    assert QKeySequence(interview_timer.TOGGLE_SHORTCUT).toString(native) in keys_shown
    assert ("Session", "Clore la session…", "Ctrl+Shift+C") in shown


def test_the_shortcuts_menu_opens_the_list(window, qtbot, monkeypatch):
    from juryapp.gui.shortcuts_dialog import ShortcutsDialog

    opened = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: opened.append(self.shortcut_texts()) or 0)
    window.window_actions["shortcuts"].trigger()
    assert opened and len(opened[0]) >= 25
