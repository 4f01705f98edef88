"""A print is all or nothing (DOMAIN.md §8, EXCHANGE.md §4): break it at every step — rendering,
sealing, the combined files, moving the Nth file into place, the register's commit — and check
that no file is left, the files it would have replaced are intact byte for byte, the register is
unchanged, and the next print gives originals (not DUPLICATA)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import sign_off_demo
from pypdf import PdfReader

from juryapp import paths
from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.documents import batch, issuing
from juryapp.documents.centre_key_acts import create_centre_key
from juryapp.storage.store import SessionStore

ACTOR = "Claire Fontaine-Dumas"
OLD = {"parchemin-C01.pdf": b"%PDF-1.4 old parchemin", "pv.pdf": b"%PDF-1.4 old pv", "notes.txt": b"mes notes"}


class Broken(RuntimeError):
    """The failure a test injects."""


def sign_off(store: SessionStore) -> None:
    sign_off_demo(store)


@pytest.fixture
def store(tmp_path: Path, data_dir: Path):
    create_centre_key(reason="clé des tests")
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    with SessionStore.open(path) as opened:
        sign_off(opened)
        yield opened


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An output folder already holding files of the same names, and one of the user's."""
    folder = tmp_path / "documents"
    folder.mkdir()
    for name, data in OLD.items():
        (folder / name).write_bytes(data)
    os.utime(folder / "pv.pdf", (1_000_000_000, 1_000_000_000))
    return folder


def failing_on(number: int, real: Callable, *, only: Callable[..., bool] = lambda *a, **k: True) -> Callable:
    """`real`, except that its `number`-th call (among those `only` accepts) raises Broken."""
    calls = {"n": 0}

    def wrapper(*args, **kwargs):
        if only(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == number:
                raise Broken(f"panne simulée à l'appel {number}")
        return real(*args, **kwargs)

    return wrapper


def state(store: SessionStore, out: Path) -> tuple:
    files = {p.name: (p.read_bytes(), p.stat().st_mtime) for p in sorted(out.iterdir())}
    leftovers = sorted(p.name for p in out.parent.iterdir() if p.name.startswith(".juryapp-print-"))
    return files, leftovers, len(store.issued_documents()), len(store.seal_keys()), len(store.audit_log())


def assert_next_print_gives_originals(store: SessionStore, out: Path) -> None:
    # The test's own data folder (conftest) is still the one in use, never the user's real keys.
    assert paths.user_data_dir() == Path(os.environ["JURYAPP_DATA_DIR"]) and "juryapp-data" in str(
        paths.user_data_dir()
    )
    report = batch.print_session(store, out, actor=ACTOR)
    assert report.duplicates == 0 and report.issued > 0
    text = " ".join(page.extract_text() or "" for page in PdfReader(out / "parchemin-C01.pdf").pages)
    assert "DUPLICATA" not in text
    assert (out / "notes.txt").read_bytes() == OLD["notes.txt"]


def documents_count(store: SessionStore) -> int:
    return len(batch.plan(store, batch.Settings.load(), dt.date.today())[1])


@pytest.mark.parametrize("which", ["first", "middle", "last"])
def test_a_rendering_failure_leaves_everything_as_it_was(store, out, monkeypatch, which) -> None:
    total = documents_count(store) - 11  # the pre-session documents were issued: left out
    number = {"first": 1, "middle": total // 2, "last": total}[which]
    before = state(store, out)
    with monkeypatch.context() as patch:  # undoes only this patch, not the autouse data folder
        patch.setattr(issuing, "render_document", failing_on(number, issuing.render_document))
        with pytest.raises(Broken):
            batch.print_session(store, out, actor=ACTOR)
    assert state(store, out) == before
    assert_next_print_gives_originals(store, out)


@pytest.mark.parametrize("number", [1, 7])
def test_a_sealing_failure_leaves_everything_as_it_was(store, out, monkeypatch, number) -> None:
    before = state(store, out)
    with monkeypatch.context() as patch:
        patch.setattr(issuing.DocumentSeal, "sign", failing_on(number, issuing.DocumentSeal.sign))
        with pytest.raises(Broken):
            batch.print_session(store, out, actor=ACTOR)
    assert state(store, out) == before
    assert_next_print_gives_originals(store, out)


def test_a_failure_in_a_worker_process_leaves_everything_as_it_was(store, out, monkeypatch) -> None:
    """A large print is rendered by forked workers: one failing makes the print fail, as a whole."""
    monkeypatch.setattr(batch, "PARALLEL_FROM", 2)
    monkeypatch.setattr(batch, "CHUNK", 3)
    if batch._workers(40) < 2:
        pytest.skip("one processor, or a process running threads: a print stays in one process")
    before = state(store, out)
    real = issuing.render_document

    def broken(data, **options):
        if data.meta.kind == "livret":
            raise Broken("panne simulée sur un livret")
        return real(data, **options)

    with monkeypatch.context() as patch:
        patch.setattr(issuing, "render_document", broken)
        with pytest.raises(Broken):
            batch.print_session(store, out, actor=ACTOR)
    assert state(store, out) == before
    assert_next_print_gives_originals(store, out)


def test_a_combined_file_failure_leaves_everything_as_it_was(store, out, monkeypatch) -> None:
    before = state(store, out)
    with monkeypatch.context() as patch:
        patch.setattr(batch, "combine_pdfs", failing_on(2, batch.combine_pdfs))
        with pytest.raises(Broken):
            batch.print_session(store, out, actor=ACTOR)
    assert state(store, out) == before
    assert_next_print_gives_originals(store, out)


@pytest.mark.parametrize("which", ["first", "replacing", "middle", "last"])
def test_a_move_failing_on_the_nth_file_puts_everything_back(store, out, monkeypatch, which) -> None:
    names = [item.file_name for item in batch.plan(store, batch.Settings.load(), dt.date.today())[1]]
    names = [n for n in names if not n.startswith(("convocation-", "emargement"))] + ["parchemins.pdf", "livrets.pdf"]
    number = {"first": 1, "replacing": names.index("pv.pdf") + 1, "middle": len(names) // 2, "last": len(names)}[which]
    before = state(store, out)
    real = os.replace
    moves = failing_on(number, real, only=lambda source, target: Path(target).parent == out)
    with monkeypatch.context() as patch:
        patch.setattr(batch.os, "replace", moves)
        with pytest.raises(Broken):
            batch.print_session(store, out, actor=ACTOR)
    assert state(store, out) == before
    assert_next_print_gives_originals(store, out)


def test_a_move_failure_into_a_new_folder_leaves_no_folder(store, tmp_path, monkeypatch) -> None:
    target = tmp_path / "nouveau"
    monkeypatch.setattr(batch.os, "replace", failing_on(5, os.replace))
    with pytest.raises(Broken):
        batch.print_session(store, target, actor=ACTOR)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".juryapp-print-")]


@pytest.mark.parametrize("step", ["seal_key", "third_entry", "last_entry"])
def test_a_register_commit_failure_removes_the_files_and_registers_nothing(store, out, monkeypatch, step) -> None:
    before = state(store, out)
    with monkeypatch.context() as patch:
        if step == "seal_key":
            patch.setattr(store, "record_seal_key", failing_on(1, store.record_seal_key))
        else:
            count = documents_count(store) - 11
            number = 3 if step == "third_entry" else count
            patch.setattr(store, "record_issued_document", failing_on(number, store.record_issued_document))
        with pytest.raises(Broken):
            batch.print_session(store, out, actor=ACTOR)
    assert state(store, out) == before
    assert_next_print_gives_originals(store, out)


def test_the_register_is_written_only_after_every_file_is_in_place(store, out, monkeypatch) -> None:
    seen: list[tuple[str, bool]] = []
    real = store.record_issued_document

    def record(kind, candidate, short_code, content, sha256, **kwargs):
        path = out / kwargs["file_name"]
        seen.append((kwargs["file_name"], path.exists() and path.read_bytes() != OLD.get(path.name)))
        return real(kind, candidate, short_code, content, sha256, **kwargs)

    monkeypatch.setattr(store, "record_issued_document", record)
    batch.print_session(store, out, actor=ACTOR)
    assert seen and all(in_place for _name, in_place in seen)
    assert (out / "parchemins.pdf").exists()


def test_a_failing_command_line_print_writes_nothing(tmp_path: Path, cli, data_dir: Path) -> None:
    session = tmp_path / "demo.jury"
    assert cli("demo", session).returncode == 0
    create_centre_key()
    out = tmp_path / "docs"
    out.write_text("pas un dossier")
    done = cli("print", session, "--out", out)
    assert done.returncode == 2 and "n'est pas un dossier" in done.stderr
    with SessionStore.open(session) as opened:
        assert opened.issued_documents() == [] and opened.seal_keys() == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".juryapp-print-")]
