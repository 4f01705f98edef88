"""The evaluation grid in the window: marks set from the keyboard, observations added one entry at a
time (dated, with their author), drafts that survive leaving the candidate, the panel or the file,
the deliberation that shows them, and screens that hold at 1366×768 and with twice larger text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from test_gui_evaluation import assert_screenshot, layout_problems, shown_at

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.gui.ccp_evaluation import DRAFT_PANEL
from juryapp.gui.context import SessionContext
from juryapp.gui.deliberation_panel import DeliberationPanel
from juryapp.gui.evaluation_grid import (
    FIRST_ASSESSMENT,
    EntriesRole,
    EvaluationGridModel,
    MarkRole,
    PendingRole,
)
from juryapp.gui.evaluation_panel import EvaluationPanel
from juryapp.gui.main_window import DELIBERATION_TAB, EVALUATION_TAB, MainWindow
from juryapp.operations import drafts, grid
from juryapp.storage.store import SessionStore

MSP = "mise_en_situation"
ACTOR = "Claire Fontaine-Dumas"


@pytest.fixture
def path(tmp_path):
    target = tmp_path / "s.jury"
    import_session_document(demo_session_document("titre"), target)
    return target


@pytest.fixture
def context(path, qapp):
    ctx = SessionContext(SessionStore.open(path), actor=ACTOR)
    yield ctx
    ctx.close()


@pytest.fixture
def panel(context, qtbot):
    widget = EvaluationPanel(context)
    window = shown_at(widget, qtbot)
    window.activateWindow()
    widget.test_window = window  # kept alive with the panel
    return widget


def _cell(context: SessionContext, ref: str, competency: str, assessment: str = MSP):
    return context.store.current_record("evaluations", (ref, competency, assessment))


def _grid_drafts(context: SessionContext, ref: str) -> dict[str, str]:
    return {
        key: draft.content["text"]
        for key, draft in drafts.drafts_of(context.store, ref).items()
        if key.startswith(DRAFT_PANEL + ":")
    }


def _focus(widget: QWidget, qtbot) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def test_the_model_shows_marks_entries_and_what_is_pending(context):
    context.apply(grid.set_mark, "C02", "CP2", MSP, "en_cours")
    context.apply(grid.add_observation, "C02", "CP2", MSP, "Calendrier réaliste.")
    model = EvaluationGridModel(context, "CCP1", "C02")
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    index = model.index(1, model.column_of(MSP))
    assert index.data(MarkRole) == "en_cours"
    entries = index.data(EntriesRole)
    assert [e.text for e in entries] == ["Plan d'actions cohérent avec les objectifs fixés.", "Calendrier réaliste."]
    assert entries[-1].by == ACTOR
    assert index.data() == "Calendrier réaliste."  # the latest; the tooltip and the list have them all
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Marque : ◐ en cours d'acquisition" in tooltip and "Claire Fontaine-Dumas" in tooltip
    assert "marque en cours d'acquisition ; 2 observation(s)" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.index(0, FIRST_ASSESSMENT).data(MarkRole) == ""  # no mark: distinct from « non évalué »
    model.set_pending(("CP1", MSP), "Veille")
    assert model.index(0, FIRST_ASSESSMENT).data(PendingRole) == "Veille"
    assert model.index(0, FIRST_ASSESSMENT).data() == "⚠ Non enregistré : Veille"
    assert grid.glance_text(model.glance()) == "CP1 –  CP2 ◐  CP3 –  CP4 –"


def test_marks_from_the_keyboard_only(panel, context, qtbot):
    panel.show_candidate("C10")
    tab = panel.ccp_tab("CCP1")
    before = context.state.outcomes["C10"]
    _focus(tab.view, qtbot)
    keys = [
        (Qt.Key.Key_1, "acquis"),  # CP1
        (Qt.Key.Key_Down, None),
        (Qt.Key.Key_E, "en_cours"),  # CP2
        (Qt.Key.Key_Down, None),
        (Qt.Key.Key_3, "non_acquis"),  # CP3
        (Qt.Key.Key_Down, None),
        (Qt.Key.Key_X, "non_evalue"),  # CP4
    ]
    for key, _mark in keys:
        QTest.keyClick(tab.view, key)
    marks = {cp: _cell(context, "C10", cp).mark for cp in ("CP1", "CP2", "CP3", "CP4")}
    assert marks == {"CP1": "acquis", "CP2": "en_cours", "CP3": "non_acquis", "CP4": "non_evalue"}
    assert tab.glance_label.text() == "— marques : CP1 ✔  CP2 ◐  CP3 ✘  CP4 ○"
    assert "CP4 ○ non évalué" in panel.tabs.tabToolTip(0)
    QTest.keyClick(tab.view, Qt.Key.Key_Space)  # round the cycle: after « non évalué », no mark
    assert _cell(context, "C10", "CP4") is None
    QTest.keyClick(tab.view, Qt.Key.Key_Space)
    assert _cell(context, "C10", "CP4").mark == "acquis"
    QTest.keyClick(tab.view, Qt.Key.Key_0)
    assert _cell(context, "C10", "CP4") is None
    assert tab.mark_combo.currentData() == ""
    assert "enregistrée" in tab.grid_status_text()
    # marks decide nothing: the candidate's outcome is the same
    assert context.state.outcomes["C10"] == before
    # the competency's name is not a cell: a mark key there changes nothing
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    QTest.keyClick(tab.view, Qt.Key.Key_2)
    assert _cell(context, "C10", "CP1").mark == "acquis"


def test_two_observations_each_its_own_dated_entry_with_its_author(panel, context, qtbot):
    panel.show_candidate("C10")
    tab = panel.ccp_tab("CCP1")
    _focus(tab.view, qtbot)
    QTest.keyClick(tab.view, Qt.Key.Key_Down)  # CP2, mise en situation
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.entry_edit.hasFocus()
    QTest.keyClicks(tab.entry_edit, "Objectifs chiffres")
    QTest.keyClick(tab.entry_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(tab.entry_edit, "et dates")
    QTest.keyClick(tab.entry_edit, Qt.Key.Key_Return)
    assert tab.entry_edit.toPlainText() == ""  # ready for the next one
    QTest.keyClicks(tab.entry_edit, "Calendrier realiste")
    QTest.keyClick(tab.entry_edit, Qt.Key.Key_Enter)
    cell = _cell(context, "C10", "CP2")
    assert [(e.by, e.text) for e in cell.entries] == [
        (ACTOR, "Objectifs chiffres\net dates"),
        (ACTOR, "Calendrier realiste"),
    ]
    assert all(e.at.startswith("2026-12-09T09:") for e in cell.entries) and cell.entries[0].at < cell.entries[1].at
    assert cell.observation == "Objectifs chiffres\net dates\n\nCalendrier realiste"  # never run together
    shown = tab.entries_view.toPlainText()
    assert shown.count("Claire Fontaine-Dumas") == 2 and "09/12/2026 à 09:" in shown
    QTest.keyClick(tab.entry_edit, Qt.Key.Key_Escape)
    assert tab.view.hasFocus()
    assert tab.model.index(1, FIRST_ASSESSMENT).data() == "Calendrier realiste"


def test_an_unfinished_entry_is_a_draft_when_switching_candidate_and_comes_back(panel, context, qtbot):
    panel.show_candidate("C10")
    tab = panel.ccp_tab("CCP1")
    tab.view.setCurrentIndex(tab.model.index(2, tab.model.column_of("entretien_technique")))
    QTest.keyClicks(tab.entry_edit, "Ciblage a revoir")
    assert "Non enregistré" in tab.model.index(2, tab.model.column_of("entretien_technique")).data()
    panel.show_candidate("C07")  # leaving the candidate: kept in the file, not added
    assert _cell(context, "C10", "CP3", "entretien_technique") is None
    assert _grid_drafts(context, "C10") == {"grille:C10:CCP1:CP3:entretien_technique": "Ciblage a revoir"}
    assert tab.entry_edit.toPlainText() == "" and not tab.model.pending()
    panel.show_candidate("C10")
    assert tab.entry_edit.toPlainText() == "Ciblage a revoir"
    assert tab.model.key_of(tab.view.currentIndex()) == ("CP3", "entretien_technique")
    assert "Brouillon du 09/12/2026" in tab.grid_status_text() and "CP3" in tab.grid_status_text()
    assert tab.add_entry()
    assert _cell(context, "C10", "CP3", "entretien_technique").entries[0].text == "Ciblage a revoir"
    assert _grid_drafts(context, "C10") == {}  # added: its draft is gone


def test_a_draft_outlives_the_file_and_leaving_the_panel(path, qtbot, qapp):
    first = SessionContext(SessionStore.open(path), actor=ACTOR)
    panel = EvaluationPanel(first)
    window = shown_at(panel, qtbot)
    panel.show_candidate("C07")
    tab = panel.ccp_tab("CCP2")
    panel.tabs.setCurrentWidget(tab)
    QTest.keyClicks(tab.entry_edit, "Relance client")
    panel.hide()  # another tab of the window: the draft is kept at once
    assert _grid_drafts(first, "C07") == {"grille:C07:CCP2:CP5:mise_en_situation": "Relance client"}
    panel.show()
    tab.entry_edit.clear()  # the text is taken away: its draft goes when the panel is left
    panel.flush()  # leaving the file: what is typed is kept, what was emptied goes
    assert _grid_drafts(first, "C07") == {}
    QTest.keyClicks(tab.entry_edit, "Relance client faite")
    assert panel.keep_drafts() == []  # quitting: kept
    window.close()
    first.close()

    again = SessionContext(SessionStore.open(path), actor=ACTOR)
    try:
        reopened = EvaluationPanel(again)
        qtbot.addWidget(reopened)
        reopened.show_candidate("C07")
        tab = reopened.ccp_tab("CCP2")
        assert tab.entry_edit.toPlainText() == "Relance client faite"
        assert "⚠ Non enregistré : Relance client faite" == tab.model.index(0, FIRST_ASSESSMENT).data()
    finally:
        again.close()


def test_a_read_only_file_keeps_the_entry_in_memory_and_says_it(panel, context, qtbot):
    panel.show_candidate("C10")
    tab = panel.ccp_tab("CCP1")
    QTest.keyClicks(tab.entry_edit, "Veille outillee")
    context.set_read_only("test")
    panel.show_candidate("C07")
    lost = panel.keep_drafts()
    assert lost == ["C10 — observation CP1 — Mise en situation professionnelle : « Veille outillee »"]
    panel.show_candidate("C10")  # not lost: shown again from memory
    assert tab.entry_edit.toPlainText() == "Veille outillee"


def test_the_deliberation_shows_the_marks_and_observations(context, qtbot):
    context.apply(grid.set_mark, "C02", "CP5", MSP, "acquis")
    context.apply(grid.set_mark, "C02", "CP6", MSP, "non_acquis")
    context.apply(grid.add_observation, "C02", "CP6", MSP, "Chiffrage absent.")
    panel = DeliberationPanel(context)
    qtbot.addWidget(panel)
    panel.show_candidate("C02")
    text = panel.evidence.toPlainText()
    assert "CP5 ✔ CP6 ✘ CP7 – CP8 – CP9 –" in " ".join(text.split())  # the CCP's row, at a glance
    assert "Grille du CCP2 — marques et observations" in text
    assert "✘ non acquis" in text and "elles ne décident pas" in text
    assert "09/12/2026 à 09:" in text and "Claire Fontaine-Dumas — Chiffrage absent." in text
    assert "Argumentation peu adaptée aux besoins du client." in text  # an older, undated text too
    assert panel.evidence.isReadOnly()


def _mnemonics(window: QWidget) -> dict[str, list[str]]:
    """The Alt+letter keys of what is on screen now: the menus and the visible labels and buttons."""
    texts = [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif widget.isVisible() and isinstance(widget, QGroupBox):
            texts.append(widget.title())
    letters: dict[str, list[str]] = {}
    for text in texts:
        plain = text.replace("&&", "")
        if "&" in plain and plain.index("&") + 1 < len(plain):
            letters.setdefault(plain[plain.index("&") + 1].casefold(), []).append(text)
    return {letter: found for letter, found in letters.items() if len(found) > 1}


@pytest.fixture
def window(context, qtbot):
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    return win


def test_a_keyboard_only_walk_through_one_candidate(window, context, qtbot):
    window.select_candidate("C10")
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == EVALUATION_TAB
    tab = window.evaluation_panel.ccp_tab("CCP1")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert tab.view.hasFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_Down, Qt.Key.Key_2, Qt.Key.Key_Return):
        QTest.keyClick(tab.view, key)
    QTest.keyClicks(QApplication.focusWidget(), "Plan clair")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert tab.mark_combo.hasFocus()
    QTest.keyClick(tab.mark_combo, Qt.Key.Key_Down)  # the list, as with the keys: the next mark
    cell = _cell(context, "C10", "CP2")
    assert (cell.mark, [e.text for e in cell.entries]) == ("non_acquis", ["Plan clair"])
    QTest.keyClick(tab.mark_combo, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert tab.entry_edit.hasFocus()
    QTest.keyClicks(tab.entry_edit, "Brouillon")
    QTest.keyClick(tab.entry_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # the decision: acquis
    assert tab.acquis_radio.hasFocus() or tab.acquis_radio.isChecked()
    assert _cell(context, "C10", "CP1").mark == "acquis"
    assert _mnemonics(window) == {}
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == DELIBERATION_TAB
    evidence = window.deliberation_panel.evidence.toPlainText()
    assert "Plan clair" in evidence and "◐ en cours" not in evidence and "✘ non acquis" in evidence
    assert _grid_drafts(context, "C10") == {"grille:C10:CCP1:CP2:mise_en_situation": "Brouillon"}  # panel left
    assert _mnemonics(window) == {}


@pytest.mark.parametrize("bigger", [False, True], ids=["100%", "200%-text"])
def test_the_grid_and_the_deliberation_hold_at_1366x768(window, context, qtbot, qapp, tmp_path, bigger):
    context.apply(grid.set_mark, "C02", "CP2", MSP, "en_cours")
    context.apply(grid.add_observation, "C02", "CP2", MSP, "Une observation assez longue pour être coupée.")
    original = QFont(qapp.font())
    if bigger:
        large = QFont(original)
        large.setPointSizeF(original.pointSizeF() * 2)
        qapp.setFont(large)
    try:
        window.select_candidate("C02")
        window.tabs.setCurrentIndex(EVALUATION_TAB)
        qtbot.wait(50)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768
        panel = window.evaluation_panel
        tab = panel.ccp_tab("CCP1")
        assert_screenshot(window, tmp_path / "grid.png")
        if not bigger:
            # every row of the grid is on screen, with the editor and the decision, without scrolling
            area = panel.parentWidget().parentWidget()
            assert not area.verticalScrollBar().isVisible()
            assert not tab.view.verticalScrollBar().isVisible()
            assert tab.entry_edit.isVisible() and tab.acquis_radio.isVisible()
            assert layout_problems(window) == []
        cell = tab.model.index(1, FIRST_ASSESSMENT)
        assert "Une observation assez longue" in cell.data(Qt.ItemDataRole.ToolTipRole)  # cut cells say it all
        window.tabs.setCurrentIndex(DELIBERATION_TAB)
        qtbot.wait(50)
        assert_screenshot(window, tmp_path / "deliberation.png")
        evidence = window.deliberation_panel.evidence
        if not bigger:
            assert evidence.height() > window.deliberation_panel.height() // 2  # the evidence comes first
    finally:
        qapp.setFont(original)


def test_the_panel_alone_fits_a_laptop_screen(context, qtbot):
    panel = EvaluationPanel(context)
    panel.show_candidate("C02")
    window = shown_at(panel, qtbot, QSize(1366 - 420, 768 - 200))  # beside the list, under the header
    assert layout_problems(window) == []
    tab = panel.ccp_tab("CCP1")
    assert tab.view.isVisible() and tab.entry_edit.isVisible() and tab.acquis_radio.isVisible()
