"""Writing to a session file: appended versions, revocations, withdrawals and the sign-off.

Every write checks what it refers to, runs in one transaction and adds its audit row there.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from juryapp.errors import BadInput, SessionLocked
from juryapp.model import ATTENDANCES, Confirmation, Issuer, ObservationEntry
from juryapp.storage.common import VERSION_KEYS, _iso, _now_text, confirmation_rows, default_actor, entries_json
from juryapp.storage.core import StoreCore
from juryapp.storage.schema import VERSIONED_TABLES


class WritingMixin(StoreCore):
    """What `SessionStore` writes: new versions, revocations and the sign-off."""

    def _check_candidate(self, ref: str) -> None:
        if self.conn.execute("SELECT 1 FROM candidates WHERE ref = ?", (ref,)).fetchone() is None:
            raise BadInput(f"candidat « {ref} » inconnu", file=self.path)

    def _check_jurors(self, refs: tuple[str, ...] | list[str]) -> None:
        known = {row[0] for row in self.conn.execute("SELECT ref FROM jurors")}
        for ref in refs:
            if ref not in known:
                raise BadInput(f"juré « {ref} » inconnu", file=self.path)

    def _check_open(self) -> None:
        if self.is_locked:
            raise SessionLocked(
                "la session est close : toute modification passe par une révocation motivée",
                file=self.path,
            )

    def _append(self, table: str, row: dict[str, Any], actor: str, reason: str, amends: int | None = None) -> int:
        """Insert one version (the caller holds the transaction) and its audit row."""
        full = {
            **row,
            "recorded_at": _now_text(self.clock),
            "recorded_by": actor,
            "reason": reason,
            "amends": amends,
        }
        with self.db.atomic():  # the version and its audit row, together even inside a larger transaction
            row_id = self._insert(table, full)
            self._audit(actor, f"record:{table}", table, row_id, row)
        self._note_version(table, row_id)
        return row_id

    def _record(self, table: str, row: dict[str, Any], actor: str | None, reason: str) -> int:
        self._check_open()
        self._check_candidate(row["candidate"])
        if "jurors" in row:
            self._check_jurors(json.loads(row["jurors"]))
        with self._transaction():
            return self._append(table, row, actor or default_actor(), reason)

    def append_version(self, table: str, values: dict[str, Any], *, actor: str | None = None, reason: str = "") -> int:
        """Append a version with the given content columns (jurors as JSON text or a list)."""
        if table not in VERSIONED_TABLES:
            raise BadInput(f"« {table} » n'est pas un enregistrement versionné", file=self.path)
        row = dict(values)
        if "jurors" in row and not isinstance(row["jurors"], str):
            row["jurors"] = json.dumps(list(row["jurors"]))
        return self._record(table, row, actor, reason)

    def set_attendance(self, candidate: str, attendance: str, *, actor: str | None = None, reason: str = "") -> int:
        if attendance not in ATTENDANCES:
            raise BadInput(f"présence « {attendance} » inconnue", file=self.path)
        return self._record("attendance", {"candidate": candidate, "attendance": attendance}, actor, reason)

    def record_evaluation(
        self,
        candidate: str,
        competency: str,
        assessment: str,
        observation: str,
        *,
        mark: str = "",
        entries: tuple[ObservationEntry, ...] = (),
        actor: str | None = None,
        reason: str = "",
    ) -> int:
        row = {
            "candidate": candidate,
            "competency": competency,
            "assessment": assessment,
            "observation": observation,
            "mark": mark,
            "entries": entries_json(entries),
        }
        return self._record("evaluations", row, actor, reason)

    def record_result(
        self,
        candidate: str,
        ccp: str,
        decision: str,
        jurors: list[str] | tuple[str, ...],
        justification: str = "",
        *,
        actor: str | None = None,
        reason: str = "",
    ) -> int:
        if decision not in ("acquis", "non_acquis"):
            raise BadInput(f"décision « {decision} » inconnue (acquis ou non_acquis)", file=self.path)
        row = {
            "candidate": candidate,
            "ccp": ccp,
            "decision": decision,
            "jurors": json.dumps(list(jurors)),
            "justification": justification,
        }
        return self._record("results", row, actor, reason)

    def record_final_interview(
        self,
        candidate: str,
        held_on: dt.date | None,
        jurors: list[str] | tuple[str, ...],
        notes: str = "",
        *,
        started_at: str | None = None,
        ended_at: str | None = None,
        duration_seconds: int | None = None,
        actor: str | None = None,
        reason: str = "",
    ) -> int:
        row = {
            "candidate": candidate,
            "held_on": _iso(held_on),
            "jurors": json.dumps(list(jurors)),
            "notes": notes,
            "started_at": started_at,
            "ended_at": ended_at,
            "duration_seconds": duration_seconds,
        }
        return self._record("final_interviews", row, actor, reason)

    def decide_title(
        self,
        candidate: str,
        decision: str,
        jurors: list[str] | tuple[str, ...],
        justification: str = "",
        *,
        actor: str | None = None,
        reason: str = "",
    ) -> int:
        return self._decide("title_decisions", candidate, decision, jurors, justification, actor, reason)

    def _decide(
        self,
        table: str,
        candidate: str,
        decision: str,
        jurors: list[str] | tuple[str, ...],
        justification: str,
        actor: str | None,
        reason: str,
    ) -> int:
        if decision not in ("awarded", "not_awarded"):
            raise BadInput(f"décision « {decision} » inconnue (awarded ou not_awarded)", file=self.path)
        kind = self.session_info().kind
        if (table == "ccs_decisions") != (kind == "ccs"):
            what = "le CCS" if table == "ccs_decisions" else "le titre"
            raise BadInput(f"une session {kind} ne décide pas sur {what}", file=self.path)
        row = {
            "candidate": candidate,
            "decision": decision,
            "jurors": json.dumps(list(jurors)),
            "justification": justification,
        }
        return self._record(table, row, actor, reason)

    def revoke(
        self,
        table: str,
        record_id: int,
        reason: str,
        *,
        actor: str | None = None,
        replacement: dict[str, Any] | None = None,
        jurors: list[str] | tuple[str, ...] = (),
        outcomes: list[str] | tuple[str, ...] = (),
    ) -> int | None:
        """Revoke one version with its reason; `replacement` (same columns) becomes current.

        The only change a signed-off session accepts; there, `jurors` name it and `outcomes`
        lists (in French) each outcome it changes. Returns the replacement's id.
        """
        if table not in VERSIONED_TABLES:
            raise BadInput(f"« {table} » n'est pas un enregistrement révocable", file=self.path)
        if not reason.strip():
            raise BadInput("une révocation doit être motivée", file=self.path)
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise BadInput(f"version {record_id} introuvable dans {table}", file=self.path)
        revoked = self.conn.execute(
            "SELECT 1 FROM revocations WHERE record_table = ? AND record_id = ?", (table, record_id)
        ).fetchone()
        if revoked:
            raise BadInput(f"la version {record_id} est déjà révoquée", file=self.path)
        actor = actor or default_actor()
        if replacement is not None:
            replacement = dict(replacement)
            for key in VERSION_KEYS[table]:
                if replacement.setdefault(key, row[key]) != row[key]:
                    raise BadInput("le remplacement doit porter sur le même objet", file=self.path)
            if "jurors" in replacement and not isinstance(replacement["jurors"], str):
                self._check_jurors(replacement["jurors"])
                replacement["jurors"] = json.dumps(list(replacement["jurors"]))
        if jurors:
            self._check_jurors(jurors)
        new_id = None
        with self._transaction():
            self._insert(
                "revocations",
                {
                    "record_table": table,
                    "record_id": record_id,
                    "revoked_at": _now_text(self.clock),
                    "revoked_by": actor,
                    "reason": reason,
                    "jurors": json.dumps(list(jurors)),
                    "outcomes": json.dumps(list(outcomes), ensure_ascii=False),
                },
            )
            self._note_stale(table)
            detail: dict[str, Any] = {"reason": reason}
            if jurors:
                detail.update(jurors=list(jurors), outcomes=list(outcomes))
            self._audit(actor, "revoke", table, record_id, detail)
            if replacement is not None:
                new_id = self._append(table, replacement, actor, reason, amends=record_id)
        return new_id

    def withdraw(self, table: str, key: dict[str, str], reason: str, *, actor: str | None = None) -> list[int]:
        """Revoke every standing version for one key, so that none is current any more."""
        if table not in VERSIONED_TABLES:
            raise BadInput(f"« {table} » n'est pas un enregistrement révocable", file=self.path)
        if not reason.strip():
            raise BadInput("un retrait doit être motivé", file=self.path)
        where = " AND ".join(f"{column} = ?" for column in VERSION_KEYS[table])
        ids = [
            row[0]
            for row in self.conn.execute(
                f"""SELECT id FROM {table} AS t WHERE {where}
                    AND t.id NOT IN (SELECT record_id FROM revocations WHERE record_table = ?)
                    ORDER BY id""",
                (*[key[c] for c in VERSION_KEYS[table]], table),
            )
        ]
        actor = actor or default_actor()
        with self._transaction():
            for record_id in ids:
                self._insert(
                    "revocations",
                    {
                        "record_table": table,
                        "record_id": record_id,
                        "revoked_at": _now_text(self.clock),
                        "revoked_by": actor,
                        "reason": reason,
                    },
                )
                self._audit(actor, "withdraw", table, record_id, {"reason": reason})
            self._note_stale(table)
        return ids

    def sign_off(
        self,
        jurors: list[str] | tuple[str, ...],
        *,
        actor: str | None = None,
        at: str | None = None,
        confirmations: tuple[Confirmation, ...] = (),
    ) -> str:
        """Lock the session; returns the recorded time. The rules (DOMAIN.md §7) are checked by the caller."""
        self._check_open()
        if not jurors:
            raise BadInput("la clôture doit être confirmée par les jurés présents", file=self.path)
        self._check_jurors(jurors)
        at = at or _now_text(self.clock)
        actor = actor or default_actor()
        confirmed = confirmation_rows(confirmations)
        with self._transaction():
            self._insert(
                "sign_offs",
                {
                    "signed_at": at,
                    "jurors": json.dumps(list(jurors)),
                    "recorded_by": actor,
                    "confirmations": json.dumps(confirmed, ensure_ascii=False),
                },
            )
            self._note_stale("sign_off")
            self._audit(
                actor, "sign_off", "sign_offs", None, {"at": at, "jurors": list(jurors), "confirmations": confirmed}
            )
        return at

    def set_issuer(self, issuer: Issuer, *, actor: str | None = None) -> int:
        """Record who delivers the documents (a new version; allowed after sign-off: it decides nothing)."""
        actor = actor or default_actor()
        row = {name: " ".join(getattr(issuer, name).split()) for name in Issuer.FIELDS}
        with self._transaction():
            row_id = self._insert("issuer", {**row, "recorded_at": _now_text(self.clock), "recorded_by": actor})
            self._audit(actor, "set_issuer", "issuer", row_id, row)
            self._note_stale("session")
        return row_id
