"""What each printed document says, as plain data: the renderers take these and nothing else.

Built from a session by `juryapp.documents.content`; drawn by `juryapp.documents.render`.
Every value is already in French and formatted as it must appear on the page, so that the
seal can compare what is stored with what is printed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

KINDS = (
    "parchemin",
    "livret",
    "fiche_resultats",
    "fiche_synthese",
    "convocation",
    "emargement",
    "pv",
)
KIND_LABELS = {
    "parchemin": "Parchemin",
    "livret": "Livret de certification",
    "fiche_resultats": "Fiche individuelle de résultats",
    "fiche_synthese": "Fiche synthèse de session",
    "convocation": "Convocation",
    "emargement": "Feuille d'émargement",
    "pv": "Procès-verbal de session",
}
# Documents about the jury's decisions: drafts until the session is signed off.
DECISION_KINDS = frozenset({"parchemin", "livret", "fiche_resultats", "fiche_synthese", "pv"})

DRAFT_WATERMARK = "PROJET — NON VALIDÉ"
CERTIFIER = "Ministère chargé de l'emploi"


@dataclass(frozen=True, slots=True)
class Seal:
    """What identifies a final document: its short code, QR text and, for a reprint, the original.

    A duplicata (DOMAIN.md §8) keeps the original's date (`Meta.issued_on`) and says which copy it
    is and when it was delivered: « DUPLICATA n° 2 de l'original n° … — délivré le 15/12/2026 ».
    """

    short_code: str
    qr_text: str
    duplicate_of: str | None = None  # the original's short code
    duplicate_of_date: str | None = None  # the date printed on the original, « 08/12/2026 »
    duplicate_number: int = 0  # 0 for the original, then 1, 2… for each later copy
    reprinted_on: str | None = None  # the day the duplicata is delivered, « 15/12/2026 »


@dataclass(frozen=True, slots=True)
class Meta:
    kind: str
    session_ref: str
    candidate: str | None
    draft: bool
    place: str  # place of delivery, e.g. « Lyon »
    issued_on: dt.date
    seal: Seal | None = None

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True, slots=True)
class TitleInfo:
    """The certification as it must be named on a document (France compétences' rules)."""

    code: str  # RNCP code
    tp_code: str
    name: str  # exact name, unchanged
    level: int  # national nomenclature
    eqf_level: int  # CEC / EQF
    nsf: str
    arrete: str  # arrêté de spécialité and its date
    certifier: str = CERTIFIER

    @property
    def level_text(self) -> str:
        return (
            f"Niveau {self.level} du cadre national des certifications professionnelles — "
            f"niveau {self.eqf_level} du cadre européen des certifications (CEC)"
        )


@dataclass(frozen=True, slots=True)
class Holder:
    ref: str
    last_name: str
    first_name: str
    birth_date: str  # « 02/03/1994 »
    birth_place: str  # « Lyon (69) » or « Casablanca (Maroc) »

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name.upper()}".strip()

    @property
    def birth_line(self) -> str:
        return f"né(e) le {self.birth_date} à {self.birth_place}"


@dataclass(frozen=True, slots=True)
class Signatory:
    authority: str  # « Pour le ministre et par délégation, ... »
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class CcpLine:
    code: str
    name: str
    status: str = ""  # « acquis », « non acquis », « obtenu le 15/06/2023 (session …) », « à obtenir »
    obtained_on: str = ""
    session_ref: str = ""
    justification: str = ""
    note: str = ""  # e.g. « repris du RNCP34079 par correspondance non vérifiée »


@dataclass(frozen=True, slots=True)
class ParcheminData:
    meta: Meta
    title: TitleInfo
    holder: Holder
    ccps: tuple[CcpLine, ...]
    signatory: Signatory
    ccs_name: str | None = None  # a parchemin of a CCS names it; None for the full title
    session_dates: str = ""


@dataclass(frozen=True, slots=True)
class LivretData:
    meta: Meta
    title: TitleInfo
    holder: Holder
    obtained: tuple[CcpLine, ...]
    missing: tuple[CcpLine, ...]
    completion_deadline: str
    signatory: Signatory


@dataclass(frozen=True, slots=True)
class FicheResultatsData:
    meta: Meta
    title: TitleInfo
    holder: Holder
    pathway: str
    attendance: str
    session_dates: str
    ccp_results: tuple[CcpLine, ...]
    decision_label: str  # « Décision sur le titre » / « Décision sur le CCS »
    decision: str  # « Titre attribué », « Titre non attribué », « En attente »…
    justification: str
    final_interview: str
    jurors: tuple[str, ...]
    blockers: tuple[str, ...]
    outcome: str  # « Parchemin », « Livret de certification », « Aucun document »


@dataclass(frozen=True, slots=True)
class ConvocationData:
    meta: Meta
    title: TitleInfo
    holder: Holder
    centre: str
    address: str
    session_dates: str
    session_kind: str
    ccps: tuple[CcpLine, ...]
    assessments: tuple[tuple[str, str], ...]  # (épreuve, durée)
    instructions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PvRow:
    ref: str
    name: str
    pathway: str
    attendance: str
    ccps_obtained: str
    decision: str
    document: str
    remarks: str


@dataclass(frozen=True, slots=True)
class PvData:
    meta: Meta
    title: TitleInfo
    centre: str
    address: str
    session_kind: str
    session_dates: str
    jurors: tuple[tuple[str, str], ...]  # (name, « habilité(e) jusqu'au … » / « présent(e) »)
    rows: tuple[PvRow, ...]
    revocations: tuple[str, ...]  # changes after sign-off, each with its reason
    signed_at: str
    signers: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EmargementRow:
    ref: str
    name: str
    birth_date: str


@dataclass(frozen=True, slots=True)
class EmargementData:
    meta: Meta
    title: TitleInfo
    centre: str
    address: str
    session_dates: str
    days: tuple[str, ...]  # one signature column per day of the session
    rows: tuple[EmargementRow, ...]
    jurors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FicheSyntheseData:
    meta: Meta
    title: TitleInfo
    centre: str
    session_dates: str
    counts: tuple[tuple[str, int], ...]  # (« Candidats inscrits », 10), …
    by_pathway: tuple[tuple[str, int, int, int], ...]  # (parcours, présents, titres, livrets)
    rows: tuple[PvRow, ...]


DocumentData = (
    ParcheminData | LivretData | FicheResultatsData | ConvocationData | PvData | EmargementData | FicheSyntheseData
)
