"""Accessibility: every control a person reaches in the jury's window and in the secretariat's
main dialogs has a name for screen readers (its text, its label's, or an accessible name), as Qt's
accessibility layer reports it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from juryapp.cli import main
from juryapp.gui.context import SessionContext
from juryapp.gui.main_window import MainWindow
from juryapp.operations import files

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def unnamed(root: QWidget) -> list[str]:
    """The visible controls under `root` that a screen reader would announce without a name."""
    found = []
    for kind in CONTROLS:
        for control in root.findChildren(kind):
            if isinstance(control, QHeaderView) or isinstance(control.parent(), (QAbstractSpinBox, QComboBox)):
                continue  # a table's header is announced with its table, a box's own field with the box
            if not control.isVisibleTo(root):
                continue
            interface = QAccessible.queryAccessibleInterface(control)
            name = interface.text(QAccessible.Text.Name) if interface is not None else ""
            if not name.strip():
                found.append(
                    f"{type(control).__name__} « {control.objectName()} » in {type(control.parent()).__name__}"
                )
    return found


@pytest.fixture
def context(tmp_path: Path):
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    opened = SessionContext(files.open_session(path).store, actor="Claire Fontaine-Dumas")
    yield opened
    opened.close()


def test_every_control_of_the_jurys_window_has_a_name(qtbot, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for tab in range(window.tabs.count()):
        window.show_tab(tab)
        assert unnamed(window) == [], window.tabs.tabText(tab)


@pytest.mark.parametrize(
    "module, name",
    [
        ("juryapp.gui.candidates_dialog", "CandidatesDialog"),
        ("juryapp.gui.jurors_dialog", "JurorsDialog"),
        ("juryapp.gui.schedule_dialog", "ScheduleDialog"),
        ("juryapp.gui.issuer_dialog", "IssuerDialog"),
        ("juryapp.gui.operator_dialog", "OperatorDialog"),
        ("juryapp.gui.backups_dialog", "BackupsDialog"),
        ("juryapp.gui.sign_off_dialog", "SignOffDialog"),
        ("juryapp.gui.candidate_import_dialog", "CandidateImportDialog"),
    ],
)
def test_every_control_of_the_dialogs_has_a_name(qtbot, context, module: str, name: str) -> None:
    import importlib

    dialog = getattr(importlib.import_module(module), name)(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []


@pytest.mark.parametrize(
    "module, name, arguments",
    [
        ("juryapp.gui.archive_dialog", "ArchiveDialog", {}),
        ("juryapp.gui.handoff_passphrase", "PassphraseDialog", {"confirm": True}),
        ("juryapp.gui.handoff_passphrase", "PassphraseDialog", {"confirm": False}),
        ("juryapp.gui.handoff_purge", "PurgeWorkstationDialog", {}),
        ("juryapp.gui.help_viewer", "HelpViewer", {}),
    ],
)
def test_every_control_of_the_dialogs_without_a_session_has_a_name(qtbot, module: str, name: str, arguments) -> None:
    import importlib

    dialog = getattr(importlib.import_module(module), name)(**arguments)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []


def test_the_new_session_form_names_every_control(qtbot, tmp_path: Path) -> None:
    from juryapp.gui.new_session_dialog import NewSessionDialog

    dialog = NewSessionDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
