"""A session file that cannot be lost or overwritten (issue 9, points 1–4, 6): locks, atomic
replacement, a complete file when idle, backups, owner-only files, read-only files.

Faults are injected where they happen: a lock held by another process, a disk that fills up
(SQLite's page limit, which fails exactly as a full disk does), a refused rename, a read-only file.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import DEMO_ACTOR, decide_everyone, make_read_only, run_cli, sign_off_demo

from juryapp import operations as ops
from juryapp.cli import main
from juryapp.errors import BadInput, JuryError
from juryapp.operations import files, integrity
from juryapp.storage import store as store_module
from juryapp.storage.backups import BackupPolicy, list_backups
from juryapp.storage.lock import FileBusy, Holder, SessionLock, holder_of, lock_path, owner_path
from juryapp.storage.store import SessionStore

needs_posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and signals")


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    return path


def beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


# -- one writer at a time ------------------------------------------------------------------------


@pytest.fixture
def held_elsewhere(demo: Path):
    """Another process holds the demo file open for writing (as a second window would)."""
    script = textwrap.dedent(
        f"""
        import sys
        from juryapp.storage.store import SessionStore
        store = SessionStore.open({str(demo)!r}, purpose="fenêtre juryapp")
        print("held", flush=True)
        sys.stdin.readline()
        store.close()
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    yield child
    if child.poll() is None:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.flush()
        child.wait(timeout=30)


def test_a_second_writer_is_told_who_holds_the_file(demo: Path, held_elsewhere: subprocess.Popen) -> None:
    holder = holder_of(demo)
    assert holder is not None and holder.pid == held_elsewhere.pid and holder.purpose == "fenêtre juryapp"
    with pytest.raises(FileBusy) as refused:
        SessionStore.open(demo)
    assert f"processus {held_elsewhere.pid}" in str(refused.value) and "fermez-le d'abord" in str(refused.value)
    # The window falls back to reading, and says who writes.
    opened = files.open_session(demo)
    try:
        assert opened.store.read_only and opened.store.holder is not None
        assert any("ouvert en écriture par" in notice for notice in opened.notices)
        with pytest.raises(BadInput, match="lecture seule"):
            ops.record_observation(opened.store, "C01", "CCP1", "mise_en_situation", "x", actor=DEMO_ACTOR)
    finally:
        opened.store.close()


@pytest.mark.parametrize(
    "command",
    [
        ["demo", "{file}", "--replace"],
        ["import", "{json}", "--into", "{file}", "--replace"],
        ["print", "{file}", "--out", "{out}"],
    ],
    ids=["demo", "import", "print"],
)
def test_commands_that_would_write_exit_2_and_touch_nothing(
    demo: Path, held_elsewhere: subprocess.Popen, command: list[str], tmp_path: Path
) -> None:
    exported = tmp_path / "s.json"
    assert main(["export", str(demo), "--to", str(exported)]) == 0
    before = demo.read_bytes()
    listing = beside(demo)
    args = [part.format(file=demo, json=exported, out=tmp_path / "docs") for part in command]
    out = run_cli(*args)
    assert out.returncode == 2, out.stderr
    assert "fichier ouvert en écriture par" in out.stderr and f"processus {held_elsewhere.pid}" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert demo.read_bytes() == before and beside(demo) == listing


def test_reading_commands_work_while_another_process_writes(demo: Path, held_elsewhere, tmp_path: Path) -> None:
    assert run_cli("results", demo, "--json").returncode == 0
    assert run_cli("export", demo, "--to", tmp_path / "s.json").returncode == 0
    assert run_cli("check", demo).returncode == 0


def test_the_same_file_cannot_be_replaced_while_this_process_has_it_open(demo: Path) -> None:
    with SessionStore.open(demo) as store:
        with pytest.raises(FileBusy):
            main_replace = store_module.write_new_session
            main_replace(demo, store.snapshot(), store.referentiels(), replace=True)


@needs_posix
def test_a_lock_left_by_a_killed_process_is_taken_over_saying_so(demo: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    lock_path(demo).write_text("")
    stale = Holder("marie", Holder.me("").host, pid, "2026-12-08T10:15:00", "fenêtre juryapp")
    owner_path(demo).write_text(
        json.dumps({"user": stale.user, "host": stale.host, "pid": pid, "since": stale.since, "purpose": stale.purpose})
    )
    assert stale.process_alive() is False
    assert holder_of(demo) is None  # nobody holds it: the system released the dead process's lock
    opened = files.open_session(demo)
    try:
        assert not opened.store.read_only
        said = " ".join(opened.notices)
        assert "verrou laissé par marie" in said and "arrêt brutal" in said and "repris" in said
    finally:
        opened.store.close()
    assert beside(demo) == ["demo.jury"]


def test_closing_leaves_nothing_beside_the_file(demo: Path) -> None:
    with SessionStore.open(demo) as store:
        assert sorted(beside(demo)) == ["demo.jury", "demo.jury.lock", "demo.jury.lock-owner"]
        ops.record_observation(store, "C01", "CCP1", "mise_en_situation", "Bien", actor=DEMO_ACTOR)
    assert beside(demo) == ["demo.jury"]


# -- create and replace atomically ---------------------------------------------------------------


def _small_disk(monkeypatch: pytest.MonkeyPatch, pages: int) -> None:
    """Every new connection's file may not grow past `pages` pages: SQLite fails as on a full disk."""
    real = store_module._connect

    def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
        conn = real(path, read_only=read_only)
        if not read_only:
            conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(store_module, "_connect", connect)


@pytest.mark.parametrize("pages", [3, 20, 40])
def test_a_full_disk_leaves_the_old_file_as_it_was(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, pages: int
) -> None:
    before = demo.read_bytes()
    _small_disk(monkeypatch, pages)
    assert main(["demo", str(demo), "--replace"]) == 1
    err = capsys.readouterr().err.strip()
    assert "plus de place sur le disque" in err and len(err.splitlines()) == 1 and "Error" not in err
    assert demo.read_bytes() == before and beside(demo) == ["demo.jury"]
    fresh = tmp_path / "new.jury"
    assert main(["demo", str(fresh)]) == 1
    assert not fresh.exists() and beside(demo) == ["demo.jury"]


def test_a_refused_rename_leaves_the_old_file_and_no_temporary(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    before = demo.read_bytes()

    def refuse(src, dst):  # noqa: ANN001 - os.replace's signature
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(store_module.os, "replace", refuse)
    assert main(["demo", str(demo), "--replace"]) == 2
    err = capsys.readouterr().err
    assert "accès refusé" in err and str(demo) in err
    assert demo.read_bytes() == before and beside(demo) == ["demo.jury"]


def test_a_missing_folder_is_bad_input(tmp_path: Path, capsys) -> None:
    assert main(["demo", str(tmp_path / "absent" / "d.jury")]) == 2
    assert "le dossier de destination n'existe pas" in capsys.readouterr().err


def test_a_replaced_file_is_one_complete_sound_file_and_the_old_one_is_backed_up(demo: Path) -> None:
    with SessionStore.open(demo) as store:
        ops.record_observation(store, "C01", "CCP1", "mise_en_situation", "Avant remplacement", actor=DEMO_ACTOR)
    assert main(["demo", str(demo), "--replace"]) == 0
    assert beside(demo) == ["demo.jury"]
    assert integrity.check_file(demo).sound
    (saved,) = [b for b in list_backups(demo, BackupPolicy.default()) if b.reason == "remplacement"]
    with SessionStore.open(saved.path, write=False) as store:
        assert any(e.observation == "Avant remplacement" for e in store.snapshot().evaluations)


# -- the file on disk is complete whenever the window is idle -------------------------------------


def test_a_copy_of_the_file_alone_holds_every_acknowledged_edit(demo: Path, tmp_path: Path) -> None:
    with SessionStore.open(demo) as store:
        ops.record_observation(store, "C01", "CCP1", "mise_en_situation", "Vue par la copie", actor=DEMO_ACTOR)
        # What the file manager copies: the .jury alone, while the window is still open.
        assert not any(name.endswith(("-wal", "-journal", "-shm")) for name in beside(demo))
        copy = tmp_path / "copie.jury"
        shutil.copyfile(demo, copy)
    with SessionStore.open(copy, write=False) as store:
        assert any(e.observation == "Vue par la copie" for e in store.snapshot().evaluations)
    assert integrity.check_file(copy).sound


def test_save_copy_writes_a_consistent_owner_only_copy(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "copie.jury"
    with SessionStore.open(demo) as store:
        ops.record_observation(store, "C01", "CCP1", "mise_en_situation", "Copiée", actor=DEMO_ACTOR)
        files.save_copy(store, target)
        with pytest.raises(BadInput, match="fichier ouvert lui-même"):
            files.save_copy(store, demo)
    assert integrity.check_file(target).sound
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o777 == 0o600


# -- rolling backups -----------------------------------------------------------------------------


def test_each_decision_and_the_sign_off_leave_a_verified_backup(demo: Path, data_dir: Path) -> None:
    with SessionStore.open(demo) as store:
        ops.record_result(store, "C04", "CCP1", "acquis", ["J1", "J2"], actor=DEMO_ACTOR)
        decide_everyone(store)
        sign_off_demo(store)
    found = files.backups_of(demo)
    reasons = [b.reason for b in found]
    assert reasons[0] == "cloture" and "decision" in reasons
    assert all(integrity.check_file(b.path).sound for b in found)
    newest = found[0]
    assert newest.signed_off and newest.candidates > 0 and "session close" in newest.summary()
    if sys.platform != "win32":
        assert newest.path.stat().st_mode & 0o777 == 0o600
        assert newest.path.parent.stat().st_mode & 0o777 == 0o700
    assert newest.path.is_relative_to(data_dir / "sauvegardes")


def test_only_the_last_n_backups_are_kept(demo: Path, data_dir: Path) -> None:
    (data_dir / "settings.json").write_text(json.dumps({"backup_keep": 3}), encoding="utf-8")
    with SessionStore.open(demo) as store:
        for i in range(5):
            decision = "acquis" if i % 2 == 0 else "non_acquis"
            ops.record_result(store, "C04", "CCP1", decision, ["J1", "J2"], "Motif écrit", actor=DEMO_ACTOR)
    assert len(files.backups_of(demo)) == 3


def test_a_backup_folder_of_the_users_choice(demo: Path, data_dir: Path, tmp_path: Path) -> None:
    chosen = tmp_path / "cle-usb" / "sauvegardes"
    (data_dir / "settings.json").write_text(json.dumps({"backup_dir": str(chosen)}), encoding="utf-8")
    with SessionStore.open(demo) as store:
        ops.record_result(store, "C04", "CCP1", "acquis", ["J1", "J2"], actor=DEMO_ACTOR)
    assert [p.suffix for p in chosen.rglob("*.jury")] == [".jury"]


def test_a_failed_backup_never_undoes_the_decision_and_is_said(demo: Path, data_dir: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    (data_dir / "settings.json").write_text(json.dumps({"backup_dir": str(blocked / "sub")}), encoding="utf-8")
    with SessionStore.open(demo) as store:
        change = ops.record_result(store, "C04", "CCP1", "acquis", ["J1", "J2"], actor=DEMO_ACTOR)
        assert "sauvegarde automatique impossible" in change.details["warning"]
        assert [r.ccp for r in store.snapshot().results if r.candidate == "C04"] == ["CCP1"]


def test_restore_puts_a_backup_back_after_backing_up_the_current_file(demo: Path, capsys) -> None:
    with SessionStore.open(demo) as store:
        ops.record_result(store, "C04", "CCP1", "acquis", ["J1", "J2"], actor=DEMO_ACTOR)
        ops.record_result(store, "C04", "CCP2", "acquis", ["J1", "J2"], actor=DEMO_ACTOR)
    first = files.backups_of(demo)[-1]  # after CCP1 only
    assert main(["backups", str(demo)]) == 0
    assert "après une décision" in capsys.readouterr().out
    assert main(["restore", str(demo), str(first.path)]) == 0
    with SessionStore.open(demo, write=False) as store:
        assert [r.ccp for r in store.snapshot().results if r.candidate == "C04"] == ["CCP1"]
    assert any(b.reason == "restauration" for b in files.backups_of(demo))
    assert integrity.check_file(demo).sound


def test_restore_refuses_while_the_file_is_open(demo: Path) -> None:
    with SessionStore.open(demo) as store:
        ops.record_result(store, "C04", "CCP1", "acquis", ["J1", "J2"], actor=DEMO_ACTOR)
        backup = files.backups_of(demo)[0].path
        with pytest.raises(FileBusy):
            files.restore_backup(demo, backup)


# -- owner-only files, read-only files -----------------------------------------------------------


@needs_posix
def test_files_are_created_owner_only_whatever_the_umask(tmp_path: Path, capsys) -> None:
    from juryapp.documents import centre_key_acts

    old = os.umask(0)
    try:
        centre_key_acts.create_centre_key(reason="tests")
        session = tmp_path / "s.jury"
        assert main(["demo", str(session)]) == 0
        with SessionStore.open(session) as store:
            decide_everyone(store)
            sign_off_demo(store)
        assert main(["export", str(session), "--to", str(tmp_path / "s.json")]) == 0
        assert main(["print", str(session), "--out", str(tmp_path / "docs")]) == 0, capsys.readouterr().err
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in tmp_path.rglob("*")}
    assert modes.pop("docs") == 0o700
    assert modes and set(modes.values()) == {0o600}, modes


@pytest.fixture
def read_only(demo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo file made read-only (mode 0400; as root, which writes anyway, as a read-only medium)."""
    return make_read_only(demo, monkeypatch)


@needs_posix
def test_a_read_only_file_opens_read_only_and_reads(read_only: Path, tmp_path: Path, capsys) -> None:
    before = read_only.read_bytes()
    opened = files.open_session(read_only)
    try:
        assert opened.store.read_only_reason == "fichier en lecture seule"
        assert "Lecture seule" in " ".join(opened.notices)
        with pytest.raises(BadInput, match="lecture seule"):
            ops.record_result(opened.store, "C01", "CCP1", "acquis", ["J1", "J2"], actor=DEMO_ACTOR)
    finally:
        opened.store.close()
    assert main(["results", str(read_only), "--json"]) == 0
    assert main(["export", str(read_only), "--to", str(tmp_path / "s.json")]) == 0
    assert main(["check", str(read_only)]) == 0
    capsys.readouterr()
    assert main(["print", str(read_only), "--out", str(tmp_path / "docs")]) == 2
    assert "lecture seule" in capsys.readouterr().err
    assert main(["demo", str(read_only), "--replace"]) == 2
    assert "lecture seule" in capsys.readouterr().err
    assert read_only.read_bytes() == before and beside(read_only) == ["demo.jury", "s.json"]


@needs_posix
def test_a_file_on_a_read_only_medium_in_the_old_wal_format_is_read(demo: Path, tmp_path: Path) -> None:
    """An archive written by an earlier version (WAL mode) on a CD: no journal can be created beside it."""
    conn = sqlite3.connect(demo)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    medium = tmp_path / "cd"
    medium.mkdir()
    archived = medium / "archive.jury"
    shutil.copyfile(demo, archived)
    os.chmod(archived, 0o400)
    os.chmod(medium, 0o500)
    try:
        with SessionStore.open(archived, write=False) as store:
            assert len(store.snapshot().candidates) > 0
        assert integrity.check_file(archived).sound
    finally:
        os.chmod(medium, 0o700)


def test_an_older_file_opened_read_only_is_not_written(tmp_path: Path) -> None:
    from test_migrations import _write_schema_1_file

    path = tmp_path / "old.jury"
    _write_schema_1_file(path)
    before = path.read_bytes()
    report = integrity.check_file(path)
    assert report.sound and any("format 1" in note for note in report.notes)
    with SessionStore.open(path, write=False) as store:
        assert store.snapshot().candidates
    assert path.read_bytes() == before and beside(path) == ["current.jury", "old.jury"]


def test_the_lock_class_refuses_a_second_holder_in_the_same_process(demo: Path) -> None:
    with SessionLock(demo, "premier"):
        with pytest.raises(FileBusy, match="premier"):
            SessionLock(demo, "second").acquire()
    assert beside(demo) == ["demo.jury"]


def test_environment_errors_are_one_french_line(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with SessionStore.open(demo) as store:

        def full(*args, **kwargs):  # noqa: ANN002, ANN003
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(store.db, "atomic", full)
        with pytest.raises(JuryError) as failed:
            ops.record_observation(store, "C01", "CCP1", "mise_en_situation", "x", actor=DEMO_ACTOR)
        assert "plus de place sur le disque" in str(failed.value) and str(demo) in str(failed.value)


def test_a_transaction_sqlite_rolled_back_itself_reports_the_real_cause(demo: Path) -> None:
    """On a full disk SQLite may roll the transaction back itself: the user is told the disk is
    full, never « cannot rollback - no transaction is active »."""
    before = demo.read_bytes()
    with SessionStore.open(demo) as store:
        store.conn.execute(
            "CREATE TEMP TRIGGER full_disk BEFORE INSERT ON main.evaluations "
            "BEGIN SELECT RAISE(ROLLBACK, 'database or disk is full'); END"
        )
        with pytest.raises(JuryError) as failed:
            ops.record_observation(store, "C01", "CCP1", "mise_en_situation", "x", actor=DEMO_ACTOR)
        assert "disk is full" in str(failed.value) and "no transaction" not in str(failed.value)
        assert not store.conn.in_transaction
        store.conn.execute("DROP TRIGGER temp.full_disk")
        ops.record_observation(store, "C01", "CCP1", "mise_en_situation", "Ensuite", actor=DEMO_ACTOR)
    assert demo.read_bytes() != before and integrity.check_file(demo).sound


def test_no_room_for_the_lock_opens_the_window_read_only_saying_why(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from juryapp.storage import lock as lock_module

    def no_room(self):  # noqa: ANN001, ANN202
        raise lock_module.LockUnavailable(self.path, OSError(28, "No space left on device"))

    monkeypatch.setattr(lock_module.SessionLock, "acquire", no_room)
    opened = files.open_session(demo)
    try:
        assert opened.store.read_only
        assert "plus de place sur le disque" in " ".join(opened.notices)
    finally:
        opened.store.close()
