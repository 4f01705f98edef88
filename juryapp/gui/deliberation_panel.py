"""Deliberation: everything the jury decides on, side by side, and the title (or CCS) decision.

The rules' verdict is live: before any click, the panel says whether the title can be awarded
and, when it cannot, why (the DOMAIN.md codes, in French).
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
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
from juryapp.gui.autosave import Autosave
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.jurors_selector import JurorsSelector
from juryapp.gui.text_limits import editor_problem
from juryapp.model import ASSESSMENT_LABELS, AwardDecisionRecord
from juryapp.operations.sessions import examined_ccps
from juryapp.rules.wording import fr_date

AWARDED, NOT_AWARDED, UNDECIDED = "awarded", "not_awarded", ""


class DeliberationPanel(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._ref: str | None = None
        self._loading = False
        ccs = context.state.data.session.kind == "ccs"
        self._what = tr("le CCS") if ccs else tr("le titre")

        self.evidence = QTextBrowser(self)
        self.evidence.setAccessibleName(tr("Éléments de la délibération"))
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
        self.jurors = JurorsSelector(context, box)
        self.status = QLabel(box)
        self.status.setWordWrap(True)
        self._autosave = Autosave(self, self.save)

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
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.evidence)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._connect_signals()
        self.show_candidate(None)

    def _connect_signals(self) -> None:
        self._context.changed.connect(self._on_changed)
        self.group.buttonClicked.connect(lambda _button: self.save())
        self.justification.textChanged.connect(self._on_edited)
        self.jurors.edited.connect(self._on_jurors_edited)

    # -- showing ---------------------------------------------------------------------------

    def _on_changed(self, refs: list[str]) -> None:
        if self._ref in refs:
            self._load(keep_typing=True)

    def show_candidate(self, ref: str | None) -> None:
        self.flush()
        self._ref = ref
        self._load(keep_typing=False)

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
                self.status.setText("")
                return
            decision = self._decision()
            if not (keep_typing and self.justification.hasFocus()):
                self.justification.setPlainText(decision.justification if decision else "")
            button = {AWARDED: self.awarded, NOT_AWARDED: self.not_awarded}.get(
                decision.decision if decision else UNDECIDED, self.undecided
            )
            button.setChecked(True)
            self.jurors.set_candidate(self._ref, decision.jurors if decision else None)
            self.evidence.setHtml(self._evidence_html())
            self._update_verdict()
            if not present:
                self.status.setText(tr("Candidat absent ou excusé : pas de délibération."))
            elif decision is None:
                self.status.setText(tr("Pas encore de décision."))
            elif not keep_typing:
                self.status.setText(tr("Décision enregistrée."))
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
                + "</b><ul>"
                + "".join(f"<li>{escape(f.message)}</li>" for f in simulated.blockers)
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
            parts.append(escape(tr("Décision enregistrée bloquée : ")) + escape(outcome.blockers[0].message))
        for warning in outcome.warnings:
            parts.append(f"<span style='color:#7a5200'>⚠ {escape(warning.message)}</span>")
        self.verdict.setText("<br>".join(parts))
        self.awarded.setToolTip("" if not simulated.blockers else simulated.blockers[0].message)

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
        for code in examined_ccps(state, candidate.ref):
            certificate = title.certificate(code)
            competencies = {cp.code for cp in certificate.competencies} if certificate else set()
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
            rows.append(f"<tr><td><b>{e(code)}</b></td><td>{e(epreuves)}</td><td>{e(ecf)}</td><td>{verdict}</td></tr>")
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
            "<table cellspacing='0' cellpadding='4' border='1' style='border-color:#ccc'>"
            f"<tr><th>{e(tr('CCP'))}</th><th>{e(tr('Épreuves'))}</th><th>{e(tr('ECF'))}</th>"
            f"<th>{e(tr('Résultat'))}</th></tr>" + "".join(rows) + "</table>"
            f"<p>{e(tr('Dossier professionnel'))} : "
            f"{e(tr('reçu') if candidate.professional_dossier else tr('non reçu'))}<br>"
            f"{e(tr('Entretien final'))} : {e(interview_text)}<br>"
            f"{e(tr('CCP antérieurs'))} : {e(priors)}<br>"
            f"{e(tr('CCP détenus après la session'))} : {e(', '.join(outcome.ccps_held) or '—')}</p>"
        )

    # -- saving ----------------------------------------------------------------------------

    def _justification_problem(self) -> str | None:
        return editor_problem(self.justification, "text", tr("Motivation"))

    def _on_edited(self) -> None:
        problem = self._justification_problem()
        if self._loading:
            return
        if problem is not None:  # said at once, and not saved until it is put right
            self._autosave.cancel()
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

    def flush(self) -> bool:
        """Record what was typed and not saved yet (leaving the panel, another candidate, closing)."""
        return self._autosave.flush()

    def selected_decision(self) -> str:
        if self.awarded.isChecked():
            return AWARDED
        if self.not_awarded.isChecked():
            return NOT_AWARDED
        return UNDECIDED

    def save(self) -> bool:
        """Record what the panel shows; False (with the reason shown) when it cannot be saved."""
        self._autosave.cancel()  # recorded now (or refused, and said): no other save is due
        if self._ref is None or self._loading:
            return False
        decision = self.selected_decision()
        justification = self.justification.toPlainText()
        current = self._decision()
        table = "ccs_decisions" if self._context.state.data.session.kind == "ccs" else "title_decisions"
        if decision == UNDECIDED:
            if current is None:
                return True
            change = self._context.apply(operations.withdraw, table, self._ref, describe=tr("Retrait de la décision"))
            return self._report(change is not None)
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
        jurors = self.jurors.selected()
        if (
            current is not None
            and current.decision == decision
            and current.justification == justification.strip()
            and list(current.jurors) == jurors
        ):
            return True
        change = self._context.apply(
            operations.decide,
            self._ref,
            decision,
            jurors,
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
            button = {AWARDED: self.awarded, NOT_AWARDED: self.not_awarded}.get(
                decision.decision if decision else UNDECIDED, self.undecided
            )
            button.setChecked(True)
        finally:
            self._loading = False

    def _report(self, saved: bool) -> bool:
        if saved:
            self.status.setText(tr("Enregistré à {time}").format(time=datetime.now().strftime("%H:%M:%S")))
        else:
            self._show_problem(self._context.last_error or tr("Non enregistré."))
        return saved

    def _show_problem(self, problem: str) -> None:
        self.status.setText("<span style='color:#b3261e'>" + escape(problem) + "</span>")
