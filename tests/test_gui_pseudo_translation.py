"""With the pseudo-translation (every string 40 % longer), no label of the five panels is cut.

The main window is built on the demo session at 1366×768 with `juryapp_pseudo.qm` installed, each
panel is shown in turn, and every visible label, button, check box, radio button and group box
title must have the width its text asks for (its size hint), unless it wraps its words.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.gui.context import SessionContext
from juryapp.gui.i18n import install_translators, remove_translators
from juryapp.gui.main_window import MainWindow
from juryapp.storage.store import SessionStore

PANEL_COUNT = 5
SCREEN = (1366, 768)

# Cut labels known and left for the GUI's owners to fix: (panel index, object name or French
# source text) -> the reason it is tolerated for now. Keep each entry to one line.
KNOWN_CUT: dict[tuple[int, str], str] = {}


@pytest.fixture
def pseudo(qapp):
    translators = install_translators(qapp, "pseudo")
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def window(tmp_path, qapp, qtbot, pseudo):
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    context = SessionContext(SessionStore.open(path))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    yield window
    context.close()


def _needed_width(widget: QWidget) -> int:
    if isinstance(widget, QGroupBox):
        return widget.minimumSizeHint().width()
    return widget.sizeHint().width()


def _text(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    return ""


def cut_widgets(root: QWidget) -> list[tuple[str, str, int, int]]:
    """The visible text widgets under `root` narrower than their text: (name, text, needed, has)."""
    found: list[tuple[str, str, int, int]] = []
    kinds = (QLabel, QPushButton, QCheckBox, QRadioButton, QGroupBox)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible():
            continue
        text = _text(widget)
        if not text.strip() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        needed, has = _needed_width(widget), widget.width()
        if needed > has:
            found.append((widget.objectName() or type(widget).__name__, text, needed, has))
    return found


def test_no_label_is_cut_with_the_pseudo_translation(window, qtbot) -> None:
    assert window.windowTitle()  # the window is built under the pseudo-translation
    assert any("~" in action.text() for action in window.menuBar().actions())
    offenders: list[str] = []
    for index in range(PANEL_COUNT):
        window.select_candidate("C01")
        window.show_tab(index)
        QApplication.processEvents()
        qtbot.wait(50)
        for name, text, needed, has in cut_widgets(window):
            if (index, name) in KNOWN_CUT or (index, text) in KNOWN_CUT:
                continue
            offenders.append(f"panel {index + 1}: {name} {text!r} needs {needed}px, has {has}px")
        if window.width() > SCREEN[0]:  # a window wider than the screen cuts whatever is past its edge
            offenders.append(f"panel {index + 1}: the window grows to {window.width()}px")
    assert not offenders, "cut labels:\n" + "\n".join(sorted(set(offenders)))


def test_no_label_of_the_preferences_is_cut_with_the_pseudo_translation(qapp, qtbot, pseudo) -> None:
    """The centre's preferences, grouped by theme: every label whole (long ones wrap), the dialog
    inside the screen with its buttons."""
    from juryapp.gui.dialog_common import room_on_screen
    from juryapp.gui.documents_menu import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "~" in dialog.windowTitle()
    assert not cut_widgets(dialog), cut_widgets(dialog)
    room = room_on_screen(dialog)
    assert room is not None and dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.buttons.isVisible() and dialog.rect().contains(dialog.buttons.geometry())
