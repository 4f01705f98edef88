"""The evaluation panel: the observation grid per CCP and the autosaved decision on each CCP."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QMainWindow, QWidget

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


LAPTOP = QSize(1366, 768)


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Whether `widget` lies inside a scroll area of `top` (it may reach past what is shown)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def layout_problems(top: QWidget) -> list[str]:
    """What is cut in `top` as it is shown: a widget reaching outside it (what scrolls inside a
    scroll area aside), a button or a one-line label narrower than its text."""
    problems = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or _scrolled(widget, top):
            continue
        name = f"{type(widget).__name__} « {getattr(widget, 'text', str)()} »"
        if not top.rect().contains(QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())):
            problems.append(f"{name} outside the window")
        one_line = isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and not widget.wordWrap())
        if one_line and widget.width() < widget.minimumSizeHint().width():
            problems.append(f"{name} cut: {widget.width()} < {widget.minimumSizeHint().width()} px")
    return problems


def shown_at(widget: QWidget, qtbot, size: QSize = LAPTOP) -> QMainWindow:
    """`widget` as the whole of a window of `size`, shown and laid out."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(widget)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # let the layouts settle
    return window


def assert_screenshot(window: QWidget, path) -> QImage:
    """The window's picture is saved, as large as the window, and shows something (not one flat colour)."""
    assert window.grab().save(str(path))
    picture = QImage(str(path))
    assert not picture.isNull() and picture.size() == window.size(), (picture.size(), window.size())
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 7) for y in range(0, picture.height(), 7)}
    assert len(colours) > 8, f"{path.name}: {len(colours)} colours, nothing drawn?"
    return picture


def test_the_panel_fits_a_laptop_screen(context, qtbot, tmp_path):
    panel = EvaluationPanel(context)
    panel.show_candidate("C02")
    window = shown_at(panel, qtbot)
    panel.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    assert window.size() == LAPTOP  # the panel's smallest size fits: the window was not made larger
    assert layout_problems(window) == []
    tab = panel.ccp_tab("CCP2")
    assert panel.tabs.currentWidget() is tab and tab.isVisible()
    codes = [tab.model.competency_at(row).code for row in range(tab.model.rowCount())]
    assert codes and all(code.startswith("CP") for code in codes)
    # Every épreuve is a column on screen: no sideways scrolling in the grid at this size.
    assert not tab.view.horizontalScrollBar().isVisible()
    last = tab.model.columnCount() - 1
    assert tab.view.columnViewportPosition(last) + tab.view.columnWidth(last) <= tab.view.viewport().width()
    assert tab.acquis_radio.isVisible() and tab.justification_edit.isVisible()
    assert_screenshot(window, tmp_path / "evaluation_panel.png")


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
