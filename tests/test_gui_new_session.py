"""« Nouvelle session »: the form says what is wrong as it is filled, offers a prorogation when
that is the reason, and creates the file only when everything is right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from juryapp.gui.new_session_dialog import NewSessionDialog
from juryapp.operations import integrity, sessions
from juryapp.storage.store import SessionStore


def _dialog(qtbot, tmp_path: Path) -> NewSessionDialog:
    dialog = NewSessionDialog(folder=tmp_path, today=dt.date(2026, 12, 14))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(dialog: NewSessionDialog) -> None:
    ui = dialog.ui
    ui.refEdit.setText("2026-NTC-050")
    ui.centreEdit.setText("AFPA Lyon")
    ui.placeEdit.setText("Lyon")
    ui.authorityEdit.setText("DREETS Auvergne-Rhône-Alpes")
    ui.issuerPlaceEdit.setText("Lyon")
    ui.signatoryEdit.setText("Mme Claire Dumas")
    ui.roleEdit.setText("Directrice régionale")


def _ok(dialog: NewSessionDialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_an_empty_form_says_what_is_missing_and_cannot_be_accepted(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert not _ok(dialog).isEnabled()
    assert "La référence de la session est obligatoire" in dialog.ui.problemsLabel.text()
    assert dialog.ui.titleCombo.currentData() == "RNCP39063"


def test_a_filled_form_creates_a_sound_session_file_named_after_its_ref(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    _fill(dialog)
    assert dialog.ui.fileEdit.text() == str(tmp_path / "2026-NTC-050.jury")
    assert _ok(dialog).isEnabled(), dialog.ui.problemsLabel.text()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.created == tmp_path / "2026-NTC-050.jury"
    assert integrity.check_file(dialog.created).sound
    with SessionStore.open(dialog.created, write=False) as store:
        info = sessions.read(store).data.session
    assert (info.ref, info.kind, info.start, info.issuer.signatory) == (
        "2026-NTC-050",
        "titre",
        dt.date(2026, 12, 14),
        "Mme Claire Dumas",
    )


def test_a_ccp_session_lists_the_titles_ccps_to_tick(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    _fill(dialog)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("ccp"))
    assert not dialog.ui.ccpsList.isHidden() and dialog.ui.ccpsList.count() == 2
    assert "au moins un CCP" in dialog.ui.problemsLabel.text()
    dialog.ui.ccpsList.item(1).setCheckState(Qt.CheckState.Checked)
    assert _ok(dialog).isEnabled()
    assert dialog.request().ccps == ("CCP2",)


def test_a_closed_version_offers_to_record_its_prorogation_with_a_source(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    _fill(dialog)
    ui = dialog.ui
    ui.titleCombo.setCurrentIndex(ui.titleCombo.findData("RNCP34079"))
    ui.startEdit.setDate(QDate(2024, 7, 1))
    ui.endEdit.setDate(QDate(2024, 7, 2))
    assert not ui.prorogationGroup.isHidden()
    assert "n'est plus en vigueur" in ui.problemsLabel.text()
    assert not _ok(dialog).isEnabled()
    assert not ui.prorogationButton.isEnabled()  # a source first
    ui.untilEdit.setDate(QDate(2024, 8, 31))
    ui.sourceEdit.setText("Arrêté du 30 mai 2024")
    qtbot.mouseClick(ui.prorogationButton, Qt.MouseButton.LeftButton)
    assert ui.prorogationGroup.isHidden()
    assert _ok(dialog).isEnabled(), ui.problemsLabel.text()
