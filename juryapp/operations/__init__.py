"""What the jury does, as operations: each checks the request, writes one transaction, says what changed.

The window calls these and nothing else to change a session. Each returns a `Change` naming
the candidates whose state moved, so every panel can refresh what is stale. A refused request
raises BadInput with a French sentence that says what is wrong; nothing is written then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from juryapp.errors import BadInput, SessionLocked
from juryapp.model import (
    AWARD_LABELS,
    DECISION_KINDS,
    DOCUMENT_LABELS,
    AwardDecisionRecord,
    CcpResult,
    Confirmation,
    FinalInterview,
    Issuer,
    Referentiel,
    SessionData,
    SignOff,
)
from juryapp.operations.files import backup_after
from juryapp.operations.integrity import seal_sign_off
from juryapp.rules import Outcome, SignOffNeeds, ccps_examined, evaluate_candidate, evaluate_session, sign_off_problems
from juryapp.rules import sign_off_needs as rules_sign_off_needs
from juryapp.rules.checks import has_text
from juryapp.rules.wording import fold, fr_date, fr_datetime
from juryapp.session_view import SessionView, read_session
from juryapp.storage.store import VERSION_KEYS, SessionStore
from juryapp.textcheck import check_text

# Documents that state a candidate's outcome, or every candidate's: un-issued when it changes.
SESSION_DECISION_KINDS = frozenset({"pv", "fiche_synthese"})
CANDIDATE_DECISION_KINDS = DECISION_KINDS - SESSION_DECISION_KINDS
# Documents that print the issuer (« Fait à …, le … », the signatory).
ISSUER_KINDS = frozenset({"parchemin", "livret"})
# Records printed on the fiche individuelle de résultats.
FICHE_TABLES = frozenset({"results", "final_interviews", "title_decisions", "ccs_decisions", "evaluations"})

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


def _refused_by_rules(store: SessionStore, data: SessionData, after: SessionData, candidate: str) -> None:
    """Refuse a change that would give the candidate a blocker about decisions they did not have.

    The rules decide (one place); the jury is told why at once instead of finding the candidate
    « Bloqué » afterwards. Blockers about the candidate's file do not stop the jury's work.
    """
    referentiels = store.referentiels()
    before = {(f.code, f.message) for f in evaluate_candidate(data, referentiels, candidate).blockers}
    new = [
        f.message
        for f in evaluate_candidate(after, referentiels, candidate).blockers
        if not f.about_file and (f.code, f.message) not in before
    ]
    if new:
        raise BadInput(" ; ".join(message[:1].lower() + message[1:] for message in new))


def _with(data: SessionData, table: str, row: dict[str, Any]) -> SessionData:
    """The session as it would be with `row` as the current version of its key in `table`."""
    ref = row["candidate"]
    if table == "attendance":
        people = tuple(replace(c, attendance=row["attendance"]) if c.ref == ref else c for c in data.candidates)
        return data.evolve(candidates=people)
    if table == "results":
        record = CcpResult(ref, row["ccp"], row["decision"], tuple(row["jurors"]), row["justification"])
        kept = tuple(r for r in data.results if (r.candidate, r.ccp) != (ref, row["ccp"]))
        return data.evolve(results=(*kept, record))
    if table == "final_interviews":
        held_on = dt.date.fromisoformat(row["held_on"]) if row["held_on"] else None
        interview = FinalInterview(ref, held_on, tuple(row["jurors"]), row["notes"])
        return data.evolve(final_interviews=(*(f for f in data.final_interviews if f.candidate != ref), interview))
    if table in ("title_decisions", "ccs_decisions"):
        decision = AwardDecisionRecord(ref, row["decision"], tuple(row["jurors"]), row["justification"])
        if table == "ccs_decisions":
            return data.evolve(ccs_decisions=(*(d for d in data.ccs_decisions if d.candidate != ref), decision))
        return data.evolve(title_decisions=(*(d for d in data.title_decisions if d.candidate != ref), decision))
    return data


def outcome_if_awarded(view: SessionView, candidate: str, jurors: list[str] | tuple[str, ...]) -> Outcome:
    """What the candidate would get if the title (the CCS in a session CCS) were awarded now by
    `jurors`: the deliberation shows it before anyone clicks."""
    table = "ccs_decisions" if view.data.session.kind == "ccs" else "title_decisions"
    row = {"candidate": candidate, "decision": "awarded", "jurors": list(jurors), "justification": ""}
    return evaluate_candidate(_with(view.data, table, row), view.referentiels, candidate)


def _reason_if_locked(store: SessionStore, reason: str, locked: bool | None = None) -> None:
    check_text(reason, "text", field="motif")
    if (store.is_locked if locked is None else locked) and not has_text(reason):
        raise SessionLocked(
            "la session est close : indiquez le motif de cette modification, qui sera une "
            "révocation inscrite à l'historique et au procès-verbal"
        )


def _revocation_jurors(store: SessionStore, data: SessionData, candidate: str, jurors: tuple[str, ...]) -> None:
    """A revocation after sign-off is named by at least two jurors habilitated today, free of conflict."""
    today = store.clock().date()
    valid = []
    for ref in dict.fromkeys(jurors):
        juror = data.juror(ref)
        if juror is None:
            raise BadInput(f"juré « {ref} » inconnu")
        if not juror.is_habilitated_on(today):
            raise BadInput(
                f"{juror.display_name} n'est pas habilité(e) le {fr_date(today)} : il ou elle ne peut pas révoquer"
            )
        if juror.conflict_with(candidate) is not None:
            raise BadInput(
                f"{juror.display_name} est en conflit d'intérêts avec ce candidat : il ou elle ne peut pas révoquer"
            )
        valid.append(ref)
    if len(valid) < 2:
        raise BadInput(
            "la révocation d'une décision de la session close est prononcée par au moins deux jurés habilités"
        )


def _outcome_line(outcome: Outcome) -> tuple:
    return (
        outcome.attendance,
        tuple(f.code for f in outcome.blockers),
        outcome.ccps_obtained,
        outcome.ccps_held,
        outcome.title,
        outcome.ccs,
        outcome.document,
        outcome.completion_deadline,
    )


def _describe_outcome(outcome: Outcome) -> str:
    if outcome.blockers:
        return "sans décision"
    state = outcome.ccs if outcome.ccs != "not_applicable" else outcome.title
    obtained = ", ".join(outcome.ccps_obtained) or "aucun CCP"
    return f"{AWARD_LABELS[state]}, {obtained}, {DOCUMENT_LABELS[outcome.document]}"


Revision = tuple[str, dict[str, Any], "dict[str, Any] | None"]  # (table, key, replacement or None)


def _revoke(
    store: SessionStore,
    candidate: str,
    revisions: list[Revision],
    *,
    actor: str,
    reason: str,
    jurors: tuple[str, ...],
) -> tuple[int | None, tuple[str, ...], int]:
    """A revocation after sign-off (DOMAIN.md §7): named by ≥ 2 jurors, listing every outcome it
    changes, un-issuing exactly the documents of those outcomes. Several records of one candidate
    may be revoked together (one transaction, one reason). Returns the first replacement's id, the
    candidates whose outcome changed and the first revoked version."""
    data = store.snapshot()
    _revocation_jurors(store, data, candidate, jurors)
    currents = []
    after_data = data
    for table, key, replacement in revisions:
        current = store.current_id(table, **key)
        if current is None:
            raise SessionLocked(
                "la session est close : seule une décision existante peut être révoquée, avec son motif"
            )
        currents.append(current)
        after_data = (
            _with(after_data, table, replacement) if replacement is not None else _without(after_data, table, key)
        )
    referentiels = store.referentiels()
    before = {o.ref: o for o in evaluate_session(data, referentiels)}
    after = {o.ref: o for o in evaluate_session(after_data, referentiels)}
    _still_signed_off(data, after_data, referentiels, before, after)
    changed = [ref for ref in before if _outcome_line(before[ref]) != _outcome_line(after[ref])]
    lines = tuple(f"{ref} : {_describe_outcome(before[ref])} → {_describe_outcome(after[ref])}" for ref in changed)
    # The fiche individuelle prints the candidate's records (motivations, entretien final): it
    # changes with them. A parchemin, a livret, the PV and the synthèse change with an outcome.
    fiche_of = candidate if any(table in FICHE_TABLES for table, _key, _row in revisions) else None
    new_ids = []
    with store.transaction():
        for (table, _key, replacement), current in zip(revisions, currents, strict=True):
            new_ids.append(
                store.revoke(
                    table, current, reason, actor=actor, replacement=replacement, jurors=jurors, outcomes=lines
                )
            )
        revocation_id = store.revocation_id(revisions[0][0], currents[0])
        stamp = fr_datetime(store.clock().isoformat(timespec="seconds"))
        note = f"annulé le {stamp}, motif : {reason}"
        for entry in store.issued_documents(valid_only=True):
            kind, owner = entry["kind"], entry["candidate"]
            if (
                (kind in CANDIDATE_DECISION_KINDS and owner in changed)
                or (kind == "fiche_resultats" and owner == fiche_of)
                or (kind in SESSION_DECISION_KINDS and owner is None and changed)
            ):
                store.cancel_issued(entry["id"], note, actor=actor, revocation_id=revocation_id)
    seal_sign_off(store, actor=actor, reason=f"révocation : {reason}")
    backup_after(store, "revocation")
    return new_ids[0], tuple(changed), currents[0]


def _still_signed_off(
    data: SessionData,
    after_data: SessionData,
    referentiels: Mapping[str, Referentiel],
    before: Mapping[str, Outcome],
    after: Mapping[str, Outcome],
) -> None:
    """A revocation leaves a session that its sign-off still covers (DOMAIN.md §7): no outcome left
    to decide, no record of an absent candidate, nothing blocked or unverified left unconfirmed."""
    sign = data.sign_off
    assert sign is not None
    old = set(sign_off_problems(data, referentiels, sign, before.values(), strict_subjects=False))
    new = [
        p
        for p in sign_off_problems(after_data, referentiels, sign, after.values(), strict_subjects=False)
        if p not in old
    ]
    if new:
        raise BadInput(
            "cette révocation laisserait la session dans un état que la clôture ne couvre pas : " + " ; ".join(new)
        )


def _records_of(data: SessionData, candidate: str) -> list[Revision]:
    """Every current result, entretien final and decision of a candidate, as withdrawals."""
    revisions: list[Revision] = [
        ("results", {"candidate": candidate, "ccp": r.ccp}, None) for r in data.results if r.candidate == candidate
    ]
    for table, records in (
        ("final_interviews", data.final_interviews),
        ("title_decisions", data.title_decisions),
        ("ccs_decisions", data.ccs_decisions),
    ):
        if any(r.candidate == candidate for r in records):
            revisions.append((table, {"candidate": candidate}, None))
    return revisions


def _without(data: SessionData, table: str, key: dict[str, Any]) -> SessionData:
    """The session as it would be with no current version for `key` in `table`."""
    ref = key["candidate"]
    if table == "results":
        return data.evolve(results=tuple(r for r in data.results if (r.candidate, r.ccp) != (ref, key["ccp"])))
    if table == "final_interviews":
        return data.evolve(final_interviews=tuple(r for r in data.final_interviews if r.candidate != ref))
    if table == "title_decisions":
        return data.evolve(title_decisions=tuple(r for r in data.title_decisions if r.candidate != ref))
    if table == "ccs_decisions":
        return data.evolve(ccs_decisions=tuple(r for r in data.ccs_decisions if r.candidate != ref))
    return data


def _write(
    store: SessionStore,
    table: str,
    row: dict[str, Any],
    actor: str,
    reason: str,
    revoked_by: tuple[str, ...] = (),
) -> tuple[int, tuple[str, ...]]:
    """Append a version; after sign-off, as a revocation of the current one (returns the outcomes it changed).

    The revocation is named by `revoked_by`, else by the jurors the new version names.
    """
    locked = store.is_locked
    _reason_if_locked(store, reason, locked)
    key = {column: row[column] for column in VERSION_KEYS[table]}
    if locked:
        named = revoked_by or tuple(row.get("jurors", ()))
        revisions: list[Revision] = [(table, key, row)]
        if table == "attendance" and row["attendance"] != "present":
            # An absent or excused candidate has no result nor decision (§7): they go with it.
            revisions += _records_of(store.snapshot(), row["candidate"])
        new_id, changed, _revoked = _revoke(
            store, row["candidate"], revisions, actor=actor, reason=reason, jurors=named
        )
        assert new_id is not None
        return new_id, changed
    return store.append_version(table, row, actor=actor, reason=reason), ()


# Tables whose changes are decisions: each is followed by a rolling backup.
DECISION_TABLES = frozenset({"results", "final_interviews", "title_decisions", "ccs_decisions"})


def _backed_up(store: SessionStore, change: Change, reason: str = "decision") -> Change:
    """A rolling backup after a decision; its failure never undoes the decision, it is said."""
    problem = backup_after(store, reason)
    if problem is None:
        return change
    return replace(change, details={**change.details, "warning": problem})


def _refs(candidate: str, changed: tuple[str, ...]) -> tuple[str, ...]:
    """The candidate a change is about, then every other whose outcome it changed."""
    return tuple(dict.fromkeys((candidate, *changed)))


def _candidate(data: SessionData, ref: str) -> None:
    if data.candidate(ref) is None:
        raise BadInput(f"candidat « {ref} » inconnu")


def _jurors_known(data: SessionData, jurors: list[str] | tuple[str, ...]) -> None:
    for ref in jurors:
        if data.juror(ref) is None:
            raise BadInput(f"juré « {ref} » inconnu")


def set_attendance(
    store: SessionStore,
    candidate: str,
    attendance: str,
    *,
    actor: str,
    reason: str = "",
    revoked_by: tuple[str, ...] = (),
) -> Change:
    data = store.snapshot()
    _candidate(data, candidate)
    current = data.candidate(candidate)
    if current is not None and current.attendance == attendance:
        return Change("set_attendance", (candidate,))
    row = {"candidate": candidate, "attendance": attendance}
    row_id, changed = _write(store, "attendance", row, actor, reason, revoked_by)
    return Change("set_attendance", _refs(candidate, changed), "attendance", row_id)


def record_observation(
    store: SessionStore,
    candidate: str,
    competency: str,
    assessment: str,
    observation: str,
    *,
    actor: str,
    reason: str = "",
    revoked_by: tuple[str, ...] = (),
) -> Change:
    data = store.snapshot()
    _candidate(data, candidate)
    title = store.referentiels()[data.session.title]
    if competency not in title.observation_codes():
        raise BadInput(f"« {competency} » n'est ni une compétence ni un CCP de {title.code}")
    check_text(observation, "text", field="observation")
    existing = store.current_record("evaluations", (candidate, competency, assessment))
    if existing is not None and existing.observation == observation:
        return Change("record_observation", (candidate,))
    # The whole text replaced: the cell keeps its mark; its dated entries give way to the text
    # (they stay in the earlier versions). The window adds entries through operations.grid.
    row = {
        "candidate": candidate,
        "competency": competency,
        "assessment": assessment,
        "observation": observation,
        "mark": existing.mark if existing is not None else "",
        "entries": "[]",
    }
    row_id, changed = _write(store, "evaluations", row, actor, reason, revoked_by)
    return Change("record_observation", _refs(candidate, changed), "evaluations", row_id)


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
    revoked_by: tuple[str, ...] = (),
) -> Change:
    """A CCP acquis or non acquis, taken by at least two habilitated jurors free of conflict.

    Non acquis needs its written reason. A result the rules would block is refused, saying why.
    """
    data = store.snapshot()
    _candidate(data, candidate)
    _jurors_known(data, jurors)
    title = store.referentiels()[data.session.title]
    if ccp not in ccps_examined(data, title, candidate):
        raise BadInput(f"{ccp} n'est pas examiné pour ce candidat dans cette session")
    check_text(justification, "text", field="motivation")
    if decision == "non_acquis" and not has_text(justification):
        raise BadInput(f"{ccp} non acquis : la décision doit être motivée par écrit (motivation vide)")
    row = {
        "candidate": candidate,
        "ccp": ccp,
        "decision": decision,
        "jurors": list(jurors),
        "justification": justification.strip(),
    }
    _refused_by_rules(store, data, _with(data, "results", row), candidate)
    row_id, changed = _write(store, "results", row, actor, reason, revoked_by)
    return _backed_up(store, Change("record_result", _refs(candidate, changed), "results", row_id))


def record_final_interview(
    store: SessionStore,
    candidate: str,
    held_on: dt.date | None,
    jurors: list[str] | tuple[str, ...],
    notes: str = "",
    *,
    actor: str,
    reason: str = "",
    revoked_by: tuple[str, ...] = (),
) -> Change:
    """The entretien final, held during the session before at least two habilitated jurors; the
    timer's record of the current version (start, end, duration) is kept (operations.interview
    records it)."""
    _candidate(store.snapshot(), candidate)
    row: dict[str, Any] = {"candidate": candidate, "held_on": held_on, "jurors": list(jurors), "notes": notes}
    current = store.current_record("final_interviews", (candidate,))
    if current is not None and current.started_at is not None:
        row.update(started_at=current.started_at, ended_at=current.ended_at, duration_seconds=current.duration_seconds)
    return record_interview_row(store, row, actor=actor, reason=reason, revoked_by=revoked_by)


def record_interview_row(
    store: SessionStore,
    row: dict[str, Any],
    *,
    actor: str,
    reason: str = "",
    revoked_by: tuple[str, ...] = (),
    action: str = "record_final_interview",
) -> Change:
    """Check and write one version of a final interview (`row`: candidate, held_on as a date,
    jurors, notes, and the timer's columns when there are): the one path both the interview's
    form and its timer (operations.interview) take."""
    data = store.snapshot()
    candidate = row["candidate"]
    _jurors_known(data, row["jurors"])
    if row["held_on"] is None:
        raise BadInput("l'entretien final doit être daté")
    check_text(row["notes"], "text", field="notes de l'entretien final")
    row = {**row, "held_on": row["held_on"].isoformat()}
    _refused_by_rules(store, data, _with(data, "final_interviews", row), candidate)
    row_id, changed = _write(store, "final_interviews", row, actor, reason, revoked_by)
    return _backed_up(store, Change(action, _refs(candidate, changed), "final_interviews", row_id))


def decide(
    store: SessionStore,
    candidate: str,
    decision: str,
    jurors: list[str] | tuple[str, ...],
    justification: str = "",
    *,
    actor: str,
    reason: str = "",
    revoked_by: tuple[str, ...] = (),
) -> Change:
    """The title decision (the CCS decision in a session CCS). Not awarded needs its reason.

    An award the rules forbid (a CCP still missing or declared non acquis, no entretien final,
    too few jurors) is refused when it is entered, saying why.
    """
    data = store.snapshot()
    _candidate(data, candidate)
    _jurors_known(data, jurors)
    table = "ccs_decisions" if data.session.kind == "ccs" else "title_decisions"
    what = "Le CCS" if table == "ccs_decisions" else "Le titre"
    check_text(justification, "text", field="motivation")
    if decision == "not_awarded" and not has_text(justification):
        raise BadInput(f"{what} non attribué : la décision doit être motivée par écrit (motivation vide)")
    row = {
        "candidate": candidate,
        "decision": decision,
        "jurors": list(jurors),
        "justification": justification.strip(),
    }
    _refused_by_rules(store, data, _with(data, table, row), candidate)
    row_id, changed = _write(store, table, row, actor, reason, revoked_by)
    return _backed_up(store, Change("decide", _refs(candidate, changed), table, row_id))


WITHDRAW_REASON = "Retrait par le jury"


def withdraw(
    store: SessionStore,
    table: str,
    candidate: str,
    *,
    actor: str,
    reason: str = "",
    revoked_by: tuple[str, ...] = (),
    **key: str,
) -> Change | None:
    """Take back a decision, an observation or an entretien final altogether (none is current)."""
    if table not in VERSION_KEYS:
        raise BadInput(f"« {table} » ne se retire pas")
    _reason_if_locked(store, reason)
    full_key = {"candidate": candidate, **key}
    data = store.snapshot()
    _candidate(data, candidate)
    # Withdrawing the entretien final of an awarded title, say, would leave a blocked candidate.
    _refused_by_rules(store, data, _without(data, table, full_key), candidate)
    if store.is_locked:
        _new, changed, revoked = _revoke(
            store, candidate, [(table, full_key, None)], actor=actor, reason=reason, jurors=revoked_by
        )
        return Change("withdraw", _refs(candidate, changed), table, revoked)
    ids = store.withdraw(table, full_key, reason or WITHDRAW_REASON, actor=actor)
    if not ids:
        return None
    change = Change("withdraw", (candidate,), table, ids[-1])
    return _backed_up(store, change) if table in DECISION_TABLES else change


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


def sign_off_needs(store: SessionStore) -> SignOffNeeds:
    """What stands between the session and its sign-off (DOMAIN.md §7), for the dialog that asks."""
    view = read_session(store)
    return rules_sign_off_needs(view.data, view.referentiels, view.outcomes.values())


def sign_off(
    store: SessionStore,
    signatures: dict[str, str],
    *,
    actor: str,
    at: str | None = None,
    confirmations: tuple[Confirmation, ...] = (),
) -> Change:
    """Close the session (DOMAIN.md §7).

    `signatures` maps each signing juror to the name they typed; `at` is the date and time of the
    sign-off (default: now); `confirmations` are the signers' confirmations of blocked candidates
    and unverified data. Refused, naming each candidate concerned and what is missing, when the
    rules of §7 are not met.
    """
    data = store.snapshot()
    for confirmation in confirmations:
        check_text(confirmation.reference, "label", field="confirmation")
    for ref, typed in signatures.items():
        check_text(typed, "name", field="signature")
        juror = data.juror(ref)
        if juror is None:
            raise BadInput(f"juré « {ref} » inconnu")
        if fold(typed) != fold(juror.display_name) and fold(typed) != fold(f"{juror.last_name} {juror.first_name}"):
            raise BadInput(f"confirmation de {juror.display_name} : le nom saisi « {typed} » ne correspond pas")
    now = store.clock()
    at = at or now.isoformat(timespec="seconds")
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        raise BadInput(f"horodatage de clôture invalide « {at} »", field="sign_off.at") from None
    if moment > now:
        raise BadInput(
            f"la clôture ne peut pas être datée du {fr_datetime(at)}, après le moment où elle est enregistrée "
            f"({fr_datetime(now.isoformat(timespec='seconds'))}) : la session se clôt quand elle est finie"
        )
    proposed = SignOff(at, tuple(signatures), tuple(confirmations))
    problems = sign_off_problems(data, store.referentiels(), proposed)
    if problems:
        raise BadInput("la session ne peut pas être close : " + " ; ".join(problems))
    with store.transaction():
        stamp = store.sign_off(list(signatures), actor=actor, at=at, confirmations=tuple(confirmations))
        sealed = seal_sign_off(store, actor=actor, reason="clôture")
    return _backed_up(
        store,
        Change(
            "sign_off",
            tuple(c.ref for c in data.candidates),
            "sign_offs",
            session_wide=True,
            details={"at": stamp, "sealed": sealed},
        ),
        "cloture",
    )


def set_issuer(store: SessionStore, issuer: Issuer, *, actor: str) -> Change:
    """Record who delivers the parchemins and livrets (DOMAIN.md §5); possible after sign-off,
    until a document that prints it is issued: a duplicata must reproduce its original."""
    for name, kind in (("authority", "label"), ("place", "name"), ("signatory", "name"), ("role", "label")):
        check_text(getattr(issuer, name), kind, field=f"autorité de délivrance ({name})")  # type: ignore[arg-type]
    printed = [d for d in store.issued_documents(valid_only=True) if d["kind"] in ISSUER_KINDS]
    if printed and issuer != store.snapshot().session.issuer:
        first = printed[0]
        raise BadInput(
            f"{len(printed)} document(s) délivré(s) portent déjà l'autorité de délivrance (dont le "
            f"{first['kind']} n° {first['short_code']}) : un duplicata doit reproduire l'original ; "
            f"révoquez d'abord les décisions concernées pour annuler ces documents"
        )
    store.set_issuer(issuer, actor=actor)
    return Change("set_issuer", (), "issuer", session_wide=True)
