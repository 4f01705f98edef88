"""The candidate file: identity, pathway, evidence, prior CCPs and what blocks the outcome."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from juryapp.gui.context import SessionContext, tr
from juryapp.gui.wording import finding_text
from juryapp.model import ATTENDANCE_LABELS, AWARD_LABELS, DOCUMENT_LABELS, PATHWAY_LABELS, Candidate
from juryapp.operations.sessions import Outcome
from juryapp.rules.wording import fr_date


class CandidatePanel(QWidget):
    """Shows one candidate's file; empty until a candidate is chosen."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._ref: str | None = None
        self._view = QTextBrowser(self)
        self._view.setOpenLinks(False)
        self._view.setAccessibleName(tr("Dossier du candidat"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        self._connect_signals()
        self.show_candidate(None)

    def _connect_signals(self) -> None:
        self._context.changed.connect(self._on_changed)

    def _on_changed(self, refs: list[str]) -> None:
        if self._ref in refs:
            self.show_candidate(self._ref)

    def show_candidate(self, ref: str | None) -> None:
        self._ref = ref
        state = self._context.state
        candidate = state.data.candidate(ref) if ref else None
        if candidate is None:
            self._view.setHtml(f"<p style='color:#555'>{escape(tr('Choisissez un candidat dans la liste.'))}</p>")
            return
        self._view.setHtml(self._html(candidate, state.outcomes[candidate.ref]))

    def html(self) -> str:
        return self._view.toHtml()

    def _html(self, candidate: Candidate, outcome: Outcome) -> str:
        state = self._context.state
        title = state.title
        e = escape
        born = fr_date(candidate.birth_date)
        identity = [f"{e(tr('Nom de naissance'))} : {e(candidate.last_name.upper())}"]
        if candidate.usage_name:
            identity.append(f"{e(tr('Nom d’usage'))} : {e(candidate.usage_name.upper())}")
        identity += [
            f"{e(tr('Prénom(s)'))} : {e(candidate.first_name)}",
            f"{e(tr('Date et lieu de naissance'))} : {e(born)} {e(tr('à'))} {e(candidate.birth_place or '—')}",
        ]
        parts = [
            f"<h2>{e(candidate.display_name)} <small>({e(candidate.ref)})</small></h2>",
            "<p>" + "<br>".join(identity) + "<br>",
            f"{e(tr('Parcours'))} : <b>{e(tr(PATHWAY_LABELS[candidate.pathway]))}</b>"
            + (f" — {e(tr('parcours de formation'))}" if candidate.comes_from_training else "")
            + f"<br>{e(tr('Présence'))} : {e(tr(ATTENDANCE_LABELS[candidate.attendance]))}",
        ]
        if state.data.session.kind == "ccp":
            parts.append(f"<br>{e(tr('CCP présentés'))} : {e(', '.join(outcome.ccps_examined) or '—')}")
        held = [
            (f"{h.ccs} ({h.title})" if h.ccs else h.title) + f", {fr_date(h.obtained_on)}"
            for h in candidate.held_titles
        ]
        if held:
            parts.append(f"<br>{e(tr('Titres et CCS détenus'))} : {e(' ; '.join(held))}")
        parts.append("</p>")
        evidence = [
            f"{e(tr('Dossier professionnel'))} : " + e(tr("reçu") if candidate.professional_dossier else tr("non reçu"))
        ]
        if candidate.pathway == "vae":
            evidence.append(f"{e(tr('Recevabilité VAE'))} : {e(fr_date(candidate.vae_admissibility_date))}")
        if candidate.pathway in ("vae", "ccs") or candidate.experience_months:
            evidence.append(f"{e(tr('Expérience'))} : {candidate.experience_months} {e(tr('mois'))}")
        if candidate.ecf or candidate.comes_from_training:
            ecf = ", ".join(f"{code} {'✔' if ok else '✘'}" for code, ok in sorted(candidate.ecf.items())) or tr(
                "aucun résultat"
            )
            evidence.append(f"{e(tr('ECF'))} : {e(ecf)}")
        parts.append("<p>" + "<br>".join(evidence) + "</p>")

        if outcome.prior_holdings:
            parts.append(f"<h3>{e(tr('CCP obtenus antérieurement'))}</h3><ul>")
            for holding in outcome.prior_holdings:
                prior = holding.prior
                version = state.referentiels.get(prior.title)
                certificate = version.certificate(prior.ccp) if version else None
                name = certificate.name if certificate else ""
                line = f"{e(prior.ccp)} {e(prior.title)} « {e(name)} », {e(fr_date(prior.obtained_on))}"
                if prior.session:
                    line += f" ({e(tr('session'))} {e(prior.session)})"
                if prior.title != title.code:
                    if holding.mapped:
                        line += " → " + e(", ".join(holding.codes)) + f" {e(title.code)}"
                        if not holding.verified:
                            line += f" <b style='color:#b3261e'>{e(tr('(correspondance non vérifiée)'))}</b>"
                    else:
                        line += f" <b style='color:#b3261e'>{e(tr('(sans correspondance : non repris)'))}</b>"
                parts.append(f"<li>{line}</li>")
            parts.append("</ul>")

        parts.append(f"<h3>{e(tr('Résultat selon les règles'))}</h3><p>")
        kind = state.data.session.kind
        if kind != "ccs":
            parts.append(f"{e(tr('Titre'))} : {e(tr(AWARD_LABELS[outcome.title]))}<br>")
        else:
            parts.append(f"{e(tr('CCS'))} : {e(tr(AWARD_LABELS[outcome.ccs]))}<br>")
        parts.append(
            f"{e(tr('CCP examinés'))} : {e(', '.join(outcome.ccps_examined) or '—')}<br>"
            f"{e(tr('CCP obtenus dans cette session'))} : {e(', '.join(outcome.ccps_obtained) or '—')}<br>"
            f"{e(tr('CCP détenus'))} : {e(', '.join(outcome.ccps_held) or '—')}<br>"
            f"{e(tr('Document'))} : <b>{e(tr(DOCUMENT_LABELS[outcome.document]))}</b>"
        )
        if outcome.completion_deadline:
            parts.append(f"<br>{e(tr('CCP manquants à obtenir avant le'))} {e(fr_date(outcome.completion_deadline))}")
        parts.append("</p>")
        for heading, findings, colour in (
            (tr("Blocages"), outcome.blockers, "#b3261e"),
            (tr("Alertes"), outcome.warnings, "#7a5200"),
        ):
            if not findings:
                continue
            parts.append(f"<h3 style='color:{colour}'>{e(heading)}</h3><ul>")
            for finding in findings:
                parts.append(
                    f"<li><b>{e(finding_text(finding))}</b><br><small>{e(finding.code)} — "
                    f"{e(tr(finding.remedy))}</small></li>"
                )
            parts.append("</ul>")
        return "".join(parts)
