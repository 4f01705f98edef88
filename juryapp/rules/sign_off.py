"""DOMAIN.md §7: when the jury may sign the session off, and what the signers must confirm.

Pure functions over a session's data. The same checks serve the window's « Clore la session »,
the operation that records it and the import of a session document carrying a `sign_off`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from juryapp.model import Candidate, Referentiel, SessionData, SignOff
from juryapp.rules.checks import has_text
from juryapp.rules.engine import Outcome, evaluate_session
from juryapp.rules.holdings import fold_name, unverified_links
from juryapp.rules.wording import fr_date, fr_list

MIN_SIGNERS = 2
SIGN_OFF_DAYS = 7  # the jury signs from the session's last day to a week after it


@dataclass(frozen=True, slots=True)
class Subject:
    """Something a signing juror must confirm: a blocked candidate, or data flagged unverified."""

    key: str  # a candidate ref, a référentiel code, or « OLD->NEW » for a correspondence
    what: str  # in French: « SOPHIE L'HÔTE (C03) : dossier professionnel absent »
    candidate: bool  # True: confirmed by the candidate's name; False: by the official text's reference


@dataclass
class SignOffNeeds:
    """What stands between the session and its sign-off, whoever signs and whenever."""

    undecided: list[str] = field(default_factory=list)  # outcomes still to decide (cannot be confirmed)
    absent_with_records: list[str] = field(default_factory=list)
    to_confirm: list[Subject] = field(default_factory=list)

    @property
    def blocking(self) -> list[str]:
        return self.undecided + self.absent_with_records


def sign_off_window(data: SessionData) -> tuple[dt.date, dt.date]:
    """The first and last day the jury may date its sign-off."""
    return data.session.end, data.session.end + dt.timedelta(days=SIGN_OFF_DAYS)


def _who(candidate: Candidate) -> str:
    return f"{candidate.ref} ({candidate.display_name})"


def sign_off_needs(
    data: SessionData, referentiels: Mapping[str, Referentiel], outcomes: Iterable[Outcome] | None = None
) -> SignOffNeeds:
    """Outcomes still to decide, records of absent candidates, and the subjects to confirm."""
    by_ref = {o.ref: o for o in (outcomes if outcomes is not None else evaluate_session(data, referentiels))}
    title = referentiels[data.session.title]
    kind = data.session.kind
    needs = SignOffNeeds()
    results = {(r.candidate, r.ccp) for r in data.results}
    recorded: dict[str, list[str]] = {}
    for r in data.results:
        recorded.setdefault(r.candidate, []).append(f"résultat du {r.ccp}")
    for interview in data.final_interviews:
        recorded.setdefault(interview.candidate, []).append("entretien final")
    for d in data.title_decisions:
        recorded.setdefault(d.candidate, []).append("décision sur le titre")
    for d in data.ccs_decisions:
        recorded.setdefault(d.candidate, []).append("décision sur le CCS")
    decided_title = {d.candidate for d in data.title_decisions}
    decided_ccs = {d.candidate for d in data.ccs_decisions}
    interviewed = {i.candidate for i in data.final_interviews}
    links: dict[str, str] = {}
    for candidate in data.candidates:
        outcome = by_ref[candidate.ref]
        if candidate.attendance != "present":
            if candidate.ref in recorded:
                state = "absent" if candidate.attendance == "absent" else "excusé"
                needs.absent_with_records.append(
                    f"{_who(candidate)} est {state}, mais son dossier porte : {fr_list(recorded[candidate.ref])}"
                )
            continue
        if outcome.blockers:
            needs.to_confirm.append(
                Subject(
                    candidate.ref,
                    f"{_who(candidate)} : sans décision ({'; '.join(f.message for f in outcome.blockers)})",
                    True,
                )
            )
            continue
        missing = _still_to_decide(candidate, outcome, kind, title.ccp_codes, results, decided_title, decided_ccs)
        if missing:
            if kind == "ccp" and candidate.ref not in interviewed and "titre" in missing:
                missing += " (après l'entretien final)"
            needs.undecided.append(f"{_who(candidate)} : {missing}")
        for holding in outcome.prior_holdings:
            for older, newer in unverified_links(holding, referentiels):
                links[f"{older}->{newer}"] = (
                    f"table de correspondance {older} → {newer} (non vérifiée), utilisée pour {candidate.ref}"
                )
    # The procès-verbal itself cites the title and its arrêté: whatever the outcomes, they are
    # confirmed before a final document relies on them (DOMAIN.md §5).
    if title.unverified_facts():
        needs.to_confirm.append(Subject(title.code, f"{title.code} : {', '.join(title.unverified_facts())}", False))
    needs.to_confirm += [Subject(key, what, False) for key, what in sorted(links.items())]
    return needs


def _still_to_decide(
    candidate: Candidate,
    outcome: Outcome,
    kind: str,
    title_ccps: tuple[str, ...],
    results: set[tuple[str, str]],
    decided_title: set[str],
    decided_ccs: set[str],
) -> str:
    if kind == "titre":
        return "" if candidate.ref in decided_title else "aucune décision sur le titre"
    if kind == "ccs":
        return "" if candidate.ref in decided_ccs else "aucune décision sur le CCS"
    held_before = {code for h in outcome.prior_holdings for code in h.codes}
    without = [c for c in outcome.ccps_examined if c not in held_before and (candidate.ref, c) not in results]
    if without:
        return f"aucun résultat pour {fr_list(without)}"
    if set(title_ccps) <= set(outcome.ccps_held) and candidate.ref not in decided_title:
        return "tous les CCP sont détenus : aucune décision sur le titre"
    return ""


def _names(candidate: Candidate) -> set[str]:
    """How a candidate may be confirmed by name: prénom(s) and nom de naissance or d'usage, in either order."""
    names = set()
    for last in filter(None, (candidate.last_name, candidate.usage_name)):
        names |= {fold_name(candidate.first_name + last), fold_name(last + candidate.first_name)}
    return names


def sign_off_problems(
    data: SessionData,
    referentiels: Mapping[str, Referentiel],
    sign_off: SignOff,
    outcomes: Iterable[Outcome] | None = None,
    *,
    strict_subjects: bool = True,
) -> list[str]:
    """Why this sign-off cannot be recorded (empty when it can), each problem naming who and what.

    With `strict_subjects`, a confirmation of something that needs none (an unblocked candidate,
    verified data, an unknown subject) is refused too: the procès-verbal prints every confirmation.
    A revocation after sign-off checks its new state with `strict_subjects=False`: what the jury
    confirmed then stays confirmed even once it no longer needs to be.
    """
    problems: list[str] = []
    try:
        day = dt.datetime.fromisoformat(sign_off.at).date()
    except ValueError:
        return [f"horodatage de clôture invalide « {sign_off.at} »"]
    first, last = sign_off_window(data)
    if day < first:
        problems.append(f"clôture datée du {fr_date(day)}, avant le dernier jour de la session ({fr_date(first)})")
    elif day > last:
        problems.append(
            f"clôture datée du {fr_date(day)}, plus de {SIGN_OFF_DAYS} jours après la fin de la session "
            f"({fr_date(first)}) : une délibération plus tardive change d'abord les dates de la session"
        )
    signers = list(dict.fromkeys(sign_off.jurors))
    if len(signers) < MIN_SIGNERS:
        problems.append(f"la clôture est signée par au moins {MIN_SIGNERS} jurés ({len(signers)} signataire(s))")
    named: dict[str, set[str]] = {}
    for records in (data.results, data.final_interviews, data.title_decisions, data.ccs_decisions):
        for record in records:
            for ref in record.jurors:
                named.setdefault(ref, set()).add(record.candidate)
    for ref in signers:
        juror = data.juror(ref)
        if juror is None:
            problems.append(f"signataire « {ref} » inconnu")
            continue
        if not juror.is_habilitated_on(day):
            problems.append(
                f"l'habilitation de {juror.display_name} ne couvre pas le {fr_date(day)} "
                f"(habilitation jusqu'au {fr_date(juror.habilitation_until)}) : signature impossible"
            )
        conflicted = sorted(c for c in named.get(ref, ()) if juror.conflict_with(c) is not None)
        if conflicted:
            problems.append(
                f"{juror.display_name} signe mais a pris part aux décisions de {fr_list(conflicted)}, "
                f"avec qui il ou elle est en conflit"
            )
    needs = sign_off_needs(data, referentiels, outcomes)
    problems += needs.blocking
    confirmed: dict[str, str] = {}
    wanted = {subject.key: subject for subject in needs.to_confirm}
    for confirmation in sign_off.confirmations:
        candidate = data.candidate(confirmation.subject)
        if confirmation.by not in signers:
            problems.append(
                f"la confirmation de « {confirmation.subject} » est donnée par {confirmation.by}, qui ne signe pas"
            )
        elif not has_text(confirmation.reference):
            problems.append(f"la confirmation de « {confirmation.subject} » ne porte aucune référence")
        elif candidate is not None and fold_name(confirmation.reference) not in _names(candidate):
            problems.append(f"la confirmation de {_who(candidate)} ne porte pas son nom (« {confirmation.reference} »)")
        elif strict_subjects and confirmation.subject not in wanted:
            problems.append(
                f"« {confirmation.subject} » n'a pas à être confirmé (ni candidat bloqué présent, ni donnée non "
                f"vérifiée utilisée par la session)"
            )
        else:
            confirmed[confirmation.subject] = confirmation.reference
    for subject in needs.to_confirm:
        if subject.key not in confirmed:
            how = "par son nom" if subject.candidate else "avec la référence du texte officiel"
            problems.append(f"{subject.what} : à faire confirmer par un juré signataire, {how}")
    return problems
