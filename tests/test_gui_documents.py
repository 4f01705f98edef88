"""Documents from the window: preview, verification, the print worker, the centre's preferences."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.documents import batch
from juryapp.gui import documents_menu
from juryapp.gui.context import SessionContext
from juryapp.gui.document_preview import DocumentPreviewDialog, pdf_images
from juryapp.settings import Settings
from juryapp.storage.store import SessionStore


@pytest.fixture
def context(tmp_path, qapp):
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    ctx = SessionContext(SessionStore.open(path), actor="test")
    yield ctx
    ctx.close()


def test_preview_shows_the_candidate_documents_as_drafts(context, qtbot):
    documents = batch.candidate_documents(context.store, "C01") + batch.session_documents(context.store)
    names = [d.file_name for d in documents]
    assert names[:3] == ["convocation-C01.pdf", "fiche-resultats-C01.pdf", "parchemin-C01.pdf"]
    dialog = DocumentPreviewDialog(context, documents)
    qtbot.addWidget(dialog)
    dialog.chooser.setCurrentIndex(2)
    assert "projet" in dialog.chooser.currentText()
    assert "PROJET" in dialog.note.text()
    assert not dialog.pages.pixmap().isNull()


def test_pdf_pages_become_images(context):
    item = batch.session_documents(context.store)[0]
    from juryapp.documents.render import render_document

    images = pdf_images(render_document(item.data), 40)
    assert images and images[0].width() > 100


def test_print_worker_writes_the_session_off_the_gui_thread(context, tmp_path, qtbot):
    worker = documents_menu.PrintWorker(context.path, tmp_path / "docs", "test")
    seen = []
    worker.progressed.connect(lambda done, total, name: seen.append((done, total)))
    with qtbot.waitSignal(worker.finished, timeout=60000) as blocker:
        worker.run()
    report = blocker.args[0]
    assert report.draft and (tmp_path / "docs" / "pv.pdf").exists()
    assert seen and seen[-1][0] == seen[-1][1]


def test_verify_document_says_whether_it_is_genuine(context, tmp_path, monkeypatch, qtbot):
    report = batch.print_session(context.store, tmp_path / "docs", actor="test")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(("ok", args[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(("bad", args[2])))
    convocation = next(p for p in report.files if p.name == "convocation-C01.pdf")
    verdict = documents_menu.verify_document(None, str(convocation))
    assert verdict.startswith("Document authentique")
    draft = next(p for p in report.files if p.name == "parchemin-C01.pdf")
    assert documents_menu.verify_document(None, str(draft)).startswith("Document NON authentique")
    assert [kind for kind, _text in shown] == ["ok", "bad"]


def test_centre_preferences_are_saved(qtbot):
    dialog = documents_menu.SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.editors["signatory_name"].setText("Anne Moulin")
    dialog.editors["printer_offset_x_mm"].setValue(1.5)
    dialog._save()
    settings = Settings.load()
    assert settings["signatory_name"] == "Anne Moulin" and settings.printer_offset == (1.5, 0.0)
