"""A whole demo session driven through the window, as a jury president would, checked against the CLI."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.gui.candidate_model import ATTENDANCE
from juryapp.gui.context import SessionContext
from juryapp.gui.evaluation_grid import FIRST_ASSESSMENT
from juryapp.gui.main_window import DELIBERATION_TAB, EVALUATION_TAB, INTERVIEW_TAB, MainWindow
from juryapp.gui.sign_off_dialog import SignOffDialog
from juryapp.storage.store import SessionStore


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    context = SessionContext(SessionStore.open(path), actor="Claire Fontaine-Dumas")
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.context.close()


def _open(window, qtbot, needle: str) -> str:
    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, needle)
    assert window.proxy.rowCount() == 1, needle
    window.table.selectRow(0)
    return window.current_ref()


def _hold_interview(window, qtbot, notes: str) -> None:
    window.tabs.setCurrentIndex(INTERVIEW_TAB)
    panel = window.interview_panel
    timer = panel.timer
    timer.start()
    assert timer.is_running()
    timer.pause()
    assert not timer.is_running()
    qtbot.keyClicks(panel.notes_edit, notes)
    panel.held_box.click()
    panel.flush()
    assert panel.held_box.isChecked()


def _decide(window, qtbot, decision: str, justification: str = "") -> None:
    window.tabs.setCurrentIndex(DELIBERATION_TAB)
    panel = window.deliberation_panel
    if justification:
        panel.justification.clear()
        qtbot.keyClicks(panel.justification, justification)
    {"awarded": panel.awarded, "not_awarded": panel.not_awarded}[decision].click()
    assert panel.save()


def test_a_whole_session_through_the_window(window, qtbot, cli):
    context = window.context
    # A formation candidate: grid, CCP1 acquis, CCP2 refused without a reason then with one.
    ref = _open(window, qtbot, "dupre")
    assert ref == "C07"
    window.tabs.setCurrentIndex(EVALUATION_TAB)
    ccp1 = window.evaluation_panel.ccp_tab("CCP1")
    cell = ccp1.model.index(0, FIRST_ASSESSMENT)
    assert ccp1.model.setData(cell, "Veille complete et argumentee", Qt.ItemDataRole.EditRole)
    ccp1.acquis_radio.click()
    assert ccp1.flush()
    ccp2 = window.evaluation_panel.ccp_tab("CCP2")
    ccp2.non_acquis_radio.click()
    assert not ccp2.flush()
    assert "motiv" in ccp2.status_text().lower()
    assert not [r for r in context.store.snapshot().results if (r.candidate, r.ccp) == ("C07", "CCP2")]
    qtbot.keyClicks(ccp2.justification_edit, "Proposition non chiffree")
    assert ccp2.flush()
    saved = [r for r in context.store.snapshot().results if (r.candidate, r.ccp) == ("C07", "CCP2")]
    assert saved and saved[0].decision == "non_acquis" and saved[0].justification == "Proposition non chiffree"
    _hold_interview(window, qtbot, "Echange sur le projet")
    _decide(window, qtbot, "not_awarded", "CCP2 non acquis")
    assert context.state.outcomes["C07"].document == "livret"

    # Ctrl+Z takes back the last change, and the change before it stays.
    window.undo()
    assert not any(d.candidate == "C07" for d in context.state.data.title_decisions)
    _decide(window, qtbot, "not_awarded", "CCP2 non acquis")

    # The VAE candidate with CCP1 acquis: both CCPs, entretien, title awarded.
    _open(window, qtbot, "l'hote")
    window.tabs.setCurrentIndex(EVALUATION_TAB)
    window.evaluation_panel.ccp_tab("CCP2").acquis_radio.click()
    _hold_interview(window, qtbot, "Parcours solide")
    _decide(window, qtbot, "awarded")
    assert context.state.outcomes["C03"].document == "parchemin"

    # The candidate a juror is in conflict with: that juror cannot be chosen.
    _open(window, qtbot, "ndiaye")
    window.tabs.setCurrentIndex(INTERVIEW_TAB)
    assert not window.interview_panel.jurors.box("J3").isEnabled()
    _hold_interview(window, qtbot, "Entretien sans Mme Benhamou")
    _decide(window, qtbot, "not_awarded", "Competences du CCP2 non demontrees")

    # Attendance from the list; then the last two candidates.
    _open(window, qtbot, "el amrani")
    index = window.proxy.index(0, ATTENDANCE)
    assert window.proxy.setData(index, "absent", Qt.ItemDataRole.EditRole)
    assert context.state.data.candidate("C09").attendance == "absent"
    _open(window, qtbot, "le goff")
    _hold_interview(window, qtbot, "RAS")
    _decide(window, qtbot, "not_awarded", "Dossier professionnel insuffisant")

    # Sign-off: each juror present types their name.
    window.filter_edit.clear()
    dialog = SignOffDialog(context, window)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled(), dialog.intro.text()
    dialog.present["J3"].setChecked(False)
    qtbot.keyClicks(dialog.typed["J1"], "Claire Fontaine-Dumas")
    qtbot.keyClicks(dialog.typed["J2"], "Marc-Antoine Lefebvre")
    # The blocked candidate and the unverified référentiel are confirmed by a signing juror.
    confirmations = {row.subject.key: row for row in dialog.rows}
    assert set(confirmations) == {"C05", "RNCP39063"}
    qtbot.keyClicks(confirmations["C05"].typed, "Ines Moreau")  # typed without accents: still her name
    ok.click()
    assert not context.locked and "RNCP39063" in dialog.error_label.text()  # the reference is still missing
    confirmations["RNCP39063"].typed.setText("Arrêté du 17 mai 2024, JO du 25 mai 2024")
    ok.click()
    assert context.locked
    assert not window.window_actions["sign_off"].isEnabled()

    # After sign-off, a change asks for its reason and is kept as a revocation.
    context.reason_provider = lambda _what, _candidate: ("Erreur de saisie corrigée", ("J1", "J2"))
    _open(window, qtbot, "le goff")
    _decide(window, qtbot, "not_awarded", "Dossier professionnel incomplet")
    history = [v for v in context.store.history("C10") if v.table == "title_decisions"]
    assert history[-2].revocation_reason == "Erreur de saisie corrigée"

    # The window's outcomes are exactly what `juryapp results` says of the file.
    shown = {ref: outcome.to_json() for ref, outcome in context.state.outcomes.items()}
    path = context.path
    context.close()
    printed = cli("results", path, "--json")
    assert printed.returncode == 0, printed.stderr
    by_ref = {c["ref"]: c for c in json.loads(printed.stdout)["candidates"]}
    assert by_ref == shown
    assert by_ref["C07"]["document"] == "livret" and by_ref["C03"]["document"] == "parchemin"
    context.store = SessionStore.open(path)
