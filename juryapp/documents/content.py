"""From a session to what its documents say (juryapp.documents.data), following the rules.

A parchemin is built only for an outcome whose document is `parchemin`, a livret only for
`livret`: a candidate with a blocker never gets one, draft or final.

What a document may state (DOMAIN.md §5):
- a decision document is dated with the sign-off date, never the day it is printed; a draft of a
  session not signed off yet leaves the date to be filled. A final one needs the sign-off
  (`BadInput` on field `sign_off` otherwise);
- a final parchemin or livret needs the session's issuer complete (`BadInput` naming the empty
  `session.issuer.*` field); a draft prints a visible placeholder instead;
- data flagged `verified: false` is named « non vérifié » on drafts only (`Meta.caveats`, the
  livret's CCP notes); the sign-off confirms it before any final document relies on it;
- convocation and feuille d'émargement are final once the schedule gives every épreuve a slot,
  drafts before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from juryapp.documents.data import (
    CcpLine,
    ConvocationData,
    EmargementData,
    EmargementDay,
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
    Slot,
    TitleInfo,
)
from juryapp.documents.render.wording import clock, duration, french_date, french_day
from juryapp.errors import BadInput
from juryapp.model import (
    ASSESSMENT_LABELS,
    CCP_DECISION_LABELS,
    PATHWAY_LABELS,
    SESSION_KIND_LABELS,
    Arrete,
    Candidate,
    Issuer,
    Referentiel,
    ScheduleEntry,
)
from juryapp.rules import Outcome
from juryapp.rules.wording import fr_date
from juryapp.session_view import SessionView
from juryapp.settings import Settings

ATTENDANCE_WORDS = {"present": "Présence", "absent": "Absence", "excused": "Absence excusée"}
DOCUMENT_WORDS = {"parchemin": "Parchemin", "livret": "Livret de certification", "none": "Aucun document"}
NO_DECISION = "Sans décision"
NONE_MARK = "—"
ISSUER_PLACEHOLDER = "[{label} à renseigner]"
KIND_NAMES = {"parchemin": "parchemin", "livret": "livret de certification"}


def _capital(text: str) -> str:
    """« Session CCP » from « session CCP » (str.capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]


# --- the title, the holder, the issuer ------------------------------------------------------


def arrete_text(arrete: Arrete | None) -> str:
    """« Arrêté du 17 mai 2024 (JO du 25 mai 2024) »; a legacy free text as it is; "" if unknown."""
    if arrete is None:
        return ""
    if arrete.text.strip():
        return arrete.text.strip()
    if arrete.date is None:
        return ""
    text = f"Arrêté du {french_date(arrete.date)}"
    return f"{text} (JO du {french_date(arrete.jo)})" if arrete.jo else text


def title_info(ref: Referentiel, *, pre_session: bool = False) -> TitleInfo:
    """The certification as documents name it; a pre-session document names the title and its RNCP
    code only (DOMAIN.md §5): it is final before the sign-off has confirmed an unverified arrêté."""
    arrete = "" if pre_session else arrete_text(ref.arrete)
    return TitleInfo(ref.code, ref.tp_code, ref.name, ref.level, ref.level, ref.nsf, arrete)


def holder(candidate: Candidate) -> Holder:
    return Holder(
        candidate.ref,
        candidate.last_name,
        candidate.first_name,
        fr_date(candidate.birth_date),
        candidate.birth_place.strip(),
        candidate.usage_name.strip(),
    )


def table_name(candidate: Candidate) -> str:
    """« EL AMRANI Yasmine »: nom de naissance and prénom(s), as tables list people."""
    return f"{candidate.last_name.upper()} {candidate.first_name}".strip()


def _issuer_value(issuer: Issuer, name: str) -> str:
    value = str(getattr(issuer, name)).strip()
    return value or ISSUER_PLACEHOLDER.format(label=Issuer.LABELS[name])


def require_issuer(view: SessionView, kind: str) -> None:
    """A final document that prints the issuer cannot be made while a field of it is empty."""
    issuer = view.data.session.issuer
    missing = issuer.missing()
    if missing:
        labels = [Issuer.LABELS[m.rsplit(".", 1)[1]] for m in missing]
        raise BadInput(
            f"à renseigner avant d'imprimer un {KIND_NAMES[kind]} définitif : {', '.join(labels)}",
            field=", ".join(missing),
        )


def signatory(view: SessionView) -> Signatory:
    issuer = view.data.session.issuer
    return Signatory(
        _issuer_value(issuer, "authority"), _issuer_value(issuer, "signatory"), _issuer_value(issuer, "role")
    )


def delivery_place(view: SessionView) -> str:
    """The commune of delivery written in « Fait à … »: the issuer's."""
    return _issuer_value(view.data.session.issuer, "place")


def centre_town(view: SessionView) -> str:
    """The centre's town (for pre-session documents): from the address, else the centre's name."""
    session = view.data.session
    match = re.search(r"\d{5}\s+([^,]+)$", session.place)
    if match:
        return match.group(1).strip()
    match = re.search(r"\(([^()]+)\)\s*$", session.centre)
    return match.group(1) if match else ""


def session_dates(view: SessionView) -> str:
    session = view.data.session
    if session.start == session.end:
        return f"le {fr_date(session.start)}"
    return f"du {fr_date(session.start)} au {fr_date(session.end)}"


def decision_date(view: SessionView, draft: bool) -> dt.date | None:
    """A decision document's date: the sign-off's. A final one cannot exist before it."""
    sign = view.data.sign_off
    if sign is None:
        if not draft:
            raise BadInput(
                "la session n'est pas close : un document définitif porte la date de signature du "
                "procès-verbal, qui n'existe pas encore",
                field="sign_off",
            )
        return None
    return sign.date


# --- what a draft may say about unverified data -----------------------------------------------


def _unverified_links(view: SessionView, outcomes: Iterable[Outcome]) -> list[str]:
    links: dict[str, str] = {}
    for outcome in outcomes:
        for holding in outcome.prior_holdings:
            if not holding.mapped or holding.verified:
                continue
            for older, newer in zip(holding.path, holding.path[1:], strict=False):
                ref = view.referentiels.get(newer)
                if ref is not None and ref.correspondence is not None and not ref.correspondence.verified:
                    links[f"{older}->{newer}"] = f"table de correspondance {older} → {newer} non vérifiée"
    return [links[key] for key in sorted(links)]


def caveats(view: SessionView, draft: bool, refs: Iterable[str] | None = None) -> tuple[str, ...]:
    """The unverified facts a draft relies on; nothing on a final document (the sign-off confirmed them)."""
    if not draft:
        return ()
    title = view.title
    facts = []
    if not title.verified:
        facts.append(f"référentiel {title.code} non vérifié")
    if title.arrete is not None and not title.arrete.verified and arrete_text(title.arrete):
        text = arrete_text(title.arrete)
        facts.append(f"{text[0].lower()}{text[1:]} non vérifié")
    chosen = view.outcomes.values() if refs is None else [view.outcomes[r] for r in refs]
    facts += _unverified_links(view, chosen)
    return (f"à confirmer à la signature : {', '.join(facts)}",) if facts else ()


def meta(
    view: SessionView,
    kind: str,
    candidate: str | None,
    draft: bool,
    place: str,
    issued_on: dt.date | None,
    caveat_refs: Iterable[str] | None = None,
) -> Meta:
    """A decision document's meta; its caveats are the unverified facts a draft relies on."""
    return Meta(
        kind,
        view.data.session.ref,
        candidate,
        draft,
        place,
        issued_on,
        caveats=caveats(view, draft, caveat_refs),
    )


def pre_session_meta(view: SessionView, kind: str, candidate: str | None, reasons: list[str]) -> Meta:
    """A convocation's or émargement's meta: a draft while the schedule is incomplete (`reasons`);
    no date of its own (the épreuves' dates are its dates)."""
    draft = bool(reasons)
    return Meta(kind, view.data.session.ref, candidate, draft, centre_town(view), None, caveats=tuple(reasons))


# --- CCPs held --------------------------------------------------------------------------------


def _certificate_name(view: SessionView, title_code: str, code: str) -> str:
    ref = view.referentiels.get(title_code)
    certificate = ref.certificate(code) if ref else None
    return certificate.name if certificate else code


def _in_title_order(view: SessionView, codes: Iterable[str]) -> list[str]:
    order = {code: i for i, code in enumerate(view.title.ccp_codes)}
    return sorted(set(codes), key=lambda c: (order.get(c, len(order)), c))


def held_lines(view: SessionView, ref: str, draft: bool = False) -> list[CcpLine]:
    """Every CCP of T the candidate holds after the session, once, with its first date, its
    session and, when it came through a correspondence, its origin (« CCP1 de RNCP34079 »).

    A CCP held through several priors keeps the earliest; one obtained in this session is dated
    with the session's last day."""
    outcome = view.outcomes[ref]
    title = view.title
    session = view.data.session
    earliest: dict[str, tuple[dt.date, CcpLine]] = {}
    for holding in outcome.prior_holdings:
        prior = holding.prior
        for code in holding.codes:
            origin = f"{prior.ccp} de {prior.title}" if holding.through_correspondence else ""
            notes = []
            if draft and not holding.verified:
                notes.append(f"correspondance {' → '.join(holding.path)} non vérifiée")
            if draft and not prior.session.strip():
                notes.append("session non renseignée")
            line = CcpLine(
                code,
                _certificate_name(view, title.code, code),
                "obtenu",
                fr_date(prior.obtained_on) if prior.obtained_on else "",
                prior.session.strip(),
                note=", ".join(notes),
                origin=origin,
            )
            when = prior.obtained_on or dt.date.max
            if code not in earliest or when < earliest[code][0]:
                earliest[code] = (when, line)
    for code in outcome.ccps_obtained:
        if code not in earliest:
            line = CcpLine(code, _certificate_name(view, title.code, code), "obtenu", fr_date(session.end), session.ref)
            earliest[code] = (session.end, line)
    return [earliest[code][1] for code in _in_title_order(view, earliest)]


# --- parchemin and livret ---------------------------------------------------------------------


def parchemin(view: SessionView, ref: str, draft: bool, settings: Settings, today: dt.date) -> ParcheminData | None:
    """The parchemin of `ref` (title or CCS), None when the outcome gives none.

    `settings` and `today` are no longer read (the issuer and the sign-off date come from the
    session); they stay for the callers' sake."""
    outcome = view.outcomes[ref]
    candidate = view.data.candidate(ref)
    if candidate is None or outcome.document != "parchemin" or outcome.blockers:
        return None
    if not draft:
        require_issuer(view, "parchemin")
    issued_on = decision_date(view, draft)
    session = view.data.session
    is_ccs = session.kind == "ccs" and bool(session.ccs)
    ccs_name = _certificate_name(view, session.title, session.ccs) if is_ccs and session.ccs else None
    return ParcheminData(
        meta(view, "parchemin", ref, draft, delivery_place(view), issued_on, [ref]),
        title_info(view.title),
        holder(candidate),
        () if is_ccs else tuple(held_lines(view, ref, draft)),
        signatory(view),
        ccs_name,
        session_dates(view),
    )


def livret(view: SessionView, ref: str, draft: bool, settings: Settings, today: dt.date) -> LivretData | None:
    """The livret de certification of `ref`, None when the outcome gives none."""
    outcome = view.outcomes[ref]
    candidate = view.data.candidate(ref)
    if candidate is None or outcome.document != "livret" or outcome.blockers or outcome.completion_deadline is None:
        return None
    if not draft:
        require_issuer(view, "livret")
    issued_on = decision_date(view, draft)
    title = view.title
    missing = [
        CcpLine(code, _certificate_name(view, title.code, code), "à obtenir")
        for code in title.ccp_codes
        if code not in outcome.ccps_held
    ]
    return LivretData(
        meta(view, "livret", ref, draft, delivery_place(view), issued_on, [ref]),
        title_info(title),
        holder(candidate),
        tuple(held_lines(view, ref, draft)),
        tuple(missing),
        fr_date(outcome.completion_deadline),
        signatory(view),
    )


# --- decisions, candidate by candidate --------------------------------------------------------


def _juror_names(view: SessionView, refs: Iterable[str]) -> list[str]:
    names = []
    for juror_ref in refs:
        juror = view.data.juror(juror_ref)
        names.append(juror.display_name if juror else juror_ref)
    return names


def _held_before(outcome: Outcome) -> set[str]:
    return {code for holding in outcome.prior_holdings for code in holding.codes}


def ccp_status(view: SessionView, candidate: Candidate, outcome: Outcome, code: str, draft: bool) -> str:
    """What the session says of one examined CCP for the candidate."""
    if candidate.attendance != "present":
        return NONE_MARK
    if outcome.blockers:
        return NO_DECISION.lower()
    result = next((r for r in view.data.results if r.candidate == candidate.ref and r.ccp == code), None)
    if result is not None:
        return CCP_DECISION_LABELS.get(result.decision, result.decision)
    if code in _held_before(outcome):
        return "déjà détenu"
    return "à décider" if draft else NONE_MARK


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


def fiche_resultats(view: SessionView, ref: str, draft: bool, settings: Settings, today: dt.date) -> FicheResultatsData:
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
        lines.append(
            CcpLine(
                code,
                _certificate_name(view, title.code, code),
                ccp_status(view, candidate, outcome, code, draft),
                justification=result.justification if result and present_and_free else "",
            )
        )
    ccs = data.session.kind == "ccs"
    decisions = data.ccs_decisions if ccs else data.title_decisions
    decision = next((d for d in decisions if d.candidate == ref), None)
    interview = next((f for f in data.final_interviews if f.candidate == ref), None)
    jurors: set[str] = set()
    if present_and_free:
        for record in [*[r for r in data.results if r.candidate == ref], interview, decision]:
            if record is not None:
                jurors.update(record.jurors)
    if not jurors:
        jurors = set(_free_jurors(view, ref))
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
        tuple(sorted(_juror_names(view, jurors))),
        tuple(f.message for f in outcome.blockers),
        DOCUMENT_WORDS[outcome.document] if candidate.attendance == "present" else NONE_MARK,
        closing,
    )


def _free_jurors(view: SessionView, ref: str) -> list[str]:
    """The jurors who may sign about `ref`: the signers free of conflict with them, or before the
    sign-off every juror habilitated on the session's last day and free of conflict."""
    data = view.data
    pool = data.sign_off.jurors if data.sign_off else tuple(j.ref for j in data.jurors)
    chosen = []
    for juror_ref in pool:
        juror = data.juror(juror_ref)
        if juror is None or juror.conflict_with(ref) is not None:
            continue
        if data.sign_off is None and not juror.is_habilitated_on(data.session.end):
            continue
        chosen.append(juror_ref)
    return chosen


# --- pre-session documents ---------------------------------------------------------------------


def _entry_label(entry_kind: str, ccp: str | None, session_kind: str) -> str:
    label = ASSESSMENT_LABELS.get(entry_kind, entry_kind)
    return f"{label} ({ccp})" if ccp and session_kind != "titre" else label


def _expected(view: SessionView, candidate: Candidate) -> list[tuple[str, str | None, int]]:
    """The épreuves the candidate sits (kind, CCP, minutes): the RC's for the session's title,
    CCPs or CCS; in a session CCP, the entretien final for a candidate who would then hold every
    CCP (it belongs to the last CCP session)."""
    session = view.data.session
    title = view.title
    outcome = view.outcomes[candidate.ref]
    if session.kind == "titre":
        return [(a.kind, None, a.minutes) for a in title.assessments.get("titre", ())]
    if session.kind == "ccs":
        key = session.ccs or ""
        return [(a.kind, None, a.minutes) for a in title.assessments.get(key, ())]
    expected: list[tuple[str, str | None, int]] = []
    for code in outcome.ccps_examined:
        expected += [(a.kind, code, a.minutes) for a in title.assessments.get(code, ()) if a.kind != "entretien_final"]
    if set(title.ccp_codes) <= _held_before(outcome) | set(outcome.ccps_examined):
        minutes = next((a.minutes for a in title.assessments.get("titre", ()) if a.kind == "entretien_final"), None)
        expected.append(("entretien_final", None, minutes if minutes is not None else 0))
    return expected


def _covers(entry: ScheduleEntry, kind: str, ccp: str | None) -> bool:
    return entry.assessment == kind and (ccp is None or entry.ccp is None or entry.ccp == ccp)


def _slot_line(entry: ScheduleEntry, session_kind: str) -> str:
    hours = f"{clock(entry.start)} – {clock(entry.end)}"
    return f"{hours} · {_entry_label(entry.assessment, entry.ccp, session_kind)} · {entry.room}".rstrip(" ·")


def _schedule_of(view: SessionView, ref: str) -> list[ScheduleEntry]:
    return sorted((e for e in view.data.schedule if e.candidate == ref), key=lambda e: (e.start, e.end))


def convocation_slots(view: SessionView, candidate: Candidate) -> tuple[tuple[Slot, ...], bool]:
    """The candidate's épreuves from the schedule, and whether every expected one has a slot."""
    kind = view.data.session.kind
    entries = _schedule_of(view, candidate.ref)
    slots = [
        Slot(
            _entry_label(e.assessment, e.ccp, kind),
            french_day(e.start.date()),
            f"{clock(e.start)} – {clock(e.end)}",
            e.room,
            duration(int((e.end - e.start).total_seconds() // 60)),
        )
        for e in entries
    ]
    complete = bool(entries)
    for assessment, ccp, minutes in _expected(view, candidate):
        if not any(_covers(e, assessment, ccp) for e in entries):
            complete = False
            slots.append(
                Slot(_entry_label(assessment, ccp, kind), "à fixer", "", "", duration(minutes) if minutes else "")
            )
    return tuple(slots), complete


def convocation(view: SessionView, ref: str, settings: Settings, today: dt.date) -> ConvocationData:
    """The convocation of `ref`: final once the schedule gives each of their épreuves a slot
    (`meta.draft` False), a draft before. It names the title and its RNCP code, no outcome."""
    data = view.data
    candidate = data.candidate(ref)
    assert candidate is not None
    title = view.title
    session = data.session
    slots, complete = convocation_slots(view, candidate)
    presented: tuple[CcpLine, ...]
    if session.kind == "ccs" and session.ccs:
        presented = (CcpLine(session.ccs, _certificate_name(view, title.code, session.ccs)),)
        heading = "Certificat complémentaire de spécialisation présenté"
    else:
        codes = view.outcomes[ref].ccps_examined
        presented = tuple(CcpLine(code, _certificate_name(view, title.code, code)) for code in codes)
        heading = "Certificats de compétences professionnelles présentés"
    instructions = [
        "Présentez une pièce d'identité en cours de validité (avec photographie).",
        "Apportez votre dossier professionnel et, le cas échéant, ses annexes.",
        "Présentez-vous trente minutes avant le début de votre première épreuve.",
    ]
    if session.kind == "ccp" and any(s.assessment.startswith(ASSESSMENT_LABELS["entretien_final"]) for s in slots):
        instructions.append("L'entretien final se tient au vu de votre livret de certification : apportez-le.")
    unscheduled = [s.assessment for s in slots if not s.hours]
    reasons = []
    if not complete:
        reasons.append(
            f"planning incomplet, sans horaire : {', '.join(unscheduled)}" if unscheduled else "planning incomplet"
        )
    return ConvocationData(
        pre_session_meta(view, "convocation", ref, reasons),
        title_info(title, pre_session=True),
        holder(candidate),
        session.centre,
        session.place,
        session_dates(view),
        _capital(SESSION_KIND_LABELS[session.kind]),
        presented,
        slots,
        tuple(instructions),
        heading,
    )


def emargement(view: SessionView, settings: Settings, today: dt.date) -> EmargementData:
    """The feuille d'émargement: one table per day of épreuves, from the schedule. Final once
    every candidate's épreuves all have a slot (as on their convocations); before, a draft (a
    candidate without any slot is listed on every day of épreuves)."""
    data = view.data
    session = data.session
    kind = session.kind
    by_day: dict[dt.date, dict[str, list[ScheduleEntry]]] = {}
    for entry in sorted(data.schedule, key=lambda e: (e.start, e.end)):
        by_day.setdefault(entry.start.date(), {}).setdefault(entry.candidate, []).append(entry)
    scheduled = {e.candidate for e in data.schedule}
    unscheduled = [c for c in data.candidates if c.ref not in scheduled]
    reasons = []
    if not data.schedule:
        reasons.append("planning des épreuves non établi")
    else:
        incomplete = []
        for candidate in data.candidates:
            slots, complete = convocation_slots(view, candidate)
            if not complete:
                missing = [s.assessment for s in slots if not s.hours]
                incomplete.append(f"{candidate.ref} ({', '.join(missing)})" if missing else candidate.ref)
        if incomplete:
            reasons.append(f"planning incomplet, épreuves sans horaire : {', '.join(incomplete)}")
    if not data.schedule:
        day = session.start
        while day <= session.end:
            by_day.setdefault(day, {})
            day += dt.timedelta(days=1)

    def row(candidate: Candidate, entries: list[ScheduleEntry]) -> EmargementRow:
        slots = tuple(_slot_line(e, kind) for e in entries) or ("horaire à fixer",)
        return EmargementRow(
            candidate.ref,
            candidate.last_name.upper(),
            candidate.usage_name.strip().upper(),
            candidate.first_name,
            fr_date(candidate.birth_date),
            slots,
        )

    days = []
    for day in sorted(by_day):
        entries = by_day[day]
        rows = [row(c, entries[c.ref]) for c in data.candidates if c.ref in entries]
        rows += [row(c, []) for c in unscheduled]
        days.append(EmargementDay(french_day(day), tuple(rows)))
    scheduled_jurors = {j for e in data.schedule for j in e.jurors}
    jurors = [j for j in data.jurors if j.ref in scheduled_jurors] or list(data.jurors)
    return EmargementData(
        pre_session_meta(view, "emargement", None, reasons),
        title_info(view.title, pre_session=True),
        session.centre,
        session.place,
        session_dates(view),
        tuple(days),
        tuple(j.display_name for j in jurors),
    )


# --- the session as a whole -------------------------------------------------------------------


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


def confirmation_lines(view: SessionView) -> tuple[str, ...]:
    """What the signing jurors confirmed at sign-off (DOMAIN.md §7), as the PV prints it."""
    data = view.data
    sign = data.sign_off
    if sign is None:
        return ()
    lines = []
    for confirmation in sign.confirmations:
        by = _juror_names(view, [confirmation.by])[0]
        reference = confirmation.reference.strip()
        subject = confirmation.subject
        candidate = data.candidate(subject)
        if candidate is not None:
            lines.append(
                f"{candidate.ref} — {table_name(candidate)} : {NO_DECISION.lower()} ; confirmation à la signature "
                f"par {by} (« {reference} »)"
            )
        elif "->" in subject:
            older, newer = subject.split("->", 1)
            lines.append(
                f"Table de correspondance {older} → {newer} : confirmée sur le texte officiel par {by} "
                f"(référence : « {reference} »)"
            )
        else:
            lines.append(
                f"Référentiel {subject} : confirmé sur le texte officiel par {by} (référence : « {reference} »)"
            )
    return tuple(lines)


def pv(view: SessionView, draft: bool, settings: Settings, today: dt.date, revocations: tuple[str, ...]) -> PvData:
    """The procès-verbal: signed by the jurors who signed off and only them; before the sign-off,
    a draft with empty boxes for the jurors habilitated on the session's last day."""
    data = view.data
    sign = data.sign_off
    issued_on = decision_date(view, draft)
    end = data.session.end
    if sign is not None:
        signers = tuple(_juror_names(view, sign.jurors))
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
        _capital(SESSION_KIND_LABELS[data.session.kind]),
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
