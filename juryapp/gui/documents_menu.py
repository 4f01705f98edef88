"""The « Documents » actions: preview and print, print the whole session, verify a document, settings.

Printing the whole session into a folder runs off the GUI thread with a progress dialog whose
« Annuler » stops it (no file is left, nothing is registered); at the end, « Ouvrir le dossier »
shows the folder. The centre's key (new, backup, restore) has its own module, `centre_key_menu`.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from juryapp.errors import JuryError, os_error_text
from juryapp.files import write_private
from juryapp.gui.context import SessionContext, tr, tr_noop
from juryapp.gui.dialog_common import room_on_screen
from juryapp.gui.document_preview import (
    DocumentPreviewDialog,
    confirm_duplicata,
    decision_document_index,
    error_message,
    french_percent,
)
from juryapp.operations import documents, printing
from juryapp.operations.files import default_backup_root
from juryapp.settings import OPTIONS, Option, Settings

if TYPE_CHECKING:
    from juryapp.operations.printing import PrintReport

# Print jobs in progress: kept referenced until their thread finishes.
_RUNNING: list[tuple[QThread, QObject]] = []


class PrintWorker(QObject):
    """Prints a whole session off the GUI thread, with its own connection; never touches a widget.

    Ends with exactly one of `finished` (the report), `cancelled` (after `cancel`: no file left,
    nothing registered) or `failed` (the French message)."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, session_path: Path, out_dir: Path, actor: str, duplicata: bool = False) -> None:
        super().__init__()
        self._session_path = session_path
        self._out_dir = out_dir
        self._actor = actor
        self._duplicata = duplicata
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the print to stop (from any thread): it is undone before the next document."""
        self._stop.set()

    def run(self) -> None:
        try:
            report = printing.print_file(
                self._session_path,
                self._out_dir,
                purpose="impression",
                actor=self._actor,
                duplicata=self._duplicata,
                progress=lambda d, t, n: self.progressed.emit(d, t, n),
                cancelled=self._stop.is_set,
            )
        except JuryError as exc:
            if isinstance(exc, printing.PrintCancelled):
                self.cancelled.emit()
                return
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


def open_folder(folder: Path) -> bool:
    """Show `folder` in the system's file manager; whether it could be asked to."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_report(parent: QWidget | None, report: PrintReport, out_dir: Path) -> QMessageBox:
    """What the print did, with « Ouvrir le dossier » beside « OK »; the box, once closed."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("Documents écrits"),
        report_text(report, out_dir),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    folder = box.addButton(tr("Ouvrir le &dossier"), QMessageBox.ButtonRole.ActionRole)
    folder.setToolTip(str(out_dir))
    folder.clicked.connect(lambda _checked=False: open_folder(out_dir))
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()
    return box


def make_folder_progress(parent: QWidget | None) -> QProgressDialog:
    """The progress of a print into a folder, with « Annuler »."""
    progress = QProgressDialog(tr("Préparation des documents…"), tr("Annuler"), 0, 0, parent)
    progress.setWindowTitle(tr("Impression de la session"))
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumWidth(progress.fontMetrics().averageCharWidth() * 60)
    french_percent(progress)
    cancel = progress.findChild(QPushButton)
    if cancel is not None:
        cancel.setToolTip(tr("Arrête l'impression : aucun fichier n'est laissé, rien n'est inscrit au registre."))
    return progress


def print_session_to_folder(context: SessionContext, parent: QWidget | None) -> PrintWorker | None:
    """Ask for a folder and print the whole session there, off the GUI thread; the worker started.

    As on the command line, the documents due (never issued, or whose original was cancelled)
    are printed and those already issued left out, without a question; only when nothing is due
    does it offer, after a confirmation, to print every document again as a duplicata. « Annuler »
    in the progress dialog undoes the print: no file is left, nothing is registered."""
    if context.read_only:  # printing writes the session's register
        QMessageBox.warning(
            parent,
            tr("Impression impossible"),
            tr("Fichier ouvert en lecture seule ({why}) : aucun document n'est délivré depuis cette fenêtre.").format(
                why=context.read_only_reason
            ),
        )
        return None
    duplicata = False
    try:
        due, issued = documents.due_and_issued(context.store)
    except JuryError as exc:
        QMessageBox.warning(parent, tr("Impression impossible"), error_message(exc))
        return None
    if not due:  # only duplicatas could be made: each document already issued, convocations included
        if not confirm_duplicata(parent, issued):
            return None
        duplicata = True
    folder = QFileDialog.getExistingDirectory(parent, tr("Dossier où écrire les documents"), str(context.path.parent))
    if not folder:
        return None
    out_dir = Path(folder) / documents.folder_name(context.state.data.session.ref)
    job = FolderPrint(context, parent, PrintWorker(context.path, out_dir, context.actor, duplicata), out_dir)
    job.start()
    return job.worker


class FolderPrint(QObject):
    """A print into a folder as the window follows it: the worker in its own thread, and this
    object, in the GUI thread, receiving its signals (queued: every widget is touched here)."""

    def __init__(self, context: SessionContext, parent: QWidget | None, worker: PrintWorker, out_dir: Path) -> None:
        super().__init__()
        self.context = context
        self.parent_widget = parent
        self.worker = worker
        self.out_dir = out_dir
        self.progress = make_folder_progress(parent)
        self.worker_thread = QThread()
        worker.moveToThread(self.worker_thread)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.progress.canceled.connect(self.on_cancel)
        self.worker.progressed.connect(self.on_progress)
        self.worker.finished.connect(self.on_finished)
        self.worker.cancelled.connect(self.on_cancelled)
        self.worker.failed.connect(self.on_failed)
        for signal in (self.worker.finished, self.worker.failed, self.worker.cancelled):
            signal.connect(self.worker_thread.quit)
        self.worker_thread.started.connect(self.worker.run)
        self.worker_thread.finished.connect(self.worker.deleteLater)
        self.worker_thread.finished.connect(self.on_thread_finished)

    def start(self) -> None:
        _RUNNING.append((self.worker_thread, self))
        self.worker_thread.start()
        self.progress.show()

    @Slot()
    def on_cancel(self) -> None:
        # Called here, not queued to the worker's thread (busy printing): a threading.Event it reads.
        self.worker.cancel()

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, name: str) -> None:
        if self.progress.wasCanceled():
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(tr("Document {done} sur {total} : {name}").format(done=done, total=total, name=name))

    @Slot(object)
    def on_finished(self, report: PrintReport) -> None:
        self.progress.close()
        self.context.reload()
        show_report(self.parent_widget, report, self.out_dir)

    @Slot()
    def on_cancelled(self) -> None:
        self.progress.close()
        QMessageBox.information(
            self.parent_widget,
            tr("Impression annulée"),
            tr("Impression annulée : aucun fichier écrit dans {folder}, rien inscrit au registre.").format(
                folder=self.out_dir.parent
            ),
        )

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.progress.close()
        QMessageBox.warning(
            self.parent_widget,
            tr("Impression impossible"),
            message + tr("\n\nAucun fichier écrit, rien inscrit au registre."),
        )

    @Slot()
    def on_thread_finished(self) -> None:
        self.worker_thread.wait()  # really ended before it may be released (a QThread deleted running crashes)
        if (self.worker_thread, self) in _RUNNING:
            _RUNNING.remove((self.worker_thread, self))
        self.progress.deleteLater()


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
        chosen = dialog.to_print()
        if not chosen:
            dialog.print_button.setEnabled(False)
            return
        final = any(not documents.is_draft(item) for item in chosen)
        dialog.print_button.setEnabled(not final)
        dialog.print_button.setToolTip(why if final else "")
        if final and why not in dialog.note.text():
            dialog.note.setText(f"{dialog.note.text()}\n⚠ {why}".strip())

    dialog.selection_changed.connect(update)
    update()


def preview_dialog(context: SessionContext, ref: str | None, parent: QWidget | None) -> DocumentPreviewDialog:
    """The documents of candidate `ref` and of the session, opened on the candidate's decision
    document (parchemin, livret or fiche individuelle); printable as this file allows."""
    planned = documents.planned_documents(context.store, ref)
    dialog = DocumentPreviewDialog(context, planned, parent, initial=decision_document_index(planned))
    why = printing_refusal(context)
    if why is not None:
        restrict_printing(dialog, why)
    return dialog


def preview_candidate(context: SessionContext, ref: str | None, parent: QWidget) -> None:
    preview_dialog(context, ref, parent).exec()


# The preferences by theme: each group's title and its options (juryapp.settings.OPTIONS), in order.
SETTINGS_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (tr_noop("Impression des documents"), ("printer_offset_x_mm", "printer_offset_y_mm", "template_dir")),
    (tr_noop("Sauvegardes automatiques"), ("backup_dir", "backup_keep")),
    (tr_noop("Archive du centre"), ("archive_dir", "archive_retention_years")),
)


class SettingsDialog(QDialog):
    """The centre's preferences: printed on the documents (printer offset, templates), where the
    automatic backups go and how many are kept, and the centre's archive.

    The options are grouped by theme (`SETTINGS_GROUPS`), each label above its field and wrapped,
    in a scroll area: with large text on a small screen the groups scroll, « Enregistrer » and
    « Annuler » stay in sight, and the dialog never outgrows the screen. Each option gets the
    editor of its default's type: a number of millimetres, a whole number, a folder (with
    « Parcourir… ») or a line of text.
    """

    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Préférences du centre"))
        self.settings = settings or Settings.load()
        self.editors: dict[str, QLineEdit | QDoubleSpinBox | QSpinBox] = {}
        self.groups: dict[str, QGroupBox] = {}
        options = {option.key: option for option in OPTIONS}
        grouped = {key for _title, keys in SETTINGS_GROUPS for key in keys}
        others = tuple(key for key in options if key not in grouped)  # an option not yet given a theme
        last_title, last_keys = SETTINGS_GROUPS[-1]
        themes = [*SETTINGS_GROUPS[:-1], (last_title, last_keys + others)]
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        for title, keys in themes:
            box = QGroupBox(tr(title), inner)
            rows = QVBoxLayout(box)
            for key in keys:  # each label above its field, wrapped to the group's width
                label = QLabel(tr(options[key].label), box)
                label.setWordWrap(True)
                field = self._editor(options[key], box)
                label.setBuddy(self.editors[key])
                line = QHBoxLayout()
                line.setContentsMargins(0, 0, 0, 6)
                line.addWidget(field, 1 if isinstance(self.editors[key], QLineEdit) else 0)
                if not isinstance(self.editors[key], QLineEdit):
                    line.addStretch(1)  # a number keeps a number's width
                rows.addWidget(label)
                rows.addLayout(line)
            self.groups[title] = box
            column.addWidget(box)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)
        self._fit_to_screen(inner, layout)

    def _editor(self, option: Option, parent: QWidget) -> QWidget:
        """The field of `option` (kept in `editors`), with « Parcourir… » beside a folder's."""
        value = self.settings[option.key]
        field: QWidget
        if isinstance(option.default, float):
            spin = QDoubleSpinBox(parent)
            spin.setRange(-50.0, 50.0)
            spin.setSuffix(" mm")
            spin.setDecimals(1)
            spin.setValue(float(value))
            self.editors[option.key] = field = spin
        elif isinstance(option.default, int) and not isinstance(option.default, bool):
            whole = QSpinBox(parent)
            whole.setRange(1, 1000)
            whole.setValue(int(value))
            self.editors[option.key] = field = whole
        else:
            edit = QLineEdit(str(value), parent)
            self.editors[option.key] = field = edit
            if option.key == "backup_dir":
                edit.setPlaceholderText(str(default_backup_root()))
            if option.key.endswith("_dir"):
                field = self._with_browse(edit, tr(option.label))
        self.editors[option.key].setAccessibleName(tr(option.label))
        return field

    def _fit_to_screen(self, inner: QWidget, layout: QVBoxLayout) -> None:
        """As large as the groups ask (no scrolling when they fit), never larger than the screen."""
        inner.adjustSize()
        content = inner.sizeHint()
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        margins = layout.contentsMargins()
        chrome_height = margins.top() + margins.bottom() + layout.spacing() + self.buttons.sizeHint().height()
        width = content.width() + bar + margins.left() + margins.right()
        height = content.height() + chrome_height
        room = room_on_screen(self)
        if room is not None:
            width, height = min(width, room.width()), min(height, room.height())
        self.resize(width, height)

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
