"""The jury's decision on one CCP: acquis, non acquis or not yet decided, with its written
reason and its jurors, recorded as soon as it can be.

A CCP non acquis without a written reason is not saved; the box says so and keeps what was typed:
when another candidate is shown, or the file is left, what is unfinished is kept as a draft in the
session file (juryapp.operations.drafts) and shown again, « Brouillon du … restauré », when the
candidate comes back, also after the file is reopened. Recording the decision removes its draft.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QScrollArea, QWidget

from juryapp import operations
from juryapp.gui.autosave import Autosave, restored_text
from juryapp.gui.ccp_decision_form import CcpDecisionForm, Draft
from juryapp.gui.ccp_decision_texts import (
    draft_description,
    draft_from_content,
    recorded_text,
    refusal_text,
    saved_text,
    why_unavailable,
)
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.decision_drafts import DecisionDrafts
from juryapp.gui.evaluation_grid import (
    DECISION_LABELS,
    ERROR_STYLE,
    SAVED_STYLE,
    clock_text,
)
from juryapp.model import CcpResult
from juryapp.operations import Change
from juryapp.operations import drafts as kept_drafts

# The panel part of the drafts' keys: « ccp_decision:C04:CCP2 ».
DRAFT_PANEL = "ccp_decision"


class CcpDecisionBox(CcpDecisionForm):
    """The decision on one CCP for the shown candidate, autosaved.

    `summary_changed(text)` gives the tab's label (« CCP1 · ✔ acquis ») when the decision moves.
    """

    summary_changed = Signal(str)

    def __init__(self, context: SessionContext, ccp: str, parent: QWidget | None = None) -> None:
        super().__init__(context, ccp, parent)
        self._candidate: str | None = None
        self._saving = False
        self._last_problem = ""
        # Drafts of other candidates that the file could not keep (read-only): kept here meanwhile.
        self._drafts = DecisionDrafts(
            context, self._draft_key, draft_from_content, lambda ref, draft: draft_description(ref, self.ccp, draft)
        )
        # Pending: what is shown differs from what is recorded.
        self._autosave = Autosave(self, self._save, keep=self.keep_drafts)
        self.justification_edit.installEventFilter(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._context.changed.connect(self._on_changed)
        self._decisions.idToggled.connect(self._on_decision_toggled)
        self.justification_edit.textChanged.connect(self._on_delayed_edit)
        self.jurors.edited.connect(self._on_jurors_edited)

    # -- what is shown ------------------------------------------------------------------

    @property
    def candidate(self) -> str | None:
        return self._candidate

    def set_candidate(self, ref: str | None, draft: Draft | None = None) -> None:
        """Show `ref`'s decision; `draft` puts back what could not be recorded, else the draft kept
        in the file for `ref`, if any. What was unfinished for the previous candidate is kept as a
        draft first."""
        self._keep_shown()
        self._autosave.cancel()
        self._candidate = ref
        self._load()
        kept = self._kept_draft(ref)
        if draft is None and kept is not None:
            draft = draft_from_content(kept.content)
        if draft is not None and ref is not None and self.unavailable_reason() is None:
            self._show(ref, draft.decision, draft.justification, draft.jurors)
            self._autosave.touch(countdown=False)
            if self._context.locked:  # do not ask for a reason just because a candidate is shown
                self._set_status(
                    tr(
                        "Modification non enregistrée reprise : elle sera enregistrée, avec son motif, "
                        "à la prochaine modification ou quand vous changerez de candidat."
                    ),
                    ERROR_STYLE,
                )
                self.summary_changed.emit(self.summary())
            else:
                self.flush()
            if kept is not None and self._autosave.pending:
                self._set_status(restored_text(kept.saved_at) + " — " + self.status_text(), ERROR_STYLE)
                self._reveal()

    def _reveal(self) -> None:
        """Scroll the panel, when it scrolls, so that the restored decision and its status are seen."""
        if not self.isVisible():
            return  # another CCP's tab is shown: its label says « non enregistré »
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        content = parent.widget() if parent is not None else None
        if parent is None or content is None:
            return
        top = self.mapTo(content, QPoint(0, 0)).y()
        bottom = self.status_label.mapTo(content, QPoint(0, self.status_label.height())).y()
        parent.ensureVisible(0, bottom, 0, 12)  # the status line, then the box's top if both do not fit
        parent.ensureVisible(0, top, 0, 12)

    # -- drafts ---------------------------------------------------------------------------

    def _draft_key(self, ref: str) -> str:
        return kept_drafts.key(DRAFT_PANEL, ref, self.ccp)

    def _kept_draft(self, ref: str | None) -> kept_drafts.Draft | None:
        return self._drafts.kept(ref)

    def _keep(self, ref: str, draft: Draft) -> bool:
        return self._drafts.keep(ref, draft)

    def _keep_shown(self) -> None:
        """What the shown candidate's decision holds unfinished, kept as a draft."""
        draft = self.draft()
        if self._candidate is not None and draft is not None:
            self._keep(self._candidate, draft)

    def keep_drafts(self) -> list[str]:
        """Keep every unfinished decision of this CCP as a draft (the shown one, and those the file
        could not keep before); what still could not be kept, described."""
        self._keep_shown()
        return self._drafts.keep_all()

    def _recorded(self, ref: str) -> None:
        """What was shown for `ref` is recorded: its draft goes."""
        self._drafts.recorded(ref)

    def stored_result(self) -> CcpResult | None:
        for result in self._context.state.data.results:
            if result.candidate == self._candidate and result.ccp == self.ccp:
                return result
        return None

    def has_pending_changes(self) -> bool:
        return self._autosave.pending

    def draft(self) -> Draft | None:
        """What is shown and not recorded, to be put back when the candidate is shown again."""
        if not self._autosave.pending:
            return None
        return Draft(self.decision(), self.justification_edit.toPlainText(), tuple(self.jurors.selected()))

    def unavailable_reason(self) -> str | None:
        """Why this CCP cannot be evaluated for the shown candidate, or None."""
        return why_unavailable(self._context, self._candidate, self.ccp)

    def summary(self) -> str:
        stored = self.stored_result() if self._candidate else None
        decision = stored.decision if stored else None
        text = f"{self.ccp} · {tr(DECISION_LABELS[decision])}"
        if self._autosave.pending and self.decision() != decision:
            text += " · " + tr("⚠ non enregistré")
        return text

    def _load(self) -> None:
        result = self.stored_result()
        if result is None:
            self._show(self._candidate, None, "", None)
        else:
            self._show(self._candidate, result.decision, result.justification, result.jurors)
        reason = self.unavailable_reason()
        for control in (
            self.acquis_radio,
            self.non_acquis_radio,
            self.undecided_radio,
            self.justification_edit,
            self.jurors,
        ):
            control.setEnabled(reason is None)
        if reason is not None:
            self._set_status(reason, "")
        elif result is None:
            self._set_status(tr("Pas encore décidé. La décision est enregistrée dès qu'elle est choisie."), "")
        else:
            self._set_status("✔ " + recorded_text(self._context, self.ccp, result), SAVED_STYLE)
        self.summary_changed.emit(self.summary())

    # -- edits ----------------------------------------------------------------------------

    def _on_changed(self, refs: list[str]) -> None:
        if self._candidate not in refs or self._saving:
            return
        if self._autosave.pending:  # keep what the user is editing; only what may be edited can move
            reason = self.unavailable_reason()
            for control in (self.acquis_radio, self.non_acquis_radio, self.undecided_radio):
                control.setEnabled(reason is None)
            return
        self._load()

    def _on_decision_toggled(self, _id: int, checked: bool) -> None:
        if self._loading or not checked or self._candidate is None:
            return
        self._autosave.touch(countdown=False)
        self.flush()

    def _on_jurors_edited(self) -> None:
        if self._loading or self._candidate is None:
            return
        if self._context.locked:  # a click is a whole edit: ask its reason now
            self._autosave.touch(countdown=False)
            self.flush()
        else:
            self._set_status(tr("Modification en cours… enregistrement automatique."), "")
            self._autosave.touch()

    def _on_delayed_edit(self) -> None:
        if self._loading or self._candidate is None:
            return
        if self._context.locked:  # do not ask for a reason at every pause in the typing
            self._autosave.touch(countdown=False)
            self._set_status(
                tr("Session close : la modification sera enregistrée, avec son motif, quand vous quitterez le champ."),
                "",
            )
            return
        self._set_status(tr("Modification en cours… enregistrement automatique."), "")
        self._autosave.touch()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.justification_edit
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason  # type: ignore[attr-defined]
        ):
            self.flush()
        return super().eventFilter(watched, event)

    # -- recording ------------------------------------------------------------------------

    def flush(self) -> bool:
        """Record the decision shown if it differs from the recorded one.

        Returns False when what is shown cannot be recorded (yet): a non acquis without its
        written reason, fewer than two jurors, a refusal. The status line says why; nothing
        shown is changed.
        """
        return self._autosave.flush()

    def _save(self) -> bool:
        """What is pending, recorded (the autosave's `save`); the tab's label says where it stands."""
        if self._saving or self._candidate is None:
            return False
        try:
            recorded = self._record()
            if recorded:
                self._recorded(self._candidate)
            return recorded
        finally:
            self.summary_changed.emit(self.summary())

    def _record(self) -> bool:
        ref = self._candidate
        assert ref is not None
        if self.unavailable_reason() is not None:
            self._set_status((self.unavailable_reason() or ""), "")
            return False
        if problem := self.justification_edit.problem():
            self._set_status(problem, ERROR_STYLE)
            return False
        decision = self.decision()
        justification = self.justification_edit.toPlainText().strip()
        jurors = self.jurors.selected()
        stored = self.stored_result()
        if decision is None:
            return self._withdraw(stored, justification)
        problem = refusal_text(decision, justification, jurors, stored)
        if problem is not None:
            self._set_status(problem, ERROR_STYLE)
            return False
        if stored is not None and (stored.decision, set(stored.jurors), stored.justification) == (
            decision,
            set(jurors),
            justification,
        ):
            self._autosave.cancel()
            self._set_status("✔ " + recorded_text(self._context, self.ccp, stored), SAVED_STYLE)
            return True
        change = self._run(
            operations.record_result,
            ref,
            self.ccp,
            decision,
            jurors,
            justification,
            describe=tr("Décision sur le {ccp} de {ref}").format(ccp=self.ccp, ref=ref),
        )
        if change is None:
            return False
        self._autosave.cancel()
        self._set_status(saved_text(self._context.locked), SAVED_STYLE)
        return True

    def _withdraw(self, stored: CcpResult | None, justification: str) -> bool:
        ref = self._candidate
        if stored is not None:
            change = self._run(
                operations.withdraw,
                "results",
                ref,
                ccp=self.ccp,
                describe=tr("Retrait de la décision sur le {ccp} de {ref}").format(ccp=self.ccp, ref=ref),
            )
            if change is None:
                return False
        done = tr("Décision retirée à {time}.").format(time=clock_text()) + " " if stored is not None else ""
        if justification:  # kept on screen, and put back if the user comes back to this candidate
            self._set_status(
                done
                + tr("Pas encore décidé : la motivation saisie est conservée et sera enregistrée avec la décision."),
                "",
            )
            return False
        self._autosave.cancel()
        self._set_status(done + tr("Pas encore décidé."), "")
        return True

    def _run(self, operation: Callable[..., Change | None], *args: Any, **kwargs: Any) -> Change | None:
        """Run the operation; on a refusal or a cancel, say so and keep what is shown."""
        self._saving = True
        try:
            change = self._context.apply(operation, *args, **kwargs)
        finally:
            self._saving = False
        if change is None:
            self._set_status(
                "✖ " + tr("Non enregistré : {why}").format(why=self._context.last_error or tr("modification annulée.")),
                ERROR_STYLE,
            )
        return change
