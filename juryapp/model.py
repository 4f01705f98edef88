"""Plain domain objects of a jury session: référentiels, people and recorded decisions.

These are immutable values. The storage builds them from the session file, the exchange
layer from JSON documents, and the rules engine reads them; none of them knows about the
others.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

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


@dataclass(frozen=True, slots=True)
class Certificate:
    """A CCP (bloc of the title) or a CCS (complementary specialisation)."""

    code: str
    name: str
    competencies: tuple[Competency, ...] = ()


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
    arrete: str = ""
    document: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

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

    def final_interview_minutes(self) -> int | None:
        for key in ("titre", *self.ccs_codes):
            for assessment in self.assessments.get(key, ()):
                if assessment.kind == "entretien_final":
                    return assessment.minutes
        return None


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

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def is_habilitated_on(self, day: dt.date) -> bool:
        return self.habilitation_until is not None and self.habilitation_until >= day

    def conflict_with(self, candidate: str) -> Conflict | None:
        for conflict in self.conflicts:
            if conflict.candidate == candidate:
                return conflict
        return None


@dataclass(frozen=True, slots=True)
class PriorCcp:
    title: str
    ccp: str
    obtained_on: dt.date | None


@dataclass(frozen=True, slots=True)
class HeldTitle:
    title: str
    obtained_on: dt.date | None


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

    @property
    def display_name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}".strip()

    @property
    def comes_from_training(self) -> bool:
        """A `formation` candidate always comes from training; others when `from_training` says so."""
        return self.pathway == "formation" or self.from_training


@dataclass(frozen=True, slots=True)
class Evaluation:
    candidate: str
    competency: str
    assessment: str
    observation: str


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


@dataclass(frozen=True, slots=True)
class AwardDecisionRecord:
    """A title decision or a CCS decision."""

    candidate: str
    decision: str
    jurors: tuple[str, ...]
    justification: str = ""


@dataclass(frozen=True, slots=True)
class SignOff:
    at: str
    jurors: tuple[str, ...]


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

    def juror(self, ref: str) -> Juror | None:
        for juror in self.jurors:
            if juror.ref == ref:
                return juror
        return None

    def candidate(self, ref: str) -> Candidate | None:
        for candidate in self.candidates:
            if candidate.ref == ref:
                return candidate
        return None
