"""The codes of DOMAIN.md §6: their kind, their meaning in French and what would fix them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from juryapp.rules.phrases import Part


class Code(StrEnum):
    """In the order of DOMAIN.md §6, which is also the order findings are reported in."""

    TITLE_NOT_OPEN = "TITLE_NOT_OPEN"
    PATHWAY_NOT_FOR_SESSION = "PATHWAY_NOT_FOR_SESSION"
    NO_ADMISSION_GROUND = "NO_ADMISSION_GROUND"
    PRIOR_DATED_AFTER_SESSION = "PRIOR_DATED_AFTER_SESSION"
    DUPLICATE_CANDIDATE = "DUPLICATE_CANDIDATE"
    TITLE_ALREADY_HELD = "TITLE_ALREADY_HELD"
    CCS_ALREADY_HELD = "CCS_ALREADY_HELD"
    VAE_NO_ADMISSIBILITY = "VAE_NO_ADMISSIBILITY"
    VAE_EXPERIENCE_TOO_SHORT = "VAE_EXPERIENCE_TOO_SHORT"
    NO_PROFESSIONAL_DOSSIER = "NO_PROFESSIONAL_DOSSIER"
    ECF_MISSING = "ECF_MISSING"
    CCS_TITLE_NOT_HELD = "CCS_TITLE_NOT_HELD"
    CCS_NO_TRAINING_OR_EXPERIENCE = "CCS_NO_TRAINING_OR_EXPERIENCE"
    JURY_TOO_SMALL = "JURY_TOO_SMALL"
    JUROR_CONFLICT = "JUROR_CONFLICT"
    JUROR_HABILITATION_EXPIRED = "JUROR_HABILITATION_EXPIRED"
    JUSTIFICATION_MISSING = "JUSTIFICATION_MISSING"
    RESULT_FOR_UNEXAMINED_CCP = "RESULT_FOR_UNEXAMINED_CCP"
    TITLE_AWARD_INCOMPLETE = "TITLE_AWARD_INCOMPLETE"
    FINAL_INTERVIEW_MISSING = "FINAL_INTERVIEW_MISSING"
    FINAL_INTERVIEW_OUTSIDE_SESSION = "FINAL_INTERVIEW_OUTSIDE_SESSION"
    CCP_ALREADY_HELD = "CCP_ALREADY_HELD"
    PRIOR_CCP_NOT_MAPPED = "PRIOR_CCP_NOT_MAPPED"
    CORRESPONDENCE_UNVERIFIED = "CORRESPONDENCE_UNVERIFIED"
    ALL_CCPS_HELD_TITLE_NOT_AWARDED = "ALL_CCPS_HELD_TITLE_NOT_AWARDED"


@dataclass(frozen=True, slots=True)
class CodeInfo:
    blocker: bool
    # True when the code is about recorded decisions (results, interview, title or CCS decision):
    # such a blocker leaves `admissible` true. JURY_TOO_SMALL is both: about the candidate's file
    # when the session has too few jurors for them, about a decision when one names too few.
    about_decisions: bool
    label: str
    remedy: str


CODE_INFO: dict[Code, CodeInfo] = {
    Code.TITLE_NOT_OPEN: CodeInfo(
        True,
        False,
        "Titre non ouvert aux dates de la session",
        "Choisir la version du titre en vigueur aux dates de la session, ou enregistrer sa prorogation.",
    ),
    Code.PATHWAY_NOT_FOR_SESSION: CodeInfo(
        True,
        False,
        "Parcours sans rapport avec le type de session",
        "Formation et VAE se présentent en session titre, la capitalisation en session CCP, le CCS en session CCS.",
    ),
    Code.NO_ADMISSION_GROUND: CodeInfo(
        True,
        False,
        "Aucun motif d'admission en session CCP",
        "Il faut un CCP déjà obtenu du titre, un parcours de formation ou une recevabilité VAE.",
    ),
    Code.PRIOR_DATED_AFTER_SESSION: CodeInfo(
        True,
        False,
        "Acquis daté après la session",
        "Corriger la date d'obtention du CCP, du titre ou du CCS déjà détenu.",
    ),
    Code.DUPLICATE_CANDIDATE: CodeInfo(
        True,
        False,
        "Candidat inscrit deux fois",
        "Retirer l'une des deux inscriptions de la même personne.",
    ),
    Code.TITLE_ALREADY_HELD: CodeInfo(
        True,
        False,
        "Titre déjà détenu",
        "Le candidat détient déjà ce titre : il n'a pas à se présenter à cette session.",
    ),
    Code.CCS_ALREADY_HELD: CodeInfo(
        True,
        False,
        "CCS déjà détenu",
        "Le candidat détient déjà ce CCS : il n'a pas à se présenter à cette session.",
    ),
    Code.VAE_NO_ADMISSIBILITY: CodeInfo(
        True,
        False,
        "Recevabilité VAE absente",
        "Enregistrer la date de la notification de recevabilité de la DREETS, "
        "au plus tard le premier jour de la session.",
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
        True,
        "Jury insuffisant",
        "Chaque décision est prise par au moins deux jurés habilités à la date de la session et sans conflit "
        "d'intérêts avec le candidat.",
    ),
    Code.JUROR_CONFLICT: CodeInfo(
        True,
        True,
        "Juré en conflit d'intérêts",
        "Retirer le juré en conflit des épreuves, de l'entretien final et des décisions du candidat.",
    ),
    Code.JUROR_HABILITATION_EXPIRED: CodeInfo(
        True,
        True,
        "Juré non habilité",
        "Un juré dont l'habilitation ne couvre pas la session ne prend part à aucune décision.",
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
        "Retirer le résultat : ce CCP n'est pas examiné pour ce candidat dans cette session.",
    ),
    Code.TITLE_AWARD_INCOMPLETE: CodeInfo(
        True,
        True,
        "Attribution du titre incomplète",
        "Le titre ne peut être attribué que lorsque tous ses CCP sont détenus et qu'aucun n'est déclaré non acquis.",
    ),
    Code.FINAL_INTERVIEW_MISSING: CodeInfo(
        True,
        True,
        "Entretien final manquant",
        "Enregistrer l'entretien final avant d'attribuer le titre ou le CCS.",
    ),
    Code.FINAL_INTERVIEW_OUTSIDE_SESSION: CodeInfo(
        True,
        True,
        "Entretien final hors session",
        "L'entretien final se tient pendant la session : corriger sa date.",
    ),
    Code.CCP_ALREADY_HELD: CodeInfo(
        False,
        False,
        "CCP déjà détenu",
        "Ce CCP n'a pas besoin de résultat : un « non acquis » ne le retire jamais.",
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
        "Vérifier la table de correspondance dans l'arrêté de révision du titre ; elle est confirmée à la clôture.",
    ),
    Code.ALL_CCPS_HELD_TITLE_NOT_AWARDED: CodeInfo(
        False,
        True,
        "Tous les CCP détenus, titre non attribué",
        "Le jury a refusé le titre alors que tous ses CCP sont détenus : vérifier la motivation.",
    ),
}

# Blockers about the candidate's file (DOMAIN.md §6, `admissible`); JURY_TOO_SMALL is one only
# when the session's jurors are too few for the candidate (see Findings).
FILE_CODES = frozenset(code for code, info in CODE_INFO.items() if info.blocker and not info.about_decisions)


def is_blocker(code: Code) -> bool:
    return CODE_INFO[code].blocker


@dataclass(frozen=True, slots=True)
class Finding:
    """One code raised for one candidate, with a French sentence about their situation.

    `about_file` is true for a blocker about the candidate's file (it makes them not admissible).
    `parts`: how `message` is made, each of its sentences as a template of
    `juryapp.rules.messages` with its values, for an interface to translate
    (`juryapp.rules.phrases.sentence(parts)` is `message`); empty for a finding made otherwise.
    """

    code: Code
    message: str
    about_file: bool = False
    parts: tuple[Part, ...] = field(default=(), compare=False, repr=False)

    @property
    def blocker(self) -> bool:
        return CODE_INFO[self.code].blocker

    @property
    def remedy(self) -> str:
        return CODE_INFO[self.code].remedy

    def to_json(self) -> dict[str, str]:
        return {"code": self.code.value, "message": self.message}
