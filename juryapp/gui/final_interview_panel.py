"""The entretien final of one candidate: held or not, date, jurors, notes, and its countdown.

Every change is saved as it is made (the notes after a short pause or when leaving the field)
through `operations.record_final_interview`; unticking « Entretien final tenu » withdraws it.
A refused save is explained under the form and nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from juryapp import operations
from juryapp.gui.autosave import Autosave
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.interview_timer import InterviewTimer
from juryapp.gui.jurors_selector import JurorsSelector
from juryapp.gui.style import make_heading
from juryapp.gui.text_limits import editor_problem
from juryapp.model import FinalInterview
from juryapp.operations import Change

ERROR_STYLE = "color: #b3261e"
NOT_HELD_NOTES = "Notes non enregistrées : cochez « Entretien final tenu » pour les enregistrer."


class FinalInterviewPanel(QWidget):
    """Shows and autosaves the entretien final of the candidate given to `show_candidate`."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._ref: str | None = None
        self._loading = False
        self._applying = False
        # Pending: the form holds edits that are not recorded yet.
        self._autosave = Autosave(self, self._save)
        self._drafts: dict[str, str] = {}  # notes typed for an interview not (or no longer) recorded

        self._heading = QLabel(self, textFormat=Qt.TextFormat.PlainText)
        make_heading(self._heading)
        self._unavailable = QLabel(self, wordWrap=True)
        self._unavailable.setStyleSheet("font-weight: bold")
        self._unavailable.setAccessibleName(tr("Pourquoi l'entretien final n'est pas modifiable"))
        self.held_box = QCheckBox(tr("Entretien final tenu"), self)
        self.held_box.setAccessibleName(tr("Entretien final tenu"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setAccessibleName(tr("Date de l'entretien final"))
        self.jurors = JurorsSelector(context, self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(tr("Notes de l'entretien final"))
        self.notes_edit.setPlaceholderText(tr("Points abordés, échanges sur le dossier professionnel…"))
        self.notes_edit.installEventFilter(self)
        self.date_edit.installEventFilter(self)
        self.status_label = QLabel(self, wordWrap=True)
        self.status_label.setAccessibleName(tr("État de l'enregistrement"))
        self.timer = InterviewTimer(context.state.title.final_interview_minutes(), self)

        self._build_layout()
        self._connect_signals()
        self.show_candidate(None)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.held_box)
        top.addSpacing(24)
        date_label = QLabel(tr("Date :"), self)
        date_label.setBuddy(self.date_edit)
        top.addWidget(date_label)
        top.addWidget(self.date_edit)
        top.addStretch(1)
        # Conflict reasons make the jurors' row long: it scrolls rather than widen the window.
        jurors_area = QScrollArea(self)
        jurors_area.setWidget(self.jurors)
        jurors_area.setWidgetResizable(True)
        jurors_area.setFrameShape(QFrame.Shape.NoFrame)
        jurors_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        jurors_area.setFixedHeight(self.jurors.sizeHint().height() + bar)
        notes_label = QLabel(tr("Notes :"), self)
        notes_label.setBuddy(self.notes_edit)
        notes = QVBoxLayout()
        notes.addWidget(notes_label)
        notes.addWidget(self.notes_edit, 1)
        clock_box = QGroupBox(tr("Chronomètre"), self)
        clock_box.setMaximumWidth(380)
        clock_layout = QVBoxLayout(clock_box)
        clock_layout.addWidget(self.timer)
        clock_layout.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(notes, 1)
        columns.addWidget(clock_box, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._unavailable)
        layout.addLayout(top)
        layout.addWidget(jurors_area)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status_label)

    def _connect_signals(self) -> None:
        self._context.changed.connect(self._on_changed)
        self.held_box.toggled.connect(self._on_held_toggled)
        self.date_edit.dateChanged.connect(self._on_delayed_edit)
        self.jurors.edited.connect(self._on_jurors_edited)
        self.notes_edit.textChanged.connect(self._on_notes_changed)

    def show_candidate(self, ref: str | None) -> None:
        """Show `ref`'s entretien final, after saving what was pending for the previous one."""
        if ref != self._ref:
            self.flush()
            self._autosave.cancel()
        self._ref = ref
        self._load()

    def _interview(self) -> FinalInterview | None:
        interviews = self._context.state.data.final_interviews
        return next((interview for interview in interviews if interview.candidate == self._ref), None)

    def _load(self) -> None:
        state = self._context.state
        candidate = state.data.candidate(self._ref) if self._ref else None
        if candidate is None:
            self._heading.setText(tr("Entretien final"))
            self._set_unavailable(tr("Choisissez un candidat dans la liste."))
            return
        self._heading.setText(
            tr("Entretien final — {name} ({ref})").format(name=candidate.display_name, ref=candidate.ref)
        )
        if candidate.attendance == "absent":
            self._set_unavailable(tr("Candidat absent : pas d'entretien final."))
        elif candidate.attendance == "excused":
            self._set_unavailable(tr("Candidat excusé : pas d'entretien final."))
        else:
            self._unavailable.hide()
            for widget in (self.held_box, self.date_edit, self.jurors, self.notes_edit):
                widget.setEnabled(True)
        if self._autosave.pending:
            return  # keep what the user is editing
        interview = self._interview()
        self._loading = True
        try:
            self.held_box.setChecked(interview is not None)
            held_on = interview.held_on if interview and interview.held_on else state.data.session.end
            self.date_edit.setDate(QDate(held_on.year, held_on.month, held_on.day))
            self.jurors.set_candidate(self._ref, interview.jurors if interview else None)
            recorded = interview.notes if interview else ""
            notes = self._drafts.get(candidate.ref, recorded)
            if self.notes_edit.toPlainText() != notes:
                self.notes_edit.setPlainText(notes)
        finally:
            self._loading = False
        if notes != recorded:
            if interview is not None:  # saved with the next change of a recorded interview
                self._autosave.touch(countdown=False)
            self._set_status(tr(NOT_HELD_NOTES) if interview is None else tr("Notes non enregistrées."), error=True)
        elif interview is not None:
            self._set_status(self._recorded_text())
        else:
            self._set_status(tr("Aucun entretien final enregistré."))

    def _set_unavailable(self, reason: str) -> None:
        self._unavailable.setText(reason)
        self._unavailable.show()
        for widget in (self.held_box, self.date_edit, self.jurors, self.notes_edit):
            widget.setEnabled(False)
        self._set_status("")

    def _recorded_text(self) -> str:
        records = self._context.history(self._ref or "")
        for record in (r for r in records if r.table == "final_interviews" and r.current):
            day, time = dt.datetime.fromisoformat(record.recorded_at).strftime("%d/%m/%Y %H:%M").split()
            return tr("Enregistré le {day} à {time} par {actor}").format(day=day, time=time, actor=record.recorded_by)
        return tr("Entretien final enregistré.")

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(("⚠ " if error else "") + text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")

    def _on_changed(self, refs: list[str]) -> None:
        if self._ref in refs and not self._applying:
            self._load()

    def _on_held_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        if checked:
            self._autosave.touch(countdown=False)
            self.flush()
        else:
            self._withdraw()

    def _on_jurors_edited(self) -> None:
        if self._loading:
            return
        self._autosave.touch(countdown=False)
        if self.held_box.isChecked():
            self.flush()

    def _on_delayed_edit(self) -> None:
        if self._loading or self._ref is None:
            return
        if not self.held_box.isChecked():  # recorded once the interview is ticked as held
            self._autosave.touch(countdown=False)
        elif self._context.locked:  # do not ask for a reason at every pause in the typing
            self._autosave.touch(countdown=False)
            self._set_status(tr("Modification à enregistrer en quittant le champ (session close : motif demandé)."))
        else:
            self._autosave.touch()

    def _notes_problem(self) -> str | None:
        return editor_problem(self.notes_edit, "text", tr("Notes"))

    def _on_notes_changed(self) -> None:
        problem = self._notes_problem()
        if self._loading or self._ref is None:
            return
        if not self.held_box.isChecked():
            self._drafts[self._ref] = self.notes_edit.toPlainText()
            self._autosave.touch(countdown=False)
            self._set_status(problem or tr(NOT_HELD_NOTES), error=True)
            return
        if problem is not None:  # said at once, and not saved until it is put right
            self._autosave.touch(countdown=False)
            self._set_status(tr("Non enregistré : {why}").format(why=problem), error=True)
            return
        self._on_delayed_edit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.notes_edit, self.date_edit) and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def flush(self) -> bool:
        """Record the pending edits now, when the interview is ticked as held; False when they could
        not be (not held, a refusal): they stay pending, and what was typed is kept."""
        return self._autosave.flush()

    def _save(self) -> bool:
        """The autosave's `save`: the form recorded as the candidate's entretien final."""
        if self._ref is None or not self.held_box.isChecked():
            return False
        ref = self._ref
        held_on, jurors, notes = self.date_edit.date().toPython(), self.jurors.selected(), self.notes_edit.toPlainText()
        problem = self._notes_problem()
        if problem is not None:
            self._drafts[ref] = notes  # kept until it can be recorded
            self._set_status(tr("Non enregistré : {why}").format(why=problem), error=True)
            return False
        describe = tr("Entretien final de {ref}").format(ref=ref)
        change = self._apply(operations.record_final_interview, ref, held_on, jurors, notes, describe=describe)
        if change is None:
            self._drafts[ref] = notes  # kept until it can be recorded
            return False
        self._drafts.pop(ref, None)
        self._set_status(tr("Enregistré à {time}").format(time=dt.datetime.now().strftime("%H:%M")))
        return True

    def _withdraw(self) -> None:
        self._autosave.hold()
        ref = self._ref
        if ref is None:
            return
        if self.notes_edit.toPlainText():
            self._drafts[ref] = self.notes_edit.toPlainText()
        if self._interview() is None:  # never recorded (a refused save): nothing to take back
            self._autosave.cancel()
            self._set_status(tr("Aucun entretien final enregistré."))
            return
        describe = tr("Retrait de l'entretien final de {ref}").format(ref=ref)
        change = self._apply(operations.withdraw, "final_interviews", ref, describe=describe)
        if change is None:
            self.held_box.blockSignals(True)
            self.held_box.setChecked(True)
            self.held_box.blockSignals(False)
            return
        self._autosave.cancel()
        self._set_status(tr("Entretien final retiré à {time}").format(time=dt.datetime.now().strftime("%H:%M")))

    def _apply(self, operation: Callable[..., Change | None], *args: object, describe: str) -> Change | None:
        """Run the operation; on a refusal or a cancel, say so under the form and keep the edits."""
        self._applying = True
        try:
            change = self._context.apply(operation, *args, describe=describe)
        finally:
            self._applying = False
        if change is None:
            self._set_status(
                tr("Non enregistré : {why}").format(why=self._context.last_error or tr("modification annulée")),
                error=True,
            )
        return change
