"""Each rule of DOMAIN.md §6 as a check that adds its findings for one candidate."""

from __future__ import annotations

from juryapp.model import (
    CONFLICT_LABELS,
    Candidate,
    Conflict,
    Juror,
    Referentiel,
    SessionData,
)
from juryapp.rules.codes import Code
from juryapp.rules.findings import CandidateRecords, Findings
from juryapp.rules.holdings import (
    PriorHolding,
    add_one_year,
)
from juryapp.rules.wording import fr_date, fr_list

MIN_JURORS = 2
MIN_EXPERIENCE_MONTHS = 12


def check_title_open(
    findings: Findings,
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


def check_pathway(
    findings: Findings,
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


def check_jury(findings: Findings, data: SessionData, candidate: Candidate, records: CandidateRecords) -> None:
    day = data.session.end
    eligible: list[Juror] = []
    excluded: list[str] = []
    for juror in data.jurors:
        conflict = juror.conflict_with(candidate.ref)
        if conflict is not None:
            excluded.append(f"{juror.display_name} est en conflit ({conflict_label(conflict)})")
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
                f"({conflict_label(conflict)}), figure sur {fr_list(where)}",
            )
        if not juror.is_habilitated_on(day):
            findings.add(
                Code.JUROR_HABILITATION_EXPIRED,
                f"{juror.display_name} figure sur {fr_list(where)} mais n'est pas habilité(e) "
                f"le {fr_date(day)} (habilitation jusqu'au {fr_date(juror.habilitation_until)})",
            )


def conflict_label(conflict: Conflict) -> str:
    label = CONFLICT_LABELS.get(conflict.kind, conflict.kind)
    return f"{label} : {conflict.note}" if conflict.note else label


def check_decisions(
    findings: Findings,
    data: SessionData,
    title: Referentiel,
    examined: tuple[str, ...],
    records: CandidateRecords,
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


def check_holdings(
    findings: Findings,
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
