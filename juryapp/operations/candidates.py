"""The secretary's candidates: add, edit, remove before the session, checked as typed, and imported
from a spreadsheet (EXCHANGE.md §2 and §5).

- A candidate's form is a §2 candidate dict (`candidate_fields` / `candidate_from_fields`); a
  field in fault is a `CandidateFieldError` naming it in French (and its §2 key, for the form).
- « Checked as you type »: `candidate_check` gives the rules' blockers and warnings of the
  candidate as if they were in the session (DOMAIN.md §6); nothing is decided here.
- Changes are refused once the session is signed off, and once the file was handed to the jury
  (then only the attendance changes, `juryapp.operations.set_attendance`). A ref, once given in a
  file, is never given again (removed candidates keep theirs).
- An import is previewed (`preview_import`: every problem on its line and column, duplicates with
  the sheet, the session and the centre archive, what the archive says they hold), then accepted
  (`accept_import`: every row in one transaction, or nothing).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from juryapp.errors import BadInput, SessionLocked
from juryapp.model import Candidate, HeldTitle, PriorCcp, Referentiel, SessionData
from juryapp.operations import Change
from juryapp.rules import Finding, evaluate_candidate, evaluate_session
from juryapp.rules.checks import has_text
from juryapp.rules.codes import Code
from juryapp.rules.holdings import identity
from juryapp.rules.wording import fr_date, fr_list
from juryapp.session_view import SessionView, read_session
from juryapp.storage.common import default_actor
from juryapp.storage.store import SessionStore
from juryapp.textcheck import check_text

if TYPE_CHECKING:
    from juryapp.storage.archive import ArchivedPerson, CentreArchive

# The ref a candidate is checked under while the form leaves it empty (`add_candidate` gives the real one).
PENDING_REF = "(nouveau)"
HANDED_OFF = "le fichier a été remis au jury : seule la présence peut encore changer"
SIGNED_OFF = "la session est close : ses candidats et ses jurés ne changent plus"

# The §2 keys as the form and the spreadsheet (§5) name them.
FIELD_LABELS = {
    "ref": "Référence",
    "last_name": "Nom de naissance",
    "usage_name": "Nom d'usage",
    "first_name": "Prénom(s)",
    "birth_date": "Date de naissance",
    "birth_place": "Lieu de naissance",
    "pathway": "Parcours",
    "from_training": "Issu de formation",
    "vae_admissibility_date": "Date de recevabilité VAE",
    "experience_months": "Expérience (mois)",
    "professional_dossier": "Dossier professionnel",
    "ecf": "ECF",
    "ccps": "CCP présentés",
    "prior_ccps": "CCP déjà obtenus",
    "held_titles": "Titres et CCS détenus",
    "attendance": "Présence",
}
_PART_LABELS = {"title": "titre", "ccp": "CCP", "ccs": "CCS", "obtained_on": "date d'obtention", "session": "session"}
_REQUIRED = {
    "last_name": "nom de naissance manquant",
    "first_name": "prénom manquant",
    "birth_place": "lieu de naissance manquant",
}
_NAME_KEYS = ("ref", "last_name", "usage_name", "first_name", "birth_place")
_DATE_KEYS = ("birth_date", "vae_admissibility_date")
# Records that are decisions of the jury about a candidate: such a candidate is not removed.
_DECISIONS = {
    "final_interviews": "l'entretien final",
    "title_decisions": "la décision sur le titre",
    "ccs_decisions": "la décision sur le CCS",
}


class CandidateFieldError(BadInput):
    """A field of a candidate's form in fault: `field` is its French label, `key` its §2 key
    (`ecf.CCP1` for an ECF), `path` the full §2 path (`prior_ccps[0].ccp`)."""

    def __init__(self, problem: str, *, key: str, path: str) -> None:
        super().__init__(problem, field=field_label(path))
        self.key = key
        self.path = path


def field_label(path: str) -> str:
    """« CCP déjà obtenus n° 1 (CCP) » for `prior_ccps[0].ccp`, « ECF CCP1 » for `ecf.CCP1`."""
    match = re.fullmatch(r"(\w+)(?:\[(\d+)\])?(?:\.(.+))?", path)
    if match is None:
        return path
    key, index, rest = match.groups()
    if key == "ecf":
        return f"ECF {rest}" if rest else "ECF"
    label = FIELD_LABELS.get(key, key)
    if index is not None:
        label += f" n° {int(index) + 1}"
    if rest:
        label += f" ({_PART_LABELS.get(rest, rest)})"
    return label


def _top_key(path: str) -> str:
    """The column of a §2 path: `prior_ccps` for `prior_ccps[0].ccp`, `ecf.CCP1` for an ECF."""
    if path.startswith("ecf."):
        return path
    return re.split(r"[.\[]", path, maxsplit=1)[0]


# -- the form -------------------------------------------------------------------------------------


def candidate_fields(candidate: Candidate) -> dict[str, Any]:
    """A candidate as the §2 dict the form edits (dates in ISO, `ccps` only when set)."""
    fields: dict[str, Any] = {
        "ref": candidate.ref,
        "last_name": candidate.last_name,
        "usage_name": candidate.usage_name,
        "first_name": candidate.first_name,
        "birth_date": _iso(candidate.birth_date),
        "birth_place": candidate.birth_place,
        "pathway": candidate.pathway,
        "from_training": candidate.from_training,
        "vae_admissibility_date": _iso(candidate.vae_admissibility_date),
        "experience_months": candidate.experience_months,
        "professional_dossier": candidate.professional_dossier,
        "ecf": dict(candidate.ecf),
        "prior_ccps": [
            {"title": p.title, "ccp": p.ccp, "obtained_on": _iso(p.obtained_on), "session": p.session}
            for p in candidate.prior_ccps
        ],
        "held_titles": [
            {"title": h.title, "ccs": h.ccs, "obtained_on": _iso(h.obtained_on)} for h in candidate.held_titles
        ],
        "attendance": candidate.attendance,
    }
    if candidate.ccps is not None:
        fields["ccps"] = list(candidate.ccps)
    return fields


def candidate_from_fields(view: SessionView, fields: Mapping[str, Any]) -> Candidate:
    """The candidate a form describes (a §2 candidate dict; dates as ISO text or `date`), checked as
    a session document's candidate is, for this session; names, birth date and place are required.
    An empty ref gives `PENDING_REF`. CandidateFieldError names the first field at fault."""
    return _candidate(view.data, view.referentiels, fields, form=True)


def _candidate(
    data: SessionData, referentiels: Mapping[str, Referentiel], fields: Mapping[str, Any], *, form: bool
) -> Candidate:
    from juryapp.exchange.session_doc import parse_candidate

    document = _normalised(fields)
    if not document.get("ref"):
        document["ref"] = PENDING_REF
    if form:
        for key, message in _REQUIRED.items():
            if not document.get(key):
                raise CandidateFieldError(message, key=key, path=key)
        if not document.get("birth_date"):
            raise CandidateFieldError("date de naissance manquante", key="birth_date", path="birth_date")
    try:
        return parse_candidate(document, data.session, referentiels)
    except BadInput as exc:
        if exc.field.startswith("session"):
            raise
        path = exc.field or "ref"
        raise CandidateFieldError(exc.problem, key=_top_key(path), path=path) from None


def _normalised(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The form's values as §2 writes them: names on one collapsed line, dates in ISO."""
    document = dict(fields)
    for key in _NAME_KEYS:
        if isinstance(document.get(key), str):
            document[key] = " ".join(document[key].split())
    for key in _DATE_KEYS:
        document[key] = _iso_value(document.get(key))
    for list_key in ("prior_ccps", "held_titles"):
        items = document.get(list_key)
        if isinstance(items, list):
            document[list_key] = [
                {**item, "obtained_on": _iso_value(item.get("obtained_on"))} if isinstance(item, dict) else item
                for item in items
            ]
    return document


def _iso_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def candidate_check(view: SessionView, candidate: Candidate) -> list[Finding]:
    """The blockers, then the warnings, the rules give `candidate` as if they were in the session
    (added, or in place of the candidate of the same ref): what the form shows as it is typed."""
    data = _with_candidate(view.data, candidate)
    outcome = evaluate_candidate(data, view.referentiels, candidate.ref)
    return [*outcome.blockers, *outcome.warnings]


def _with_candidate(data: SessionData, candidate: Candidate) -> SessionData:
    people = [c for c in data.candidates if c.ref != candidate.ref]
    return data.evolve(candidates=(*people, candidate))


# -- add, edit, remove ----------------------------------------------------------------------------


def check_preparing(store: SessionStore) -> None:
    """Refuse a change of candidates or jurors once the session is signed off or handed to the jury."""
    if store.is_locked:
        raise SessionLocked(SIGNED_OFF)
    if store.handed_off():
        raise BadInput(HANDED_OFF)


def next_refs(used: Iterable[str], count: int, prefix: str = "C") -> list[str]:
    """The first `count` refs C1, C2… (or J1…) not in `used`."""
    taken = set(used)
    found: list[str] = []
    number = 0
    while len(found) < count:
        number += 1
        ref = f"{prefix}{number}"
        if ref not in taken:
            found.append(ref)
    return found


def _same_person(data: SessionData, candidate: Candidate) -> list[Candidate]:
    """The other candidates of the session who are the same person (DOMAIN.md §6 identity)."""
    who = identity(candidate)
    return [c for c in data.candidates if c.ref != candidate.ref and identity(c) == who]


def add_candidate(
    store: SessionStore,
    fields: Mapping[str, Any],
    *,
    proposals: Sequence[ArchiveProposal] = (),
    actor: str | None = None,
) -> Change:
    """Add a candidate (present) from the form; an empty ref gets the first free C1, C2…; a ref
    this file ever gave is refused. `proposals` (from `archive_proposals`, accepted by the
    secretary) add what the archive says they hold. The Change names them and their duplicates."""
    check_preparing(store)
    data = store.snapshot()
    used = store.candidate_refs_ever()
    ref = " ".join(str(fields.get("ref") or "").split())
    if ref in used:
        raise CandidateFieldError(_ref_taken(store, data, ref), key="ref", path="ref")
    candidate = _candidate(data, store.referentiels(), fields, form=True)
    if not ref:
        candidate = replace(candidate, ref=next_refs(used, 1)[0])
    candidate = apply_proposals(candidate, proposals)
    store.add_candidates([candidate], actor=actor or default_actor(), source="saisie")
    twins = tuple(c.ref for c in _same_person(data, candidate))
    return Change("add_candidate", (candidate.ref, *twins), "candidates", details={"ref": candidate.ref})


def _ref_taken(store: SessionStore, data: SessionData, ref: str) -> str:
    holder = data.candidate(ref)
    if holder is not None:
        return f"la référence « {ref} » est déjà celle de {holder.display_name}"
    return f"la référence « {ref} » a déjà servi dans ce fichier (candidat retiré) : elle n'est jamais redonnée"


def edit_candidate(store: SessionStore, ref: str, fields: Mapping[str, Any], *, actor: str | None = None) -> Change:
    """Replace a candidate's file from the form (their ref and attendance stay: the attendance
    changes through `set_attendance`). The Change's details hold what changed, field -> [before, after]."""
    check_preparing(store)
    data = store.snapshot()
    current = data.candidate(ref)
    if current is None:
        raise BadInput(f"candidat « {ref} » inconnu")
    given = " ".join(str(fields.get("ref") or "").split())
    if given and given != ref:
        raise CandidateFieldError(
            f"la référence d'un candidat ne change pas (« {ref} », pas « {given} »)", key="ref", path="ref"
        )
    candidate = _candidate(data, store.referentiels(), {**fields, "ref": ref}, form=True)
    candidate = replace(candidate, attendance=current.attendance)
    changed = store.update_candidate(candidate, actor=actor or default_actor())
    twins = {c.ref for c in _same_person(data, current)} | {c.ref for c in _same_person(data, candidate)}
    return Change("edit_candidate", (ref, *sorted(twins)), "candidates", details={"changed": changed})


def remove_candidate(store: SessionStore, ref: str, reason: str, *, actor: str | None = None) -> Change:
    """Take a candidate out of the session, with the reason (kept in the file with their history).
    Refused when the jury recorded a decision about them (it says which)."""
    check_preparing(store)
    check_text(reason, "text", field="motif du retrait")
    if not has_text(reason):
        raise BadInput("indiquez le motif du retrait (désistement, inscription en erreur…)", field="motif du retrait")
    data = store.snapshot()
    candidate = data.candidate(ref)
    if candidate is None:
        raise BadInput(f"candidat « {ref} » inconnu")
    recorded = decisions_of(data, ref)
    if recorded:
        raise BadInput(
            f"{candidate.display_name} ({ref}) ne peut pas être retiré(e) : le jury a enregistré "
            f"{fr_list(recorded)} ; retirez d'abord ces décisions"
        )
    twins = tuple(c.ref for c in _same_person(data, candidate))
    store.remove_candidate(ref, reason.strip(), actor=actor or default_actor())
    return Change("remove_candidate", (ref, *twins), "candidates", details={"reason": reason.strip()})


def decisions_of(data: SessionData, ref: str) -> list[str]:
    """The jury's current decisions about a candidate, in French (« le résultat du CCP1 »…)."""
    found = [f"le résultat du {r.ccp}" for r in data.results if r.candidate == ref]
    for table, label in _DECISIONS.items():
        if any(record.candidate == ref for record in getattr(data, table)):
            found.append(label)
    return found


# -- the centre archive ---------------------------------------------------------------------------


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
        return _proposals(opened, view.referentiels, [candidate])[0]


def _proposals(
    archive: CentreArchive, referentiels: Mapping[str, Referentiel], candidates: Sequence[Candidate]
) -> list[list[ArchiveProposal]]:
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


# -- import from a spreadsheet --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """What is wrong at one row (`line`, as the spreadsheet numbers it) and column (its header as
    written in the file; "" for the whole row)."""

    line: int
    column: str
    message: str

    def text(self) -> str:
        """« ligne 4, colonne « Date de naissance » : … », or « ligne 4 : … »."""
        if self.column:
            return f"ligne {self.line}, colonne « {self.column} » : {self.message}"
        return f"ligne {self.line} : {self.message}"


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One row of the sheet: its candidate (None when the row has a problem), what the preview
    says about it: duplicates, the centre archive's proposals, a ref renumbered, the rules' findings."""

    line: int
    candidate: Candidate | None
    problems: tuple[ImportProblem, ...] = ()
    duplicates: tuple[str, ...] = ()
    proposals: tuple[ArchiveProposal, ...] = ()
    renumbered_from: str | None = None
    findings: tuple[Finding, ...] = ()

    @property
    def label(self) -> str:
        if self.candidate is None:
            return f"ligne {self.line}"
        return f"ligne {self.line} ({self.candidate.ref} {self.candidate.display_name})"


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """A spreadsheet read against a session, before anything is written. `ok`: no problem, at least
    one candidate; then `accept_import` may write it. `written`: the command wrote it."""

    session: Path
    source: Path
    rows: tuple[ImportRow, ...]
    problems: tuple[ImportProblem, ...]
    ignored_columns: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    written: bool = False
    refs_ever: frozenset[str] = field(default_factory=frozenset, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    @property
    def candidates(self) -> list[Candidate]:
        return [row.candidate for row in self.rows if row.candidate is not None]

    def summary(self) -> str:
        """« 30 candidats lus, 0 erreur »."""
        count, errors = len(self.rows), len(self.problems)
        read = f"{count} candidat{'s' if count > 1 else ''} lu{'s' if count > 1 else ''}"
        return f"{read}, {errors} erreur{'s' if errors > 1 else ''}"

    def notes(self) -> list[str]:
        """What the secretary should see before accepting, one French line each (no problem)."""
        lines: list[str] = []
        if self.ignored_columns:
            lines.append(f"Colonnes ignorées : {', '.join(self.ignored_columns)}")
        for row in self.rows:
            if row.renumbered_from is not None and row.candidate is not None:
                lines.append(
                    f"{row.label} : la référence « {row.renumbered_from} » est déjà prise dans la session, "
                    f"le candidat reçoit « {row.candidate.ref} »"
                )
            lines += [f"{row.label} : doublon : {text}" for text in row.duplicates]
            lines += [f"{row.label} : archive : {proposal.text()}" for proposal in row.proposals]
            for finding in row.findings:
                if finding.blocker and finding.code != Code.DUPLICATE_CANDIDATE:
                    lines.append(f"{row.label} : bloquant une fois inscrit : {finding.message}")
        lines += list(self.notices)
        return lines

    def lines(self) -> list[str]:
        """The whole preview in French: the summary, every problem, then the notes."""
        return [self.summary(), *(problem.text() for problem in self.problems), *self.notes()]


def examined_codes(view: SessionView) -> tuple[str, ...]:
    """The CCPs (or the CCS) whose ECF a candidate of this session brings: the ECF columns."""
    info = view.data.session
    if info.kind == "ccs" and info.ccs:
        return (info.ccs,)
    if info.kind == "ccp" and info.ccps:
        return tuple(info.ccps)
    return view.title.ccp_codes


def preview_import(store: SessionStore, sheet: Path, *, archive: Path | None = None) -> ImportPreview:
    """Read a candidate list (CSV or XLSX, EXCHANGE.md §5) against this session without writing:
    each row checked like a §2 candidate, its problems on its line and column; refs that this file
    already gave renumbered; duplicates (in the sheet, with the session) flagged; the centre archive
    (`archive`, else the centre's) searched. BadInput naming the file for a whole-file problem."""
    from juryapp.exchange.spreadsheet import read_candidates
    from juryapp.exchange.spreadsheet_columns import match_header

    sheet = Path(sheet)
    view = read_session(store)
    data, title = view.data, view.title
    reading = read_candidates(
        sheet, title=title.code, session_kind=data.session.kind, known_codes=(*title.ccp_codes, *title.ccs_codes)
    )
    headers = {known.key: written for written in reading.columns if (known := match_header(written)) is not None}
    problems: dict[int, list[ImportProblem]] = {}
    for problem in reading.problems:
        problems.setdefault(problem.line, []).append(ImportProblem(problem.line, problem.column, problem.message))
    refs_ever = frozenset(store.candidate_refs_ever())
    sheet_refs = {str(row.candidate.get("ref") or "") for row in reading.rows}
    fresh = iter(next_refs(refs_ever | sheet_refs, len(reading.rows)))
    rows: list[ImportRow] = []
    for sheet_row in reading.rows:
        line = sheet_row.line
        document = dict(sheet_row.candidate)
        renumbered = None
        if document.get("ref") in refs_ever:
            renumbered, document["ref"] = document["ref"], next(fresh)
            if not sheet_row.cells.get("ref"):
                renumbered = None  # a ref the reader generated: nobody chose it
        candidate = None
        if line not in problems:
            try:
                candidate = _candidate(data, view.referentiels, document, form=False)
            except CandidateFieldError as exc:
                column = headers.get(exc.key, "")
                message = exc.problem if column and exc.path == exc.key else f"{exc.field} : {exc.problem}"
                problems.setdefault(line, []).append(ImportProblem(line, column, message))
        rows.append(ImportRow(line, candidate, renumbered_from=renumbered))
    rows = [replace(row, problems=tuple(problems.get(row.line, ()))) for row in rows]
    rows = _flag_duplicates(data, rows)
    rows = _with_findings(view, rows)
    notices: list[str] = []
    rows = _with_archive(view, rows, archive, notices)
    if not reading.rows and not problems:
        problems[reading.header_line] = [
            ImportProblem(reading.header_line, "", "aucun candidat sous la ligne d'en-tête")
        ]
    ordered = tuple(p for line in sorted(problems) for p in problems[line])
    return ImportPreview(
        store.path, sheet, tuple(rows), ordered, reading.ignored_columns, tuple(notices), refs_ever=refs_ever
    )


def _flag_duplicates(data: SessionData, rows: list[ImportRow]) -> list[ImportRow]:
    """Each row's duplicates: an earlier or later row of the sheet, a candidate of the session."""
    by_identity: dict[tuple, list[ImportRow]] = {}
    for row in rows:
        if row.candidate is not None:
            by_identity.setdefault(identity(row.candidate), []).append(row)
    in_session: dict[tuple, list[Candidate]] = {}
    for person in data.candidates:
        in_session.setdefault(identity(person), []).append(person)
    flagged = []
    for row in rows:
        if row.candidate is None:
            flagged.append(row)
            continue
        who = identity(row.candidate)
        texts = [
            f"même personne que la ligne {other.line} ({other.candidate.display_name})"
            for other in by_identity[who]
            if other is not row and other.candidate is not None
        ]
        texts += [
            f"même personne que {person.ref} {person.display_name}, déjà inscrit(e) dans la session"
            for person in in_session.get(who, ())
        ]
        flagged.append(replace(row, duplicates=tuple(texts)))
    return flagged


def _with_findings(view: SessionView, rows: list[ImportRow]) -> list[ImportRow]:
    """The rules' findings of each candidate once all of the sheet's are in the session."""
    new = [row.candidate for row in rows if row.candidate is not None]
    if not new:
        return rows
    data = view.data.evolve(candidates=(*view.data.candidates, *new))
    outcomes = {o.ref: o for o in evaluate_session(data, view.referentiels, only={c.ref for c in new})}
    return [
        replace(row, findings=(*outcomes[row.candidate.ref].blockers, *outcomes[row.candidate.ref].warnings))
        if row.candidate is not None
        else row
        for row in rows
    ]


def _with_archive(
    view: SessionView, rows: list[ImportRow], archive: Path | None, notices: list[str]
) -> list[ImportRow]:
    path = archive_path(archive)
    found = [row.candidate for row in rows if row.candidate is not None]
    if not found or not path.exists():
        return rows
    from juryapp.storage.archive import CentreArchive

    try:
        with CentreArchive.open(path, write=False) as opened:
            proposals = iter(_proposals(opened, view.referentiels, found))
    except BadInput as exc:
        notices.append(f"Archive du centre non consultée : {exc}")
        return rows
    return [replace(row, proposals=tuple(next(proposals))) if row.candidate is not None else row for row in rows]


def accept_import(
    store: SessionStore, preview: ImportPreview, *, apply_archive: bool = False, actor: str | None = None
) -> Change:
    """Write every candidate of the preview, in one transaction (all or none); with
    `apply_archive`, what the archive proposed is added to their prior CCPs and titles. Refused
    when the preview has a problem, or when the session changed since (refs given meanwhile)."""
    check_preparing(store)
    if preview.problems:
        count = len(preview.problems)
        raise BadInput(
            f"{count} erreur{'s' if count > 1 else ''} dans la liste : rien n'est importé", file=preview.source
        )
    if not preview.rows:
        raise BadInput("aucun candidat dans la liste", file=preview.source)
    if (
        Path(store.path).resolve() != Path(preview.session).resolve()
        or store.candidate_refs_ever() != preview.refs_ever
    ):
        raise BadInput(
            "la session a changé depuis l'aperçu : relisez la liste avant de l'importer", file=preview.source
        )
    candidates = [
        apply_proposals(row.candidate, row.proposals) if apply_archive else row.candidate
        for row in preview.rows
        if row.candidate is not None
    ]
    store.add_candidates(candidates, actor=actor or default_actor(), source=f"import de {preview.source.name}")
    refs = tuple(c.ref for c in candidates)
    twins = {c.ref for candidate in candidates for c in _same_person(store.snapshot(), candidate)} - set(refs)
    return Change(
        "import_candidates",
        (*refs, *sorted(twins)),
        "candidates",
        details={"source": preview.source.name, "count": len(candidates), "archive_applied": apply_archive},
    )


def import_candidates_file(
    session: Path, sheet: Path, *, dry_run: bool, actor: str | None = None, archive: Path | None = None
) -> ImportPreview:
    """`juryapp candidates import`: the preview, and unless `dry_run` (or a problem), the import.
    The session is opened for writing unless `dry_run` (FileBusy when another holds it); nothing
    is written when any row is wrong (the preview's problems say what and where)."""
    with SessionStore.open(session, write=not dry_run, purpose="commande juryapp candidates import") as store:
        check_preparing(store)  # a dry run says so too: it does all but the writing
        preview = preview_import(store, sheet, archive=archive)
        if dry_run or not preview.ok:
            return preview
        accept_import(store, preview, actor=actor)
    return replace(preview, written=True)


# -- the template ---------------------------------------------------------------------------------


def save_template(path: Path, view: SessionView | None = None) -> None:
    """Write an empty candidate list to fill (.csv or .xlsx, by its suffix), with one ECF column
    per CCP (or the CCS) the session examines; without a session, CCP1 and CCP2."""
    from juryapp.exchange.spreadsheet import write_template

    if view is None:
        write_template(Path(path))
    else:
        write_template(Path(path), ecf_codes=examined_codes(view))


def save_template_file(path: Path, session: Path | None = None) -> None:
    """`juryapp candidates template`: `save_template` for the session file `session`, read only."""
    if session is None:
        save_template(path)
        return
    with SessionStore.open(session, write=False) as store:
        view = read_session(store)
    save_template(path, view)
