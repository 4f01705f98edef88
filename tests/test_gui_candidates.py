"""« Candidats » and « Importer des candidats »: a candidate added through the form with the
admission blockers shown as typed, edited, removed with a reason; nothing changed after the
hand-off; the centre archive's CCPs proposed; a spreadsheet previewed line by line and imported
only when it has no error."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from juryapp.cli import main
from juryapp.gui.candidate_import_dialog import CandidateImportDialog
from juryapp.gui.candidates_dialog import BLOCKERS, CandidatesDialog
from juryapp.gui.context import SessionContext
from juryapp.model import Issuer
from juryapp.operations import candidates, session_setup, sessions
from juryapp.storage.archive import default_archive_path
from juryapp.storage.store import SessionStore
from tests.test_candidates_operations import make_archive

SHEETS = Path(__file__).parent / "data" / "spreadsheets"


def mnemonic_clashes(dialog: QWidget) -> dict[str, list[str]]:
    """The Alt+letter shortcuts given to more than one label, button or group of `dialog`."""
    texts = [w.text() for w in dialog.findChildren(QLabel)] + [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.title() for w in dialog.findChildren(QGroupBox)]
    letters: dict[str, list[str]] = {}
    for text in texts:
        plain = text.replace("&&", "")
        if "&" in plain and plain.index("&") + 1 < len(plain):
            letters.setdefault(plain[plain.index("&") + 1].casefold(), []).append(text)
    return {letter: found for letter, found in letters.items() if len(found) > 1}


def unnamed_controls(dialog: QWidget) -> list[str]:
    """The form's controls a screen reader would not name (no accessible name, no text)."""
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton)
    missing = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, kinds) or widget.objectName().startswith("qt_"):
            continue
        in_table = isinstance(widget.parent(), QWidget) and isinstance(widget.parent().parent(), QTableWidget)
        if not widget.objectName() and not in_table:
            continue  # a part of another control (a combo's list, a spin box's line)
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName() and not text.replace("&", "").strip():
            missing.append(widget.objectName() or type(widget).__name__)
    return missing


@pytest.fixture(autouse=True)
def drop_unsaved(monkeypatch):
    """A form left changed when a test ends is dropped, not asked about (nobody answers)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


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


@pytest.fixture
def empty_context(tmp_path: Path, qapp):
    ctx = _new_session(tmp_path, "titre")
    yield ctx
    ctx.close()


def _new_session(tmp_path: Path, kind: str) -> SessionContext:
    new = session_setup.NewSession(
        ref="2026-NTC-050",
        title="RNCP39063",
        kind=kind,
        ccps=("CCP1", "CCP2") if kind == "ccp" else (),
        start=dt.date(2026, 12, 14),
        end=dt.date(2026, 12, 15),
        centre="AFPA Lyon",
        place="Lyon",
        issuer=Issuer("DREETS Auvergne-Rhône-Alpes", "Lyon", "Mme Claire Dumas", "Directrice régionale"),
    )
    path = session_setup.create_session(new, tmp_path / "nouvelle.jury")
    return SessionContext(SessionStore.open(path), actor="Secrétariat")


def _shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _stored(path: Path):
    with SessionStore.open(path, write=False) as store:
        return sessions.read(store).data


def _fill_vae(dialog: CandidatesDialog) -> None:
    ui = dialog.ui
    qtbot_click = ui.newButton.click
    qtbot_click()
    ui.lastNameEdit.setText("Martin")
    ui.firstNameEdit.setText("Camille")
    ui.birthDateEdit.setText("14/05/1992")
    ui.birthPlaceEdit.setText("Lyon (69)")
    ui.pathwayCombo.setCurrentIndex(ui.pathwayCombo.findData("vae"))
    ui.experienceSpin.setValue(30)
    ui.dossierCheck.setChecked(True)


def test_a_vae_candidate_shows_the_blocker_at_once_and_is_added(qtbot, context, demo_path: Path) -> None:
    dialog = _shown(qtbot, CandidatesDialog(context))
    QAbstractItemModelTester(dialog.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    _fill_vae(dialog)
    ui = dialog.ui
    assert dialog.current is None and ui.vaeDateEdit.isEnabled()
    assert any("Recevabilité VAE absente" in line for line in dialog.check_lines()), dialog.check_lines()
    assert ui.saveButton.isEnabled()  # a blocker is shown, not a reason to refuse the file
    ui.vaeDateEdit.setText("01/09/2026")
    assert not any("Recevabilité" in line for line in dialog.check_lines()), dialog.check_lines()
    ui.birthDateEdit.setText("31/02/1992")
    assert "Date de naissance : date invalide" in dialog.check_lines()[0]
    assert not ui.saveButton.isEnabled()
    ui.birthDateEdit.setText("14/05/1992")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.current == "C1", ui.statusLabel.text()  # the first ref free (the demo's are C01…)
    added = _stored(demo_path).candidate("C1")
    assert (added.last_name, added.pathway, added.vae_admissibility_date) == ("Martin", "vae", dt.date(2026, 9, 1))
    assert ui.refEdit.text() == "C1" and ui.refEdit.isReadOnly()
    assert not dialog.isWindowModified()
    row = dialog.model.row_of("C1")
    assert dialog.model.index(row, BLOCKERS).data() == "✔ 0"


def test_a_candidate_is_edited_and_the_list_follows(qtbot, context, demo_path: Path) -> None:
    dialog = _shown(qtbot, CandidatesDialog(context))
    ui = dialog.ui
    view = ui.candidatesView
    view.setCurrentIndex(dialog.proxy.mapFromSource(dialog.model.index(dialog.model.row_of("C05"), 0)))
    assert dialog.current == "C05"
    assert any("Recevabilité VAE absente" in line for line in dialog.check_lines())
    ui.usageNameEdit.setText("Moreau-Petit")
    ui.vaeDateEdit.setText("2026-10-01")
    assert dialog.isWindowModified()
    ui.saveButton.click()
    stored = _stored(demo_path).candidate("C05")
    assert (stored.usage_name, stored.vae_admissibility_date) == ("Moreau-Petit", dt.date(2026, 10, 1))
    assert dialog.model.index(dialog.model.row_of("C05"), BLOCKERS).data() == "✔ 0"
    assert not dialog.isWindowModified()


def test_prior_ccps_and_held_titles_are_edited_in_their_tables(qtbot, context, demo_path: Path) -> None:
    dialog = _shown(qtbot, CandidatesDialog(context))
    dialog.editor.load(None)
    dialog._current = None
    dialog.editor.prior.add_row(["RNCP34079", "CCP1", "15/06/2023", "2023-NTC-011"])
    fields = dialog.editor.fields()
    assert fields["prior_ccps"] == [
        {"title": "RNCP34079", "ccp": "CCP1", "obtained_on": "2023-06-15", "session": "2023-NTC-011"}
    ]
    dialog.editor.prior.add_row(["RNCP34079", "CCP2", "juin 2023", ""])
    assert (
        dialog.editor.check()[1]
        == "CCP déjà obtenus n° 2 (date d'obtention) : date invalide « juin 2023 » (attendu JJ/MM/AAAA)"
    )


def test_leaving_a_changed_form_asks_first(qtbot, context, demo_path: Path, monkeypatch) -> None:
    dialog = _shown(qtbot, CandidatesDialog(context))
    dialog._select("C02")
    dialog._load("C02")
    dialog.ui.birthPlaceEdit.setText("Vaulx-en-Velin (69)")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    c03 = dialog.proxy.mapFromSource(dialog.model.index(dialog.model.row_of("C03"), 0))
    dialog.ui.candidatesView.setCurrentIndex(c03)
    assert dialog.current == "C02" and dialog.ui.birthPlaceEdit.text() == "Vaulx-en-Velin (69)"
    assert dialog.ui.candidatesView.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == "C02"
    dialog.ui.candidatesView.setCurrentIndex(c03)
    assert dialog.current == "C03" and not answers
    assert _stored(demo_path).candidate("C02").birth_place == "Vaulx-en-Velin (69)"


def test_in_a_session_ccp_the_ccps_sat_are_ticked(qtbot, tmp_path: Path, qapp) -> None:
    context = _new_session(tmp_path, "ccp")
    try:
        dialog = _shown(qtbot, CandidatesDialog(context))
        ui = dialog.ui
        assert dialog.current is None and not ui.ccpsGroup.isHidden()
        assert ui.pathwayCombo.currentData() == "capitalisation"
        ui.lastNameEdit.setText("Roux")
        ui.firstNameEdit.setText("Anaïs")
        ui.birthDateEdit.setText("03/03/1991")
        ui.birthPlaceEdit.setText("Lyon (69)")
        ui.dossierCheck.setChecked(True)
        ui.vaeDateEdit.setText("01/06/2026")  # in capitalisation, a recevabilité is a ground of admission
        assert "ccps" not in dialog.editor.fields()  # all of the session's
        dialog.editor._ccp_boxes["CCP2"].setChecked(False)
        assert dialog.editor.fields()["ccps"] == ["CCP1"]
        ui.saveButton.click()
        stored = _stored(context.path).candidate(dialog.current)
        assert stored.ccps == ("CCP1",) and stored.vae_admissibility_date == dt.date(2026, 6, 1)
    finally:
        context.close()


def test_the_row_being_edited_is_the_one_taken_out(qtbot, context) -> None:
    dialog = _shown(qtbot, CandidatesDialog(context))
    table = dialog.editor.prior
    table.add_row(["RNCP34079", "CCP1", "15/06/2023", "A"], focus=False)
    table.add_row(["RNCP34079", "CCP2", "16/06/2023", "B"], focus=False)
    session = dialog.ui.priorTable.cellWidget(1, 3)
    session.setFocus()
    qtbot.waitUntil(session.hasFocus)
    assert dialog.ui.priorTable.currentRow() == 1
    assert session.accessibleName() == "CCP déjà obtenus, ligne 2, Session"
    dialog.ui.removePriorButton.click()
    assert [row[3] for row in table.rows()] == ["A"]


def test_removing_asks_a_reason_and_a_refusal_is_said(qtbot, context, demo_path: Path, monkeypatch) -> None:
    dialog = _shown(qtbot, CandidatesDialog(context))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Désistement par courriel", True))
    dialog._select("C07")
    dialog._load("C07")
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    assert _stored(demo_path).candidate("C07") is None
    assert "retiré(e)" in dialog.ui.statusLabel.text()
    assert dialog.model.row_of("C07") == -1
    dialog._select("C01")
    dialog._load("C01")
    dialog.ui.removeButton.click()
    assert "le jury a enregistré" in dialog.ui.statusLabel.text()
    assert _stored(demo_path).candidate("C01") is not None


def test_after_the_hand_off_the_form_is_disabled_and_says_why(qtbot, context, demo_path: Path) -> None:
    context.store.record_handoff("H1", "vers_jury", actor="Secrétariat")
    context.reload()
    dialog = _shown(qtbot, CandidatesDialog(context))
    ui = dialog.ui
    assert not ui.readOnlyLabel.isHidden()
    assert "remis au jury" in ui.readOnlyLabel.text() and "fenêtre principale" in ui.readOnlyLabel.text()
    assert not ui.formContents.isEnabled()
    assert not any(b.isEnabled() for b in (ui.newButton, ui.saveButton, ui.removeButton, ui.importButton))
    assert ui.templateButton.isEnabled()
    assert dialog.save() is False
    assert _stored(demo_path).candidates == context.state.data.candidates
    fields = dialog.editor.fields()  # the operations refuse it too, whatever the window does
    assert context.apply(candidates.edit_candidate, "C05", fields) is None
    assert "remis au jury" in context.last_error


def test_the_archive_proposes_the_ccps_already_held(qtbot, context, demo_path: Path) -> None:
    make_archive(default_archive_path())
    dialog = _shown(qtbot, CandidatesDialog(context))
    ui = dialog.ui
    ui.newButton.click()
    ui.lastNameEdit.setText("LAMBERT")
    ui.firstNameEdit.setText("olivier")
    ui.birthPlaceEdit.setText("Lyon (69)")
    ui.dossierCheck.setChecked(True)
    for box in dialog.editor._ecf_boxes.values():
        box.setChecked(True)
    assert ui.archiveBanner.isHidden()
    ui.birthDateEdit.setText("04/09/1986")
    assert not ui.archiveBanner.isHidden()
    assert "CCP2 de RNCP34079 obtenu le 15/06/2023" in ui.archiveLabel.text()
    qtbot.mouseClick(ui.archiveButton, Qt.MouseButton.LeftButton)
    assert dialog.editor.prior.rows() == [["RNCP34079", "CCP2", "15/06/2023", "2023-NTC-011"]]
    assert ui.archiveButton.isHidden()  # nothing more to add
    ui.saveButton.click()
    added = _stored(demo_path).candidate(dialog.current)
    assert [(p.ccp, p.obtained_on, p.session) for p in added.prior_ccps] == [
        ("CCP2", dt.date(2023, 6, 15), "2023-NTC-011")
    ]


def test_a_template_is_saved_from_the_dialog(qtbot, context, tmp_path: Path, monkeypatch) -> None:
    dialog = _shown(qtbot, CandidatesDialog(context))
    target = tmp_path / "modele"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Texte CSV (*.csv)"))
    dialog.ui.templateButton.click()
    text = (tmp_path / "modele.csv").read_text(encoding="utf-8-sig")
    assert "Nom de naissance" in text and "ECF CCP2" in text


# -- the import -----------------------------------------------------------------------------------


def _previewed(qtbot, dialog: CandidateImportDialog) -> CandidateImportDialog:
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    return dialog


def test_a_30_line_sheet_is_imported_into_a_new_session(qtbot, empty_context, monkeypatch) -> None:
    dialog = _shown(qtbot, CandidateImportDialog(empty_context, None, SHEETS / "candidats-30.xlsx"))
    _previewed(qtbot, dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert dialog.model.rowCount() == 30
    assert dialog.accept_button.isEnabled()
    assert empty_context.state.data.candidates == ()  # nothing written before « Accepter »
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    seen = []
    empty_context.changed.connect(seen.append)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.added == 30 and dialog.result() == QDialog.DialogCode.Accepted
    assert len(empty_context.state.data.candidates) == 30
    assert len(_stored(empty_context.path).candidates) == 30
    assert seen and "30 candidat(s) ajouté(s)" in told[0]


def test_the_archive_ccps_are_added_when_asked(qtbot, empty_context, monkeypatch) -> None:
    make_archive(default_archive_path())
    dialog = _previewed(qtbot, _shown(qtbot, CandidateImportDialog(empty_context, None, SHEETS / "candidats-30.xlsx")))
    known = [item for item in dialog.model.lines if "archive" in item.state]
    assert [item.name for item in known] == ["LAMBERT Olivier"]
    assert dialog.ui.archiveCheck.isEnabled() and dialog.ui.archiveCheck.isChecked()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog.accept_button.click()
    lambert = next(c for c in empty_context.state.data.candidates if c.last_name.upper() == "LAMBERT")
    assert ("RNCP34079", "CCP2", "2023-NTC-011") in [(p.title, p.ccp, p.session) for p in lambert.prior_ccps]


def test_the_candidates_dialog_opens_the_import(qtbot, context, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(CandidateImportDialog, "exec", lambda self: opened.append(self) or 0)
    dialog = _shown(qtbot, CandidatesDialog(context))
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].parent() is dialog


def test_a_sheet_with_errors_shows_each_on_its_line_and_writes_nothing(qtbot, empty_context) -> None:
    sheet = SHEETS / "errors.csv"
    before_sheet = sheet.read_bytes()
    before_file = empty_context.path.read_bytes()
    dialog = _shown(qtbot, CandidateImportDialog(empty_context, None, sheet))
    _previewed(qtbot, dialog)
    preview = dialog.preview
    assert preview is not None and not preview.ok
    shown = dialog.problem_lines()
    for problem in preview.problems:
        assert f"✖ {problem.text()}" in shown
    assert "ligne 4, colonne « Date de naissance » : année sur deux chiffres « 02/03/90 »" in " ".join(shown)
    lines = {item.line: item for item in dialog.model.lines}
    assert set(lines) >= {1, *range(2, 15)}
    assert "Date de naissance" in lines[4].state and "Parcours" in lines[4].state and lines[4].kind == "error"
    assert "ligne 4, colonne « Parcours »" in dialog.model.index(dialog.model.row_of_line(4), 3).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert not dialog.accept_button.isEnabled()
    dialog.accept_import()
    assert empty_context.state.data.candidates == ()
    assert sheet.read_bytes() == before_sheet and empty_context.path.read_bytes() == before_file


def test_duplicates_with_the_session_are_flagged(qtbot, context, tmp_path: Path) -> None:
    sheet = tmp_path / "doublon.csv"
    sheet.write_text(
        "Nom de naissance;Prénom(s);Date de naissance;Lieu de naissance;Parcours;Dossier professionnel;"
        "ECF CCP1;ECF CCP2\nDurand;Élodie;02/03/1994;Lyon (69);formation;oui;oui;oui\n",
        encoding="utf-8",
    )
    dialog = _previewed(qtbot, _shown(qtbot, CandidateImportDialog(context, None, sheet)))
    assert "doublon" in dialog.model.lines[0].state
    assert any("déjà inscrit(e) dans la session" in line for line in dialog.problem_lines())


def test_without_a_sheet_the_file_is_asked_first(qtbot, context, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append(a) or "", ""))
    dialog = CandidateImportDialog(context, None)
    qtbot.addWidget(dialog)
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert asked and not dialog.isVisible()


# -- usable by keyboard and screen readers --------------------------------------------------------


def test_the_mnemonic_check_finds_a_clash(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QLabel("&Nom :", dialog)
    QLabel("&Numéro :", dialog)
    QLabel("Fish && &chips", dialog)
    assert mnemonic_clashes(dialog) == {"n": ["&Nom :", "&Numéro :"]}


@pytest.mark.parametrize("which", ["candidates", "import"])
def test_mnemonics_are_unique_and_controls_are_named(qtbot, context, which: str) -> None:
    dialog: QWidget = CandidatesDialog(context) if which == "candidates" else CandidateImportDialog(context)
    _shown(qtbot, dialog)
    assert mnemonic_clashes(dialog) == {}
    assert unnamed_controls(dialog) == []
