"""The exam secretary's whole path in the window (issue 11): a new session, 30 candidates imported
from a spreadsheet, jurors and a conflict, an automatic schedule, the convocations printed, the
package for the jury written. Each dialog is driven as the secretary would, through its buttons;
modal dialogs run a script instead of waiting for a person."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from juryapp.gui.candidate_import_dialog import CandidateImportDialog
from juryapp.gui.context import SessionContext
from juryapp.gui.handoff_passphrase import PassphraseDialog
from juryapp.gui.jurors_dialog import JurorsDialog
from juryapp.gui.main_window import MainWindow
from juryapp.gui.new_session_dialog import NewSessionDialog
from juryapp.gui.schedule_dialog import ScheduleDialog
from juryapp.operations import files, integrity, schedule, sessions, workstation
from juryapp.storage.store import SessionStore

SHEET = Path(__file__).parent / "data" / "spreadsheets" / "candidats-30.xlsx"
SECRET = "la phrase secrète du centre"
JURORS = (("Martin", "Claire"), ("Bernard", "Paul"), ("Garnier", "Luc"), ("Roux", "Inès"))


def _scripted(monkeypatch, qtbot, cls: type[QDialog], script: Callable[[QDialog], None]) -> list[QDialog]:
    """`cls.exec` shows the dialog, runs `script` on it, and returns its result."""
    ran: list[QDialog] = []

    def exec_(self: QDialog) -> int:
        self.show()
        qtbot.waitExposed(self)
        script(self)
        ran.append(self)
        return self.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return ran


def _new_session(qtbot, folder: Path) -> Path:
    dialog = NewSessionDialog(folder=folder, today=dt.date(2026, 12, 14))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    ui.refEdit.setText("2026-NTC-060")
    ui.endEdit.setDate(QDate(2026, 12, 18))
    ui.centreEdit.setText("AFPA Lyon Vénissieux")
    ui.placeEdit.setText("Vénissieux")
    ui.authorityEdit.setText("DREETS Auvergne-Rhône-Alpes")
    ui.issuerPlaceEdit.setText("Lyon")
    ui.signatoryEdit.setText("Claire Dumas")
    ui.roleEdit.setText("Directrice régionale")
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.created is not None, ui.problemsLabel.text()
    return dialog.created


def _import(qtbot, dialog: CandidateImportDialog) -> None:
    assert dialog.choose_file()  # what its own `exec` does first: the file dialog (answered below)
    qtbot.waitUntil(lambda: dialog.accept_button.isEnabled(), timeout=60_000)
    assert dialog.model.rowCount() == 30
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)


def _jurors(qtbot, dialog: JurorsDialog) -> None:
    ui = dialog.ui
    for last, first in JURORS:
        qtbot.mouseClick(ui.newButton, Qt.MouseButton.LeftButton)
        ui.lastNameEdit.setText(last)
        ui.firstNameEdit.setText(first)
        ui.habilitationEdit.setText("30/06/2029")
        if last == "Garnier":  # Luc Garnier trained C5: a conflict
            qtbot.mouseClick(ui.addConflictButton, Qt.MouseButton.LeftButton)
            who, kind, note = (ui.conflictsTable.cellWidget(0, column) for column in range(3))
            assert isinstance(who, QComboBox) and isinstance(kind, QComboBox) and isinstance(note, QLineEdit)
            who.setCurrentIndex(who.findData("C5"))
            kind.setCurrentIndex(kind.findData("formateur"))
            note.setText("Formateur du candidat en 2026")
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == len(JURORS), ui.statusLabel.text()
    assert "3 jurés habilités sans conflit" in dialog.coverage_lines()["C5"]
    dialog.accept()


def _plan_and_print(qtbot, dialog: ScheduleDialog, printed: list[str]) -> None:
    ui = dialog.ui
    for _ in range(3):
        qtbot.mouseClick(ui.addRoomButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.autoPlanButton, Qt.MouseButton.LeftButton)
    assert dialog.model.entries and not dialog.model.blocking()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "Planning enregistré" in ui.statusLabel.text(), ui.statusLabel.text()
    before = len(printed)
    qtbot.mouseClick(ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) > before, timeout=120_000)  # the print's closing message
    dialog.accept()


def test_the_secretarys_whole_path_in_the_window(qtbot, tmp_path: Path, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    # 1. A new session, and the window on it.
    created = _new_session(qtbot, tmp_path / "sessions")
    window = MainWindow(SessionContext(files.open_session(created).store, actor="Secrétariat du centre"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    actions = window.window_actions

    # 2. Thirty candidates from the centre's spreadsheet, through « Importer des candidats… ».
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(SHEET), ""))
    imported = _scripted(monkeypatch, qtbot, CandidateImportDialog, lambda d: _import(qtbot, d))
    actions["import_candidates"].trigger()
    assert imported and len(window.context.state.data.candidates) == 30
    assert window.model.rowCount() == 30

    # 3. Four jurors, one of them in conflict with a candidate.
    _scripted(monkeypatch, qtbot, JurorsDialog, lambda d: _jurors(qtbot, d))
    actions["jurors"].trigger()
    assert [j.last_name for j in window.context.state.data.jurors] == [last for last, _ in JURORS]

    # 4. Rooms, the automatic schedule, saved; the convocations and the émargement printed.
    out = tmp_path / "impressions"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    _scripted(monkeypatch, qtbot, ScheduleDialog, lambda d: _plan_and_print(qtbot, d, said))
    actions["schedule"].trigger()
    data = window.context.state.data
    assert data.schedule
    assert all(not ("C5" == e.candidate and "J3" in e.jurors) for e in data.schedule)  # the conflict holds
    with SessionStore.open(created, write=False) as store:
        assert not [p for p in schedule.plan_problems(sessions.read(store), schedule.rooms(store)) if p.blocking]
    assert (out / "documents-2026-NTC-060").is_dir(), said
    printed = sorted(p.name for p in (out / "documents-2026-NTC-060").iterdir())
    assert "emargement.pdf" in printed
    assert {f"convocation-{ref}.pdf" for ref in {e.candidate for e in data.schedule}} <= set(printed)

    # 5. The package for the jury, encrypted.
    package = tmp_path / "cle-usb" / "2026-NTC-060.jurypkg"
    package.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(package), ""))

    def passphrase(dialog: PassphraseDialog) -> None:
        dialog.ui.passphraseEdit.setText(SECRET)
        dialog.ui.confirmEdit.setText(SECRET)
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    _scripted(monkeypatch, qtbot, PassphraseDialog, passphrase)
    actions["package"].trigger()
    assert package.is_file() and b"2026-NTC-060" not in package.read_bytes()
    (tmp_path / "jury").mkdir()
    opened = workstation.open_package(package, passphrase=SECRET.encode("utf-8"), into=tmp_path / "jury" / "copie.jury")
    assert integrity.check_file(opened.path).sound
    with SessionStore.open(opened.path, write=False) as store:
        copy = sessions.read(store).data
        assert store.handed_off()
    assert len(copy.candidates) == 30 and copy.schedule == data.schedule
    window.context.close()
