"""The secretary's jurors: their names, habilitation, conflicts of interest with candidates, and
whether each candidate keeps a jury (DOMAIN.md §4: two habilitated jurors without conflict).

Changes are refused once the session is signed off or handed to the jury, as for candidates; a
juror named on a decision, the schedule or the sign-off is never removed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from juryapp.errors import BadInput
from juryapp.model import CONFLICT_KINDS, CONFLICT_LABELS, Conflict, Juror, SessionData
from juryapp.operations import Change
from juryapp.operations.candidates import check_preparing, next_refs
from juryapp.rules.checks import MIN_JURORS, conflict_label, jury_of
from juryapp.rules.wording import fr_date, fr_list
from juryapp.session_view import SessionView
from juryapp.storage.common import default_actor
from juryapp.storage.store import SessionStore
from juryapp.textcheck import check_text

# Where a juror may be named (SessionStore.juror_in_records), as the refusal says it.
_NAMED_IN = {
    "results": "un résultat de CCP",
    "final_interviews": "un entretien final",
    "title_decisions": "une décision sur le titre",
    "ccs_decisions": "une décision sur le CCS",
    "schedule": "le planning des épreuves",
    "sign_offs": "la clôture de la session",
}
_NUMBER_WORDS = {1: "un", 2: "deux", 3: "trois", 4: "quatre"}


def juror_fields(juror: Juror) -> dict[str, Any]:
    """A juror as the §2 dict the form edits."""
    return {
        "ref": juror.ref,
        "last_name": juror.last_name,
        "first_name": juror.first_name,
        "habilitation_until": juror.habilitation_until.isoformat() if juror.habilitation_until else None,
        "conflicts": [{"candidate": c.candidate, "kind": c.kind, "note": c.note} for c in juror.conflicts],
    }


def juror_from_fields(view: SessionView, fields: Mapping[str, Any]) -> Juror:
    """The juror a form describes (a §2 juror dict; the date as ISO text or `date`, or empty).
    Names are one line and required; each conflict names a candidate of the session, once, with a
    known kind. An empty ref stays empty (`save_juror` gives one). BadInput names the field in French."""
    return _juror(view.data, fields)


def _juror(data: SessionData, fields: Mapping[str, Any]) -> Juror:
    ref = " ".join(str(fields.get("ref") or "").split())
    check_text(ref, "name", field="référence du juré")
    names = {}
    for key, label in (("last_name", "nom du juré"), ("first_name", "prénom du juré")):
        value = " ".join(str(fields.get(key) or "").split())
        check_text(value, "name", field=label)
        if not value:
            raise BadInput(f"{label} manquant", field=label)
        names[key] = value
    until = _date(fields.get("habilitation_until"), "fin d'habilitation")
    conflicts: list[Conflict] = []
    for number, raw in enumerate(fields.get("conflicts") or (), start=1):
        where = f"conflit n° {number}"
        if not isinstance(raw, Mapping):
            raise BadInput("un conflit d'intérêts est un objet (candidat, nature, note)", field=where)
        candidate = str(raw.get("candidate") or "").strip()
        if data.candidate(candidate) is None:
            raise BadInput(f"candidat « {candidate} » inconnu dans la session", field=f"{where} (candidat)")
        if any(c.candidate == candidate for c in conflicts):
            raise BadInput(f"conflit déclaré deux fois avec {candidate}", field=f"{where} (candidat)")
        kind = str(raw.get("kind") or "")
        if kind not in CONFLICT_KINDS:
            choices = ", ".join(f"{k} ({CONFLICT_LABELS[k]})" for k in CONFLICT_KINDS)
            raise BadInput(f"nature « {kind} » inconnue (attendu : {choices})", field=f"{where} (nature)")
        note = str(raw.get("note") or "")
        check_text(note, "text", field=f"{where} (note)")
        conflicts.append(Conflict(candidate, kind, note.strip()))
    return Juror(ref, names["last_name"], names["first_name"], until, tuple(conflicts))


def _date(value: Any, label: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise BadInput(f"date invalide « {value} » (format attendu AAAA-MM-JJ)", field=label) from None


def save_juror(store: SessionStore, fields: Mapping[str, Any], *, actor: str | None = None) -> Change:
    """Add a juror (an empty ref gets the first free J1, J2…) or replace one of the same ref, with
    their conflicts. Every candidate's jury may change: the Change is session-wide; its details say
    `added`, and a `warning` when the habilitation does not cover the session's last day."""
    check_preparing(store)
    data = store.snapshot()
    juror = _juror(data, fields)
    if not juror.ref:
        juror = Juror(
            next_refs((j.ref for j in data.jurors), 1, "J")[0],
            juror.last_name,
            juror.first_name,
            juror.habilitation_until,
            juror.conflicts,
        )
    added = store.save_juror(juror, actor=actor or default_actor())
    details: dict[str, Any] = {"ref": juror.ref, "added": added}
    end = data.session.end
    if not juror.is_habilitated_on(end):
        until = f"s'arrête le {fr_date(juror.habilitation_until)}" if juror.habilitation_until else "n'est pas datée"
        details["warning"] = (
            f"l'habilitation de {juror.display_name} {until}, avant la fin de la session ({fr_date(end)}) : "
            "ce juré ne prendra part à aucune décision"
        )
    refs = tuple(c.ref for c in data.candidates)
    return Change("save_juror", refs, "jurors", session_wide=True, details=details)


def remove_juror(store: SessionStore, ref: str, *, actor: str | None = None) -> Change:
    """Remove a juror and their conflicts; refused when they are named on a decision, the
    schedule or the sign-off (it says where)."""
    check_preparing(store)
    data = store.snapshot()
    juror = data.juror(ref)
    if juror is None:
        raise BadInput(f"juré « {ref} » inconnu")
    table = store.juror_in_records(ref)
    if table is not None:
        raise BadInput(
            f"{juror.display_name} ({ref}) figure sur {_NAMED_IN.get(table, table)} : "
            "un juré nommé dans les enregistrements de la session y reste"
        )
    store.remove_juror(ref, actor=actor or default_actor())
    refs = tuple(c.ref for c in data.candidates)
    return Change("remove_juror", refs, "jurors", session_wide=True, details={"ref": ref})


@dataclass(frozen=True, slots=True)
class Coverage:
    """One candidate's jury (DOMAIN.md §4): the jurors habilitated on the session's last day and
    free of conflict with them, and why each other juror is left out."""

    candidate: str
    jurors: tuple[str, ...]  # refs
    names: tuple[str, ...]
    excluded: tuple[str, ...]

    @property
    def enough(self) -> bool:
        return len(self.jurors) >= MIN_JURORS

    def text(self) -> str:
        """« 2 jurés habilités sans conflit : A, B » or « un seul juré … : A ; il en faut deux »."""
        count = len(self.jurors)
        needed = _NUMBER_WORDS.get(MIN_JURORS, str(MIN_JURORS))
        if count == 0:
            return f"aucun juré habilité sans conflit ; il en faut {needed}"
        names = ", ".join(self.names)
        if count == 1:
            text = f"un seul juré habilité sans conflit : {names}"
        else:
            text = f"{count} jurés habilités sans conflit : {names}"
        return text if self.enough else f"{text} ; il en faut {needed}"

    def details(self) -> str:
        """`text()`, then who is left out and why."""
        if not self.excluded:
            return self.text()
        return f"{self.text()} (écartés : {fr_list(list(self.excluded))})"


def jury_coverage(view: SessionView) -> dict[str, Coverage]:
    """For each present candidate, the jurors who may decide about them: habilitated through the
    session's last day (`Juror.is_habilitated_on`) and without conflict (`Juror.conflict_with`)."""
    data = view.data
    day = data.session.end
    coverage: dict[str, Coverage] = {}
    for candidate in data.candidates:
        if candidate.attendance != "present":
            continue
        eligible, barred = jury_of(data, candidate.ref)  # the rules decide who may sit
        excluded = [
            f"{juror.display_name}, en conflit ({conflict_label(conflict)})"
            if conflict is not None
            else f"{juror.display_name}, habilitation ne couvrant pas le {fr_date(day)}"
            for juror, conflict in barred
        ]
        coverage[candidate.ref] = Coverage(
            candidate.ref,
            tuple(j.ref for j in eligible),
            tuple(j.display_name for j in eligible),
            tuple(excluded),
        )
    return coverage
