"""Reading a session file: the current state, the current versions and each candidate's history."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import replace
from typing import Any

from juryapp.errors import BadInput
from juryapp.exchange.referentiel import parse_referentiel
from juryapp.model import (
    AwardDecisionRecord,
    Candidate,
    CcpResult,
    Confirmation,
    Conflict,
    Evaluation,
    FinalInterview,
    HeldTitle,
    Juror,
    PriorCcp,
    Referentiel,
    ScheduleEntry,
    SessionData,
    SignOff,
)
from juryapp.storage.common import VERSION_KEYS, VersionRecord, _date, _json_list, _refs
from juryapp.storage.core import StoreCore
from juryapp.storage.schema import SCHEMA_VERSION, VERSIONED_TABLES


def _sign_off(row: sqlite3.Row) -> SignOff:
    confirmations = tuple(Confirmation(c["subject"], c["reference"], c["by"]) for c in json.loads(row["confirmations"]))
    return SignOff(row["signed_at"], tuple(json.loads(row["jurors"])), confirmations)


class ReadingMixin(StoreCore):
    """What `SessionStore` reads; the current version of a key is its newest not revoked."""

    def referentiels(self) -> dict[str, Referentiel]:
        if self._referentiels is None:
            self._referentiels = {
                row["code"]: parse_referentiel(json.loads(row["document"]), checked=True)
                for row in self.conn.execute("SELECT code, document FROM referentiels")
            }
        return dict(self._referentiels)

    def schema_version(self) -> int:
        return SCHEMA_VERSION

    def _current_rows(self, table: str) -> list[sqlite3.Row]:
        keys = ", ".join(VERSION_KEYS[table])
        return self.conn.execute(
            f"""SELECT * FROM {table} WHERE id IN (
                    SELECT max(id) FROM {table} AS t
                    WHERE t.id NOT IN (SELECT record_id FROM revocations WHERE record_table = ?)
                    GROUP BY {keys})
                ORDER BY id""",
            (table,),
        ).fetchall()

    def current_id(self, table: str, **key: str) -> int | None:
        """The id of the current version for a key, or None when there is none."""
        where = " AND ".join(f"{column} = ?" for column in VERSION_KEYS[table])
        row = self.conn.execute(
            f"""SELECT max(id) FROM {table} AS t WHERE {where}
                AND t.id NOT IN (SELECT record_id FROM revocations WHERE record_table = ?)""",
            (*[key[c] for c in VERSION_KEYS[table]], table),
        ).fetchone()
        return row[0] if row else None

    def revocation_id(self, table: str, record_id: int) -> int | None:
        """The id of the revocation of one version, None when it stands."""
        row = self.conn.execute(
            "SELECT id FROM revocations WHERE record_table = ? AND record_id = ?", (table, record_id)
        ).fetchone()
        return row[0] if row else None

    def snapshot(self) -> SessionData:
        """The session's current state (read again only when the file has changed)."""
        external = self.conn.execute("PRAGMA data_version").fetchone()[0]
        version = (self._writes, external)
        if self._snapshot is None or self._snapshot[0] != version:
            if self._people is None or self._people[0] != external:
                self._people = (external, self._read_people())
            self._snapshot = (version, self._read_snapshot(*self._people[1]))
        return self._snapshot[1]

    def _read_people(self) -> tuple[tuple[Juror, ...], tuple[Candidate, ...]]:
        """Jurors and candidates as imported: this version of juryapp never changes them in place."""
        conflicts: dict[str, list[Conflict]] = {}
        for row in self.conn.execute("SELECT * FROM conflicts ORDER BY id"):
            conflicts.setdefault(row["juror"], []).append(Conflict(row["candidate"], row["kind"], row["note"]))
        jurors = tuple(
            Juror(
                row["ref"],
                row["last_name"],
                row["first_name"],
                _date(row["habilitation_until"]),
                tuple(conflicts.get(row["ref"], ())),
            )
            for row in self.conn.execute("SELECT * FROM jurors ORDER BY position")
        )
        candidates = tuple(
            Candidate(
                ref=row["ref"],
                last_name=row["last_name"],
                first_name=row["first_name"],
                birth_date=_date(row["birth_date"]),
                birth_place=row["birth_place"],
                pathway=row["pathway"],
                from_training=bool(row["from_training"]),
                vae_admissibility_date=_date(row["vae_admissibility_date"]),
                experience_months=row["experience_months"],
                professional_dossier=bool(row["professional_dossier"]),
                ecf=json.loads(row["ecf"]),
                prior_ccps=tuple(
                    PriorCcp(p["title"], p["ccp"], _date(p["obtained_on"]), p.get("session") or "")
                    for p in _json_list(row["prior_ccps"])
                ),
                held_titles=tuple(
                    HeldTitle(h["title"], _date(h["obtained_on"]), h.get("ccs") or None)
                    for h in _json_list(row["held_titles"])
                ),
                attendance="present",
                usage_name=row["usage_name"],
                ccps=tuple(json.loads(row["ccps"])) if row["ccps"] is not None else None,
            )
            for row in self.conn.execute("SELECT * FROM candidates ORDER BY position")
        )
        return jurors, candidates

    def _read_snapshot(self, jurors: tuple[Juror, ...], people: tuple[Candidate, ...]) -> SessionData:
        attendance = {row["candidate"]: row["attendance"] for row in self._current_rows("attendance")}
        candidates = tuple(
            c if attendance.get(c.ref, "present") == c.attendance else replace(c, attendance=attendance[c.ref])
            for c in people
        )
        sign = self.conn.execute("SELECT * FROM sign_offs ORDER BY id LIMIT 1").fetchone()
        schedule = tuple(
            ScheduleEntry(
                r["candidate"],
                r["assessment"],
                r["ccp"],
                r["room"],
                dt.datetime.fromisoformat(r["start"]),
                dt.datetime.fromisoformat(r["end"]),
                _refs(r["jurors"]),
            )
            for r in self.conn.execute("SELECT * FROM schedule ORDER BY start, id")
        )
        return SessionData(
            session=self.session_info(),
            jurors=jurors,
            candidates=candidates,
            evaluations=tuple(
                Evaluation(r["candidate"], r["competency"], r["assessment"], r["observation"])
                for r in self._current_rows("evaluations")
            ),
            results=tuple(
                CcpResult(r["candidate"], r["ccp"], r["decision"], _refs(r["jurors"]), r["justification"])
                for r in self._current_rows("results")
            ),
            final_interviews=tuple(
                FinalInterview(r["candidate"], _date(r["held_on"]), _refs(r["jurors"]), r["notes"])
                for r in self._current_rows("final_interviews")
            ),
            title_decisions=tuple(self._awards("title_decisions")),
            ccs_decisions=tuple(self._awards("ccs_decisions")),
            sign_off=_sign_off(sign) if sign else None,
            schedule=schedule,
        )

    def _awards(self, table: str) -> list[AwardDecisionRecord]:
        return [
            AwardDecisionRecord(r["candidate"], r["decision"], _refs(r["jurors"]), r["justification"])
            for r in self._current_rows(table)
        ]

    def history(self, candidate: str) -> list[VersionRecord]:
        """Every version recorded for a candidate, oldest first, with revocations."""
        records = []
        for table in VERSIONED_TABLES:
            current = {row["id"] for row in self._current_rows(table) if row["candidate"] == candidate}
            rows = self.conn.execute(
                f"""SELECT t.*, r.revoked_at, r.revoked_by, r.reason AS revocation_reason
                    FROM {table} AS t LEFT JOIN revocations AS r
                    ON r.record_table = ? AND r.record_id = t.id
                    WHERE t.candidate = ? ORDER BY t.id""",
                (table, candidate),
            )
            for row in rows:
                values = {
                    k: row[k]
                    for k in row.keys()
                    if k
                    not in (
                        "id",
                        "recorded_at",
                        "recorded_by",
                        "reason",
                        "amends",
                        "revoked_at",
                        "revoked_by",
                        "revocation_reason",
                    )
                }
                if "jurors" in values:
                    values["jurors"] = json.loads(values["jurors"])
                records.append(
                    VersionRecord(
                        table=table,
                        id=row["id"],
                        candidate=candidate,
                        key=tuple(row[k] for k in VERSION_KEYS[table]),
                        values=values,
                        recorded_at=row["recorded_at"],
                        recorded_by=row["recorded_by"],
                        reason=row["reason"],
                        amends=row["amends"],
                        revoked_at=row["revoked_at"],
                        revoked_by=row["revoked_by"],
                        revocation_reason=row["revocation_reason"],
                        current=row["id"] in current,
                    )
                )
        records.sort(key=lambda r: (r.recorded_at, r.table, r.id))
        return records

    def version_values(self, table: str, record_id: int) -> dict[str, Any]:
        """The content columns of one version (without its who/when/why)."""
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise BadInput(f"version {record_id} introuvable dans {table}", file=self.path)
        skip = {"id", "recorded_at", "recorded_by", "reason", "amends"}
        return {k: row[k] for k in row.keys() if k not in skip}

    def audit_log(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.conn.execute("SELECT * FROM audit ORDER BY id")]
