"""What the decision box of a CCP says: why nothing can be decided, where the decision stands,
why what is shown cannot be recorded yet."""

from __future__ import annotations

import datetime as dt
from typing import Any

from juryapp.gui.ccp_decision_form import Draft
from juryapp.gui.context import SessionContext, tr
from juryapp.gui.evaluation_grid import DECISION_LABELS, clock_text
from juryapp.model import ATTENDANCE_LABELS, CcpResult
from juryapp.operations.sessions import examined_ccps


def why_unavailable(context: SessionContext, candidate_ref: str | None, ccp: str) -> str | None:
    """Why `ccp` cannot be evaluated for the candidate `candidate_ref`, or None."""
    data = context.state.data
    candidate = data.candidate(candidate_ref) if candidate_ref else None
    if candidate is None:
        return tr("Choisissez un candidat dans la liste.")
    if candidate.attendance != "present":
        return tr("Candidat {attendance} : ni observation ni décision sur ce CCP.").format(
            attendance=tr(ATTENDANCE_LABELS[candidate.attendance]).lower()
        )
    if ccp not in examined_ccps(context.state, candidate.ref):
        return tr("Le {ccp} n'est pas présenté par ce candidat dans cette session.").format(ccp=ccp)
    return None


def recorded_text(context: SessionContext, ccp: str, result: CcpResult) -> str:
    """The status of a recorded decision: what, when, with the reason of its last change."""
    label = tr(DECISION_LABELS[result.decision])
    text = tr("Décision enregistrée : {decision}").format(decision=label)
    for record in reversed(context.history(result.candidate)):
        if record.table == "results" and record.current and record.key == (result.candidate, ccp):
            stamp = dt.datetime.fromisoformat(record.recorded_at)
            text = tr("Décision enregistrée le {day} à {time} : {decision}").format(
                day=stamp.strftime("%d/%m/%Y"), time=stamp.strftime("%H:%M"), decision=label
            )
            if record.reason:
                text += " — " + tr("motif : {reason}").format(reason=record.reason)
            break
    if context.locked:
        text += " — " + tr("session close : toute modification sera une révocation motivée.")
    return text


def refusal_text(decision: str, justification: str, jurors: list[str], stored: CcpResult | None) -> str | None:
    """Why a decision cannot be recorded yet (a non acquis without its written reason, fewer
    than two jurors), or None when it can."""
    if decision == "non_acquis" and not justification:
        message = tr(
            "Non acquis : motivation obligatoire. Un CCP non acquis doit être motivé par écrit : "
            "la décision sera enregistrée dès que la motivation sera saisie. Rien de ce que vous "
            "avez saisi n'est perdu."
        )
        if stored is not None:
            message += " " + tr("La décision enregistrée reste : {decision}.").format(
                decision=tr(DECISION_LABELS[stored.decision])
            )
        return "✖ " + message
    if len(jurors) < 2:
        return "✖ " + tr(
            "Cochez au moins deux jurés sans conflit d'intérêts : la décision n'est pas encore "
            "enregistrée (rien n'est perdu)."
        )
    return None


def saved_text(locked: bool) -> str:
    """The status of a decision just recorded."""
    text = tr("Enregistré à {time}").format(time=clock_text())
    if locked:
        text += " — " + tr("révocation motivée inscrite à l'historique.")
    return "✔ " + text


def draft_content(draft: Draft) -> dict[str, Any]:
    """A decision's draft as kept in the session file."""
    return {"decision": draft.decision, "justification": draft.justification, "jurors": list(draft.jurors)}


def draft_from_content(content: dict[str, Any]) -> Draft | None:
    """The draft kept in the file, None when it is not one of ours (it is then left alone)."""
    decision, justification, jurors = content.get("decision"), content.get("justification"), content.get("jurors")
    if decision not in ("acquis", "non_acquis", None) or not isinstance(justification, str):
        return None
    if not isinstance(jurors, list) or not all(isinstance(ref, str) for ref in jurors):
        return None
    return Draft(decision, justification, tuple(jurors))


def draft_description(candidate: str, ccp: str, draft: Draft) -> str:
    """« C04 — décision sur le CCP2 : non acquis, motivation à saisir »."""
    label = tr(DECISION_LABELS[draft.decision])
    if draft.decision == "non_acquis" and not draft.justification.strip():
        label += ", " + tr("motivation à saisir")
    return tr("{candidate} — décision sur le {ccp} : {decision}").format(candidate=candidate, ccp=ccp, decision=label)
