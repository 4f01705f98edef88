"""A print into a folder stopped by the user (DOMAIN.md §8): stopped before any document, halfway,
or once every file is in place but before the register is written, it leaves no file (the files
it would have replaced are back, byte for byte), no staging folder, and the register unchanged;
the next print gives originals."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import sign_off_demo
from pypdf import PdfReader

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.documents import batch
from juryapp.documents.centre_key_acts import create_centre_key
from juryapp.operations import printing
from juryapp.storage.store import SessionStore

ACTOR = "Claire Fontaine-Dumas"
OLD = {"parchemin-C01.pdf": b"%PDF-1.4 old parchemin", "notes.txt": b"mes notes"}


@pytest.fixture
def session_path(tmp_path: Path, data_dir: Path) -> Path:
    create_centre_key(reason="clé des tests")
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    with SessionStore.open(path) as store:
        sign_off_demo(store)
    return path


@pytest.fixture
def store(session_path: Path):
    with SessionStore.open(session_path) as opened:
        yield opened


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder already holding a document of the same name as one printed, and a file of the user's."""
    folder = tmp_path / "documents"
    folder.mkdir()
    for name, data in OLD.items():
        (folder / name).write_bytes(data)
    return folder


def register_state(store: SessionStore) -> tuple:
    return (
        [dict(entry) for entry in store.issued_documents()],
        [dict(key) for key in store.seal_keys()],
        len(store.audit_log()),
    )


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def staging_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(".juryapp-print-"))


def stop_at(call: int) -> tuple[list[int], object]:
    """A `cancelled` that answers True from its `call`-th question on; the questions counted."""
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= call

    return asked, cancelled


def assert_next_print_gives_originals(store: SessionStore, out: Path) -> None:
    report = batch.print_session(store, out, actor=ACTOR)
    assert report.issued > 0 and report.duplicates == 0
    text = " ".join(page.extract_text() or "" for page in PdfReader(out / "parchemin-C01.pdf").pages)
    assert "DUPLICATA" not in text


def documents_due(store: SessionStore) -> int:
    return len(batch.due_and_issued(store)[0])


@pytest.mark.parametrize("when", ["before the first", "halfway"])
def test_a_print_stopped_while_rendering_leaves_no_file_and_registers_nothing(store, tmp_path, when) -> None:
    target = tmp_path / "nouveau"  # a folder the print would create
    before = register_state(store)
    total = documents_due(store)
    asked, cancelled = stop_at(1 if when == "before the first" else total // 2)
    seen: list[int] = []
    with pytest.raises(printing.PrintCancelled, match="annulée"):
        batch.print_session(store, target, actor=ACTOR, cancelled=cancelled, progress=lambda d, t, n: seen.append(d))
    assert not target.exists()
    assert staging_leftovers(target) == []
    assert register_state(store) == before
    assert len(seen) == len(asked) - 1  # stopped before the document it would have rendered next
    assert_next_print_gives_originals(store, target)


def test_a_print_stopped_once_the_files_are_in_place_puts_everything_back(store, out) -> None:
    """The last question comes after the files were moved into place, before the register: the
    files are removed, those they replaced come back byte for byte, nothing is registered."""
    before_files, before_register = folder_state(out), register_state(store)
    total = documents_due(store)
    placed: list[set[str]] = []
    real_place = batch._place

    def place_and_look(staging, out_dir, names):  # noqa: ANN001, ANN202 - the real signature
        undo = real_place(staging, out_dir, names)
        placed.append(set(os.listdir(out_dir)))
        return undo

    asked, cancelled = stop_at(total + 2)  # one question per document, one before and one after the move
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batch, "_place", place_and_look)
        with pytest.raises(printing.PrintCancelled):
            batch.print_session(store, out, actor=ACTOR, cancelled=cancelled)
    assert placed and "pv.pdf" in placed[0]  # the files had been moved into place
    assert folder_state(out) == before_files
    assert staging_leftovers(out) == []
    assert register_state(store) == before_register
    assert_next_print_gives_originals(store, out)


def test_a_print_not_stopped_asks_and_registers_as_usual(store, tmp_path) -> None:
    total = documents_due(store)
    asked, cancelled = stop_at(10_000)
    report = batch.print_session(store, tmp_path / "docs", actor=ACTOR, cancelled=cancelled)
    assert report.issued > 0 and (tmp_path / "docs" / "pv.pdf").exists()
    assert len(asked) == total + 2  # before each document, before and after the files are moved


def test_a_print_shared_among_worker_processes_stops_too(store, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(batch, "PARALLEL_FROM", 2)
    monkeypatch.setattr(batch, "CHUNK", 2)
    if batch._workers(40) < 2:
        pytest.skip("one processor, or a process running threads: a print stays in one process")
    before = register_state(store)
    _asked, cancelled = stop_at(3)
    with pytest.raises(printing.PrintCancelled):
        batch.print_session(store, tmp_path / "docs", actor=ACTOR, cancelled=cancelled)
    assert not (tmp_path / "docs").exists() and staging_leftovers(tmp_path / "docs") == []
    assert register_state(store) == before


def test_the_window_worker_stopped_halfway_says_cancelled_and_writes_nothing(session_path, tmp_path, qtbot) -> None:
    from juryapp.gui import documents_menu

    target = tmp_path / "docs"
    with SessionStore.open(session_path, write=False) as reading:
        before = register_state(reading)
    worker = documents_menu.PrintWorker(session_path, target, ACTOR)
    ends: list[str] = []
    worker.progressed.connect(lambda done, total, name: worker.cancel() if done == 3 else None)
    worker.finished.connect(lambda report: ends.append("finished"))
    worker.failed.connect(lambda message: ends.append(f"failed: {message}"))
    worker.cancelled.connect(lambda: ends.append("cancelled"))
    worker.run()
    assert ends == ["cancelled"]
    assert not target.exists() and staging_leftovers(target) == []
    with SessionStore.open(session_path, write=False) as reading:
        assert register_state(reading) == before
