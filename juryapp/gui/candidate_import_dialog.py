"""« Importer des candidats » (Secrétariat): a candidate list (CSV or XLSX, EXCHANGE.md §5) read
against the session and previewed line by line: each error on its line and column, duplicates
with the session and the centre archive flagged, refs renumbered said. Nothing is written before
« Accepter », which is offered only when the preview has no error; then every row is added in
one transaction (`juryapp.operations.candidates.accept_import`). The form is `ui/candidate_import.ui`.

The file is read off the GUI thread, with a connection of its own that only reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
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
from juryapp.gui.candidate_form import preparing_refusal
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.forms.ui_candidate_import import Ui_CandidateImportDialog
from juryapp.gui.text_limits import ERROR_STYLE
from juryapp.operations import candidates
from juryapp.operations.candidates import ImportPreview
from juryapp.operations.sessions import SessionStore, finding_label

LINE, REF, NAME, STATE = range(4)
COLUMN_TITLES = {LINE: "Ligne", REF: "Réf.", NAME: "Candidat", STATE: "État"}
LineRole = Qt.ItemDataRole.UserRole + 1
# What a line's state is, with its colour and background: never colour alone, the text says it too.
_STYLES = {
    "error": ("#b3261e", "#fde7e5"),
    "warning": ("#7a5200", "#fff3d6"),
    "info": ("#1f4e8c", None),
    "ok": ("#1e6b34", None),
}
_LINE_OF_NOTE = re.compile(r"^ligne (\d+)")
SHEET_FILTER = "Tableurs (*.xlsx *.csv);;Classeur Excel (*.xlsx);;Texte CSV (*.csv)"
# Previews being read: kept referenced until their thread finishes.
_RUNNING: list[tuple[QThread, QObject]] = []

Index = QModelIndex | QPersistentModelIndex


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
        candidates.save_template(path, context.state)
    except JuryError as exc:
        QMessageBox.warning(parent, tr("Modèle non enregistré"), str(exc))
        return None
    except OSError as exc:
        QMessageBox.warning(parent, tr("Modèle non enregistré"), f"{path} : {os_error_text(exc)}")
        return None
    return path


class PreviewWorker(QObject):
    """Reads the sheet against the session (read-only connection of its own); never touches a widget."""

    finished = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, generation: int, session: Path, sheet: Path) -> None:
        super().__init__()
        self._generation = generation
        self._session = session
        self._sheet = sheet

    def run(self) -> None:
        try:
            with SessionStore.open(self._session, write=False) as store:
                preview = candidates.preview_import(store, self._sheet)
        except JuryError as exc:
            self.failed.emit(self._generation, str(exc))
        except OSError as exc:
            self.failed.emit(self._generation, f"{self._sheet} : {os_error_text(exc)}")
        else:
            self.finished.emit(self._generation, preview)


@dataclass(frozen=True, slots=True)
class PreviewLine:
    """One line of the sheet as the preview shows it."""

    line: int
    ref: str
    name: str
    state: str
    kind: str  # error, warning, info, ok
    details: tuple[str, ...]


def preview_lines(preview: ImportPreview) -> list[PreviewLine]:
    """Every line of the sheet with a candidate or a problem, in the sheet's order."""
    rows = {row.line: row for row in preview.rows}
    problems: dict[int, list[candidates.ImportProblem]] = {}
    for problem in preview.problems:
        problems.setdefault(problem.line, []).append(problem)
    first_row = min(rows, default=None)
    found = []
    for line in sorted(set(rows) | set(problems)):
        row = rows.get(line)
        wrong = problems.get(line, [])
        states: list[str] = []
        details = [f"✖ {p.text()}" for p in wrong]
        kind = "ok"
        if wrong:
            columns = list(dict.fromkeys(p.column or tr("ligne entière") for p in wrong))
            states.append(tr("✖ {n} erreur(s) : {columns}").format(n=len(wrong), columns=", ".join(columns)))
            kind = "error"
        candidate = row.candidate if row is not None else None
        if row is not None and candidate is not None:
            if row.renumbered_from is not None:
                states.append(tr("↻ réf. « {old} » déjà prise").format(old=row.renumbered_from))
                details.append(
                    tr("↻ la référence « {old} » est déjà prise dans la session : le candidat reçoit « {new} »").format(
                        old=row.renumbered_from, new=candidate.ref
                    )
                )
            if row.duplicates:
                states.append(tr("⚠ doublon"))
                details += [tr("⚠ doublon : {text}").format(text=text) for text in row.duplicates]
            if row.proposals:
                states.append(tr("ℹ connu(e) de l'archive"))
                details += [f"ℹ {proposal.text()}" for proposal in row.proposals]
            blockers = [f for f in row.findings if f.blocker and f.code.value != "DUPLICATE_CANDIDATE"]
            if blockers:
                more = f" (+{len(blockers) - 1})" if len(blockers) > 1 else ""
                states.append(
                    tr("⚠ bloqué(e) une fois inscrit(e) : {what}").format(what=finding_label(blockers[0])) + more
                )
            details += [f"⚠ {finding_label(f)} : {f.message}" for f in blockers]
            if kind == "ok" and (row.duplicates or blockers):
                kind = "warning"
            elif kind == "ok" and (row.proposals or row.renumbered_from):
                kind = "info"
        if not states:
            states.append(tr("✔ prêt"))
        if candidate is not None:
            ref, name = candidate.ref, candidate.display_name
        elif first_row is None or line < first_row:
            ref, name = "", tr("(ligne d'en-tête)")
        else:
            ref, name = "", tr("(non lu)")
        found.append(PreviewLine(line, ref, name, " · ".join(states), kind, tuple(details)))
    return found


class PreviewModel(QAbstractTableModel):
    """The lines of the preview: number, ref, name, state (details in the tooltip)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[PreviewLine] = []

    def load(self, lines: list[PreviewLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def row_of_line(self, line: int) -> int:
        return next((row for row, item in enumerate(self.lines) if item.line == line), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMN_TITLES[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        item = self.lines[index.row()]
        column = index.column()
        if role == LineRole:
            return item.line
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {LINE: item.line, REF: item.ref, NAME: item.name, STATE: item.state}[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            head = tr("Ligne {line}").format(line=item.line) + (f" — {item.ref} {item.name}" if item.ref else "")
            return "\n".join([head, *item.details]) if item.details else f"{head}\n{item.state}"
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            return QBrush(QColor(_STYLES[item.kind][0]))
        if role == Qt.ItemDataRole.BackgroundRole and _STYLES[item.kind][1]:
            return QBrush(QColor(_STYLES[item.kind][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


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
        self.model = PreviewModel(self)
        self.accept_button = QPushButton(tr("&Accepter"))
        self.accept_button.setToolTip(tr("Ajoute tous les candidats de la liste à la session, en une fois."))
        self.ui.buttonBox.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(tr("Fermer"))
        self.setWindowTitle(tr("Importer des candidats — {ref}").format(ref=context.state.data.session.ref))
        self._build_views()
        self._connect_signals()
        self._fit_screen()
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
        ui.refusalLabel.setStyleSheet("color: #7a5200")
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

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width() - 24), min(self.height(), room.height() - 48))

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
        thread = QThread()
        worker.moveToThread(thread)
        worker.finished.connect(self._on_preview)
        worker.failed.connect(self._on_failed)
        for signal in (worker.finished, worker.failed):
            signal.connect(thread.quit)
        thread.started.connect(worker.run)
        thread.finished.connect(worker.deleteLater)
        entry = (thread, worker)
        _RUNNING.append(entry)
        thread.finished.connect(lambda: _RUNNING.remove(entry))
        thread.finished.connect(thread.deleteLater)
        thread.start()

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
        item = QListWidgetItem(text, self.ui.problemsList)
        item.setToolTip(text)
        item.setForeground(QBrush(QColor(_STYLES[kind][0])))
        item.setData(Qt.ItemDataRole.UserRole, line)

    def problem_lines(self) -> list[str]:
        """The lines of the problems list, as shown."""
        problems = self.ui.problemsList
        return [problems.item(row).text() for row in range(problems.count())]

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
            candidates.accept_import,
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
