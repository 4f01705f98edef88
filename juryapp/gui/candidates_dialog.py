"""« Candidats » (Secrétariat): the session's candidates on the left, the selected one's form on
the right with every field of EXCHANGE.md §2; the rules' blockers and warnings (DOMAIN.md §6)
shown under the form as it is typed; what the centre archive knows of the person proposed.

Candidates are added, edited and removed (with a reason) before the file is handed to the jury,
only through `juryapp.operations.candidates`; after the hand-off or the sign-off, or on a file
opened read-only, the form is shown disabled with the reason (the attendance is changed in the
main window). The form itself is `ui/candidates.ui`; what it shares with the jurors' dialog is
`record_dialog`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QInputDialog, QWidget

from juryapp.errors import JuryError
from juryapp.gui.candidate_form import CandidateEditor
from juryapp.gui.candidate_import_dialog import CandidateImportDialog, save_template_as
from juryapp.gui.context import SessionContext, tr, tr_noop
from juryapp.gui.dialog_common import AMBER, GREEN, RED, add_line, line_texts
from juryapp.gui.filtering import NeedleFilter
from juryapp.gui.form_fields import preparing_refusal
from juryapp.gui.forms.ui_candidates import Ui_CandidatesDialog
from juryapp.gui.record_dialog import RecordDialog, RecordListModel, RefRole
from juryapp.gui.text_limits import ERROR_STYLE
from juryapp.gui.wording import finding_text
from juryapp.model import PATHWAY_LABELS, Candidate
from juryapp.operations import candidates, candidates_archive
from juryapp.operations.sessions import finding_label
from juryapp.rules.wording import fold

REF, NAME, PATHWAY, BLOCKERS = range(4)
SortRole = Qt.ItemDataRole.UserRole + 2
BANNER_STYLE = "QFrame#archiveBanner { background: #fff3d6; border: 1px solid #e0c27a; }"


def finding_line(finding: Any) -> str:
    """« Label : message », the label left out when the message begins with it; translated."""
    label = finding_label(finding)
    text = finding_text(finding)
    return text if finding.message.startswith(label) else f"{tr(label)} : {text}"


class CandidateListModel(RecordListModel):
    """The session's candidates: ref, name, pathway and how many blockers they have."""

    TITLES = {REF: tr_noop("Réf."), NAME: tr_noop("Candidat"), PATHWAY: tr_noop("Parcours"), BLOCKERS: "✖"}
    HEADER_TOOLTIPS = True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The blockers' column is headed « ✖ » (its width is that of « ✖ 10 »), « Blocages » in its tooltip."""
        if section == BLOCKERS and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return tr("Blocages")
        return super().headerData(section, orientation, role)

    def records(self) -> tuple[Candidate, ...]:
        return self._context.state.data.candidates

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        candidate = self.row_at(index)
        if candidate is None:
            return None
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
                lines = [f"{tr(finding_label(f))} : {finding_text(f)}" for f in blockers]
                return "\n".join(lines) or tr("Aucun blocage")
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == BLOCKERS:
            return QBrush(QColor(RED if blockers else GREEN))
        return None


class CandidatesDialog(RecordDialog):
    """The candidates of the open session; changes them only through `context.apply`."""

    UNSAVED_TEXT = tr_noop("La fiche du candidat a été modifiée et n'est pas enregistrée. L'enregistrer ?")
    ui: Ui_CandidatesDialog
    proxy: NeedleFilter

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CandidatesDialog()
        self.ui.setupUi(self)
        self._archive_key: tuple | None = None
        self._proposals: list[candidates_archive.ArchiveProposal] = []
        self.model = CandidateListModel(context, self)
        self.proxy = NeedleFilter(SortRole, columns=(REF, NAME), parent=self)
        self.proxy.setSourceModel(self.model)
        self.list_view = self.ui.candidatesView
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
        super()._build_views()
        ui = self.ui
        view = ui.candidatesView
        header = view.horizontalHeader()
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
        view.sortByColumn(REF, Qt.SortOrder.AscendingOrder)
        ui.archiveBanner.setStyleSheet(BANNER_STYLE)
        ui.archiveBanner.hide()
        ui.editorTitle.setStyleSheet("font-weight: bold")
        ui.editorSplitter.setStretchFactor(0, 3)
        ui.editorSplitter.setStretchFactor(1, 1)
        ui.editorSplitter.setSizes([500, 80])  # the form first: the checks are one or two lines
        ui.checksList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _connect_signals(self) -> None:
        super()._connect_signals()
        ui = self.ui
        ui.filterEdit.textChanged.connect(self.proxy.set_needle)
        ui.importButton.clicked.connect(self.open_import)
        ui.templateButton.clicked.connect(lambda: save_template_as(self, self._context))
        ui.archiveButton.clicked.connect(self._add_archive_holdings)
        self.editor.edited.connect(self._on_edited)

    def _list_share(self, width: int) -> int:
        return 45 if width < 900 else 36  # a narrow screen: the names stay readable, the form scrolls

    def _refusal(self) -> str | None:
        return preparing_refusal(self._context, attendance_hint=True)

    def _apply_access(self) -> None:
        super()._apply_access()
        self.ui.importButton.setEnabled(self._editable)
        if not self._editable:
            self.ui.archiveBanner.hide()

    # -- the candidate shown ---------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        return self.editor.fields()

    def check(self) -> tuple[Candidate | None, str | None]:
        return self.editor.check()

    def _record(self, ref: str) -> Candidate | None:
        return self._context.state.data.candidate(ref)

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

    # -- checked as typed ------------------------------------------------------------------

    def _on_edited(self) -> None:
        candidate, problem = self.editor.check()
        self._show_checks(candidate, problem)
        if self._editable:
            self._lookup_archive(candidate)
        self.setWindowModified(self.dirty())
        self._update_buttons(candidate is not None)

    def _show_checks(self, candidate: Candidate | None, problem: str | None) -> None:
        checks = self.ui.checksList
        checks.clear()
        if problem is not None:
            add_line(checks, f"✖ {problem}", RED, f"✖ {problem}\n" + tr("À corriger avant d'enregistrer."))
            self.ui.checksLabel.setText(tr("Contrôles : la fiche ne peut pas être enregistrée telle quelle"))
            return
        assert candidate is not None
        findings = candidates.candidate_check(self._context.state, candidate)
        blockers = [f for f in findings if f.blocker]
        warnings = [f for f in findings if not f.blocker]
        for mark, colour, found in (("✖", RED, blockers), ("⚠", AMBER, warnings)):
            for finding in found:
                text = f"{mark} {finding_line(finding)}"
                add_line(checks, text, colour, f"{text}\n{tr(finding.remedy)}" if finding.remedy else text)
        if not findings:
            add_line(checks, tr("✔ Aucun blocage ni alerte pour ce candidat."), GREEN)
        self.ui.checksLabel.setText(
            tr("Contrôles (règles d'admission) : {b} blocage(s), {w} alerte(s)").format(
                b=len(blockers), w=len(warnings)
            )
        )

    def check_lines(self) -> list[str]:
        """The lines shown under the form (blockers, warnings, or what is wrong)."""
        return line_texts(self.ui.checksList)

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
            self._proposals = candidates_archive.archive_proposals(self._context.state, candidate)
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
        self.editor.add_holdings(candidates_archive.apply_proposals(candidate, self._proposals))
        self._say(tr("CCP de l'archive ajoutés à la fiche : enregistrez pour les garder."))

    # -- actions ---------------------------------------------------------------------------

    def save(self) -> bool:
        """« Enregistrer »: add the new candidate or replace the shown one's file."""
        candidate = self._valid_record()
        if candidate is None:
            return False
        fields = self.editor.fields()
        name = candidate.display_name
        if self._current is None:
            describe = tr("Inscription de {name}").format(name=name)
            change = self._apply(candidates.add_candidate, fields, describe=describe)
        else:
            describe = tr("Fiche de {name}").format(name=name)
            change = self._apply(candidates.edit_candidate, self._current, fields, describe=describe)
        if change is None:
            return False
        ref = str(change.details.get("ref") or self._current)
        self._show(ref)
        self._say(tr("✔ {ref} — {name} enregistré(e).").format(ref=ref, name=name))
        return True

    def remove(self) -> None:
        """« Retirer… »: take the shown candidate out of the session, with the reason."""
        candidate = self._removable()
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
        describe = tr("Retrait de {name}").format(name=candidate.display_name)
        if self._apply(candidates.remove_candidate, candidate.ref, reason, describe=describe) is None:
            return
        self._show_first()
        self._say(
            tr("✔ {ref} — {name} retiré(e) de la session.").format(ref=candidate.ref, name=candidate.display_name)
        )

    def open_import(self) -> None:
        """« Importer… »: the spreadsheet import, with its preview."""
        if not self._confirm_leave():
            return
        CandidateImportDialog(self._context, self).exec()
