"""The « Documents » actions: preview and print, print the whole session, verify a document, settings.

The centre's key (new, backup, restore) has its own module, `centre_key_menu`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from juryapp.documents import batch
from juryapp.documents.register import AlreadyIssued
from juryapp.documents.register import verify_document as verify_with_register
from juryapp.documents.seal import looks_like_pdf
from juryapp.errors import JuryError, os_error_text
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.document_preview import DocumentPreviewDialog, confirm_duplicata, error_message
from juryapp.settings import OPTIONS, Settings
from juryapp.storage.store import SessionStore

# Print jobs in progress: kept referenced until their thread finishes.
_RUNNING: list[tuple[QThread, QObject]] = []


class PrintWorker(QObject):
    """Prints a whole session off the GUI thread, with its own connection; never touches a widget."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, session_path: Path, out_dir: Path, actor: str, duplicata: bool = False) -> None:
        super().__init__()
        self._session_path = session_path
        self._out_dir = out_dir
        self._actor = actor
        self._duplicata = duplicata

    def run(self) -> None:
        try:
            with SessionStore.open(self._session_path) as store:
                report = batch.print_session(
                    store,
                    self._out_dir,
                    actor=self._actor,
                    duplicata=self._duplicata,
                    progress=lambda d, t, n: self.progressed.emit(d, t, n),
                )
        except AlreadyIssued as exc:  # nothing due: said as the window says it (a confirmation, not --duplicata)
            said = AlreadyIssued(exc.lines, file=exc.file, window=True, whole_session=True)
            self.failed.emit(str(said) + "\n" + "\n".join(f"• {line}" for line in exc.lines[:12]))
            return
        except JuryError as exc:
            self.failed.emit(error_message(exc))
            return
        except OSError as exc:
            self.failed.emit(f"{exc.filename} : {os_error_text(exc)}" if exc.filename else os_error_text(exc))
            return
        self.finished.emit(report)


def report_text(report: batch.PrintReport, out_dir: Path) -> str:
    """What the print did, in French, for the message shown at the end."""
    state = tr("projets (session non close)") if report.draft else tr("définitifs, scellés")
    lines = [
        tr("{n} fichiers ({state}) écrits dans\n{folder}").format(n=len(report.files), state=state, folder=out_dir)
    ]
    if report.issued:
        lines.append(
            tr("{n} document(s) inscrit(s) au registre de la session, dont {d} duplicata(s).").format(
                n=report.issued, d=report.duplicates
            )
        )
    if report.left_out:
        shown = report.left_out[:8]
        if len(report.left_out) > 8:
            shown.append(tr("… et {n} autre(s)").format(n=len(report.left_out) - 8))
        lines.append(
            tr("Déjà délivrés, non réimprimés : {n} document(s) de décision :").format(n=len(report.left_out))
            + "\n"
            + "\n".join(f"• {line}" for line in shown)
        )
    if report.skipped:
        lines.append(
            tr("Déjà délivrés, non réimprimés : {n} document(s) d'avant la session (convocations, émargement).").format(
                n=len(report.skipped)
            )
        )
    if report.unsealed:
        lines.append(
            tr("Imprimés sans sceau, non inscrits au registre : {n} document(s) d'avant la session, car {why}").format(
                n=len(report.unsealed), why=report.key_problem
            )
        )
    return "\n\n".join(lines)


def print_session_to_folder(context: SessionContext, parent: QWidget) -> None:
    """Ask for a folder and print the whole session there, off the GUI thread.

    As on the command line, the documents due (never issued, or whose original was cancelled)
    are printed and those already issued left out, without a question; only when nothing is due
    does it offer, after a confirmation, to print every document again as a duplicata."""
    duplicata = False
    try:
        due, issued = batch.due_and_issued(context.store)
    except JuryError as exc:
        QMessageBox.warning(parent, tr("Impression impossible"), error_message(exc))
        return
    if not due:  # only duplicatas could be made: each document already issued, convocations included
        if not confirm_duplicata(parent, issued):
            return
        duplicata = True
    folder = QFileDialog.getExistingDirectory(parent, tr("Dossier où écrire les documents"), str(context.path.parent))
    if not folder:
        return
    out_dir = Path(folder) / f"documents-{batch.safe_ref(context.state.data.session.ref)}"
    progress = QProgressDialog(tr("Préparation des documents…"), tr("Patienter"), 0, 0, parent)
    progress.setWindowTitle(tr("Impression de la session"))
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    thread = QThread(parent)
    worker = PrintWorker(context.path, out_dir, context.actor, duplicata)
    worker.moveToThread(thread)

    def on_progress(done: int, total: int, name: str) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        progress.setLabelText(tr("Document {done} sur {total} : {name}").format(done=done, total=total, name=name))

    def on_finished(report: batch.PrintReport) -> None:
        progress.close()
        QMessageBox.information(parent, tr("Documents écrits"), report_text(report, out_dir))
        context.reload()

    def on_failed(message: str) -> None:
        progress.close()
        QMessageBox.warning(
            parent, tr("Impression impossible"), message + tr("\n\nAucun fichier écrit, rien inscrit au registre.")
        )

    worker.progressed.connect(on_progress)
    worker.finished.connect(on_finished)
    worker.failed.connect(on_failed)
    for signal in (worker.finished, worker.failed):
        signal.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.started.connect(worker.run)
    _RUNNING.append((thread, worker))
    thread.finished.connect(lambda: _RUNNING.remove((thread, worker)))
    thread.start()
    progress.show()


def verify_document(parent: QWidget | None, path: str | None = None, store: SessionStore | None = None) -> str | None:
    """Ask for a PDF and say whether it is genuine, which key sealed it and, given the open
    session, whether it is in its register and still valid; returns the verdict shown."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, tr("Vérifier un document"), "", tr("Documents PDF (*.pdf)"))
        if not path:
            return None
    try:
        pdf = Path(path).read_bytes()
    except IsADirectoryError:
        QMessageBox.warning(
            parent, tr("Vérifier un document"), f"{path} : " + tr("c'est un dossier, pas un document PDF")
        )
        return None
    except OSError as exc:
        QMessageBox.warning(parent, tr("Vérifier un document"), f"{path} : {os_error_text(exc)}")
        return None
    if not looks_like_pdf(pdf):
        QMessageBox.warning(parent, tr("Vérifier un document"), f"{path} : " + tr("ce n'est pas un document PDF"))
        return None
    ok, result, lines = verify_with_register(pdf, store)
    details = "\n".join(f"• {p}" for p in [*result.problems, *lines])
    box = QMessageBox.information if ok else QMessageBox.warning
    box(parent, tr("Vérifier un document"), f"{result.verdict}\n\n{details}".strip())
    return result.verdict


def preview_candidate(context: SessionContext, ref: str | None, parent: QWidget) -> None:
    store = context.store
    documents = batch.candidate_documents(store, ref) if ref else []
    documents += batch.session_documents(store)
    DocumentPreviewDialog(context, documents, parent).exec()


class SettingsDialog(QDialog):
    """The centre's preferences printed on the documents (signatory, place, printer offset)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Préférences du centre"))
        self.settings = Settings.load()
        form = QFormLayout(self)
        self.editors: dict[str, QLineEdit | QDoubleSpinBox] = {}
        for option in OPTIONS:
            if isinstance(option.default, float):
                spin = QDoubleSpinBox(self)
                spin.setRange(-50.0, 50.0)
                spin.setSuffix(" mm")
                spin.setDecimals(1)
                spin.setValue(float(self.settings[option.key]))
                self.editors[option.key] = spin
            else:
                edit = QLineEdit(str(self.settings[option.key]), self)
                self.editors[option.key] = edit
            self.editors[option.key].setAccessibleName(tr(option.label))
            form.addRow(tr(option.label), self.editors[option.key])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        for key, editor in self.editors.items():
            value = editor.value() if isinstance(editor, QDoubleSpinBox) else editor.text().strip()
            self.settings.set(key, value)
        try:
            self.settings.save()
        except OSError as exc:
            where = f"{exc.filename} : " if exc.filename else ""
            QMessageBox.warning(self, tr("Préférences du centre"), where + os_error_text(exc))
            return
        self.accept()


def save_calibration_page(parent: QWidget) -> None:
    from juryapp.documents.render import load_template, render_calibration

    settings = Settings.load()
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Page d'étalonnage"), "etalonnage-parchemin.pdf", tr("Documents PDF (*.pdf)")
    )
    if not name:
        return
    template = load_template("parchemin", settings.template_dir)
    Path(name).write_bytes(render_calibration(template, settings.printer_offset))
