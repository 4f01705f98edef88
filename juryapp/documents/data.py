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
DRAFT_WATERMARK = "PROJET — NON VALIDÉ"
CERTIFIER = "Ministère chargé de l'emploi"


@dataclass(frozen=True, slots=True)
class Seal:
    """What identifies a final document: its short code, QR text and, for a reprint, the original.

    A duplicata (DOMAIN.md §8) keeps the original's date (`Meta.issued_on`) and says which copy it
    is and when it was delivered: « DUPLICATA n° 2 de l'original n° … du 08/12/2026 — Duplicata
    délivré le 15/12/2026 ».
    """

    short_code: str
    qr_text: str
    duplicate_of: str | None = None  # the original's short code
    duplicate_of_date: str | None = None  # the date printed on the original, « 08/12/2026 »
    duplicate_number: int = 0  # 0 for the original, then 1, 2… for each later copy
    reprinted_on: str | None = None  # the day the duplicata is delivered, « 15/12/2026 »


@dataclass(frozen=True, slots=True)
class Meta:
    """What every document carries besides its content.

    `issued_on` is the document's date: for a decision document the sign-off date (None on a
    draft of a session not signed off yet: the date is left to be filled); pre-session documents
    carry none (their dates are the épreuves'). `caveats` are the unverified facts a draft relies
    on (« arrêté … non vérifié »); always empty on a final document.
    """

    kind: str
    session_ref: str
    candidate: str | None
    draft: bool
    place: str  # place of delivery, « Lyon » (the issuer's commune)
    issued_on: dt.date | None
    seal: Seal | None = None
    caveats: tuple[str, ...] = ()

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
    arrete: str  # « Arrêté du 17 mai 2024 (JO du 25 mai 2024) », or "" when unknown
    certifier: str = CERTIFIER

    @property
    def level_text(self) -> str:
        return (
            f"Niveau {self.level} du cadre national des certifications professionnelles — "
            f"niveau {self.eqf_level} du cadre européen des certifications (CEC)"
        )


@dataclass(frozen=True, slots=True)
class Holder:
    """A candidate's identity as printed: no civility, so no agreement (never « né(e) »)."""

    ref: str
    last_name: str  # nom de naissance
    first_name: str  # prénom(s)
    birth_date: str  # « 02/03/1994 »
    birth_place: str  # « Lyon (69) » or « Casablanca (Maroc) »
    usage_name: str = ""  # nom d'usage, when there is one

    @property
    def birth_name(self) -> str:
        return self.last_name.upper()

    @property
    def usage(self) -> str:
        return self.usage_name.upper()

    @property
    def full_name(self) -> str:
        """« Jeanne MARTIN »: prénom(s) and nom de naissance."""
        return f"{self.first_name} {self.birth_name}".strip()

    @property
    def birth_text(self) -> str:
        """« 02/03/1994 à Lyon (69) »."""
        place = self.birth_place.strip()
        return f"{self.birth_date} à {place}" if place and place != "—" else self.birth_date

    @property
    def birth_line(self) -> str:
        return f"Date et lieu de naissance : {self.birth_text}"

    @property
    def identity_line(self) -> str:
        """« Nom de naissance : EL AMRANI — Nom d'usage : ROUX — Prénom(s) : Yasmine »."""
        parts = [f"Nom de naissance : {self.birth_name}"]
        if self.usage_name.strip():
            parts.append(f"Nom d'usage : {self.usage}")
        parts.append(f"Prénom(s) : {self.first_name}")
        return " — ".join(parts)

    def identity_pairs(self) -> list[tuple[str, str]]:
        """The identity as label / value rows."""
        pairs = [("Nom de naissance", self.birth_name)]
        if self.usage_name.strip():
            pairs.append(("Nom d'usage", self.usage))
        pairs += [("Prénom(s)", self.first_name), ("Date et lieu de naissance", self.birth_text)]
        return pairs


@dataclass(frozen=True, slots=True)
class Signatory:
    """Who signs a parchemin or a livret for the certifier (the session's issuer)."""

    authority: str  # the issuing authority, « DREETS Auvergne-Rhône-Alpes »
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class CcpLine:
    code: str
    name: str
    status: str = ""  # « acquis », « non acquis », « obtenu », « à obtenir »
    obtained_on: str = ""  # first date it was obtained, « 17/11/2023 »
    session_ref: str = ""  # the session it was obtained in
    justification: str = ""
    note: str = ""  # a draft's caveat, « correspondance RNCP34079 → RNCP39063 non vérifiée »
    origin: str = ""  # when held through a correspondence: « CCP1 de RNCP34079 »
    # The fiche individuelle quotes the grid (for information: marks decide nothing):
    marks: str = ""  # « Compétences : CP1 acquis, CP2 en cours d'acquisition »
    observations: tuple[str, ...] = ()  # « 08/12/2026 à 10:42, Claire Fontaine-Dumas — CP1, … : texte »


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
    attendance: str  # « Présence », « Absence », « Absence excusée »
    session_dates: str
    ccp_results: tuple[CcpLine, ...]
    decision_label: str  # « Décision sur le titre » / « Décision sur le CCS »
    decision: str  # « Titre attribué », « Titre non attribué », « Sans décision »…
    justification: str
    final_interview: str
    jurors: tuple[str, ...]
    blockers: tuple[str, ...]
    outcome: str  # « Parchemin », « Livret de certification », « Aucun document »
    closing: str = ""  # « Décision arrêtée le 8 décembre 2026 … »


@dataclass(frozen=True, slots=True)
class Slot:
    """One épreuve on a convocation: « Mise en situation professionnelle (CCP2) », its day,
    hours, room and duration (day « à fixer » and no hours when it is not scheduled yet)."""

    assessment: str
    day: str
    hours: str
    room: str
    duration: str


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
    slots: tuple[Slot, ...]
    instructions: tuple[str, ...]
    ccps_heading: str = "Certificats de compétences professionnelles présentés"


@dataclass(frozen=True, slots=True)
class PvRow:
    ref: str
    name: str  # « EL AMRANI Yasmine »: nom de naissance and prénom(s)
    usage_name: str  # « ROUX », or ""
    pathway: str
    attendance: str  # « Présence », « Absence », « Absence excusée »
    ccp_results: tuple[str, ...]  # (« CCP1 : acquis », « CCP2 : non acquis »), or (« — »,)
    decision: str  # « Titre attribué », « Sans décision », « — »
    document: str
    remarks: tuple[str, ...] = ()  # blockers' messages, « Déport : Nadia Benhamou »…


@dataclass(frozen=True, slots=True)
class PvData:
    meta: Meta
    title: TitleInfo
    centre: str
    address: str
    session_kind: str
    session_dates: str
    jurors: tuple[tuple[str, str], ...]  # (name, « habilitation valable jusqu'au … »)
    rows: tuple[PvRow, ...]
    revocations: tuple[str, ...]  # changes after sign-off, each with its reason
    signed_on: str  # « 8 décembre 2026 », "" before sign-off
    signers: tuple[str, ...]  # who signed off; on a draft, the habilitated jurors (empty boxes)
    counts: dict[str, int] = field(default_factory=dict)
    confirmations: tuple[str, ...] = ()  # what the signers confirmed (DOMAIN.md §7)


@dataclass(frozen=True, slots=True)
class EmargementRow:
    ref: str
    last_name: str  # nom de naissance, upper case
    usage_name: str
    first_name: str
    birth_date: str
    slots: tuple[str, ...] = ()  # « 8 h 30 – 11 h 00 · Mise en situation professionnelle · Salle Rhône »

    @property
    def name(self) -> str:
        return f"{self.last_name} {self.first_name}".strip()


@dataclass(frozen=True, slots=True)
class EmargementDay:
    label: str  # « lundi 7 décembre 2026 »
    rows: tuple[EmargementRow, ...]


@dataclass(frozen=True, slots=True)
class EmargementData:
    meta: Meta
    title: TitleInfo
    centre: str
    address: str
    session_dates: str
    days: tuple[EmargementDay, ...]  # one table per day of épreuves
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
    closing: str = ""


DocumentData = (
    ParcheminData | LivretData | FicheResultatsData | ConvocationData | PvData | EmargementData | FicheSyntheseData
)
