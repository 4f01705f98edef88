"""« Jurés et conflits » (Secrétariat): the session's jurors, their habilitation and their conflicts
of interest with candidates, and, per present candidate, whether two habilitated jurors without
conflict remain (DOMAIN.md §4) — said for the form as it is typed, before it is saved.

Jurors change only through `juryapp.operations.jurors`, before the hand-off; a juror named on a
decision, the schedule or the sign-off is not removed (the refusal says where). The form itself
is `ui/jurors.ui`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QListWidgetItem, QMessageBox, QWidget

from juryapp.errors import BadInput
from juryapp.gui.candidate_form import CellTable, date_problem, day_text, iso_or_text, preparing_refusal
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.forms.ui_jurors import Ui_JurorsDialog
from juryapp.gui.text_limits import ERROR_STYLE, limit_length
from juryapp.model import CONFLICT_LABELS, Juror
from juryapp.operations import jurors
from juryapp.operations.sessions import SessionView
from juryapp.rules.wording import fr_date

NAME, REF, UNTIL = range(3)
COLUMN_TITLES = {NAME: "Juré", REF: "Réf.", UNTIL: "Habilitation"}
RefRole = Qt.ItemDataRole.UserRole + 1
RED, AMBER, GREEN = "#b3261e", "#7a5200", "#1e6b34"

Index = QModelIndex | QPersistentModelIndex


class JurorListModel(QAbstractTableModel):
    """The session's jurors: name, ref, end of habilitation (red when it ends before the session does)."""

    def __init__(self, context: SessionContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[Juror] = list(context.state.data.jurors)

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = list(self._context.state.data.jurors)
        self.endResetModel()

    def row_of(self, ref: str) -> int:
        return next((row for row, j in enumerate(self._rows) if j.ref == ref), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMN_TITLES[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        juror = self._rows[index.row()]
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


class JurorsDialog(QDialog):
    """The jurors of the open session; changes them only through `context.apply`."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JurorsDialog()
        self.ui.setupUi(self)
        self._context = context
        self._current: str | None = None
        self._saved: dict[str, Any] = {}
        self._editable = True
        self._busy = False
        self._loading = False
        self.model = JurorListModel(context, self)
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
        ui = self.ui
        view = ui.jurorsView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (REF, UNTIL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        for edit in (ui.lastNameEdit, ui.firstNameEdit):
            limit_length(edit)
        self._fill_choices()
        ui.readOnlyLabel.setStyleSheet(f"color: {AMBER}")
        ui.coverageList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.coverageList.setWordWrap(True)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 2)
        ui.rightSplitter.setStretchFactor(0, 3)
        ui.rightSplitter.setStretchFactor(1, 2)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(tr("Fermer"))

    def _fill_choices(self) -> None:
        people = [(f"{c.ref} — {c.display_name}", c.ref) for c in self._context.state.data.candidates]
        self.conflicts.set_choices(0, people)
        kinds = [(tr(label)[:1].upper() + tr(label)[1:], kind) for kind, label in CONFLICT_LABELS.items()]
        self.conflicts.set_choices(1, kinds)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.jurorsView.selectionModel().currentRowChanged.connect(self._on_current_changed)
        ui.newButton.clicked.connect(self.new_juror)
        ui.saveButton.clicked.connect(self.save)
        ui.removeButton.clicked.connect(self.remove)
        ui.addConflictButton.clicked.connect(lambda: self.conflicts.add_row())
        ui.removeConflictButton.clicked.connect(self.conflicts.remove_current)
        for edit in (ui.lastNameEdit, ui.firstNameEdit, ui.habilitationEdit):
            edit.textChanged.connect(self._on_edited)
        self.conflicts.edited.connect(self._on_edited)
        ui.buttonBox.rejected.connect(self.reject)
        self._context.changed.connect(self._on_session_changed)

    def _fit_screen(self) -> None:
        """As large as the form asks, never larger than the screen (1366×768 at 200 % included)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width() - 24), min(self.height(), room.height() - 48))
        width = max(self.width() - 40, 300)
        self.ui.splitter.setSizes([width * 35 // 100, width * 65 // 100])

    def _apply_access(self) -> None:
        why = preparing_refusal(self._context)
        ui = self.ui
        self._editable = why is None
        ui.readOnlyLabel.setText(f"🔒 {why}" if why else "")
        ui.readOnlyLabel.setVisible(bool(why))
        ui.formContents.setEnabled(self._editable)
        ui.newButton.setEnabled(self._editable)
        self._update_buttons()

    # -- the juror shown -------------------------------------------------------------------

    @property
    def current(self) -> str | None:
        return self._current

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

    def dirty(self) -> bool:
        return self._editable and self.fields() != self._saved

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

    def _select(self, ref: str | None) -> None:
        view = self.ui.jurorsView
        self._busy = True
        try:
            row = self.model.row_of(ref) if ref else -1
            if row < 0:
                view.selectionModel().clearSelection()
                view.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                return
            view.selectionModel().setCurrentIndex(
                self.model.index(row, NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
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
        if not self.dirty():
            return True
        answer = QMessageBox.question(
            self,
            tr("Fiche non enregistrée"),
            tr("La fiche du juré a été modifiée et n'est pas enregistrée. L'enregistrer ?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

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

    def _update_buttons(self, valid: bool | None = None) -> None:
        if valid is None:
            valid = self.check()[0] is not None
        self.ui.saveButton.setEnabled(self._editable and valid and self.dirty())
        self.ui.removeButton.setEnabled(self._editable and self._current is not None)

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
            item = QListWidgetItem(text, items)
            item.setForeground(QBrush(QColor(GREEN if cover.enough else RED)))
            item.setToolTip(f"{candidate.ref} — {candidate.display_name} : {cover.details()}")
            item.setData(Qt.ItemDataRole.UserRole, candidate.ref)
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

    def _say(self, text: str, style: str = "") -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet(style)

    def new_juror(self) -> None:
        if not self._confirm_leave():
            return
        self._select(None)
        self._load(None)
        self._say("")
        self.ui.lastNameEdit.setFocus()

    def save(self) -> bool:
        """« Enregistrer »: add the new juror, or replace the shown one (with their conflicts)."""
        if not self._editable:
            return False
        juror, problem = self.check()
        if juror is None:
            self._say(f"✖ {problem}", ERROR_STYLE)
            return False
        self._busy = True
        try:
            change = self._context.apply(
                jurors.save_juror, self.fields(), describe=tr("Juré {name}").format(name=juror.display_name)
            )
        finally:
            self._busy = False
        if change is None:
            self._say(f"✖ {self._context.last_error}", ERROR_STYLE)
            return False
        ref = str(change.details.get("ref"))
        self._load(ref)
        self._select(ref)
        warning = change.details.get("warning")
        if warning:
            self._say(f"⚠ {str(warning)[:1].upper()}{str(warning)[1:]}", f"color: {AMBER}")
        else:
            self._say(tr("✔ {ref} — {name} enregistré(e).").format(ref=ref, name=juror.display_name))
        return True

    def remove(self) -> None:
        """« Retirer… »: remove the shown juror and their conflicts, when no record names them."""
        if not self._editable or self._current is None:
            return
        juror = self._context.state.data.juror(self._current)
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
        self._busy = True
        try:
            change = self._context.apply(
                jurors.remove_juror, juror.ref, describe=tr("Retrait du juré {name}").format(name=juror.display_name)
            )
        finally:
            self._busy = False
        if change is None:
            self._say(f"✖ {self._context.last_error}", ERROR_STYLE)
            return
        remaining = self._context.state.data.jurors
        self._load(remaining[0].ref if remaining else None)
        self._select(self._current)
        self._say(tr("✔ {ref} — {name} retiré(e).").format(ref=juror.ref, name=juror.display_name))

    # -- the session moved -----------------------------------------------------------------

    def _on_session_changed(self, _refs: list) -> None:
        self.model.refresh()
        if self._busy:
            return
        self._fill_choices()
        if self._current is not None and self._context.state.data.juror(self._current) is None:
            self._load(None)
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
