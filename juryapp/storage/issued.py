"""The register of issued documents (DOMAIN.md §8): what was printed, when, by whom, under which
short code and key; the keys that sealed them; and the entries a revocation cancelled."""

from __future__ import annotations

import json
from typing import Any

from juryapp.errors import BadInput
from juryapp.storage.common import _now_text, default_actor, seal_row
from juryapp.storage.core import StoreCore

_ISSUED = """
    SELECT d.*, c.cancelled_at, c.cancelled_by, c.reason AS cancellation_reason
    FROM issued_documents AS d LEFT JOIN issued_cancellations AS c ON c.issued_id = d.id
"""


def _entry(row: Any) -> dict[str, Any]:
    return {**dict(row), "content": json.loads(row["content"])}


class IssuedMixin(StoreCore):
    """The issued-documents register of `SessionStore`."""

    def record_issued_document(
        self,
        kind: str,
        candidate: str | None,
        short_code: str,
        content: dict[str, Any],
        sha256: str,
        *,
        actor: str | None = None,
        original_id: int | None = None,
        issued_at: str | None = None,
        key_fingerprint: str | None = None,
        duplicate_number: int = 0,
        dated: str | None = None,
        file_name: str | None = None,
    ) -> int:
        """Record a final document as issued (allowed after sign-off: printing changes no decision)."""
        actor = actor or default_actor()
        row = {
            "kind": kind,
            "candidate": candidate,
            "short_code": short_code,
            "content": json.dumps(content, ensure_ascii=False, sort_keys=True),
            "sha256": sha256,
            "issued_at": issued_at or _now_text(self.clock),
            "issued_by": actor,
            "original_id": original_id,
            "key_fingerprint": key_fingerprint,
            "duplicate_number": duplicate_number,
            "dated": dated,
            "file_name": file_name,
        }
        with self._transaction():
            row_id = int(self.db.table("issued_documents").insert(row).last_pk or 0)
            self._audit(
                actor,
                "issue",
                "issued_documents",
                row_id,
                {"kind": kind, "candidate": candidate, "short_code": short_code, "duplicate_number": duplicate_number},
            )
        return row_id

    def issued_documents(
        self, kind: str | None = None, candidate: str | None = None, *, valid_only: bool = False
    ) -> list[dict[str, Any]]:
        """Issued documents, oldest first, optionally for one kind and candidate; `valid_only`
        leaves out the cancelled ones. Each entry carries `cancelled_at` and `cancellation_reason`."""
        clauses, params = [], []
        if kind is not None:
            clauses.append("d.kind = ?")
            params.append(kind)
        if candidate is not None:
            clauses.append("d.candidate = ?")
            params.append(candidate)
        if valid_only:
            clauses.append("c.id IS NULL")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.conn.execute(f"{_ISSUED} {where} ORDER BY d.id", params).fetchall()
        return [_entry(row) for row in rows]

    def issued_by_code(self, short_code: str) -> dict[str, Any] | None:
        row = self.conn.execute(f"{_ISSUED} WHERE d.short_code = ?", (short_code,)).fetchone()
        return _entry(row) if row else None

    def valid_original(self, kind: str, candidate: str | None) -> dict[str, Any] | None:
        """The newest original of this kind for this candidate (None: the session's) that no
        revocation cancelled; None when there is none (the next print is an original)."""
        row = self.conn.execute(
            f"{_ISSUED} WHERE d.kind = ? AND d.candidate IS ? AND d.original_id IS NULL AND c.id IS NULL "
            "ORDER BY d.id DESC LIMIT 1",
            (kind, candidate),
        ).fetchone()
        return _entry(row) if row else None

    def next_duplicate_number(self, original_id: int) -> int:
        """1 for the first duplicata of an original, then 2, 3…"""
        row = self.conn.execute(
            "SELECT max(duplicate_number) FROM issued_documents WHERE original_id = ?", (original_id,)
        ).fetchone()
        return int(row[0] or 0) + 1

    def cancel_issued(
        self, issued_id: int, reason: str, *, actor: str | None = None, revocation_id: int | None = None
    ) -> None:
        """Mark an issued document « annulé » with its reason (its entry stays in the register)."""
        actor = actor or default_actor()
        with self._transaction():
            self.db.table("issued_cancellations").insert(
                {
                    "issued_id": issued_id,
                    "cancelled_at": _now_text(self.clock),
                    "cancelled_by": actor,
                    "reason": reason,
                    "revocation_id": revocation_id,
                }
            )
            self._audit(actor, "cancel_issued", "issued_documents", issued_id, {"reason": reason})

    def record_seal_key(self, fingerprint: str, public_key: str, *, actor: str | None = None) -> None:
        """Keep the public key that sealed documents of this session (once per key)."""
        if self.conn.execute("SELECT 1 FROM seal_keys WHERE fingerprint = ?", (fingerprint,)).fetchone():
            return
        actor = actor or default_actor()
        with self._transaction():
            self.db.table("seal_keys").insert(
                {
                    "fingerprint": fingerprint,
                    "public_key": public_key,
                    "recorded_at": _now_text(self.clock),
                    "recorded_by": actor,
                }
            )
            self._audit(actor, "seal_key", "seal_keys", None, {"fingerprint": fingerprint})

    def record_seal(self, seal: dict[str, str], *, reason: str, actor: str | None = None) -> int:
        """Keep the centre key's seal over the session's decisions (a new one after each revocation)."""
        sign_off = self.conn.execute("SELECT max(id) FROM sign_offs").fetchone()[0]
        if sign_off is None:
            raise BadInput("la session n'est pas close : rien à sceller", file=self.path)
        actor = actor or default_actor()
        with self._transaction():
            row_id = int(self.db.table("sign_off_seals").insert(seal_row(seal, sign_off, actor, reason)).last_pk or 0)
            self._audit(actor, "seal_sign_off", "sign_off_seals", row_id, {"key": seal["key"], "reason": reason})
        return row_id

    def latest_seal(self) -> dict[str, str] | None:
        """The newest seal of the sign-off (as exported in `sign_off.seal`), None when unsealed."""
        row = self.conn.execute("SELECT * FROM sign_off_seals ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            return None
        return {
            "key": row["fingerprint"],
            "public_key": row["public_key"],
            "digest": row["digest"],
            "signature": row["signature"],
            "at": row["sealed_at"],
        }

    def record_key_event(
        self,
        action: str,
        fingerprint: str,
        *,
        reason: str = "",
        retired: str | None = None,
        actor: str | None = None,
    ) -> None:
        """Keep in the audit an act on the centre's seal key done while this session was open
        (a new key, a restored one): allowed after sign-off, it changes no decision."""
        actor = actor or default_actor()
        with self._transaction():
            self._audit(
                actor,
                f"seal_key_{action}",
                "seal_keys",
                None,
                {"fingerprint": fingerprint, "reason": reason, "retired": retired},
            )

    def seal_keys(self) -> list[dict[str, Any]]:
        """The keys that sealed documents of this session, with the first and last issue under each."""
        rows = self.conn.execute(
            """SELECT k.*, min(d.issued_at) AS first_issue, max(d.issued_at) AS last_issue
               FROM seal_keys AS k LEFT JOIN issued_documents AS d ON d.key_fingerprint = k.fingerprint
               GROUP BY k.fingerprint ORDER BY k.recorded_at"""
        ).fetchall()
        return [dict(row) for row in rows]
