"""Printing from the window: the whole session into a folder (progress, « Annuler », « Ouvrir le
dossier »), the chosen documents on a system printer in one dialog and one job, and the preview
of the candidate's decision document with zoom and page navigation."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from conftest import sign_off_demo
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from test_gui_evaluation import assert_screenshot, layout_problems

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.documents import batch, issuing
from juryapp.documents.centre_key_acts import create_centre_key
from juryapp.gui import document_preview, documents_menu
from juryapp.gui.context import SessionContext
from juryapp.gui.page_view import FIT_PAGE, FIT_WIDTH, FIXED
from juryapp.operations import documents
from juryapp.storage.store import SessionStore

LAPTOP = QSize(1366, 768)


@pytest.fixture
def context(tmp_path, qapp, data_dir):
    create_centre_key(reason="clé des tests")
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    ctx = SessionContext(SessionStore.open(path), actor="test")
    yield ctx
    ctx.close()


def register_state(store: SessionStore) -> tuple:
    return len(store.issued_documents()), len(store.seal_keys()), len(store.audit_log())


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def pages_of(pdf: bytes | Path) -> int:
    return len(PdfReader(pdf if isinstance(pdf, Path) else io.BytesIO(pdf)).pages)


def document(context, ref: str, kind: str) -> batch.PlannedDocument:
    return next(d for d in batch.candidate_documents(context.store, ref) if d.data.meta.kind == kind)


# -- the whole session into a folder ------------------------------------------------------------


CLICKED: list[int] = []


class CancellingProgress(QProgressDialog):
    """The progress dialog, whose « Annuler » the user clicks once the third document is reached."""

    def setValue(self, value: int) -> None:  # noqa: N802 - Qt's name
        super().setValue(value)
        if value == 3:
            CLICKED.append(value)
            self.findChild(QPushButton).click()  # « Annuler »


def test_cancelling_the_folder_print_halfway_leaves_no_file_and_registers_nothing(
    context, tmp_path, monkeypatch, qtbot
):
    chosen = tmp_path / "sortie"
    chosen.mkdir()
    before = register_state(context.store)
    monkeypatch.setattr(documents_menu.QFileDialog, "getExistingDirectory", lambda *a: str(chosen))
    made: list[QProgressDialog] = []

    def progress(parent):  # noqa: ANN001, ANN202
        dialog = CancellingProgress(parent)
        made.append(dialog)
        return dialog

    monkeypatch.setattr(documents_menu, "make_folder_progress", progress)
    real_render = issuing.render_document

    def slow_render(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - time for the user to click
        time.sleep(0.1)
        return real_render(*args, **kwargs)

    monkeypatch.setattr(issuing, "render_document", slow_render)
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append((title, text)))
    worker = documents_menu.print_session_to_folder(context, None)
    assert worker is not None
    qtbot.waitUntil(lambda: bool(said), timeout=60000)
    qtbot.waitUntil(lambda: not documents_menu._RUNNING, timeout=10000)
    [(title, text)] = said
    assert title == "Impression annulée" and "aucun fichier écrit" in text and "rien inscrit au registre" in text
    assert len(made) == 1 and CLICKED == [3]
    assert list(chosen.iterdir()) == []  # neither the documents' folder nor a staging folder
    context.reload()
    assert register_state(context.store) == before


def test_the_end_of_a_folder_print_offers_to_open_the_folder(context, tmp_path, monkeypatch, qtbot):
    chosen = tmp_path / "sortie"
    chosen.mkdir()
    monkeypatch.setattr(documents_menu.QFileDialog, "getExistingDirectory", lambda *a: str(chosen))
    opened: list[QUrl] = []
    monkeypatch.setattr(documents_menu.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    shown: list[str] = []

    def click_open_folder(box: QMessageBox) -> int:
        shown.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == "Ouvrir le &dossier"]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open_folder)
    documents_menu.print_session_to_folder(context, None)
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    qtbot.waitUntil(lambda: not documents_menu._RUNNING, timeout=10000)
    folder = chosen / "documents-2026-NTC-042"
    assert (folder / "pv.pdf").exists() and "inscrit(s) au registre" in shown[0]
    assert opened == [QUrl.fromLocalFile(str(folder))]


# -- the system printer: one dialog, one job -----------------------------------------------------


def test_two_documents_go_to_the_printer_in_one_dialog_and_one_job(context, tmp_path, monkeypatch):
    sign_off_demo(context.store)
    chosen = [document(context, "C01", "parchemin"), document(context, "C01", "fiche_resultats")]
    dialogs: list[Path] = []

    def printer(parent):  # noqa: ANN001, ANN202
        dialogs.append(tmp_path / "job.pdf")
        return pdf_printer(tmp_path / "job.pdf")

    monkeypatch.setattr(document_preview, "choose_printer", printer)
    transactions: list[int] = []
    real_register = issuing.register

    def register(store, prepared, *, actor):  # noqa: ANN001, ANN202 - the real signature
        prepared = list(prepared)
        transactions.append(len(prepared))
        return real_register(store, prepared, actor=actor)

    monkeypatch.setattr(issuing, "register", register)
    handed: list[bytes] = []
    real_prepare = document_preview.printing.prepare_document

    def prepare(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        prepared = real_prepare(*args, **kwargs)
        handed.append(prepared.pdf)
        return prepared

    monkeypatch.setattr(document_preview.printing, "prepare_document", prepare)
    done = document_preview.print_documents(context.store, chosen, None, actor="test")
    assert len(dialogs) == 1  # one print dialog for both
    assert done.startswith("2 documents imprimés en un seul travail")
    assert "parchemin-C01.pdf : Imprimé et inscrit au registre : original" in done
    entries = context.store.issued_documents()
    assert sorted(e["kind"] for e in entries) == ["fiche_resultats", "parchemin"]
    assert transactions == [2]  # registered together, in one transaction, once the job was taken
    previews = [pages_of(pdf) for pdf in handed]
    assert pages_of(tmp_path / "job.pdf") == sum(previews) >= 2  # one job: every page of both


def test_cancelling_while_the_documents_are_prepared_prints_and_registers_nothing(context, monkeypatch):
    sign_off_demo(context.store)
    before = register_state(context.store)
    chosen = [document(context, "C01", "parchemin"), document(context, "C01", "fiche_resultats")]
    made: list[QProgressDialog] = []
    real_progress, real_prepare = document_preview.make_progress, document_preview.printing.prepare_document

    def progress(parent, total):  # noqa: ANN001, ANN202
        made.append(real_progress(parent, total))
        return made[-1]

    def prepare_then_cancel(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        prepared = real_prepare(*args, **kwargs)
        made[-1].findChild(QPushButton).click()  # « Annuler », while the first document is sealed
        return prepared

    monkeypatch.setattr(document_preview, "make_progress", progress)
    monkeypatch.setattr(document_preview.printing, "prepare_document", prepare_then_cancel)
    monkeypatch.setattr(document_preview, "choose_printer", lambda parent: pytest.fail("no printer asked for"))
    assert document_preview.print_documents(context.store, chosen, None, actor="test") is None
    assert register_state(context.store) == before


# -- the preview ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("ref", "kind"), [("C01", "parchemin"), ("C02", "livret"), ("C04", "fiche_resultats")])
def test_the_preview_opens_on_the_candidates_decision_document(context, qtbot, ref, kind):
    dialog = documents_menu.preview_dialog(context, ref, None)
    qtbot.addWidget(dialog)
    assert dialog.current().data.meta.kind == kind and dialog.current().data.meta.candidate == ref
    assert dialog.chooser.currentText().startswith(dialog.current().data.meta.label)
    assert not dialog.pages.pixmap().isNull()


def shown_preview(context, qtbot, ref: str = "C01"):
    dialog = documents_menu.preview_dialog(context, ref, None)
    qtbot.addWidget(dialog)
    dialog.resize(LAPTOP)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow(), timeout=2000)
    qtbot.waitUntil(lambda: not dialog.view._resize_timer.isActive(), timeout=2000)  # fitted to its size
    return dialog


def select(dialog, kind: str) -> None:
    dialog.chooser.setCurrentIndex(next(i for i, d in enumerate(dialog._documents) if d.data.meta.kind == kind))


def test_zoom_in_out_and_fit(context, qtbot):
    dialog = shown_preview(context, qtbot)
    view = dialog.view
    assert view.mode == FIT_PAGE and view.fit_page_button.isChecked()
    fitted = view.zoom
    page = view.image.pixmap()
    assert page.height() / page.devicePixelRatio() <= view.area.viewport().height()  # the whole page shows
    view.zoom_in_button.click()
    assert view.mode == FIXED and view.zoom > fitted
    assert view.image.pixmap().width() > page.width()
    assert view.zoom_label.text() == f"{round(view.zoom * 100)} %"
    for _ in range(20):
        view.zoom_in_button.click()
    assert view.zoom == 4.0 and not view.zoom_in_button.isEnabled()
    QTest.keyClick(dialog.chooser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 3.0
    view.fit_width_button.click()
    assert view.mode == FIT_WIDTH and view.zoom > fitted
    QTest.keyClick(dialog.chooser, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.mode == FIT_PAGE and view.zoom == pytest.approx(fitted)


def test_page_navigation_by_buttons_and_keyboard(context, qtbot):
    dialog = shown_preview(context, qtbot)
    select(dialog, "pv")
    view = dialog.view
    count = view.page_count()
    assert count >= 2, "the procès-verbal of ten candidates takes more than one page"
    assert view.page == 0 and view.page_label.text() == f"Page 1 sur {count}" and not view.previous_button.isEnabled()
    first = view.image.pixmap().toImage()
    view.next_button.click()
    assert view.page == 1 and view.page_label.text() == f"Page 2 sur {count}"
    assert view.image.pixmap().toImage() != first
    QTest.keyClick(dialog.chooser, Qt.Key.Key_PageUp)
    assert view.page == 0
    QTest.keyClick(dialog.chooser, Qt.Key.Key_PageDown)
    assert view.page == 1
    QTest.keyClick(dialog.chooser, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.page == count - 1 and not view.next_button.isEnabled()
    QTest.keyClick(dialog.chooser, Qt.Key.Key_PageDown)
    assert view.page == count - 1  # stays on the last page
    QTest.keyClick(dialog.chooser, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.page == 0
    select(dialog, "parchemin")
    assert view.page == 0 and view.page_count() == 1


def test_the_ticked_documents_are_printed_together(context, qtbot, tmp_path, monkeypatch):
    dialog = shown_preview(context, qtbot)
    assert dialog.print_button.text() == "&Imprimer ce document…"
    for kind in ("convocation", "parchemin"):
        row = next(i for i, d in enumerate(dialog._documents) if d.data.meta.kind == kind)
        dialog.chooser.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.print_button.text() == "&Imprimer les 2 documents cochés…"
    asked: list[int] = []
    monkeypatch.setattr(
        document_preview, "choose_printer", lambda parent: asked.append(1) or pdf_printer(tmp_path / "job.pdf")
    )
    dialog.print_button.click()
    assert asked == [1]
    assert dialog.note.text().startswith("2 documents imprimés en un seul travail")
    assert [e["kind"] for e in context.store.issued_documents()] == ["convocation"]  # the draft is not registered
    dialog.check_all_button.click()
    assert len(dialog.chooser.checked_rows()) == dialog.chooser.count()
    dialog.check_all_button.click()
    assert dialog.chooser.checked_rows() == []


def test_a_ticked_final_document_cannot_be_printed_where_finals_are_refused(context, qtbot):
    """In a read-only or altered file, drafts print and final documents do not (ticked or shown)."""
    dialog = document_preview.DocumentPreviewDialog(context, documents.planned_documents(context.store, "C01"))
    qtbot.addWidget(dialog)
    documents_menu.restrict_printing(dialog, "Fichier modifié hors de juryapp")
    select(dialog, "convocation")  # final as soon as the schedule is set
    assert not dialog.print_button.isEnabled() and "modifié" in dialog.print_button.toolTip()
    fiche = next(i for i, d in enumerate(dialog._documents) if d.data.meta.kind == "fiche_resultats")
    dialog.chooser.item(fiche).setCheckState(Qt.CheckState.Checked)  # a draft: it prints
    assert dialog.print_button.isEnabled()
    dialog.chooser.item(dialog.chooser.currentRow()).setCheckState(Qt.CheckState.Checked)
    assert not dialog.print_button.isEnabled()


def test_the_preview_and_the_progress_look_right(context, qtbot, tmp_path):
    dialog = shown_preview(context, qtbot, "C02")
    qtbot.wait(100)
    assert dialog.size() == LAPTOP and layout_problems(dialog) == []
    assert_screenshot(dialog, tmp_path / "preview.png")
    progress = documents_menu.make_folder_progress(None)
    qtbot.addWidget(progress)
    progress.setMaximum(25)
    progress.setValue(7)
    progress.setLabelText("Document 7 sur 25 : fiche-resultats-C03.pdf")
    progress.show()
    qtbot.waitExposed(progress)
    assert progress.findChild(QPushButton).text() == "Annuler"
    assert layout_problems(progress) == []
    assert_screenshot(progress, tmp_path / "progress.png")
