"""From a session to what its documents say (juryapp.documents.data), following the rules.

A parchemin is built only for an outcome whose document is `parchemin`, a livret only for
`livret`: a candidate with a blocker never gets one, draft or final.
"""

from __future__ import annotations

import datetime as dt
import re

from juryapp.documents.data import (
    CcpLine,
    ConvocationData,
    EmargementData,
    EmargementRow,
    FicheResultatsData,
    FicheSyntheseData,
    Holder,
    LivretData,
    Meta,
    ParcheminData,
    PvData,
    PvRow,
    Signatory,
    TitleInfo,
)
from juryapp.model import (
    ASSESSMENT_LABELS,
    ATTENDANCE_LABELS,
    AWARD_LABELS,
    CCP_DECISION_LABELS,
    DOCUMENT_LABELS,
    PATHWAY_LABELS,
    SESSION_KIND_LABELS,
    Candidate,
    Referentiel,
)
from juryapp.rules.wording import fr_date, fr_datetime
from juryapp.session_view import SessionView
from juryapp.settings import Settings


def title_info(ref: Referentiel) -> TitleInfo:
    arrete = ref.arrete or f"Titre enregistré au RNCP sous le n° {ref.code}"
    return TitleInfo(ref.code, ref.tp_code, ref.name, ref.level, ref.level, ref.nsf, arrete)


def holder(candidate: Candidate) -> Holder:
    return Holder(
        candidate.ref,
        candidate.last_name,
        candidate.first_name,
        fr_date(candidate.birth_date),
        candidate.birth_place or "—",
    )


def signatory(settings: Settings) -> Signatory:
    return Signatory(settings["signatory_authority"], settings["signatory_name"], settings["signatory_role"])


def delivery_place(view: SessionView, settings: Settings) -> str:
    """The town of delivery: the preference, else the town in the centre's name or address."""
    if settings["delivery_place"]:
        return str(settings["delivery_place"])
    session = view.data.session
    match = re.search(r"\(([^()]+)\)\s*$", session.centre)
    if match:
        return match.group(1)
    match = re.search(r"\d{5}\s+([^,]+)$", session.place)
    return match.group(1).strip() if match else session.centre


def session_dates(view: SessionView) -> str:
    session = view.data.session
    if session.start == session.end:
        return f"le {fr_date(session.start)}"
    return f"du {fr_date(session.start)} au {fr_date(session.end)}"


def meta(view: SessionView, kind: str, candidate: str | None, draft: bool, settings: Settings, today: dt.date) -> Meta:
    return Meta(kind, view.data.session.ref, candidate, draft, delivery_place(view, settings), today)


def _certificate_name(view: SessionView, title_code: str, code: str) -> str:
    ref = view.referentiels.get(title_code)
    certificate = ref.certificate(code) if ref else None
    return certificate.name if certificate else code


def held_lines(view: SessionView, ref: str) -> list[CcpLine]:
    """The CCPs the candidate holds after the session, with where each comes from."""
    outcome = view.outcomes[ref]
    title = view.title
    session = view.data.session
    lines: dict[str, CcpLine] = {}
    for holding in outcome.prior_holdings:
        for code in holding.codes:
            note = ""
            if holding.prior.title != title.code:
                note = f"repris du {holding.prior.ccp} du {holding.prior.title}"
                if not holding.verified:
                    note += " (correspondance non vérifiée)"
            lines.setdefault(
                code,
                CcpLine(
                    code,
                    _certificate_name(view, title.code, code),
                    "obtenu",
                    fr_date(holding.prior.obtained_on),
                    "",
                    note=note,
                ),
            )
    for code in outcome.ccps_obtained:
        lines[code] = CcpLine(
            code, _certificate_name(view, title.code, code), "obtenu", fr_date(session.end), session.ref
        )
    return [lines[code] for code in sorted(lines)]


def parchemin(view: SessionView, ref: str, draft: bool, settings: Settings, today: dt.date) -> ParcheminData | None:
    outcome = view.outcomes[ref]
    candidate = view.data.candidate(ref)
    if candidate is None or outcome.document != "parchemin" or outcome.blockers:
        return None
    session = view.data.session
    ccs_name = _certificate_name(view, session.title, session.ccs) if session.kind == "ccs" and session.ccs else None
    return ParcheminData(
        meta(view, "parchemin", ref, draft, settings, today),
        title_info(view.title),
        holder(candidate),
        tuple(held_lines(view, ref)),
        signatory(settings),
        ccs_name,
        session_dates(view),
    )


def livret(view: SessionView, ref: str, draft: bool, settings: Settings, today: dt.date) -> LivretData | None:
    outcome = view.outcomes[ref]
    candidate = view.data.candidate(ref)
    if candidate is None or outcome.document != "livret" or outcome.blockers or outcome.completion_deadline is None:
        return None
    title = view.title
    missing = [
        CcpLine(code, _certificate_name(view, title.code, code), "à obtenir")
        for code in title.ccp_codes
        if code not in outcome.ccps_held
    ]
    return LivretData(
        meta(view, "livret", ref, draft, settings, today),
        title_info(title),
        holder(candidate),
        tuple(held_lines(view, ref)),
        tuple(missing),
        fr_date(outcome.completion_deadline),
        signatory(settings),
    )


def _juror_names(view: SessionView, refs: tuple[str, ...]) -> list[str]:
    names = []
    for juror_ref in refs:
        juror = view.data.juror(juror_ref)
        names.append(juror.display_name if juror else juror_ref)
    return names


def fiche_resultats(view: SessionView, ref: str, draft: bool, settings: Settings, today: dt.date) -> FicheResultatsData:
    data = view.data
    candidate = data.candidate(ref)
    assert candidate is not None
    outcome = view.outcomes[ref]
    title = view.title
    results = {r.ccp: r for r in data.results if r.candidate == ref}
    lines = []
    for code in outcome.ccps_examined:
        result = results.get(code)
        status = CCP_DECISION_LABELS.get(result.decision, "") if result else "non décidé"
        lines.append(
            CcpLine(
                code,
                _certificate_name(view, title.code, code),
                status,
                justification=result.justification if result else "",
            )
        )
    ccs = data.session.kind == "ccs"
    decisions = data.ccs_decisions if ccs else data.title_decisions
    decision = next((d for d in decisions if d.candidate == ref), None)
    what = "CCS" if ccs else "Titre"
    state = outcome.ccs if ccs else outcome.title
    interview = next((f for f in data.final_interviews if f.candidate == ref), None)
    jurors: set[str] = set()
    for record in [*[r for r in data.results if r.candidate == ref], interview, decision]:
        if record is not None:
            jurors.update(record.jurors)
    return FicheResultatsData(
        meta(view, "fiche_resultats", ref, draft, settings, today),
        title_info(title),
        holder(candidate),
        PATHWAY_LABELS[candidate.pathway],
        ATTENDANCE_LABELS[candidate.attendance],
        session_dates(view),
        tuple(lines),
        f"Décision sur le {what.lower()}",
        f"{what} {AWARD_LABELS[state]}",
        decision.justification if decision else "",
        f"tenu le {fr_date(interview.held_on)}" if interview else "non tenu",
        tuple(sorted(_juror_names(view, tuple(jurors)))),
        tuple(f.message for f in outcome.blockers),
        DOCUMENT_LABELS[outcome.document].capitalize(),
    )


def convocation(view: SessionView, ref: str, settings: Settings, today: dt.date) -> ConvocationData:
    data = view.data
    candidate = data.candidate(ref)
    assert candidate is not None
    title = view.title
    session = data.session
    key = "titre" if session.kind == "titre" else (session.ccs if session.kind == "ccs" else None)
    keys = [key] if key else list(session.ccps)
    assessments = [
        (ASSESSMENT_LABELS.get(a.kind, a.kind) + (f" ({k})" if session.kind == "ccp" else ""), f"{a.minutes} min")
        for k in keys
        if k
        for a in title.assessments.get(k, ())
    ]
    examined = view.outcomes[ref].ccps_examined
    return ConvocationData(
        meta(view, "convocation", ref, False, settings, today),
        title_info(title),
        holder(candidate),
        session.centre,
        session.place,
        session_dates(view),
        SESSION_KIND_LABELS[session.kind].capitalize(),
        tuple(CcpLine(code, _certificate_name(view, title.code, code)) for code in examined),
        tuple(assessments),
        (
            "Présentez-vous muni(e) d'une pièce d'identité en cours de validité.",
            "Apportez votre dossier professionnel et, le cas échéant, ses annexes.",
            "Merci d'arriver trente minutes avant le début des épreuves.",
        ),
    )


def pv_rows(view: SessionView) -> tuple[PvRow, ...]:
    rows = []
    kind = view.data.session.kind
    for candidate in view.data.candidates:
        outcome = view.outcomes[candidate.ref]
        state = outcome.ccs if kind == "ccs" else outcome.title
        remarks = "; ".join(f.message for f in outcome.blockers)
        rows.append(
            PvRow(
                candidate.ref,
                f"{candidate.last_name.upper()} {candidate.first_name}",
                PATHWAY_LABELS[candidate.pathway],
                ATTENDANCE_LABELS[candidate.attendance],
                ", ".join(outcome.ccps_obtained) or "—",
                AWARD_LABELS[state],
                DOCUMENT_LABELS[outcome.document].capitalize(),
                remarks,
            )
        )
    return tuple(rows)


def counts(view: SessionView) -> dict[str, int]:
    outcomes = list(view.outcomes.values())
    return {
        "Candidats inscrits": len(outcomes),
        "Présents": sum(1 for o in outcomes if o.attendance == "present"),
        "Absents ou excusés": sum(1 for o in outcomes if o.attendance != "present"),
        "Parchemins": sum(1 for o in outcomes if o.document == "parchemin"),
        "Livrets de certification": sum(1 for o in outcomes if o.document == "livret"),
        "Candidats bloqués": sum(1 for o in outcomes if o.blockers),
    }


def pv(view: SessionView, draft: bool, settings: Settings, today: dt.date, revocations: tuple[str, ...]) -> PvData:
    data = view.data
    sign = data.sign_off
    signers = tuple(_juror_names(view, sign.jurors)) if sign else ()
    jurors = tuple((j.display_name, f"habilitation jusqu'au {fr_date(j.habilitation_until)}") for j in data.jurors)
    return PvData(
        meta(view, "pv", None, draft, settings, today),
        title_info(view.title),
        data.session.centre,
        data.session.place,
        SESSION_KIND_LABELS[data.session.kind].capitalize(),
        session_dates(view),
        jurors,
        pv_rows(view),
        revocations,
        fr_datetime(sign.at) if sign else "",
        signers,
        counts(view),
    )


def emargement(view: SessionView, settings: Settings, today: dt.date) -> EmargementData:
    session = view.data.session
    days = []
    day = session.start
    while day <= session.end:
        days.append(fr_date(day))
        day += dt.timedelta(days=1)
    return EmargementData(
        meta(view, "emargement", None, False, settings, today),
        title_info(view.title),
        session.centre,
        session.place,
        session_dates(view),
        tuple(days),
        tuple(
            EmargementRow(c.ref, f"{c.last_name.upper()} {c.first_name}", fr_date(c.birth_date))
            for c in view.data.candidates
        ),
        tuple(j.display_name for j in view.data.jurors),
    )


def fiche_synthese(view: SessionView, draft: bool, settings: Settings, today: dt.date) -> FicheSyntheseData:
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
    return FicheSyntheseData(
        meta(view, "fiche_synthese", None, draft, settings, today),
        title_info(view.title),
        view.data.session.centre,
        session_dates(view),
        tuple(counts(view).items()),
        tuple(by_pathway),
        pv_rows(view),
    )
