"""One candidate's decisions: each examined CCP's status, the title (or CCS) decision and the
fiche individuelle de résultats (DOMAIN.md §5).

Part of `juryapp.documents.content`. The jury's word is printed as it took it: never « non
attribué » for a candidate it took no decision on (absent, excused, or with a blocker: « Sans
décision » and the blockers' messages), never « — » for a CCP the candidate holds.
"""

from __future__ import annotations

import datetime as dt

from juryapp.documents.content_identity import (
    ATTENDANCE_WORDS,
    DOCUMENT_WORDS,
    NO_DECISION,
    NONE_MARK,
    certificate_name,
    decision_date,
    delivery_place,
    held_before,
    holder,
    juror_names,
    meta,
    session_dates,
    title_info,
)
from juryapp.documents.data import CcpLine, FicheResultatsData
from juryapp.model import (
    ASSESSMENT_KINDS,
    ASSESSMENT_LABELS,
    CCP_DECISION_LABELS,
    MARK_LABELS,
    PATHWAY_LABELS,
    Candidate,
    Evaluation,
)
from juryapp.rules import Outcome
from juryapp.rules.wording import fr_date, fr_datetime, french_date
from juryapp.session_view import SessionView
from juryapp.settings import Settings

HELD_BEFORE = "déjà détenu"
OBTAINED_BY_TITLE = "obtenu (titre attribué)"
OBTAINED = "obtenu"
TO_DECIDE = "à décider"


def ccp_status(view: SessionView, candidate: Candidate, outcome: Outcome, code: str, draft: bool) -> str:
    """What the session says of one examined CCP for the candidate.

    Absent or excused: « — »; with a blocker: « sans décision ». A recorded result is printed as
    the jury gave it. Without one, the CCP may still be held: « déjà détenu » when it was held
    before the session, « obtenu (titre attribué) » when the title awarded in this session gave it
    (session titre: every CCP not yet held is obtained, DOMAIN.md §6). Only a CCP neither
    decided nor held is « à décider » on a draft and « — » on a final document."""
    if candidate.attendance != "present":
        return NONE_MARK
    if outcome.blockers:
        return NO_DECISION.lower()
    result = next((r for r in view.data.results if r.candidate == candidate.ref and r.ccp == code), None)
    if result is not None:
        return CCP_DECISION_LABELS.get(result.decision, result.decision)
    if code in held_before(outcome):
        return HELD_BEFORE
    if code in outcome.ccps_obtained:
        return OBTAINED_BY_TITLE if outcome.title == "awarded" else OBTAINED
    return TO_DECIDE if draft else NONE_MARK


def decision_text(view: SessionView, candidate: Candidate, outcome: Outcome, *, absent: str = NONE_MARK) -> str:
    """The title (or CCS) decision as the jury took it: never « non attribué » for a candidate
    it took no decision on (absent, excused: `absent`, « — »; blocked: « Sans décision »)."""
    if candidate.attendance != "present":
        return absent
    if outcome.blockers:
        return NO_DECISION
    ccs = view.data.session.kind == "ccs"
    what = "CCS" if ccs else "Titre"
    state = outcome.ccs if ccs else outcome.title
    if state == "awarded":
        return f"{what} attribué"
    if state == "not_awarded":
        return f"{what} non attribué"
    if state == "not_applicable":
        return "Sans objet"
    # Pending: in a session titre the jury has not decided yet; in a session CCP the title cannot
    # be decided while a CCP is missing (after the sign-off, that is all « pending » means).
    missing = [c for c in view.title.ccp_codes if c not in outcome.ccps_held]
    if view.data.session.kind == "ccp" and missing:
        return "CCP restant à obtenir"
    return "En attente de décision"


def grid_quotes(view: SessionView, ref: str, code: str) -> tuple[str, tuple[str, ...]]:
    """What the fiche quotes of the evaluation grid for one CCP: its marks (« Compétences : CP1
    acquis, CP2 en cours d'acquisition ») and its observations, each with its date and author
    when it has them (« 08/12/2026 à 10:42, Claire Fontaine-Dumas — CP1, mise en situation
    professionnelle : … »). Marks inform the reader; they are never a decision of the jury.
    """
    certificate = view.title.certificate(code)
    order = [cp.code for cp in certificate.competencies] if certificate else []
    order.append(code)  # the row for the CCP as a whole (DOMAIN.md §2)
    kinds = {kind: i for i, kind in enumerate(ASSESSMENT_KINDS)}
    cells: list[Evaluation] = sorted(
        (e for e in view.data.evaluations if e.candidate == ref and e.competency in order),
        key=lambda e: (order.index(e.competency), kinds.get(e.assessment, len(kinds)), e.assessment),
    )
    marked = [e for e in cells if e.mark]
    several = len({e.assessment for e in marked}) > 1
    marks = ", ".join(
        f"{e.competency} {MARK_LABELS.get(e.mark, e.mark)}"
        + (f" ({ASSESSMENT_LABELS.get(e.assessment, e.assessment).lower()})" if several else "")
        for e in marked
    )
    observations = []
    for e in cells:
        where = f"{e.competency}, {ASSESSMENT_LABELS.get(e.assessment, e.assessment).lower()}"
        if e.entries:
            for entry in e.entries:
                signed = ", ".join(part for part in (fr_datetime(entry.at) if entry.at else "", entry.by) if part)
                observations.append(f"{signed} — {where} : {entry.text}" if signed else f"{where} : {entry.text}")
        elif e.observation.strip():
            observations.append(f"{where} : {e.observation}")
    return (f"Compétences : {marks}" if marks else ""), tuple(observations)


def fiche_signatories(view: SessionView, ref: str) -> list[str]:
    """The jurors (refs) whose signature boxes close the fiche individuelle of `ref`, in order.

    After the sign-off the fiche states decisions the jury adopted by signing the procès-verbal,
    so only the jurors who signed off (`sign_off.jurors`) sign it, in the PV's order; a juror
    named on the candidate's records who did not sign off never appears. A signer in conflict
    with the candidate never appears either: he or she took no part in their evaluation nor in
    the deliberation about them (DOMAIN.md §4, déport). Among the other signers, those named on
    the candidate's CCP results, entretien final or title/CCS decision took the decision: they
    sign when there are at least two of them (a decision is collective, never one person's);
    otherwise every signer free of conflict signs, each having adopted the decision with the PV.

    Before the sign-off (a draft) nobody has signed: the boxes are for every juror who may sign,
    habilitated on the session's last day and free of conflict with the candidate (the draft PV
    likewise leaves boxes for the habilitated jurors). Records are not used there: a juror named
    on them may have lost the habilitation and then may not sign.
    """
    data = view.data
    sign = data.sign_off
    if sign is None:
        return [j.ref for j in data.jurors if j.is_habilitated_on(data.session.end) and j.conflict_with(ref) is None]
    free = []
    for juror_ref in dict.fromkeys(sign.jurors):
        juror = data.juror(juror_ref)
        if juror is None or juror.conflict_with(ref) is not None:
            continue
        free.append(juror_ref)
    named = {j for r in data.results if r.candidate == ref for j in r.jurors}
    named |= {j for f in data.final_interviews if f.candidate == ref for j in f.jurors}
    named |= {j for d in (*data.title_decisions, *data.ccs_decisions) if d.candidate == ref for j in d.jurors}
    deciders = [juror_ref for juror_ref in free if juror_ref in named]
    return deciders if len(deciders) >= 2 else free


def fiche_resultats(view: SessionView, ref: str, draft: bool, settings: Settings, today: dt.date) -> FicheResultatsData:
    """The fiche individuelle de résultats of `ref`: each examined CCP with its status and its
    motivation (and, for a present candidate, what the grid noted: `grid_quotes`), the title (or
    CCS) decision, the blockers, signed as `fiche_signatories` says."""
    data = view.data
    candidate = data.candidate(ref)
    assert candidate is not None
    outcome = view.outcomes[ref]
    title = view.title
    issued_on = decision_date(view, draft)
    present_and_free = candidate.attendance == "present" and not outcome.blockers
    results = {r.ccp: r for r in data.results if r.candidate == ref}
    lines = []
    for code in outcome.ccps_examined:
        result = results.get(code)
        marks, observations = grid_quotes(view, ref, code) if candidate.attendance == "present" else ("", ())
        lines.append(
            CcpLine(
                code,
                certificate_name(view, title.code, code),
                ccp_status(view, candidate, outcome, code, draft),
                justification=result.justification if result and present_and_free else "",
                marks=marks,
                observations=observations,
            )
        )
    ccs = data.session.kind == "ccs"
    decisions = data.ccs_decisions if ccs else data.title_decisions
    decision = next((d for d in decisions if d.candidate == ref), None)
    interview = next((f for f in data.final_interviews if f.candidate == ref), None)
    closing = (
        f"Fiche arrêtée le {french_date(issued_on)}, date de signature du procès-verbal de la session."
        if issued_on
        else "Projet : la fiche sera arrêtée à la signature du procès-verbal de la session."
    )
    return FicheResultatsData(
        meta(view, "fiche_resultats", ref, draft, delivery_place(view), issued_on, [ref]),
        title_info(title),
        holder(candidate),
        PATHWAY_LABELS[candidate.pathway],
        ATTENDANCE_WORDS[candidate.attendance],
        session_dates(view),
        tuple(lines),
        f"Décision sur le {'CCS' if ccs else 'titre'}",
        decision_text(view, candidate, outcome, absent=f"aucune ({ATTENDANCE_WORDS[candidate.attendance].lower()})"),
        decision.justification if decision and present_and_free else "",
        f"tenu le {fr_date(interview.held_on)}" if interview else "non tenu",
        tuple(juror_names(view, fiche_signatories(view, ref))),
        tuple(f.message for f in outcome.blockers),
        DOCUMENT_WORDS[outcome.document] if candidate.attendance == "present" else NONE_MARK,
        closing,
    )
