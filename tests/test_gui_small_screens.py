"""Any laptop: the header folds, the list's columns elide with tooltips and « Résultat » stays whole at
1366×768 (and at 200 %), « Avancement » says in words what is done and what remains, and the name
of the person who types is a person's, never a system account's."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.gui.candidate_model import OUTCOME, PROGRESS, CandidateRefRole
from juryapp.gui.context import SessionContext
from juryapp.gui.main_window import MainWindow
from juryapp.rules.progress import Progress
from juryapp.storage import common
from juryapp.storage.store import SessionStore


@contextlib.contextmanager
def doubled_text(qapp: QApplication) -> Iterator[None]:
    """The application's text at twice its size (200 % text scaling), its own size back after."""
    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        yield
    finally:
        qapp.setFont(original)


@pytest.fixture
def context(tmp_path, qapp):
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    ctx = SessionContext(SessionStore.open(path), actor="Claire Fontaine-Dumas")
    yield ctx
    ctx.close()


def _window(context, qtbot, width: int = 1366, height: int = 768) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def _cells(window: MainWindow, column: int) -> list[tuple[str, str]]:
    """(text, tooltip) of every row of `column`, as the list shows them."""
    proxy = window.proxy
    return [
        (proxy.index(row, column).data(), proxy.index(row, column).data(Qt.ItemDataRole.ToolTipRole))
        for row in range(proxy.rowCount())
    ]


def _fully_visible(window: MainWindow, column: int) -> bool:
    """The column lies inside the list's viewport, no horizontal scrolling needed."""
    header = window.table.horizontalHeader()
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    return header.sectionViewportPosition(column) >= 0 and right <= window.table.viewport().width()


def _texts_whole(window: MainWindow, column: int) -> bool:
    """Every text of the column fits its width (nothing elided)."""
    metrics = QFontMetrics(window.table.font())
    width = window.table.horizontalHeader().sectionSize(column)
    return all(metrics.horizontalAdvance(text) < width for text, _tip in _cells(window, column))


# -- the session header folds -----------------------------------------------------------------


def test_the_header_folds_from_the_menu_its_button_and_its_shortcut(context, qtbot):
    window = _window(context, qtbot)
    header = window.header
    unfolded = header.sizeHint().height()
    action = window.window_actions["fold_header"]
    assert action.shortcut().toString() == "Ctrl+Shift+H"
    action.trigger()
    assert header.folded and action.isChecked()
    assert header.sizeHint().height() < unfolded / 2
    # Folded, the warnings stay on screen: their count, the whole list in the tooltip.
    assert "3 alertes" in header._warning_count.text()
    assert "non vérifié" in header._warning_count.toolTip()
    assert "2026-NTC-042" in header.summary_text()
    header.toggle_button.click()
    assert not header.folded and not action.isChecked()
    assert "Déplier" not in header.toggle_button.toolTip() and "Ctrl+" in header.toggle_button.toolTip()


def test_the_folded_header_is_remembered(context, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "juryapp.ini"), QSettings.Format.IniFormat)
    window = _window(context, qtbot)
    window.set_header_folded(True)
    window.save_state(settings)
    settings.sync()
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert not again.header.folded
    again.restore_state(QSettings(str(tmp_path / "juryapp.ini"), QSettings.Format.IniFormat))
    assert again.header.folded and again.window_actions["fold_header"].isChecked()


# -- the list's columns --------------------------------------------------------------------------


def test_the_result_column_is_whole_at_1366x768(context, qtbot):
    window = _window(context, qtbot)
    assert _fully_visible(window, OUTCOME)
    assert _texts_whole(window, OUTCOME)
    assert not window.table.is_elided(OUTCOME)
    assert window.table.horizontalHeader().length() <= window.table.viewport().width()
    texts = dict(
        zip((window.proxy.index(r, 0).data(CandidateRefRole) for r in range(10)), _cells(window, OUTCOME), strict=True)
    )
    assert texts["C05"][0].startswith("✖ Bloqué")


def test_narrow_columns_elide_and_their_tooltip_carries_the_whole_text(context, qtbot):
    window = _window(context, qtbot, 900, 700)
    window.splitter.setSizes([380, 520])
    qtbot.waitUntil(lambda: window.table.viewport().width() < 400)
    assert window.table.is_elided(OUTCOME) and window.table.is_elided(PROGRESS)
    assert _fully_visible(window, OUTCOME)
    for column in (OUTCOME, PROGRESS):
        for text, tooltip in _cells(window, column):
            assert tooltip is not None and text.split(" · ")[0].lstrip("✔◐…✖— ") in tooltip
    blocked = next(tip for text, tip in _cells(window, OUTCOME) if text.startswith("✖"))
    assert "Recevabilité VAE absente" in blocked and "VAE_NO_ADMISSIBILITY" in blocked


def test_at_200_percent_text_the_result_column_stays_on_screen(context, qtbot, qapp):
    with doubled_text(qapp):
        window = _window(context, qtbot)
        window.set_header_folded(True)
        qapp.processEvents()
        assert _fully_visible(window, OUTCOME)
        # Short results are whole; a long one elides, whole in its tooltip.
        metrics = QFontMetrics(window.table.font())
        width = window.table.horizontalHeader().sectionSize(OUTCOME)
        shown = [text for text, _tip in _cells(window, OUTCOME) if metrics.horizontalAdvance(text) < width]
        assert any("En attente de décision" in text for text in shown)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768


SCALED = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QFontMetrics
app = QApplication([])
from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.gui.candidate_model import OUTCOME
from juryapp.gui.context import SessionContext
from juryapp.gui.main_window import MainWindow
from juryapp.storage.store import SessionStore
path = Path(sys.argv[1])
import_session_document(demo_session_document("titre"), path)
window = MainWindow(SessionContext(SessionStore.open(path), actor="Claire Fontaine-Dumas"))
window.resize(1366, 768)
window.show()
app.processEvents()
header, table = window.table.horizontalHeader(), window.table
metrics = QFontMetrics(table.font())
texts = [window.proxy.index(r, OUTCOME).data() for r in range(window.proxy.rowCount())]
print(json.dumps({
    "ratio": window.devicePixelRatioF(),
    "right": header.sectionViewportPosition(OUTCOME) + header.sectionSize(OUTCOME),
    "viewport": table.viewport().width(),
    "widest": max(metrics.horizontalAdvance(t) for t in texts),
    "width": header.sectionSize(OUTCOME),
    "image": [window.grab().width(), window.grab().height()],
}))
window.context.close()
"""


def test_with_qt_scale_factor_2_the_result_column_is_whole(tmp_path):
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCALED, str(tmp_path / "demo.jury")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == 2.0 and seen["image"] == [2732, 1536]
    assert seen["right"] <= seen["viewport"]
    assert seen["widest"] < seen["width"]


# -- « Avancement » in words ------------------------------------------------------------------------


def test_progress_says_what_is_done_and_what_remains(context):
    from juryapp.gui.candidate_model import CandidateTableModel

    model = CandidateTableModel(context)
    words = {model.index(r, 0).data(CandidateRefRole): model.index(r, PROGRESS).data() for r in range(10)}
    assert words["C01"] == "2 CCP décidés sur 2, entretien fait, titre attribué"
    assert words["C03"] == "1 CCP décidé sur 2, entretien à faire, titre à décider"
    assert words["C04"] == "Aucun CCP décidé sur 2, entretien à faire, titre à décider"
    assert words["C05"].endswith("titre bloqué")
    assert words["C06"] == "Absent : rien à évaluer"
    row = model.row_of("C03")
    assert model.index(row, PROGRESS).data(Qt.ItemDataRole.ToolTipRole) == words["C03"]
    assert model.index(row, PROGRESS).data(Qt.ItemDataRole.AccessibleTextRole) == words["C03"]


def _progress(**fields) -> Progress:
    values = dict(
        attendance="present",
        ccps_decided=2,
        ccps_examined=2,
        interview=True,
        subject="titre",
        decision=None,
        expected=True,
        blocked=False,
    )
    values.update(fields)
    return Progress(**values)


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({}, "2 CCP décidés sur 2, entretien fait, titre à décider"),
        ({"decision": "awarded"}, "2 CCP décidés sur 2, entretien fait, titre attribué"),
        ({"ccps_decided": 0, "interview": False}, "Aucun CCP décidé sur 2, entretien à faire, titre à décider"),
        ({"subject": "CCS", "ccps_examined": 0, "ccps_decided": 0}, "Entretien fait, CCS à décider"),
        ({"interview": None, "expected": False, "ccps_examined": 1, "ccps_decided": 1}, "1 CCP décidé sur 1"),
        ({"blocked": True}, "2 CCP décidés sur 2, entretien fait, titre bloqué"),
        ({"attendance": "excused"}, "Excusé : rien à évaluer"),
    ],
)
def test_progress_words(fields, words):
    assert _progress(**fields).words == words


def test_progress_follows_a_decision(context, qtbot):
    import datetime as dt

    from juryapp import operations
    from juryapp.gui.candidate_model import CandidateTableModel

    model = CandidateTableModel(context)
    row = model.row_of("C03")
    context.apply(operations.record_final_interview, "C03", dt.date(2026, 12, 8), ["J1", "J2"])
    assert model.index(row, PROGRESS).data() == "1 CCP décidé sur 2, entretien fait, titre à décider"


# -- the person who types ---------------------------------------------------------------------------


def _posix(monkeypatch, login: str, gecos: str, uid: int = 1000) -> None:
    import getpass
    import pwd

    monkeypatch.setattr(common.sys, "platform", "linux")
    monkeypatch.setattr(getpass, "getuser", lambda: login)
    monkeypatch.setattr(common.os, "getuid", lambda: uid, raising=False)
    monkeypatch.setattr(pwd, "getpwuid", lambda _uid: SimpleNamespace(pw_name=login, pw_gecos=gecos))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX accounts")
@pytest.mark.parametrize(
    ("login", "gecos", "uid", "expected"),
    [
        ("cfontaine", "Claire Fontaine-Dumas,Bureau 12,,", 1000, "Claire Fontaine-Dumas"),
        ("cfontaine", "", 1000, ""),  # no full name: asked, never the login
        ("root", "root", 0, ""),
        ("root", "Claire Fontaine-Dumas", 0, ""),  # the session runs as root: not a person's account
        ("admin", "Admin", 1001, ""),
        ("user", "User", 1000, ""),
        ("ubuntu", "Ubuntu", 1000, ""),
        ("jury", "Administrateur", 1000, ""),
        ("jury", "System Administrator", 1000, ""),
    ],
)
def test_the_default_actor_is_a_full_name_never_a_system_account(monkeypatch, login, gecos, uid, expected):
    _posix(monkeypatch, login, gecos, uid)
    assert common.default_actor(unknown="") == expected
    # A write with no author given records « inconnu », never the account.
    assert common.default_actor() == (expected or common.UNNAMED_ACTOR)


def test_on_windows_the_display_name_is_taken_unless_it_is_a_system_account(monkeypatch):
    import getpass

    monkeypatch.setattr(common.sys, "platform", "win32")
    monkeypatch.setattr(getpass, "getuser", lambda: "cfontaine")
    monkeypatch.setattr(common, "_windows_display_name", lambda: "Claire Fontaine-Dumas")
    assert common.default_actor(unknown="") == "Claire Fontaine-Dumas"
    monkeypatch.setattr(common, "_windows_display_name", lambda: "Administrateur")
    assert common.default_actor(unknown="") == ""
    monkeypatch.setattr(getpass, "getuser", lambda: "Administrator")
    monkeypatch.setattr(common, "_windows_display_name", lambda: "Claire Fontaine-Dumas")
    assert common.default_actor(unknown="") == ""
    assert common.default_actor() == "inconnu"


@pytest.mark.parametrize("name", ["root", "ROOT", "Administrateur", "administrator", "Système", "DESKTOP-1$", "---"])
def test_system_accounts_are_recognised(name):
    assert common.is_system_account(name)


def test_with_no_name_known_the_operator_dialog_asks(tmp_path, qapp, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from juryapp.gui.operator_dialog import OperatorDialog
    from juryapp.operations import sessions

    monkeypatch.setattr(sessions, "default_actor", lambda unknown="inconnu": unknown)
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    context = SessionContext(SessionStore.open(path))
    try:
        assert context.actor == ""
        window = MainWindow(context)
        qtbot.addWidget(window)
        assert "Qui saisit" in window.operator_label.text()
        dialog = OperatorDialog(context, "", window)
        qtbot.addWidget(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert dialog.name() == "" and not ok.isEnabled()
        dialog.names.setEditText("Claire Fontaine-Dumas")
        assert ok.isEnabled()
    finally:
        context.close()


def test_a_long_list_is_measured_after_it_is_shown(context, qtbot, monkeypatch):
    """The first rows fix the widths at once; the others follow in the background."""
    from juryapp.gui import candidate_table
    from juryapp.gui.candidate_model import CandidateFilterModel, CandidateTableModel

    monkeypatch.setattr(candidate_table, "FIRST_ROWS", 3)
    monkeypatch.setattr(candidate_table, "CHUNK_ROWS", 2)
    model = CandidateTableModel(context)
    proxy = CandidateFilterModel()
    proxy.setSourceModel(model)
    table = candidate_table.CandidateTable(model, proxy)
    qtbot.addWidget(table)
    assert not table.measured
    before = table.natural_width(OUTCOME)
    qtbot.waitUntil(lambda: table.measured, timeout=3000)
    assert table.natural_width(OUTCOME) >= before


# -- the deliberation: the evidence first ------------------------------------------------------------


def _deliberation(window: MainWindow, qtbot, ref: str = "C02"):  # noqa: ANN001, ANN202
    from juryapp.gui.main_window import DELIBERATION_TAB

    window.select_candidate(ref)
    window.tabs.setCurrentIndex(DELIBERATION_TAB)
    qtbot.wait(50)
    return window.deliberation_panel


def test_at_1366x768_the_deliberation_evidence_gets_the_height(context, qtbot):
    """What the jury deliberates on (results, marks, observations) is read, not scrolled in a slot:
    the decision keeps what it needs (verdict, buttons, three lines of motivation, jurors) and no more."""
    window = _window(context, qtbot)
    panel = _deliberation(window, qtbot)
    evidence = panel.evidence
    assert evidence.height() >= 380, evidence.height()  # 331 px before
    assert evidence.height() > 0.6 * panel.splitter.height()
    assert not evidence.horizontalScrollBar().isVisible()  # the tables fit the width
    line = panel.justification.fontMetrics().lineSpacing()
    assert panel.justification.height() >= 3 * line
    for control in (panel.awarded, panel.not_awarded, panel.undecided, panel.jurors, panel.status):
        assert control.isVisible() and control.height() > 0
    area = panel.parentWidget().parentWidget()
    assert not area.verticalScrollBar().isVisible()  # the panel itself does not scroll


def test_the_deliberation_share_is_remembered(context, qtbot, tmp_path):
    window = _window(context, qtbot)
    panel = _deliberation(window, qtbot)
    total = sum(panel.splitter.sizes())
    panel.splitter.moveSplitter(total // 2, 1)
    assert panel.share() == pytest.approx(0.5, abs=0.05)
    settings = QSettings(str(tmp_path / "juryapp.ini"), QSettings.Format.IniFormat)
    window.save_state(settings)
    settings.sync()
    again = _window(context, qtbot)
    again.restore_state(QSettings(str(tmp_path / "juryapp.ini"), QSettings.Format.IniFormat))
    restored = _deliberation(again, qtbot)
    sizes = restored.splitter.sizes()
    assert sizes[0] / sum(sizes) == pytest.approx(0.5, abs=0.05)
    # The share holds when the window changes size, within what the decision needs.
    again.resize(1366, 700)
    qtbot.wait(50)
    sizes = restored.splitter.sizes()
    assert sizes[0] / sum(sizes) == pytest.approx(0.5, abs=0.05)


# -- the evaluation grid: the competencies first ----------------------------------------------------


def _grid(window: MainWindow, qtbot, ccp: str = "CCP1"):  # noqa: ANN001, ANN202
    from juryapp.gui.main_window import EVALUATION_TAB

    window.select_candidate("C02")
    window.tabs.setCurrentIndex(EVALUATION_TAB)
    panel = window.evaluation_panel
    panel.tabs.setCurrentWidget(panel.ccp_tab(ccp))
    qtbot.wait(50)
    return panel.ccp_tab(ccp)


def _lines_needed(text: str, font: QFont, width: int) -> int:
    from PySide6.QtCore import QRect

    metrics = QFontMetrics(font)
    box = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
    return round(box.height() / metrics.lineSpacing())


@pytest.mark.parametrize("ccp", ["CCP1", "CCP2"])
def test_at_1366x768_the_competencies_are_read_whole(context, qtbot, ccp):
    from juryapp.gui.evaluation_grid import COMPETENCY, FIRST_ASSESSMENT

    lines_shown = 2  # a row holds two lines of text

    window = _window(context, qtbot)
    tab = _grid(window, qtbot, ccp)
    view, model = tab.view, tab.model
    header = view.horizontalHeader()
    text_width = header.sectionSize(COMPETENCY) - 2 * 4  # the cell's margins
    for row in range(model.rowCount()):
        name = model.index(row, COMPETENCY).data()
        assert _lines_needed(name, view.font(), text_width) <= lines_shown, name
    # The épreuves share the rest, each still wide enough for a mark.
    for column in range(FIRST_ASSESSMENT, header.count()):
        assert header.sectionSize(column) >= view.fontMetrics().averageCharWidth() * 12
    assert header.length() <= view.viewport().width()


def test_at_200_percent_text_a_cut_competency_is_whole_in_its_tooltip_and_accessible_text(context, qtbot, qapp):
    from juryapp.gui.evaluation_grid import COMPETENCY

    with doubled_text(qapp):
        window = _window(context, qtbot)
        tab = _grid(window, qtbot)
        view, model = tab.view, tab.model
        header = view.horizontalHeader()
        assert header.sectionSize(COMPETENCY) >= 0.4 * view.viewport().width()  # the names come first
        assert header.length() <= view.viewport().width()
        row = next(r for r in range(model.rowCount()) if model.competency_at(r).code == "CP4")
        competency = model.competency_at(row)
        index = model.index(row, COMPETENCY)
        assert competency.name in index.data(Qt.ItemDataRole.ToolTipRole)
        assert competency.name in index.data(Qt.ItemDataRole.AccessibleTextRole)
        from juryapp.gui.evaluation_grid import UNVERIFIED_FLAG, _lines

        # Cut, the name ends with « … » and keeps its « ⚠ » (not confirmed by an official source).
        lines = _lines(index.data(), view.font(), header.sectionSize(COMPETENCY) // 3, 2, UNVERIFIED_FLAG)
        assert len(lines) == 2 and lines[-1].endswith("…" + UNVERIFIED_FLAG)


# -- the centre's preferences: grouped, and on screen ------------------------------------------------


def _preferences(qtbot):  # noqa: ANN202
    from juryapp.gui.documents_menu import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_preferences_are_grouped_by_theme(qtbot):
    from PySide6.QtWidgets import QGroupBox

    from juryapp.settings import OPTIONS

    dialog = _preferences(qtbot)
    titles = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert titles == ["Impression des documents", "Sauvegardes automatiques", "Archive du centre"]
    placed = {
        key: box.title()
        for box in dialog.findChildren(QGroupBox)
        for key in dialog.editors
        if box.isAncestorOf(dialog.editors[key])
    }
    assert set(placed) == {option.key for option in OPTIONS}  # every option in exactly one group
    assert placed["backup_keep"] == "Sauvegardes automatiques" and placed["printer_offset_y_mm"].startswith(
        "Impression"
    )


def test_at_200_percent_text_the_preferences_fit_the_screen_and_their_buttons_stay_in_sight(qtbot, qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from juryapp.gui.dialog_common import room_on_screen

    with doubled_text(qapp):
        dialog = _preferences(qtbot)
        room = room_on_screen(dialog)
        assert room is not None
        assert dialog.width() <= room.width() and dialog.height() <= room.height()
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        corner = save.mapTo(dialog, save.rect().bottomRight())
        assert save.isVisible() and dialog.rect().contains(corner)
        for editor in dialog.editors.values():  # every field reachable, scrolling if need be
            dialog.scroll_area.ensureWidgetVisible(editor)
            assert editor.visibleRegion().boundingRect().height() > 0


SCALED_PREFERENCES = """
import json, sys
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox
app = QApplication([])
font = QFont(app.font()); font.setPointSizeF(font.pointSizeF() * float(sys.argv[1])); app.setFont(font)
from juryapp.gui.documents_menu import SettingsDialog
dialog = SettingsDialog()
dialog.show()
app.processEvents()
screen = dialog.screen().availableGeometry()
frame = dialog.frameGeometry()
save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
corner = save.mapToGlobal(save.rect().bottomRight())
print(json.dumps({
    "ratio": dialog.devicePixelRatioF(),
    "screen": [screen.width(), screen.height()],
    "size": [dialog.width(), dialog.height()],
    "save": [corner.x(), corner.y()],
}))
"""


@pytest.mark.parametrize("text", [1, 1.5])
def test_with_qt_scale_factor_2_on_a_1366x768_laptop_the_preferences_fit(tmp_path, text):
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 2732, "height": 1536, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", SCALED_PREFERENCES, str(text)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == 2.0 and seen["screen"] == [1366, 768]
    assert seen["size"][0] <= 1366 and seen["size"][1] <= 768
    assert 0 <= seen["save"][0] <= 1366 and 0 <= seen["save"][1] <= 768
