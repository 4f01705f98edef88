"""Which CCPs of a title version a candidate already holds, through the correspondence tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from juryapp.model import Candidate, PriorCcp, Referentiel


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
    """The title code then each earlier version reached through `correspondence.from`."""
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
    """Every version that precedes `title`, by correspondence or by `successor` links."""
    found: set[str] = set()
    frontier = [title]
    while frontier:
        code = frontier.pop()
        ref = referentiels.get(code)
        parents = {r.code for r in referentiels.values() if r.successor == code}
        if ref is not None and ref.correspondence is not None:
            parents.add(ref.correspondence.source)
        for parent in parents - found - {title}:
            found.add(parent)
            frontier.append(parent)
    return found


def map_prior_ccp(prior: PriorCcp, title: str, referentiels: Mapping[str, Referentiel]) -> PriorHolding:
    """Carry one prior CCP up the chain of correspondences to `title`."""
    chain = version_chain(title, referentiels)
    if prior.title not in chain:
        return PriorHolding(prior, (), (prior.title,), True)
    depth = chain.index(prior.title)
    codes = {prior.ccp}
    verified = True
    for level in range(depth, 0, -1):
        newer = referentiels[chain[level - 1]]
        correspondence = newer.correspondence
        assert correspondence is not None
        verified = verified and correspondence.verified
        codes = {new for old in codes for new in correspondence.mapping.get(old, ())}
        if not codes:
            break
    target = referentiels.get(title)
    if target is not None:
        codes &= set(target.ccp_codes)
    return PriorHolding(prior, tuple(sorted(codes)), tuple(reversed(chain[: depth + 1])), verified)


def prior_holdings(candidate: Candidate, title: str, referentiels: Mapping[str, Referentiel]) -> list[PriorHolding]:
    return [map_prior_ccp(prior, title, referentiels) for prior in candidate.prior_ccps]


def held_before_session(holdings: list[PriorHolding]) -> set[str]:
    return {code for holding in holdings for code in holding.codes}


def add_one_year(day: dt.date) -> dt.date:
    """The same calendar day a year later (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)
