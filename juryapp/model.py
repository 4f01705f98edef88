"""Plain domain objects of a jury session: référentiels, people and recorded decisions.

These are immutable values. The storage builds them from the session file, the exchange
layer from JSON documents, and the rules engine reads them; none of them knows about the
others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal, TypeVar

_T = TypeVar("_T")

SessionKind = Literal["titre", "ccp", "ccs"]
Pathway = Literal["formation", "vae", "capitalisation", "ccs"]
Attendance = Literal["present", "absent", "excused"]
CcpDecision = Literal["acquis", "non_acquis"]
AwardDecision = Literal["awarded", "not_awarded"]
ReferentielStatus = Literal["active", "revised", "closed"]

SESSION_KINDS: tuple[str, ...] = ("titre", "ccp", "ccs")
PATHWAYS: tuple[str, ...] = ("formation", "vae", "capitalisation", "ccs")
ATTENDANCES: tuple[str, ...] = ("present", "absent", "excused")
CONFLICT_KINDS: tuple[str, ...] = ("formateur", "employeur", "famille", "connaissance", "autre")
ASSESSMENT_KINDS: tuple[str, ...] = (
    "mise_en_situation",
    "projet",
    "entretien_technique",
    "questionnaire_professionnel",
    "questionnement_productions",
    "entretien_final",
)

PATHWAY_LABELS = {
    "formation": "Formation",
    "vae": "VAE",
    "capitalisation": "Capitalisation",
    "ccs": "CCS",
}
ATTENDANCE_LABELS = {"present": "Présent", "absent": "Absent", "excused": "Excusé"}
CONFLICT_LABELS = {
    "formateur": "formateur du candidat",
    "employeur": "employeur du candidat",
    "famille": "lien familial",
    "connaissance": "connaissance personnelle",
    "autre": "autre lien",
}
SESSION_KIND_LABELS = {"titre": "session titre", "ccp": "session CCP", "ccs": "session CCS"}
CCP_DECISION_LABELS = {"acquis": "acquis", "non_acquis": "non acquis"}
# Outcome of the title (or of the CCS) for a candidate, as the rules report it.
AWARD_LABELS = {
    "awarded": "attribué",
    "not_awarded": "non attribué",
    "pending": "en attente de décision",
    "not_applicable": "sans objet",
}
DOCUMENT_LABELS = {"parchemin": "parchemin", "livret": "livret de certification", "none": "aucun document"}
# Printed documents about the jury's decisions: drafts until the session is signed off.
DECISION_KINDS = frozenset({"parchemin", "livret", "fiche_resultats", "fiche_synthese", "pv"})
# Pre-session documents: final as soon as the schedule is set.
PRE_SESSION_KINDS = frozenset({"convocation", "emargement"})
ASSESSMENT_LABELS = {
    "mise_en_situation": "Mise en situation professionnelle",
    "projet": "Présentation d'un projet",
    "entretien_technique": "Entretien technique",
    "questionnaire_professionnel": "Questionnaire professionnel",
    "questionnement_productions": "Questionnement à partir de productions",
    "entretien_final": "Entretien final",
}


@dataclass(frozen=True, slots=True)
class Competency:
    code: str
    name: str
    verified: bool = True  # False: no official source confirms it (the grid says so)


@dataclass(frozen=True, slots=True)
class Certificate:
    """A CCP (bloc of the title) or a CCS (complementary specialisation)."""

    code: str
    name: str
    competencies: tuple[Competency, ...] = ()
    complete: bool = True  # False: the référentiel knows only part of its competencies


@dataclass(frozen=True, slots=True)
class Assessment:
    kind: str
    minutes: int


@dataclass(frozen=True, slots=True)
class Correspondence:
    """Table of an arrêté de révision: CCP of the older version -> CCPs it is worth here."""

    source: str
    verified: bool
    mapping: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Arrete:
    """The arrêté de spécialité that documents cite (EXCHANGE.md §1, `arrete`)."""

    date: dt.date | None
    jo: dt.date | None
    verified: bool
    text: str = ""  # a free-text arrêté from an older file, printed as it is


@dataclass(frozen=True, slots=True)
class Prorogation:
    until: dt.date
    source: str = ""


@dataclass(frozen=True, slots=True)
class Referentiel:
    """One version (millésime) of a titre professionnel."""

    code: str
    tp_code: str
    name: str
    level: int
    nsf: str
    valid_from: dt.date
    valid_until: dt.date
    status: str
    successor: str | None
    verified: bool
    ccps: tuple[Certificate, ...]
    ccs: tuple[Certificate, ...] = ()
    assessments: dict[str, tuple[Assessment, ...]] = field(default_factory=dict)
    correspondence: Correspondence | None = None
    sources: tuple[str, ...] = ()
    arrete: Arrete | None = None
    prorogations: tuple[Prorogation, ...] = ()
    document: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def end(self) -> dt.date:
        """end(T): the `until` of the last prorogation, else `valid_until` (DOMAIN.md §6)."""
        return self.prorogations[-1].until if self.prorogations else self.valid_until

    @property
    def closed(self) -> bool:
        """Clôturé: no later version; holders of CCPs keep one year after `end` (DOMAIN.md §2)."""
        return self.status == "closed" and not self.successor

    def unverified_facts(self) -> list[str]:
        """What this version states without an official source, in French (empty when all is verified)."""
        facts = []
        if not self.verified:
            facts.append("référentiel non vérifié")
        if self.arrete is not None and not self.arrete.verified:
            facts.append("arrêté non vérifié")
        return facts

    @property
    def ccp_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.ccps)

    @property
    def ccs_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.ccs)

    def certificate(self, code: str) -> Certificate | None:
        for cert in self.ccps + self.ccs:
            if cert.code == code:
                return cert
        return None

    def competency_codes(self) -> set[str]:
        return {cp.code for cert in self.ccps + self.ccs for cp in cert.competencies}

    def observation_codes(self) -> set[str]:
        """What an observation of the grid may be about: a competency, or a whole CCP or CCS (when
        its list of competencies is not known, DOMAIN.md §2: the grid records observations per CCP)."""
        return self.competency_codes() | {cert.code for cert in self.ccps + self.ccs}

    def competencies_incomplete(self, code: str) -> bool:
        """True when the CCP or CCS lists no competency, or only part of them (`competencies_complete`)."""
        certificate = self.certificate(code)
        return certificate is None or not certificate.competencies or not certificate.complete

    def final_interview_minutes(self) -> int | None:
        for key in ("titre", *self.ccs_codes):
            for assessment in self.assessments.get(key, ()):
                if assessment.kind == "entretien_final":
                    return assessment.minutes
        return None


@dataclass(frozen=True, slots=True)
class Issuer:
    """Who delivers the parchemins and livrets (DOMAIN.md §5): the DREETS of the region."""

    authority: str = ""  # « DREETS Auvergne-Rhône-Alpes »
    place: str = ""  # the commune written in « Fait à … »
    signatory: str = ""
    role: str = ""

    FIELDS = ("authority", "place", "signatory", "role")
    LABELS = {
        "authority": "autorité de délivrance",
        "place": "commune de délivrance",
        "signatory": "nom du signataire",
        "role": "qualité du signataire",
    }

    def missing(self) -> list[str]:
        """The fields (`session.issuer.place`…) a final document needs and that are empty."""
        return [f"session.issuer.{name}" for name in self.FIELDS if not getattr(self, name).strip()]


@dataclass(frozen=True, slots=True)
class SessionInfo:
    ref: str
    title: str
    kind: str
    ccps: tuple[str, ...]
    ccs: str | None
    centre: str
    place: str
    start: dt.date
    end: dt.date
    issuer: Issuer = Issuer()


@dataclass(frozen=True, slots=True)
class Conflict:
    candidate: str
    kind: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Juror:
    ref: str
    last_name: str
    first_name: str
    habilitation_until: dt.date | None
    conflicts: tuple[Conflict, ...] = ()
    # Conflicts by candidate, built at the first look-up (a juror may have hundreds of them).
    _by_candidate: dict[str, Conflict] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def is_habilitated_on(self, day: dt.date) -> bool:
        return self.habilitation_until is not None and self.habilitation_until >= day

    def conflict_with(self, candidate: str) -> Conflict | None:
        """The juror's first conflict with this candidate, None when there is none."""
        index = self._by_candidate
        if index is None:
            index = _first_by_key(self.conflicts, "candidate")
            object.__setattr__(self, "_by_candidate", index)
        return index.get(candidate)


@dataclass(frozen=True, slots=True)
class PriorCcp:
    title: str
    ccp: str
    obtained_on: dt.date | None
    session: str = ""  # the earlier session's ref, or its place and date (printed on the livret)


@dataclass(frozen=True, slots=True)
class HeldTitle:
    """A title held (`ccs` None) or, with `ccs`, a CCS of that title held."""

    title: str
    obtained_on: dt.date | None
    ccs: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    ref: str
    last_name: str
    first_name: str
    birth_date: dt.date | None
    birth_place: str
    pathway: str
    from_training: bool
    vae_admissibility_date: dt.date | None
    experience_months: int
    professional_dossier: bool
    ecf: dict[str, bool]
    prior_ccps: tuple[PriorCcp, ...]
    held_titles: tuple[HeldTitle, ...]
    attendance: str
    usage_name: str = ""  # nom d'usage, when there is one
    ccps: tuple[str, ...] | None = None  # session CCP: the CCPs this candidate sits (None: all)

    @property
    def display_name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}".strip()

    @property
    def comes_from_training(self) -> bool:
        """`formation`: always; `vae`: never, whatever `from_training` says; others: `from_training`."""
        if self.pathway == "vae":
            return False
        return self.pathway == "formation" or self.from_training

    def titles_held(self) -> set[str]:
        """The title versions held (CCS entries excluded)."""
        return {h.title for h in self.held_titles if not h.ccs}


# A competency's mark for one épreuve (issue 12): it informs the jury, it never decides.
MARKS = ("acquis", "en_cours", "non_acquis", "non_evalue")
MARK_LABELS = {
    "acquis": "acquis",
    "en_cours": "en cours d'acquisition",
    "non_acquis": "non acquis",
    "non_evalue": "non évalué",
    "": "sans marque",
}


@dataclass(frozen=True, slots=True)
class ObservationEntry:
    """One observation written in the grid: when, by whom, what."""

    at: str  # ISO local date and time
    by: str
    text: str


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The grid's cell for a candidate, a competency and an épreuve: its observation text (the
    entries joined), its mark ("" when none) and the dated entries it was written in."""

    candidate: str
    competency: str
    assessment: str
    observation: str
    mark: str = ""
    entries: tuple[ObservationEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class CcpResult:
    candidate: str
    ccp: str
    decision: str
    jurors: tuple[str, ...]
    justification: str = ""


@dataclass(frozen=True, slots=True)
class FinalInterview:
    candidate: str
    held_on: dt.date | None
    jurors: tuple[str, ...]
    notes: str = ""
    started_at: str | None = None  # the interview's timer: ISO local date and time
    ended_at: str | None = None
    duration_seconds: int | None = None  # timed (pauses left out), not end minus start


@dataclass(frozen=True, slots=True)
class AwardDecisionRecord:
    """A title decision or a CCS decision."""

    candidate: str
    decision: str
    jurors: tuple[str, ...]
    justification: str = ""


@dataclass(frozen=True, slots=True)
class ScheduleEntry:
    """One épreuve of one candidate placed in a room and a time slot (EXCHANGE.md §2 `schedule`)."""

    candidate: str
    assessment: str
    ccp: str | None
    room: str
    start: dt.datetime
    end: dt.datetime
    jurors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Confirmation:
    """At sign-off, a signing juror confirms a blocked candidate or unverified data (DOMAIN.md §7).

    `subject` is a candidate ref, a référentiel code, or « RNCP34079->RNCP39063 » (a correspondence);
    `reference` is what the juror typed (the official text's reference, or the candidate's name).
    """

    subject: str
    reference: str
    by: str


@dataclass(frozen=True, slots=True)
class SignOff:
    at: str
    jurors: tuple[str, ...]
    confirmations: tuple[Confirmation, ...] = ()

    @property
    def date(self) -> dt.date:
        return dt.datetime.fromisoformat(self.at).date()


@dataclass(frozen=True, slots=True)
class SessionData:
    """The current state of a session: what the rules engine decides on."""

    session: SessionInfo
    jurors: tuple[Juror, ...]
    candidates: tuple[Candidate, ...]
    evaluations: tuple[Evaluation, ...] = ()
    results: tuple[CcpResult, ...] = ()
    final_interviews: tuple[FinalInterview, ...] = ()
    title_decisions: tuple[AwardDecisionRecord, ...] = ()
    ccs_decisions: tuple[AwardDecisionRecord, ...] = ()
    sign_off: SignOff | None = None
    schedule: tuple[ScheduleEntry, ...] = ()
    # Look-ups worked out from one field, once per object: (field, name) -> value (see `cached`).
    _index: dict[tuple[str, str], Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def juror(self, ref: str) -> Juror | None:
        return self.cached("jurors", "by_ref", lambda: _first_by_key(self.jurors, "ref")).get(ref)

    def candidate(self, ref: str) -> Candidate | None:
        return self.cached("candidates", "by_ref", lambda: _first_by_key(self.candidates, "ref")).get(ref)

    def cached(self, source: str, name: str, build: Callable[[], _T]) -> _T:
        """A value worked out from the field `source` alone (an index, say), built at the first call.

        The data never change, so neither does the value; `evolve` hands it on to a copy that
        keeps that field."""
        key = (source, name)
        try:
            return self._index[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._index[key] = build()
            return value

    def peek(self, source: str, name: str) -> Any:
        """What `cached` already worked out under this name, None when nothing was."""
        return self._index.get((source, name))

    def evolve(self, **changes: Any) -> SessionData:
        """`dataclasses.replace`, keeping what `cached` worked out from the fields left as they are."""
        copy = replace(self, **changes)
        copy._index.update((key, value) for key, value in self._index.items() if key[0] not in changes)
        return copy


def _first_by_key(items: tuple[Any, ...], attribute: str) -> dict[str, Any]:
    """Items by one attribute, the first one kept when several share it (as a linear search finds)."""
    index: dict[str, Any] = {}
    for item in reversed(items):
        index[getattr(item, attribute)] = item
    return index
