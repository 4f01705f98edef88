"""« Candidats » (Secrétariat): the session's candidates on the left, the selected one's form on
the right with every field of EXCHANGE.md §2; the rules' blockers and warnings (DOMAIN.md §6)
shown under the form as it is typed; what the centre archive knows of the person proposed.

Candidates are added, edited and removed (with a reason) before the file is handed to the jury,
only through `juryapp.operations.candidates`; after the hand-off or the sign-off, or on a file
opened read-only, the form is shown disabled with the reason (the attendance is changed in the
main window). The form itself is `ui/candidates.ui`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QListWidgetItem, QMessageBox, QWidget

from juryapp.errors import JuryError
from juryapp.gui.candidate_form import CandidateEditor, preparing_refusal
from juryapp.gui.candidate_import_dialog import CandidateImportDialog, save_template_as
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.forms.ui_candidates import Ui_CandidatesDialog
from juryapp.gui.text_limits import ERROR_STYLE
from juryapp.model import PATHWAY_LABELS, Candidate
from juryapp.operations import candidates
from juryapp.operations.sessions import finding_label
from juryapp.rules.wording import fold

REF, NAME, PATHWAY, BLOCKERS = range(4)
COLUMN_TITLES = {REF: "Réf.", NAME: "Candidat", PATHWAY: "Parcours", BLOCKERS: "Blocages"}
RefRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

RED, AMBER, GREEN = "#b3261e", "#7a5200", "#1e6b34"
NOTE_STYLE = f"color: {AMBER}"
BANNER_STYLE = "QFrame#archiveBanner { background: #fff3d6; border: 1px solid #e0c27a; }"

Index = QModelIndex | QPersistentModelIndex


def finding_text(finding: Any) -> str:
    """« Label : message », the label left out when the message begins with it."""
    label = finding_label(finding)
    return finding.message if finding.message.startswith(label) else f"{label} : {finding.message}"


class CandidateListModel(QAbstractTableModel):
    """The session's candidates: ref, name, pathway and how many blockers they have."""

    def __init__(self, context: SessionContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[Candidate] = list(context.state.data.candidates)

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = list(self._context.state.data.candidates)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return tr(COLUMN_TITLES[section])
        return None

    def row_of(self, ref: str) -> int:
        return next((row for row, c in enumerate(self._rows) if c.ref == ref), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        candidate = self._rows[index.row()]
        outcome = self._context.state.outcomes.get(candidate.ref)
        blockers = list(outcome.blockers) if outcome is not None else []
        column = index.column()
        if role == RefRole:
            return candidate.ref
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SortRole):
            if column == REF:
                return candidate.ref
            if column == NAME:
                name = candidate.display_name
                if candidate.usage_name:
                    name += tr(" (usage : {name})").format(name=candidate.usage_name)
                return fold(name) if role == SortRole else name
            if column == PATHWAY:
                return tr(PATHWAY_LABELS.get(candidate.pathway, candidate.pathway))
            if column == BLOCKERS:
                if role == SortRole:
                    return len(blockers)
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return tr("{n} blocage(s)").format(n=len(blockers))
                return f"✖ {len(blockers)}" if blockers else "✔ 0"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == BLOCKERS:
                lines = [f"{finding_label(f)} : {f.message}" for f in blockers]
                return "\n".join(lines) or tr("Aucun blocage")
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == BLOCKERS:
            return QBrush(QColor(RED if blockers else GREEN))
        return None


class CandidateListFilter(QSortFilterProxyModel):
    """Type-to-filter on ref and name, accents and case ignored."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        self._needle = fold(text.strip())
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        text = " ".join(str(model.index(source_row, c, source_parent).data() or "") for c in (REF, NAME))
        return self._needle in fold(text)


class CandidatesDialog(QDialog):
    """The candidates of the open session; changes them only through `context.apply`."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CandidatesDialog()
        self.ui.setupUi(self)
        self._context = context
        self._current: str | None = None  # the ref shown; None: a new candidate
        self._saved: dict[str, Any] = {}
        self._editable = True
        self._busy = False  # selection moved by the dialog itself
        self._archive_key: tuple | None = None
        self._proposals: list[candidates.ArchiveProposal] = []
        self.model = CandidateListModel(context, self)
        self.proxy = CandidateListFilter(self)
        self.proxy.setSourceModel(self.model)
        self.editor = CandidateEditor(self.ui, lambda: self._context.state, self)
        self.editor.setup()
        self.setWindowTitle(tr("Candidats — {ref}[*]").format(ref=context.state.data.session.ref))
        self._build_views()
        self._connect_signals()
        self._fit_screen()
        self._apply_access()
        first = context.state.data.candidates[0].ref if context.state.data.candidates else None
        self._load(first)
        if first is not None:
            self._select(first)

    # -- building --------------------------------------------------------------------------

    def _build_views(self) -> None:
        ui = self.ui
        view = ui.candidatesView
        view.setModel(self.proxy)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The name takes what is left, the pathway the width of « Formation »: both elide (whole
        # in their tooltip) rather than push the list sideways on a narrow screen.
        metrics = view.fontMetrics()
        header.setMinimumSectionSize(metrics.horizontalAdvance("MMM"))
        header.setDefaultSectionSize(metrics.horizontalAdvance("MMMMMM"))
        header.setSectionResizeMode(REF, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, sample in ((PATHWAY, tr("Formation")), (BLOCKERS, "✖ 10")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 20)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.sortByColumn(REF, Qt.SortOrder.AscendingOrder)
        ui.archiveBanner.setStyleSheet(BANNER_STYLE)
        ui.archiveBanner.hide()
        ui.readOnlyLabel.setStyleSheet(NOTE_STYLE)
        ui.editorTitle.setStyleSheet("font-weight: bold")
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 2)
        ui.editorSplitter.setStretchFactor(0, 3)
        ui.editorSplitter.setStretchFactor(1, 1)
        ui.editorSplitter.setSizes([400, 110])
        ui.checksList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.buttonBox.button(ui.buttonBox.StandardButton.Close).setText(tr("Fermer"))

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.filterEdit.textChanged.connect(self.proxy.set_needle)
        ui.candidatesView.selectionModel().currentRowChanged.connect(self._on_current_changed)
        ui.newButton.clicked.connect(self.new_candidate)
        ui.saveButton.clicked.connect(self.save)
        ui.removeButton.clicked.connect(self.remove)
        ui.importButton.clicked.connect(self.open_import)
        ui.templateButton.clicked.connect(lambda: save_template_as(self, self._context))
        ui.archiveButton.clicked.connect(self._add_archive_holdings)
        ui.buttonBox.rejected.connect(self.reject)
        self.editor.edited.connect(self._on_edited)
        self._context.changed.connect(self._on_session_changed)

    def _fit_screen(self) -> None:
        """As large as the form asks, never larger than the screen (1366×768 at 200 % included)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width() - 24), min(self.height(), room.height() - 48))
        width = max(self.width() - 40, 300)
        share = 45 if width < 900 else 36  # a narrow screen: the names stay readable, the form scrolls
        self.ui.splitter.setSizes([width * share // 100, width * (100 - share) // 100])

    def _apply_access(self) -> None:
        why = preparing_refusal(self._context, attendance_hint=True)
        ui = self.ui
        self._editable = why is None
        ui.readOnlyLabel.setText(f"🔒 {why}" if why else "")
        ui.readOnlyLabel.setVisible(bool(why))
        ui.formContents.setEnabled(self._editable)
        for button in (ui.newButton, ui.removeButton, ui.importButton):
            button.setEnabled(self._editable)
        if not self._editable:
            ui.archiveBanner.hide()
        self._update_buttons()

    # -- the candidate shown ---------------------------------------------------------------

    @property
    def current(self) -> str | None:
        """The ref of the candidate in the form, None for a new one."""
        return self._current

    def dirty(self) -> bool:
        """Whether the form differs from what was loaded."""
        return self._editable and self.editor.fields() != self._saved

    def _load(self, ref: str | None) -> None:
        candidate = self._context.state.data.candidate(ref) if ref else None
        self._current = candidate.ref if candidate is not None else None
        self.editor.load(candidates.candidate_fields(candidate) if candidate is not None else None)
        self._saved = self.editor.fields()
        if candidate is None:
            self.ui.editorTitle.setText(tr("Nouveau candidat"))
        else:
            self.ui.editorTitle.setText(f"{candidate.ref} — {candidate.display_name}")
        self._archive_key = None
        self._on_edited()

    def _select(self, ref: str | None) -> None:
        """Select `ref`'s row without asking anything (None: no row)."""
        view = self.ui.candidatesView
        self._busy = True
        try:
            row = self.model.row_of(ref) if ref else -1
            index = self.proxy.mapFromSource(self.model.index(row, REF)) if row >= 0 else QModelIndex()
            if not index.isValid():
                view.selectionModel().clearSelection()
                view.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                return
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            view.scrollTo(index)
        finally:
            self._busy = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._busy or not current.isValid():
            return
        ref = current.data(RefRole)
        if ref == self._current:
            return
        if not self._confirm_leave():
            self._select(self._current)
            return
        self._load(ref)

    def _confirm_leave(self) -> bool:
        """Before the form is replaced: save, drop or stay (False) when it was changed."""
        if not self.dirty():
            return True
        answer = QMessageBox.question(
            self,
            tr("Fiche non enregistrée"),
            tr("La fiche du candidat a été modifiée et n'est pas enregistrée. L'enregistrer ?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- checked as typed ------------------------------------------------------------------

    def _on_edited(self) -> None:
        candidate, problem = self.editor.check()
        self._show_checks(candidate, problem)
        if self._editable:
            self._lookup_archive(candidate)
        self.setWindowModified(self.dirty())
        self._update_buttons(candidate is not None)

    def _update_buttons(self, valid: bool | None = None) -> None:
        ui = self.ui
        if valid is None:
            valid = self.editor.check()[0] is not None
        ui.saveButton.setEnabled(self._editable and valid and self.dirty())
        ui.removeButton.setEnabled(self._editable and self._current is not None)

    def _show_checks(self, candidate: Candidate | None, problem: str | None) -> None:
        checks = self.ui.checksList
        checks.clear()
        if problem is not None:
            self._add_check(f"✖ {problem}", RED, tr("À corriger avant d'enregistrer."))
            self.ui.checksLabel.setText(tr("Contrôles : la fiche ne peut pas être enregistrée telle quelle"))
            return
        assert candidate is not None
        findings = candidates.candidate_check(self._context.state, candidate)
        blockers = [f for f in findings if f.blocker]
        warnings = [f for f in findings if not f.blocker]
        for finding in blockers:
            self._add_check(f"✖ {finding_text(finding)}", RED, finding.remedy)
        for finding in warnings:
            self._add_check(f"⚠ {finding_text(finding)}", AMBER, finding.remedy)
        if not findings:
            self._add_check(tr("✔ Aucun blocage ni alerte pour ce candidat."), GREEN, "")
        self.ui.checksLabel.setText(
            tr("Contrôles (règles d'admission) : {b} blocage(s), {w} alerte(s)").format(
                b=len(blockers), w=len(warnings)
            )
        )

    def _add_check(self, text: str, colour: str, remedy: str) -> None:
        item = QListWidgetItem(text, self.ui.checksList)
        item.setForeground(QBrush(QColor(colour)))
        item.setToolTip(f"{text}\n{remedy}" if remedy else text)

    def check_lines(self) -> list[str]:
        """The lines shown under the form (blockers, warnings, or what is wrong)."""
        checks = self.ui.checksList
        return [checks.item(row).text() for row in range(checks.count())]

    # -- the centre archive ----------------------------------------------------------------

    def _lookup_archive(self, candidate: Candidate | None) -> None:
        """Ask the centre archive about the person once their identity (and holdings) change."""
        if candidate is None or candidate.birth_date is None:
            return
        key = (
            fold(candidate.last_name),
            fold(candidate.first_name),
            candidate.birth_date,
            candidate.prior_ccps,
            candidate.held_titles,
        )
        if key == self._archive_key:
            return
        self._archive_key = key
        banner, label, button = self.ui.archiveBanner, self.ui.archiveLabel, self.ui.archiveButton
        try:
            self._proposals = candidates.archive_proposals(self._context.state, candidate)
        except JuryError as exc:
            self._proposals = []
            label.setText(tr("Archive du centre non consultée : {why}").format(why=exc))
            button.hide()
            banner.show()
            return
        details = [line for proposal in self._proposals for line in proposal.details]
        if details:
            label.setText(tr("Déjà connu(e) de l'archive du centre : {what}.").format(what=" ; ".join(details)))
        elif self._proposals:
            sessions = sorted({ref for proposal in self._proposals for ref in proposal.sessions})
            label.setText(
                tr("Connu(e) de l'archive du centre (session {sessions}) : rien de plus à reprendre.").format(
                    sessions=", ".join(sessions)
                )
            )
        button.setVisible(bool(details))
        banner.setVisible(bool(self._proposals))

    def _add_archive_holdings(self) -> None:
        candidate, _problem = self.editor.check()
        if candidate is None or not self._proposals:
            return
        self.editor.add_holdings(candidates.apply_proposals(candidate, self._proposals))
        self._say(tr("CCP de l'archive ajoutés à la fiche : enregistrez pour les garder."))

    # -- actions ---------------------------------------------------------------------------

    def _say(self, text: str, style: str = "") -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet(style)

    def new_candidate(self) -> None:
        """« Nouveau »: an empty form (after asking about unsaved changes)."""
        if not self._confirm_leave():
            return
        self._select(None)
        self._load(None)
        self._say("")
        self.ui.lastNameEdit.setFocus()

    def save(self) -> bool:
        """« Enregistrer »: add the new candidate or replace the shown one's file."""
        if not self._editable:
            return False
        candidate, problem = self.editor.check()
        if candidate is None:
            self._say(f"✖ {problem}", ERROR_STYLE)
            return False
        fields = self.editor.fields()
        name = candidate.display_name
        self._busy = True
        try:
            if self._current is None:
                change = self._context.apply(
                    candidates.add_candidate, fields, describe=tr("Inscription de {name}").format(name=name)
                )
            else:
                change = self._context.apply(
                    candidates.edit_candidate,
                    self._current,
                    fields,
                    describe=tr("Fiche de {name}").format(name=name),
                )
        finally:
            self._busy = False
        if change is None:
            self._say(f"✖ {self._context.last_error}", ERROR_STYLE)
            return False
        ref = str(change.details.get("ref") or self._current)
        self._load(ref)
        self._select(ref)
        self._say(tr("✔ {ref} — {name} enregistré(e).").format(ref=ref, name=name))
        return True

    def remove(self) -> None:
        """« Retirer… »: take the shown candidate out of the session, with the reason."""
        if not self._editable or self._current is None:
            return
        candidate = self._context.state.data.candidate(self._current)
        if candidate is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            tr("Retirer {ref} — {name}").format(ref=candidate.ref, name=candidate.display_name),
            tr("Motif du retrait (désistement, inscription en erreur…) :"),
        )
        if not ok:
            return
        if not reason.strip():
            self._say(tr("✖ Indiquez le motif du retrait : rien n'a été retiré."), ERROR_STYLE)
            return
        self._busy = True
        try:
            change = self._context.apply(
                candidates.remove_candidate,
                candidate.ref,
                reason,
                describe=tr("Retrait de {name}").format(name=candidate.display_name),
            )
        finally:
            self._busy = False
        if change is None:
            self._say(f"✖ {self._context.last_error}", ERROR_STYLE)
            return
        remaining = self._context.state.data.candidates
        self._load(remaining[0].ref if remaining else None)
        self._select(self._current)
        self._say(
            tr("✔ {ref} — {name} retiré(e) de la session.").format(ref=candidate.ref, name=candidate.display_name)
        )

    def open_import(self) -> None:
        """« Importer… »: the spreadsheet import, with its preview."""
        if not self._confirm_leave():
            return
        CandidateImportDialog(self._context, self).exec()

    # -- the session moved -----------------------------------------------------------------

    def _on_session_changed(self, _refs: list) -> None:
        self.model.refresh()
        if self._busy:
            return
        if self._current is not None and self._context.state.data.candidate(self._current) is None:
            self._load(None)  # removed elsewhere
        elif not self.dirty():
            self._load(self._current)
        self._select(self._current)
        self._apply_access()
        self._on_edited()

    def reject(self) -> None:
        if not self._confirm_leave():
            return
        super().reject()

    def done(self, result: int) -> None:
        try:
            self._context.changed.disconnect(self._on_session_changed)
        except (RuntimeError, TypeError):  # already disconnected
            pass
        super().done(result)
