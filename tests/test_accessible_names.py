"""Accessibility: every control a person reaches in the jury's window, in the secretariat's dialogs
and in the other windows (documents, centre key, hand-off, revocation, preferences, shortcuts) has a
name for screen readers (its text, its label's, or an accessible name), as Qt's accessibility layer
reports it; a control whose meaning a sighted person takes from its surroundings has a description."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from juryapp.cli import main
from juryapp.gui.context import SessionContext
from juryapp.gui.main_window import MainWindow
from juryapp.gui.sign_off_dialog import SignOffDialog
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


# -- the other windows: each built as the application builds it --------------------------------------


def _preview(context: SessionContext, tmp_path: Path) -> QWidget:
    from juryapp.gui.documents_menu import preview_dialog

    return preview_dialog(context, "C01", None)  # « Aperçu et impression » of a candidate's documents


def _print_progress(context: SessionContext, tmp_path: Path) -> QWidget:
    from juryapp.gui.document_preview import make_progress

    return make_progress(None, 3)


def _take_back(context: SessionContext, tmp_path: Path) -> QWidget:
    """« Reprendre du jury » on a return package where the jury marked C04 absent."""
    from juryapp import operations as ops
    from juryapp.gui.handoff_take_back import TakeBackDialog, preview
    from juryapp.operations import handoff, workstation
    from juryapp.storage.store import SessionStore

    sent = handoff.package_for_jury(context.path, tmp_path / "remise.jurypkg", passphrase=None)
    copy = workstation.open_package(sent.path, passphrase=None).path
    with SessionStore.open(copy) as store:
        ops.set_attendance(store, "C04", "absent", actor=context.actor)
    back = handoff.package_for_secretariat(copy, tmp_path / "retour.jurypkg", passphrase=None)
    return TakeBackDialog(preview(back.path, None, context), session=context.path)


def _revocation(context: SessionContext, tmp_path: Path) -> QWidget:
    from juryapp.gui.revocation_dialog import RevocationDialog

    return RevocationDialog(context, "Décision sur le titre", "C04")  # a juror in conflict with C04 too


def _new_key(context: SessionContext, tmp_path: Path) -> QWidget:
    from juryapp.gui import centre_key_menu
    from juryapp.operations.keys import read_centre_keys

    text = centre_key_menu.new_key_text(read_centre_keys())
    return centre_key_menu.KeyActDialog("Nouvelle clé du centre", text, "&Créer la clé", "Je crée &volontairement")


def _replace_key(context: SessionContext, tmp_path: Path) -> QWidget:
    from juryapp.gui import centre_key_menu

    return centre_key_menu.KeyActDialog(
        "Nouvelle clé du centre", "…", "&Créer la clé", "Je crée &volontairement", reason_required=True
    )


def _key_backup_passphrase(context: SessionContext, tmp_path: Path) -> QWidget:
    from juryapp.gui.centre_key_menu import PassphraseDialog

    return PassphraseDialog()


def _preferences(context: SessionContext, tmp_path: Path) -> QWidget:
    from juryapp.gui.documents_menu import SettingsDialog

    return SettingsDialog()


def _shortcuts(context: SessionContext, tmp_path: Path) -> QWidget:
    from juryapp.gui.actions import panel_shortcut_rows
    from juryapp.gui.shortcuts_dialog import ShortcutsDialog

    return ShortcutsDialog(panel_shortcut_rows())


OTHER_WINDOWS = {
    "document preview": _preview,
    "print progress": _print_progress,
    "take back from the jury": _take_back,
    "revocation": _revocation,
    "new centre key": _new_key,
    "replace the centre key": _replace_key,
    "centre key backup passphrase": _key_backup_passphrase,
    "preferences": _preferences,
    "keyboard shortcuts": _shortcuts,
}


def _shown(qtbot, build: Callable[[SessionContext, Path], QWidget], context: SessionContext, tmp_path: Path) -> QWidget:
    window = build(context, tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("build", OTHER_WINDOWS.values(), ids=OTHER_WINDOWS.keys())
def test_every_control_of_the_other_windows_has_a_name(qtbot, context, tmp_path: Path, build) -> None:
    window = _shown(qtbot, build, context, tmp_path)
    assert unnamed(window) == []


def description(control: QWidget) -> str:
    """The control's description as Qt's accessibility layer reports it."""
    interface = QAccessible.queryAccessibleInterface(control)
    return interface.text(QAccessible.Text.Description).strip() if interface is not None else ""


# The controls a sighted person understands from their surroundings (a heading far above, a colour,
# a note beside): their description says it.
DESCRIBED: dict[str, tuple[Callable[[SessionContext, Path], QWidget], Callable[[Any], list[QWidget]]]] = {
    "document preview": (_preview, lambda dialog: [dialog.chooser, dialog.check_all_button]),
    "take back from the jury": (_take_back, lambda dialog: [dialog.ui.changesTree, dialog.take_button]),
    "revocation": (
        _revocation,
        lambda dialog: [
            dialog.reason,
            *dialog.boxes.values(),
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
        ],
    ),
    "new centre key": (_new_key, lambda dialog: [dialog.accept_button]),
    "centre key backup passphrase": (_key_backup_passphrase, lambda dialog: [dialog.first, dialog.second]),
    "sign-off": (
        lambda context, _path: SignOffDialog(context),
        lambda dialog: [dialog.moment, *dialog.present.values(), *(row.by for row in dialog.rows)],
    ),
}


@pytest.mark.parametrize("build, controls", DESCRIBED.values(), ids=DESCRIBED.keys())
def test_controls_explained_by_their_surroundings_have_a_description(
    qtbot, context, tmp_path: Path, build, controls
) -> None:
    window = _shown(qtbot, build, context, tmp_path)
    described = controls(window)
    assert described
    assert [
        control.accessibleName() or type(control).__name__ for control in described if not description(control)
    ] == []


def test_a_field_gets_its_description_back_once_its_problem_is_mended(qtbot, context, tmp_path: Path) -> None:
    dialog = _shown(qtbot, _revocation, context, tmp_path)
    told = description(dialog.reason)
    dialog.reason.setPlainText("Erreur de saisie\x07")  # a control character: the problem is said instead
    assert "U+0007" in description(dialog.reason)
    dialog.reason.setPlainText("Erreur de saisie")
    assert description(dialog.reason) == told
