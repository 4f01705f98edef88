"""DOMAIN.md §7: when the jury may sign the session off, and what the signers must confirm.

Pure functions over a session's data. The same checks serve the window's « Clore la session »,
the operation that records it and the import of a session document carrying a `sign_off`.

Their sentences are French (the procès-verbal prints them, the history records them); each also
keeps how it is made, as templates of `juryapp.rules.messages.SIGN_OFF_MESSAGES` with their values
(`Subject.parts`, and the lines of `SignOffNeeds` and of `sign_off_problems`, which are
`juryapp.rules.phrases.Said` strings), for an interface to translate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from juryapp.model import Candidate, Referentiel, SessionData, SignOff
from juryapp.rules.checks import has_text
from juryapp.rules.codes import Finding
from juryapp.rules.engine import Outcome, evaluate_session
from juryapp.rules.holdings import fold_name, unverified_links
from juryapp.rules.messages import SIGN_OFF_MESSAGES, SIGN_OFF_WORDS
from juryapp.rules.phrases import NO_VALUES, Joined, Listing, Part, Phrase, Said, message_value, render
from juryapp.rules.wording import fr_date

MIN_SIGNERS = 2
SIGN_OFF_DAYS = 7  # the jury signs from the session's last day to a week after it


@dataclass(frozen=True, slots=True)
class Subject:
    """Something a signing juror must confirm: a blocked candidate, or data flagged unverified."""

    key: str  # a candidate ref, a référentiel code, or « OLD->NEW » for a correspondence
    what: str  # in French: « C03 (L'HÔTE Sophie) : sans décision (Dossier professionnel (DP) non reçu : …) »
    candidate: bool  # True: confirmed by the candidate's name; False: by the official text's reference
    # How `what` is made: a template of SIGN_OFF_MESSAGES with its values (`sentence(parts)` is `what`).
    parts: tuple[Part, ...] = field(default=(), compare=False, repr=False)

    @classmethod
    def of(cls, key: str, candidate: bool, template: str, values: Mapping[str, object]) -> Subject:
        return cls(key, render(template, values), candidate, ((template, values),))


@dataclass
class SignOffNeeds:
    """What stands between the session and its sign-off, whoever signs and whenever."""

    # Each line a `Said` (French text that keeps its parts).
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
    recorded: dict[str, list[Phrase]] = {}
    for r in data.results:
        recorded.setdefault(r.candidate, []).append(Phrase(SIGN_OFF_WORDS["ccp_result"], {"ccp": r.ccp}))
    for interview in data.final_interviews:
        recorded.setdefault(interview.candidate, []).append(Phrase(SIGN_OFF_WORDS["final_interview"]))
    for d in data.title_decisions:
        recorded.setdefault(d.candidate, []).append(Phrase(SIGN_OFF_WORDS["title_decision"]))
    for d in data.ccs_decisions:
        recorded.setdefault(d.candidate, []).append(Phrase(SIGN_OFF_WORDS["ccs_decision"]))
    decided_title = {d.candidate for d in data.title_decisions}
    decided_ccs = {d.candidate for d in data.ccs_decisions}
    interviewed = {i.candidate for i in data.final_interviews}
    links: dict[str, Subject] = {}
    for candidate in data.candidates:
        outcome = by_ref[candidate.ref]
        if candidate.attendance != "present":
            if candidate.ref in recorded:
                template = SIGN_OFF_MESSAGES[
                    "absent_with_records" if candidate.attendance == "absent" else "excused_with_records"
                ]
                needs.absent_with_records.append(
                    Said.of(template, {"who": _who(candidate), "records": Listing(recorded[candidate.ref])})
                )
            continue
        if outcome.blockers:
            findings = Joined(tuple(message_value(_parts(f)) for f in outcome.blockers), "; ")
            needs.to_confirm.append(
                Subject.of(
                    candidate.ref,
                    True,
                    SIGN_OFF_MESSAGES["blocked_candidate"],
                    {"who": _who(candidate), "findings": findings},
                )
            )
            continue
        missing = _still_to_decide(candidate, outcome, kind, title.ccp_codes, results, decided_title, decided_ccs)
        if missing is not None:
            french = render(missing.template, missing.values)
            if kind == "ccp" and candidate.ref not in interviewed and "titre" in french:
                missing = Phrase(SIGN_OFF_WORDS["after_interview"], {"missing": missing})
            needs.undecided.append(
                Said.of(SIGN_OFF_MESSAGES["still_to_decide"], {"who": _who(candidate), "missing": missing})
            )
        for holding in outcome.prior_holdings:
            for older, newer in unverified_links(holding, referentiels):
                links[f"{older}->{newer}"] = Subject.of(
                    f"{older}->{newer}",
                    False,
                    SIGN_OFF_MESSAGES["unverified_correspondence"],
                    {"old": older, "new": newer, "ref": candidate.ref},
                )
    # The procès-verbal itself cites the title and its arrêté: whatever the outcomes, they are
    # confirmed before a final document relies on them (DOMAIN.md §5).
    facts = title.unverified_facts()
    if facts:
        # Each fact is a label of SIGN_OFF_WORDS (the same French text), translated in turn.
        listed = Joined(tuple(Phrase(fact) for fact in facts), ", ")
        needs.to_confirm.append(
            Subject.of(title.code, False, SIGN_OFF_MESSAGES["unverified_title"], {"title": title.code, "facts": listed})
        )
    needs.to_confirm += [subject for _key, subject in sorted(links.items())]
    return needs


def _parts(finding: Finding) -> tuple[Part, ...]:
    """How a finding's message is made (a finding made without its parts: its French text, as a label)."""
    return finding.parts or ((finding.message, NO_VALUES),)


def _still_to_decide(
    candidate: Candidate,
    outcome: Outcome,
    kind: str,
    title_ccps: tuple[str, ...],
    results: set[tuple[str, str]],
    decided_title: set[str],
    decided_ccs: set[str],
) -> Phrase | None:
    """What is still to decide for a present candidate who is not blocked (a piece of SIGN_OFF_WORDS), if anything."""
    if kind == "titre":
        return None if candidate.ref in decided_title else Phrase(SIGN_OFF_WORDS["no_title_decision"])
    if kind == "ccs":
        return None if candidate.ref in decided_ccs else Phrase(SIGN_OFF_WORDS["no_ccs_decision"])
    held_before = {code for h in outcome.prior_holdings for code in h.codes}
    without = [c for c in outcome.ccps_examined if c not in held_before and (candidate.ref, c) not in results]
    if without:
        return Phrase(SIGN_OFF_WORDS["no_result"], {"ccps": Listing(without)})
    if set(title_ccps) <= set(outcome.ccps_held) and candidate.ref not in decided_title:
        return Phrase(SIGN_OFF_WORDS["all_ccps_held"])
    return None


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
    Each problem is a `Said` (French text that keeps its parts).
    """
    problems: list[str] = []

    def said(name: str, **values: object) -> None:
        problems.append(Said.of(SIGN_OFF_MESSAGES[name], values))

    try:
        day = dt.datetime.fromisoformat(sign_off.at).date()
    except ValueError:
        return [Said.of(SIGN_OFF_MESSAGES["unreadable_moment"], {"at": sign_off.at})]
    first, last = sign_off_window(data)
    if day < first:
        said("signed_too_early", day=fr_date(day), first=fr_date(first))
    elif day > last:
        said("signed_too_late", day=fr_date(day), days=SIGN_OFF_DAYS, first=fr_date(first))
    signers = list(dict.fromkeys(sign_off.jurors))
    if len(signers) < MIN_SIGNERS:
        said("too_few_signers", minimum=MIN_SIGNERS, count=len(signers))
    named: dict[str, set[str]] = {}
    for records in (data.results, data.final_interviews, data.title_decisions, data.ccs_decisions):
        for record in records:
            for ref in record.jurors:
                named.setdefault(ref, set()).add(record.candidate)
    for ref in signers:
        juror = data.juror(ref)
        if juror is None:
            said("unknown_signer", ref=ref)
            continue
        if not juror.is_habilitated_on(day):
            said(
                "signer_not_habilitated",
                juror=juror.display_name,
                day=fr_date(day),
                until=fr_date(juror.habilitation_until),
            )
        conflicted = sorted(c for c in named.get(ref, ()) if juror.conflict_with(c) is not None)
        if conflicted:
            said("signer_in_conflict", juror=juror.display_name, candidates=Listing(conflicted))
    needs = sign_off_needs(data, referentiels, outcomes)
    problems += needs.blocking
    confirmed: dict[str, str] = {}
    wanted = {subject.key: subject for subject in needs.to_confirm}
    for confirmation in sign_off.confirmations:
        candidate = data.candidate(confirmation.subject)
        if confirmation.by not in signers:
            said("confirmed_by_non_signer", subject=confirmation.subject, by=confirmation.by)
        elif not has_text(confirmation.reference):
            said("confirmation_without_reference", subject=confirmation.subject)
        elif candidate is not None and fold_name(confirmation.reference) not in _names(candidate):
            said("confirmation_without_name", who=_who(candidate), reference=confirmation.reference)
        elif strict_subjects and confirmation.subject not in wanted:
            said("confirmation_not_needed", subject=confirmation.subject)
        else:
            confirmed[confirmation.subject] = confirmation.reference
    for subject in needs.to_confirm:
        if subject.key not in confirmed:
            what = message_value(subject.parts or ((subject.what, NO_VALUES),))
            said("candidate_not_confirmed" if subject.candidate else "data_not_confirmed", what=what)
    return problems
