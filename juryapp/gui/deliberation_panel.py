"""Deliberation: everything the jury decides on, side by side, and the title (or CCS) decision.

The rules' verdict is live: before any click, the panel says whether the title can be awarded
and, when it cannot, why (the DOMAIN.md codes, in French). For each CCP examined, the evidence
shows the grid's marks at a glance (« CP1 ✔ CP2 ◐ CP3 ✘ CP4 – ») and, read-only, every mark and
dated observation: they inform the deliberation and decide nothing.

The title (or CCS) decision is recorded as soon as it can be. What cannot be recorded yet (« non
attribué » without its written reason, a text over its limits, a refusal) stays on screen; when
another candidate is shown, or the file is left, it is kept as a draft in the session file
(juryapp.operations.drafts, key « title_decision:C04 » or « ccs_decision:C04 ») and shown again,
« Brouillon du … restauré », when the candidate comes back, also after the file is reopened.
Recording the decision, or coming back to the recorded one, removes the draft; a read-only file
keeps none, and the window asks before dropping it (juryapp.gui.autosave).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from juryapp import operations
from juryapp.gui.autosave import Autosave, restored_text
from juryapp.gui.ccp_decision_form import Draft
from juryapp.gui.ccp_decision_texts import draft_from_content
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.decision_drafts import DecisionDrafts
from juryapp.gui.evaluation_grid import MARK_COLOURS, assessment_kinds, entry_heading, mark_label
from juryapp.gui.jurors_selector import JurorsSelector
from juryapp.gui.text_limits import ERROR_STYLE, editor_problem
from juryapp.gui.wording import finding_text
from juryapp.model import ASSESSMENT_LABELS, AWARD_LABELS, AwardDecisionRecord, Evaluation
from juryapp.operations import drafts as kept_drafts
from juryapp.operations import grid
from juryapp.operations.sessions import examined_ccps
from juryapp.rules.wording import fr_date

AWARDED, NOT_AWARDED, UNDECIDED = "awarded", "not_awarded", ""
# The evidence's tables: at 100 % (or laid out to their text) a bordered table overflows the
# browser by a pixel, and a horizontal scroll bar takes a line of the evidence for nothing.
TABLE = "<table width='99%' cellspacing='0' cellpadding='4' border='1' style='border-color:#ccc'>"


def title_draft(content: dict[str, Any]) -> Draft | None:
    """The title (or CCS) decision's draft kept in the file; None when it is not one (it is then
    left alone). The reason and the jurors are read as a CCP decision's are."""
    decision = content.get("decision")
    if decision not in (AWARDED, NOT_AWARDED, UNDECIDED):
        return None
    draft = draft_from_content({**content, "decision": None})
    return None if draft is None else replace(draft, decision=decision)


class DeliberationPanel(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._ref: str | None = None
        self._loading = False
        ccs = context.state.data.session.kind == "ccs"
        self._what = tr("le CCS") if ccs else tr("le titre")
        # The panel part of the drafts' keys: « title_decision:C04 », « ccs_decision:C04 ».
        self._draft_panel = "ccs_decision" if ccs else "title_decision"
        # Drafts of other candidates that the file could not keep (read-only): kept here meanwhile.
        self._drafts = DecisionDrafts(context, self._draft_key, title_draft, self._describe)

        self.evidence = QTextBrowser(self)
        self.evidence.setAccessibleName(tr("Éléments de la délibération"))
        # What the jury deliberates on stays readable: with very large text the panel scrolls instead.
        self.evidence.setMinimumHeight(self.evidence.fontMetrics().lineSpacing() * 8)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(tr("Verdict des règles"))

        box = QGroupBox(tr("Décision sur le CCS") if ccs else tr("Décision sur le titre"), self)
        self.awarded = QRadioButton(tr("&Attribué"), box)
        self.not_awarded = QRadioButton(tr("&Non attribué"), box)
        self.undecided = QRadioButton(tr("&Pas encore décidé"), box)
        self.group = QButtonGroup(self)
        for button in (self.awarded, self.not_awarded, self.undecided):
            self.group.addButton(button)
        self.justification = QPlainTextEdit(box)
        self.justification.setPlaceholderText(
            tr("Motivation écrite (obligatoire si {what} n'est pas attribué)").format(what=self._what)
        )
        self.justification.setAccessibleName(tr("Motivation de la décision"))
        self.justification.setTabChangesFocus(True)
        # Three lines at least (Qt's default is five): the evidence above keeps the height.
        frame = 2 * (self.justification.frameWidth() + round(self.justification.document().documentMargin()))
        self.justification.setMinimumHeight(self.justification.fontMetrics().lineSpacing() * 3 + frame)
        self.jurors = JurorsSelector(context, box)
        self.status = QLabel(box)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # Pending: what is shown differs from what is recorded.
        self._autosave = Autosave(self, self._save, keep=self.keep_drafts)

        radios = QHBoxLayout()
        for button in (self.awarded, self.not_awarded, self.undecided):
            radios.addWidget(button)
        radios.addStretch(1)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(radios)
        box_layout.addWidget(self.justification, 1)
        box_layout.addWidget(self.jurors)
        box_layout.addWidget(self.status)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.verdict)
        right_layout.addWidget(box, 1)
        self._decision_part = right
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.evidence)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # The evidence's share of the height once the user moves the splitter (the window remembers
        # it, `share`/`set_share`); None: the evidence takes all the decision does not need.
        self._share: float | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._connect_signals()
        self.show_candidate(None)

    def _connect_signals(self) -> None:
        self._context.changed.connect(self._on_changed)
        self.group.buttonClicked.connect(self._on_decision_clicked)
        self.justification.textChanged.connect(self._on_edited)
        self.jurors.edited.connect(self._on_jurors_edited)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)

    # -- sizes -----------------------------------------------------------------------------

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The panel's smallest height: in the window's scroll area it fills the space there is,
        the evidence and the decision sharing it; only very large text makes the panel scroll."""
        return self.minimumSizeHint().height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._balance()

    def _on_splitter_moved(self, *_args: object) -> None:
        sizes = self.splitter.sizes()
        if sum(sizes) > 0:
            self._share = sizes[0] / sum(sizes)

    def share(self) -> float | None:
        """The evidence's share of the height as the user left it; None when they never moved it."""
        return self._share

    def set_share(self, share: float | None) -> None:
        """Give the evidence `share` of the height (a remembered one); None: the default sharing."""
        self._share = share if share is None or 0.0 < share < 1.0 else None
        self._balance()

    def _balance(self) -> None:
        """The evidence (results, marks, observations) takes the height; the decision keeps what it
        needs: the verdict, its buttons, three lines of motivation, the jurors and the status. A
        share chosen by the user is kept, within those limits, whatever the panel's height."""
        total = self.splitter.height() - self.splitter.handleWidth()
        if total <= 0:
            return
        decision = self._decision_part.minimumSizeHint().height()
        most = max(self.evidence.minimumSizeHint().height(), total - decision)
        evidence = most if self._share is None else round(total * self._share)
        evidence = min(most, max(self.evidence.minimumSizeHint().height(), evidence))
        self.splitter.setSizes([evidence, max(0, total - evidence)])

    # -- showing ---------------------------------------------------------------------------

    def _on_changed(self, refs: list[str]) -> None:
        if self._ref not in refs:
            return
        if self._autosave.pending and self._present():
            # What the user is deciding stays as it is shown; what they deliberate on moves.
            self.evidence.setHtml(self._evidence_html())
            self._update_verdict()
            return
        self._load(keep_typing=True)

    def show_candidate(self, ref: str | None) -> None:
        """Show `ref`'s decision, and the draft kept for it if any. What was unfinished for the
        previous candidate is recorded if it can be, else kept as a draft first."""
        self.flush()
        self._keep_shown()
        self._autosave.cancel()
        self._ref = ref
        self._load(keep_typing=False)
        self._restore_draft()

    def _present(self) -> bool:
        candidate = self._context.state.data.candidate(self._ref) if self._ref else None
        return candidate is not None and candidate.attendance == "present"

    def _restore_draft(self) -> None:
        """Put back what the shown candidate's decision held unfinished: kept in memory (a read-only
        file), else in the file (« Brouillon du … restauré »)."""
        ref = self._ref
        if ref is None or not self._present():
            return
        kept = self._kept_draft(ref)
        draft = self._drafts.unkept.get(ref)
        if draft is None and kept is not None:
            draft = title_draft(kept.content)
        if draft is None:
            return
        self._show_draft(draft)
        self._autosave.touch(countdown=False)
        if self._context.locked:  # do not ask for a reason just because a candidate is shown
            self._set_status(
                tr(
                    "Modification non enregistrée reprise : elle sera enregistrée, avec son motif, "
                    "à la prochaine modification ou quand vous changerez de candidat."
                ),
                ERROR_STYLE,
            )
        else:
            self.flush()
        if kept is not None and self._autosave.pending:
            self._set_status(restored_text(kept.saved_at) + " — " + self.status.text(), ERROR_STYLE)

    def _show_draft(self, draft: Draft) -> None:
        self._loading = True
        try:
            self._button(draft.decision or UNDECIDED).setChecked(True)
            if self.justification.toPlainText() != draft.justification:
                self.justification.setPlainText(draft.justification)
            self.jurors.set_candidate(self._ref, draft.jurors)
        finally:
            self._loading = False
        self._update_verdict()

    def _button(self, decision: str) -> QRadioButton:
        return {AWARDED: self.awarded, NOT_AWARDED: self.not_awarded}.get(decision, self.undecided)

    def _decision(self) -> AwardDecisionRecord | None:
        data = self._context.state.data
        decisions = data.ccs_decisions if data.session.kind == "ccs" else data.title_decisions
        return next((d for d in decisions if d.candidate == self._ref), None)

    def _load(self, keep_typing: bool) -> None:
        self._loading = True
        try:
            state = self._context.state
            candidate = state.data.candidate(self._ref) if self._ref else None
            present = candidate is not None and candidate.attendance == "present"
            for widget in (self.awarded, self.not_awarded, self.undecided, self.justification, self.jurors):
                widget.setEnabled(present)
            if candidate is None:
                self.evidence.setHtml(f"<p>{escape(tr('Choisissez un candidat dans la liste.'))}</p>")
                self.verdict.setText("")
                self._set_status("", "")
                return
            decision = self._decision()
            if not (keep_typing and self.justification.hasFocus()):
                self.justification.setPlainText(decision.justification if decision else "")
            self._button(decision.decision if decision else UNDECIDED).setChecked(True)
            self.jurors.set_candidate(self._ref, decision.jurors if decision else None)
            self.evidence.setHtml(self._evidence_html())
            self._update_verdict()
            if not present:
                self._set_status(tr("Candidat absent ou excusé : pas de délibération."), "")
            elif decision is None:
                self._set_status(tr("Pas encore de décision."), "")
            elif not keep_typing:
                self._set_status(tr("Décision enregistrée."), "")
        finally:
            self._loading = False

    def _update_verdict(self) -> None:
        state = self._context.state
        if self._ref is None:
            return
        outcome = state.outcomes[self._ref]
        simulated = operations.outcome_if_awarded(state, self._ref, self.jurors.selected())
        what = self._what
        parts = []
        if simulated.blockers:
            parts.append(
                "<b style='color:#b3261e'>✖ "
                + escape(tr("{What} ne peut pas être attribué :").format(What=what.capitalize()))
                + "</b><ul style='margin-top:2px; margin-bottom:0px; -qt-list-indent:1'>"
                + "".join(f"<li>{escape(finding_text(f))}</li>" for f in simulated.blockers)
                + "</ul>"
            )
        else:
            obtained = ", ".join(simulated.ccps_obtained) or tr("aucun")
            parts.append(
                "<b style='color:#1e6b34'>✔ "
                + escape(
                    tr("{What} peut être attribué : parchemin (CCP obtenus dans la session : {ccps}).").format(
                        What=what.capitalize(), ccps=obtained
                    )
                )
                + "</b>"
            )
        if outcome.blockers and not simulated.blockers:
            parts.append(escape(tr("Décision enregistrée bloquée : ")) + escape(finding_text(outcome.blockers[0])))
        for warning in outcome.warnings:
            parts.append(f"<span style='color:#7a5200'>⚠ {escape(finding_text(warning))}</span>")
        self.verdict.setText("<br>".join(parts))
        self.awarded.setToolTip("" if not simulated.blockers else finding_text(simulated.blockers[0]))

    def _evidence_html(self) -> str:
        state = self._context.state
        data = state.data
        candidate = data.candidate(self._ref) if self._ref else None
        assert candidate is not None
        outcome = state.outcomes[candidate.ref]
        title = state.title
        e = escape
        rows = []
        results = {r.ccp: r for r in data.results if r.candidate == candidate.ref}
        observations = [ev for ev in data.evaluations if ev.candidate == candidate.ref]
        from_training = candidate.comes_from_training
        grids = []
        for code in examined_ccps(state, candidate.ref):
            certificate = title.certificate(code)
            competencies = {cp.code for cp in certificate.competencies} if certificate else set()
            competencies.add(code)  # the row for the CCP as a whole (an incomplete list, DOMAIN.md §2)
            seen = [ev for ev in observations if ev.competency in competencies]
            by_kind: dict[str, int] = {}
            for ev in seen:
                by_kind[ev.assessment] = by_kind.get(ev.assessment, 0) + 1
            epreuves = ", ".join(
                f"{ASSESSMENT_LABELS.get(kind, kind)} ({count})" for kind, count in sorted(by_kind.items())
            ) or tr("aucune observation")
            result = results.get(code)
            if result is None:
                verdict = tr("non décidé")
            elif result.decision == "acquis":
                verdict = "<b style='color:#1e6b34'>" + e(tr("acquis")) + "</b>"
            else:
                verdict = "<b style='color:#b3261e'>" + e(tr("non acquis")) + "</b> — " + e(result.justification)
            ecf = ""
            if from_training:
                ecf = tr("ECF ✔") if candidate.ecf.get(code) else tr("ECF manquants")
            order = [cp.code for cp in certificate.competencies] if certificate else []
            if title.competencies_incomplete(code):
                order.append(code)
            marks = grid.ccp_marks(seen, candidate.ref, order, assessment_kinds(self._context, code))
            glance = e(grid.glance_text(marks))
            rows.append(
                f"<tr><td><b>{e(code)}</b></td><td>{glance}</td><td>{e(epreuves)}</td>"
                f"<td>{e(ecf).replace(' ', '&nbsp;')}</td><td>{verdict}</td></tr>"  # « ECF ✔ » on one line
            )
            grids.append(self._grid_html(code, order, seen, grid.glance_text(marks, words=True, translate=tr)))
        interview = next((f for f in data.final_interviews if f.candidate == candidate.ref), None)
        interview_text = tr("tenu le {day}").format(day=fr_date(interview.held_on)) if interview else tr("non tenu")
        priors = ", ".join(
            f"{h.prior.ccp} ({h.prior.title})"
            + (" → " + ", ".join(h.codes) if h.through_correspondence else "")
            + (" " + tr("(correspondance non vérifiée)") if h.through_correspondence and not h.verified else "")
            for h in outcome.prior_holdings
        ) or tr("aucun")
        return (
            f"<h3>{e(candidate.display_name)}</h3>"
            f"{TABLE}"
            f"<tr><th>{e(tr('CCP'))}</th><th>{e(tr('Marques'))}</th><th>{e(tr('Épreuves'))}</th>"
            f"<th>{e(tr('ECF'))}</th><th>{e(tr('Résultat'))}</th></tr>" + "".join(rows) + "</table>"
            f"<p>{e(tr('Dossier professionnel'))} : "
            f"{e(tr('reçu') if candidate.professional_dossier else tr('non reçu'))}<br>"
            f"{e(tr('Entretien final'))} : {e(interview_text)}<br>"
            f"{e(tr('CCP antérieurs'))} : {e(priors)}<br>"
            f"{e(tr('CCP détenus après la session'))} : {e(', '.join(outcome.ccps_held) or '—')}</p>" + "".join(grids)
        )

    def _grid_html(self, ccp: str, order: list[str], cells: list[Evaluation], glance: str) -> str:
        """The CCP's grid as the jury left it, read-only: each cell with a mark or observations,
        its mark in words and its observations with their date and author."""
        e = escape
        kinds = {kind: i for i, kind in enumerate(assessment_kinds(self._context, ccp))}
        rank = {code: i for i, code in enumerate(order)}
        shown = sorted(
            (c for c in cells if c.mark or grid.cell_entries(c)),
            key=lambda c: (rank.get(c.competency, len(rank)), kinds.get(c.assessment, len(kinds)), c.assessment),
        )
        heading = (
            f"<h4>{e(tr('Grille du {ccp} — marques et observations').format(ccp=ccp))}</h4>"
            f"<p style='color:#555'>{e(tr('Pour information : les marques éclairent le jury, elles ne décident pas.'))}"
            f"<br>{e(tr('Marques : {glance}').format(glance=glance))}</p>"
        )
        if not shown:
            return heading + f"<p><i>{e(tr('Aucune marque ni observation.'))}</i></p>"
        rows = []
        for cell in shown:
            colour = MARK_COLOURS.get(cell.mark, "#555")
            entries = "<br>".join(
                f"<span style='color:#555'>{e(entry_heading(x))}</span> — " + e(x.text).replace("\n", "<br>")
                for x in grid.cell_entries(cell)
            )
            label = tr(ASSESSMENT_LABELS.get(cell.assessment, cell.assessment))
            rows.append(
                f"<tr><td>{e(cell.competency)}</td><td>{e(label)}</td>"
                f"<td style='color:{colour}'><b>{e(mark_label(cell.mark)) if cell.mark else ''}</b></td>"
                f"<td>{entries}</td></tr>"
            )
        return (
            heading + TABLE + f"<tr><th>{e(tr('Compétence'))}</th><th>{e(tr('Épreuve'))}</th><th>{e(tr('Marque'))}</th>"
            f"<th>{e(tr('Observations'))}</th></tr>" + "".join(rows) + "</table>"
        )

    # -- drafts ----------------------------------------------------------------------------

    def _draft_key(self, ref: str) -> str:
        return kept_drafts.key(self._draft_panel, ref)

    def _kept_draft(self, ref: str | None) -> kept_drafts.Draft | None:
        return self._drafts.kept(ref)

    def _keep(self, ref: str, draft: Draft) -> bool:
        return self._drafts.keep(ref, draft)

    def _keep_shown(self) -> None:
        """What the shown candidate's decision holds unfinished, kept as a draft."""
        draft = self.draft()
        if self._ref is not None and draft is not None:
            self._keep(self._ref, draft)

    def keep_drafts(self) -> list[str]:
        """Keep every unfinished decision as a draft (the shown one, and those the file could not
        keep before); what still could not be kept, described."""
        self._keep_shown()
        return self._drafts.keep_all()

    def _describe(self, ref: str, draft: Draft) -> str:
        """« C04 — décision sur le titre : non attribué, motivation à saisir »."""
        label = tr(AWARD_LABELS[draft.decision]) if draft.decision else tr("pas encore décidé")
        if draft.decision == NOT_AWARDED and not draft.justification.strip():
            label += ", " + tr("motivation à saisir")
        return tr("{candidate} — décision sur {what} : {decision}").format(
            candidate=ref, what=self._what, decision=label
        )

    def _recorded(self, ref: str) -> None:
        """What was shown for `ref` is recorded (or was given up on purpose): its draft goes."""
        self._drafts.recorded(ref)

    def has_pending_changes(self) -> bool:
        return self._autosave.pending

    def draft(self) -> Draft | None:
        """What is shown and not recorded, to be put back when the candidate is shown again."""
        if not self._autosave.pending or self._ref is None or self._unchanged():
            return None
        return Draft(self.selected_decision(), self.justification.toPlainText(), tuple(self.jurors.selected()))

    def _unchanged(self) -> bool:
        """What is shown is what is recorded (or nothing is recorded, and nothing is shown)."""
        current = self._decision()
        decision, justification = self.selected_decision(), self.justification.toPlainText().strip()
        if current is None:
            return decision == UNDECIDED and not justification
        return (current.decision, current.justification, set(current.jurors)) == (
            decision,
            justification,
            set(self.jurors.selected()),
        )

    # -- edits -----------------------------------------------------------------------------

    def _justification_problem(self) -> str | None:
        return editor_problem(self.justification, "text", tr("Motivation"))

    def _on_decision_clicked(self, _button: QRadioButton) -> None:
        if self._loading or self._ref is None:
            return
        self._autosave.touch(countdown=False)
        self.flush()

    def _on_edited(self) -> None:
        problem = self._justification_problem()
        if self._loading:
            return
        if problem is not None:  # said at once, and not saved until it is put right (kept meanwhile)
            self._autosave.touch(countdown=False)
            self._show_problem(problem)
            return
        self._autosave.touch()

    def _on_jurors_edited(self) -> None:
        if not self._loading:
            self._update_verdict()
            self._autosave.touch()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().focusOutEvent(event)

    # -- saving ----------------------------------------------------------------------------

    def flush(self) -> bool:
        """Record what was typed and not saved yet (leaving the panel, another candidate, closing);
        False when it cannot be recorded yet (the status says why; it stays pending)."""
        return self._autosave.flush()

    def selected_decision(self) -> str:
        if self.awarded.isChecked():
            return AWARDED
        if self.not_awarded.isChecked():
            return NOT_AWARDED
        return UNDECIDED

    def save(self) -> bool:
        """Record what the panel shows; False (with the reason shown) when it cannot be saved."""
        self._autosave.touch(countdown=False)
        return self.flush()

    def _save(self) -> bool:
        """What is pending, recorded (the autosave's `save`); recorded, its draft goes."""
        ref = self._ref
        if ref is None or self._loading:
            return False
        recorded = self._record(ref)
        if recorded:
            self._recorded(ref)
        return recorded

    def _record(self, ref: str) -> bool:
        decision = self.selected_decision()
        justification = self.justification.toPlainText()
        current = self._decision()
        table = "ccs_decisions" if self._context.state.data.session.kind == "ccs" else "title_decisions"
        if decision == UNDECIDED:
            if current is not None:
                change = self._context.apply(operations.withdraw, table, ref, describe=tr("Retrait de la décision"))
                if change is None:
                    self._show_recorded_choice()
                if not self._report(change is not None):
                    return False
            if justification.strip():  # kept on screen, and put back when the candidate comes back
                self._set_status(
                    tr("Pas encore décidé : la motivation saisie est conservée et sera enregistrée avec la décision."),
                    "",
                )
                return False
            if current is None:
                self._set_status(tr("Pas encore de décision."), "")
            return True
        if decision == NOT_AWARDED and not justification.strip():
            self._show_problem(
                tr(
                    "Non attribué : la décision doit être motivée par écrit. Saisissez la motivation ; "
                    "rien de ce qui a été saisi n'est perdu."
                )
            )
            return False
        problem = self._justification_problem()
        if problem is not None:
            self._show_problem(problem)  # what is shown stays; it is saved once the text is put right
            return False
        if self._unchanged():
            self._set_status(tr("Décision enregistrée."), "")
            return True
        change = self._context.apply(
            operations.decide,
            ref,
            decision,
            self.jurors.selected(),
            justification,
            describe=tr("Décision sur {what}").format(what=self._what),
        )
        if change is None:
            # Refused (the rules say why) or cancelled: the buttons show the recorded decision again,
            # what was typed stays.
            self._show_recorded_choice()
        return self._report(change is not None)

    def _show_recorded_choice(self) -> None:
        decision = self._decision()
        self._loading = True
        try:
            self._button(decision.decision if decision else UNDECIDED).setChecked(True)
        finally:
            self._loading = False

    def _report(self, saved: bool) -> bool:
        if saved:
            self._set_status(tr("Enregistré à {time}").format(time=datetime.now().strftime("%H:%M:%S")), "")
        else:
            self._show_problem(self._context.last_error or tr("Non enregistré."))
        return saved

    def _show_problem(self, problem: str) -> None:
        self._set_status(problem, ERROR_STYLE)

    def _set_status(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)
