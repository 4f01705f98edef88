"""The register of issued documents: what was printed, when, by whom, under which short code."""

from __future__ import annotations

import json
from typing import Any

from juryapp.storage.common import _now_text, default_actor
from juryapp.storage.core import StoreCore


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
        }
        with self._transaction():
            row_id = int(self.db.table("issued_documents").insert(row).last_pk or 0)
            self._audit(actor, "issue", "issued_documents", row_id, {"kind": kind, "short_code": short_code})
        return row_id

    def issued_documents(self, kind: str | None = None, candidate: str | None = None) -> list[dict[str, Any]]:
        """Issued documents, oldest first, optionally for one kind and candidate."""
        clauses, params = [], []
        if kind is not None:
            clauses.append("kind = ?")
            params.append(kind)
        if candidate is not None:
            clauses.append("candidate = ?")
            params.append(candidate)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.conn.execute(f"SELECT * FROM issued_documents {where} ORDER BY id", params).fetchall()
        return [{**dict(row), "content": json.loads(row["content"])} for row in rows]

    def issued_by_code(self, short_code: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM issued_documents WHERE short_code = ?", (short_code,)).fetchone()
        return {**dict(row), "content": json.loads(row["content"])} if row else None
