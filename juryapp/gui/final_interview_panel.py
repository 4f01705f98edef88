"""The entretien final of one candidate: held or not, date, jurors, notes, and its countdown.

Every change is saved as it is made (the notes after a short pause or when leaving the field)
through `operations.record_final_interview` (the timing recorded stays); unticking
« Entretien final tenu » withdraws it. The countdown is the shown candidate's (each candidate keeps
their own time); Terminer records its start, end and timed duration on the candidate's entretien
final (`operations.interview.record_timing`), shown under the countdown and in the history.

Nothing typed is lost: a refused save is explained under the form; what is unfinished (notes not
recorded, a duration refused, a countdown going on) is kept as a draft in the file when another
candidate is shown or the file is left, and put back, « Brouillon du … restauré », on return.
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
from juryapp.errors import BadInput
from juryapp.gui.autosave import Autosave, restored_text
from juryapp.gui.context import SessionContext, tr, tr_noop
from juryapp.gui.interview_timer import InterviewTimer, timing_words
from juryapp.gui.jurors_selector import JurorsSelector
from juryapp.gui.style import make_heading
from juryapp.gui.text_limits import editor_problem
from juryapp.model import FinalInterview
from juryapp.operations import Change
from juryapp.operations import drafts as kept_drafts
from juryapp.operations import interview as interview_ops
from juryapp.operations.interview import Timing

ERROR_STYLE = "color: #b3261e"
NOT_HELD_NOTES = tr_noop("Notes non enregistrées : cochez « Entretien final tenu » pour les enregistrer.")
# The panel part of the drafts' keys: « final_interview:C04 ».
DRAFT_PANEL = "final_interview"


class FinalInterviewPanel(QWidget):
    """Shows and autosaves the entretien final of the candidate given to `show_candidate`."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._ref: str | None = None
        self._loading = False
        self._applying = False
        # Pending: the form holds edits that are not recorded yet.
        self._autosave = Autosave(self, self._save, keep=self.keep_drafts)
        self._drafts: dict[str, str] = {}  # notes typed for an interview not (or no longer) recorded
        self._timings: dict[str, Timing] = {}  # durations measured and not recorded yet (refused)
        self._restored: dict[str, str] = {}  # candidate → when the draft put back was kept
        self._looked_up: set[str] = set()  # candidates whose kept draft was read
        self._kept: set[str] = set()  # candidates with a draft in the file

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
        self.timer = InterviewTimer(context.state.title.final_interview_minutes(), self, wall=context.now)
        self.timing_label = QLabel(self, wordWrap=True)
        self.timing_label.setAccessibleName(tr("Début, fin et durée de l'entretien final"))
        self.others_label = QLabel(self, wordWrap=True)
        self.others_label.setAccessibleName(tr("Autres chronomètres en cours"))

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
        clock_layout.addWidget(self.timing_label)
        clock_layout.addWidget(self.others_label)
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
        self.timer.stopped.connect(self._on_timer_stopped)
        self.timer.started.connect(self._update_others)
        self.timer.paused.connect(self._update_others)

    def show_candidate(self, ref: str | None) -> None:
        """Show `ref`'s entretien final and countdown, after saving what was pending for the previous
        one (what cannot be recorded yet is kept as a draft); `ref`'s draft, if any, is put back."""
        if ref != self._ref:
            self.flush()
            self._keep(self._ref)
            self._autosave.cancel()
            self._ref = ref
            self._take_kept_draft(ref)
            self._show_recorded_run(ref)
            self.timer.set_candidate(ref)
            self._update_others()
        self._load()

    def _interview(self, ref: str | None = None) -> FinalInterview | None:
        """The recorded entretien final of `ref` (default: the shown candidate)."""
        ref = ref or self._ref
        interviews = self._context.state.data.final_interviews
        return next((interview for interview in interviews if interview.candidate == ref), None)

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
            for widget in (self.held_box, self.date_edit, self.jurors, self.notes_edit, self.timer):
                widget.setEnabled(True)
        self._update_timing_label()
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
        restored = self._restored.get(candidate.ref)
        if restored is not None and self._unfinished(candidate.ref) is not None:
            self._set_status(restored_text(restored) + " — " + self.status_label.text().lstrip("⚠ "), error=True)

    def _set_unavailable(self, reason: str) -> None:
        self._unavailable.setText(reason)
        self._unavailable.show()
        for widget in (self.held_box, self.date_edit, self.jurors, self.notes_edit, self.timer):
            widget.setEnabled(False)
        self._set_status("")
        self.timing_label.setText("")

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
        if ref in self._timings:  # the duration measured goes with it
            return self._record_timing()
        describe = tr("Entretien final de {ref}").format(ref=ref)
        change = self._apply(operations.record_final_interview, ref, held_on, jurors, notes, describe=describe)
        if change is None:
            self._drafts[ref] = notes  # kept until it can be recorded
            return False
        self._drafts.pop(ref, None)
        self._settle(ref)
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

    def _apply(
        self, operation: Callable[..., Change | None], *args: object, describe: str, **kwargs: object
    ) -> Change | None:
        """Run the operation; on a refusal or a cancel, say so under the form and keep the edits."""
        self._applying = True
        try:
            change = self._context.apply(operation, *args, describe=describe, **kwargs)
        finally:
            self._applying = False
        if change is None:
            self._set_status(
                tr("Non enregistré : {why}").format(why=self._context.last_error or tr("modification annulée")),
                error=True,
            )
        return change

    # -- the countdown's record -------------------------------------------------------------

    def _on_timer_stopped(self, started_at: str, ended_at: str, seconds: int) -> None:
        """Terminer: the start, end and duration recorded on the shown candidate's interview."""
        if self._ref is None or self.timer.candidate != self._ref:
            return
        self._timings[self._ref] = Timing(started_at, ended_at, seconds)
        self._record_timing()

    def _record_timing(self) -> bool:
        """The duration measured for the shown candidate recorded, with what the form shows (date,
        jurors, the notes when they can be recorded); False, said under the form, when refused:
        it stays, recorded with the next save of the form."""
        ref = self._ref
        timing = self._timings.get(ref) if ref else None
        if ref is None or timing is None:
            return False
        notes = None if self._notes_problem() else self.notes_edit.toPlainText()
        change = self._apply(
            interview_ops.record_timing,
            ref,
            timing.started_at,
            timing.ended_at,
            timing.duration_seconds,
            held_on=self.date_edit.date().toPython(),
            jurors=self.jurors.selected(),
            notes=notes,
            describe=tr("Durée de l'entretien final de {ref}").format(ref=ref),
        )
        if change is None:
            self._update_timing_label()
            return False
        self._timings.pop(ref, None)
        if notes is not None:
            self._drafts.pop(ref, None)
            self._autosave.cancel()
        self._load()
        self._settle(ref)
        self._set_status(tr("Durée enregistrée à {time}").format(time=dt.datetime.now().strftime("%H:%M")))
        return True

    def _show_recorded_run(self, ref: str | None) -> None:
        """The countdown of a candidate shown for the first time starts from the duration recorded."""
        interview = self._interview(ref) if ref else None
        if interview is None or self.timer.run_of(ref) is not None:
            return
        if interview.started_at is None or interview.duration_seconds is None:
            return
        started = dt.datetime.fromisoformat(interview.started_at)
        self.timer.restore(ref, started, interview.duration_seconds, stopped=True)

    def _update_timing_label(self) -> None:
        timing = self._timings.get(self._ref or "")
        interview = self._interview()
        if timing is not None:
            text = tr("⚠ Durée non enregistrée : {timing}").format(
                timing=timing_words(timing.started_at, timing.ended_at, timing.duration_seconds)
            )
            self.timing_label.setStyleSheet(ERROR_STYLE)
        elif interview is not None and interview.started_at and interview.ended_at:
            text = timing_words(interview.started_at, interview.ended_at, interview.duration_seconds or 0)
            self.timing_label.setStyleSheet("")
        else:
            text = ""
        self.timing_label.setText(text)
        self.timing_label.setVisible(bool(text))

    def _update_others(self) -> None:
        data = self._context.state.data
        names = []
        for ref in self.timer.running_candidates():
            candidate = data.candidate(ref)
            names.append(f"{candidate.display_name} ({ref})" if candidate else ref)
        self.others_label.setText(
            tr("Chronomètre en cours aussi pour : {names}").format(names=", ".join(names)) if names else ""
        )
        self.others_label.setVisible(bool(names))

    # -- drafts -----------------------------------------------------------------------------

    def _unfinished(self, ref: str) -> dict[str, object] | None:
        """What `ref`'s interview holds that is not recorded, as a draft's content; None if nothing."""
        content: dict[str, object] = {}
        interview = self._interview(ref)
        notes = self.notes_edit.toPlainText() if ref == self._ref and self._autosave.pending else self._drafts.get(ref)
        if notes is not None and notes != (interview.notes if interview else ""):
            content["notes"] = notes
        if ref in self._timings:
            content["timing"] = self._timings[ref].as_dict()
        run = self.timer.run_of(ref)
        if run is not None and run.started_at is not None and not run.stopped:
            content["timer"] = {
                "started_at": run.started_at.isoformat(timespec="seconds"),
                "elapsed_seconds": int(self.timer.elapsed_of(ref)),
            }
        return content or None

    def _keep(self, ref: str | None) -> bool:
        """What `ref`'s interview holds unfinished kept as a draft (the draft goes when nothing
        is); False when it could not be kept."""
        if ref is None:
            return True
        content = self._unfinished(ref)
        if content is None:
            self._discard(ref)
            return True
        key = kept_drafts.key(DRAFT_PANEL, ref)
        if not kept_drafts.save(self._context.store, key, content, candidate=ref, actor=self._context.actor):
            return False
        self._kept.add(ref)
        return True

    def _discard(self, ref: str) -> None:
        if ref in self._kept:
            self._kept.discard(ref)
            kept_drafts.discard(self._context.store, kept_drafts.key(DRAFT_PANEL, ref))

    def _settle(self, ref: str) -> None:
        """After a record: the draft goes when nothing is left unfinished."""
        if self._unfinished(ref) is None:
            self._restored.pop(ref, None)
            self._discard(ref)

    def keep_drafts(self) -> list[str]:
        """Keep every unfinished interview as a draft; what could not be kept, described."""
        refs = {self._ref, *self._drafts, *self._timings}
        refs |= set(self.timer.begun_candidates())
        lost = []
        for ref in sorted(r for r in refs if r is not None):
            if not self._keep(ref):
                lost.append(tr("{candidate} — entretien final : notes, durée ou chronomètre").format(candidate=ref))
        return lost

    def _take_kept_draft(self, ref: str | None) -> None:
        """The draft kept in the file for `ref`, put back the first time `ref` is shown."""
        if ref is None or ref in self._looked_up:
            return
        self._looked_up.add(ref)
        kept = kept_drafts.drafts_of(self._context.store, ref).get(kept_drafts.key(DRAFT_PANEL, ref))
        if kept is None:
            return
        self._kept.add(ref)
        content = kept.content
        notes, timing, timer = content.get("notes"), content.get("timing"), content.get("timer")
        if isinstance(notes, str) and ref not in self._drafts:
            self._drafts[ref] = notes
        if isinstance(timing, dict) and ref not in self._timings:
            try:
                self._timings[ref] = interview_ops.parse_timing(
                    timing["started_at"], timing["ended_at"], timing["duration_seconds"]
                )
            except (KeyError, BadInput):
                pass  # not a duration juryapp wrote: left alone
        if isinstance(timer, dict) and self.timer.run_of(ref) is None:
            try:
                started = dt.datetime.fromisoformat(timer["started_at"])
                self.timer.restore(ref, started, float(timer["elapsed_seconds"]), stopped=False)
            except (KeyError, TypeError, ValueError):
                pass
        self._restored[ref] = kept.saved_at
