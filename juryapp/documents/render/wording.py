"""The fixed sentences of the documents, built from the data: one function per printed line.

Contract: the renderers draw exactly these strings, each whole on one line, and `printed_fields`
reports the same strings, so what is checked is what is printed. Nothing here says « sous
réserve » or « en cours »: an issued document states facts only.
"""

from __future__ import annotations

import datetime as dt

from ..data import Meta, Seal, TitleInfo

REPUBLIC = "RÉPUBLIQUE FRANÇAISE"
MOTTO = "Liberté · Égalité · Fraternité"
LIVRET_SCOPE = "Le présent livret certifie uniquement les blocs de compétences (CCP) listés ci-dessous."
LIVRET_SCOPE_NOTE = "Il ne vaut pas délivrance du titre professionnel complet."
CCS_NATURE = "certificat complémentaire de spécialisation"

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def french_date(day: dt.date) -> str:
    """« 1er juillet 2025 », « 20 juin 2025 »."""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {_MONTHS[day.month - 1]} {day.year}"


def place_date_line(meta: Meta) -> str:
    """Date and place of delivery: « Fait à Lyon, le 20 juin 2025 »."""
    return f"Fait à {meta.place}, le {french_date(meta.issued_on)}"


def title_line(title: TitleInfo) -> str:
    """« Titre professionnel Négociateur technico-commercial » (the exact name, unchanged)."""
    return f"Titre professionnel {title.name}"


def rncp_line(title: TitleInfo) -> str:
    """The RNCP registration and the arrêté de spécialité with its date."""
    line = f"Enregistré au RNCP sous le n° {title.code}"
    return f"{line} — {title.arrete}" if title.arrete else line


def nsf_line(title: TitleInfo) -> str:
    return f"Nomenclature des spécialités de formation (NSF) : {title.nsf}"


def reference_line(title: TitleInfo) -> str:
    """Compact reference for session documents: « RNCP39063 (TP-00338) — NSF 312t »."""
    tp = f" ({title.tp_code})" if title.tp_code else ""
    return f"{title.code}{tp} — NSF {title.nsf}"


def session_decision_line(session_ref: str, session_dates: str) -> str:
    """Parchemin: « par décision du jury de la session S-2025-06 (du 10 au 12 juin 2025) »."""
    line = f"par décision du jury de la session {session_ref}"
    return f"{line} ({session_dates})" if session_dates else line


def session_line(meta: Meta, session_dates: str = "") -> str:
    """Session documents: « Session S-2025-06 — du 10 au 12 juin 2025 »."""
    line = f"Session {meta.session_ref}"
    return f"{line} — {session_dates}" if session_dates else line


def ccs_parent_line(title: TitleInfo) -> str:
    """A CCS parchemin names the title the CCS belongs to."""
    return f"du titre professionnel {title.name}"


def code_line(seal: Seal) -> str:
    return f"Code de vérification : {seal.short_code}"


def duplicate_line(seal: Seal) -> str | None:
    """« DUPLICATA — remplace l'original n° … du … », or None for an original."""
    if not seal.duplicate_of:
        return None
    when = f" du {seal.duplicate_of_date}" if seal.duplicate_of_date else ""
    return f"DUPLICATA — remplace l'original n° {seal.duplicate_of}{when}"


def deadline_line(completion_deadline: str) -> str:
    return f"Date limite d'obtention des CCP restant à obtenir : {completion_deadline}"


def ccp_obtained_detail(code: str, obtained_on: str, session_ref: str, status: str) -> str:
    """How an obtained CCP is dated on a livret: « CCP1 obtenu le 15/06/2023 — session S-1 »."""
    parts = [f"{code} obtenu le {obtained_on}" if obtained_on else f"{code} {status}".strip()]
    if session_ref:
        parts.append(f"session {session_ref}")
    return " — ".join(parts)
