"""The columns of a candidate list (EXCHANGE.md §5): their headers, and how a header is recognised.

A header is compared *folded*: decomposed (NFKD), without diacritics, case-folded, keeping ASCII
letters and digits only, so « Prénom(s) », « PRENOMS » and « prénoms  » are the same header. A
header is recognised when its folded form, or the folded form of what is left once its
parenthesised parts are removed (« Parcours (formation, VAE, capitalisation, CCS) » → « Parcours »),
names a column. « ECF » followed by a CCP or CCS code (« ECF CCP1 », « ECF - CCS 1 ») is the ECF
column of that code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Column:
    """One column of §5: the §2 key it fills, the header the template writes, whether required."""

    key: str
    header: str
    required: bool = False


REF = Column("ref", "Référence")
LAST_NAME = Column("last_name", "Nom de naissance", required=True)
USAGE_NAME = Column("usage_name", "Nom d'usage")
FIRST_NAME = Column("first_name", "Prénom(s)", required=True)
BIRTH_DATE = Column("birth_date", "Date de naissance", required=True)
BIRTH_PLACE = Column("birth_place", "Lieu de naissance", required=True)
PATHWAY = Column("pathway", "Parcours (formation, VAE, capitalisation, CCS)", required=True)
FROM_TRAINING = Column("from_training", "Issu de formation")
VAE_DATE = Column("vae_admissibility_date", "Date de recevabilité VAE")
EXPERIENCE = Column("experience_months", "Expérience (mois)")
DOSSIER = Column("professional_dossier", "Dossier professionnel")
CCPS = Column("ccps", "CCP présentés (session CCP)")
PRIOR_CCPS = Column("prior_ccps", "CCP déjà obtenus")
HELD_TITLES = Column("held_titles", "Titres et CCS détenus")

# In the order of §5, which is the template's order (the ECF columns go after DOSSIER).
COLUMNS: tuple[Column, ...] = (
    REF,
    LAST_NAME,
    USAGE_NAME,
    FIRST_NAME,
    BIRTH_DATE,
    BIRTH_PLACE,
    PATHWAY,
    FROM_TRAINING,
    VAE_DATE,
    EXPERIENCE,
    DOSSIER,
    CCPS,
    PRIOR_CCPS,
    HELD_TITLES,
)
REQUIRED: tuple[Column, ...] = tuple(c for c in COLUMNS if c.required)

# Folded headers (see the module docstring) → column. The first of each list is §5's own header.
_ALIASES: dict[str, tuple[str, ...]] = {
    "ref": ("reference", "ref", "references"),
    "last_name": ("nomdenaissance", "nom", "nomnaissance", "nomdefamille"),
    "usage_name": ("nomdusage", "nomusage"),
    "first_name": ("prenoms", "prenom"),
    "birth_date": ("datedenaissance", "datenaissance"),
    "birth_place": ("lieudenaissance", "lieunaissance"),
    "pathway": ("parcours",),
    "from_training": ("issudeformation", "issuformation"),
    "vae_admissibility_date": (
        "datederecevabilitevae",
        "daterecevabilitevae",
        "recevabilitevae",
        "datederecevabilite",
        "daterecevabilite",
    ),
    "experience_months": ("experiencemois", "experience", "experienceenmois", "moisdexperience"),
    "professional_dossier": ("dossierprofessionnel", "dp"),
    "ccps": ("ccppresentes", "ccpspresentes"),
    "prior_ccps": ("ccpdejaobtenus", "ccpsdejaobtenus", "ccpobtenus", "ccpsobtenus"),
    "held_titles": ("titresetccsdetenus", "titresdetenus", "titresetccdetenus"),
}
_BY_KEY = {c.key: c for c in COLUMNS}
_BY_FOLDED = {alias: _BY_KEY[key] for key, aliases in _ALIASES.items() for alias in aliases}
_ECF = re.compile(r"ecf(cc[ps])0*([1-9][0-9]?)")
_PARENTHESISED = re.compile(r"\([^()]*\)")

ECF_PREFIX = "ecf."  # the key of an ECF column in SheetRow.cells: "ecf.CCP1"


def fold(text: str) -> str:
    """`text` as headers and keywords are compared: no diacritics, case-folded, ASCII letters and digits."""
    if text.isascii():
        return "".join(ch for ch in text.casefold() if ch.isalnum())
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


def match_header(header: str) -> Column | None:
    """The column a header names (an ECF column gets key `ecf.CODE`), or None when unknown."""
    for folded in (fold(header), fold(_PARENTHESISED.sub(" ", header))):
        if not folded:
            continue
        column = _BY_FOLDED.get(folded)
        if column is not None:
            return column
        ecf = _ECF.fullmatch(folded)
        if ecf is not None:
            code = f"{ecf.group(1).upper()}{ecf.group(2)}"
            return Column(ECF_PREFIX + code, f"ECF {code}")
    return None


def header_score(cells: list[str]) -> int:
    """How many distinct columns a row's cells name: a row naming two or more is a header row."""
    return len({column.key for cell in cells if cell and (column := match_header(cell)) is not None})


def ecf_column(code: str) -> Column:
    """The ECF column of a CCP or CCS code, as the template writes it."""
    return Column(ECF_PREFIX + code, f"ECF {code}")
