"""The French sentences of the findings (DOMAIN.md §6), as templates with named values.

Each check adds its finding as a template of `MESSAGES` with its values (`Findings.add`); pieces
of sentence that vary (a pathway, a kind of session, a recorded decision…) are templates of
`WORDS`, put in as `Phrase` values. scripts/build_translations.py extracts both tables (and the
list template of `juryapp.rules.phrases`): the interface translates each template on its own,
then fills it (`juryapp.rules.phrases.sentence`). A template is a whole sentence, so that a
translation may put its words in its own order.
"""

from __future__ import annotations

MESSAGES = {
    # TITLE_NOT_OPEN
    "title_not_yet_open": "Le titre {title} n'entre en vigueur que le {valid_from} ; la session commence le {start}",
    "title_closed_grace": (
        "Le titre {title} est clôturé depuis le {end} : seul un candidat détenant déjà un de ses CCP peut "
        "s'y présenter, en session CCP, jusqu'au {grace_end}"
    ),
    "title_ended": "Le titre {title} n'est plus en vigueur depuis le {end} ; la session se termine le {day}",
    "title_ended_successor": (
        "Le titre {title} n'est plus en vigueur depuis le {end} ; la session se termine le {day} "
        "(version suivante : {successor})"
    ),
    "title_ended_prorogation": (
        "Le titre {title} n'est plus en vigueur depuis le {end} ; la session se termine le {day} ; "
        "enregistrez sa prorogation si elle a été publiée"
    ),
    # PATHWAY_NOT_FOR_SESSION
    "pathway_not_for_session": "{who} se présente à {expected}, pas à {kind}",
    # NO_ADMISSION_GROUND
    "no_admission_ground": (
        "Aucun CCP du titre déjà obtenu, pas de parcours de formation ni de recevabilité VAE au {start} : "
        "rien n'ouvre la session CCP à ce candidat"
    ),
    # PRIOR_DATED_AFTER_SESSION
    "prior_ccp_after_session": "{ccp} du {title} déclaré obtenu le {obtained}, après la fin de la session ({end})",
    "held_ccs_after_session": (
        "Le CCS {ccs} du {title} déclaré obtenu le {obtained}, après la fin de la session ({end})"
    ),
    "held_title_after_session": "Le titre {title} déclaré obtenu le {obtained}, après la fin de la session ({end})",
    # DUPLICATE_CANDIDATE
    "duplicate_candidate": (
        "Même personne (nom de naissance, prénom et date de naissance) que {others} : une seule inscription peut rester"
    ),
    # TITLE_ALREADY_HELD, CCS_ALREADY_HELD
    "title_already_held": "Le candidat détient déjà le titre {title}",
    "ccs_already_held": "Le candidat détient déjà le CCS {ccs} du {title}",
    # VAE_NO_ADMISSIBILITY, VAE_EXPERIENCE_TOO_SHORT
    "vae_no_admissibility": "Recevabilité VAE absente : notification de la DREETS requise avant la session",
    "vae_admissibility_late": "Recevabilité VAE notifiée le {notified}, après le début de la session ({start})",
    "vae_experience_too_short": (
        "Expérience de {months} mois en rapport avec le titre : la VAE en demande au moins {minimum}"
    ),
    # NO_PROFESSIONAL_DOSSIER, ECF_MISSING
    "no_professional_dossier": "Dossier professionnel (DP) non reçu : le jury ne peut pas délibérer sans lui",
    "ecf_missing": (
        "Résultats des évaluations en cours de formation (ECF) manquants pour {ccps} : "
        "candidat issu d'un parcours de formation"
    ),
    # CCS_TITLE_NOT_HELD, CCS_NO_TRAINING_OR_EXPERIENCE
    "ccs_title_not_held": (
        "Le candidat ne détient pas le titre {title} (ni une version antérieure) auquel le CCS {ccs} est associé"
    ),
    "ccs_no_training_or_experience": (
        "Candidat sans parcours de formation, avec {months} mois d'expérience dans le métier : "
        "il en faut au moins {minimum}"
    ),
    # JURY_TOO_SMALL: the session's jurors, then why each other juror is left out (one sentence each)
    "jury_too_small": (
        "Jury insuffisant pour ce candidat : jurés habilités et sans conflit : {count} ({names}), "
        "il en faut au moins {minimum}"
    ),
    "juror_left_out_conflict": "{juror} est en conflit ({conflict})",
    "juror_left_out_habilitation": "l'habilitation de {juror} ne couvre pas le {day}",
    # JURY_TOO_SMALL: a recorded decision
    "decision_names_too_few": (
        "{what} ne nomme que {named} parmi les jurés habilités et sans conflit : il en faut au moins deux"
    ),
    "decision_names_none": (
        "{what} ne nomme aucun juré parmi les jurés habilités et sans conflit : il en faut au moins deux"
    ),
    # JUROR_CONFLICT
    "conflicted_juror_scheduled": (
        "{juror}, en conflit avec le candidat ({conflict}), figure au planning sur son épreuve du {day} à {time}"
    ),
    "conflicted_juror_named": "{juror}, en conflit avec le candidat ({conflict}), figure sur {records}",
    # JUROR_HABILITATION_EXPIRED
    "juror_not_habilitated": (
        "{juror} figure sur {records} mais son habilitation ne couvre pas le {day} (habilitation jusqu'au {until})"
    ),
    # RESULT_FOR_UNEXAMINED_CCP
    "result_for_unexamined_ccp": "Résultat enregistré pour {ccp}, que le candidat ne présente pas dans cette session",
    # JUSTIFICATION_MISSING
    "ccp_failed_without_reason": "{ccp} déclaré non acquis sans motivation écrite",
    "title_refused_without_reason": "Titre non attribué sans motivation écrite",
    "ccs_refused_without_reason": "CCS non attribué sans motivation écrite",
    # TITLE_AWARD_INCOMPLETE
    "title_awarded_ccp_failed": "Titre attribué alors que {ccps} est déclaré non acquis dans cette session",
    "title_awarded_ccp_missing": "Titre attribué alors que {ccps} reste à obtenir",
    # FINAL_INTERVIEW_MISSING, FINAL_INTERVIEW_OUTSIDE_SESSION
    "title_awarded_without_interview": "Le titre est attribué sans entretien final enregistré",
    "ccs_awarded_without_interview": "Le CCS est attribué sans entretien final enregistré",
    "interview_not_dated": "L'entretien final n'est pas daté",
    "interview_outside_session": "Entretien final daté du {held_on}, hors de la session (du {start} au {end})",
    # PRIOR_CCP_NOT_MAPPED, CORRESPONDENCE_UNVERIFIED, CCP_ALREADY_HELD
    "prior_ccp_not_mapped": "{ccp} du {old} ne compte pas dans le {title} : {why}",
    "prior_ccp_not_mapped_dated": "{ccp} du {old} (obtenu le {obtained}) ne compte pas dans le {title} : {why}",
    "correspondence_unverified": (
        "{ccp} du {old} est repris comme {codes} du {title} par une table de correspondance non vérifiée"
    ),
    "correspondence_unverified_dated": (
        "{ccp} du {old} (obtenu le {obtained}) est repris comme {codes} du {title} par une table de "
        "correspondance non vérifiée"
    ),
    "ccp_already_held": "Le candidat présente {ccps}, qu'il détient déjà : aucun résultat n'est nécessaire",
    # ALL_CCPS_HELD_TITLE_NOT_AWARDED
    "all_ccps_held_title_not_awarded": (
        "Tous les CCP du titre sont détenus à l'issue de la session, mais le titre n'est pas attribué"
    ),
}

# Pieces of the sentences above (`Phrase` values).
PATHWAY_WORDS = {
    "formation": "un candidat issu d'un parcours de formation",
    "vae": "un candidat en VAE",
    "capitalisation": "un candidat en capitalisation",
    "ccs": "un candidat au CCS",
}
SESSION_WORDS = {"titre": "une session titre", "ccp": "une session CCP", "ccs": "une session CCS"}
WORDS = {
    # A value the tables do not know (an unexpected pathway), as it is.
    "raw": "{text}",
    "no_juror": "aucun",
    "others": "{count} autres",  # the end of a long list of candidates: « C2, C3, C4, C5, C6 et 12 autres »
    "conflict_with_note": "{label} : {note}",
    # The recorded decisions a juror is named on (CandidateRecords.decisions).
    "ccp_result": "le résultat du {ccp}",
    "final_interview": "l'entretien final",
    "title_decision": "la décision sur le titre",
    "ccs_decision": "la décision sur le CCS",
    # Why a CCP held under another title does not count (PRIOR_CCP_NOT_MAPPED).
    "no_correspondence": "aucune table de correspondance n'y conduit",
    "not_in_correspondence": "la table de correspondance ne le reprend pas",
}
