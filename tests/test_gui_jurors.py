"""« Jurés et conflits »: a juror added with a conflict of interest and each candidate's jury said
again (as typed, then saved); a juror named on the jury's records is not removed; nothing changes
after the sign-off."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from juryapp.cli import main
from juryapp.gui.context import SessionContext
from juryapp.gui.jurors_dialog import JurorsDialog
from juryapp.operations import sessions
from juryapp.storage.store import SessionStore
from tests.conftest import sign_off_demo
from tests.test_gui_candidates import mnemonic_clashes, unnamed_controls


@pytest.fixture(autouse=True)
def answer_yes(monkeypatch):
    """Questions are answered « Oui » (remove) or « Ne pas enregistrer » (a form left changed)."""

    def answer(_parent, _title, _text, buttons, *rest):
        if buttons & QMessageBox.StandardButton.Yes:
            return QMessageBox.StandardButton.Yes
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def context(demo_path: Path, qapp):
    ctx = SessionContext(SessionStore.open(demo_path), actor="Secrétariat")
    yield ctx
    ctx.close()


def _dialog(qtbot, context: SessionContext) -> JurorsDialog:
    dialog = JurorsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _jurors(path: Path):
    with SessionStore.open(path, write=False) as store:
        return sessions.read(store).data.jurors


def _conflict_row(dialog: JurorsDialog, row: int, candidate: str, kind: str, note: str) -> None:
    table = dialog.ui.conflictsTable
    who, what, why = (table.cellWidget(row, column) for column in range(3))
    assert isinstance(who, QComboBox) and isinstance(what, QComboBox) and isinstance(why, QLineEdit)
    who.setCurrentIndex(who.findData(candidate))
    what.setCurrentIndex(what.findData(kind))
    why.setText(note)


def test_a_juror_added_with_a_conflict_changes_the_coverage(qtbot, context, demo_path: Path) -> None:
    dialog = _dialog(qtbot, context)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert "2 jurés habilités sans conflit" in dialog.coverage_lines()["C04"]  # J3 in conflict with C04
    assert "3 jurés habilités sans conflit" in dialog.coverage_lines()["C01"]
    ui = dialog.ui
    qtbot.mouseClick(ui.newButton, Qt.MouseButton.LeftButton)
    ui.lastNameEdit.setText("Garnier")
    ui.firstNameEdit.setText("Paul")
    ui.habilitationEdit.setText("30/06/2029")
    qtbot.mouseClick(ui.addConflictButton, Qt.MouseButton.LeftButton)
    _conflict_row(dialog, 0, "C01", "formateur", "Formateur de la candidate en 2026")
    kinds = ui.conflictsTable.cellWidget(0, 1)
    assert isinstance(kinds, QComboBox) and kinds.currentText() == "Formateur du candidat"
    # as typed: the new juror counts for every candidate but C01
    assert "non enregistrée" in ui.coverageLabel.text()
    assert "4 jurés habilités sans conflit" in dialog.coverage_lines()["C07"]
    assert "3 jurés habilités sans conflit" in dialog.coverage_lines()["C01"]
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.current == "J4", ui.statusLabel.text()
    saved = [j for j in _jurors(demo_path) if j.ref == "J4"][0]
    assert (saved.last_name, saved.habilitation_until) == ("Garnier", dt.date(2029, 6, 30))
    assert [(c.candidate, c.kind) for c in saved.conflicts] == [("C01", "formateur")]
    assert "non enregistrée" not in ui.coverageLabel.text()
    assert "4 jurés habilités sans conflit" in dialog.coverage_lines()["C07"]
    assert dialog.model.rowCount() == 4


def test_a_conflict_that_leaves_one_juror_is_said_in_red(qtbot, context, demo_path: Path) -> None:
    dialog = _dialog(qtbot, context)
    dialog._select("J2")
    dialog._load("J2")
    dialog.ui.addConflictButton.click()
    _conflict_row(dialog, 0, "C04", "connaissance", "")
    line = dialog.coverage_lines()["C04"]
    assert line.startswith("✖") and "un seul juré habilité sans conflit" in line and "il en faut deux" in line
    dialog.ui.saveButton.click()
    assert dialog.coverage_lines()["C04"].startswith("✖")
    assert "1 sans jury suffisant" in dialog.ui.coverageLabel.text()


def test_a_juror_named_on_decisions_is_not_removed(qtbot, context, demo_path: Path) -> None:
    dialog = _dialog(qtbot, context)
    assert dialog.current == "J1"
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    assert "figure sur un résultat de CCP" in dialog.ui.statusLabel.text()
    assert [j.ref for j in _jurors(demo_path)] == ["J1", "J2", "J3"]
    dialog.ui.newButton.click()
    dialog.ui.lastNameEdit.setText("Garnier")
    dialog.ui.firstNameEdit.setText("Paul")
    dialog.ui.habilitationEdit.setText("2026-12-01")  # ends before the session: saved, with a warning
    dialog.ui.saveButton.click()
    assert "ne prendra part à aucune décision" in dialog.ui.statusLabel.text()
    dialog.ui.removeButton.click()
    assert [j.ref for j in _jurors(demo_path)] == ["J1", "J2", "J3"]
    assert "retiré(e)" in dialog.ui.statusLabel.text()


def test_a_wrong_date_is_said_and_not_saved(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    dialog.ui.habilitationEdit.setText("31/06/2028")
    assert "date invalide" in dialog.ui.statusLabel.text()
    assert not dialog.ui.saveButton.isEnabled()


def test_after_the_sign_off_nothing_is_changed(qtbot, context, demo_path: Path) -> None:
    sign_off_demo(context.store)
    context.reload()
    dialog = _dialog(qtbot, context)
    assert "close" in dialog.ui.readOnlyLabel.text()
    assert not dialog.ui.formContents.isEnabled()
    assert not dialog.ui.removeButton.isEnabled() and not dialog.ui.newButton.isEnabled()
    assert dialog.save() is False


def test_mnemonics_are_unique_and_controls_are_named(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    dialog._load("J3")  # a conflict row: its editors are named too
    assert dialog.ui.conflictsTable.rowCount() == 1
    assert mnemonic_clashes(dialog) == {}
    assert unnamed_controls(dialog) == []
