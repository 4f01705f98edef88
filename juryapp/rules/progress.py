"""Where the jury stands with each candidate: what is decided and what remains, in words.

Read from the session's current records and the rules' outcome of each candidate, so that the
candidate list says « 2 CCP décidés sur 2, entretien fait, titre à décider » without working
anything out itself. What a session expects follows DOMAIN.md: in a session titre or CCS every
present candidate has an entretien final and a decision on the title (or the CCS); in a session
CCP the title is decided only once every CCP of the title is held.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from juryapp.model import Referentiel, SessionData
from juryapp.rules.engine import Outcome

_AWARD_WORDS = {"awarded": "attribué", "not_awarded": "non attribué"}

# The parts of the sentence as French templates, each translated on its own by the interface
# (scripts/build_translations.py extracts them): `Progress.parts` names them with their values,
# `Progress.words` is the French sentence they make. The subject is spelled out in each template
# (« titre attribué », « CCS attribué ») so that a translation may put its words in its own order.
PART_TEMPLATES = {
    "absent": "Absent : rien à évaluer",
    "excused": "Excusé : rien à évaluer",
    "no_ccp_decided": "aucun CCP décidé sur {examined}",
    "one_ccp_decided": "1 CCP décidé sur {examined}",
    "ccps_decided": "{decided} CCP décidés sur {examined}",
    "interview_done": "entretien fait",
    "interview_to_do": "entretien à faire",
    "titre_awarded": "titre attribué",
    "titre_not_awarded": "titre non attribué",
    "titre_blocked": "titre bloqué",
    "titre_to_decide": "titre à décider",
    "CCS_awarded": "CCS attribué",
    "CCS_not_awarded": "CCS non attribué",
    "CCS_blocked": "CCS bloqué",
    "CCS_to_decide": "CCS à décider",
    "nothing_to_decide": "rien à décider",
}
_AWAY = ("absent", "excused")
# A value the templates do not know (an unexpected code), shown as it is.
RAW_TEMPLATE = "{text}"
# Between two parts, in every language the interface speaks.
PART_SEPARATOR = ", "

# One part of the sentence: its French template (translated by the interface) and its values.
Part = tuple[str, dict[str, object]]


@dataclass(frozen=True, slots=True)
class Progress:
    """What is recorded for one candidate and what the session still expects."""

    attendance: str
    ccps_decided: int  # CCPs examined that have a recorded result
    ccps_examined: int
    interview: bool | None  # the entretien final is recorded; None when none is expected
    subject: str  # what the jury finally decides on: « titre » or « CCS »
    decision: str | None  # the recorded decision on it ('awarded', 'not_awarded'), None when none
    expected: bool  # a decision on the subject is expected in this session
    blocked: bool  # the rules block the outcome (the result column says why)

    @property
    def words(self) -> str:
        """« 2 CCP décidés sur 2, entretien fait, titre à décider »: done first, then what remains."""
        if self.attendance != "present" and self.attendance not in _AWAY:
            return self.attendance  # an unexpected code, as it is
        return sentence(self.parts)

    @property
    def parts(self) -> tuple[Part, ...]:
        """The sentence of `words` in parts: (French template of PART_TEMPLATES, its values).

        An interface translates each template, fills it with its values and joins them with
        `sentence` (the French text is `words`)."""
        if self.attendance != "present":
            if self.attendance in _AWAY:
                return ((PART_TEMPLATES[self.attendance], {}),)
            return ((RAW_TEMPLATE, {"text": self.attendance}),)
        parts: list[Part] = []
        if self.ccps_examined:
            parts.append(_ccp_part(self.ccps_decided, self.ccps_examined))
        if self.interview is not None:
            parts.append((PART_TEMPLATES["interview_done" if self.interview else "interview_to_do"], {}))
        if self.decision is not None:
            word = self.decision if self.decision in _AWARD_WORDS else None
            parts.append(_subject_part(self.subject, word, _AWARD_WORDS.get(self.decision, self.decision)))
        elif self.expected:
            state = "blocked" if self.blocked else "to_decide"
            parts.append(_subject_part(self.subject, state, "bloqué" if self.blocked else "à décider"))
        return tuple(parts) or ((PART_TEMPLATES["nothing_to_decide"], {}),)

    @property
    def done(self) -> bool:
        """Nothing the session expects is left to record for this candidate."""
        if self.attendance != "present":
            return True
        return (
            self.ccps_decided >= self.ccps_examined
            and self.interview is not False
            and (self.decision is not None or not self.expected)
        )

    @property
    def rank(self) -> int:
        """Sorts the candidates from the least advanced to the most."""
        if self.attendance != "present":
            return 10_000
        return self.ccps_decided + 100 * bool(self.interview) + 1000 * (self.decision is not None)


def sentence(parts: Iterable[Part], translate: Callable[[str], str] = str) -> str:
    """The parts joined into one sentence, each template passed through `translate` (none: the
    French) and filled with its values; the first letter capitalised, as a list cell shows it."""
    text = PART_SEPARATOR.join(translate(template).format(**values) for template, values in parts)
    return text[:1].upper() + text[1:]


def _ccp_part(decided: int, examined: int) -> Part:
    if decided == 0:
        return PART_TEMPLATES["no_ccp_decided"], {"examined": examined}
    if decided == 1:
        return PART_TEMPLATES["one_ccp_decided"], {"examined": examined}
    return PART_TEMPLATES["ccps_decided"], {"decided": decided, "examined": examined}


def _subject_part(subject: str, state: str | None, french: str) -> Part:
    """« titre à décider »: the template of the subject and its state when there is one, else the
    French words as they are."""
    template = PART_TEMPLATES.get(f"{subject}_{state}") if state else None
    return (template, {}) if template else (RAW_TEMPLATE, {"text": f"{subject} {french}"})


def progress_of_all(
    data: SessionData,
    referentiels: Mapping[str, Referentiel],
    outcomes: Mapping[str, Outcome],
    refs: Iterable[str] | None = None,
) -> dict[str, Progress]:
    """Every candidate's progress (or only `refs`'), by ref; a candidate without an outcome is left out.

    The records are indexed once per session data (`SessionData.cached`): a change that leaves the
    results untouched re-reads nothing.
    """
    kind = data.session.kind
    title_ccps = set(referentiels[data.session.title].ccp_codes)
    results = data.cached("results", "ccps_by_candidate", lambda: _ccps_by_candidate(data))
    interviews = data.cached("final_interviews", "candidates", lambda: {f.candidate for f in data.final_interviews})
    field = "ccs_decisions" if kind == "ccs" else "title_decisions"
    decisions: dict[str, str] = data.cached(
        field, "decision_by_candidate", lambda: {d.candidate: d.decision for d in getattr(data, field)}
    )
    wanted = [c.ref for c in data.candidates] if refs is None else list(refs)
    progress = {}
    for ref in wanted:
        outcome = outcomes.get(ref)
        if outcome is None:
            continue
        examined = outcome.ccps_examined
        interviewed = ref in interviews
        if kind == "ccp":
            expected = title_ccps <= set(outcome.ccps_held) or ref in decisions
            interview: bool | None = interviewed if (expected or interviewed) else None
        else:
            expected = True
            interview = interviewed
        progress[ref] = Progress(
            attendance=outcome.attendance,
            ccps_decided=len(results.get(ref, set()) & set(examined)),
            ccps_examined=len(examined),
            interview=interview,
            subject="CCS" if kind == "ccs" else "titre",
            decision=decisions.get(ref),
            expected=expected,
            blocked=outcome.blocked,
        )
    return progress


def _ccps_by_candidate(data: SessionData) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for result in data.results:
        index.setdefault(result.candidate, set()).add(result.ccp)
    return index
