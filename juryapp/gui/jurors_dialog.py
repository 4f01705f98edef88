"""« Jurés et conflits » (Secrétariat): the session's jurors, their habilitation and their conflicts
of interest with candidates, and, per present candidate, whether two habilitated jurors without
conflict remain (DOMAIN.md §4) — said for the form as it is typed, before it is saved.

Jurors change only through `juryapp.operations.jurors`, before the hand-off; a juror named on a
decision, the schedule or the sign-off is not removed (the refusal says where). The form itself
is `ui/jurors.ui`; what it shares with the candidates' dialog is `record_dialog`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QMessageBox, QWidget

from juryapp.errors import BadInput
from juryapp.gui.cell_table import CellTable
from juryapp.gui.context import SessionContext, tr, tr_noop
from juryapp.gui.dialog_common import GREEN, NOTE_STYLE, RED, add_line
from juryapp.gui.form_fields import date_problem, day_text, iso_or_text
from juryapp.gui.forms.ui_jurors import Ui_JurorsDialog
from juryapp.gui.record_dialog import RecordDialog, RecordListModel, RefRole
from juryapp.gui.text_limits import ERROR_STYLE, limit_length
from juryapp.model import CONFLICT_LABELS, Juror
from juryapp.operations import jurors
from juryapp.operations.sessions import SessionView
from juryapp.rules.wording import fr_date

NAME, REF, UNTIL = range(3)


class JurorListModel(RecordListModel):
    """The session's jurors: name, ref, end of habilitation (red when it ends before the session does)."""

    TITLES = {NAME: tr_noop("Juré"), REF: tr_noop("Réf."), UNTIL: tr_noop("Habilitation")}

    def records(self) -> tuple[Juror, ...]:
        return self._context.state.data.jurors

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        juror = self.row_at(index)
        if juror is None:
            return None
        column = index.column()
        habilitated = juror.is_habilitated_on(self._context.state.data.session.end)
        if role == RefRole:
            return juror.ref
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                return juror.display_name
            if column == REF:
                return juror.ref
            until = fr_date(juror.habilitation_until) if juror.habilitation_until else tr("non datée")
            if role != Qt.ItemDataRole.DisplayRole and not habilitated:
                return tr("{until} : ne couvre pas la session").format(until=until)
            return until if habilitated else f"✖ {until}"
        if role == Qt.ItemDataRole.ForegroundRole and column == UNTIL and not habilitated:
            return QBrush(QColor(RED))
        return None


class JurorsDialog(RecordDialog):
    """The jurors of the open session; changes them only through `context.apply`."""

    UNSAVED_TEXT = tr_noop("La fiche du juré a été modifiée et n'est pas enregistrée. L'enregistrer ?")
    ui: Ui_JurorsDialog

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_JurorsDialog()
        self.ui.setupUi(self)
        self._loading = False
        self.model = JurorListModel(context, self)
        self.list_view = self.ui.jurorsView
        self.conflicts = CellTable(
            self.ui.conflictsTable,
            tr("Conflits d'intérêts"),
            [(tr("Candidat"), "choice", []), (tr("Nature"), "choice", []), (tr("Note"), "line", [])],
            after=self.ui.addConflictButton,
        )
        self.setWindowTitle(tr("Jurés et conflits — {ref}[*]").format(ref=context.state.data.session.ref))
        self._build_views()
        self._connect_signals()
        self._fit_screen()
        self._apply_access()
        first = context.state.data.jurors[0].ref if context.state.data.jurors else None
        self._load(first)
        self._select(first)

    # -- building --------------------------------------------------------------------------

    def _build_views(self) -> None:
        super()._build_views()
        ui = self.ui
        header = ui.jurorsView.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (REF, UNTIL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for edit in (ui.lastNameEdit, ui.firstNameEdit):
            limit_length(edit)
        self._refresh_choices()
        ui.coverageList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.coverageList.setWordWrap(True)
        ui.rightSplitter.setStretchFactor(0, 3)
        ui.rightSplitter.setStretchFactor(1, 2)

    def _refresh_choices(self) -> None:
        people = [(f"{c.ref} — {c.display_name}", c.ref) for c in self._context.state.data.candidates]
        self.conflicts.set_choices(0, people)
        kinds = [(tr(label)[:1].upper() + tr(label)[1:], kind) for kind, label in CONFLICT_LABELS.items()]
        self.conflicts.set_choices(1, kinds)

    def _connect_signals(self) -> None:
        super()._connect_signals()
        ui = self.ui
        ui.addConflictButton.clicked.connect(lambda: self.conflicts.add_row())
        ui.removeConflictButton.clicked.connect(self.conflicts.remove_current)
        for edit in (ui.lastNameEdit, ui.firstNameEdit, ui.habilitationEdit):
            edit.textChanged.connect(self._on_edited)
        self.conflicts.edited.connect(self._on_edited)

    # -- the juror shown -------------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        """The form as a §2 juror dict."""
        ui = self.ui
        return {
            "ref": self._current or "",
            "last_name": ui.lastNameEdit.text(),
            "first_name": ui.firstNameEdit.text(),
            "habilitation_until": iso_or_text(ui.habilitationEdit.text()),
            "conflicts": [
                {"candidate": candidate or "", "kind": kind or "", "note": note}
                for candidate, kind, note in self.conflicts.rows()
            ],
        }

    def _load(self, ref: str | None) -> None:
        juror = self._context.state.data.juror(ref) if ref else None
        self._current = juror.ref if juror is not None else None
        fields = jurors.juror_fields(juror) if juror is not None else {"conflicts": []}
        ui = self.ui
        self._loading = True
        try:
            ui.refEdit.setText(fields.get("ref") or "")
            ui.lastNameEdit.setText(fields.get("last_name") or "")
            ui.firstNameEdit.setText(fields.get("first_name") or "")
            ui.habilitationEdit.setText(day_text(fields.get("habilitation_until")))
            self.conflicts.load([[c["candidate"], c["kind"], c["note"]] for c in fields["conflicts"]])
        finally:
            self._loading = False
        self._saved = self.fields()
        ui.jurorGroup.setTitle(juror.display_name if juror is not None else tr("Nouveau juré"))
        self._on_edited()

    def _record(self, ref: str) -> Juror | None:
        return self._context.state.data.juror(ref)

    # -- checked as typed ------------------------------------------------------------------

    def check(self) -> tuple[Juror | None, str | None]:
        """The juror the form describes, or None and what is wrong."""
        problem = date_problem(self.ui.habilitationEdit.text(), tr("Fin d'habilitation"))
        if problem is not None:
            return None, problem
        try:
            return jurors.juror_from_fields(self._context.state, self.fields()), None
        except BadInput as exc:
            return None, exc.message[:1].upper() + exc.message[1:]

    def _on_edited(self) -> None:
        if self._loading:
            return
        juror, problem = self.check()
        if problem is not None:
            self._say(f"✖ {problem}", ERROR_STYLE)
        elif self.ui.statusLabel.styleSheet() == ERROR_STYLE:
            self._say("")
        self._show_coverage(juror if self.dirty() else None)
        self.setWindowModified(self.dirty())
        self._update_buttons(juror is not None)

    def _show_coverage(self, working: Juror | None) -> None:
        """Each present candidate's jury: the session's, or with `working` in place of its saved self."""
        view: SessionView = self._context.state
        if working is not None:
            others = tuple(j for j in view.data.jurors if j.ref != self._current)
            view = dataclasses.replace(view, data=view.data.evolve(jurors=(*others, working)))
        coverage = jurors.jury_coverage(view)
        items = self.ui.coverageList
        items.clear()
        short = 0
        for candidate in view.data.candidates:
            cover = coverage.get(candidate.ref)
            if cover is None:
                continue
            short += not cover.enough
            # Enough: how many (their names in the tooltip); too few: the whole sentence, wrapped.
            if cover.enough:
                what = tr("{n} jurés habilités sans conflit").format(n=len(cover.jurors))
            else:
                what = cover.text()
            text = f"{'✔' if cover.enough else '✖'} {candidate.ref} — {candidate.display_name} : {what}"
            details = f"{candidate.ref} — {candidate.display_name} : {cover.details()}"
            add_line(items, text, GREEN if cover.enough else RED, details, candidate.ref)
        if not coverage:
            QListWidgetItem(tr("Aucun candidat présent."), items)
        label = tr("Jury de chaque c&andidat présent : {n} sans jury suffisant").format(n=short)
        if working is not None:
            label += tr(" (avec la fiche en cours, non enregistrée)")
        self.ui.coverageLabel.setText(label)

    def coverage_lines(self) -> dict[str, str]:
        """The coverage shown, by candidate ref."""
        items = self.ui.coverageList
        return {
            items.item(row).data(Qt.ItemDataRole.UserRole): items.item(row).text()
            for row in range(items.count())
            if items.item(row).data(Qt.ItemDataRole.UserRole)
        }

    # -- actions ---------------------------------------------------------------------------

    def save(self) -> bool:
        """« Enregistrer »: add the new juror, or replace the shown one (with their conflicts)."""
        juror = self._valid_record()
        if juror is None:
            return False
        describe = tr("Juré {name}").format(name=juror.display_name)
        change = self._apply(jurors.save_juror, self.fields(), describe=describe)
        if change is None:
            return False
        ref = str(change.details.get("ref"))
        self._show(ref)
        warning = change.details.get("warning")
        if warning:
            self._say(f"⚠ {str(warning)[:1].upper()}{str(warning)[1:]}", NOTE_STYLE)
        else:
            self._say(tr("✔ {ref} — {name} enregistré(e).").format(ref=ref, name=juror.display_name))
        return True

    def remove(self) -> None:
        """« Retirer… »: remove the shown juror and their conflicts, when no record names them."""
        juror = self._removable()
        if juror is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Retirer un juré"),
            tr("Retirer {name} ({ref}) et ses conflits d'intérêts de la session ?").format(
                name=juror.display_name, ref=juror.ref
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        describe = tr("Retrait du juré {name}").format(name=juror.display_name)
        if self._apply(jurors.remove_juror, juror.ref, describe=describe) is None:
            return
        self._show_first()
        self._say(tr("✔ {ref} — {name} retiré(e).").format(ref=juror.ref, name=juror.display_name))
