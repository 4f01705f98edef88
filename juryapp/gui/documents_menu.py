"""The « Documents » actions: preview and print, print the whole session, verify a document, settings.

The centre's key (new, backup, restore) has its own module, `centre_key_menu`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from juryapp.errors import JuryError, os_error_text
from juryapp.files import write_private
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.document_preview import DocumentPreviewDialog, confirm_duplicata, error_message
from juryapp.operations import documents, printing
from juryapp.operations.files import default_backup_root
from juryapp.settings import OPTIONS, Settings

if TYPE_CHECKING:
    from juryapp.operations.printing import PrintReport

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
            report = printing.print_file(
                self._session_path,
                self._out_dir,
                purpose="impression",
                actor=self._actor,
                duplicata=self._duplicata,
                progress=lambda d, t, n: self.progressed.emit(d, t, n),
            )
        except JuryError as exc:
            if isinstance(exc, printing.AlreadyIssued):
                # Nothing due: said as the window says it (a confirmation, not --duplicata).
                said = printing.AlreadyIssued(exc.lines, file=exc.file, window=True, whole_session=True)
                self.failed.emit(str(said) + "\n" + "\n".join(f"• {line}" for line in exc.lines[:12]))
                return
            self.failed.emit(error_message(exc))
            return
        except OSError as exc:
            self.failed.emit(f"{exc.filename} : {os_error_text(exc)}" if exc.filename else os_error_text(exc))
            return
        self.finished.emit(report)


def report_text(report: PrintReport, out_dir: Path) -> str:
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
    if context.read_only:  # printing writes the session's register
        QMessageBox.warning(
            parent,
            tr("Impression impossible"),
            tr("Fichier ouvert en lecture seule ({why}) : aucun document n'est délivré depuis cette fenêtre.").format(
                why=context.read_only_reason
            ),
        )
        return
    duplicata = False
    try:
        due, issued = documents.due_and_issued(context.store)
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
    out_dir = Path(folder) / documents.folder_name(context.state.data.session.ref)
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

    def on_finished(report: PrintReport) -> None:
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


def verify_document(
    parent: QWidget | None, path: str | None = None, context: SessionContext | None = None
) -> str | None:
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
    if not documents.looks_like_pdf(pdf):
        QMessageBox.warning(parent, tr("Vérifier un document"), f"{path} : " + tr("ce n'est pas un document PDF"))
        return None
    ok, result, lines = documents.verify_document(pdf, context.store if context is not None else None)
    details = "\n".join(f"• {p}" for p in [*result.problems, *lines])
    box = QMessageBox.information if ok else QMessageBox.warning
    box(parent, tr("Vérifier un document"), f"{result.verdict}\n\n{details}".strip())
    return result.verdict


def printing_refusal(context: SessionContext) -> str | None:
    """Why no final document is issued from this window now (read-only, altered file), None when it may be."""
    if context.read_only:
        return tr("Fichier ouvert en lecture seule : aucun document définitif n'est délivré depuis cette fenêtre.")
    if context.altered:
        return tr("Fichier modifié hors de juryapp : aucun document définitif n'est délivré.")
    return None


def restrict_printing(dialog: DocumentPreviewDialog, why: str) -> None:
    """In `dialog`, final documents are shown but not printed (a draft prints: nothing is registered)."""

    def update() -> None:
        if not dialog.chooser.count():
            dialog.print_button.setEnabled(False)
            return
        final = not documents.is_draft(dialog.current())
        dialog.print_button.setEnabled(not final)
        dialog.print_button.setToolTip(why if final else "")
        if final and why not in dialog.note.text():
            dialog.note.setText(f"{dialog.note.text()}\n⚠ {why}".strip())

    dialog.chooser.currentIndexChanged.connect(lambda _index: update())
    update()


def preview_dialog(context: SessionContext, ref: str | None, parent: QWidget) -> DocumentPreviewDialog:
    """The documents of candidate `ref` and of the session, shown; printable as this file allows."""
    dialog = DocumentPreviewDialog(context, documents.planned_documents(context.store, ref), parent)
    why = printing_refusal(context)
    if why is not None:
        restrict_printing(dialog, why)
    return dialog


def preview_candidate(context: SessionContext, ref: str | None, parent: QWidget) -> None:
    preview_dialog(context, ref, parent).exec()


class SettingsDialog(QDialog):
    """The centre's preferences: printed on the documents (signatory, place, printer offset), and
    where the automatic backups go and how many are kept.

    Each option gets the editor of its default's type: a number of millimetres, a whole number,
    a folder (with « Parcourir… ») or a line of text.
    """

    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Préférences du centre"))
        self.settings = settings or Settings.load()
        form = QFormLayout(self)
        self.editors: dict[str, QLineEdit | QDoubleSpinBox | QSpinBox] = {}
        for option in OPTIONS:
            value = self.settings[option.key]
            field: QWidget
            if isinstance(option.default, float):
                spin = QDoubleSpinBox(self)
                spin.setRange(-50.0, 50.0)
                spin.setSuffix(" mm")
                spin.setDecimals(1)
                spin.setValue(float(value))
                self.editors[option.key] = field = spin
            elif isinstance(option.default, int) and not isinstance(option.default, bool):
                whole = QSpinBox(self)
                whole.setRange(1, 1000)
                whole.setValue(int(value))
                self.editors[option.key] = field = whole
            else:
                edit = QLineEdit(str(value), self)
                self.editors[option.key] = field = edit
                if option.key == "backup_dir":
                    edit.setPlaceholderText(str(default_backup_root()))
                if option.key.endswith("_dir"):
                    field = self._with_browse(edit, tr(option.label))
            self.editors[option.key].setAccessibleName(tr(option.label))
            form.addRow(tr(option.label), field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _with_browse(self, edit: QLineEdit, title: str) -> QWidget:
        """A folder's line, with « Parcourir… » beside it."""
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 36)
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        browse = QPushButton(tr("Parcourir…"), row)
        browse.setAccessibleName(tr("Parcourir : {what}").format(what=title))

        def choose() -> None:
            folder = QFileDialog.getExistingDirectory(self, title, edit.text() or str(Path.home()))
            if folder:
                edit.setText(folder)

        browse.clicked.connect(choose)
        layout.addWidget(browse)
        return row

    def _save(self) -> None:
        for key, editor in self.editors.items():
            value = editor.value() if isinstance(editor, QDoubleSpinBox | QSpinBox) else editor.text().strip()
            self.settings.set(key, value)
        try:
            self.settings.save()
        except OSError as exc:
            where = f"{exc.filename} : " if exc.filename else ""
            QMessageBox.warning(self, tr("Préférences du centre"), where + os_error_text(exc))
            return
        self.accept()


def save_calibration_page(parent: QWidget) -> Path | None:
    """Ask where to write the parchemin's calibration page, and write it; the file written, or None."""
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Page d'étalonnage"), "etalonnage-parchemin.pdf", tr("Documents PDF (*.pdf)")
    )
    if not name:
        return None
    try:
        write_private(Path(name), documents.calibration_page(Settings.load()))
    except (JuryError, OSError) as exc:
        QMessageBox.warning(parent, tr("Page d'étalonnage"), str(exc))
        return None
    return Path(name)
