"""The convocations and the feuille d'émargement of the planner (« Imprimer les convocations et la
feuille d'émargement… »), printed from the saved schedule into a folder the user chooses, off the
GUI thread with a progress dialog: all the files are written, then registered, or none."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from juryapp.errors import JuryError, os_error_text
from juryapp.files import private_dir, write_private
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.dialog_common import start_worker
from juryapp.gui.document_preview import confirm_duplicata, error_message
from juryapp.gui.documents_menu import printing_refusal
from juryapp.operations import documents, printing, schedule
from juryapp.operations.schedule import Room
from juryapp.operations.sessions import SessionStore

if TYPE_CHECKING:
    from juryapp.operations.documents import PlannedDocument


def pre_session_documents(store: SessionStore, refs: Sequence[str]) -> list[PlannedDocument]:
    """The convocations of the candidates `refs`, then the feuille d'émargement, as printed today."""
    items = [
        item
        for ref in refs
        for item in documents.planned_documents(store, ref)
        if item.data.meta.kind == "convocation" and item.data.meta.candidate == ref
    ]
    return items + [item for item in documents.planned_documents(store, None) if item.data.meta.kind == "emargement"]


@dataclass
class ConvocationsReport:
    """What a print of the convocations wrote."""

    files: list[Path]
    registered: int = 0
    drafts: int = 0
    unsealed_because: str = ""
    left_out: list[str] = field(default_factory=list)

    def text(self, folder: Path) -> str:
        lines = [tr("{n} fichier(s) écrit(s) dans\n{folder}").format(n=len(self.files), folder=folder)]
        if self.registered:
            lines.append(
                tr("{n} document(s) scellé(s) et inscrit(s) au registre de la session.").format(n=self.registered)
            )
        if self.drafts:
            lines.append(
                tr(
                    "{n} projet(s), ni scellé(s) ni inscrit(s) au registre : des épreuves n'ont pas encore de créneau."
                ).format(n=self.drafts)
            )
        if self.unsealed_because:
            lines.append(
                tr("Imprimés sans sceau, non inscrits au registre, car {why}.").format(why=self.unsealed_because)
            )
        if self.left_out:
            shown = self.left_out[:8] + (
                [tr("… et {n} autre(s)").format(n=len(self.left_out) - 8)] if len(self.left_out) > 8 else []
            )
            lines.append(tr("Déjà délivrés, non réimprimés :") + "\n" + "\n".join(f"• {line}" for line in shown))
        return "\n\n".join(lines)


class ConvocationsWorker(QObject):
    """Prints the convocations and the feuille d'émargement off the GUI thread, with its own
    connection: all the files are written, then registered; never touches a widget."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, session_path: Path, out_dir: Path, actor: str, refs: Sequence[str], duplicata: bool) -> None:
        super().__init__()
        self._session_path = session_path
        self._out_dir = out_dir
        self._actor = actor
        self._refs = tuple(refs)
        self._duplicata = duplicata

    def run(self) -> None:
        try:
            report = self._print()
        except JuryError as exc:
            self.failed.emit(error_message(exc))
        except OSError as exc:
            self.failed.emit(f"{exc.filename} : {os_error_text(exc)}" if exc.filename else os_error_text(exc))
        else:
            self.finished.emit(report)

    def _print(self) -> ConvocationsReport:
        with SessionStore.open(self._session_path, purpose="impression des convocations") as store:
            if store.read_only_reason is not None:
                why = tr("{why} : impossible d'inscrire les documents au registre").format(why=store.read_only_reason)
                raise JuryError(why)
            items = pre_session_documents(store, self._refs)
            prepared, left_out = [], []
            for number, item in enumerate(items, start=1):
                self.progressed.emit(number, len(items), item.file_name)
                try:
                    prepared.append(
                        printing.prepare_document(store, item, actor=self._actor, duplicata=self._duplicata)
                    )
                except documents.AlreadyIssued as exc:
                    left_out += exc.lines
            written: list[Path] = []
            try:
                private_dir(self._out_dir)
                for done in prepared:
                    write_private(self._out_dir / done.item.file_name, done.pdf)
                    written.append(self._out_dir / done.item.file_name)
            except BaseException:
                for path in written:  # all or nothing: nothing is registered either
                    path.unlink(missing_ok=True)
                raise
            try:  # the register takes the whole print in one transaction, or none of it
                registered = printing.register_job(store, prepared, actor=self._actor)
            except BaseException:
                for path in written:
                    path.unlink(missing_ok=True)
                raise
        return ConvocationsReport(
            written,
            registered,
            drafts=sum(1 for done in prepared if done.record is None and not done.note),
            unsealed_because=next((done.note for done in prepared if done.note), ""),
            left_out=left_out,
        )


class ConvocationsPrint(QObject):
    """Prints the convocations of the candidates of the saved schedule and the feuille
    d'émargement for `window` (the planner), whose status line is told through `say` and
    `refuse`; `printed`: the files of the last print, once written."""

    def __init__(
        self,
        window: QWidget,
        context: SessionContext,
        say: Callable[[str], None],
        refuse: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._say = say
        self._refuse = refuse
        self.printed: list[Path] = []
        self._progress: QProgressDialog | None = None
        self._out_dir = Path()

    def refusal(self, dirty: bool, rooms: Sequence[Room]) -> str | None:
        """Why the convocations are not printed now (`dirty`: the planner's schedule is not saved;
        `rooms`: the session's), None when they may be."""
        why = printing_refusal(self._context)
        if why is not None:
            return why
        if dirty:
            return tr(
                "Enregistrez d'abord le planning : les convocations sont imprimées d'après le planning enregistré."
            )
        saved = self._context.state.data.schedule
        if not saved:
            return tr("Le planning enregistré ne compte aucune épreuve : rien à convoquer.")
        blocking = [p for p in schedule.plan_problems(self._context.state, rooms) if p.blocking]
        if blocking:
            return tr(
                "Le planning enregistré a {n} problème(s) bloquant(s) : corrigez-le avant d'imprimer ({first})."
            ).format(n=len(blocking), first=blocking[0].message)
        return None

    def scheduled_refs(self) -> list[str]:
        """The candidates with an épreuve in the saved schedule, in the session's order."""
        planned = {entry.candidate for entry in self._context.state.data.schedule}
        return [c.ref for c in self._context.state.data.candidates if c.ref in planned]

    def start(self) -> None:
        """Ask for the folder (and, when only duplicatas could be made, whether to make them), then
        print off the GUI thread."""
        refs = self.scheduled_refs()
        try:
            items = pre_session_documents(self._context.store, refs)
            issued = [line for item in items if (line := documents.issued_original(self._context.store, item))]
        except JuryError as exc:
            self._refuse(error_message(exc))
            return
        duplicata = False
        if items and len(issued) == len(items):  # only duplicatas could be made
            if not confirm_duplicata(self._window, issued):
                return
            duplicata = True
        folder = QFileDialog.getExistingDirectory(
            self._window, tr("Dossier où écrire les convocations"), str(self._context.path.parent)
        )
        if not folder:
            return
        out_dir = Path(folder) / documents.folder_name(self._context.state.data.session.ref)
        self._run(ConvocationsWorker(self._context.path, out_dir, self._context.actor, refs, duplicata), out_dir)

    def _run(self, worker: ConvocationsWorker, out_dir: Path) -> None:
        progress = self._progress = QProgressDialog(
            tr("Préparation des convocations…"), tr("Patienter"), 0, 0, self._window
        )
        progress.setWindowTitle(tr("Impression des convocations"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        self._out_dir = out_dir
        # Slots of a QObject of the GUI thread: the worker's signals are queued to it.
        worker.progressed.connect(self._on_progress)
        worker.finished.connect(self._on_printed)
        worker.failed.connect(self._on_failed)
        start_worker(worker, (worker.finished, worker.failed), parent=self)
        progress.show()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        progress = self._progress
        if progress is None:
            return
        progress.setLabelText(tr("Document {done} sur {total} : {name}").format(done=done, total=total, name=name))
        progress.setMaximum(total)
        progress.setValue(done)  # a modal progress dialog lets the events run: the print may end here

    def _end_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    def _on_printed(self, report: ConvocationsReport) -> None:
        self._end_progress()
        self.printed = report.files
        self._say(tr("{n} fichier(s) écrit(s) dans {folder}").format(n=len(report.files), folder=self._out_dir))
        QMessageBox.information(self._window, tr("Convocations écrites"), report.text(self._out_dir))
        self._context.reload()

    def _on_failed(self, message: str) -> None:
        self._end_progress()
        self._refuse(message)
        QMessageBox.warning(
            self._window,
            tr("Impression impossible"),
            message + tr("\n\nAucun fichier écrit, rien inscrit au registre."),
        )
