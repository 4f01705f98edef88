"""The definitions at the head of DOMAIN.md §6: earlier versions, what a prior CCP is worth in
the session's title version, each candidate's examined CCPs, dates a year on, a person's identity.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from juryapp.model import Candidate, PriorCcp, Referentiel, SessionInfo


@dataclass(frozen=True, slots=True)
class PriorHolding:
    """How one prior CCP of the candidate counts in the session's title version."""

    prior: PriorCcp
    codes: tuple[str, ...]
    path: tuple[str, ...]
    verified: bool

    @property
    def mapped(self) -> bool:
        return bool(self.codes)

    @property
    def through_correspondence(self) -> bool:
        return len(self.path) > 1


def version_chain(title: str, referentiels: Mapping[str, Referentiel]) -> list[str]:
    """The title code then each earlier version reached through `correspondence.from`, step by step."""
    chain = [title]
    current = referentiels.get(title)
    while current is not None and current.correspondence is not None:
        source = current.correspondence.source
        if source in chain:
            break
        chain.append(source)
        current = referentiels.get(source)
    return chain


def earlier_versions(title: str, referentiels: Mapping[str, Referentiel]) -> set[str]:
    """Every version reachable from `title` through `correspondence.from` (DOMAIN.md §6)."""
    return set(version_chain(title, referentiels)[1:])


def map_prior_ccp(prior: PriorCcp, title: str, referentiels: Mapping[str, Referentiel]) -> PriorHolding:
    """Carry one prior CCP up the chain of correspondences to `title`.

    Only codes that are CCPs of `title` count: a table that names anything else gives nothing.
    """
    chain = version_chain(title, referentiels)
    if prior.title not in chain:
        return PriorHolding(prior, (), (prior.title,), True)
    depth = chain.index(prior.title)
    codes = {prior.ccp}
    verified = True
    for level in range(depth, 0, -1):
        correspondence = referentiels[chain[level - 1]].correspondence
        assert correspondence is not None
        verified = verified and correspondence.verified
        codes = {new for old in codes for new in correspondence.mapping.get(old, ())}
        if not codes:
            break
    target = referentiels.get(title)
    codes &= set(target.ccp_codes) if target is not None else set()
    return PriorHolding(prior, tuple(sorted(codes)), tuple(reversed(chain[: depth + 1])), verified)


def unverified_links(holding: PriorHolding, referentiels: Mapping[str, Referentiel]) -> list[tuple[str, str]]:
    """Each (older, newer) step of the way a prior CCP counts in T through a table flagged unverified."""
    if not holding.mapped:
        return []
    steps = zip(holding.path, holding.path[1:], strict=False)
    return [
        (older, newer)
        for older, newer in steps
        if (table := referentiels[newer].correspondence) is not None and not table.verified
    ]


def prior_holdings(candidate: Candidate, title: str, referentiels: Mapping[str, Referentiel]) -> list[PriorHolding]:
    return [map_prior_ccp(prior, title, referentiels) for prior in candidate.prior_ccps]


def held_before_session(holdings: list[PriorHolding]) -> set[str]:
    return {code for holding in holdings for code in holding.codes}


def examined_ccps(session: SessionInfo, title: Referentiel, candidate: Candidate | None = None) -> tuple[str, ...]:
    """Session titre: every CCP of T; session CCP: the candidate's `ccps` when given, else the
    session's; session CCS: none. Sorted."""
    if session.kind == "titre":
        return tuple(sorted(title.ccp_codes))
    if session.kind == "ccp":
        chosen = candidate.ccps if candidate is not None and candidate.ccps is not None else session.ccps
        return tuple(sorted(chosen))
    return ()


def add_one_year(day: dt.date) -> dt.date:
    """The same calendar day a year later (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def completion_deadline(title: Referentiel) -> dt.date:
    """The date by which the title must be obtained: end(T), or end(T) + 1 year when T is closed."""
    return add_one_year(title.end) if title.closed else title.end


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


@functools.lru_cache(maxsize=1 << 16)
def fold_name(text: str) -> str:
    """A name as compared for identity: NFKD, no diacritics, œ/æ expanded, case-folded, letters only."""
    # Expand the ligatures once decomposed and case-folded, so that an accented ligature
    # (« Ǣ », « ǽ ») compares like its plain spelling (« AE », « ae »).
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    if "œ" in folded or "æ" in folded:  # translating is slow, and these are rare
        folded = folded.translate(_LIGATURES)
    letters = "".join(filter(str.isalpha, folded))
    if letters.isascii():  # no combining mark among ASCII letters
        return letters
    return "".join(ch for ch in letters if not unicodedata.combining(ch))


def identity(candidate: Candidate) -> tuple[str, str, dt.date | None]:
    """Who a candidate is: nom de naissance, prénom(s) and date of birth (DOMAIN.md §6)."""
    return fold_name(candidate.last_name), fold_name(candidate.first_name), candidate.birth_date
