"""Demonstration sessions: realistic, fictional people, on the shipped NTC référentiels.

`demo_session_document("titre")` is a session titre on RNCP39063 caught in the middle of the
jury's day: some candidates decided, some not, one absent, one juror in conflict, one VAE
candidate blocked. `demo_session_document("ccp")` is a session CCP of capitalisation
candidates, one of whom holds a CCP of RNCP34079 carried over by the unverified correspondence.
"""

from __future__ import annotations

from typing import Any

from juryapp.errors import BadInput

TITLE = "RNCP39063"
OLD_TITLE = "RNCP34079"
ISSUER = {
    "authority": "DREETS Auvergne-Rhône-Alpes",
    "place": "Lyon",
    "signatory": "Hélène Marchand",
    "role": "Directrice régionale adjointe",
}


def _slot(candidate: str, kind: str, day: str, start: str, end: str, room: str, jurors: list[str], ccp=None):
    return {
        "candidate": candidate,
        "assessment": kind,
        "ccp": ccp,
        "room": room,
        "start": f"{day}T{start}",
        "end": f"{day}T{end}",
        "jurors": jurors,
    }


def _minutes(clock: str, minutes: int) -> str:
    hours, mins = map(int, clock.split(":"))
    total = hours * 60 + mins + minutes
    return f"{total // 60:02d}:{total % 60:02d}"


def _schedule_titre(refs: list[str], conflicted: dict[str, str]) -> list[dict[str, Any]]:
    """Two days, five candidates a day: the mise en situation and the questionnaire as a group in
    the morning, then one after the other the entretien technique and the entretien final."""
    slots = []
    for number, ref in enumerate(refs):
        day = "2026-12-07" if number < len(refs) // 2 else "2026-12-08"
        panel = ["J1", "J3"] if number % 2 else ["J1", "J2"]
        if conflicted.get(ref) in panel:
            panel = ["J1", "J2"]
        slots.append(_slot(ref, "mise_en_situation", day, "08:30", "11:00", "Salle Rhône", ["J1", "J2"]))
        slots.append(_slot(ref, "questionnaire_professionnel", day, "11:15", "12:15", "Salle Rhône", ["J1", "J2"]))
        start = _minutes("13:30", 55 * (number % (len(refs) // 2)))
        middle = _minutes(start, 30)
        slots.append(_slot(ref, "entretien_technique", day, start, middle, "Salle Saône", panel))
        slots.append(_slot(ref, "entretien_final", day, middle, _minutes(middle, 20), "Salle Saône", panel))
    return slots


def _candidate(ref: str, last: str, first: str, born: str, place: str, pathway: str, **extra: Any) -> dict[str, Any]:
    candidate: dict[str, Any] = {
        "ref": ref,
        "last_name": last,
        "first_name": first,
        "birth_date": born,
        "birth_place": place,
        "pathway": pathway,
        "from_training": pathway == "formation",
        "vae_admissibility_date": None,
        "experience_months": 0,
        "professional_dossier": True,
        "ecf": {"CCP1": True, "CCP2": True} if pathway == "formation" else {},
        "prior_ccps": [],
        "held_titles": [],
        "attendance": "present",
    }
    candidate.update(extra)
    return candidate


def _jurors(conflicts: dict[str, list[dict[str, str]]]) -> list[dict[str, Any]]:
    return [
        {
            "ref": "J1",
            "last_name": "Fontaine-Dumas",
            "first_name": "Claire",
            "habilitation_until": "2028-06-30",
            "conflicts": conflicts.get("J1", []),
        },
        {
            "ref": "J2",
            "last_name": "Lefèbvre",
            "first_name": "Marc-Antoine",
            "habilitation_until": "2027-03-31",
            "conflicts": conflicts.get("J2", []),
        },
        {
            "ref": "J3",
            "last_name": "Benhamou",
            "first_name": "Nadia",
            "habilitation_until": "2029-01-15",
            "conflicts": conflicts.get("J3", []),
        },
    ]


def _observations(candidate: str, rows: list[tuple[str, str, str]]) -> list[dict[str, str]]:
    return [
        {"candidate": candidate, "competency": cp, "assessment": kind, "observation": text} for cp, kind, text in rows
    ]


def _session_titre() -> dict[str, Any]:
    candidates = [
        _candidate("C01", "Durand", "Élodie", "1994-03-02", "Lyon (69)", "formation"),
        _candidate("C02", "Benali", "Karim", "1989-11-23", "Villeurbanne (69)", "formation"),
        _candidate(
            "C03",
            "L'Hôte",
            "Sophie",
            "1981-07-14",
            "Saint-Étienne (42)",
            "vae",
            vae_admissibility_date="2026-09-14",
            experience_months=38,
        ),
        _candidate("C04", "N'Diaye", "Jean-Marc", "1997-01-30", "Dakar (Sénégal)", "formation"),
        _candidate("C05", "Moreau", "Inès", "1990-05-14", "Grenoble (38)", "vae", experience_months=27),
        _candidate("C06", "Châtelain", "Thérèse", "1985-06-15", "Annecy (74)", "formation", attendance="absent"),
        _candidate("C07", "Dupré-Garnier", "François", "1999-12-08", "Bourg-en-Bresse (01)", "formation"),
        _candidate("C08", "Lemaître", "Zoé", "2000-04-19", "Vienne (38)", "formation", attendance="excused"),
        _candidate(
            "C09",
            "El Amrani",
            "Yasmine",
            "1992-02-29",
            "Casablanca (Maroc)",
            "vae",
            vae_admissibility_date="2026-06-02",
            experience_months=26,
            usage_name="Roux",
        ),
        _candidate("C10", "Le Goff", "Hervé", "1978-10-05", "Quimper (29)", "formation"),
    ]
    interview_notes = "Échange sur le dossier professionnel et le projet commercial du candidat."
    return {
        "session": {
            "ref": "2026-NTC-042",
            "title": TITLE,
            "kind": "titre",
            "ccps": [],
            "ccs": None,
            "centre": "Centre de formation des Terreaux (Lyon)",
            "place": "Salle Rhône, 12 rue des Capucins, 69001 Lyon",
            "start": "2026-12-07",
            "end": "2026-12-08",
            "issuer": ISSUER,
        },
        "schedule": _schedule_titre([c["ref"] for c in candidates], {"C04": "J3"}),
        "jurors": _jurors(
            {
                "J3": [
                    {
                        "candidate": "C04",
                        "kind": "employeur",
                        "note": "Candidat salarié de l'entreprise de Mme Benhamou en 2025",
                    }
                ]
            }
        ),
        "candidates": candidates,
        "evaluations": _observations(
            "C01",
            [
                ("CP1", "mise_en_situation", "Veille structurée, sources variées et citées."),
                ("CP3", "mise_en_situation", "Plan de prospection réaliste, ciblage argumenté."),
                ("CP7", "mise_en_situation", "Négociation maîtrisée, traitement des objections efficace."),
                (
                    "CP9",
                    "entretien_technique",
                    "Bonne connaissance des outils de gestion de la relation client.",
                ),
            ],
        )
        + _observations(
            "C02",
            [
                ("CP2", "mise_en_situation", "Plan d'actions cohérent avec les objectifs fixés."),
                ("CP6", "mise_en_situation", "Proposition incomplète : chiffrage absent."),
                ("CP7", "mise_en_situation", "Argumentation peu adaptée aux besoins du client."),
            ],
        )
        + _observations(
            "C07",
            [
                ("CP1", "mise_en_situation", "Veille pertinente mais peu exploitée."),
                ("CP2", "mise_en_situation", "Plan d'actions clair."),
            ],
        ),
        "results": [
            {
                "candidate": "C01",
                "ccp": "CCP1",
                "decision": "acquis",
                "jurors": ["J1", "J2"],
                "justification": "",
            },
            {
                "candidate": "C01",
                "ccp": "CCP2",
                "decision": "acquis",
                "jurors": ["J1", "J2"],
                "justification": "",
            },
            {
                "candidate": "C02",
                "ccp": "CCP1",
                "decision": "acquis",
                "jurors": ["J1", "J3"],
                "justification": "",
            },
            {
                "candidate": "C02",
                "ccp": "CCP2",
                "decision": "non_acquis",
                "jurors": ["J1", "J3"],
                "justification": "La proposition technique et commerciale n'est pas chiffrée et "
                "la négociation ne s'appuie pas sur les besoins identifiés.",
            },
            {
                "candidate": "C03",
                "ccp": "CCP1",
                "decision": "acquis",
                "jurors": ["J2", "J3"],
                "justification": "",
            },
        ],
        "final_interviews": [
            {"candidate": "C01", "held_on": "2026-12-07", "jurors": ["J1", "J2"], "notes": interview_notes},
            {"candidate": "C02", "held_on": "2026-12-07", "jurors": ["J1", "J3"], "notes": interview_notes},
        ],
        "title_decisions": [
            {"candidate": "C01", "decision": "awarded", "jurors": ["J1", "J2"], "justification": ""},
            {
                "candidate": "C02",
                "decision": "not_awarded",
                "jurors": ["J1", "J3"],
                "justification": "Les compétences du CCP2 ne sont pas démontrées ; le candidat "
                "pourra se présenter à ce CCP dans une prochaine session.",
            },
        ],
        "ccs_decisions": [],
    }


def _schedule_ccp(refs: list[str], conflicted: dict[str, str]) -> list[dict[str, Any]]:
    """One day on CCP2: the mise en situation and the questionnaire as a group, then the entretien
    technique one after the other, and the entretien final: every candidate holds CCP1, so CCP2 is
    their last CCP and the entretien final belongs to this session (DOMAIN.md §3)."""
    day = "2026-12-10"
    slots = []
    start = "10:45"
    for ref in refs:
        panel = ["J1", "J3"] if conflicted.get(ref) == "J2" else ["J1", "J2"]
        slots.append(_slot(ref, "mise_en_situation", day, "08:30", "09:45", "Salle Saône", panel, "CCP2"))
        slots.append(
            _slot(ref, "questionnaire_professionnel", day, "10:00", "10:30", "Salle Saône", ["J1", "J3"], "CCP2")
        )
        end = _minutes(start, 15)
        slots.append(_slot(ref, "entretien_technique", day, start, end, "Salle Saône", panel, "CCP2"))
        start = end
        end = _minutes(start, 20)
        slots.append(_slot(ref, "entretien_final", day, start, end, "Salle Saône", panel))
        start = end
    return slots


def _session_ccp() -> dict[str, Any]:
    def prior(title: str, ccp: str, day: str) -> dict[str, str]:
        return {"title": title, "ccp": ccp, "obtained_on": day}

    candidates = [
        _candidate(
            "K01",
            "Gauthier",
            "Marion",
            "1991-09-21",
            "Mâcon (71)",
            "capitalisation",
            prior_ccps=[prior(TITLE, "CCP1", "2025-06-20")],
        ),
        _candidate(
            "K02",
            "Haddad",
            "Rachid",
            "1986-03-11",
            "Oran (Algérie)",
            "capitalisation",
            prior_ccps=[prior(OLD_TITLE, "CCP1", "2023-11-17")],
        ),
        _candidate(
            "K03",
            "Fournier",
            "Léa",
            "1998-08-01",
            "Chambéry (73)",
            "capitalisation",
            from_training=True,
            ecf={"CCP2": True},
            prior_ccps=[prior(TITLE, "CCP1", "2026-03-27")],
        ),
        _candidate(
            "K04",
            "d'Almeida",
            "Bruno",
            "1975-12-24",
            "Porto (Portugal)",
            "capitalisation",
            prior_ccps=[prior(TITLE, "CCP1", "2025-12-12")],
        ),
        _candidate(
            "K05",
            "Petit",
            "Sandrine",
            "1993-05-06",
            "Roanne (42)",
            "capitalisation",
            from_training=True,
            ecf={},
            prior_ccps=[prior(TITLE, "CCP1", "2026-06-19")],
        ),
        _candidate(
            "K06",
            "Rousseau",
            "Mathéo",
            "2001-01-17",
            "Valence (26)",
            "capitalisation",
            prior_ccps=[prior(TITLE, "CCP1", "2026-06-19")],
            attendance="absent",
        ),
    ]
    return {
        "session": {
            "ref": "2026-NTC-CCP2-007",
            "title": TITLE,
            "kind": "ccp",
            "ccps": ["CCP2"],
            "ccs": None,
            "centre": "Centre de formation des Terreaux (Lyon)",
            "place": "Salle Saône, 12 rue des Capucins, 69001 Lyon",
            "start": "2026-12-10",
            "end": "2026-12-10",
            "issuer": ISSUER,
        },
        "schedule": _schedule_ccp([c["ref"] for c in candidates], {"K03": "J2"}),
        "jurors": _jurors(
            {"J2": [{"candidate": "K03", "kind": "formateur", "note": "Formateur de la candidate en 2026"}]}
        ),
        "candidates": candidates,
        "evaluations": _observations(
            "K01",
            [
                ("CP6", "mise_en_situation", "Proposition chiffrée, argumentaire adapté."),
                ("CP7", "mise_en_situation", "Conclusion de la vente bien menée."),
            ],
        ),
        "results": [
            {
                "candidate": "K01",
                "ccp": "CCP2",
                "decision": "acquis",
                "jurors": ["J1", "J3"],
                "justification": "",
            },
            {
                "candidate": "K03",
                "ccp": "CCP2",
                "decision": "non_acquis",
                "jurors": ["J1", "J3"],
                "justification": "La proposition ne répond pas au cahier des charges du client.",
            },
        ],
        "final_interviews": [
            {
                "candidate": "K01",
                "held_on": "2026-12-10",
                "jurors": ["J1", "J3"],
                "notes": "Entretien final au vu du livret de certification.",
            },
        ],
        "title_decisions": [
            {"candidate": "K01", "decision": "awarded", "jurors": ["J1", "J3"], "justification": ""},
        ],
        "ccs_decisions": [],
    }


def demo_session_document(kind: str = "titre") -> dict[str, Any]:
    """A juryapp.session/1 document for a demonstration session of the given kind."""
    builders = {"titre": _session_titre, "ccp": _session_ccp}
    if kind not in builders:
        raise BadInput(f"type de démonstration « {kind} » inconnu (titre ou ccp)")
    return {"format": "juryapp.session/1", "referentiels": [], **builders[kind](), "sign_off": None}
