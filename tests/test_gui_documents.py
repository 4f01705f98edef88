"""Documents from the window: preview, system printer and register, verification, the centre's key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox
from test_gui_evaluation import assert_screenshot, layout_problems

from juryapp.cli import import_session_document
from juryapp.demo import demo_session_document
from juryapp.documents import batch
from juryapp.documents.centre_key_acts import create_centre_key
from juryapp.documents.centre_keys import KeyUnavailable, read_centre_keys
from juryapp.documents.keys import CentreKey
from juryapp.gui import centre_key_menu, document_preview, documents_menu
from juryapp.gui.context import SessionContext
from juryapp.gui.document_preview import DocumentPreviewDialog, PrintRefused, pdf_images, print_document
from juryapp.settings import Settings
from juryapp.storage.store import SessionStore


@pytest.fixture
def centre_key(data_dir: Path) -> str:
    return create_centre_key(reason="clé des tests").fingerprint


@pytest.fixture
def context(tmp_path, qapp, centre_key):
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    ctx = SessionContext(SessionStore.open(path), actor="test")
    yield ctx
    ctx.close()


def sign_off(store: SessionStore) -> None:
    """Decide what is left (title not awarded), confirm what must be (a blocked candidate by
    name, DOMAIN.md §7) and sign the demo session off, as the jury would."""
    from juryapp import operations as ops
    from juryapp.model import Confirmation
    from juryapp.session_view import read_session

    for line in ops.sign_off_needs(store).undecided:
        ref = line.split(" ", 1)[0]
        ops.record_final_interview(store, ref, dt.date(2026, 12, 8), ["J1", "J2"], actor="test")
        ops.decide(store, ref, "not_awarded", ["J1", "J2"], "Compétences non démontrées.", actor="test")
    data = read_session(store).data
    confirmations = []
    for subject in ops.sign_off_needs(store).to_confirm:
        candidate = data.candidate(subject.key) if subject.candidate else None
        reference = f"{candidate.first_name} {candidate.last_name}" if candidate else "Confirmé par le jury sur pièces"
        confirmations.append(Confirmation(subject.key, reference, "J1"))
    signers = {"J1": "Claire Fontaine-Dumas", "J2": "Marc-Antoine Lefèbvre"}
    ops.sign_off(store, signers, actor="test", at="2026-12-08T18:00:00", confirmations=tuple(confirmations))


def convocation(context, ref: str = "C01") -> batch.PlannedDocument:
    return next(d for d in batch.candidate_documents(context.store, ref) if d.data.meta.kind == "convocation")


def pdf_printer(path: Path) -> QPrinter:
    """A real QPrinter writing to a PDF file: the job goes through the whole painting path."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


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


def test_a_job_the_printer_accepts_is_registered(context, tmp_path, monkeypatch, qtbot):
    monkeypatch.setattr(document_preview, "choose_printer", lambda parent: pdf_printer(tmp_path / "job.pdf"))
    done = print_document(context.store, convocation(context), None, actor="test")
    assert done and "original" in done
    [entry] = context.store.issued_documents("convocation", "C01")
    assert entry["duplicate_number"] == 0 and entry["key_fingerprint"] == read_centre_keys().current.fingerprint
    assert entry["file_name"] == "convocation-C01.pdf" and (tmp_path / "job.pdf").stat().st_size > 1000
    assert [k["fingerprint"] for k in context.store.seal_keys()] == [entry["key_fingerprint"]]


def test_a_cancelled_print_dialog_registers_nothing(context, monkeypatch):
    monkeypatch.setattr(document_preview, "choose_printer", lambda parent: None)
    assert print_document(context.store, convocation(context), None, actor="test") is None
    assert context.store.issued_documents() == [] and context.store.seal_keys() == []


def test_a_printer_that_cannot_be_opened_registers_nothing(context, tmp_path, monkeypatch):
    class RefusingPainter(document_preview.QPainter):
        def begin(self, device) -> bool:  # noqa: ARG002 - the printer is offline
            return False

    monkeypatch.setattr(document_preview, "QPainter", RefusingPainter)
    monkeypatch.setattr(document_preview, "choose_printer", lambda parent: pdf_printer(tmp_path / "job.pdf"))
    with pytest.raises(PrintRefused, match="n'a pas pu être ouverte"):
        print_document(context.store, convocation(context), None, actor="test")
    assert context.store.issued_documents() == []


def test_a_printer_error_during_the_job_registers_nothing(context, tmp_path, monkeypatch):
    class FailingPrinter(QPrinter):
        def printerState(self):  # noqa: N802 - Qt's name
            return QPrinter.PrinterState.Error

    def failing(parent):
        printer = FailingPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "job.pdf"))
        return printer

    monkeypatch.setattr(document_preview, "choose_printer", failing)
    with pytest.raises(PrintRefused, match="erreur"):
        print_document(context.store, convocation(context), None, actor="test")
    assert context.store.issued_documents() == []


def test_printing_again_asks_and_gives_a_duplicata(context, tmp_path, monkeypatch):
    monkeypatch.setattr(document_preview, "choose_printer", lambda parent: pdf_printer(tmp_path / "job.pdf"))
    print_document(context.store, convocation(context), None, actor="test")
    asked = []
    refuse = lambda parent, lines: asked.append(lines) or False  # noqa: E731
    assert print_document(context.store, convocation(context), None, actor="test", confirm=refuse) is None
    assert len(asked) == 1 and "Convocation — C01" in asked[0][0]
    assert len(context.store.issued_documents("convocation", "C01")) == 1
    accept = lambda parent, lines: True  # noqa: E731
    done = print_document(context.store, convocation(context), None, actor="test", confirm=accept)
    assert "duplicata n° 1" in done
    entries = context.store.issued_documents("convocation", "C01")
    assert [(e["duplicate_number"], e["original_id"]) for e in entries] == [(0, None), (1, entries[0]["id"])]


def test_without_the_key_a_final_decision_document_is_refused_and_says_how(context, tmp_path, monkeypatch, data_dir):
    sign_off(context.store)
    (data_dir / "keys" / "centre-ed25519.pem").unlink()
    fiche = next(d for d in batch.candidate_documents(context.store, "C01") if d.data.meta.kind == "fiche_resultats")
    monkeypatch.setattr(document_preview, "choose_printer", lambda parent: pytest.fail("no printer asked for"))
    with pytest.raises(KeyUnavailable) as refused:
        print_document(context.store, fiche, None, actor="test")
    message = document_preview.error_message(refused.value)
    assert "Restaurer" in message and "Nouvelle clé du centre" in message and "juryapp key" not in message
    assert context.store.issued_documents() == []


def test_without_the_key_a_convocation_prints_unsealed_and_says_why(context, tmp_path, monkeypatch, data_dir):
    (data_dir / "keys" / "centre-ed25519.pem").unlink()
    monkeypatch.setattr(document_preview, "choose_printer", lambda parent: pdf_printer(tmp_path / "job.pdf"))
    done = print_document(context.store, convocation(context), None, actor="test")
    assert "sans sceau" in done and "absente" in done
    assert context.store.issued_documents() == []


def test_print_worker_writes_the_session_off_the_gui_thread(context, tmp_path, qtbot):
    worker = documents_menu.PrintWorker(context.path, tmp_path / "docs", "test")
    seen = []
    worker.progressed.connect(lambda done, total, name: seen.append((done, total)))
    with qtbot.waitSignal(worker.finished, timeout=60000) as blocker:
        worker.run()
    report = blocker.args[0]
    assert report.draft and (tmp_path / "docs" / "pv.pdf").exists()
    assert seen and seen[-1][0] == seen[-1][1]
    assert "11 document(s) inscrit(s) au registre" in documents_menu.report_text(report, tmp_path / "docs")


def test_the_whole_session_again_needs_the_duplicata_confirmation(context, tmp_path, monkeypatch, qtbot):
    sign_off(context.store)
    batch.print_session(context.store, tmp_path / "a", actor="test")
    issued = batch.already_issued(context.store)
    assert issued and any("Parchemin — C01" in line for line in issued)
    worker = documents_menu.PrintWorker(context.path, tmp_path / "b", "test")
    with qtbot.waitSignal(worker.failed, timeout=60000) as refused:
        worker.run()
    assert "déjà délivré" in refused.args[0] and not (tmp_path / "b").exists()
    assert "confirmez" in refused.args[0] and "--duplicata" not in refused.args[0]  # the window's words
    assert batch.due_and_issued(context.store)[0] == []  # nothing due: only duplicatas could be made
    asked = []
    monkeypatch.setattr(documents_menu, "confirm_duplicata", lambda parent, lines: asked.append(lines) or False)
    monkeypatch.setattr(documents_menu.QFileDialog, "getExistingDirectory", lambda *a: pytest.fail("not asked"))
    documents_menu.print_session_to_folder(context, None)
    assert len(asked) == 1 and set(issued) < set(asked[0])  # the convocations would be duplicatas too
    assert any("Convocation — C01" in line for line in asked[0])
    worker = documents_menu.PrintWorker(context.path, tmp_path / "c", "test", duplicata=True)
    with qtbot.waitSignal(worker.finished, timeout=60000) as done:
        worker.run()
    assert done.args[0].duplicates == done.args[0].issued > 0


def test_verify_document_says_whether_it_is_genuine_and_in_the_register(context, tmp_path, monkeypatch, qtbot):
    report = batch.print_session(context.store, tmp_path / "docs", actor="test")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(("ok", args[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(("bad", args[2])))
    convocation_file = next(p for p in report.files if p.name == "convocation-C01.pdf")
    verdict = documents_menu.verify_document(None, str(convocation_file), context=context)
    assert verdict.startswith("Document authentique") and "registre de la session" in shown[0][1]
    draft = next(p for p in report.files if p.name == "parchemin-C01.pdf")
    assert documents_menu.verify_document(None, str(draft)).startswith("Document NON authentique")
    assert [kind for kind, _text in shown] == ["ok", "bad"]


def test_centre_preferences_are_saved(qtbot):
    dialog = documents_menu.SettingsDialog()
    qtbot.addWidget(dialog)
    assert "signatory_name" not in dialog.editors  # who signs belongs to each session (its issuer)
    dialog.editors["template_dir"].setText("/srv/modeles")
    dialog.editors["printer_offset_x_mm"].setValue(1.5)
    dialog._save()
    settings = Settings.load()
    assert settings["template_dir"] == "/srv/modeles" and settings.printer_offset == (1.5, 0.0)


# The centre's key from the window


def accept_key_dialog(reason: str):
    def exec_(dialog: centre_key_menu.KeyActDialog) -> int:
        assert not dialog.accept_button.isEnabled()  # the explicit confirmation comes first
        dialog.reason.setText(reason)
        dialog.confirm.setChecked(True)
        assert dialog.accept_button.isEnabled()
        return QDialog.DialogCode.Accepted

    return exec_


def test_a_new_key_from_the_window_is_confirmed_and_recorded_in_the_session(context, monkeypatch, centre_key):
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    monkeypatch.setattr(centre_key_menu.KeyActDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert centre_key_menu.new_centre_key(None, context) is None
    assert read_centre_keys().current.fingerprint == centre_key
    monkeypatch.setattr(centre_key_menu.KeyActDialog, "exec", accept_key_dialog("Poste remplacé"))
    event = centre_key_menu.new_centre_key(None, context)
    assert event is not None and event.retired == centre_key and event.reason == "Poste remplacé"
    row = context.store.audit_log()[-1]
    assert row["action"] == "seal_key_new" and row["actor"] == "test" and event.fingerprint in row["detail"]


def test_backup_and_restore_from_the_window(context, tmp_path, monkeypatch, data_dir, centre_key):
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: messages.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: messages.append("⚠ " + args[2]))
    target = tmp_path / "sauvegarde.pem"
    monkeypatch.setattr(centre_key_menu.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def typed(dialog: centre_key_menu.PassphraseDialog) -> int:
        dialog.first.setText("phrase secrète")
        dialog.second.setText("phrase secrète")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(centre_key_menu.PassphraseDialog, "exec", typed)
    assert centre_key_menu.backup_centre_key(None, context) is not None
    assert target.read_bytes().startswith(b"-----BEGIN ENCRYPTED")
    (data_dir / "keys" / "centre-ed25519.pem").unlink()
    monkeypatch.setattr(centre_key_menu.QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(centre_key_menu.QInputDialog, "getText", lambda *a, **k: ("phrase secrète", True))
    event = centre_key_menu.restore_centre_key(None, context)
    assert event is not None and event.fingerprint == centre_key and CentreKey.load().fingerprint == centre_key
    assert context.store.audit_log()[-1]["action"] == "seal_key_restore"
    # A different key is replaced only after the confirmation.
    other = tmp_path / "autre.pem"
    other.write_bytes(CentreKey.generate().private_pem())
    monkeypatch.setattr(centre_key_menu.QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    monkeypatch.setattr(centre_key_menu.KeyActDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert centre_key_menu.restore_centre_key(None, context) is None
    assert CentreKey.load().fingerprint == centre_key
    monkeypatch.setattr(centre_key_menu.KeyActDialog, "exec", accept_key_dialog("clé de l'ancien poste"))
    replaced = centre_key_menu.restore_centre_key(None, context)
    assert replaced is not None and replaced.retired == centre_key
    assert not [m for m in messages if m.startswith("⚠")], messages


def test_the_documents_menu_offers_the_key_actions(context, qtbot):
    from juryapp.gui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    actions = window.window_actions
    labels = {name: actions[name].text() for name in ("key_show", "key_new", "key_backup", "key_restore")}
    assert labels["key_backup"] == "&Sauvegarder la clé du centre…" and labels["key_restore"] == "&Restaurer…"
    assert labels["key_new"] == "&Nouvelle clé du centre…"


def test_key_dialogs_look_right(qtbot, data_dir, tmp_path):
    state = read_centre_keys()
    dialog = centre_key_menu.KeyActDialog(
        "Nouvelle clé du centre",
        centre_key_menu.new_key_text(state),
        "&Créer la clé",
        "Je crée &volontairement une nouvelle clé du centre",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Aucune clé du centre n'existe encore" in dialog.explanation.text()
    assert not dialog.accept_button.isEnabled()  # created only once ticked on purpose
    dialog.confirm.setChecked(True)
    assert dialog.accept_button.isEnabled()
    assert layout_problems(dialog) == []
    assert_screenshot(dialog, tmp_path / "juryapp-key-new.png")
    passphrase = centre_key_menu.PassphraseDialog()
    qtbot.addWidget(passphrase)
    passphrase.show()
    qtbot.waitExposed(passphrase)
    assert passphrase.mismatch.text() == "Sans phrase secrète : sauvegarde NON chiffrée."
    passphrase.first.setText("abc")
    assert not passphrase.buttons.button(passphrase.buttons.StandardButton.Save).isEnabled()
    assert passphrase.mismatch.text() == "Les deux saisies diffèrent."
    passphrase.second.setText("abc")
    assert passphrase.buttons.button(passphrase.buttons.StandardButton.Save).isEnabled()
    assert passphrase.passphrase() == b"abc" and passphrase.mismatch.text() == ""
    assert layout_problems(passphrase) == []
    assert_screenshot(passphrase, tmp_path / "juryapp-key-passphrase.png")


def test_after_a_revocation_the_window_prints_the_due_documents_without_asking(context, tmp_path, monkeypatch):
    from juryapp import operations as ops

    sign_off(context.store)
    batch.print_session(context.store, tmp_path / "a", actor="test")
    ops.set_attendance(
        context.store, "C03", "absent", actor="test", reason="Erreur de saisie : absente", revoked_by=("J1", "J2")
    )
    monkeypatch.setattr(documents_menu, "confirm_duplicata", lambda parent, lines: pytest.fail("no duplicata asked"))
    folders = []
    monkeypatch.setattr(documents_menu.QFileDialog, "getExistingDirectory", lambda *a: folders.append(a) or "")
    documents_menu.print_session_to_folder(context, None)
    assert len(folders) == 1  # straight to the folder: no confirmation, nothing would be a duplicata
    worker = documents_menu.PrintWorker(context.path, tmp_path / "b", "test")
    reports = []
    worker.finished.connect(reports.append)
    worker.failed.connect(lambda message: pytest.fail(message))
    worker.run()
    [report] = reports
    assert report.duplicates == 0 and report.originals >= 2 and report.left_out
    text = documents_menu.report_text(report, tmp_path / "b")
    assert "Déjà délivrés, non réimprimés" in text and "Parchemin — C01" in text


def test_a_lost_key_is_replaced_from_the_window_only_with_a_reason(context, monkeypatch, data_dir, centre_key):
    """The centre folder still records the key: « Nouvelle clé du centre… » says to restore it,
    and replaces it only on purpose, with a reason (as `juryapp key new --replace --reason`)."""
    (data_dir / "keys" / "centre-ed25519.pem").unlink()
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(args[2]))
    seen = []

    def exec_(dialog: centre_key_menu.KeyActDialog) -> int:
        seen.append(dialog.explanation.text())
        dialog.confirm.setChecked(True)
        assert not dialog.accept_button.isEnabled()  # no reason yet
        dialog.reason.setText("Clé perdue, sans sauvegarde")
        assert dialog.accept_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(centre_key_menu.KeyActDialog, "exec", exec_)
    event = centre_key_menu.new_centre_key(None, context)
    assert "restaurez-la" in seen[0] and centre_key in seen[0]
    assert event is not None and event.retired == centre_key and event.reason == "Clé perdue, sans sauvegarde"


def test_verify_from_the_window_says_in_french_what_is_not_a_pdf(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: pytest.fail("not a verdict"))
    assert documents_menu.verify_document(None, str(tmp_path)) is None
    (tmp_path / "notes.json").write_text('{"a": 1}')
    assert documents_menu.verify_document(None, str(tmp_path / "notes.json")) is None
    assert documents_menu.verify_document(None, str(tmp_path / "absent.pdf")) is None
    assert "c'est un dossier, pas un document PDF" in shown[0]
    assert "ce n'est pas un document PDF" in shown[1] and "notes.json" in shown[1]
    assert "fichier introuvable" in shown[2]
    assert not any("Is a directory" in m or "No such file" in m for m in shown)
