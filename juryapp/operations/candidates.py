"""The secretary's candidates: add, edit, remove before the session, checked as typed (EXCHANGE.md §2).

- A candidate's form is a §2 candidate dict (`candidate_fields` / `candidate_from_fields`); a
  field in fault is a `CandidateFieldError` naming it in French (and its §2 key, for the form).
- « Checked as you type »: `candidate_check` gives the rules' blockers and warnings of the
  candidate as if they were in the session (DOMAIN.md §6); nothing is decided here.
- Changes are refused once the session is signed off, and once the file was handed to the jury
  (then only the attendance changes, `juryapp.operations.set_attendance`). A ref, once given in a
  file, is never given again (removed candidates keep theirs).
- What the centre archive knows of a candidate is `juryapp.operations.candidates_archive`; the
  import of a spreadsheet, `juryapp.operations.candidates_import`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from juryapp.errors import BadInput, SessionLocked
from juryapp.model import Candidate, Referentiel, SessionData
from juryapp.operations import Change
from juryapp.operations.candidates_archive import apply_proposals
from juryapp.rules import Finding, evaluate_candidate
from juryapp.rules.checks import has_text
from juryapp.rules.holdings import identity
from juryapp.rules.wording import fr_list
from juryapp.session_view import SessionView
from juryapp.storage.common import default_actor
from juryapp.storage.store import SessionStore
from juryapp.textcheck import check_text

if TYPE_CHECKING:
    from juryapp.operations.candidates_archive import ArchiveProposal


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
    return checked_candidate(view.data, view.referentiels, fields, form=True)


def checked_candidate(
    data: SessionData, referentiels: Mapping[str, Referentiel], fields: Mapping[str, Any], *, form: bool
) -> Candidate:
    """The candidate `fields` describe, checked as a session document's candidate is; with `form`,
    names, birth date and place are required too. CandidateFieldError names the field at fault."""
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


def same_person(data: SessionData, candidate: Candidate) -> list[Candidate]:
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
    candidate = checked_candidate(data, store.referentiels(), fields, form=True)
    if not ref:
        candidate = replace(candidate, ref=next_refs(used, 1)[0])
    candidate = apply_proposals(candidate, proposals)
    store.add_candidates([candidate], actor=actor or default_actor(), source="saisie")
    twins = tuple(c.ref for c in same_person(data, candidate))
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
    candidate = checked_candidate(data, store.referentiels(), {**fields, "ref": ref}, form=True)
    candidate = replace(candidate, attendance=current.attendance)
    changed = store.update_candidate(candidate, actor=actor or default_actor())
    twins = {c.ref for c in same_person(data, current)} | {c.ref for c in same_person(data, candidate)}
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
    twins = tuple(c.ref for c in same_person(data, candidate))
    store.remove_candidate(ref, reason.strip(), actor=actor or default_actor())
    return Change("remove_candidate", (ref, *twins), "candidates", details={"reason": reason.strip()})


def decisions_of(data: SessionData, ref: str) -> list[str]:
    """The jury's current decisions about a candidate, in French (« le résultat du CCP1 »…)."""
    found = [f"le résultat du {r.ccp}" for r in data.results if r.candidate == ref]
    for table, label in _DECISIONS.items():
        if any(record.candidate == ref for record in getattr(data, table)):
            found.append(label)
    return found
