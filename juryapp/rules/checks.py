"""Each rule of DOMAIN.md §6 as a check that adds its findings for one candidate."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from juryapp.model import (
    CONFLICT_LABELS,
    Candidate,
    Conflict,
    Juror,
    Referentiel,
    ScheduleEntry,
    SessionData,
)
from juryapp.rules.codes import Code
from juryapp.rules.findings import CandidateRecords, Findings
from juryapp.rules.holdings import PriorHolding, add_one_year, earlier_versions, fold_name
from juryapp.rules.wording import fr_date, fr_list

MIN_JURORS = 2
MIN_EXPERIENCE_MONTHS = 12
SESSION_FOR_PATHWAY = {"formation": "titre", "vae": "titre", "capitalisation": "ccp", "ccs": "ccs"}
PATHWAY_WORDS = {
    "formation": "un candidat issu d'un parcours de formation",
    "vae": "un candidat en VAE",
    "capitalisation": "un candidat en capitalisation",
    "ccs": "un candidat au CCS",
}
SESSION_WORDS = {"titre": "une session titre", "ccp": "une session CCP", "ccs": "une session CCS"}


# Letters and symbols that print as nothing (Hangul fillers, braille blank, Khmer inherent vowels).
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u17b4\u17b5")


def has_text(text: str) -> bool:
    """Whether a written reason says something: a letter, digit, punctuation mark or symbol that
    prints. Spaces, invisible, format and control characters, and marks alone, are no reason."""
    return any(unicodedata.category(ch)[0] in "LNPS" and ch not in _BLANK_GLYPHS for ch in text)


def capitalized(text: str) -> str:
    """The sentence with its first letter in upper case, the rest as it is (« CCP1 » stays)."""
    return text[:1].upper() + text[1:]


@dataclass
class SessionFacts:
    """What the checks read about the whole session, worked out once per evaluation."""

    data: SessionData
    referentiels: Mapping[str, Referentiel]
    title: Referentiel
    earlier: set[str] = field(default_factory=set)
    duplicates: dict[str, list[str]] = field(default_factory=dict)
    schedule: dict[str, list[ScheduleEntry]] = field(default_factory=dict)
    # The title's CCPs, and the CCPs examined in a session titre (the same for every candidate).
    title_ccps: frozenset[str] = frozenset()
    titre_examined: tuple[str, ...] = ()
    jurors_unique: bool = True  # no two jurors share a ref
    # The candidates some juror is in conflict with; every other candidate has the same jury
    # (`jury_of`): `free_jury`, the refs of its eligible jurors in `free_refs`.
    conflicted: frozenset[str] = frozenset()
    free_jury: tuple[list[Juror], list[tuple[Juror, Conflict | None]]] = ([], [])
    free_refs: frozenset[str] = frozenset()
    # Whether a list of jurors names only jurors of `free_jury`, at least MIN_JURORS of them
    # (the lists repeat from candidate to candidate: each is looked at once).
    free_sound: dict[tuple[str, ...], bool] = field(default_factory=dict)

    @classmethod
    def of(cls, data: SessionData, referentiels: Mapping[str, Referentiel]) -> SessionFacts:
        title = referentiels[data.session.title]
        conflicted = frozenset(c.candidate for juror in data.jurors for c in juror.conflicts)
        free_jury = _free_jury(data)
        return cls(
            data,
            referentiels,
            title,
            earlier_versions(title.code, referentiels),
            data.cached("candidates", "duplicates", lambda: _duplicates(data.candidates)),
            data.cached("schedule", "by_candidate", lambda: _schedule(data.schedule)),
            frozenset(title.ccp_codes),
            tuple(sorted(title.ccp_codes)),
            data.cached("jurors", "unique", lambda: len({j.ref for j in data.jurors}) == len(data.jurors)),
            conflicted,
            free_jury,
            frozenset(j.ref for j in free_jury[0]),
        )

    def jury(self, candidate: str) -> tuple[list[Juror], list[tuple[Juror, Conflict | None]]]:
        """`jury_of(data, candidate)`, the same lists (not to be changed) for every candidate
        no juror is in conflict with."""
        if candidate in self.conflicted:
            return jury_of(self.data, candidate)
        return self.free_jury

    @property
    def versions(self) -> set[str]:
        """T and its earlier versions."""
        return {self.title.code} | self.earlier


def _schedule(entries: tuple[ScheduleEntry, ...]) -> dict[str, list[ScheduleEntry]]:
    schedule: dict[str, list[ScheduleEntry]] = {}
    for entry in entries:
        schedule.setdefault(entry.candidate, []).append(entry)
    return schedule


def _duplicates(candidates: tuple[Candidate, ...]) -> dict[str, list[str]]:
    """Each candidate registered more than once (same identity) -> the other registrations."""
    # The same person has the same date of birth and first name: only candidates who share
    # those with another need their whole identity worked out.
    by_birth: dict[tuple, list[Candidate]] = {}
    for candidate in candidates:
        by_birth.setdefault((candidate.birth_date, fold_name(candidate.first_name)), []).append(candidate)
    duplicates: dict[str, list[str]] = {}
    for group in by_birth.values():
        if len(group) > 1:
            # Within a group, the same identity (`identity`) is the same folded last name.
            by_last_name: dict[str, list[str]] = {}
            for candidate in group:
                by_last_name.setdefault(fold_name(candidate.last_name), []).append(candidate.ref)
            for refs in by_last_name.values():
                if len(refs) > 1:
                    for ref in refs:
                        duplicates[ref] = [other for other in refs if other != ref]
    return duplicates


def check_title_open(findings: Findings, facts: SessionFacts, held_prior: set[str]) -> None:
    """TITLE_NOT_OPEN: `s` or `d` outside [valid_from, end(T)], but for the grace year of a closed title."""
    session, title = facts.data.session, facts.title
    start, day, end = session.start, session.end, title.end
    if title.valid_from <= start and day <= end:
        return
    grace_end = add_one_year(end)
    if session.kind == "ccp" and held_prior and title.closed and start >= title.valid_from and day <= grace_end:
        return
    if start < title.valid_from:
        message = (
            f"Le titre {title.code} n'entre en vigueur que le {fr_date(title.valid_from)} ; "
            f"la session commence le {fr_date(start)}"
        )
    elif title.closed and day <= grace_end:
        message = (
            f"Le titre {title.code} est clôturé depuis le {fr_date(end)} : seul un candidat détenant déjà "
            f"un de ses CCP peut s'y présenter, en session CCP, jusqu'au {fr_date(grace_end)}"
        )
    else:
        message = (
            f"Le titre {title.code} n'est plus en vigueur depuis le {fr_date(end)} ; "
            f"la session se termine le {fr_date(day)}"
        )
        if title.successor:
            message += f" (version suivante : {title.successor})"
        elif not title.prorogations and title.status != "closed":
            message += " ; enregistrez sa prorogation si elle a été publiée"
    findings.add(Code.TITLE_NOT_OPEN, message)


def check_admission(findings: Findings, facts: SessionFacts, candidate: Candidate) -> None:
    """Pathway, admission ground, dates of what is held, duplicates, titles and CCS already held."""
    session = facts.data.session
    expected = SESSION_FOR_PATHWAY.get(candidate.pathway)
    if expected != session.kind:
        findings.add(
            Code.PATHWAY_NOT_FOR_SESSION,
            f"{capitalized(PATHWAY_WORDS.get(candidate.pathway, candidate.pathway))} se présente à "
            f"{SESSION_WORDS.get(expected or '', '?')}, pas à {SESSION_WORDS[session.kind]}",
        )
    if candidate.pathway == "capitalisation":
        has_prior = any(p.title in facts.versions for p in candidate.prior_ccps)
        admissibility = candidate.vae_admissibility_date
        if (
            not has_prior
            and not candidate.comes_from_training
            and not (admissibility and admissibility <= session.start)
        ):
            findings.add(
                Code.NO_ADMISSION_GROUND,
                f"Aucun CCP du titre déjà obtenu, pas de parcours de formation ni de recevabilité VAE au "
                f"{fr_date(session.start)} : rien n'ouvre la session CCP à ce candidat",
            )
    for prior in candidate.prior_ccps:
        if prior.obtained_on and prior.obtained_on > session.end:
            findings.add(
                Code.PRIOR_DATED_AFTER_SESSION,
                f"{prior.ccp} du {prior.title} déclaré obtenu le {fr_date(prior.obtained_on)}, après la fin de la "
                f"session ({fr_date(session.end)})",
            )
    for held in candidate.held_titles:
        if held.obtained_on and held.obtained_on > session.end:
            what = f"le CCS {held.ccs} du {held.title}" if held.ccs else f"le titre {held.title}"
            findings.add(
                Code.PRIOR_DATED_AFTER_SESSION,
                f"{capitalized(what)} déclaré obtenu le {fr_date(held.obtained_on)}, après la fin de la session "
                f"({fr_date(session.end)})",
            )
    others = facts.duplicates.get(candidate.ref)
    if others:
        findings.add(
            Code.DUPLICATE_CANDIDATE,
            f"Même personne (nom de naissance, prénom et date de naissance) que {_some(others)} : "
            f"une seule inscription peut rester",
        )
    if session.kind in ("titre", "ccp") and candidate.held_titles and facts.title.code in candidate.titles_held():
        findings.add(Code.TITLE_ALREADY_HELD, f"Le candidat détient déjà le titre {facts.title.code}")
    if session.kind == "ccs" and any(
        h.ccs == session.ccs and h.title == facts.title.code for h in candidate.held_titles
    ):
        findings.add(Code.CCS_ALREADY_HELD, f"Le candidat détient déjà le CCS {session.ccs} du {facts.title.code}")


def check_file(findings: Findings, facts: SessionFacts, candidate: Candidate, examined: tuple[str, ...]) -> None:
    """VAE, dossier professionnel, ECF and CCS conditions."""
    session = facts.data.session
    if candidate.pathway == "vae":
        admissibility = candidate.vae_admissibility_date
        if admissibility is None:
            findings.add(
                Code.VAE_NO_ADMISSIBILITY,
                "Recevabilité VAE absente : notification de la DREETS requise avant la session",
            )
        elif admissibility > session.start:
            findings.add(
                Code.VAE_NO_ADMISSIBILITY,
                f"Recevabilité VAE notifiée le {fr_date(admissibility)}, après le début de la session "
                f"({fr_date(session.start)})",
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
    if candidate.comes_from_training:
        needed = [session.ccs] if session.kind == "ccs" and session.ccs else list(examined)
        missing = [code for code in needed if not candidate.ecf.get(code)]
        if missing:
            findings.add(
                Code.ECF_MISSING,
                f"Résultats des évaluations en cours de formation (ECF) manquants pour "
                f"{fr_list(missing)} : candidat issu d'un parcours de formation",
            )
    if session.kind == "ccs":
        if not candidate.titles_held() & facts.versions:
            findings.add(
                Code.CCS_TITLE_NOT_HELD,
                f"Le candidat ne détient pas le titre {session.title} (ni une version "
                f"antérieure) auquel le CCS {session.ccs} est associé",
            )
        if not candidate.comes_from_training and candidate.experience_months < MIN_EXPERIENCE_MONTHS:
            findings.add(
                Code.CCS_NO_TRAINING_OR_EXPERIENCE,
                f"Candidat sans parcours de formation, avec {candidate.experience_months} mois "
                f"d'expérience dans le métier : il en faut au moins {MIN_EXPERIENCE_MONTHS}",
            )


def _free_jury(data: SessionData) -> tuple[list[Juror], list[tuple[Juror, Conflict | None]]]:
    """`jury_of` for a candidate no juror is in conflict with: the jurors habilitated through the
    session's last day, and the others."""
    day = data.session.end
    eligible: list[Juror] = []
    excluded: list[tuple[Juror, Conflict | None]] = []
    for juror in data.jurors:
        if juror.is_habilitated_on(day):
            eligible.append(juror)
        else:
            excluded.append((juror, None))
    return eligible, excluded


def jury_of(data: SessionData, candidate: str) -> tuple[list[Juror], list[tuple[Juror, Conflict | None]]]:
    """The jurors who may decide about `candidate` (habilitated through the session's last day,
    without conflict with them, DOMAIN.md §4), and those who may not, each with their conflict
    (None: their habilitation does not cover the session's last day)."""
    day = data.session.end
    eligible: list[Juror] = []
    excluded: list[tuple[Juror, Conflict | None]] = []
    for juror in data.jurors:
        conflict = juror.conflict_with(candidate)
        if conflict is not None:
            excluded.append((juror, conflict))
        elif not juror.is_habilitated_on(day):
            excluded.append((juror, None))
        else:
            eligible.append(juror)
    return eligible, excluded


def check_jury(findings: Findings, facts: SessionFacts, candidate: Candidate, records: CandidateRecords) -> None:
    """JURY_TOO_SMALL, JUROR_CONFLICT and JUROR_HABILITATION_EXPIRED (DOMAIN.md §4 and §6)."""
    data = facts.data
    day = data.session.end
    ref = candidate.ref
    eligible, barred = facts.jury(ref)
    if len(eligible) < MIN_JURORS:
        excluded = [
            f"{juror.display_name} est en conflit ({conflict_label(conflict)})"
            if conflict is not None
            else f"l'habilitation de {juror.display_name} ne couvre pas le {fr_date(day)}"
            for juror, conflict in barred
        ]
        names = fr_list([j.display_name for j in eligible]) or "aucun"
        message = (
            f"Jury insuffisant pour ce candidat : jurés habilités et sans conflit : {len(eligible)} "
            f"({names}), il en faut au moins {MIN_JURORS}"
        )
        if excluded:
            message += " ; " + " ; ".join(excluded)
        findings.add(Code.JURY_TOO_SMALL, message, about_file=True)
    if ref in facts.conflicted:
        sound = facts.jurors_unique and _decisions_sound(records, {j.ref for j in eligible})
    else:
        sound = facts.jurors_unique and _decisions_sound(records, facts.free_refs, facts.free_sound)
    if not sound:
        _check_decision_jurors(findings, data, candidate, records, {j.ref for j in eligible}, day)
    for entry in facts.schedule.get(ref, ()):
        for juror_ref in entry.jurors:
            scheduled = data.juror(juror_ref)
            conflict = scheduled.conflict_with(ref) if scheduled else None
            if scheduled is not None and conflict is not None:
                findings.add(
                    Code.JUROR_CONFLICT,
                    f"{scheduled.display_name}, en conflit avec le candidat ({conflict_label(conflict)}), figure "
                    f"au planning sur son épreuve du {entry.start:%d/%m/%Y à %H:%M}",
                )


def _decisions_sound(
    records: CandidateRecords,
    eligible_refs: set[str] | frozenset[str],
    memo: dict[tuple[str, ...], bool] | None = None,
) -> bool:
    """Whether every record names at least two eligible jurors and only eligible ones: then the
    checks of `_check_decision_jurors` find nothing (the usual case, worked out without wording).
    `memo`: the verdict of each list of jurors already looked at, for these `eligible_refs`."""
    lists = [r.jurors for r in records.results]
    for record in (records.final_interview, records.title_decision, records.ccs_decision):
        if record is not None:
            lists.append(record.jurors)
    for jurors in lists:
        try:
            sound = memo[jurors]  # type: ignore[index]
        except (KeyError, TypeError):  # not looked at yet, or no memo (or a list of jurors: no key)
            sound = eligible_refs.issuperset(jurors) and len(set(jurors)) >= MIN_JURORS
            if memo is not None and isinstance(jurors, tuple):
                memo[jurors] = sound
        if not sound:
            return False
    return True


def _check_decision_jurors(
    findings: Findings,
    data: SessionData,
    candidate: Candidate,
    records: CandidateRecords,
    eligible_refs: set[str],
    day: dt.date,
) -> None:
    for what, jurors in records.decisions():
        valid = [ref for ref in dict.fromkeys(jurors) if ref in eligible_refs]
        if len(valid) < MIN_JURORS:
            named = fr_list([_name(data, ref) for ref in valid])
            among = f"ne nomme que {named}" if named else "ne nomme aucun juré"
            findings.add(
                Code.JURY_TOO_SMALL,
                f"{capitalized(what)} {among} parmi les jurés habilités et sans conflit : il en faut au moins deux",
                about_file=False,
            )
    for ref, where in records.named_jurors().items():
        named_juror = data.juror(ref)
        if named_juror is None:
            continue
        conflict = named_juror.conflict_with(candidate.ref)
        if conflict is not None:
            findings.add(
                Code.JUROR_CONFLICT,
                f"{named_juror.display_name}, en conflit avec le candidat "
                f"({conflict_label(conflict)}), figure sur {fr_list(where)}",
            )
        if not named_juror.is_habilitated_on(day):
            findings.add(
                Code.JUROR_HABILITATION_EXPIRED,
                f"{named_juror.display_name} figure sur {fr_list(where)} mais son habilitation ne couvre pas "
                f"le {fr_date(day)} (habilitation jusqu'au {fr_date(named_juror.habilitation_until)})",
            )


def _some(refs: list[str], shown: int = 5) -> str:
    """« C2, C3 et C4 », or « C2, C3, C4, C5, C6 et 12 autres » for a long list."""
    if len(refs) <= shown:
        return fr_list(refs)
    return fr_list([*refs[:shown], f"{len(refs) - shown} autres"])


def _name(data: SessionData, ref: str) -> str:
    juror = data.juror(ref)
    return juror.display_name if juror else ref


def conflict_label(conflict: Conflict) -> str:
    label = CONFLICT_LABELS.get(conflict.kind, conflict.kind)
    return f"{label} : {conflict.note}" if conflict.note else label


def check_decisions(
    findings: Findings,
    facts: SessionFacts,
    examined: tuple[str, ...],
    records: CandidateRecords,
    held_prior: set[str],
) -> None:
    """Motivations, results for CCPs not examined, title awards, the entretien final."""
    session, title = facts.data.session, facts.title
    for result in records.results:
        if result.ccp not in examined:
            findings.add(
                Code.RESULT_FOR_UNEXAMINED_CCP,
                f"Résultat enregistré pour {result.ccp}, que le candidat ne présente pas dans cette session",
            )
        if result.decision == "non_acquis" and not has_text(result.justification):
            findings.add(Code.JUSTIFICATION_MISSING, f"{result.ccp} déclaré non acquis sans motivation écrite")
    for decision, what in ((records.title_decision, "Titre non attribué"), (records.ccs_decision, "CCS non attribué")):
        if decision and decision.decision == "not_awarded" and not has_text(decision.justification):
            findings.add(Code.JUSTIFICATION_MISSING, f"{what} sans motivation écrite")

    title_awarded = bool(records.title_decision and records.title_decision.decision == "awarded")
    if title_awarded and session.kind != "ccs":
        failed = sorted(r.ccp for r in records.results if r.decision == "non_acquis" and r.ccp not in held_prior)
        if failed:
            findings.add(
                Code.TITLE_AWARD_INCOMPLETE,
                f"Titre attribué alors que {fr_list(failed)} est déclaré non acquis dans cette session",
            )
        if session.kind == "ccp":
            acquired = {r.ccp for r in records.results if r.decision == "acquis" and r.ccp in examined}
            missing = sorted(set(title.ccp_codes) - held_prior - acquired)
            if missing:
                findings.add(
                    Code.TITLE_AWARD_INCOMPLETE, f"Titre attribué alors que {fr_list(missing)} reste à obtenir"
                )
    ccs_awarded = bool(records.ccs_decision and records.ccs_decision.decision == "awarded")
    interview = records.final_interview
    if (title_awarded or ccs_awarded) and interview is None:
        what = "Le titre" if title_awarded else "Le CCS"
        findings.add(Code.FINAL_INTERVIEW_MISSING, f"{what} est attribué sans entretien final enregistré")
    if interview is not None:
        if interview.held_on is None:
            findings.add(Code.FINAL_INTERVIEW_OUTSIDE_SESSION, "L'entretien final n'est pas daté")
        elif not session.start <= interview.held_on <= session.end:
            findings.add(
                Code.FINAL_INTERVIEW_OUTSIDE_SESSION,
                f"Entretien final daté du {fr_date(interview.held_on)}, hors de la session "
                f"(du {fr_date(session.start)} au {fr_date(session.end)})",
            )


def check_holdings(
    findings: Findings,
    facts: SessionFacts,
    examined: tuple[str, ...],
    holdings: list[PriorHolding],
    held_prior: set[str],
) -> None:
    if not holdings and not held_prior:  # nothing held before the session (most candidates)
        return
    title = facts.title
    for holding in holdings:
        prior = holding.prior
        if prior.title == title.code:
            continue
        obtained = f" (obtenu le {fr_date(prior.obtained_on)})" if prior.obtained_on else ""
        if not holding.mapped:
            why = (
                "aucune table de correspondance n'y conduit"
                if prior.title not in facts.earlier
                else "la table de correspondance ne le reprend pas"
            )
            findings.add(
                Code.PRIOR_CCP_NOT_MAPPED,
                f"{prior.ccp} du {prior.title}{obtained} ne compte pas dans le {title.code} : {why}",
            )
        elif not holding.verified:
            findings.add(
                Code.CORRESPONDENCE_UNVERIFIED,
                f"{prior.ccp} du {prior.title}{obtained} est repris comme "
                f"{fr_list(list(holding.codes))} du {title.code} par une table de "
                f"correspondance non vérifiée",
            )
    already = sorted(set(examined) & held_prior)
    if already:
        findings.add(
            Code.CCP_ALREADY_HELD,
            f"Le candidat présente {fr_list(already)}, qu'il détient déjà : aucun résultat n'est nécessaire",
        )
