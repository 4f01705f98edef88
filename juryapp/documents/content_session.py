"""The session as a whole: the procès-verbal and the fiche synthèse (DOMAIN.md §5, §7).

Part of `juryapp.documents.content`. Every candidate has a line (attendance, each examined CCP,
the decision, the document; « Sans décision » and the blockers' messages for a present
candidate with a blocker; « Déport : … » for a juror in conflict). The PV is signed by the jurors
who signed off and only them, and prints what they confirmed at the sign-off.
"""

from __future__ import annotations

import datetime as dt

from juryapp.documents.content_candidate import ccp_status, decision_text
from juryapp.documents.content_identity import (
    ATTENDANCE_WORDS,
    DOCUMENT_WORDS,
    NO_DECISION,
    NONE_MARK,
    capital,
    decision_date,
    delivery_place,
    juror_names,
    meta,
    session_dates,
    table_name,
    title_info,
)
from juryapp.documents.data import FicheSyntheseData, PvData, PvRow
from juryapp.model import PATHWAY_LABELS, SESSION_KIND_LABELS, Candidate, Confirmation
from juryapp.rules.wording import fr_date, french_date
from juryapp.session_view import SessionView
from juryapp.settings import Settings


def pv_row(view: SessionView, candidate: Candidate, draft: bool = False) -> PvRow:
    """One candidate's line: attendance, each examined CCP's result, the decision, the document,
    the blockers' messages of a candidate without decision and the jurors in conflict (déport)."""
    outcome = view.outcomes[candidate.ref]
    present = candidate.attendance == "present"
    results: tuple[str, ...] = (NONE_MARK,)
    if present and not outcome.blockers and outcome.ccps_examined:
        results = tuple(
            f"{code} : {ccp_status(view, candidate, outcome, code, draft)}" for code in outcome.ccps_examined
        )
    remarks = [f.message for f in outcome.blockers] if present else []
    remarks += [f"Déport : {j.display_name}" for j in view.data.jurors if j.conflict_with(candidate.ref)]
    return PvRow(
        candidate.ref,
        table_name(candidate),
        candidate.usage_name.strip().upper(),
        PATHWAY_LABELS[candidate.pathway],
        ATTENDANCE_WORDS[candidate.attendance],
        results,
        decision_text(view, candidate, outcome),
        DOCUMENT_WORDS[outcome.document] if present else NONE_MARK,
        tuple(remarks),
    )


def pv_rows(view: SessionView, draft: bool = False) -> tuple[PvRow, ...]:
    return tuple(pv_row(view, candidate, draft) for candidate in view.data.candidates)


def counts(view: SessionView) -> dict[str, int]:
    outcomes = list(view.outcomes.values())
    present = [o for o in outcomes if o.attendance == "present"]
    return {
        "Candidats inscrits": len(outcomes),
        "Présence": len(present),
        "Absence": sum(1 for o in outcomes if o.attendance == "absent"),
        "Absence excusée": sum(1 for o in outcomes if o.attendance == "excused"),
        "Parchemins": sum(1 for o in outcomes if o.document == "parchemin"),
        "Livrets de certification": sum(1 for o in outcomes if o.document == "livret"),
        NO_DECISION: sum(1 for o in present if o.blockers),
    }


def _is_correspondence(view: SessionView, older: str, newer: str) -> bool:
    """Whether the session's référentiels hold a correspondence table from `older` to `newer`."""
    ref = view.referentiels.get(newer)
    return bool(older) and ref is not None and ref.correspondence is not None and ref.correspondence.source == older


def confirmation_line(view: SessionView, confirmation: Confirmation) -> str | None:
    """One confirmation as the PV prints it, None for a subject it cannot name truthfully.

    A confirmation is a fact of the sign-off, printed as what it was whatever the candidate's
    outcome is now (a revocation may since have lifted the blocker): « C05 — MOREAU Inès :
    confirmé à la signature par Claire Fontaine-Dumas (« Inès Moreau ») ». Only the results table
    says « Sans décision », on the row of a candidate whose current outcome is blocked. A subject
    that is neither a candidate of the session, the session's title code, nor a correspondence
    « A->B » between two of the session's référentiels is not printed: calling it a confirmed
    référentiel would state what the jury did not confirm."""
    by = juror_names(view, [confirmation.by])[0]
    reference = confirmation.reference.strip()
    subject = confirmation.subject
    candidate = view.data.candidate(subject)
    if candidate is not None:
        return f"{candidate.ref} — {table_name(candidate)} : confirmé à la signature par {by} (« {reference} »)"
    official = f"sur le texte officiel par {by} (référence : « {reference} »)"
    if subject == view.title.code:
        return f"Référentiel {subject} : confirmé {official}"
    older, arrow, newer = subject.partition("->")
    if arrow and _is_correspondence(view, older, newer):
        return f"Table de correspondance {older} → {newer} : confirmée {official}"
    return None


def confirmation_lines(view: SessionView) -> tuple[str, ...]:
    """What the signing jurors confirmed at sign-off (DOMAIN.md §7), as the PV prints it."""
    sign = view.data.sign_off
    if sign is None:
        return ()
    lines = (confirmation_line(view, confirmation) for confirmation in sign.confirmations)
    return tuple(line for line in lines if line is not None)


def pv(view: SessionView, draft: bool, settings: Settings, today: dt.date, revocations: tuple[str, ...]) -> PvData:
    """The procès-verbal: signed by the jurors who signed off and only them; before the sign-off,
    a draft with empty boxes for the jurors habilitated on the session's last day."""
    data = view.data
    sign = data.sign_off
    issued_on = decision_date(view, draft)
    end = data.session.end
    if sign is not None:
        signers = tuple(juror_names(view, sign.jurors))
    else:
        signers = tuple(j.display_name for j in data.jurors if j.is_habilitated_on(end))
    jurors = tuple(
        (
            j.display_name,
            f"habilitation valable jusqu'au {fr_date(j.habilitation_until)}"
            if j.is_habilitated_on(end)
            else (
                f"habilitation expirée le {fr_date(j.habilitation_until)}"
                if j.habilitation_until
                else "habilitation non renseignée"
            ),
        )
        for j in data.jurors
    )
    return PvData(
        meta(view, "pv", None, draft, delivery_place(view), issued_on),
        title_info(view.title),
        data.session.centre,
        data.session.place,
        capital(SESSION_KIND_LABELS[data.session.kind]),
        session_dates(view),
        jurors,
        pv_rows(view, draft),
        revocations,
        french_date(issued_on) if issued_on else "",
        signers,
        counts(view),
        confirmation_lines(view),
    )


def fiche_synthese(view: SessionView, draft: bool, settings: Settings, today: dt.date) -> FicheSyntheseData:
    """The fiche synthèse of a session: the counts, the results by pathway, every candidate's line."""
    issued_on = decision_date(view, draft)
    by_pathway = []
    for pathway, label in PATHWAY_LABELS.items():
        members = [c for c in view.data.candidates if c.pathway == pathway]
        if not members:
            continue
        outcomes = [view.outcomes[c.ref] for c in members]
        by_pathway.append(
            (
                label,
                sum(1 for o in outcomes if o.attendance == "present"),
                sum(1 for o in outcomes if o.document == "parchemin"),
                sum(1 for o in outcomes if o.document == "livret"),
            )
        )
    closing = (
        f"Établie d'après le procès-verbal arrêté et signé le {french_date(issued_on)}."
        if issued_on
        else "Projet : établie d'après le procès-verbal, qui n'est pas encore signé."
    )
    return FicheSyntheseData(
        meta(view, "fiche_synthese", None, draft, delivery_place(view), issued_on),
        title_info(view.title),
        view.data.session.centre,
        session_dates(view),
        tuple(counts(view).items()),
        tuple(by_pathway),
        pv_rows(view, draft),
        closing,
    )
