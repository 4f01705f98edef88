"""The fixed sentences of the documents, built from the data: one function per printed line.

Contract: the renderers draw exactly these strings, each whole on one line (a "\\n" marks where
a two-line template element breaks), and `printed_fields` reports the same strings, so what is
checked is what is printed. Nothing here says « sous réserve » or « en cours », nor agrees with a
gender the application does not record (no « né(e) »): an issued document states facts only.
"""

from __future__ import annotations

from juryapp.rules.wording import french_date

from ..data import CcpLine, Meta, Seal, Signatory, TitleInfo

REPUBLIC = "RÉPUBLIQUE FRANÇAISE"
MOTTO = "Liberté · Égalité · Fraternité"
CERTIFIER_PHRASE = "le ministère chargé de l'emploi"
LIVRET_SCOPE = "Le présent livret certifie uniquement les blocs de compétences (CCP) listés ci-dessous."
LIVRET_SCOPE_NOTE = "Il ne vaut pas délivrance du titre professionnel complet."
CCS_NATURE = "certificat complémentaire de spécialisation"
DATE_TO_FILL = "[date de signature du procès-verbal]"
DELEGATION = "Pour le ministre chargé de l'emploi et par délégation,"


def place_date_line(meta: Meta) -> str:
    """Place and date of delivery: « Fait à Lyon, le 8 décembre 2026 » (the sign-off date; on a
    draft of a session not signed off yet, the date is left to be filled)."""
    when = french_date(meta.issued_on) if meta.issued_on else DATE_TO_FILL
    return f"Fait à {meta.place}, le {when}"


def delegation_line(signatory: Signatory) -> str:
    """The certifier's delegation to the issuing authority, on two lines."""
    return f"{DELEGATION}\n{signatory.authority}"


def title_line(title: TitleInfo) -> str:
    """« Titre professionnel Négociateur technico-commercial » (the exact name, unchanged)."""
    return f"Titre professionnel {title.name}"


def rncp_line(title: TitleInfo) -> str:
    """The RNCP registration, once, and the arrêté de spécialité with its date when known."""
    line = f"Enregistré au RNCP sous le n° {title.code}"
    return f"{line} — {title.arrete}" if title.arrete else line


def nsf_line(title: TitleInfo) -> str:
    return f"Nomenclature des spécialités de formation (NSF) : {title.nsf}"


def reference_line(title: TitleInfo) -> str:
    """Session documents: « RNCP39063 (TP-00338) — NSF 312t — Arrêté du 17 mai 2024 (JO du …) »."""
    tp = f" ({title.tp_code})" if title.tp_code else ""
    line = f"{title.code}{tp} — NSF {title.nsf}"
    return f"{line} — {title.arrete}" if title.arrete else line


def session_decision_line(session_ref: str, session_dates: str) -> str:
    """Parchemin: « par décision du jury de la session S-2025-06 (du 10/06/2025 au 12/06/2025) »."""
    line = f"par décision du jury de la session {session_ref}"
    return f"{line} ({session_dates})" if session_dates else line


def session_line(meta: Meta, session_dates: str = "") -> str:
    """Session documents: « Session S-2025-06 — du 10/06/2025 au 12/06/2025 »."""
    line = f"Session {meta.session_ref}"
    return f"{line} — {session_dates}" if session_dates else line


def ccs_parent_line(title: TitleInfo) -> str:
    """A CCS parchemin names the title the CCS belongs to."""
    return f"du titre professionnel {title.name}"


def code_line(seal: Seal) -> str:
    return f"Code de vérification : {seal.short_code}"


def duplicate_line(seal: Seal) -> str | None:
    """« DUPLICATA n° 2 de l'original n° … du 08/12/2026 — Duplicata délivré le 15/12/2026 »,
    or None for an original."""
    if not seal.duplicate_of:
        return None
    number = f" n° {seal.duplicate_number}" if seal.duplicate_number else ""
    when = f" du {seal.duplicate_of_date}" if seal.duplicate_of_date else ""
    line = f"DUPLICATA{number} de l'original n° {seal.duplicate_of}{when}"
    return f"{line} — Duplicata délivré le {seal.reprinted_on}" if seal.reprinted_on else line


def deadline_line(completion_deadline: str) -> str:
    return f"Date limite d'obtention du titre : {completion_deadline}"


def ccp_obtained_detail(line: CcpLine) -> str:
    """How a CCP held is dated on a livret: « Obtenu le 15/06/2023 — session S-1 », or through a
    correspondence « CCP1 de RNCP34079, obtenu le 17/11/2023 »; a draft adds its caveat."""
    when = f"obtenu le {line.obtained_on}" if line.obtained_on and line.obtained_on != "—" else "obtenu"
    text = f"{line.origin}, {when}" if line.origin else when[0].upper() + when[1:]
    if line.session_ref:
        text += f" — session {line.session_ref}"
    if line.note:
        text += f" — {line.note}"
    return text


def caveats_line(caveats: tuple[str, ...]) -> str:
    """A draft's notice of what keeps it a draft (never on a final document)."""
    return "Projet — " + " ; ".join(caveats) + "."
