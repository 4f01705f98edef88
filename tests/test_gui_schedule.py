"""« Planning des épreuves »: the demo schedule shown with its problems, an edit that breaks a
rule refused at once, « Planifier automatiquement » then « Enregistrer », the convocations
printed from the saved schedule, and a file that cannot be changed shown without editing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox, QTabWidget

from juryapp.cli import main
from juryapp.gui.context import SessionContext
from juryapp.gui.schedule_dialog import ScheduleDialog
from juryapp.gui.schedule_editors import JurorsEditor
from juryapp.gui.schedule_model import (
    ASSESSMENT,
    CANDIDATE,
    FIXED,
    JURORS,
    ROOM,
    START,
    STATE,
)
from juryapp.operations import schedule, sessions
from juryapp.operations.schedule import Room
from juryapp.storage.store import SessionStore
from tests.conftest import make_read_only, sign_off_demo


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog closed with changes not saved asks first: a test that leaves it so drops them."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def context(session_path: Path, qapp):
    ctx = SessionContext(SessionStore.open(session_path))
    yield ctx
    ctx.close()


def _dialog(qtbot, context: SessionContext) -> ScheduleDialog:
    dialog = ScheduleDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _saved(path: Path):
    with SessionStore.open(path, write=False) as store:
        view = sessions.read(store)
        return view.data.schedule, schedule.plan_problems(view, schedule.rooms(store))


def _row(dialog: ScheduleDialog, candidate: str, assessment: str) -> int:
    return next(
        row
        for row, entry in enumerate(dialog.model.entries)
        if entry.candidate == candidate and entry.assessment == assessment
    )


def _cell(dialog: ScheduleDialog, row: int, column: int) -> QModelIndex:
    return dialog.proxy.mapFromSource(dialog.model.index(row, column))


def test_the_dialog_shows_the_demo_schedule_and_its_rooms(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(dialog.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert dialog.proxy.rowCount() == len(context.state.data.schedule) == 40
    row = _row(dialog, "C01", "mise_en_situation")
    texts = [dialog.model.index(row, column).data() for column in (CANDIDATE, ASSESSMENT, ROOM, START, JURORS)]
    assert texts == ["C01 — DURAND Élodie", "Mise en situation professionnelle", "Salle Rhône", "08:30", "J1, J2"]
    assert "Claire Fontaine-Dumas" in dialog.model.index(row, JURORS).data(Qt.ItemDataRole.ToolTipRole)
    assert [room.name for room in dialog.rooms_model.rooms] == ["Salle Rhône", "Salle Saône"]
    assert "Aucun problème" in dialog.ui.problemsList.item(0).text()
    assert not dialog.ui.saveButton.isEnabled() and not dialog.isWindowModified()
    assert dialog.ui.readOnlyLabel.isHidden()
    dialog.ui.filterEdit.setText("ndiaye")
    assert dialog.proxy.rowCount() == 4


def test_an_edit_putting_a_candidate_in_two_places_is_refused_with_the_message(qtbot, context, session_path) -> None:
    dialog = _dialog(qtbot, context)
    before = tuple(dialog.model.entries)
    row = _row(dialog, "C01", "entretien_technique")  # 13:30, while her mise en situation is 08:30–11:00
    assert not dialog.proxy.setData(_cell(dialog, row, START), dt.time(9, 0))
    status = dialog.ui.statusLabel.text()
    assert "Modification refusée" in status and "DURAND Élodie (C01) a déjà une épreuve de 8 h 30 à 11 h 00" in status
    assert tuple(dialog.model.entries) == before and not dialog.dirty()
    assert _saved(session_path)[0] == before


def test_a_conflicted_juror_is_refused_through_the_jurors_editor(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    row = _row(dialog, "C04", "entretien_technique")
    view = dialog.ui.scheduleView
    index = _cell(dialog, row, JURORS)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(JurorsEditor)
    assert editor is not None and editor.selected() == ("J1", "J2")
    assert "en conflit" in editor.itemText(2)
    editor.set_selected(("J1", "J3"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: "Modification refusée" in dialog.ui.statusLabel.text())
    assert dialog.model.entries[row].jurors == ("J1", "J2")
    assert "Nadia Benhamou (J3) est en conflit avec N'DIAYE Jean-Marc (C04)" in dialog.ui.statusLabel.text()


def test_an_edit_that_breaks_no_rule_is_kept_unsaved_and_closing_asks_first(
    qtbot, context, session_path, monkeypatch
) -> None:
    dialog = _dialog(qtbot, context)
    row = _row(dialog, "C01", "entretien_technique")
    assert dialog.proxy.setData(_cell(dialog, row, JURORS), ("J2", "J3"))
    assert dialog.dirty() and dialog.ui.saveButton.isEnabled() and dialog.isWindowModified()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _saved(session_path)[0][row].jurors == ("J1", "J2")


def test_auto_plan_keeps_the_fixed_entries_and_saving_leaves_no_blocking_problem(qtbot, context, session_path) -> None:
    dialog = _dialog(qtbot, context)
    row = _row(dialog, "C01", "mise_en_situation")
    kept = dialog.model.entries[row]
    assert dialog.proxy.setData(_cell(dialog, row, FIXED), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(dialog.ui.autoPlanButton, Qt.MouseButton.LeftButton)
    assert dialog.model.entries[0] == kept and dialog.model.fixed[0]
    assert "Proposition" in dialog.ui.statusLabel.text()
    assert dialog.dirty() and _saved(session_path)[0] == context.state.data.schedule  # nothing written yet
    unplaced = dialog._plan.unplaced if dialog._plan else ()
    if unplaced:
        assert any("Non placé" in dialog.ui.problemsList.item(i).text() for i in range(dialog.ui.problemsList.count()))
    assert not dialog.model.blocking()
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "Planning enregistré" in dialog.ui.statusLabel.text(), dialog.ui.statusLabel.text()
    saved, problems = _saved(session_path)
    assert saved == tuple(dialog.model.entries) and kept in saved
    assert not [p for p in problems if p.blocking]
    assert not dialog.dirty() and not dialog.ui.saveButton.isEnabled()


def test_saving_a_schedule_with_a_blocking_problem_is_refused_and_writes_nothing(qtbot, context, session_path) -> None:
    dialog = _dialog(qtbot, context)
    before = tuple(dialog.model.entries)
    row = _row(dialog, "C04", "entretien_technique")
    wrong = [*before]
    wrong[row] = dataclasses.replace(wrong[row], jurors=("J1", "J3"))
    dialog.model.load(wrong)  # as a proposal keeping a wrong entry would
    assert dialog.model.index(row, STATE).data().startswith("✖")
    assert "Nadia Benhamou" in dialog.model.index(row, CANDIDATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "2 bloquant(s)" in dialog.ui.problemsLabel.text()  # a juror in conflict, so one juror too few
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "le planning n'est pas enregistré" in dialog.ui.statusLabel.text().lower()
    assert _saved(session_path)[0] == before


def test_rooms_are_saved_as_changed_and_a_duplicate_name_is_refused(qtbot, context, session_path) -> None:
    dialog = _dialog(qtbot, context)
    qtbot.mouseClick(dialog.ui.addRoomButton, Qt.MouseButton.LeftButton)
    with SessionStore.open(session_path, write=False) as store:
        assert [room.name for room in schedule.rooms(store)] == ["Salle Rhône", "Salle Saône", "Salle 3"]
    index = dialog.rooms_model.index(2, 0)
    assert not dialog.rooms_model.setData(index, "salle rhône")
    assert "Deux salles portent le nom" in dialog.ui.statusLabel.text()
    assert dialog.rooms_model.setData(dialog.rooms_model.index(2, 2), dt.time(12, 0))
    assert dialog.model.rooms[2] == Room("Salle 3", dt.time(8, 30), dt.time(12, 0))


def test_printing_writes_one_convocation_per_scheduled_candidate_and_the_emargement(
    qtbot, context, tmp_path, monkeypatch
) -> None:
    dialog = _dialog(qtbot, context)
    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: asked.append("folder") or str(out))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    # An edit not saved yet: the convocations are printed from the saved schedule only.
    row = _row(dialog, "C01", "entretien_technique")
    assert dialog.proxy.setData(_cell(dialog, row, JURORS), ("J2", "J3"))
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    assert "Enregistrez d'abord" in dialog.ui.statusLabel.text() and not asked
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    folder = out / "documents-2026-NTC-042"
    refs = sorted({entry.candidate for entry in context.state.data.schedule})
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"convocation-{ref}.pdf" for ref in refs] + ["emargement.pdf"]
    )
    assert all(p.read_bytes().startswith(b"%PDF-") for p in folder.iterdir())
    assert sorted(dialog.printed) == sorted(folder.iterdir())
    assert "11 fichier(s) écrit(s)" in shown[0]


def _assert_nothing_editable(dialog: ScheduleDialog) -> None:
    assert dialog.ui.readOnlyLabel.isVisibleTo(dialog)
    assert dialog.proxy.rowCount() == 40  # everything still shown
    index = dialog.model.index(0, ROOM)
    assert not dialog.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not dialog.model.flags(dialog.model.index(0, FIXED)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not dialog.model.setData(index, "Salle Saône")
    assert not dialog.rooms_model.flags(dialog.rooms_model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    for button in (dialog.ui.autoPlanButton, dialog.ui.saveButton, dialog.ui.addRoomButton, dialog.ui.removeRoomButton):
        assert not button.isEnabled()


def test_a_read_only_file_is_shown_without_editing(qtbot, session_path, monkeypatch, qapp) -> None:
    make_read_only(session_path, monkeypatch)
    context = SessionContext(SessionStore.open(session_path))
    try:
        assert context.read_only
        dialog = _dialog(qtbot, context)
        _assert_nothing_editable(dialog)
        assert "lecture seule" in dialog.ui.readOnlyLabel.text()
    finally:
        context.close()


def test_a_signed_off_session_is_shown_without_editing(qtbot, session_path, qapp) -> None:
    with SessionStore.open(session_path) as store:
        sign_off_demo(store)
    context = SessionContext(SessionStore.open(session_path))
    try:
        dialog = _dialog(qtbot, context)
        _assert_nothing_editable(dialog)
        assert "Session close" in dialog.ui.readOnlyLabel.text()
    finally:
        context.close()


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_every_button_and_tab_has_its_own_mnemonic(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    texts = [button.text() for button in dialog.findChildren(QAbstractButton) if button.text()]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    tabs = dialog.findChild(QTabWidget)
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    keys = [_mnemonic(text) for text in texts]
    assert None not in keys, [t for t, k in zip(texts, keys, strict=True) if k is None]
    assert len(keys) == len(set(keys)), sorted(texts)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog.ui.scheduleView, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog._plan is not None)  # Alt+P: « Planifier automatiquement »
