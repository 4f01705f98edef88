"""What the jury does, as operations: each checks the request, writes one transaction, says what changed.

The window calls these and nothing else to change a session. Each returns a `Change` naming
the candidates whose state moved, so every panel can refresh what is stale. A refused request
raises BadInput with a French sentence that says what is wrong; nothing is written then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from juryapp.errors import BadInput, SessionLocked
from juryapp.model import SessionData
from juryapp.rules import ccps_examined, evaluate_candidate
from juryapp.rules.codes import CODE_INFO
from juryapp.rules.wording import fold
from juryapp.storage.store import VERSION_KEYS, SessionStore

UNDO_REASON = "Annulation (Ctrl+Z) de la dernière modification"


@dataclass(frozen=True, slots=True)
class Change:
    """What an operation changed: the table, the new version and the candidates concerned."""

    action: str
    candidates: tuple[str, ...]
    table: str | None = None
    record_id: int | None = None
    session_wide: bool = False
    details: dict[str, Any] = field(default_factory=dict)


def _conflicted(data: SessionData, candidate: str, jurors: list[str] | tuple[str, ...]) -> list[str]:
    problems = []
    for ref in jurors:
        juror = data.juror(ref)
        if juror is None:
            raise BadInput(f"juré « {ref} » inconnu")
        conflict = juror.conflict_with(candidate)
        if conflict is not None:
            problems.append(f"{juror.display_name} ({conflict.kind})")
    return problems


def _check_jurors(
    data: SessionData,
    candidate: str,
    jurors: list[str] | tuple[str, ...],
    too_few: str = "la décision doit être prise par au moins deux jurés",
) -> None:
    """At least two jurors, none of them in conflict with the candidate."""
    if len(jurors) < 2:
        raise BadInput(too_few)
    conflicted = _conflicted(data, candidate, jurors)
    if conflicted:
        raise BadInput(
            "juré en conflit d'intérêts avec ce candidat, qui ne peut pas participer à son "
            "évaluation ni à la délibération : " + ", ".join(conflicted)
        )


def _reason_if_locked(store: SessionStore, reason: str) -> None:
    if store.is_locked and not reason.strip():
        raise SessionLocked(
            "la session est close : indiquez le motif de cette modification, qui sera une "
            "révocation inscrite à l'historique et au procès-verbal"
        )


def _write(store: SessionStore, table: str, row: dict[str, Any], actor: str, reason: str) -> int:
    """Append a version; after sign-off, as a revocation of the current one with its reason."""
    _reason_if_locked(store, reason)
    key = {column: row[column] for column in VERSION_KEYS[table]}
    if store.is_locked:
        current = store.current_id(table, **key)
        if current is None:
            raise SessionLocked(
                "la session est close : seule une décision existante peut être révoquée, avec son motif"
            )
        new_id = store.revoke(table, current, reason, actor=actor, replacement=row)
        assert new_id is not None
        return new_id
    return store.append_version(table, row, actor=actor, reason=reason)


def _candidate(data: SessionData, ref: str) -> None:
    if data.candidate(ref) is None:
        raise BadInput(f"candidat « {ref} » inconnu")


def set_attendance(store: SessionStore, candidate: str, attendance: str, *, actor: str, reason: str = "") -> Change:
    data = store.snapshot()
    _candidate(data, candidate)
    current = data.candidate(candidate)
    if current is not None and current.attendance == attendance:
        return Change("set_attendance", (candidate,))
    row_id = _write(store, "attendance", {"candidate": candidate, "attendance": attendance}, actor, reason)
    return Change("set_attendance", (candidate,), "attendance", row_id)


def record_observation(
    store: SessionStore,
    candidate: str,
    competency: str,
    assessment: str,
    observation: str,
    *,
    actor: str,
    reason: str = "",
) -> Change:
    data = store.snapshot()
    _candidate(data, candidate)
    title = store.referentiels()[data.session.title]
    if competency not in title.competency_codes():
        raise BadInput(f"« {competency} » n'est pas une compétence de {title.code}")
    for existing in data.evaluations:
        if (existing.candidate, existing.competency, existing.assessment) == (
            candidate,
            competency,
            assessment,
        ) and existing.observation == observation:
            return Change("record_observation", (candidate,))
    row = {
        "candidate": candidate,
        "competency": competency,
        "assessment": assessment,
        "observation": observation,
    }
    row_id = _write(store, "evaluations", row, actor, reason)
    return Change("record_observation", (candidate,), "evaluations", row_id)


def record_result(
    store: SessionStore,
    candidate: str,
    ccp: str,
    decision: str,
    jurors: list[str] | tuple[str, ...],
    justification: str = "",
    *,
    actor: str,
    reason: str = "",
) -> Change:
    """A CCP acquis or non acquis. Non acquis needs its written reason."""
    data = store.snapshot()
    _candidate(data, candidate)
    title = store.referentiels()[data.session.title]
    if ccp not in ccps_examined(data, title):
        raise BadInput(f"{ccp} n'est pas examiné dans cette session")
    if decision == "non_acquis" and not justification.strip():
        raise BadInput(f"{ccp} non acquis : la décision doit être motivée par écrit (motivation vide)")
    _check_jurors(data, candidate, jurors)
    row = {
        "candidate": candidate,
        "ccp": ccp,
        "decision": decision,
        "jurors": list(jurors),
        "justification": justification.strip(),
    }
    row_id = _write(store, "results", row, actor, reason)
    return Change("record_result", (candidate,), "results", row_id)


def record_final_interview(
    store: SessionStore,
    candidate: str,
    held_on: dt.date | None,
    jurors: list[str] | tuple[str, ...],
    notes: str = "",
    *,
    actor: str,
    reason: str = "",
) -> Change:
    data = store.snapshot()
    _candidate(data, candidate)
    _check_jurors(data, candidate, jurors, too_few="l'entretien final se tient devant au moins deux jurés")
    row = {
        "candidate": candidate,
        "held_on": held_on.isoformat() if held_on else None,
        "jurors": list(jurors),
        "notes": notes,
    }
    row_id = _write(store, "final_interviews", row, actor, reason)
    return Change("record_final_interview", (candidate,), "final_interviews", row_id)


def decide(
    store: SessionStore,
    candidate: str,
    decision: str,
    jurors: list[str] | tuple[str, ...],
    justification: str = "",
    *,
    actor: str,
    reason: str = "",
) -> Change:
    """The title decision (the CCS decision in a session CCS). Not awarded needs its reason."""
    data = store.snapshot()
    _candidate(data, candidate)
    table = "ccs_decisions" if data.session.kind == "ccs" else "title_decisions"
    what = "Le CCS" if table == "ccs_decisions" else "Le titre"
    if decision == "not_awarded" and not justification.strip():
        raise BadInput(f"{what} non attribué : la décision doit être motivée par écrit (motivation vide)")
    _check_jurors(data, candidate, jurors)
    row = {
        "candidate": candidate,
        "decision": decision,
        "jurors": list(jurors),
        "justification": justification.strip(),
    }
    row_id = _write(store, table, row, actor, reason)
    return Change("decide", (candidate,), table, row_id)


WITHDRAW_REASON = "Retrait par le jury"


def withdraw(
    store: SessionStore, table: str, candidate: str, *, actor: str, reason: str = "", **key: str
) -> Change | None:
    """Take back a decision, an observation or an entretien final altogether (none is current)."""
    if table not in VERSION_KEYS:
        raise BadInput(f"« {table} » ne se retire pas")
    _reason_if_locked(store, reason)
    ids = store.withdraw(table, {"candidate": candidate, **key}, reason or WITHDRAW_REASON, actor=actor)
    if not ids:
        return None
    return Change("withdraw", (candidate,), table, ids[-1])


def revert(store: SessionStore, change: Change, *, actor: str, reason: str = UNDO_REASON) -> Change | None:
    """Undo one earlier change of this session: the state before it becomes current again.

    A new version is revoked (the one before it is current again); a withdrawal is undone by
    recording the withdrawn content anew. Nothing is erased: both steps stay in the history.
    """
    if store.is_locked:
        raise SessionLocked(
            "la session est close : l'annulation n'est plus possible, révoquez la décision avec son motif"
        )
    if change.table is None or change.record_id is None:
        return None
    if change.action == "withdraw":
        values = store.version_values(change.table, change.record_id)
        new_id = store.append_version(change.table, values, actor=actor, reason=reason)
        return Change("revert", change.candidates, change.table, new_id)
    store.revoke(change.table, change.record_id, reason, actor=actor)
    return Change("revert", change.candidates, change.table, change.record_id)


@dataclass(frozen=True, slots=True)
class SignOffReadiness:
    ready: bool
    missing: tuple[str, ...]


def sign_off_readiness(store: SessionStore) -> SignOffReadiness:
    """Whether every present, admissible candidate has a decision (and which do not)."""
    data = store.snapshot()
    referentiels = store.referentiels()
    title = referentiels[data.session.title]
    examined = ccps_examined(data, title)
    missing = []
    decided_title = {d.candidate for d in data.title_decisions}
    decided_ccs = {d.candidate for d in data.ccs_decisions}
    results = {(r.candidate, r.ccp) for r in data.results}
    for candidate in data.candidates:
        if candidate.attendance != "present":
            continue
        outcome = evaluate_candidate(data, referentiels, candidate.ref)
        if any(not CODE_INFO[f.code].about_decisions for f in outcome.blockers):
            continue
        if data.session.kind == "titre":
            decided = candidate.ref in decided_title
        elif data.session.kind == "ccp":
            decided = all((candidate.ref, ccp) in results for ccp in examined)
        else:
            decided = candidate.ref in decided_ccs
        if not decided:
            missing.append(candidate.ref)
    return SignOffReadiness(not missing, tuple(missing))


def sign_off(store: SessionStore, confirmations: dict[str, str], *, actor: str, at: str | None = None) -> Change:
    """Close the session. `confirmations` maps each juror present to the name they typed."""
    data = store.snapshot()
    readiness = sign_off_readiness(store)
    if not readiness.ready:
        raise BadInput("la session ne peut pas être close : sans décision pour " + ", ".join(readiness.missing))
    if len(confirmations) < 2:
        raise BadInput("la clôture doit être confirmée par au moins deux jurés présents")
    for ref, typed in confirmations.items():
        juror = data.juror(ref)
        if juror is None:
            raise BadInput(f"juré « {ref} » inconnu")
        if fold(typed) != fold(juror.display_name) and fold(typed) != fold(f"{juror.last_name} {juror.first_name}"):
            raise BadInput(f"confirmation de {juror.display_name} : le nom saisi « {typed} » ne correspond pas")
    stamp = store.sign_off(list(confirmations), actor=actor, at=at)
    return Change(
        "sign_off",
        tuple(c.ref for c in data.candidates),
        "sign_offs",
        session_wide=True,
        details={"at": stamp},
    )
