"""Printing a session: drafts before sign-off, sealed and registered finals after, never a wrong parchemin."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from conftest import sign_off_demo
from pypdf import PdfReader

from juryapp import operations as ops
from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.documents import batch
from juryapp.documents.batch import print_session
from juryapp.documents.centre_key_acts import create_centre_key
from juryapp.documents.data import DRAFT_WATERMARK
from juryapp.documents.keys import CentreKey
from juryapp.documents.register import verify_document
from juryapp.documents.seal import verify_pdf
from juryapp.storage.store import SessionStore

ACTOR = "Claire Fontaine-Dumas"
SIGNED_AT = "2026-12-08T18:00:00"


def text_of(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


@pytest.fixture
def centre_key(data_dir) -> CentreKey:
    """The centre's key, made on purpose in this test's own data folder (never made silently)."""
    create_centre_key(reason="clé des tests")
    key = CentreKey.load()
    assert key is not None
    return key


@pytest.fixture
def store(tmp_path, centre_key):
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    with SessionStore.open(path) as opened:
        yield opened


def sign_off(store: SessionStore) -> None:
    sign_off_demo(store, SIGNED_AT)


def test_before_sign_off_every_decision_document_is_a_draft(store, tmp_path, centre_key):
    out = tmp_path / "out"
    report = print_session(store, out, actor=ACTOR)
    assert report.draft and report.issued == len(store.issued_documents()) == 11
    names = {p.name for p in report.files}
    assert {"parchemin-C01.pdf", "livret-C02.pdf", "pv.pdf", "emargement.pdf", "parchemins.pdf", "livrets.pdf"} <= names
    assert {f"convocation-C{n:02d}.pdf" for n in range(1, 11)} <= names
    assert {f"fiche-resultats-C{n:02d}.pdf" for n in range(1, 11)} <= names
    assert "parchemin-C05.pdf" not in names  # blocked: never a parchemin, not even a draft
    assert not any(n.startswith("parchemin-C0") and n != "parchemin-C01.pdf" for n in names)
    assert DRAFT_WATERMARK in text_of(out / "parchemin-C01.pdf")
    assert DRAFT_WATERMARK in text_of(out / "pv.pdf")
    assert not verify_pdf((out / "parchemin-C01.pdf").read_bytes()).ok  # a draft carries no seal
    assert DRAFT_WATERMARK not in text_of(out / "convocation-C01.pdf")
    assert {d["kind"] for d in store.issued_documents()} == {"convocation", "emargement"}
    assert {d["key_fingerprint"] for d in store.issued_documents()} == {centre_key.fingerprint}
    assert [k["fingerprint"] for k in store.seal_keys()] == [centre_key.fingerprint]


def test_after_sign_off_documents_are_sealed_recorded_and_verifiable(store, tmp_path, centre_key):
    sign_off(store)
    out = tmp_path / "final"
    report = print_session(store, out, actor=ACTOR)
    assert not report.draft and report.duplicates == 0
    parchemin = out / "parchemin-C01.pdf"
    text = text_of(parchemin)
    assert DRAFT_WATERMARK not in text
    assert "DURAND" in text and "RNCP39063" in text and "Négociateur technico-commercial" in text
    for word in ("sous réserve", "en cours", "DUPLICATA"):
        assert word.lower() not in text.lower()
    result = verify_pdf(parchemin.read_bytes())
    assert result.ok, result.problems
    entry = store.issued_by_code(result.payload["short_code"])
    assert entry["sha256"] == hashlib.sha256(parchemin.read_bytes()).hexdigest()
    assert entry["key_fingerprint"] == centre_key.fingerprint and entry["file_name"] == "parchemin-C01.pdf"
    assert entry["dated"] == "2026-12-08" and entry["duplicate_number"] == 0 and entry["original_id"] is None
    assert verify_pdf((out / "pv.pdf").read_bytes()).ok


def test_the_qr_code_reads_back_as_the_seal(store, tmp_path):
    import pypdfium2
    import zxingcpp

    sign_off(store)
    print_session(store, tmp_path / "out", actor=ACTOR)
    parchemin = tmp_path / "out" / "parchemin-C01.pdf"
    payload = verify_pdf(parchemin.read_bytes()).payload
    page = pypdfium2.PdfDocument(parchemin.read_bytes())[0].render(scale=150 / 72).to_pil()
    texts = [result.text for result in zxingcpp.read_barcodes(page)]
    assert len(texts) == 1 and texts[0].startswith(f"JURYAPP1:{payload['short_code']}:parchemin:")


def test_a_reprint_asked_for_is_a_duplicate_that_names_the_original(store, tmp_path):
    sign_off(store)
    first = print_session(store, tmp_path / "a", actor=ACTOR)
    original = verify_pdf((tmp_path / "a" / "parchemin-C01.pdf").read_bytes()).payload["short_code"]
    second = print_session(store, tmp_path / "b", actor=ACTOR, duplicata=True)
    assert second.duplicates == first.issued + len(first.skipped)
    reprint = tmp_path / "b" / "parchemin-C01.pdf"
    assert "DUPLICATA" in text_of(reprint) and original in text_of(reprint)
    result = verify_pdf(reprint.read_bytes())
    assert result.ok and result.payload["duplicate_of"] == original


def test_a_blocked_candidate_never_gets_a_parchemin_even_when_awarded(store, tmp_path):
    # C05 is a VAE candidate without admissibility: the jury awarding the title changes nothing.
    try:
        ops.record_final_interview(store, "C05", dt.date(2026, 12, 8), ["J1", "J2"], actor=ACTOR)
        ops.decide(store, "C05", "awarded", ["J1", "J2"], actor=ACTOR)
    except Exception:  # the operations may refuse the award outright: the point is the same
        pass
    sign_off(store)
    report = print_session(store, tmp_path / "out", actor=ACTOR)
    names = {p.name for p in report.files}
    assert "parchemin-C05.pdf" not in names and "livret-C05.pdf" not in names
    assert all(
        d["candidate"] != "C05" or d["kind"] in ("convocation", "fiche_resultats") for d in store.issued_documents()
    )


def test_print_refuses_a_file_as_folder_and_changes_nothing(store, tmp_path):
    target = tmp_path / "not-a-folder"
    target.write_text("x")
    before = len(store.issued_documents())
    with pytest.raises(Exception, match="dossier"):
        print_session(store, target, actor=ACTOR)
    assert target.read_text() == "x" and len(store.issued_documents()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "demo.jury",
        "demo.jury.lock",
        "demo.jury.lock-owner",
        "not-a-folder",
    ]


def test_print_and_verify_through_the_command_line(tmp_path, cli):
    path = tmp_path / "demo.jury"
    assert cli("demo", path).returncode == 0
    assert cli("key", "new", "--reason", "Premier poste du centre").returncode == 0
    done = cli("print", path, "--out", tmp_path / "docs")
    assert done.returncode == 0, done.stderr
    assert "PROJETS" in done.stdout and "11 originaux" in done.stdout
    convocation = tmp_path / "docs" / "convocation-C01.pdf"
    checked = cli("verify", convocation, "--session", path)
    assert checked.returncode == 0, checked.stdout
    assert "authentique" in checked.stdout and "clé du centre" in checked.stdout and "registre" in checked.stdout
    draft = cli("verify", tmp_path / "docs" / "parchemin-C01.pdf")
    assert draft.returncode == 1
    bad = cli("verify", tmp_path / "nothing.pdf")
    assert bad.returncode == 2 and "introuvable" in bad.stderr


def test_a_change_after_sign_off_is_marked_on_the_pv(store, tmp_path):
    sign_off(store)
    ops.decide(
        store,
        "C07",
        "not_awarded",
        ["J1", "J2"],
        "Motivation précisée.",
        actor=ACTOR,
        reason="Erreur de saisie de la motivation",
    )
    print_session(store, tmp_path / "out", actor=ACTOR)
    pv = text_of(tmp_path / "out" / "pv.pdf")
    assert "Erreur de saisie de la motivation" in pv and "C07" in pv


def test_a_missing_issuer_is_reported_against_the_session_file(store, tmp_path, cli):
    """A BadInput found while planning the documents names the session file (EXCHANGE.md §4)."""
    from juryapp.model import Issuer

    sign_off(store)
    ops.set_issuer(store, Issuer("DREETS Auvergne-Rhône-Alpes", "", "Anne Moulin", "Directrice"), actor=ACTOR)
    store.close()
    session = tmp_path / "demo.jury"
    done = cli("print", session, "--out", tmp_path / "docs")
    assert done.returncode == 2, done.stdout + done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"juryapp : {session} : session.issuer.place : à renseigner"), line
    assert not (tmp_path / "docs").exists()


def test_a_large_print_is_shared_among_processes_and_gives_every_document(store, tmp_path, monkeypatch):
    """From PARALLEL_FROM documents on, forked workers render and write them: every document due,
    sealed, registered and verifiable, the combined files made of their pages, in order."""
    monkeypatch.setattr(batch, "PARALLEL_FROM", 2)
    monkeypatch.setattr(batch, "CHUNK", 3)
    if batch._workers(40) < 2:
        pytest.skip("one processor, or a process running threads: a print stays in one process")
    sign_off(store)
    due = [
        item.file_name
        for item, _issue in batch._due(
            batch._issues(store, batch.plan(store, batch.Settings.load(), dt.date.today())[1], duplicata=False)
        )
    ]
    forked = []
    real = batch._from_workers

    def spy(job, workers):
        forked.append(workers)
        yield from real(job, workers)

    monkeypatch.setattr(batch, "_from_workers", spy)
    heard = []
    out = tmp_path / "out"
    report = print_session(store, out, actor=ACTOR, progress=lambda n, total, name: heard.append((n, total, name)))
    assert forked and forked[0] >= 2
    assert [p.name for p in report.files] == [*due, "parchemins.pdf", "livrets.pdf"]
    assert [n for n, _total, _name in heard] == list(range(1, len(due) + 1))
    assert sorted(name for _n, _total, name in heard) == sorted(due)
    assert report.issued == len(store.issued_documents()) == len(due)
    for name in due:
        ok, result, lines = verify_document((out / name).read_bytes(), store)
        assert ok, (name, result.problems, lines)
    for kind, combined in (("parchemin", "parchemins.pdf"), ("livret", "livrets.pdf")):
        singles = [out / name for name in due if name.startswith(f"{kind}-")]
        pages = PdfReader(out / combined).pages
        assert [" ".join((p.extract_text() or "").split()) for p in pages] == [text_of(s) for s in singles]


def test_a_worker_failing_fails_the_whole_large_print(store, tmp_path, monkeypatch):
    """One document failing in a worker process: the print fails as a whole, nothing written or
    registered, and the next print gives originals."""
    from juryapp.documents import issuing

    monkeypatch.setattr(batch, "PARALLEL_FROM", 2)
    monkeypatch.setattr(batch, "CHUNK", 3)
    if batch._workers(40) < 2:
        pytest.skip("one processor, or a process running threads: a print stays in one process")
    sign_off(store)
    registered = len(store.issued_documents())
    real = issuing.render_document

    def broken(data, **options):
        if data.meta.kind == "livret":
            raise RuntimeError("panne simulée sur un livret")
        return real(data, **options)

    out = tmp_path / "out"
    with monkeypatch.context() as patch:
        patch.setattr(issuing, "render_document", broken)
        with pytest.raises(RuntimeError, match="panne simulée"):
            print_session(store, out, actor=ACTOR)
    assert not out.exists() and not list(tmp_path.glob(".juryapp-print-*"))
    assert len(store.issued_documents()) == registered
    report = print_session(store, out, actor=ACTOR)
    assert report.duplicates == 0 and report.issued > 0 and "DUPLICATA" not in text_of(out / "parchemin-C01.pdf")
