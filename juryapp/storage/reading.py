"""Reading a session file: the current state, the current versions and each candidate's history."""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
from typing import Any

from juryapp.errors import BadInput
from juryapp.exchange.referentiel import parse_referentiel
from juryapp.model import (
    AwardDecisionRecord,
    Candidate,
    CcpResult,
    Confirmation,
    Conflict,
    FinalInterview,
    HeldTitle,
    Juror,
    PriorCcp,
    Referentiel,
    ScheduleEntry,
    SessionData,
    SignOff,
)
from juryapp.storage.common import (
    CURRENT_COLUMNS,
    CURRENT_FIELDS,
    VERSION_KEYS,
    SnapshotCache,
    VersionRecord,
    _date,
    _json_list,
    _refs,
    current_value,
    paused_gc,
)
from juryapp.storage.core import StoreCore
from juryapp.storage.schema import SCHEMA_VERSION, VERSIONED_TABLES


@functools.lru_cache(maxsize=1024)
def _ecf_items(text: str) -> tuple[tuple[str, bool], ...]:
    return tuple(json.loads(text).items())


def _ecf(text: str) -> dict[str, bool]:
    """A candidate's ECF results (a dict of its own: the texts repeat, decoded once)."""
    return dict(_ecf_items(text))


@functools.lru_cache(maxsize=1024)
def _prior_ccps(text: str) -> tuple[PriorCcp, ...]:
    return tuple(
        PriorCcp(p["title"], p["ccp"], _date(p["obtained_on"]), p.get("session") or "") for p in _json_list(text)
    )


@functools.lru_cache(maxsize=1024)
def _held_titles(text: str) -> tuple[HeldTitle, ...]:
    return tuple(HeldTitle(h["title"], _date(h["obtained_on"]), h.get("ccs") or None) for h in _json_list(text))


def _datetime(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _sign_off(row: sqlite3.Row) -> SignOff:
    confirmations = tuple(Confirmation(c["subject"], c["reference"], c["by"]) for c in json.loads(row["confirmations"]))
    return SignOff(row["signed_at"], tuple(json.loads(row["jurors"])), confirmations)


def _values(table: str, width: int, rows: list[tuple]) -> dict[tuple, Any]:
    """Key -> value of each row of CURRENT_COLUMNS[table] (the last row of a key wins)."""
    if table == "attendance":
        return {(ref,): attendance for ref, attendance in rows}
    # The largest tables built without a call per row (as `current_value` builds them).
    if table == "results":
        return {
            (ref, ccp): CcpResult(ref, ccp, decision, _refs(jurors), justification)
            for ref, ccp, decision, jurors, justification in rows
        }
    if table in ("title_decisions", "ccs_decisions"):
        return {
            (ref,): AwardDecisionRecord(ref, decision, _refs(jurors), justification)
            for ref, decision, jurors, justification in rows
        }
    if table == "final_interviews":
        date = dt.date.fromisoformat
        return {
            (ref,): FinalInterview(
                ref, date(held_on) if held_on else None, _refs(jurors), notes, started_at, ended_at, duration
            )
            for ref, held_on, jurors, notes, started_at, ended_at, duration in rows
        }
    return {row[:width]: current_value(table, row) for row in rows}


def _without(versions: dict[tuple, Any], removed: set[str]) -> dict[tuple, Any]:
    """The current versions but those of removed candidates (they stay in the file, out of the state)."""
    if not removed:
        return versions
    return {key: value for key, value in versions.items() if key[0] not in removed}


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

    def _current_rows(self, table: str, candidate: str | None = None) -> list[sqlite3.Row]:
        """Every column of the current versions of `table` (of one candidate's keys), oldest first."""
        keys = ", ".join(VERSION_KEYS[table])
        mine = "AND t.candidate = ?" if candidate is not None else ""
        params = (table, candidate) if candidate is not None else (table,)
        return self.conn.execute(
            f"""SELECT * FROM {table} WHERE id IN (
                    SELECT max(id) FROM {table} AS t
                    WHERE t.id NOT IN (SELECT record_id FROM revocations WHERE record_table = ?) {mine}
                    GROUP BY {keys})
                ORDER BY id""",
            params,
        ).fetchall()

    def _current_versions(self, table: str) -> dict[tuple, Any]:
        """Key -> value of each current version of `table`, oldest first (see CURRENT_COLUMNS).

        Every version not revoked is read in the order of the ids (a plain pass over the table,
        quicker than SQLite's grouping); the last of each key is its current one.
        """
        width = len(VERSION_KEYS[table])
        rows = self._versions_not_revoked(table)
        versions = _values(table, width, rows)
        if len(versions) < len(rows):
            # Some keys have several versions: each key takes the place of its last one.
            last = {row[:width]: i for i, row in enumerate(rows)}
            versions = {key: versions[key] for key in sorted(last, key=last.__getitem__)}
        return versions

    def _versions_not_revoked(self, table: str) -> list[tuple]:
        """The CURRENT_COLUMNS of every version of `table` not revoked, in the order of their ids."""
        columns = ", ".join(CURRENT_COLUMNS[table])
        revoked = {row[0] for row in self._tuples("SELECT record_id FROM revocations WHERE record_table = ?", (table,))}
        if not revoked:
            return self._tuples(f"SELECT {columns} FROM {table} ORDER BY id")
        rows = self._tuples(f"SELECT id, {columns} FROM {table} ORDER BY id")
        return [row[1:] for row in rows if row[0] not in revoked]

    def _tuples(self, sql: str, params: tuple = ()) -> list[tuple]:
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params).fetchall()

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

    def current_record(self, table: str, key: tuple[str, ...]) -> Any:
        """What the current state holds for the current version of `key` in `table` (an
        Evaluation, a CcpResult…; for attendance, its value), None when there is none."""
        self.snapshot()
        assert self._cache is not None
        return self._cache.current[table].get(key)

    def snapshot(self) -> SessionData:
        """The session's current state.

        Read once, then kept up to date by this connection's own writes (a version appended is
        put in place; what a revocation or a sign-off changes is read again); read again whole
        when another connection has committed, or after a write that failed.
        """
        external = self.conn.execute("PRAGMA data_version").fetchone()[0]
        cache = self._cache
        if cache is None or cache.external != external:
            with paused_gc():
                cache = self._cache = self._read_cache(external)
        elif cache.stale:
            self._refresh(cache)
        return cache.data

    def _read_cache(self, external: int) -> SnapshotCache:
        jurors, people = self._read_people()
        removed = self.removed_candidates()
        current = {table: _without(self._current_versions(table), removed) for table in VERSIONED_TABLES}
        cache = SnapshotCache(
            external,
            jurors,
            people,
            {c.ref: i for i, c in enumerate(people)},
            current,
            SessionData(session=self.session_info(), jurors=jurors, candidates=people),
        )
        cache.data = SessionData(
            session=cache.data.session,
            jurors=jurors,
            candidates=cache.candidates(),
            evaluations=tuple(current["evaluations"].values()),
            results=tuple(current["results"].values()),
            final_interviews=tuple(current["final_interviews"].values()),
            title_decisions=tuple(current["title_decisions"].values()),
            ccs_decisions=tuple(current["ccs_decisions"].values()),
            sign_off=self._read_sign_off(),
            schedule=self._read_schedule(),
        )
        return cache

    def _refresh(self, cache: SnapshotCache) -> None:
        """Read again what writes made stale."""
        changes: dict[str, Any] = {}
        for part in sorted(cache.stale):
            if part == "session":
                changes["session"] = self.session_info()
            elif part == "sign_off":
                changes["sign_off"] = self._read_sign_off()
            else:
                cache.current[part] = _without(self._current_versions(part), self.removed_candidates())
                if part == "attendance":
                    changes["candidates"] = cache.candidates()
                else:
                    changes[CURRENT_FIELDS[part]] = tuple(cache.current[part].values())
        cache.data = cache.data.evolve(**changes)
        cache.stale.clear()

    def removed_candidates(self) -> set[str]:
        """The refs of candidates removed from the session (kept in the file with their history)."""
        return {row[0] for row in self._tuples("SELECT ref FROM candidates WHERE removed IS NOT NULL")}

    def _read_sign_off(self) -> SignOff | None:
        sign = self.conn.execute("SELECT * FROM sign_offs ORDER BY id LIMIT 1").fetchone()
        return _sign_off(sign) if sign else None

    def _read_schedule(self) -> tuple[ScheduleEntry, ...]:
        return tuple(
            ScheduleEntry(candidate, assessment, ccp, room, _datetime(start), _datetime(end), _refs(jurors))
            for candidate, assessment, ccp, room, start, end, jurors in self._tuples(
                'SELECT candidate, assessment, ccp, room, start, "end", jurors FROM schedule ORDER BY start, id'
            )
        )

    def _read_people(self) -> tuple[tuple[Juror, ...], tuple[Candidate, ...]]:
        """Jurors and candidates as imported: this version of juryapp never changes them in place."""
        conflicts: dict[str, list[Conflict]] = {}
        for juror, candidate, kind, note in self._tuples(
            "SELECT juror, candidate, kind, note FROM conflicts ORDER BY id"
        ):
            conflicts.setdefault(juror, []).append(Conflict(candidate, kind, note))
        jurors = tuple(
            Juror(ref, last_name, first_name, _date(until), tuple(conflicts.get(ref, ())))
            for ref, last_name, first_name, until in self._tuples(
                "SELECT ref, last_name, first_name, habilitation_until FROM jurors ORDER BY position"
            )
        )
        candidates = tuple(
            Candidate(
                ref,
                last_name,
                first_name,
                _date(birth_date),
                birth_place,
                pathway,
                bool(from_training),
                _date(vae_date),
                experience_months,
                bool(dossier),
                _ecf(ecf),
                _prior_ccps(prior_ccps),
                _held_titles(held_titles),
                "present",
                usage_name,
                None if ccps is None else _refs(ccps),
            )
            for (
                ref,
                last_name,
                first_name,
                birth_date,
                birth_place,
                pathway,
                from_training,
                vae_date,
                experience_months,
                dossier,
                ecf,
                prior_ccps,
                held_titles,
                usage_name,
                ccps,
            ) in self._tuples(
                """SELECT ref, last_name, first_name, birth_date, birth_place, pathway, from_training,
                          vae_admissibility_date, experience_months, professional_dossier, ecf, prior_ccps,
                          held_titles, usage_name, ccps
                   FROM candidates WHERE removed IS NULL ORDER BY position"""
            )
        )
        return jurors, candidates

    def history(self, candidate: str) -> list[VersionRecord]:
        """Every version recorded for a candidate, oldest first, with revocations."""
        records = []
        for table in VERSIONED_TABLES:
            current = {row["id"] for row in self._current_rows(table, candidate)}
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
