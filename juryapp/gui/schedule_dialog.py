"""« Planning des épreuves » (Secrétariat): the session's rooms, each candidate's épreuves placed
in rooms and time slots, « Planifier automatiquement », and the convocations and feuille
d'émargement printed from the saved schedule (`schedule_printing`).

The rules decide (`juryapp.operations.schedule`): an edit that would put a candidate or a juror
in two places at once, a juror in conflict on a candidate's épreuve, an épreuve beyond its room's
hours… is refused at once with the French message; what the working schedule still has wrong is
shown on its rows and listed below. Rooms are saved as they are changed; the schedule only with
« Enregistrer ». The form itself is `ui/schedule.ui`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QListView, QListWidgetItem, QMessageBox, QWidget

from juryapp.errors import JuryError
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.dialog_common import NOTE_STYLE, add_line, ask_to_save, disconnect, keep_on_screen
from juryapp.gui.filtering import NeedleFilter
from juryapp.gui.forms.ui_schedule import Ui_ScheduleDialog
from juryapp.gui.schedule_editors import ScheduleDelegate
from juryapp.gui.schedule_model import (
    ASSESSMENT,
    BLOCKING_STYLE,
    CANDIDATE,
    CCP,
    DAY,
    JURORS,
    STATE,
    WARNING_STYLE,
    FilterRole,
    ScheduleTableModel,
    SortRole,
    clock_text,
    day_text,
)
from juryapp.gui.schedule_printing import ConvocationsPrint
from juryapp.gui.schedule_rooms import RoomDelegate, RoomTableModel
from juryapp.gui.text_limits import ERROR_STYLE
from juryapp.model import ASSESSMENT_LABELS, ScheduleEntry
from juryapp.operations import schedule
from juryapp.operations.schedule import AutoPlan, PlanProblem, Room


class ScheduleDialog(QDialog):
    """The planner of the open session; changes it only through `context.apply`."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ScheduleDialog()
        self.ui.setupUi(self)
        self._context = context
        self._plan: AutoPlan | None = None
        self._editable = True
        self._print = ConvocationsPrint(self, context, self._say, self._say_refused)
        self.rooms_model = RoomTableModel(schedule.rooms(context.store), self._save_rooms, self)
        self.model = ScheduleTableModel(context, self.rooms_model.rooms, self)
        self.proxy = NeedleFilter(SortRole, words_role=FilterRole, parent=self)
        self.proxy.setSourceModel(self.model)
        self.setWindowTitle(tr("Planning des épreuves — {ref}[*]").format(ref=context.state.data.session.ref))
        self._build_views()
        self._connect_signals()
        keep_on_screen(self)  # as large as the form asks, never larger than the screen
        self._apply_access()
        self._refresh()

    @property
    def printed(self) -> list[Path]:
        """The files of the last print of the convocations, once written."""
        return self._print.printed

    # -- building --------------------------------------------------------------------------

    def _build_views(self) -> None:
        ui = self.ui
        view = ui.scheduleView
        view.setModel(self.proxy)
        view.setItemDelegate(ScheduleDelegate(self.model, view))
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Names and épreuves get a readable width (elided, whole in their tooltip), the others
        # their text's; the jurors (« J1, J2 ») fill what is left; a narrow screen scrolls sideways.
        metrics = view.fontMetrics()
        for column in range(STATE, JURORS + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, sample in (
            (CANDIDATE, "C00 — DUPRÉ-GARNIER François"),
            (ASSESSMENT, "Mise en situation professionnelle (CCP2)"),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 12)
        header.setStretchLastSection(True)
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        data = self._context.state.data
        view.setColumnHidden(CCP, data.session.kind == "titre" and not any(e.ccp for e in data.schedule))
        view.sortByColumn(DAY, Qt.SortOrder.AscendingOrder)
        view.setAccessibleName(tr("Épreuves planifiées"))
        ui.planningSplitter.setStretchFactor(0, 3)
        ui.planningSplitter.setStretchFactor(1, 1)
        ui.planningSplitter.setSizes([300, 100])
        rooms = ui.roomsView
        rooms.setModel(self.rooms_model)
        rooms.setItemDelegate(RoomDelegate(rooms))
        rooms.verticalHeader().setVisible(False)
        rooms.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rooms.setAccessibleName(tr("Salles de la session"))
        ui.statusLabel.setAccessibleName(tr("Dernier message du planning"))
        ui.problemsList.setAccessibleName(tr("Problèmes du planning"))
        # Long French sentences: wrapped in the pane's width rather than scrolled sideways.
        ui.problemsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.problemsList.setWordWrap(True)
        ui.problemsList.setResizeMode(QListView.ResizeMode.Adjust)

    def _connect_signals(self) -> None:
        ui = self.ui
        self.model.refused.connect(self._say_refused)
        self.model.entries_changed.connect(self._refresh)
        ui.filterEdit.textChanged.connect(self.proxy.set_needle)
        ui.autoPlanButton.clicked.connect(self.auto_plan)
        ui.removeEntryButton.clicked.connect(self._remove_entry)
        ui.addRoomButton.clicked.connect(self._add_room)
        ui.removeRoomButton.clicked.connect(self._remove_room)
        ui.problemsList.itemActivated.connect(self._show_problem)
        ui.problemsList.itemClicked.connect(self._show_problem)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        ui.printButton.clicked.connect(self.print_convocations)
        self._context.changed.connect(self._on_session_changed)

    def _apply_access(self) -> None:
        """A file opened read-only or a session signed off: everything shown, nothing edited."""
        ui = self.ui
        if self._context.read_only:
            why = tr(
                "Fichier ouvert en lecture seule ({why}) : le planning est affiché, il ne peut pas être modifié."
            ).format(why=self._context.read_only_reason)
        elif self._context.locked:
            why = tr("Session close (procès-verbal signé) : le planning et les salles ne se modifient plus.")
        else:
            why = ""
        editable = not why
        ui.readOnlyLabel.setText(why)
        ui.readOnlyLabel.setStyleSheet(NOTE_STYLE)
        ui.readOnlyLabel.setVisible(bool(why))
        self.model.editable = self.rooms_model.editable = editable
        for button in (ui.autoPlanButton, ui.removeEntryButton, ui.addRoomButton, ui.removeRoomButton):
            button.setEnabled(editable)
        self._editable = editable

    # -- state -----------------------------------------------------------------------------

    def dirty(self) -> bool:
        """Whether the working schedule differs from the saved one."""
        return tuple(self.model.entries) != self._context.state.data.schedule

    def _refresh(self) -> None:
        dirty = self.dirty()
        self.setWindowModified(dirty)
        self.ui.saveButton.setEnabled(self._editable and dirty)
        self._list_problems()

    def _say(self, text: str, style: str = "", details: str = "") -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet(style)
        self.ui.statusLabel.setToolTip(details)
        self.ui.statusLabel.setAccessibleDescription(details)

    def _say_refused(self, message: str) -> None:
        """A refusal: its first reason, and how many more (all of them in the tooltip); the
        table keeps its room on a small screen."""
        first, *others = message.split("\n")
        text = f"✖ {first}"
        if others:
            text += tr(" (et {n} autre(s) raison(s), dans l'infobulle)").format(n=len(others))
        self._say(text, ERROR_STYLE, "\n".join(f"• {line}" for line in [first, *others]) if others else "")

    def _entry_words(self, entry: ScheduleEntry) -> str:
        """« C01 — DURAND Élodie · Mise en situation professionnelle · lun. 07/12 08:30–11:00 · Salle Rhône »."""
        return " · ".join(
            (
                self.model.candidate_text(entry.candidate),
                tr(ASSESSMENT_LABELS.get(entry.assessment, entry.assessment)),
                f"{day_text(entry.start.date())} {clock_text(entry.start)}–{clock_text(entry.end)}",
                entry.room or tr("sans salle"),
            )
        )

    def _problem_line(self, problem: PlanProblem) -> str:
        mark = BLOCKING_STYLE[0] if problem.blocking else WARNING_STYLE[0]
        if problem.entry is not None and problem.entry < len(self.model.entries):
            return f"{mark} {self._entry_words(self.model.entries[problem.entry])} : {problem.message}"
        return f"{mark} {problem.message}"

    def _list_problems(self) -> None:
        self.ui.problemsList.clear()
        unplaced = self._plan.unplaced if self._plan is not None else ()
        unplaced_refs = {u.candidate for u in unplaced}
        shown = [
            p
            for p in self.model.problems
            if not (p.code == schedule.PlanCode.MISSING_ASSESSMENT and p.candidate in unplaced_refs)
        ]
        shown.sort(key=lambda p: not p.blocking)
        for problem in shown:
            self._add_problem(self._problem_line(problem), problem.blocking, problem.entry)
        for item in unplaced:
            label = tr(ASSESSMENT_LABELS.get(item.assessment, item.assessment))
            what = f"{label} ({item.ccp})" if item.ccp else label
            text = tr("{mark} Non placé : {who} · {what} : {why}").format(
                mark=WARNING_STYLE[0], who=self.model.candidate_text(item.candidate), what=what, why=item.reason
            )
            self._add_problem(text, False, None)
        if not shown and not unplaced:
            QListWidgetItem(
                tr("✔ Aucun problème : chaque épreuve planifiée respecte les règles."), self.ui.problemsList
            )
        blocking = sum(1 for p in shown if p.blocking)
        self.ui.problemsLabel.setText(
            tr("Pro&blèmes : {b} bloquant(s), {w} avertissement(s), {u} épreuve(s) non placée(s)").format(
                b=blocking, w=len(shown) - blocking, u=len(unplaced)
            )
        )

    def _add_problem(self, text: str, blocking: bool, entry: int | None) -> None:
        add_line(self.ui.problemsList, text, (BLOCKING_STYLE if blocking else WARNING_STYLE)[1], data=entry)

    def _show_problem(self, item: QListWidgetItem) -> None:
        """Select the row of the épreuve a problem is about (clearing a filter that hides it)."""
        row = item.data(Qt.ItemDataRole.UserRole)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(int(row), CANDIDATE))
        if not index.isValid():
            self.ui.filterEdit.clear()
            index = self.proxy.mapFromSource(self.model.index(int(row), CANDIDATE))
        view = self.ui.scheduleView
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.scrollTo(index)

    def _on_session_changed(self, _refs: list) -> None:
        """The session moved (here or elsewhere): the rooms read again; the schedule too unless edited."""
        self.rooms_model.load(schedule.rooms(self._context.store))
        self.model.rooms = list(self.rooms_model.rooms)
        saved = self._context.state.data.schedule
        if not self.dirty() or not self._editable:
            if tuple(self.model.entries) != saved:
                self.model.load(saved)
            else:
                self.model.recheck()
        else:
            self.model.recheck()
        self._apply_access()
        self._refresh()

    # -- rooms -----------------------------------------------------------------------------

    def _save_rooms(self, rooms: list[Room]) -> bool:
        change = self._context.apply(schedule.save_rooms, rooms, describe=tr("Salles de la session"))
        if change is None:
            self._say_refused(self._context.last_error)
            return False
        self._say(tr("Salles enregistrées."))
        self.model.set_rooms(rooms)
        return True

    def _add_room(self) -> None:
        names = {room.name.casefold() for room in self.rooms_model.rooms}
        number = len(self.rooms_model.rooms) + 1
        while tr("Salle {n}").format(n=number).casefold() in names:
            number += 1
        if self.rooms_model.change([*self.rooms_model.rooms, Room(tr("Salle {n}").format(n=number))]):
            index = self.rooms_model.index(len(self.rooms_model.rooms) - 1, 0)
            self.ui.roomsView.setCurrentIndex(index)
            self.ui.roomsView.edit(index)

    def _remove_room(self) -> None:
        index = self.ui.roomsView.currentIndex()
        if not index.isValid():
            self._say(tr("Choisissez d'abord la salle à retirer."))
            return
        rooms = list(self.rooms_model.rooms)
        del rooms[index.row()]
        self.rooms_model.change(rooms)

    # -- the schedule ----------------------------------------------------------------------

    def _remove_entry(self) -> None:
        index = self.ui.scheduleView.currentIndex()
        if not index.isValid():
            self._say(tr("Choisissez d'abord l'épreuve à retirer du planning."))
            return
        row = self.proxy.mapToSource(index).row()
        entry = self.model.entries[row]
        self.model.remove(row)
        self._say(tr("Retirée du planning (non enregistré) : {what}").format(what=self._entry_words(entry)))

    def session_days(self) -> list[dt.date]:
        return self.model.days()

    def auto_plan(self) -> None:
        """« Planifier automatiquement »: the épreuves marked « fixé » are kept, the others placed
        again; nothing is saved."""
        if not self._editable:
            return
        kept = self.model.kept()
        try:
            plan = schedule.propose_schedule(
                self._context.state, self.rooms_model.rooms, days=self.session_days(), keep=kept
            )
        except JuryError as exc:
            self._say_refused(str(exc)[:1].upper() + str(exc)[1:])
            return
        self._plan = plan
        self.model.load(plan.entries, [True] * len(kept) + [False] * (len(plan.entries) - len(kept)))
        self._say(
            tr(
                "Proposition : {placed} épreuve(s) placée(s), {kept} fixée(s) gardée(s), {unplaced} non placée(s). "
                "Ajustez-la, puis « Enregistrer »."
            ).format(placed=len(plan.placed), kept=len(kept), unplaced=len(plan.unplaced)),
            NOTE_STYLE if plan.unplaced else "",
        )

    def save(self) -> bool:
        """« Enregistrer »: the working schedule saved, or the refusal said (nothing written)."""
        if not self._editable:
            return False
        entries = tuple(self.model.entries)
        change = self._context.apply(schedule.save_schedule, entries, describe=tr("Planning des épreuves"))
        if change is None:
            self._say_refused(self._context.last_error)
            return False
        self._plan = None
        lines = [tr("Planning enregistré : {n} épreuve(s).").format(n=len(entries))]
        warnings = change.details.get("warnings") or []
        if warnings:
            lines.append(tr("{n} avertissement(s) restant(s).").format(n=len(warnings)))
        issued = change.details.get("issued") or ()
        if issued:
            lines.append(
                tr("Convocation déjà délivrée à {refs} : la nouvelle sera un duplicata, à leur envoyer.").format(
                    refs=", ".join(issued)
                )
            )
        self._say(" ".join(lines))
        self._refresh()
        return True

    def reject(self) -> None:
        """« Fermer » (or Échap): asks before dropping changes not saved."""
        if self._editable and self.dirty():
            answer = ask_to_save(
                self,
                tr("Planning non enregistré"),
                tr("Le planning a été modifié et n'est pas enregistré. L'enregistrer avant de fermer ?"),
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                return
        super().reject()

    def done(self, result: int) -> None:
        disconnect(self._context.changed, self._on_session_changed)
        super().done(result)

    # -- printing --------------------------------------------------------------------------

    def print_convocations(self) -> None:
        """« Imprimer les convocations et la feuille d'émargement… » into a chosen folder, off the GUI thread."""
        why = self._print.refusal(self.dirty(), self.rooms_model.rooms)
        if why is not None:
            self._say_refused(why)
            return
        self._print.start()
