"""The window's part of a session file that cannot be lost, overwritten or forged (issue 9).

Read-only windows (another process writes, a read-only file), changes made under the window
(a commit by another connection, the file replaced or deleted), « Enregistrer une copie… »,
« Restaurer une sauvegarde… », a failing backup, an altered file, the backup preferences.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import make_read_only, sign_off_demo
from PySide6.QtWidgets import QMessageBox, QSpinBox
from test_gui_evaluation import assert_screenshot, layout_problems

from juryapp import operations
from juryapp.demo import demo_session_document
from juryapp.gui import documents_menu
from juryapp.gui.app import OPEN_WINDOWS, open_main_window
from juryapp.gui.backups_dialog import BackupsDialog
from juryapp.gui.context import SessionContext
from juryapp.gui.main_window import MainWindow
from juryapp.operations import files, integrity
from juryapp.settings import Settings
from juryapp.storage.store import SessionStore

needs_posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
JURORS = ["J1", "J2"]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jury"
    files.import_session_document(demo_session_document("titre"), path, actor="démonstration")
    return path


@pytest.fixture
def open_window(qtbot):
    """Opens a window on a file as the application does; windows and files closed at the end."""
    windows: list[MainWindow] = []

    def make(path: Path, interval_ms: int = 60_000) -> MainWindow:
        opened = files.open_session(path)
        window = MainWindow(SessionContext(opened.store), watch_interval_ms=interval_ms)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        windows.append(window)
        # The file is checked once the window is on screen.
        qtbot.waitUntil(lambda: window.context.integrity is not None, timeout=5000)
        return window

    yield make
    for window in windows:
        window.close()
        window.context.close()


class Writer:
    """Another process holding the file for writing, recording attendance when told to."""

    SCRIPT = textwrap.dedent(
        """
        import sys
        from juryapp import operations
        from juryapp.storage.store import SessionStore
        store = SessionStore.open(sys.argv[1], purpose="fenêtre juryapp")
        print("held", flush=True)
        for line in sys.stdin:
            if not line.strip():
                break
            ref, attendance = line.split()
            operations.set_attendance(store, ref, attendance, actor="Autre poste")
            print("done", flush=True)
        store.close()
        """
    )

    def __init__(self, path: Path) -> None:
        self.child = subprocess.Popen(
            [sys.executable, "-c", self.SCRIPT, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )
        assert self._read() == "held"

    def _read(self) -> str:
        assert self.child.stdout is not None
        return self.child.stdout.readline().strip()

    def set_attendance(self, ref: str, attendance: str) -> None:
        assert self.child.stdin is not None
        self.child.stdin.write(f"{ref} {attendance}\n")
        self.child.stdin.flush()
        assert self._read() == "done"

    def stop(self) -> None:
        if self.child.poll() is None:
            assert self.child.stdin is not None
            self.child.stdin.write("\n")
            self.child.stdin.flush()
            self.child.wait(timeout=30)


@pytest.fixture
def writer(demo: Path):
    held = Writer(demo)
    yield held
    held.stop()


@pytest.fixture
def read_only_file(demo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo file made read-only (mode 0400; as root, who writes anyway, said read-only)."""
    return make_read_only(demo, monkeypatch)


def warnings_shown(monkeypatch: pytest.MonkeyPatch, *modules: str) -> list[str]:
    """QMessageBox.warning replaced, in `modules`, by a recorder of the texts shown."""
    shown: list[str] = []

    def record(_parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN202
        shown.append(f"{title} : {text}")
        return QMessageBox.StandardButton.Ok

    for module in modules:
        monkeypatch.setattr(f"{module}.QMessageBox.warning", record)
    return shown


def attendance(window: MainWindow, ref: str) -> str:
    return window.context.state.data.candidate(ref).attendance


def results_of(window: MainWindow, ref: str) -> list[str]:
    return sorted(r.ccp for r in window.context.state.data.results if r.candidate == ref)


# -- read-only windows ---------------------------------------------------------------------------


def test_a_file_another_process_writes_opens_read_only_naming_it_and_refuses_writes(
    demo: Path, writer: Writer, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = demo.read_bytes()
    window = open_main_window(demo)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        context = window.context
        assert context.read_only and context.store.holder is not None
        assert context.store.holder.pid == writer.child.pid
        assert window.banner.read_only_row.isVisible()
        banner = window.banner.read_only_label.text()
        assert f"processus {writer.child.pid}" in banner and "Ouvert en écriture par" in banner
        assert "Aucune modification ne sera enregistrée" in banner
        assert window.windowTitle().endswith("(lecture seule)")
        assert "Lecture seule" in window.statusBar().currentMessage()
        assert window.banner.reopen_button.isVisible() and layout_problems(window.banner) == []
        assert_screenshot(window.banner, tmp_path / "bandeau-lecture-seule.png")
        assert_screenshot(window, tmp_path / "fenetre-lecture-seule.png")

        actions = window.window_actions
        for name in ("sign_off", "issuer", "print_all", "present", "absent", "excused", "undo"):
            assert not actions[name].isEnabled(), name
        for name in ("export", "save_copy", "preview", "verify", "open", "restore_backup"):
            assert actions[name].isEnabled(), name

        # Every write is refused, in French, before anything is asked.
        with qtbot.waitSignal(context.error) as refused:
            assert context.apply(operations.set_attendance, "C04", "absent") is None
        assert "lecture seule" in refused.args[0] and "rien n'a été enregistré" in refused.args[0]
        assert "lecture seule" in window.statusBar().currentMessage()
        window.select_candidate("C04")
        window.set_attendance("absent")
        assert context.apply(operations.record_result, "C04", "CCP1", "acquis", JURORS) is None
        assert attendance(window, "C04") == "present"

        # Results, export, preview still work.
        assert context.state.outcomes["C01"] is not None
        target = tmp_path / "export.json"
        monkeypatch.setattr("juryapp.gui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
        window.export_json()
        assert json.loads(target.read_text(encoding="utf-8"))["session"]["ref"]
        preview = documents_menu.preview_dialog(context, "C01", window)
        qtbot.addWidget(preview)
        assert preview.chooser.count() > 0
        preview.close()
    finally:
        window.close()
        window.context.close()
        OPEN_WINDOWS.remove(window)
    assert demo.read_bytes() == before


def test_a_read_only_window_follows_what_the_writer_records(demo: Path, writer: Writer, open_window, qtbot) -> None:
    window = open_window(demo, interval_ms=50)
    assert window.context.read_only and attendance(window, "C04") == "present"
    writer.set_attendance("C04", "absent")
    qtbot.waitUntil(lambda: attendance(window, "C04") == "absent", timeout=5000)
    assert "Session relue" in window.statusBar().currentMessage()
    assert window.context.integrity is not None and window.context.integrity.sound
    assert not window.banner.altered_label.isVisible()
    assert window.model.index(window.model.row_of("C04"), 1).data() is not None


def test_once_the_writer_has_closed_the_window_reopens_for_writing(demo: Path, writer: Writer, open_window) -> None:
    window = open_window(demo)
    assert window.context.read_only
    writer.stop()
    window.banner.reopen_button.click()
    assert not window.context.read_only
    assert not window.banner.isVisible()
    assert "(lecture seule)" not in window.windowTitle()
    assert window.window_actions["sign_off"].isEnabled()
    assert window.context.apply(operations.set_attendance, "C04", "absent") is not None


@needs_posix
def test_a_read_only_file_opens_read_only_with_its_banner(read_only_file: Path, open_window, tmp_path: Path) -> None:
    before = read_only_file.read_bytes()
    window = open_window(read_only_file)
    assert window.context.read_only
    assert "Fichier en lecture seule." in window.banner.read_only_label.text()
    assert window.windowTitle().endswith("(lecture seule)")
    assert not window.window_actions["issuer"].isEnabled()
    assert window.context.apply(operations.set_attendance, "C04", "absent") is None
    assert_screenshot(window, tmp_path / "fichier-lecture-seule.png")
    assert read_only_file.read_bytes() == before


def test_the_banners_fit_1366x768_at_200_percent_text(demo: Path, writer: Writer, open_window, qtbot, qapp) -> None:
    from PySide6.QtGui import QFont

    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        window = open_window(demo)
        window.context.integrity.problems.append("table « results » : ligne ajoutée hors de juryapp")
        window.context.file_state_changed.emit()
        assert window.banner.altered_label.isVisible() and window.banner.read_only_row.isVisible()
        qapp.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, hint
    finally:
        qapp.setFont(original)


# -- changes made under the window ---------------------------------------------------------------


def test_a_commit_by_another_connection_is_read_again_and_an_unchained_one_is_shown_altered(
    demo: Path, open_window, qtbot
) -> None:
    window = open_window(demo)
    assert not window.context.read_only and not window.banner.isVisible()
    window.file_watch.check()
    assert attendance(window, "C04") == "present"  # nothing changed: nothing read again
    conn = sqlite3.connect(demo)
    try:
        conn.execute(
            "INSERT INTO attendance (candidate, attendance, recorded_at, recorded_by) "
            "VALUES ('C04', 'absent', '2026-12-07T10:00:00', 'sqlite3')"
        )
        conn.commit()
    finally:
        conn.close()
    with qtbot.waitSignal(window.file_watch.reloaded, timeout=1000):
        window.file_watch.check()
    assert attendance(window, "C04") == "absent"
    assert "Session relue" in window.statusBar().currentMessage()
    # Written without juryapp, the row is not in the chain: the file says so, in red.
    assert window.context.altered and window.banner.altered_label.isVisible()
    assert "Fichier modifié hors de juryapp" in window.banner.altered_label.text()
    assert "aucun document définitif ne sera délivré" in window.banner.altered_label.text()


def test_a_file_replaced_under_the_window_makes_it_read_only_and_it_never_writes_there(
    demo: Path, open_window, qtbot, tmp_path: Path
) -> None:
    window = open_window(demo, interval_ms=50)
    other = tmp_path / "other.jury"
    files.import_session_document(demo_session_document("titre"), other, actor="autre")
    with SessionStore.open(other) as store:
        operations.set_attendance(store, "C07", "excused", actor="autre")
    os.replace(other, demo)
    replaced = demo.read_bytes()
    qtbot.waitUntil(lambda: window.context.read_only, timeout=5000)
    assert window.context.replaced_reason == "remplacé"
    assert "remplacé par un autre programme" in window.banner.read_only_label.text()
    assert window.windowTitle().endswith("(lecture seule)")
    assert window.notice_box is not None and "remplacé" in window.notice_box.text()
    assert window.context.apply(operations.set_attendance, "C04", "absent") is None
    assert "rien n'a été enregistré" in window.context.last_error
    assert demo.read_bytes() == replaced
    window.notice_box.close()
    # Reopened, the window works on the file now in place.
    window.reopen()
    assert not window.context.read_only and attendance(window, "C07") == "excused"
    assert window.context.apply(operations.set_attendance, "C04", "absent") is not None


def test_a_write_right_after_the_file_was_replaced_is_refused_before_the_timer_sees_it(
    demo: Path, open_window, tmp_path: Path
) -> None:
    window = open_window(demo)  # the timer will not look for a minute
    other = tmp_path / "other.jury"
    files.import_session_document(demo_session_document("titre"), other, actor="autre")
    os.replace(other, demo)
    replaced = demo.read_bytes()
    assert window.context.apply(operations.set_attendance, "C04", "absent") is None
    assert window.context.read_only and demo.read_bytes() == replaced


def test_a_file_deleted_under_the_window_is_said_deleted(demo: Path, open_window) -> None:
    window = open_window(demo)
    demo.unlink()
    window.file_watch.check()
    assert window.context.read_only and window.context.replaced_reason == "supprimé ou déplacé"
    assert "supprimé ou déplacé" in window.banner.read_only_label.text()
    assert not demo.exists()


# -- copy, backups, restore ----------------------------------------------------------------------


def test_save_copy_writes_a_sound_file_with_the_latest_decision(
    demo: Path, open_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(demo)
    assert window.context.apply(operations.record_result, "C04", "CCP1", "acquis", JURORS) is not None
    with qtbot.assertNotEmitted(window.file_watch.reloaded):  # its own writes (and backup) are not news
        window.file_watch.check()
    target = tmp_path / "copie.jury"
    monkeypatch.setattr("juryapp.gui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    window.window_actions["save_copy"].trigger()
    assert integrity.check_file(target).sound
    with SessionStore.open(target, write=False) as copy:
        assert [r.ccp for r in copy.snapshot().results if r.candidate == "C04"] == ["CCP1"]
    assert "Copie de la session enregistrée" in window.statusBar().currentMessage()
    shown = warnings_shown(monkeypatch, "juryapp.gui.main_window")
    assert window.save_copy(tmp_path / "missing" / "copie.jury") is None
    assert window.save_copy(demo) is None
    assert len(shown) == 2 and all(text.startswith("Copie impossible : ") for text in shown)
    assert "ne peut pas remplacer le fichier ouvert" in shown[1]


def test_the_restore_dialog_lists_backups_newest_first_and_restores_one(
    demo: Path, open_window, qtbot, tmp_path: Path
) -> None:
    window = open_window(demo)
    context = window.context
    context.apply(operations.record_result, "C04", "CCP1", "acquis", JURORS)
    context.apply(operations.record_result, "C04", "CCP2", "acquis", JURORS)
    assert results_of(window, "C04") == ["CCP1", "CCP2"]
    dialog = BackupsDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.topLevelItemCount() == 2
    rows = [[dialog.list.topLevelItem(i).text(c) for c in range(3)] for i in range(2)]
    assert all(row[1] == "après une décision" and "candidats" in row[2] and "décisions" in row[2] for row in rows)
    assert dialog.backups[0].taken_at > dialog.backups[1].taken_at
    assert rows[0][0] == dialog.backups[0].taken_at.strftime("%d/%m/%Y %H:%M:%S")
    assert layout_problems(dialog) == []
    assert_screenshot(dialog, tmp_path / "restaurer.png")
    asked = []
    dialog.confirm = lambda info: asked.append(info) or True
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))  # after CCP1 only
    assert dialog.restore_chosen()
    assert asked and asked[0].path == dialog.restored
    assert results_of(window, "C04") == ["CCP1"]
    assert not context.read_only and context.integrity is not None and context.integrity.sound
    assert not context.can_undo()  # the changes undone belonged to the file replaced
    assert any(b.reason == "restauration" for b in files.backups_of(demo))
    # Still the window's file: writing goes on.
    assert context.apply(operations.record_result, "C04", "CCP2", "acquis", JURORS) is not None
    assert results_of(window, "C04") == ["CCP1", "CCP2"]
    with SessionStore.open(demo, write=False) as store:
        assert sorted(r.ccp for r in store.snapshot().results if r.candidate == "C04") == ["CCP1", "CCP2"]


def test_a_restore_that_fails_reopens_the_file_as_it_was(
    demo: Path, open_window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from juryapp.errors import BadInput

    window = open_window(demo)
    window.context.apply(operations.record_result, "C04", "CCP1", "acquis", JURORS)
    before = demo.read_bytes()

    def refuse(target, backup, policy=None):  # noqa: ANN001, ANN202
        raise BadInput("sauvegarde inutilisable : essai", file=backup)

    monkeypatch.setattr("juryapp.gui.context.restore_backup", refuse)
    shown = warnings_shown(monkeypatch, "juryapp.gui.backups_dialog")
    dialog = BackupsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda info: True
    assert not dialog.restore_chosen()
    assert len(shown) == 1 and "sauvegarde inutilisable : essai" in shown[0] and "resté tel qu'il était" in shown[0]
    assert not window.context.read_only and results_of(window, "C04") == ["CCP1"]
    assert demo.read_bytes() == before
    assert window.context.apply(operations.record_result, "C04", "CCP2", "acquis", JURORS) is not None


def test_nothing_is_restored_without_a_confirmation(demo: Path, open_window, qtbot) -> None:
    window = open_window(demo)
    window.context.apply(operations.record_result, "C04", "CCP1", "acquis", JURORS)
    dialog = BackupsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda info: False
    assert not dialog.restore_chosen()
    assert results_of(window, "C04") == ["CCP1"]


def test_a_failing_backup_is_said_in_the_status_bar_and_once_in_a_box(
    demo: Path, open_window, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    (data_dir / "settings.json").write_text(json.dumps({"backup_dir": str(blocked / "sub")}), encoding="utf-8")
    window = open_window(demo)
    boxes = []
    monkeypatch.setattr(window, "_show_notice", lambda title, text: boxes.append((title, text)))
    assert window.context.apply(operations.record_result, "C04", "CCP1", "acquis", JURORS) is not None
    message = window.statusBar().currentMessage()
    assert "Sauvegarde automatique impossible" in message and "la décision est bien enregistrée" in message
    assert window.context.apply(operations.record_result, "C04", "CCP2", "acquis", JURORS) is not None
    assert len(boxes) == 1 and "sauvegardes automatiques échouent" in boxes[0][1]
    assert results_of(window, "C04") == ["CCP1", "CCP2"]


# -- an altered file -----------------------------------------------------------------------------


def test_an_altered_file_shows_the_red_banner_and_gives_no_final_document(demo: Path, open_window, qtbot) -> None:
    with SessionStore.open(demo) as store:
        sign_off_demo(store)
    conn = sqlite3.connect(demo)
    try:
        conn.execute("DROP TRIGGER title_decisions_no_update")
        conn.execute("UPDATE title_decisions SET decision = 'awarded', justification = '' WHERE candidate = 'C03'")
        conn.commit()
    finally:
        conn.close()
    window = open_window(demo)
    assert window.context.altered
    text = window.banner.altered_label.text()
    assert window.banner.altered_label.isVisible() and not window.banner.read_only_row.isVisible()
    assert "Fichier modifié hors de juryapp" in text and "title_decisions_no_update" in text
    preview = documents_menu.preview_dialog(window.context, "C01", window)
    qtbot.addWidget(preview)
    finals = [i for i, d in enumerate(preview._documents) if d.data.meta.kind == "parchemin"]
    assert finals
    preview.chooser.setCurrentIndex(finals[0])
    assert not preview.print_button.isEnabled()
    assert "modifié hors de juryapp" in preview.print_button.toolTip()


# -- preferences ---------------------------------------------------------------------------------


def test_the_backup_preferences_are_a_whole_number_and_a_folder(qapp, qtbot, data_dir: Path, tmp_path: Path) -> None:
    dialog = documents_menu.SettingsDialog()
    qtbot.addWidget(dialog)
    keep = dialog.editors["backup_keep"]
    assert isinstance(keep, QSpinBox) and keep.value() == 20 and keep.minimum() == 1
    keep.setValue(7)
    dialog.editors["backup_dir"].setText(str(tmp_path / "sauvegardes"))
    dialog._save()
    saved = Settings.load()
    assert saved["backup_keep"] == 7 and isinstance(saved["backup_keep"], int)
    assert saved["backup_dir"] == str(tmp_path / "sauvegardes")
    assert documents_menu.SettingsDialog().editors["backup_keep"].value() == 7


def test_a_full_disk_during_an_edit_is_a_french_refusal_not_a_crash(demo: Path, open_window, monkeypatch) -> None:
    window = open_window(demo)
    context = window.context
    before = demo.read_bytes()

    def full(*args, **kwargs):  # noqa: ANN002, ANN003
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(context.store.db, "atomic", full)
    seen: list[str] = []
    context.error.connect(seen.append)
    change = context.apply(operations.record_observation, "C01", "CCP1", "mise_en_situation", "Bien")
    assert change is None
    assert seen and "plus de place sur le disque" in seen[-1] and "rien n'a été enregistré" in seen[-1]
    assert demo.read_bytes() == before
