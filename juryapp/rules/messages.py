"""The French sentences of the findings (DOMAIN.md §6) and of the sign-off (§7), as templates with
named values.

Each check adds its finding as a template of `MESSAGES` with its values (`Findings.add`); pieces
of sentence that vary (a pathway, a kind of session, a recorded decision…) are templates of
`WORDS`, put in as `Phrase` values. scripts/build_translations.py extracts both tables (and the
list template of `juryapp.rules.phrases`): the interface translates each template on its own,
then fills it (`juryapp.rules.phrases.sentence`). A template is a whole sentence, so that a
translation may put its words in its own order.

The sign-off (`juryapp.rules.sign_off`) writes its subjects to confirm, the outcomes still to
decide and why a sign-off is refused with `SIGN_OFF_MESSAGES` and the pieces `SIGN_OFF_WORDS`.
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

# The sign-off (DOMAIN.md §7): `Subject.parts`, and the `Said` lines of `SignOffNeeds` and of
# `sign_off_problems`. {who} is « C03 (L'HÔTE Sophie) »; the dates are written « 08/12/2026 ».
SIGN_OFF_MESSAGES = {
    # SignOffNeeds.undecided: an outcome still to decide ({missing}: a piece of SIGN_OFF_WORDS)
    "still_to_decide": "{who} : {missing}",
    # SignOffNeeds.absent_with_records ({records}: pieces of SIGN_OFF_WORDS)
    "absent_with_records": "{who} est absent, mais son dossier porte : {records}",
    "excused_with_records": "{who} est excusé, mais son dossier porte : {records}",
    # Subject.parts: a blocked candidate (the messages of their blocking findings), unverified data
    "blocked_candidate": "{who} : sans décision ({findings})",
    "unverified_title": "{title} : {facts}",
    "unverified_correspondence": "table de correspondance {old} → {new} (non vérifiée), utilisée pour {ref}",
    # sign_off_problems
    "unreadable_moment": "horodatage de clôture invalide « {at} »",
    "signed_too_early": "clôture datée du {day}, avant le dernier jour de la session ({first})",
    "signed_too_late": (
        "clôture datée du {day}, plus de {days} jours après la fin de la session ({first}) : une délibération "
        "plus tardive change d'abord les dates de la session"
    ),
    "too_few_signers": "la clôture est signée par au moins {minimum} jurés ({count} signataire(s))",
    "unknown_signer": "signataire « {ref} » inconnu",
    "signer_not_habilitated": (
        "l'habilitation de {juror} ne couvre pas le {day} (habilitation jusqu'au {until}) : signature impossible"
    ),
    "signer_in_conflict": (
        "{juror} signe mais a pris part aux décisions de {candidates}, avec qui il ou elle est en conflit"
    ),
    "confirmed_by_non_signer": "la confirmation de « {subject} » est donnée par {by}, qui ne signe pas",
    "confirmation_without_reference": "la confirmation de « {subject} » ne porte aucune référence",
    "confirmation_without_name": "la confirmation de {who} ne porte pas son nom (« {reference} »)",
    "confirmation_not_needed": (
        "« {subject} » n'a pas à être confirmé (ni candidat bloqué présent, ni donnée non vérifiée utilisée "
        "par la session)"
    ),
    "candidate_not_confirmed": "{what} : à faire confirmer par un juré signataire, par son nom",
    "data_not_confirmed": "{what} : à faire confirmer par un juré signataire, avec la référence du texte officiel",
}
SIGN_OFF_WORDS = {
    # What is still to decide for a candidate (still_to_decide)
    "no_title_decision": "aucune décision sur le titre",
    "no_ccs_decision": "aucune décision sur le CCS",
    "no_result": "aucun résultat pour {ccps}",
    "all_ccps_held": "tous les CCP sont détenus : aucune décision sur le titre",
    "after_interview": "{missing} (après l'entretien final)",
    # The records of an absent or excused candidate (absent_with_records)
    "ccp_result": "résultat du {ccp}",
    "final_interview": "entretien final",
    "title_decision": "décision sur le titre",
    "ccs_decision": "décision sur le CCS",
    # What a référentiel states without an official source (`Referentiel.unverified_facts`, same text)
    "referentiel_unverified": "référentiel non vérifié",
    "arrete_unverified": "arrêté non vérifié",
}
