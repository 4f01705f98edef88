"""The rules of DOMAIN.md §6: from a session's current state to each candidate's outcome.

Pure functions: no storage, no clock, no Qt. `evaluate_session` is what `juryapp results`
prints and what the documents rely on; a parchemin is only ever printed for an outcome whose
`document` is `parchemin`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from juryapp.model import (
    CONFLICT_LABELS,
    AwardDecisionRecord,
    Candidate,
    CcpResult,
    Conflict,
    FinalInterview,
    Juror,
    Referentiel,
    SessionData,
)
from juryapp.rules.codes import CODE_INFO, Code, Finding
from juryapp.rules.holdings import (
    PriorHolding,
    add_one_year,
    earlier_versions,
    held_before_session,
    prior_holdings,
)

MIN_JURORS = 2
_CODE_ORDER = {code: i for i, code in enumerate(Code)}
MIN_EXPERIENCE_MONTHS = 12


def fr_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"


def fr_datetime(stamp: str | None) -> str:
    """« 08/12/2026 à 18:30 » from an ISO timestamp (the text itself when it is not one)."""
    if not stamp:
        return "—"
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return moment.strftime("%d/%m/%Y à %H:%M")


def fr_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the session gives one candidate (juryapp.results/1, one entry)."""

    ref: str
    attendance: str
    admissible: bool
    blockers: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    ccps_examined: tuple[str, ...]
    ccps_obtained: tuple[str, ...]
    ccps_held: tuple[str, ...]
    title: str
    ccs: str
    document: str
    completion_deadline: dt.date | None
    prior_holdings: tuple[PriorHolding, ...] = ()

    @property
    def blocked(self) -> bool:
        return bool(self.blockers)

    def to_json(self) -> dict:
        return {
            "ref": self.ref,
            "attendance": self.attendance,
            "admissible": self.admissible,
            "blockers": [f.to_json() for f in self.blockers],
            "warnings": [f.to_json() for f in self.warnings],
            "ccps_examined": list(self.ccps_examined),
            "ccps_obtained": list(self.ccps_obtained),
            "ccps_held": list(self.ccps_held),
            "title": self.title,
            "ccs": self.ccs,
            "document": self.document,
            "completion_deadline": (self.completion_deadline.isoformat() if self.completion_deadline else None),
        }


class _Findings:
    """Collects findings, one entry per code, details joined in the order they came."""

    def __init__(self) -> None:
        self._messages: dict[Code, list[str]] = {}

    def add(self, code: Code, message: str) -> None:
        self._messages.setdefault(code, [])
        if message not in self._messages[code]:
            self._messages[code].append(message)

    def has(self, code: Code) -> bool:
        return code in self._messages

    def has_blocker(self) -> bool:
        return any(CODE_INFO[code].blocker for code in self._messages)

    def split(self) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
        findings = [
            Finding(code, " ; ".join(self._messages[code]))
            for code in sorted(self._messages, key=_CODE_ORDER.__getitem__)
        ]
        return (
            tuple(f for f in findings if f.blocker),
            tuple(f for f in findings if not f.blocker),
        )


@dataclass(frozen=True, slots=True)
class _CandidateRecords:
    results: tuple[CcpResult, ...]
    final_interview: FinalInterview | None
    title_decision: AwardDecisionRecord | None
    ccs_decision: AwardDecisionRecord | None

    def named_jurors(self) -> dict[str, list[str]]:
        """Juror ref -> the records (in French) that name them."""
        named: dict[str, list[str]] = {}
        for result in self.results:
            for ref in result.jurors:
                named.setdefault(ref, []).append(f"le résultat du {result.ccp}")
        if self.final_interview:
            for ref in self.final_interview.jurors:
                named.setdefault(ref, []).append("l'entretien final")
        if self.title_decision:
            for ref in self.title_decision.jurors:
                named.setdefault(ref, []).append("la décision sur le titre")
        if self.ccs_decision:
            for ref in self.ccs_decision.jurors:
                named.setdefault(ref, []).append("la décision sur le CCS")
        return named


def ccps_examined(data: SessionData, title: Referentiel) -> tuple[str, ...]:
    kind = data.session.kind
    if kind == "titre":
        return tuple(sorted(title.ccp_codes))
    if kind == "ccp":
        return tuple(sorted(data.session.ccps))
    return ()


def evaluate_session(
    data: SessionData, referentiels: Mapping[str, Referentiel], only: set[str] | None = None
) -> list[Outcome]:
    """Every candidate's outcome (or those in `only`), in the session's candidate order."""
    title = referentiels[data.session.title]
    examined = ccps_examined(data, title)
    results: dict[str, list[CcpResult]] = {}
    for result in data.results:
        results.setdefault(result.candidate, []).append(result)
    interviews = {fi.candidate: fi for fi in data.final_interviews}
    title_decisions = {d.candidate: d for d in data.title_decisions}
    ccs_decisions = {d.candidate: d for d in data.ccs_decisions}
    earlier = earlier_versions(title.code, referentiels)
    outcomes = []
    for candidate in data.candidates:
        if only is not None and candidate.ref not in only:
            continue
        records = _CandidateRecords(
            tuple(results.get(candidate.ref, ())),
            interviews.get(candidate.ref),
            title_decisions.get(candidate.ref),
            ccs_decisions.get(candidate.ref),
        )
        outcomes.append(_evaluate_candidate(data, referentiels, title, examined, earlier, candidate, records))
    return outcomes


def evaluate_candidate(data: SessionData, referentiels: Mapping[str, Referentiel], ref: str) -> Outcome:
    """One candidate's outcome."""
    outcomes = evaluate_session(data, referentiels, only={ref})
    if not outcomes:
        raise KeyError(ref)
    return outcomes[0]


def _evaluate_candidate(
    data: SessionData,
    referentiels: Mapping[str, Referentiel],
    title: Referentiel,
    examined: tuple[str, ...],
    earlier: set[str],
    candidate: Candidate,
    records: _CandidateRecords,
) -> Outcome:
    session = data.session
    findings = _Findings()
    holdings = prior_holdings(candidate, title.code, referentiels)
    held_prior = held_before_session(holdings)
    from_training = candidate.pathway == "formation" or candidate.from_training

    _check_title_open(findings, data, title, candidate, held_prior)
    _check_pathway(findings, data, candidate, from_training, examined, earlier)
    _check_jury(findings, data, candidate, records)
    _check_decisions(findings, data, title, examined, records, held_prior)
    _check_holdings(findings, data, title, holdings, held_prior)

    present = candidate.attendance == "present"
    valid = present and not findings.has_blocker()
    obtained: set[str] = set()
    title_outcome = "not_applicable" if session.kind == "ccs" else "not_awarded"
    ccs_outcome = "not_awarded" if session.kind == "ccs" else "not_applicable"
    if valid:
        acquired = {r.ccp for r in records.results if r.decision == "acquis" and r.ccp in examined}
        if session.kind == "titre":
            if records.title_decision and records.title_decision.decision == "awarded":
                obtained = set(title.ccp_codes) - held_prior
            else:
                obtained = acquired
        elif session.kind == "ccp":
            obtained = acquired
        if session.kind == "ccs":
            ccs_outcome = records.ccs_decision.decision if records.ccs_decision else "pending"
        else:
            title_outcome = records.title_decision.decision if records.title_decision else "pending"
    held = held_prior | obtained
    if session.kind != "ccs" and title_outcome != "awarded" and set(title.ccp_codes) <= held:
        findings.add(
            Code.ALL_CCPS_HELD_TITLE_NOT_AWARDED,
            "Tous les CCP du titre sont détenus à l'issue de la session, mais le titre n'est pas attribué",
        )

    if title_outcome == "awarded" or ccs_outcome == "awarded":
        document = "parchemin"
    elif obtained:
        document = "livret"
    else:
        document = "none"
    deadline = None
    if document == "livret":
        deadline = title.valid_until
        if title.status == "closed":
            deadline = add_one_year(title.valid_until)

    blockers, warnings = findings.split()
    admissible = not any(not CODE_INFO[f.code].about_decisions for f in blockers)
    return Outcome(
        ref=candidate.ref,
        attendance=candidate.attendance,
        admissible=admissible,
        blockers=blockers,
        warnings=warnings,
        ccps_examined=examined,
        ccps_obtained=tuple(sorted(obtained)),
        ccps_held=tuple(sorted(held)),
        title=title_outcome,
        ccs=ccs_outcome,
        document=document,
        completion_deadline=deadline,
        prior_holdings=tuple(holdings),
    )


def _check_title_open(
    findings: _Findings,
    data: SessionData,
    title: Referentiel,
    candidate: Candidate,
    held_prior: set[str],
) -> None:
    day = data.session.end
    if title.valid_from <= day <= title.valid_until:
        return
    grace_end = add_one_year(title.valid_until)
    if (
        day > title.valid_until
        and candidate.pathway == "capitalisation"
        and data.session.kind == "ccp"
        and held_prior
        and title.status == "closed"
        and not title.successor
        and day <= grace_end
    ):
        return
    if day < title.valid_from:
        message = (
            f"Le titre {title.code} n'entre en vigueur que le {fr_date(title.valid_from)} ; "
            f"la session se termine le {fr_date(day)}"
        )
    elif title.status == "closed" and not title.successor and day <= grace_end:
        message = (
            f"Le titre {title.code} est clôturé depuis le {fr_date(title.valid_until)} : "
            f"seul un candidat en capitalisation détenant déjà un CCP peut s'y présenter, "
            f"en session CCP, jusqu'au {fr_date(grace_end)}"
        )
    else:
        message = (
            f"Le titre {title.code} n'est plus en vigueur depuis le "
            f"{fr_date(title.valid_until)} ; la session se termine le {fr_date(day)}"
        )
        if title.successor:
            message += f" (version suivante : {title.successor})"
    findings.add(Code.TITLE_NOT_OPEN, message)


def _check_pathway(
    findings: _Findings,
    data: SessionData,
    candidate: Candidate,
    from_training: bool,
    examined: tuple[str, ...],
    earlier: set[str],
) -> None:
    session = data.session
    day = session.end
    if candidate.pathway == "vae":
        admissibility = candidate.vae_admissibility_date
        if admissibility is None:
            findings.add(
                Code.VAE_NO_ADMISSIBILITY,
                "Recevabilité VAE absente : notification de la DREETS requise avant la session",
            )
        elif admissibility > day:
            findings.add(
                Code.VAE_NO_ADMISSIBILITY,
                f"Recevabilité VAE notifiée le {fr_date(admissibility)}, après la fin de la session ({fr_date(day)})",
            )
        if candidate.experience_months < MIN_EXPERIENCE_MONTHS:
            findings.add(
                Code.VAE_EXPERIENCE_TOO_SHORT,
                f"Expérience de {candidate.experience_months} mois en rapport avec le titre : "
                f"la VAE en demande au moins {MIN_EXPERIENCE_MONTHS}",
            )
    if not candidate.professional_dossier:
        findings.add(
            Code.NO_PROFESSIONAL_DOSSIER,
            "Dossier professionnel (DP) non reçu : le jury ne peut pas délibérer sans lui",
        )
    if from_training:
        needed = [session.ccs] if session.kind == "ccs" and session.ccs else list(examined)
        missing = [code for code in needed if not candidate.ecf.get(code)]
        if missing:
            findings.add(
                Code.ECF_MISSING,
                f"Résultats des évaluations en cours de formation (ECF) manquants pour "
                f"{fr_list(missing)} : candidat issu d'un parcours de formation",
            )
    if session.kind == "ccs":
        versions = {session.title} | earlier
        if not any(h.title in versions for h in candidate.held_titles):
            findings.add(
                Code.CCS_TITLE_NOT_HELD,
                f"Le candidat ne détient pas le titre {session.title} (ni une version "
                f"antérieure) auquel le CCS {session.ccs} est associé",
            )
        if not from_training and candidate.experience_months < MIN_EXPERIENCE_MONTHS:
            findings.add(
                Code.CCS_NO_TRAINING_OR_EXPERIENCE,
                f"Candidat sans parcours de formation, avec {candidate.experience_months} mois "
                f"d'expérience dans le métier : il en faut au moins {MIN_EXPERIENCE_MONTHS}",
            )


def _check_jury(findings: _Findings, data: SessionData, candidate: Candidate, records: _CandidateRecords) -> None:
    day = data.session.end
    eligible: list[Juror] = []
    excluded: list[str] = []
    for juror in data.jurors:
        conflict = juror.conflict_with(candidate.ref)
        if conflict is not None:
            excluded.append(f"{juror.display_name} est en conflit ({_conflict_label(conflict)})")
        elif not juror.is_habilitated_on(day):
            excluded.append(f"l'habilitation de {juror.display_name} a pris fin le {fr_date(juror.habilitation_until)}")
        else:
            eligible.append(juror)
    if len(eligible) < MIN_JURORS:
        names = fr_list([j.display_name for j in eligible]) or "aucun"
        message = (
            f"Jury insuffisant pour ce candidat : {len(eligible)} juré(s) habilité(s) et sans "
            f"conflit ({names}), il en faut au moins {MIN_JURORS}"
        )
        if excluded:
            message += " ; " + " ; ".join(excluded)
        findings.add(Code.JURY_TOO_SMALL, message)

    for ref, where in records.named_jurors().items():
        named = data.juror(ref)
        if named is None:
            continue
        juror = named
        conflict = juror.conflict_with(candidate.ref)
        if conflict is not None:
            findings.add(
                Code.JUROR_CONFLICT,
                f"{juror.display_name}, en conflit avec le candidat "
                f"({_conflict_label(conflict)}), figure sur {fr_list(where)}",
            )
        if not juror.is_habilitated_on(day):
            findings.add(
                Code.JUROR_HABILITATION_EXPIRED,
                f"{juror.display_name} figure sur {fr_list(where)} mais n'est pas habilité(e) "
                f"le {fr_date(day)} (habilitation jusqu'au {fr_date(juror.habilitation_until)})",
            )


def _conflict_label(conflict: Conflict) -> str:
    label = CONFLICT_LABELS.get(conflict.kind, conflict.kind)
    return f"{label} : {conflict.note}" if conflict.note else label


def _check_decisions(
    findings: _Findings,
    data: SessionData,
    title: Referentiel,
    examined: tuple[str, ...],
    records: _CandidateRecords,
    held_prior: set[str],
) -> None:
    for result in records.results:
        if result.ccp not in examined:
            findings.add(
                Code.RESULT_FOR_UNEXAMINED_CCP,
                f"Résultat enregistré pour {result.ccp}, que cette session n'examine pas",
            )
        if result.decision == "non_acquis" and not result.justification.strip():
            findings.add(
                Code.JUSTIFICATION_MISSING,
                f"{result.ccp} déclaré non acquis sans motivation écrite",
            )
    for decision, what in (
        (records.title_decision, "Titre non attribué"),
        (records.ccs_decision, "CCS non attribué"),
    ):
        if decision and decision.decision == "not_awarded" and not decision.justification.strip():
            findings.add(Code.JUSTIFICATION_MISSING, f"{what} sans motivation écrite")

    title_awarded = bool(records.title_decision and records.title_decision.decision == "awarded")
    if title_awarded and data.session.kind != "ccs":
        failed = sorted(r.ccp for r in records.results if r.decision == "non_acquis")
        if failed:
            findings.add(
                Code.TITLE_AWARD_INCOMPLETE,
                f"Titre attribué alors que {fr_list(failed)} est déclaré non acquis dans cette session",
            )
        if data.session.kind == "ccp":
            acquired = {r.ccp for r in records.results if r.decision == "acquis" and r.ccp in examined}
            missing = sorted(set(title.ccp_codes) - held_prior - acquired)
            if missing:
                findings.add(
                    Code.TITLE_AWARD_INCOMPLETE,
                    f"Titre attribué alors que {fr_list(missing)} reste à obtenir",
                )
    ccs_awarded = bool(records.ccs_decision and records.ccs_decision.decision == "awarded")
    if (title_awarded or ccs_awarded) and records.final_interview is None:
        what = "Le titre" if title_awarded else "Le CCS"
        findings.add(
            Code.FINAL_INTERVIEW_MISSING,
            f"{what} est attribué sans entretien final enregistré",
        )


def _check_holdings(
    findings: _Findings,
    data: SessionData,
    title: Referentiel,
    holdings: list[PriorHolding],
    held_prior: set[str],
) -> None:
    for holding in holdings:
        prior = holding.prior
        if prior.title == title.code:
            continue
        obtained = f" (obtenu le {fr_date(prior.obtained_on)})" if prior.obtained_on else ""
        if not holding.mapped:
            findings.add(
                Code.PRIOR_CCP_NOT_MAPPED,
                f"{prior.ccp} du {prior.title}{obtained} n'a pas de correspondance dans le "
                f"{title.code} : il n'est pas repris",
            )
        elif not holding.verified:
            findings.add(
                Code.CORRESPONDENCE_UNVERIFIED,
                f"{prior.ccp} du {prior.title}{obtained} est repris comme "
                f"{fr_list(list(holding.codes))} du {title.code} par une table de "
                f"correspondance non vérifiée",
            )
    if data.session.kind == "ccp":
        already = sorted(set(data.session.ccps) & held_prior)
        if already:
            findings.add(
                Code.CCP_ALREADY_HELD,
                f"La session examine {fr_list(already)}, que le candidat détient déjà",
            )
