"""The evaluation grid's operations: a mark per competency and épreuve, and dated observations.

A cell of the grid (candidate × competency × épreuve) holds a mark (« acquis », « en cours
d'acquisition », « non acquis », « non évalué », or none) and the observations written in it,
each one its own entry with its date and author. Each operation appends one new version of the
cell that keeps the other half: an observation keeps the mark, a mark keeps the entries. The
cell's `observation` is always its entries' texts joined by a blank line, so what reads only
`observation` (older files, the export's first edition) still reads every word.

Marks inform the jury; they never decide (DOMAIN.md §4): no rule reads them, and a mark changes
no outcome. After sign-off a change is a revocation, as for every other record
(`operations._write`): its reason and the jurors who pronounce it are required.

The reading helpers (`cell_entries`, `ccp_marks`, `glance_text`…) are pure: the panels and the
deliberation view use them to show the same thing the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from juryapp.errors import BadInput
from juryapp.model import ASSESSMENT_KINDS, ASSESSMENT_LABELS, MARK_LABELS, MARKS, Evaluation, ObservationEntry
from juryapp.operations import Change, _candidate, _refs, _write, withdraw
from juryapp.storage.common import entries_json
from juryapp.storage.store import SessionStore
from juryapp.textcheck import check_text

__all__ = [
    "ENTRY_SEPARATOR",
    "MARK_SYMBOLS",
    "NO_MARK_SYMBOL",
    "add_observation",
    "ccp_marks",
    "cell_entries",
    "glance_text",
    "mark_text",
    "set_mark",
]

# Between two entries in the cell's `observation`: a blank line, so each stays readable.
ENTRY_SEPARATOR = "\n\n"

# A symbol for each mark, always shown with its word (colour alone says nothing to some readers).
MARK_SYMBOLS = {"acquis": "✔", "en_cours": "◐", "non_acquis": "✘", "non_evalue": "○"}
NO_MARK_SYMBOL = "–"


def mark_text(mark: str, translate: Callable[[str], str] = str) -> str:
    """« ✔ acquis », « ○ non évalué »; « – sans marque » for a cell without a mark (its word
    through `translate`: the interface's language)."""
    label = MARK_LABELS.get(mark)
    return f"{MARK_SYMBOLS.get(mark, NO_MARK_SYMBOL)} {translate(label) if label is not None else mark}"


def cell_entries(
    evaluation: Evaluation | None, recorded_at: str = "", recorded_by: str = ""
) -> tuple[ObservationEntry, ...]:
    """The observations of a cell, oldest first.

    A cell written before entries existed (an imported file, an older version) has only its
    `observation` text: it is one entry, dated and signed with `recorded_at`/`recorded_by` when
    the caller knows them (the version's own), else left undated.
    """
    if evaluation is None:
        return ()
    if evaluation.entries:
        return evaluation.entries
    if evaluation.observation.strip():
        return (ObservationEntry(recorded_at, recorded_by, evaluation.observation),)
    return ()


def _cell_key(candidate: str, competency: str, assessment: str) -> tuple[str, str, str]:
    return (candidate, competency, assessment)


def _check_cell(store: SessionStore, candidate: str, competency: str, assessment: str) -> None:
    """Refuse, in French, a cell that is not one of the session's grid."""
    data = store.snapshot()
    _candidate(data, candidate)
    title = store.referentiels()[data.session.title]
    if competency not in title.observation_codes():
        raise BadInput(f"« {competency} » n'est ni une compétence ni un CCP de {title.code}")
    if assessment not in ASSESSMENT_KINDS:
        known = ", ".join(ASSESSMENT_LABELS[k].lower() for k in ASSESSMENT_KINDS)
        raise BadInput(f"épreuve « {assessment} » inconnue (épreuves possibles : {known})")
    person = data.candidate(candidate)
    if person is not None and person.attendance != "present":
        raise BadInput(f"candidat « {candidate} » non présent : ni observation ni marque pour ce candidat")


def _current_entries(store: SessionStore, existing: Evaluation | None) -> tuple[ObservationEntry, ...]:
    """The cell's entries; a text written before entries existed is signed with its version."""
    if existing is None or existing.entries or not existing.observation.strip():
        return cell_entries(existing)
    return cell_entries(
        existing, *_legacy_signature(store, existing.candidate, existing.competency, existing.assessment)
    )


def _legacy_signature(store: SessionStore, candidate: str, competency: str, assessment: str) -> tuple[str, str]:
    """When and by whom the current version of a cell was recorded ("", "" when there is none)."""
    key = _cell_key(candidate, competency, assessment)
    for record in reversed(store.history(candidate)):
        if record.table == "evaluations" and record.current and record.key == key:
            return record.recorded_at, record.recorded_by
    return "", ""


def _row(candidate: str, competency: str, assessment: str, mark: str, entries: Sequence[ObservationEntry]) -> dict:
    return {
        "candidate": candidate,
        "competency": competency,
        "assessment": assessment,
        "observation": ENTRY_SEPARATOR.join(e.text for e in entries),
        "mark": mark,
        "entries": entries_json(tuple(entries)),
    }


def set_mark(
    store: SessionStore,
    candidate: str,
    competency: str,
    assessment: str,
    mark: str,
    *,
    actor: str,
    reason: str = "",
    revoked_by: tuple[str, ...] = (),
) -> Change:
    """Give the cell the mark `mark` (one of MARKS, or "" to take the mark away), keeping its
    observations. A cell left with neither mark nor observation is withdrawn (its versions stay
    in the history). Refused (BadInput) for an unknown mark, competency, épreuve or candidate,
    and for a candidate who is not present.
    """
    if mark not in (*MARKS, ""):
        known = ", ".join(MARK_LABELS[m] for m in MARKS)
        raise BadInput(f"marque « {mark} » inconnue (marques possibles : {known})")
    _check_cell(store, candidate, competency, assessment)
    existing: Evaluation | None = store.current_record("evaluations", _cell_key(candidate, competency, assessment))
    if (existing.mark if existing else "") == mark:
        return Change("set_mark", (candidate,))
    entries = _current_entries(store, existing)
    if not mark and not entries:
        withdrawn = withdraw(
            store,
            "evaluations",
            candidate,
            actor=actor,
            reason=reason,
            revoked_by=revoked_by,
            competency=competency,
            assessment=assessment,
        )
        return withdrawn if withdrawn is not None else Change("set_mark", (candidate,))
    row = _row(candidate, competency, assessment, mark, entries)
    row_id, changed = _write(store, "evaluations", row, actor, reason, revoked_by)
    return Change("set_mark", _refs(candidate, changed), "evaluations", row_id)


def add_observation(
    store: SessionStore,
    candidate: str,
    competency: str,
    assessment: str,
    text: str,
    *,
    actor: str,
    reason: str = "",
    revoked_by: tuple[str, ...] = (),
) -> Change:
    """Add `text` to the cell as a new observation of its own, dated now (the session's clock)
    and signed `actor`; the mark and the earlier observations are kept as they are.

    Refused (BadInput) for an empty text, a text over the limits (juryapp.textcheck), a cell
    whose observations together would exceed them, and as `set_mark` refuses a cell.
    """
    text = check_text(text, "text", field="observation").strip()
    if not text:
        raise BadInput("observation vide : rien à ajouter")
    _check_cell(store, candidate, competency, assessment)
    existing: Evaluation | None = store.current_record("evaluations", _cell_key(candidate, competency, assessment))
    earlier = _current_entries(store, existing)
    entry = ObservationEntry(store.clock().isoformat(timespec="seconds"), actor, text)
    entries = (*earlier, entry)
    row = _row(candidate, competency, assessment, existing.mark if existing else "", entries)
    check_text(row["observation"], "text", field="observations de la cellule")
    row_id, changed = _write(store, "evaluations", row, actor, reason, revoked_by)
    return Change("add_observation", _refs(candidate, changed), "evaluations", row_id)


# -- reading, for the panels ---------------------------------------------------------------------


def ccp_marks(
    evaluations: Iterable[Evaluation], candidate: str, competencies: Sequence[str], assessments: Sequence[str]
) -> list[tuple[str, tuple[str, ...]]]:
    """Per competency (in `competencies`' order), its marks in the order of `assessments`, those
    set only: [("CP1", ("acquis",)), ("CP2", ()), …]."""
    marks: dict[tuple[str, str], str] = {
        (e.competency, e.assessment): e.mark
        for e in evaluations
        if e.candidate == candidate and e.mark and e.competency in competencies
    }
    order = list(assessments) + sorted({kind for (_cp, kind) in marks if kind not in assessments})
    return [(cp, tuple(marks[(cp, kind)] for kind in order if (cp, kind) in marks)) for cp in competencies]


def glance_text(
    marks: Sequence[tuple[str, tuple[str, ...]]], words: bool = False, translate: Callable[[str], str] = str
) -> str:
    """« CP1 ✔ CP2 ◐ CP3 ✘ CP4 – » (a competency marked in two épreuves: « CP1 ✔◐ »); with
    `words`, « CP1 ✔ acquis · CP2 – sans marque » for a tooltip or a screen reader (the words
    through `translate`)."""
    parts = []
    for code, found in marks:
        if words:
            parts.append(f"{code} " + (" / ".join(mark_text(m, translate) for m in found) or mark_text("", translate)))
        else:
            parts.append(f"{code} " + ("".join(MARK_SYMBOLS[m] for m in found) or NO_MARK_SYMBOL))
    return (" · " if words else "  ").join(parts)
