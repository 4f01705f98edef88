"""The codes of DOMAIN.md §6: their kind, their meaning in French and what would fix them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Code(StrEnum):
    TITLE_NOT_OPEN = "TITLE_NOT_OPEN"
    VAE_NO_ADMISSIBILITY = "VAE_NO_ADMISSIBILITY"
    VAE_EXPERIENCE_TOO_SHORT = "VAE_EXPERIENCE_TOO_SHORT"
    NO_PROFESSIONAL_DOSSIER = "NO_PROFESSIONAL_DOSSIER"
    ECF_MISSING = "ECF_MISSING"
    CCS_TITLE_NOT_HELD = "CCS_TITLE_NOT_HELD"
    CCS_NO_TRAINING_OR_EXPERIENCE = "CCS_NO_TRAINING_OR_EXPERIENCE"
    JURY_TOO_SMALL = "JURY_TOO_SMALL"
    JUROR_CONFLICT = "JUROR_CONFLICT"
    JUSTIFICATION_MISSING = "JUSTIFICATION_MISSING"
    RESULT_FOR_UNEXAMINED_CCP = "RESULT_FOR_UNEXAMINED_CCP"
    TITLE_AWARD_INCOMPLETE = "TITLE_AWARD_INCOMPLETE"
    FINAL_INTERVIEW_MISSING = "FINAL_INTERVIEW_MISSING"
    JUROR_HABILITATION_EXPIRED = "JUROR_HABILITATION_EXPIRED"
    CCP_ALREADY_HELD = "CCP_ALREADY_HELD"
    PRIOR_CCP_NOT_MAPPED = "PRIOR_CCP_NOT_MAPPED"
    CORRESPONDENCE_UNVERIFIED = "CORRESPONDENCE_UNVERIFIED"
    ALL_CCPS_HELD_TITLE_NOT_AWARDED = "ALL_CCPS_HELD_TITLE_NOT_AWARDED"


@dataclass(frozen=True, slots=True)
class CodeInfo:
    blocker: bool
    about_decisions: bool
    label: str
    remedy: str


CODE_INFO: dict[Code, CodeInfo] = {
    Code.TITLE_NOT_OPEN: CodeInfo(
        True,
        False,
        "Titre non ouvert à la date de la session",
        "Choisir la version du titre en vigueur à la date de la session.",
    ),
    Code.VAE_NO_ADMISSIBILITY: CodeInfo(
        True,
        False,
        "Recevabilité VAE absente",
        "Enregistrer la date de la notification de recevabilité de la DREETS, antérieure à la fin de la session.",
    ),
    Code.VAE_EXPERIENCE_TOO_SHORT: CodeInfo(
        True,
        False,
        "Expérience insuffisante pour la VAE",
        "La VAE demande au moins 12 mois d'expérience en rapport avec le titre.",
    ),
    Code.NO_PROFESSIONAL_DOSSIER: CodeInfo(
        True,
        False,
        "Dossier professionnel absent",
        "Enregistrer la réception du dossier professionnel (DP) du candidat.",
    ),
    Code.ECF_MISSING: CodeInfo(
        True,
        False,
        "Résultats des ECF manquants",
        "Enregistrer les résultats des évaluations passées en cours de formation.",
    ),
    Code.CCS_TITLE_NOT_HELD: CodeInfo(
        True,
        False,
        "Titre professionnel non détenu",
        "Le CCS n'est accessible qu'aux titulaires du titre auquel il est associé.",
    ),
    Code.CCS_NO_TRAINING_OR_EXPERIENCE: CodeInfo(
        True,
        False,
        "Ni formation ni expérience d'un an",
        "Le CCS demande un parcours de formation ou au moins 12 mois d'expérience dans le métier.",
    ),
    Code.JURY_TOO_SMALL: CodeInfo(
        True,
        False,
        "Jury insuffisant",
        "Il faut au moins deux jurés habilités à la date de la session et sans conflit d'intérêts avec le candidat.",
    ),
    Code.JUROR_CONFLICT: CodeInfo(
        True,
        True,
        "Juré en conflit d'intérêts",
        "Retirer le juré en conflit des évaluations, de l'entretien final et des décisions du candidat.",
    ),
    Code.JUSTIFICATION_MISSING: CodeInfo(
        True,
        True,
        "Motivation manquante",
        "Une décision défavorable doit être motivée par écrit.",
    ),
    Code.RESULT_FOR_UNEXAMINED_CCP: CodeInfo(
        True,
        True,
        "Résultat pour un CCP non examiné",
        "Retirer le résultat : ce CCP n'est pas examiné dans cette session.",
    ),
    Code.TITLE_AWARD_INCOMPLETE: CodeInfo(
        True,
        True,
        "Attribution du titre incomplète",
        "Le titre ne peut être attribué que lorsque tous ses CCP sont acquis.",
    ),
    Code.FINAL_INTERVIEW_MISSING: CodeInfo(
        True,
        True,
        "Entretien final manquant",
        "Enregistrer l'entretien final avant d'attribuer le titre ou le CCS.",
    ),
    Code.JUROR_HABILITATION_EXPIRED: CodeInfo(
        False,
        True,
        "Habilitation de juré expirée",
        "Vérifier l'habilitation du juré auprès de la DREETS.",
    ),
    Code.CCP_ALREADY_HELD: CodeInfo(
        False,
        False,
        "CCP déjà détenu",
        "Vérifier l'inscription du candidat à ce CCP.",
    ),
    Code.PRIOR_CCP_NOT_MAPPED: CodeInfo(
        False,
        False,
        "CCP antérieur sans correspondance",
        "Le candidat doit se présenter à ce CCP du titre révisé.",
    ),
    Code.CORRESPONDENCE_UNVERIFIED: CodeInfo(
        False,
        False,
        "Correspondance non vérifiée",
        "Vérifier la table de correspondance dans l'arrêté de révision du titre.",
    ),
    Code.ALL_CCPS_HELD_TITLE_NOT_AWARDED: CodeInfo(
        False,
        True,
        "Tous les CCP acquis, titre non attribué",
        "Le jury peut attribuer le titre après l'entretien final.",
    ),
}


def is_blocker(code: Code) -> bool:
    return CODE_INFO[code].blocker


@dataclass(frozen=True, slots=True)
class Finding:
    """One code raised for one candidate, with a French sentence about their situation."""

    code: Code
    message: str

    @property
    def blocker(self) -> bool:
        return CODE_INFO[self.code].blocker

    @property
    def remedy(self) -> str:
        return CODE_INFO[self.code].remedy

    def to_json(self) -> dict[str, str]:
        return {"code": self.code.value, "message": self.message}
