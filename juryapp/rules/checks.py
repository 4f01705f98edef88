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
from juryapp.rules.messages import MESSAGES, PATHWAY_WORDS, SESSION_WORDS, WORDS
from juryapp.rules.phrases import Listing, Part, Phrase
from juryapp.rules.wording import fr_date, fr_list

MIN_JURORS = 2
MIN_EXPERIENCE_MONTHS = 12
SESSION_FOR_PATHWAY = {"formation": "titre", "vae": "titre", "capitalisation": "ccp", "ccs": "ccs"}


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
        findings.add(
            Code.TITLE_NOT_OPEN,
            MESSAGES["title_not_yet_open"],
            {"title": title.code, "valid_from": fr_date(title.valid_from), "start": fr_date(start)},
        )
    elif title.closed and day <= grace_end:
        findings.add(
            Code.TITLE_NOT_OPEN,
            MESSAGES["title_closed_grace"],
            {"title": title.code, "end": fr_date(end), "grace_end": fr_date(grace_end)},
        )
    else:
        values: dict[str, object] = {"title": title.code, "end": fr_date(end), "day": fr_date(day)}
        if title.successor:
            template = MESSAGES["title_ended_successor"]
            values["successor"] = title.successor
        elif not title.prorogations and title.status != "closed":
            template = MESSAGES["title_ended_prorogation"]
        else:
            template = MESSAGES["title_ended"]
        findings.add(Code.TITLE_NOT_OPEN, template, values)


def check_admission(findings: Findings, facts: SessionFacts, candidate: Candidate) -> None:
    """Pathway, admission ground, dates of what is held, duplicates, titles and CCS already held."""
    session = facts.data.session
    expected = SESSION_FOR_PATHWAY.get(candidate.pathway)
    if expected != session.kind:
        pathway = PATHWAY_WORDS.get(candidate.pathway)
        who = (
            Phrase(pathway, capital=True)
            if pathway is not None
            else Phrase(WORDS["raw"], {"text": candidate.pathway}, capital=True)
        )
        expected_words = SESSION_WORDS.get(expected or "")
        findings.add(
            Code.PATHWAY_NOT_FOR_SESSION,
            MESSAGES["pathway_not_for_session"],
            {
                "who": who,
                "expected": Phrase(expected_words) if expected_words is not None else "?",
                "kind": Phrase(SESSION_WORDS[session.kind]),
            },
        )
    if candidate.pathway == "capitalisation":
        has_prior = any(p.title in facts.versions for p in candidate.prior_ccps)
        admissibility = candidate.vae_admissibility_date
        if (
            not has_prior
            and not candidate.comes_from_training
            and not (admissibility and admissibility <= session.start)
        ):
            findings.add(Code.NO_ADMISSION_GROUND, MESSAGES["no_admission_ground"], {"start": fr_date(session.start)})
    for prior in candidate.prior_ccps:
        if prior.obtained_on and prior.obtained_on > session.end:
            findings.add(
                Code.PRIOR_DATED_AFTER_SESSION,
                MESSAGES["prior_ccp_after_session"],
                {
                    "ccp": prior.ccp,
                    "title": prior.title,
                    "obtained": fr_date(prior.obtained_on),
                    "end": fr_date(session.end),
                },
            )
    for held in candidate.held_titles:
        if held.obtained_on and held.obtained_on > session.end:
            findings.add(
                Code.PRIOR_DATED_AFTER_SESSION,
                MESSAGES["held_ccs_after_session" if held.ccs else "held_title_after_session"],
                {
                    "ccs": held.ccs,
                    "title": held.title,
                    "obtained": fr_date(held.obtained_on),
                    "end": fr_date(session.end),
                },
            )
    others = facts.duplicates.get(candidate.ref)
    if others:
        findings.add(Code.DUPLICATE_CANDIDATE, MESSAGES["duplicate_candidate"], {"others": _some(others)})
    if session.kind in ("titre", "ccp") and candidate.held_titles and facts.title.code in candidate.titles_held():
        findings.add(Code.TITLE_ALREADY_HELD, MESSAGES["title_already_held"], {"title": facts.title.code})
    if session.kind == "ccs" and any(
        h.ccs == session.ccs and h.title == facts.title.code for h in candidate.held_titles
    ):
        findings.add(
            Code.CCS_ALREADY_HELD, MESSAGES["ccs_already_held"], {"ccs": session.ccs, "title": facts.title.code}
        )


def check_file(findings: Findings, facts: SessionFacts, candidate: Candidate, examined: tuple[str, ...]) -> None:
    """VAE, dossier professionnel, ECF and CCS conditions."""
    session = facts.data.session
    if candidate.pathway == "vae":
        admissibility = candidate.vae_admissibility_date
        if admissibility is None:
            findings.add(Code.VAE_NO_ADMISSIBILITY, MESSAGES["vae_no_admissibility"])
        elif admissibility > session.start:
            findings.add(
                Code.VAE_NO_ADMISSIBILITY,
                MESSAGES["vae_admissibility_late"],
                {"notified": fr_date(admissibility), "start": fr_date(session.start)},
            )
        if candidate.experience_months < MIN_EXPERIENCE_MONTHS:
            findings.add(
                Code.VAE_EXPERIENCE_TOO_SHORT,
                MESSAGES["vae_experience_too_short"],
                {"months": candidate.experience_months, "minimum": MIN_EXPERIENCE_MONTHS},
            )
    if not candidate.professional_dossier:
        findings.add(Code.NO_PROFESSIONAL_DOSSIER, MESSAGES["no_professional_dossier"])
    if candidate.comes_from_training:
        needed = [session.ccs] if session.kind == "ccs" and session.ccs else list(examined)
        missing = [code for code in needed if not candidate.ecf.get(code)]
        if missing:
            findings.add(Code.ECF_MISSING, MESSAGES["ecf_missing"], {"ccps": Listing(missing)})
    if session.kind == "ccs":
        if not candidate.titles_held() & facts.versions:
            findings.add(
                Code.CCS_TITLE_NOT_HELD, MESSAGES["ccs_title_not_held"], {"title": session.title, "ccs": session.ccs}
            )
        if not candidate.comes_from_training and candidate.experience_months < MIN_EXPERIENCE_MONTHS:
            findings.add(
                Code.CCS_NO_TRAINING_OR_EXPERIENCE,
                MESSAGES["ccs_no_training_or_experience"],
                {"months": candidate.experience_months, "minimum": MIN_EXPERIENCE_MONTHS},
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
        excluded: tuple[Part, ...] = tuple(
            (MESSAGES["juror_left_out_conflict"], {"juror": juror.display_name, "conflict": conflict_phrase(conflict)})
            if conflict is not None
            else (MESSAGES["juror_left_out_habilitation"], {"juror": juror.display_name, "day": fr_date(day)})
            for juror, conflict in barred
        )
        names = [j.display_name for j in eligible]
        findings.add(
            Code.JURY_TOO_SMALL,
            MESSAGES["jury_too_small"],
            {
                "count": len(eligible),
                "names": Listing(names) if fr_list(names) else Phrase(WORDS["no_juror"]),
                "minimum": MIN_JURORS,
            },
            about_file=True,
            more=excluded,
        )
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
                    MESSAGES["conflicted_juror_scheduled"],
                    {
                        "juror": scheduled.display_name,
                        "conflict": conflict_phrase(conflict),
                        "day": f"{entry.start:%d/%m/%Y}",
                        "time": f"{entry.start:%H:%M}",
                    },
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
            named = [_name(data, ref) for ref in valid]
            what_phrase = Phrase(what.template, what.values, capital=True)
            if fr_list(named):
                findings.add(
                    Code.JURY_TOO_SMALL,
                    MESSAGES["decision_names_too_few"],
                    {"what": what_phrase, "named": Listing(named)},
                    about_file=False,
                )
            else:
                findings.add(
                    Code.JURY_TOO_SMALL, MESSAGES["decision_names_none"], {"what": what_phrase}, about_file=False
                )
    for ref, where in records.named_jurors().items():
        named_juror = data.juror(ref)
        if named_juror is None:
            continue
        conflict = named_juror.conflict_with(candidate.ref)
        if conflict is not None:
            findings.add(
                Code.JUROR_CONFLICT,
                MESSAGES["conflicted_juror_named"],
                {
                    "juror": named_juror.display_name,
                    "conflict": conflict_phrase(conflict),
                    "records": Listing(where),
                },
            )
        if not named_juror.is_habilitated_on(day):
            findings.add(
                Code.JUROR_HABILITATION_EXPIRED,
                MESSAGES["juror_not_habilitated"],
                {
                    "juror": named_juror.display_name,
                    "records": Listing(where),
                    "day": fr_date(day),
                    "until": fr_date(named_juror.habilitation_until),
                },
            )


def _some(refs: list[str], shown: int = 5) -> Listing:
    """« C2, C3 et C4 », or « C2, C3, C4, C5, C6 et 12 autres » for a long list."""
    if len(refs) <= shown:
        return Listing(refs)
    return Listing((*refs[:shown], Phrase(WORDS["others"], {"count": len(refs) - shown})))


def _name(data: SessionData, ref: str) -> str:
    juror = data.juror(ref)
    return juror.display_name if juror else ref


def conflict_label(conflict: Conflict) -> str:
    label = CONFLICT_LABELS.get(conflict.kind, conflict.kind)
    return f"{label} : {conflict.note}" if conflict.note else label


def conflict_phrase(conflict: Conflict) -> Phrase | str:
    """`conflict_label` as a piece of sentence: the label of CONFLICT_LABELS translated, the note
    (the user's words) as it is."""
    label = CONFLICT_LABELS.get(conflict.kind)
    kind: Phrase | str = Phrase(label) if label is not None else conflict.kind
    if conflict.note:
        return Phrase(WORDS["conflict_with_note"], {"label": kind, "note": conflict.note})
    return kind


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
            findings.add(Code.RESULT_FOR_UNEXAMINED_CCP, MESSAGES["result_for_unexamined_ccp"], {"ccp": result.ccp})
        if result.decision == "non_acquis" and not has_text(result.justification):
            findings.add(Code.JUSTIFICATION_MISSING, MESSAGES["ccp_failed_without_reason"], {"ccp": result.ccp})
    for decision, template in (
        (records.title_decision, MESSAGES["title_refused_without_reason"]),
        (records.ccs_decision, MESSAGES["ccs_refused_without_reason"]),
    ):
        if decision and decision.decision == "not_awarded" and not has_text(decision.justification):
            findings.add(Code.JUSTIFICATION_MISSING, template)

    title_awarded = bool(records.title_decision and records.title_decision.decision == "awarded")
    if title_awarded and session.kind != "ccs":
        failed = sorted(r.ccp for r in records.results if r.decision == "non_acquis" and r.ccp not in held_prior)
        if failed:
            findings.add(Code.TITLE_AWARD_INCOMPLETE, MESSAGES["title_awarded_ccp_failed"], {"ccps": Listing(failed)})
        if session.kind == "ccp":
            acquired = {r.ccp for r in records.results if r.decision == "acquis" and r.ccp in examined}
            missing = sorted(set(title.ccp_codes) - held_prior - acquired)
            if missing:
                findings.add(
                    Code.TITLE_AWARD_INCOMPLETE,
                    MESSAGES["title_awarded_ccp_missing"],
                    {"ccps": Listing(missing)},
                )
    ccs_awarded = bool(records.ccs_decision and records.ccs_decision.decision == "awarded")
    interview = records.final_interview
    if (title_awarded or ccs_awarded) and interview is None:
        findings.add(
            Code.FINAL_INTERVIEW_MISSING,
            MESSAGES["title_awarded_without_interview" if title_awarded else "ccs_awarded_without_interview"],
        )
    if interview is not None:
        if interview.held_on is None:
            findings.add(Code.FINAL_INTERVIEW_OUTSIDE_SESSION, MESSAGES["interview_not_dated"])
        elif not session.start <= interview.held_on <= session.end:
            findings.add(
                Code.FINAL_INTERVIEW_OUTSIDE_SESSION,
                MESSAGES["interview_outside_session"],
                {
                    "held_on": fr_date(interview.held_on),
                    "start": fr_date(session.start),
                    "end": fr_date(session.end),
                },
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
        dated = "_dated" if prior.obtained_on else ""
        values: dict[str, object] = {"ccp": prior.ccp, "old": prior.title, "title": title.code}
        if prior.obtained_on:
            values["obtained"] = fr_date(prior.obtained_on)
        if not holding.mapped:
            values["why"] = Phrase(
                WORDS["no_correspondence" if prior.title not in facts.earlier else "not_in_correspondence"]
            )
            findings.add(Code.PRIOR_CCP_NOT_MAPPED, MESSAGES["prior_ccp_not_mapped" + dated], values)
        elif not holding.verified:
            values["codes"] = Listing(holding.codes)
            findings.add(Code.CORRESPONDENCE_UNVERIFIED, MESSAGES["correspondence_unverified" + dated], values)
    already = sorted(set(examined) & held_prior)
    if already:
        findings.add(Code.CCP_ALREADY_HELD, MESSAGES["ccp_already_held"], {"ccps": Listing(already)})
