"""The first main window: candidate model, filter, candidate file, session header."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.gui.candidate_model import (
    ATTENDANCE,
    OUTCOME,
    CandidateFilterModel,
    CandidateRefRole,
    CandidateTableModel,
)
from juryapp.gui.context import SessionContext
from juryapp.gui.main_window import MainWindow
from juryapp.storage.store import SessionStore


@pytest.fixture
def context(tmp_path, qapp):
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    ctx = SessionContext(SessionStore.open(path))
    yield ctx
    ctx.close()


def test_candidate_model_passes_the_model_tester(context, qtbot):
    model = CandidateTableModel(context)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    proxy = CandidateFilterModel()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == len(context.state.data.candidates)
    proxy.set_needle("ndiaye")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(CandidateRefRole) == "C04"


def test_outcome_column_has_text_not_only_colour(context):
    model = CandidateTableModel(context)
    texts = {model.index(r, 0).data(CandidateRefRole): model.index(r, OUTCOME).data() for r in range(model.rowCount())}
    assert "Parchemin" in texts["C01"]
    assert "Livret" in texts["C02"]
    assert "Bloqué" in texts["C05"]
    assert "Absent" in texts["C06"]
    row = model.row_of("C05")
    assert model.index(row, OUTCOME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "VAE_NO_ADMISSIBILITY" in model.index(row, OUTCOME).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(model.row_of("C06"), ATTENDANCE).data() == "Absent"


def test_filter_ignores_accents_and_case(context):
    model = CandidateTableModel(context)
    proxy = CandidateFilterModel()
    proxy.setSourceModel(model)
    proxy.set_needle("THERESE")
    assert [proxy.index(r, 0).data(CandidateRefRole) for r in range(proxy.rowCount())] == ["C06"]
    proxy.set_needle("bloqué")
    assert proxy.rowCount() == 1


def test_main_window_lists_candidates_and_shows_the_file(context, qtbot):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.proxy.rowCount() == 10
    assert window.select_candidate("C05")
    html = window.file_panel.html()
    assert "Recevabilité VAE absente" in html
    assert "MOREAU" in html
    qtbot.keyClicks(window.filter_edit, "benali")
    assert window.proxy.rowCount() == 1
    assert "1 candidat(s) affiché(s) sur 10" in window.count_label.text()
    assert "non vérifié" in window.header.warnings_text()


def test_model_follows_a_change_in_the_store(context, qtbot):
    model = CandidateTableModel(context)
    row = model.row_of("C04")
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        context.store.set_attendance("C04", "absent", actor="test")
        context.reload()
    assert model.index(row, ATTENDANCE).data() == "Absent"


def test_window_fits_1366x768_even_at_200_percent_text(context, qtbot, qapp):
    from PySide6.QtGui import QFont

    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        for ref, tab in (("C02", 1), ("C04", 2), ("C02", 3), ("C01", 4)):
            window.select_candidate(ref)
            window.tabs.setCurrentIndex(tab)
            qapp.processEvents()
            hint = window.minimumSizeHint()
            assert hint.width() <= 1366 and hint.height() <= 768, (tab, hint)
        assert window.size().width() <= 1366 and window.size().height() <= 768
    finally:
        qapp.setFont(original)


def test_keyboard_shortcuts_reach_every_panel_and_candidate(context, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.select_candidate("C01")
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.current_ref() == "C02"
    for number in range(1, 6):
        target = QApplication.focusWidget() or window
        QTest.keyClick(target, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number - 1
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert context.state.data.candidate("C02").attendance == "absent"
    QTest.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert context.state.data.candidate("C02").attendance == "present"
    QTest.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_edit.hasFocus()
    shortcuts = [a.shortcut().toString() for a in window.window_actions.by_name.values()]
    assert "Ctrl+Z" in shortcuts and "Ctrl+Shift+C" in shortcuts


class _MemorySettings:
    values: dict = {}

    def value(self, key, default=None):
        return self.values.get(key, default)

    def setValue(self, key, value):  # noqa: N802 - QSettings' name
        self.values[key] = value


def test_the_person_typing_is_recorded_with_each_version(context, qtbot, monkeypatch):
    from juryapp import operations
    from juryapp.gui.operator_dialog import OperatorDialog

    window = MainWindow(context)
    qtbot.addWidget(window)

    def choose(dialog):
        dialog.names.setCurrentIndex(0)
        return 1

    monkeypatch.setattr(OperatorDialog, "exec", choose)
    monkeypatch.setattr("juryapp.gui.main_window.QSettings", _MemorySettings)
    window.choose_operator()
    assert context.actor == "Claire Fontaine-Dumas"
    assert "Claire Fontaine-Dumas" in window.operator_label.text()
    context.apply(operations.set_attendance, "C07", "absent")
    attendance = [v for v in context.store.history("C07") if v.table == "attendance"]
    assert attendance[-1].values["attendance"] == "absent"
    assert attendance[-1].recorded_by == "Claire Fontaine-Dumas"


HEAVY = ("reportlab", "pypdf", "pypdfium2", "cryptography")


def test_the_window_starts_without_the_renderers_nor_the_cryptography():
    """The application layer imports them when a document or a key is asked for, not before."""
    code = (
        "import sys\n"
        "import juryapp.gui.app, juryapp.gui.main_window\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"loaded when the window starts: {done.stdout.strip()}"


def test_the_names_the_window_catches_are_the_core_s_own():
    from juryapp.documents.batch import PrintReport
    from juryapp.documents.centre_keys import KeyEvent, KeyUnavailable
    from juryapp.documents.register import AlreadyIssued
    from juryapp.operations import documents, keys, printing

    assert documents.AlreadyIssued is AlreadyIssued and printing.AlreadyIssued is AlreadyIssued
    assert documents.KeyUnavailable is KeyUnavailable and keys.KeyEvent is KeyEvent
    assert printing.PrintReport is PrintReport
    with pytest.raises(AttributeError):
        documents.NoSuchName  # noqa: B018 - the attribute access is the test
