"""What changed between two juryapp.session/1 documents, item by item, and between three.

Taking a session back from the jury compares documents (EXCHANGE.md §2, as `session_to_document`
writes them): the one handed off (the base), the secretariat's copy (ours) and the jury's
(theirs). A document is read as a set of items, each with a key:

- session-wide (`candidate` None): each field of `session` (area "session", key the field name;
  the installed référentiels too, key « référentiel CODE »), each juror by ref (area "jury"),
  the sign-off (area "signature", key "");
- per candidate: the candidate's fields but attendance, as one item (area "candidat"), the
  attendance (area "présence"), schedule entries by épreuve and CCP (area "planning", key
  « assessment/CCP » or « assessment »), evaluations by competency and épreuve (area
  "évaluation", key « competency/assessment »), results by CCP (area "résultat", key the CCP),
  the final interview, the title decision and the CCS decision (key "").

An item absent from a document has the value None, like a null one. Two values are equal when
they hold the same data: the order of keys, and of the elements of any list inside an item
(jurors of a decision, conflicts, confirmations…), does not count, nor the order of the
documents' own lists; a key whose value is null counts as absent. Two items of a document under
the same key (which a valid document does not have) are told apart as « key #2 », « key #3 »…

An item is the unit of change and of conflict: a conflict is one item changed on both sides
since the base, to different values (the same change made on both sides is no conflict).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["CANDIDATE_AREAS", "SESSION_WIDE_AREAS", "Conflict", "Difference", "ThreeWay", "differences", "three_way"]

SESSION_WIDE_AREAS = ("session", "jury", "signature")
CANDIDATE_AREAS = (
    "candidat",
    "présence",
    "planning",
    "évaluation",
    "résultat",
    "entretien final",
    "décision titre",
    "décision CCS",
)
_GROUPED = ("candidat", "jury")  # items that are records of a person, shown field by field

ItemKey = tuple[str | None, str, str]  # (candidate, area, key)


@dataclass(frozen=True, slots=True)
class Difference:
    """One item that differs: `before` or `after` is None when the item was added or removed."""

    candidate: str | None
    area: str
    key: str
    before: Any
    after: Any

    def text(self) -> str:
        """The change in one French line, e.g. « C3 — résultat CCP1 : non acquis → acquis (J1, J2) »."""
        head = _head(self.candidate, self.area, self.key)
        if self.area in _GROUPED:
            if self.before is None:
                return f"{head} ajouté : {_name(self.after)}"
            if self.after is None:
                return f"{head} retiré : {_name(self.before)}"
            return f"{head} : {_changes(self.before, self.after)}"
        if self.key.startswith("référentiel "):
            return f"{head} : {_referentiel_change(self.before, self.after)}"
        before, after = _summary(self.area, self.key, self.before), _summary(self.area, self.key, self.after)
        if before == after and isinstance(self.before, dict) and isinstance(self.after, dict):
            return f"{head} : {after} ; {_changes(self.before, self.after)}"
        return f"{head} : {before} → {after}"


@dataclass(frozen=True, slots=True)
class Conflict:
    """One item changed since the base on both sides, to different values (None: removed)."""

    candidate: str | None
    area: str
    key: str
    base: Any
    ours: Any
    theirs: Any

    def text(self) -> str:
        """The conflict in one French line: the value at hand-off, at the secretariat, at the jury."""
        head = _head(self.candidate, self.area, self.key)
        if self.area in _GROUPED:
            ours, theirs = (_side_change(self.base, side) for side in (self.ours, self.theirs))
            return f"{head} : conflit — secrétariat : {ours} ; jury : {theirs}"
        if self.key.startswith("référentiel "):
            ours, theirs = (_referentiel_change(self.base, side) for side in (self.ours, self.theirs))
            return f"{head} : conflit — secrétariat : {ours} ; jury : {theirs}"
        base, ours, theirs = (_summary(self.area, self.key, v) for v in (self.base, self.ours, self.theirs))
        return f"{head} : conflit — à la remise : {base} ; secrétariat : {ours} ; jury : {theirs}"


@dataclass(frozen=True, slots=True)
class ThreeWay:
    """What each side changed since the hand-off, and the items both changed differently."""

    theirs: list[Difference]
    ours: list[Difference]
    conflicts: list[Conflict]

    @property
    def clean(self) -> bool:
        """Whether no item was changed differently on both sides."""
        return not self.conflicts


def differences(before: dict, after: dict) -> list[Difference]:
    """The items that differ between two session documents: session-wide items first (session,
    jury, signature), then per candidate in the order of `after`'s candidates (then those of
    `before` only, then any other ref), areas in the order of CANDIDATE_AREAS, items in the
    order of `after` (then of `before`)."""
    old, new = _items(before), _items(after)
    keys = _ordered({**new, **old}, [new, old], [after, before])
    return [
        Difference(*key, before=old.get(key), after=new.get(key))
        for key in keys
        if _canon(old.get(key)) != _canon(new.get(key))
    ]


def three_way(base: dict, ours: dict, theirs: dict) -> ThreeWay:
    """The changes of the jury (base → theirs) and of the secretariat (base → ours) since the
    hand-off, and the conflicts, ordered as `differences` orders those of theirs."""
    items = [_items(doc) for doc in (theirs, ours, base)]
    t, o, b = items
    conflicts = []
    for key in _ordered({**t, **o, **b}, items, [theirs, ours, base]):
        was, mine, yours = (_canon(side.get(key)) for side in (b, o, t))
        if mine != was and yours != was and mine != yours:
            conflicts.append(Conflict(*key, base=b.get(key), ours=o.get(key), theirs=t.get(key)))
    return ThreeWay(theirs=differences(base, theirs), ours=differences(base, ours), conflicts=conflicts)


# -- items -------------------------------------------------------------------------------------------


def _items(doc: dict) -> dict[ItemKey, Any]:
    """The items of a document, keyed, in document order."""
    entries: list[tuple[ItemKey, Any]] = []
    session = doc.get("session")
    if isinstance(session, dict):
        entries.extend(((None, "session", str(name)), value) for name, value in session.items())
    for referentiel in _records(doc, "referentiels"):
        entries.append(((None, "session", f"référentiel {referentiel.get('code')}"), referentiel))
    entries.extend(((None, "jury", str(juror.get("ref"))), juror) for juror in _records(doc, "jurors"))
    if doc.get("sign_off") is not None:
        entries.append(((None, "signature", ""), doc["sign_off"]))
    for candidate in _records(doc, "candidates"):
        ref = str(candidate.get("ref"))
        entries.append(((ref, "candidat", ""), {k: v for k, v in candidate.items() if k != "attendance"}))
        entries.append(((ref, "présence", ""), candidate.get("attendance")))
    for entry in _records(doc, "schedule"):
        ccp = entry.get("ccp")
        key = f"{entry.get('assessment')}/{ccp}" if ccp is not None else str(entry.get("assessment"))
        entries.append(((_ref(entry), "planning", key), entry))
    for evaluation in _records(doc, "evaluations"):
        key = f"{evaluation.get('competency')}/{evaluation.get('assessment')}"
        entries.append(((_ref(evaluation), "évaluation", key), evaluation))
    entries.extend(((_ref(r), "résultat", str(r.get("ccp"))), r) for r in _records(doc, "results"))
    for name, area in (
        ("final_interviews", "entretien final"),
        ("title_decisions", "décision titre"),
        ("ccs_decisions", "décision CCS"),
    ):
        entries.extend(((_ref(record), area, ""), record) for record in _records(doc, name))
    return dict(_distinct(entries))


def _records(doc: dict, name: str) -> list[dict]:
    value = doc.get(name)
    return [record for record in value if isinstance(record, dict)] if isinstance(value, list) else []


def _ref(record: dict) -> str:
    return str(record.get("candidate"))


def _distinct(entries: Iterable[tuple[ItemKey, Any]]) -> list[tuple[ItemKey, Any]]:
    """The entries, those sharing a key told apart by « #2 », « #3 »… (ordered by content)."""
    groups: dict[ItemKey, list[Any]] = {}
    for key, value in entries:
        groups.setdefault(key, []).append(value)
    distinct: list[tuple[ItemKey, Any]] = []
    for (candidate, area, name), values in groups.items():
        if len(values) == 1:
            distinct.append(((candidate, area, name), values[0]))
            continue
        for number, value in enumerate(sorted(values, key=_canon), start=1):
            suffix = f" #{number}" if number > 1 else ""
            distinct.append(((candidate, area, f"{name}{suffix}"), value))
    return distinct


def _normal(value: Any) -> Any:
    """`value` with null keys dropped and every list sorted: what equality compares."""
    if isinstance(value, dict):
        return {str(k): _normal(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return sorted((_normal(v) for v in value), key=_dump)
    return value


def _dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _canon(value: Any) -> str:
    return _dump(_normal(value))


def _ordered(keys: Iterable[ItemKey], items: list[dict[ItemKey, Any]], docs: list[dict]) -> list[ItemKey]:
    """`keys` in the order of the documents: the first document's first, then the next ones'."""
    rank: dict[str, int] = {}
    for doc in docs:
        for candidate in _records(doc, "candidates"):
            rank.setdefault(str(candidate.get("ref")), len(rank))
    position: dict[ItemKey, int] = {}
    for found in items:
        for key in found:
            position.setdefault(key, len(position))

    def order(key: ItemKey) -> tuple[int, int, str, int, int]:
        candidate, area, _ = key
        if candidate is None:
            return (0, 0, "", SESSION_WIDE_AREAS.index(area), position[key])
        return (1, rank.get(candidate, len(rank)), candidate, CANDIDATE_AREAS.index(area), position[key])

    return sorted(keys, key=order)


# -- French text ---------------------------------------------------------------------------------------

_FIELDS = {
    "ref": "référence",
    "last_name": "nom de naissance",
    "usage_name": "nom d'usage",
    "first_name": "prénom",
    "birth_date": "date de naissance",
    "birth_place": "lieu de naissance",
    "pathway": "parcours",
    "from_training": "issu de formation",
    "vae_admissibility_date": "date de recevabilité VAE",
    "experience_months": "expérience (mois)",
    "professional_dossier": "dossier professionnel",
    "ecf": "ECF",
    "ccps": "CCP",
    "prior_ccps": "CCP déjà obtenus",
    "held_titles": "titres et CCS détenus",
    "habilitation_until": "habilitation jusqu'au",
    "conflicts": "conflits d'intérêts",
    "title": "titre",
    "kind": "type",
    "ccs": "CCS",
    "centre": "centre",
    "place": "lieu",
    "start": "début",
    "end": "fin",
    "issuer": "autorité de délivrance",
    "decision": "décision",
    "jurors": "jurés",
    "justification": "justification",
    "held_on": "date",
    "notes": "notes",
    "observation": "observation",
    "room": "salle",
    "at": "date",
    "confirmations": "confirmations",
    "seal": "sceau",
}
_WORDS = {
    "decision": {"acquis": "acquis", "non_acquis": "non acquis", "awarded": "attribué", "not_awarded": "non attribué"},
    "attendance": {"present": "présent", "absent": "absent", "excused": "excusé"},
    "pathway": {"vae": "VAE", "ccs": "CCS"},
    "kind": {"ccp": "session CCP", "ccs": "session CCS", "titre": "session titre"},
}
_FREE_TEXT = {"justification", "observation", "notes", "note"}
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?")
_SHORT = 60


def _head(candidate: str | None, area: str, key: str) -> str:
    """« C3 — résultat CCP1 », « session, lieu », « jury J1 », « signature »…"""
    prefix = f"{candidate} — " if candidate is not None else ""
    if area == "session":
        label = key if key.startswith("référentiel ") else _FIELDS.get(key, key)
        return f"{prefix}session, {label}"
    if area == "évaluation":
        competency, _, assessment = key.partition("/")
        return f"{prefix}évaluation {competency} ({_assessment(assessment)})"
    if area == "planning":
        assessment, _, ccp = key.partition("/")
        return f"{prefix}planning {_assessment(assessment)}{f' {ccp}' if ccp else ''}"
    return f"{prefix}{area}{f' {key}' if key else ''}"


def _assessment(kind: str) -> str:
    return kind.replace("_", " ")


def _value(value: Any, field: str = "") -> str:
    """A value as a line of French shows it: dates as JJ/MM/AAAA, yes/no, codes in words."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, str):
        return _text_value(value, field)
    if isinstance(value, dict):
        if field == "ecf":
            return ", ".join(f"{k} {_value(v)}" for k, v in value.items()) or "aucun"
        return " ".join(_value(v, str(k)) for k, v in value.items() if v not in (None, "", [], {})) or "—"
    if isinstance(value, list | tuple):
        return ", ".join(_value(v, field) for v in value) or "aucun"
    return str(value)


def _text_value(value: str, field: str) -> str:
    if field in _WORDS:
        return _WORDS[field].get(value, value)
    if field == "assessment":
        return _assessment(value)
    if field in _FREE_TEXT:
        short = value if len(value) <= _SHORT else value[: _SHORT - 1] + "…"
        return f"« {' '.join(short.split())} »" if value else "(vide)"
    if found := _DATE_TIME.fullmatch(value):
        year, month, day, hour, minute = found.groups()
        return f"{day}/{month}/{year} {hour}:{minute}"
    if found := _DATE.fullmatch(value):
        year, month, day = found.groups()
        return f"{day}/{month}/{year}"
    return value


def _jurors(record: dict) -> str:
    jurors = record.get("jurors")
    return f" ({_value(jurors)})" if isinstance(jurors, list) and jurors else ""


def _summary(area: str, key: str, value: Any) -> str:
    """An item's value in a few French words: « acquis (J1, J2) », « signée le … »."""
    if area == "signature":
        return f"signée le {_value(value.get('at'))}{_jurors(value)}" if isinstance(value, dict) else "non signée"
    if not isinstance(value, dict):
        return _value(value, "attendance" if area == "présence" else key)
    if area in ("résultat", "décision titre", "décision CCS"):
        return f"{_value(value.get('decision'), 'decision')}{_jurors(value)}"
    if area == "entretien final":
        return f"tenu le {_value(value.get('held_on'))}{_jurors(value)}"
    if area == "évaluation":
        return _value(value.get("observation"), "observation")
    if area == "planning":
        start, end = _value(value.get("start")), _value(value.get("end"))
        if start[:10] == end[:10] and len(end) > 10:
            end = end[11:]
        return f"{_value(value.get('room'))}, {start} – {end}{_jurors(value)}"
    return _value(value, key)


def _name(record: Any) -> str:
    if not isinstance(record, dict):
        return _value(record)
    parts = [record.get("last_name"), record.get("first_name")]
    return " ".join(str(part) for part in parts if part) or "—"


def _changes(before: dict, after: dict) -> str:
    """The fields that differ, « prénom Jean → Jeanne ; lieu de naissance Lyon → Lyon (69) »."""
    names = [*after, *(name for name in before if name not in after)]
    changed = [
        f"{_FIELDS.get(name, name)} {_value(before.get(name), name)} → {_value(after.get(name), name)}"
        for name in names
        if _canon(before.get(name)) != _canon(after.get(name))
    ]
    return " ; ".join(changed) or "modifié"


def _side_change(base: Any, side: Any) -> str:
    """What one side did to a record of a person since the base."""
    if side is None:
        return "retiré"
    if not isinstance(base, dict) or not isinstance(side, dict):
        return f"ajouté : {_name(side)}"
    return _changes(base, side)


def _referentiel_change(before: Any, after: Any) -> str:
    if before is None:
        return "ajouté"
    return "retiré" if after is None else "modifié"
