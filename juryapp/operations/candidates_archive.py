"""What the centre archive knows of a candidate (EXCHANGE.md §2): the CCPs and titles a person of
the same identity holds there that the candidate's file does not say yet, proposed to the
secretary (`archive_proposals`) and added once accepted (`apply_proposals`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from juryapp.model import Candidate, HeldTitle, PriorCcp, Referentiel
from juryapp.rules.wording import fr_date
from juryapp.session_view import SessionView

if TYPE_CHECKING:
    from juryapp.storage.archive import ArchivedPerson, CentreArchive


@dataclass(frozen=True, slots=True)
class ArchiveProposal:
    """A person of the centre archive with the candidate's identity, and what they hold there that
    the candidate's file does not say yet (CCPs and titles of this title's versions only)."""

    name: str
    birth_date: dt.date | None
    sessions: tuple[str, ...]
    prior_ccps: tuple[PriorCcp, ...]
    held_titles: tuple[HeldTitle, ...]
    details: tuple[str, ...]

    def text(self) -> str:
        """« LAMBERT Olivier (04/09/1986) connu(e) de l'archive du centre (session 2023-NTC-011) :
        propose CCP2 de RNCP34079 obtenu le 15/06/2023, session 2023-NTC-011 (Villeurbanne) »."""
        head = f"{self.name} ({fr_date(self.birth_date)}) connu(e) de l'archive du centre"
        head += f" (session{'s' if len(self.sessions) > 1 else ''} {', '.join(self.sessions)})"
        if not self.details:
            return f"{head} : rien de plus à reprendre pour ce titre"
        return f"{head} : propose {' ; '.join(self.details)}"


def archive_path(archive: Path | None = None) -> Path:
    """The centre archive to search: `archive`, else the one the centre's settings name."""
    if archive is not None:
        return Path(archive)
    from juryapp.settings import Settings
    from juryapp.storage.archive import default_archive_path

    return default_archive_path(Settings.load())


def archive_proposals(view: SessionView, candidate: Candidate, *, archive: Path | None = None) -> list[ArchiveProposal]:
    """What the centre archive knows of this candidate (name and birth date, without accents nor
    case): one proposal per person found. Nothing when the archive does not exist; BadInput when
    it cannot be read."""
    path = archive_path(archive)
    if not path.exists():
        return []
    from juryapp.storage.archive import CentreArchive

    with CentreArchive.open(path, write=False) as opened:
        return proposals_of(opened, view.referentiels, [candidate])[0]


def proposals_of(
    archive: CentreArchive, referentiels: Mapping[str, Referentiel], candidates: Sequence[Candidate]
) -> list[list[ArchiveProposal]]:
    """Each candidate's proposals from the open `archive` (none without a birth date), in their order."""
    found: list[list[ArchiveProposal]] = []
    for candidate in candidates:
        if candidate.birth_date is None:
            found.append([])
            continue
        people = archive.find_person(candidate.last_name, candidate.first_name, candidate.birth_date)
        found.append([_proposal(person, referentiels, candidate) for person in people])
    return found


def _proposal(person: ArchivedPerson, referentiels: Mapping[str, Referentiel], candidate: Candidate) -> ArchiveProposal:
    known_ccps = {(p.title, p.ccp) for p in candidate.prior_ccps}
    known_titles = {(h.title, h.ccs) for h in candidate.held_titles}
    priors: list[PriorCcp] = []
    details: list[str] = []
    for held in person.holdings:
        title = referentiels.get(held.title)
        if title is None or held.ccp not in title.ccp_codes or (held.title, held.ccp) in known_ccps:
            continue
        where = held.origin if held.declared and held.origin else held.session_ref
        priors.append(PriorCcp(held.title, held.ccp, held.obtained_on, where))
        if held.declared:
            how = f"déclaré lors de la session {held.session_ref}" + (
                f" (obtenu : {held.origin})" if held.origin else ""
            )
        else:
            how = f"session {held.session_ref}" + (f" ({held.session_place})" if held.session_place else "")
        details.append(f"{held.ccp} de {held.title} obtenu le {fr_date(held.obtained_on)}, {how}")
    titles: list[HeldTitle] = []
    for title_held in person.titles:
        if title_held.title not in referentiels or (title_held.title, title_held.ccs) in known_titles:
            continue
        titles.append(HeldTitle(title_held.title, title_held.obtained_on, title_held.ccs))
        what = f"{title_held.ccs} de {title_held.title}" if title_held.ccs else f"titre {title_held.title}"
        details.append(f"{what} obtenu le {fr_date(title_held.obtained_on)}, session {title_held.session_ref}")
    name = f"{person.last_name.upper()} {person.first_name}".strip()
    return ArchiveProposal(
        name, person.birth_date, tuple(person.sessions), tuple(priors), tuple(titles), tuple(details)
    )


def apply_proposals(candidate: Candidate, proposals: Iterable[ArchiveProposal]) -> Candidate:
    """The candidate with what the proposals add (a CCP or title already in their file is kept once)."""
    priors = list(candidate.prior_ccps)
    titles = list(candidate.held_titles)
    for proposal in proposals:
        for prior in proposal.prior_ccps:
            if all((p.title, p.ccp) != (prior.title, prior.ccp) for p in priors):
                priors.append(prior)
        for held in proposal.held_titles:
            if all((h.title, h.ccs) != (held.title, held.ccs) for h in titles):
                titles.append(held)
    return replace(candidate, prior_ccps=tuple(priors), held_titles=tuple(titles))
