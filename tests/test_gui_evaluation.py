"""The evaluation panel: the observation grid per CCP and the autosaved decision on each CCP."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMainWindow

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.gui.context import SessionContext
from juryapp.gui.evaluation_grid import (
    COMPETENCY,
    FIRST_ASSESSMENT,
    CompetencyRole,
    EvaluationGridModel,
)
from juryapp.gui.evaluation_panel import EvaluationPanel
from juryapp.storage.store import SessionStore


@pytest.fixture
def context(tmp_path, qapp):
    path = tmp_path / "s.jury"
    import_session_document(demo_session_document("titre"), path)
    ctx = SessionContext(SessionStore.open(path), actor="test")
    yield ctx
    ctx.close()


@pytest.fixture
def panel(context, qtbot):
    widget = EvaluationPanel(context)
    qtbot.addWidget(widget)
    return widget


def _result(context: SessionContext, candidate: str, ccp: str):
    for result in context.store.snapshot().results:
        if (result.candidate, result.ccp) == (candidate, ccp):
            return result
    return None


def test_an_incomplete_list_of_competencies_gets_a_row_for_the_whole_ccp(tmp_path, qapp):
    """RNCP34079 ships CP1 alone (DOMAIN.md §2): the grid records observations per CCP as well."""
    from juryapp.exchange.session_doc import parse_session
    from juryapp.storage.library import ReferentielLibrary

    document = demo_session_document("titre")
    document["session"].update(title="RNCP34079", start="2023-12-07", end="2023-12-08")
    document.update(evaluations=[], results=[], final_interviews=[], title_decisions=[], schedule=[])
    imported = parse_session(document, ReferentielLibrary())
    store = SessionStore.create(tmp_path / "old.jury", imported.data, imported.referentiels, actor="test")
    old = SessionContext(store, actor="test")
    try:
        first = EvaluationGridModel(old, "CCP1", "C01")
        assert [first.competency_at(r).code for r in range(first.rowCount())] == ["CP1", "CCP1"]
        assert first.index(0, COMPETENCY).data().endswith("⚠")
        second = EvaluationGridModel(old, "CCP2", "C01")
        assert [second.competency_at(r).code for r in range(second.rowCount())] == ["CCP2"]
        assert second.setData(second.index(0, FIRST_ASSESSMENT), "Négociation bien conduite.")
        assert [(e.competency, e.observation) for e in store.snapshot().evaluations] == [
            ("CCP2", "Négociation bien conduite.")
        ]
    finally:
        old.close()


def test_grid_model_passes_the_model_tester(context):
    model = EvaluationGridModel(context, "CCP1", "C01")
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 4  # CP1–CP4
    assert model.columnCount() == FIRST_ASSESSMENT + 3  # MSP, entretien technique, questionnaire
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[FIRST_ASSESSMENT:] == [
        "Mise en situation professionnelle",
        "Entretien technique",
        "Questionnaire professionnel",
    ]
    assert model.index(2, COMPETENCY).data() == "CP3 — Prospecter un secteur défini ⚠"
    assert "non confirmée" in model.index(2, COMPETENCY).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, COMPETENCY).data(Qt.ItemDataRole.AccessibleTextRole).endswith("(non vérifiée)")
    assert model.index(2, FIRST_ASSESSMENT).data(CompetencyRole) == "CP3"
    assert model.index(2, FIRST_ASSESSMENT).data() == "Plan de prospection réaliste, ciblage argumenté."
    assert not model.flags(model.index(0, COMPETENCY)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, FIRST_ASSESSMENT)) & Qt.ItemFlag.ItemIsEditable
    model.set_candidate("C06")  # absent: nothing to observe
    assert not model.flags(model.index(0, FIRST_ASSESSMENT)) & Qt.ItemFlag.ItemIsEditable


def test_editing_a_cell_records_the_observation(context, qtbot):
    model = EvaluationGridModel(context, "CCP1", "C10")
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    column = model.column_of("entretien_technique")
    index = model.index(1, column)
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(index, "Plan d'actions chiffré et daté.\nCalendrier réaliste.")
    saved = [e for e in context.store.snapshot().evaluations if e.candidate == "C10"]
    assert [(e.competency, e.assessment, e.observation) for e in saved] == [
        ("CP2", "entretien_technique", "Plan d'actions chiffré et daté.\nCalendrier réaliste.")
    ]
    assert index.data() == "Plan d'actions chiffré et daté.\nCalendrier réaliste."
    assert model.setData(index, "")  # clearing takes the observation back
    assert not [e for e in context.store.snapshot().evaluations if e.candidate == "C10"]


def test_one_tab_per_ccp_examined(panel):
    assert panel.ccps() == ("CCP1", "CCP2")
    assert panel.tabs.count() == 2
    panel.show_candidate("C02")
    assert panel.tabs.tabText(0) == "CCP1 · ✔ acquis"
    assert panel.tabs.tabText(1) == "CCP2 · ✘ non acquis"
    tab = panel.ccp_tab("CCP2")
    assert tab.non_acquis_radio.isChecked()
    assert "chiffrée" in tab.justification_edit.toPlainText()
    assert tab.model.rowCount() == 5  # CP5–CP9


def test_choosing_acquis_saves_a_result(panel, context):
    panel.show_candidate("C10")
    tab = panel.ccp_tab("CCP1")
    assert tab.undecided_radio.isChecked()
    tab.acquis_radio.click()
    result = _result(context, "C10", "CCP1")
    assert result is not None and result.decision == "acquis"
    assert set(result.jurors) == {"J1", "J2", "J3"}
    assert tab.status_text().startswith("✔ Enregistré à")
    assert panel.tabs.tabText(0) == "CCP1 · ✔ acquis"


def test_non_acquis_needs_a_written_reason_and_loses_nothing(panel, context, qtbot):
    panel.show_candidate("C10")
    tab = panel.ccp_tab("CCP2")
    tab.non_acquis_radio.click()
    assert _result(context, "C10", "CCP2") is None
    assert "Non acquis : motivation obligatoire" in tab.status_text()
    assert "Rien de ce que vous avez saisi n'est perdu" in tab.status_text()
    assert tab.non_acquis_radio.isChecked()
    assert "non enregistré" in panel.tabs.tabText(1)

    # QTest.keyClicks handles ASCII only
    qtbot.keyClicks(tab.justification_edit, "Negociation non conduite.")
    qtbot.waitUntil(lambda: _result(context, "C10", "CCP2") is not None, timeout=3000)
    result = _result(context, "C10", "CCP2")
    assert (result.decision, result.justification) == ("non_acquis", "Negociation non conduite.")
    assert tab.justification_edit.toPlainText() == "Negociation non conduite."
    assert tab.status_text().startswith("✔ Enregistré à")


def test_unsaved_reason_comes_back_with_the_candidate(panel, context, qtbot):
    panel.show_candidate("C10")
    tab = panel.ccp_tab("CCP1")
    tab.acquis_radio.click()
    tab.non_acquis_radio.click()
    panel.show_candidate("C07")
    assert _result(context, "C10", "CCP1").decision == "acquis"  # the recorded one stays
    panel.show_candidate("C10")
    assert tab.non_acquis_radio.isChecked()
    assert "motivation obligatoire" in tab.status_text()
    qtbot.keyClicks(tab.justification_edit, "Veille absente.")
    assert tab.flush()
    assert _result(context, "C10", "CCP1").decision == "non_acquis"


def test_conflicted_juror_is_disabled(panel):
    panel.show_candidate("C04")
    tab = panel.ccp_tab("CCP1")
    box = tab.jurors.box("J3")
    assert not box.isEnabled()
    assert not box.isChecked()
    assert "en conflit" in box.text()
    assert tab.jurors.box("J1").isEnabled()


def test_absent_candidate_cannot_be_evaluated(panel):
    panel.show_candidate("C06")
    tab = panel.ccp_tab("CCP1")
    assert not tab.acquis_radio.isEnabled()
    assert not tab.justification_edit.isEnabled()
    assert "absent" in panel.notice.text()
    assert "absent" in tab.status_text()
    assert not tab.model.flags(tab.model.index(0, FIRST_ASSESSMENT)) & Qt.ItemFlag.ItemIsEditable


def test_not_yet_decided_withdraws_the_result(panel, context):
    panel.show_candidate("C01")
    tab = panel.ccp_tab("CCP1")
    assert tab.acquis_radio.isChecked()
    tab.undecided_radio.click()
    assert _result(context, "C01", "CCP1") is None
    assert panel.tabs.tabText(0) == "CCP1 · à décider"
    history = [r for r in context.store.history("C01") if r.table == "results" and r.key == ("C01", "CCP1")]
    assert history and history[-1].revoked_at is not None  # kept in the history, no longer current


def test_change_after_sign_off_is_a_revocation_with_its_reason(panel, context, qtbot):
    context.store.sign_off(["J1", "J2"], actor="test")
    context.reason_provider = lambda _describe, _candidate: ("motif", ("J1", "J2"))
    context.reload()
    panel.show_candidate("C02")
    tab = panel.ccp_tab("CCP1")
    assert "session close" in tab.status_text()
    tab.non_acquis_radio.click()
    assert _result(context, "C02", "CCP1").decision == "acquis"  # no reason yet: nothing recorded
    qtbot.keyClicks(tab.justification_edit, "Erreur de saisie corrigee.")
    assert tab.flush()
    result = _result(context, "C02", "CCP1")
    assert (result.decision, result.justification) == ("non_acquis", "Erreur de saisie corrigee.")
    versions = [r for r in context.store.history("C02") if r.table == "results" and r.key == ("C02", "CCP1")]
    assert versions[0].revocation_reason == "motif"
    assert versions[-1].current and versions[-1].reason == "motif" and versions[-1].amends == versions[0].id


def test_cell_edit_after_sign_off_asks_its_reason(context):
    context.store.sign_off(["J1", "J2"], actor="test")
    context.reload()
    model = EvaluationGridModel(context, "CCP1", "C01")
    index = model.index(0, FIRST_ASSESSMENT)
    context.reason_provider = lambda _describe, _candidate: None  # the user cancels: nothing is lost
    assert not model.setData(index, "Veille complète.")
    assert index.data(Qt.ItemDataRole.EditRole) == "Veille complète."
    assert "Non enregistré" in index.data()
    context.reason_provider = lambda _describe, _candidate: ("motif", ("J1", "J2"))
    assert model.setData(index, "Veille complète.")
    assert index.data() == "Veille complète."


def test_session_ccs_says_where_the_ccs_is_decided(tmp_path, qtbot, example_doc):
    document = example_doc  # made-up title RNCP90002, which has a CCS1
    document["session"].update(kind="ccs", ccps=[], ccs="CCS1")
    document["results"] = []
    document["title_decisions"] = []
    path = tmp_path / "ccs.jury"
    import_session_document(document, path)
    ctx = SessionContext(SessionStore.open(path), actor="test")
    panel = EvaluationPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_candidate(ctx.state.data.candidates[0].ref)
    assert panel.tabs.count() == 0
    assert "Session CCS" in panel.notice.text() and "Délibération" in panel.notice.text()
    ctx.close()


def test_screenshot_at_laptop_size(context, qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    panel = EvaluationPanel(context, window)
    panel.show_candidate("C02")
    window.setCentralWidget(panel)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    panel.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    path = tmp_path / "evaluation_panel.png"
    assert window.grab().save(str(path))
    picture = QImage(str(path))
    assert not picture.isNull() and picture.size() == window.size(), (picture.size(), window.size())


def test_refused_change_is_explained_and_kept(panel, context):
    context.store.sign_off(["J1", "J2"], actor="test")
    context.reload()  # no reason provider: a change after sign-off is refused
    panel.show_candidate("C01")
    tab = panel.ccp_tab("CCP1")
    tab.undecided_radio.click()
    assert _result(context, "C01", "CCP1").decision == "acquis"
    assert "Non enregistré" in tab.status_text() and "motivée" in tab.status_text()
    assert tab.undecided_radio.isChecked()
    assert "non enregistré" in panel.tabs.tabText(0)
