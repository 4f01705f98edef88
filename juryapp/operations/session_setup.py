"""Creating a session: the secretary's first step (issue 11, « Nouvelle session »).

A new session names its title version, its kind (titre; CCP with the CCPs examined; CCS), its
dates, centre, place and issuer (DOMAIN.md §5). A title version not open on those dates is
refused with the rules' own sentence (TITLE_NOT_OPEN, checked in one place: the rules); when a
prorogation would open it, the secretary can record one with its source (DOMAIN.md §2).
The file is written like any imported session (atomically, owner-only), with no candidate yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from juryapp.errors import BadInput
from juryapp.model import SESSION_KIND_LABELS, Issuer, Referentiel, SessionData, SessionInfo
from juryapp.rules.checks import SessionFacts, check_title_open
from juryapp.rules.codes import Code
from juryapp.rules.findings import Findings
from juryapp.rules.holdings import add_one_year
from juryapp.rules.phrases import Part
from juryapp.rules.wording import fr_date
from juryapp.textcheck import text_problem

if TYPE_CHECKING:
    from juryapp.storage.library import ReferentielLibrary

KINDS = tuple(SESSION_KIND_LABELS)


@dataclass(frozen=True, slots=True)
class NewSession:
    """What the « Nouvelle session » dialog asks for."""

    ref: str
    title: str
    kind: str
    start: dt.date
    end: dt.date
    centre: str
    place: str
    ccps: tuple[str, ...] = ()
    ccs: str | None = None
    issuer: Issuer = field(default_factory=Issuer)

    def info(self) -> SessionInfo:
        return SessionInfo(
            ref=self.ref,
            title=self.title,
            kind=self.kind,
            ccps=self.ccps if self.kind == "ccp" else (),
            ccs=self.ccs if self.kind == "ccs" else None,
            centre=self.centre,
            place=self.place,
            start=self.start,
            end=self.end,
            issuer=self.issuer,
        )


@dataclass(frozen=True, slots=True)
class TitleProblem:
    """Why the title version cannot hold the session; `prorogation_until`: the end date a
    prorogation would need (None when a prorogation cannot be the answer)."""

    message: str
    prorogation_until: dt.date | None = None
    warning: bool = False  # allowed, with a note (a closed title's grace year, in a CCP session)
    # How the rules' message is made, for an interface to translate (`Finding.parts`).
    parts: tuple[Part, ...] = ()


def _library() -> ReferentielLibrary:
    from juryapp.storage.library import ReferentielLibrary

    return ReferentielLibrary()


def title_versions() -> list[Referentiel]:
    """The title versions this machine knows, for the dialog's list (newest first)."""
    library = _library()
    found = [library.get(code) for code in library.codes()]
    return sorted((ref for ref in found if ref is not None), key=lambda r: (r.tp_code, r.valid_from), reverse=True)


def check_new_session(new: NewSession) -> list[str]:
    """What is wrong with the form, field by field, in French (empty: it can be created)."""
    problems = []
    for name, label in (("ref", "la référence"), ("centre", "le centre"), ("place", "le lieu")):
        value = getattr(new, name)
        if not value.strip():
            problems.append(f"{label[:1].upper()}{label[1:]} de la session est obligatoire")
            continue
        problem = text_problem(value, "name")
        if problem is not None:
            problems.append(f"{label} : {problem}")
    if new.kind not in KINDS:
        problems.append(f"type de session inconnu : {new.kind}")
    if new.end < new.start:
        problems.append(f"la session finit le {fr_date(new.end)}, avant son début le {fr_date(new.start)}")
    library = _library()
    title = library.get(new.title)
    if title is None:
        problems.append(f"version de titre inconnue : {new.title}")
        return problems
    ccp_codes = [c.code for c in title.ccps]
    ccs_codes = [c.code for c in title.ccs]
    if new.kind == "ccp":
        if not new.ccps:
            problems.append("une session CCP examine au moins un CCP : cochez-les")
        problems += [f"{code} n'est pas un CCP de {title.code}" for code in new.ccps if code not in ccp_codes]
    if new.kind == "ccs" and new.ccs not in ccs_codes:
        problems.append(
            f"{title.code} n'a pas de CCS {new.ccs or ''}".strip()
            if ccs_codes
            else f"{title.code} n'a aucun CCS : une session CCS est impossible"
        )
    title_issue = title_problem(new, title)
    if title_issue is not None and not title_issue.warning:
        problems.append(title_issue.message)
    return problems


def title_problem(new: NewSession, title: Referentiel | None = None) -> TitleProblem | None:
    """TITLE_NOT_OPEN for these dates, as the rules say it (None: the title version is open)."""
    title = title or _library().get(new.title)
    if title is None:
        return TitleProblem(f"version de titre inconnue : {new.title}")
    data = SessionData(session=new.info(), jurors=(), candidates=())
    findings = Findings()
    check_title_open(findings, SessionFacts.of(data, {title.code: title}), set())
    blockers, warnings = findings.split()
    found = [f for f in (*blockers, *warnings) if f.code == Code.TITLE_NOT_OPEN]
    if not found:
        return None
    message, parts = found[0].message, found[0].parts
    if new.kind == "ccp" and title.closed and new.start >= title.valid_from and new.end <= add_one_year(title.end):
        # Open to the candidates who already hold one of its CCPs: the rules check each of them.
        return TitleProblem(message, warning=True, parts=parts)
    can_prorogue = new.start >= title.valid_from and not title.closed  # revised: the gap before its successor
    return TitleProblem(message, prorogation_until=new.end if can_prorogue else None, parts=parts)


def record_prorogation(code: str, until: dt.date, source: str) -> Referentiel:
    """Record that title version `code` is prorogée until `until` (its source required)."""
    return _library().record_prorogation(code, until.isoformat(), source)


def new_session_document(new: NewSession) -> dict:
    """The juryapp.session/1 document of a new session: no candidate, no juror yet."""
    info = new.info()
    issuer = info.issuer
    return {
        "format": "juryapp.session/1",
        "referentiels": [],
        "session": {
            "ref": info.ref.strip(),
            "title": info.title,
            "kind": info.kind,
            "ccps": list(info.ccps),
            "ccs": info.ccs,
            "centre": info.centre.strip(),
            "place": info.place.strip(),
            "start": info.start.isoformat(),
            "end": info.end.isoformat(),
            "issuer": {
                "authority": issuer.authority,
                "place": issuer.place,
                "signatory": issuer.signatory,
                "role": issuer.role,
            },
        },
        "jurors": [],
        "candidates": [],
    }


def create_session(new: NewSession, target: Path, *, replace: bool = False, actor: str | None = None) -> Path:
    """Write the new session file at `target` (BadInput listing what is wrong; nothing written then)."""
    from juryapp.operations.files import import_session_document

    problems = check_new_session(new)
    if problems:
        raise BadInput(" ; ".join(problems), file=target)
    import_session_document(
        new_session_document(new), Path(target), replace=replace, source="nouvelle session", actor=actor
    )
    return Path(target)
