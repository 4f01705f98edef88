"""« Importer des candidats » (Secrétariat): a candidate list (CSV or XLSX, EXCHANGE.md §5) read
against the session and previewed line by line: each error on its line and column, duplicates
with the session and the centre archive flagged, refs renumbered said. Nothing is written before
« Accepter », which is offered only when the preview has no error; then every row is added in
one transaction (`juryapp.operations.candidates_import.accept_import`). The form is
`ui/candidate_import.ui`.

The file is read off the GUI thread, with a connection of its own that only reads
(`candidate_import_preview`).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from juryapp.errors import JuryError, os_error_text
from juryapp.gui.candidate_import_preview import LINE, NAME, REF, STYLES, PreviewModel, PreviewWorker, preview_lines
from juryapp.gui.context import SessionContext, tr, tr_noop
from juryapp.gui.dialog_common import NOTE_STYLE, add_line, keep_on_screen, line_texts, start_worker
from juryapp.gui.form_fields import preparing_refusal
from juryapp.gui.forms.ui_candidate_import import Ui_CandidateImportDialog
from juryapp.gui.text_limits import ERROR_STYLE
from juryapp.operations import candidates_import
from juryapp.operations.candidates_import import ImportPreview

_LINE_OF_NOTE = re.compile(r"^ligne (\d+)")
SHEET_FILTER = tr_noop("Tableurs (*.xlsx *.csv);;Classeur Excel (*.xlsx);;Texte CSV (*.csv)")


def save_template_as(parent: QWidget, context: SessionContext) -> Path | None:
    """Ask where, then write an empty candidate list for this session (.xlsx or .csv); its path,
    or None when cancelled or refused (the reason then shown)."""
    suggested = context.path.parent / f"candidats-{context.state.data.session.ref}.xlsx"
    name, chosen = QFileDialog.getSaveFileName(
        parent, tr("Enregistrer un modèle de tableur"), str(suggested), tr(SHEET_FILTER)
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if "csv" in chosen and "xlsx" not in chosen else ".xlsx"))
    try:
        candidates_import.save_template(path, context.state)
    except JuryError as exc:
        QMessageBox.warning(parent, tr("Modèle non enregistré"), str(exc))
        return None
    except OSError as exc:
        QMessageBox.warning(parent, tr("Modèle non enregistré"), f"{path} : {os_error_text(exc)}")
        return None
    return path


class CandidateImportDialog(QDialog):
    """Previews a candidate list, and adds it to the session when the secretary accepts it."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None, sheet: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CandidateImportDialog()
        self.ui.setupUi(self)
        self._context = context
        self.preview: ImportPreview | None = None
        self.added = 0
        self._generation = 0
        self._reading = False
        self.model = PreviewModel(parent=self)
        self.accept_button = QPushButton(tr("&Accepter"))
        self.accept_button.setToolTip(tr("Ajoute tous les candidats de la liste à la session, en une fois."))
        self.ui.buttonBox.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(tr("Fermer"))
        self.setWindowTitle(tr("Importer des candidats — {ref}").format(ref=context.state.data.session.ref))
        self._build_views()
        self._connect_signals()
        keep_on_screen(self)
        self._refresh()
        if sheet is not None:
            self.load(Path(sheet))

    def _build_views(self) -> None:
        ui = self.ui
        view = ui.previewView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (LINE, REF):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(NAME, view.fontMetrics().horizontalAdvance("DUPRÉ-GARNIER François") + 16)
        header.setStretchLastSection(True)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        ui.busyBar.hide()
        ui.refusalLabel.setStyleSheet(NOTE_STYLE)
        ui.problemsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.templateButton.clicked.connect(self._save_template)
        ui.problemsList.itemActivated.connect(self._show_line)
        ui.problemsList.itemClicked.connect(self._show_line)
        ui.buttonBox.accepted.connect(self.accept_import)
        ui.buttonBox.rejected.connect(self.reject)

    def exec(self) -> int:
        """Without a sheet given, the file is asked first; cancelled, the dialog is not shown."""
        if self.preview is None and not self._reading and not self.choose_file():
            return int(QDialog.DialogCode.Rejected)
        return super().exec()

    # -- reading ---------------------------------------------------------------------------

    def choose_file(self) -> bool:
        current = self.ui.fileEdit.text()
        folder = str(Path(current).parent) if current else str(self._context.path.parent)
        name, _ = QFileDialog.getOpenFileName(self, tr("Liste de candidats à importer"), folder, tr(SHEET_FILTER))
        if not name:
            return False
        self.load(Path(name))
        return True

    def load(self, sheet: Path) -> None:
        """Read `sheet` against the session, off the GUI thread; the preview replaces the previous one."""
        self._generation += 1
        self.preview = None
        self._reading = True
        self.ui.fileEdit.setText(str(sheet))
        self.ui.fileEdit.setToolTip(str(sheet))
        self.ui.summaryLabel.setText(tr("Lecture de {name}…").format(name=sheet.name))
        self.ui.summaryLabel.setStyleSheet("")
        self.ui.busyBar.show()
        self.model.load([])
        self.ui.problemsList.clear()
        self._refresh()
        worker = PreviewWorker(self._generation, self._context.path, sheet)
        worker.finished.connect(self._on_preview)
        worker.failed.connect(self._on_failed)
        start_worker(worker, (worker.finished, worker.failed))

    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self.ui.busyBar.hide()
        self.ui.summaryLabel.setText(f"✖ {message}")
        self.ui.summaryLabel.setStyleSheet(ERROR_STYLE)
        self._refresh()

    def _on_preview(self, generation: int, preview: ImportPreview) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self.ui.busyBar.hide()
        self.preview = preview
        self.model.load(preview_lines(preview))
        problems = self.ui.problemsList
        problems.clear()
        for problem in preview.problems:
            self._add_item(f"✖ {problem.text()}", "error", problem.line)
        for note in preview.notes():
            match = _LINE_OF_NOTE.match(note)
            kind = "info" if " : archive : " in note or "la référence" in note else "warning"
            self._add_item(("ℹ " if kind == "info" else "⚠ ") + note, kind, int(match.group(1)) if match else None)
        if not preview.problems and not preview.notes():
            self._add_item(tr("✔ Aucun problème ni remarque."), "ok", None)
        if preview.ok:
            text = tr("{summary} : rien n'est écrit avant « Accepter ».").format(summary=preview.summary())
            style = ""
        else:
            text = tr("{summary} : corrigez le fichier puis choisissez-le à nouveau ; rien ne sera importé.").format(
                summary=preview.summary()
            )
            style = ERROR_STYLE
        self.ui.summaryLabel.setText(text)
        self.ui.summaryLabel.setStyleSheet(style)
        known = any(proposal.details for row in preview.rows for proposal in row.proposals)
        self.ui.archiveCheck.setEnabled(known)
        self.ui.archiveCheck.setChecked(known)
        self._refresh()

    def _add_item(self, text: str, kind: str, line: int | None) -> None:
        add_line(self.ui.problemsList, text, STYLES[kind][0], data=line)

    def problem_lines(self) -> list[str]:
        """The lines of the problems list, as shown."""
        return line_texts(self.ui.problemsList)

    def _show_line(self, item: QListWidgetItem) -> None:
        line = item.data(Qt.ItemDataRole.UserRole)
        row = self.model.row_of_line(int(line)) if line is not None else -1
        if row >= 0:
            self.ui.previewView.selectRow(row)
            self.ui.previewView.scrollTo(self.model.index(row, LINE))

    def _refresh(self) -> None:
        why = preparing_refusal(self._context)
        self.ui.refusalLabel.setText(f"🔒 {why}" if why else "")
        self.ui.refusalLabel.setVisible(bool(why))
        ok = why is None and self.preview is not None and self.preview.ok and not self._reading
        self.accept_button.setEnabled(ok)
        if self.preview is None:
            self.ui.archiveCheck.setEnabled(False)

    # -- actions ---------------------------------------------------------------------------

    def _save_template(self) -> None:
        path = save_template_as(self, self._context)
        if path is not None:
            self.ui.summaryLabel.setText(tr("Modèle enregistré : {path}").format(path=path))
            self.ui.summaryLabel.setStyleSheet("")

    def accept_import(self) -> None:
        """« Accepter »: every candidate of the preview added in one transaction."""
        preview = self.preview
        if preview is None or not preview.ok or not self.accept_button.isEnabled():
            return
        change = self._context.apply(
            candidates_import.accept_import,
            preview,
            apply_archive=self.ui.archiveCheck.isEnabled() and self.ui.archiveCheck.isChecked(),
            describe=tr("Import de {name}").format(name=preview.source.name),
        )
        if change is None:
            self.ui.summaryLabel.setText(f"✖ {self._context.last_error}")
            self.ui.summaryLabel.setStyleSheet(ERROR_STYLE)
            self._refresh()
            return
        self.added = int(change.details.get("count", 0))
        QMessageBox.information(
            self,
            tr("Candidats importés"),
            tr("{n} candidat(s) ajouté(s) à la session depuis {name}.").format(n=self.added, name=preview.source.name),
        )
        self.accept()
