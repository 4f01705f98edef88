"""The session file: one SQLite file per session, decisions appended, never overwritten.

Every write goes through a method of `SessionStore`, runs in one transaction and adds its
audit row in that transaction. A version is current when it is the newest not revoked for
its key (candidate, and CCP or competency/épreuve). Once signed off, the session only takes
revocations with their reason (optionally carrying the version that replaces the revoked one).
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlite_utils

from juryapp.errors import BadInput, JuryError, SessionLocked
from juryapp.exchange.referentiel import parse_referentiel
from juryapp.model import (
    ATTENDANCES,
    AwardDecisionRecord,
    Candidate,
    CcpResult,
    Conflict,
    Evaluation,
    FinalInterview,
    HeldTitle,
    Juror,
    PriorCcp,
    Referentiel,
    SessionData,
    SessionInfo,
    SignOff,
)
from juryapp.storage.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    VERSIONED_TABLES,
    check_session_file,
    migrate,
)

# The columns that identify what a version is a version of.
VERSION_KEYS: dict[str, tuple[str, ...]] = {
    "attendance": ("candidate",),
    "evaluations": ("candidate", "competency", "assessment"),
    "results": ("candidate", "ccp"),
    "final_interviews": ("candidate",),
    "title_decisions": ("candidate",),
    "ccs_decisions": ("candidate",),
}

TABLE_LABELS = {
    "attendance": "Présence",
    "evaluations": "Observation",
    "results": "Résultat de CCP",
    "final_interviews": "Entretien final",
    "title_decisions": "Décision sur le titre",
    "ccs_decisions": "Décision sur le CCS",
}

Clock = Callable[[], dt.datetime]


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system: still record something
        return "inconnu"


def _now_text(clock: Clock) -> str:
    return clock().isoformat(timespec="seconds")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@functools.lru_cache(maxsize=4096)
def _refs(text: str) -> tuple[str, ...]:
    """A JSON list of refs as a tuple; juror lists repeat, so they are decoded once."""
    return tuple(json.loads(text))


def _json_list(text: str) -> list[Any]:
    return [] if text == "[]" else json.loads(text)


@dataclass(frozen=True, slots=True)
class VersionRecord:
    """One version of a decision, observation or attendance, with its history."""

    table: str
    id: int
    candidate: str
    key: tuple[str, ...]
    values: dict[str, Any]
    recorded_at: str
    recorded_by: str
    reason: str
    amends: int | None
    revoked_at: str | None
    revoked_by: str | None
    revocation_reason: str | None
    current: bool

    @property
    def label(self) -> str:
        return TABLE_LABELS[self.table]


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


class SessionStore:
    """An open session file. Use `open` or `create`; close it (or use `with`) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock | None = None) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.clock: Clock = clock or dt.datetime.now
        self.migration_backup: Path | None = None
        self._referentiels: dict[str, Referentiel] | None = None
        self._writes = 0
        self._snapshot: tuple[tuple[int, int], SessionData] | None = None
        self._people: tuple[int, tuple[tuple[Juror, ...], tuple[Candidate, ...]]] | None = None

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, clock: Clock | None = None) -> SessionStore:
        """Open an existing session file, migrating it (after a backup copy) if it is older."""
        path = Path(path)
        version = check_session_file(path)
        try:
            conn = _connect(path)
        except sqlite3.Error as exc:
            raise BadInput(f"fichier de session illisible ({exc})", file=path) from None
        try:
            stored = conn.execute("SELECT value FROM juryapp_meta WHERE key = 'schema_version'").fetchone()
            if stored is None or int(stored[0]) != version:
                raise BadInput("fichier de session incohérent (version de schéma)", file=path)
            store = cls(conn, path, clock)
            store.migration_backup = migrate(conn, path, version)
            return store
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise BadInput(f"fichier de session endommagé ({exc})", file=path) from None
        except BaseException:
            conn.close()
            raise

    @classmethod
    def create(
        cls,
        path: str | Path,
        data: SessionData,
        referentiels: dict[str, Referentiel],
        *,
        actor: str | None = None,
        source: str = "",
        clock: Clock | None = None,
    ) -> SessionStore:
        """Write a new session file at `path` (which must not exist) holding `data`."""
        path = Path(path)
        if path.exists():
            raise BadInput("le fichier existe déjà", file=path)
        conn = _connect(path)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate(conn, None, 0)
            store = cls(conn, path, clock)
            store._fill(data, referentiels, actor or default_actor(), source)
            return store
        except BaseException:
            conn.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._writes += 1
        try:
            with self.db.atomic():
                yield
        except sqlite3.IntegrityError as exc:
            if "signed off" in str(exc):
                raise SessionLocked(
                    "la session est close : toute modification passe par une révocation motivée",
                    file=self.path,
                ) from None
            raise JuryError(f"{self.path} : écriture refusée ({exc})") from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one transaction: all of them or none."""
        with self._transaction():
            yield

    def _audit(self, actor: str, action: str, table: str | None, row_id: int | None, detail: dict) -> None:
        self.db.table("audit").insert(
            {
                "at": _now_text(self.clock),
                "actor": actor,
                "action": action,
                "record_table": table,
                "record_id": row_id,
                "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True),
            }
        )

    def _fill(self, data: SessionData, referentiels: dict[str, Referentiel], actor: str, source: str) -> None:
        now = _now_text(self.clock)
        version = {"recorded_at": now, "recorded_by": actor, "reason": source, "amends": None}
        s = data.session
        with self._transaction():
            self.db.table("juryapp_meta").insert_all(
                [
                    {"key": "created_at", "value": now},
                    {"key": "created_by", "value": actor},
                    {"key": "created_from", "value": source},
                ]
            )
            self.db.table("referentiels").insert_all(
                {"code": code, "document": json.dumps(ref.document, ensure_ascii=False)}
                for code, ref in sorted(referentiels.items())
            )
            self.db.table("session").insert(
                {
                    "id": 1,
                    "ref": s.ref,
                    "title": s.title,
                    "kind": s.kind,
                    "ccps": json.dumps(list(s.ccps)),
                    "ccs": s.ccs,
                    "centre": s.centre,
                    "place": s.place,
                    "start": s.start.isoformat(),
                    "end": s.end.isoformat(),
                }
            )
            self.db.table("candidates").insert_all(
                (
                    {
                        "ref": c.ref,
                        "position": i,
                        "last_name": c.last_name,
                        "first_name": c.first_name,
                        "birth_date": _iso(c.birth_date),
                        "birth_place": c.birth_place,
                        "pathway": c.pathway,
                        "from_training": int(c.from_training),
                        "vae_admissibility_date": _iso(c.vae_admissibility_date),
                        "experience_months": c.experience_months,
                        "professional_dossier": int(c.professional_dossier),
                        "ecf": json.dumps(c.ecf, sort_keys=True),
                        "prior_ccps": json.dumps(
                            [{"title": p.title, "ccp": p.ccp, "obtained_on": _iso(p.obtained_on)} for p in c.prior_ccps]
                        ),
                        "held_titles": json.dumps(
                            [{"title": h.title, "obtained_on": _iso(h.obtained_on)} for h in c.held_titles]
                        ),
                    }
                    for i, c in enumerate(data.candidates)
                ),
                batch_size=500,
            )
            self.db.table("jurors").insert_all(
                {
                    "ref": j.ref,
                    "position": i,
                    "last_name": j.last_name,
                    "first_name": j.first_name,
                    "habilitation_until": _iso(j.habilitation_until),
                }
                for i, j in enumerate(data.jurors)
            )
            self.db.table("conflicts").insert_all(
                {"juror": j.ref, "candidate": c.candidate, "kind": c.kind, "note": c.note}
                for j in data.jurors
                for c in j.conflicts
            )
            self.db.table("attendance").insert_all(
                ({"candidate": c.ref, "attendance": c.attendance, **version} for c in data.candidates),
                batch_size=500,
            )
            self.db.table("evaluations").insert_all(
                {
                    "candidate": e.candidate,
                    "competency": e.competency,
                    "assessment": e.assessment,
                    "observation": e.observation,
                    **version,
                }
                for e in data.evaluations
            )
            self.db.table("results").insert_all(
                {
                    "candidate": r.candidate,
                    "ccp": r.ccp,
                    "decision": r.decision,
                    "jurors": json.dumps(list(r.jurors)),
                    "justification": r.justification,
                    **version,
                }
                for r in data.results
            )
            self.db.table("final_interviews").insert_all(
                {
                    "candidate": f.candidate,
                    "held_on": _iso(f.held_on),
                    "jurors": json.dumps(list(f.jurors)),
                    "notes": f.notes,
                    **version,
                }
                for f in data.final_interviews
            )
            for table, decisions in (
                ("title_decisions", data.title_decisions),
                ("ccs_decisions", data.ccs_decisions),
            ):
                self.db.table(table).insert_all(
                    {
                        "candidate": d.candidate,
                        "decision": d.decision,
                        "jurors": json.dumps(list(d.jurors)),
                        "justification": d.justification,
                        **version,
                    }
                    for d in decisions
                )
            self._audit(
                actor,
                "create",
                None,
                None,
                {"source": source, "session": s.ref, "candidates": len(data.candidates)},
            )
            if data.sign_off is not None:
                self.db.table("sign_offs").insert(
                    {
                        "signed_at": data.sign_off.at,
                        "jurors": json.dumps(list(data.sign_off.jurors)),
                        "recorded_by": actor,
                    }
                )
                self._audit(actor, "sign_off", "sign_offs", None, {"at": data.sign_off.at, "imported": True})

    # -- reading --------------------------------------------------------------------------

    def referentiels(self) -> dict[str, Referentiel]:
        if self._referentiels is None:
            self._referentiels = {
                row["code"]: parse_referentiel(json.loads(row["document"]), checked=True)
                for row in self.conn.execute("SELECT code, document FROM referentiels")
            }
        return dict(self._referentiels)

    def schema_version(self) -> int:
        return SCHEMA_VERSION

    @property
    def is_locked(self) -> bool:
        return self.conn.execute("SELECT 1 FROM sign_offs LIMIT 1").fetchone() is not None

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

    def session_info(self) -> SessionInfo:
        row = self.conn.execute("SELECT * FROM session WHERE id = 1").fetchone()
        return SessionInfo(
            ref=row["ref"],
            title=row["title"],
            kind=row["kind"],
            ccps=tuple(json.loads(row["ccps"])),
            ccs=row["ccs"],
            centre=row["centre"],
            place=row["place"],
            start=dt.date.fromisoformat(row["start"]),
            end=dt.date.fromisoformat(row["end"]),
        )

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
                    PriorCcp(p["title"], p["ccp"], _date(p["obtained_on"])) for p in _json_list(row["prior_ccps"])
                ),
                held_titles=tuple(
                    HeldTitle(h["title"], _date(h["obtained_on"])) for h in _json_list(row["held_titles"])
                ),
                attendance="present",
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
            sign_off=SignOff(sign["signed_at"], tuple(json.loads(sign["jurors"]))) if sign else None,
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

    def append_version(self, table: str, values: dict[str, Any], *, actor: str | None = None, reason: str = "") -> int:
        """Append a version with the given content columns (jurors as JSON text or a list)."""
        if table not in VERSIONED_TABLES:
            raise BadInput(f"« {table} » n'est pas un enregistrement versionné", file=self.path)
        row = dict(values)
        if "jurors" in row and not isinstance(row["jurors"], str):
            row["jurors"] = json.dumps(list(row["jurors"]))
        return self._record(table, row, actor, reason)

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

    def audit_log(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.conn.execute("SELECT * FROM audit ORDER BY id")]

    # -- writing --------------------------------------------------------------------------

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
        row_id = int(self.db.table(table).insert(full).last_pk or 0)
        self._audit(actor, f"record:{table}", table, row_id, row)
        return row_id

    def _record(self, table: str, row: dict[str, Any], actor: str | None, reason: str) -> int:
        self._check_open()
        self._check_candidate(row["candidate"])
        if "jurors" in row:
            self._check_jurors(json.loads(row["jurors"]))
        with self._transaction():
            return self._append(table, row, actor or default_actor(), reason)

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
        actor: str | None = None,
        reason: str = "",
    ) -> int:
        row = {
            "candidate": candidate,
            "competency": competency,
            "assessment": assessment,
            "observation": observation,
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
        actor: str | None = None,
        reason: str = "",
    ) -> int:
        row = {
            "candidate": candidate,
            "held_on": _iso(held_on),
            "jurors": json.dumps(list(jurors)),
            "notes": notes,
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

    def decide_ccs(
        self,
        candidate: str,
        decision: str,
        jurors: list[str] | tuple[str, ...],
        justification: str = "",
        *,
        actor: str | None = None,
        reason: str = "",
    ) -> int:
        return self._decide("ccs_decisions", candidate, decision, jurors, justification, actor, reason)

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
    ) -> int | None:
        """Revoke one version with its reason; `replacement` (same columns) becomes current.

        The only change a signed-off session accepts. Returns the replacement's id.
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
        new_id = None
        with self._transaction():
            self.db.table("revocations").insert(
                {
                    "record_table": table,
                    "record_id": record_id,
                    "revoked_at": _now_text(self.clock),
                    "revoked_by": actor,
                    "reason": reason,
                }
            )
            self._audit(actor, "revoke", table, record_id, {"reason": reason})
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
                self.db.table("revocations").insert(
                    {
                        "record_table": table,
                        "record_id": record_id,
                        "revoked_at": _now_text(self.clock),
                        "revoked_by": actor,
                        "reason": reason,
                    }
                )
                self._audit(actor, "withdraw", table, record_id, {"reason": reason})
        return ids

    def sign_off(self, jurors: list[str] | tuple[str, ...], *, actor: str | None = None, at: str | None = None) -> str:
        """Lock the session; returns the recorded time."""
        self._check_open()
        if not jurors:
            raise BadInput("la clôture doit être confirmée par les jurés présents", file=self.path)
        self._check_jurors(jurors)
        at = at or _now_text(self.clock)
        actor = actor or default_actor()
        with self._transaction():
            self.db.table("sign_offs").insert(
                {"signed_at": at, "jurors": json.dumps(list(jurors)), "recorded_by": actor}
            )
            self._audit(actor, "sign_off", "sign_offs", None, {"at": at, "jurors": list(jurors)})
        return at


def write_new_session(
    target: Path,
    data: SessionData,
    referentiels: dict[str, Referentiel],
    *,
    replace: bool = False,
    actor: str | None = None,
    source: str = "",
    before_commit: Callable[[], Callable[[], None] | None] | None = None,
) -> None:
    """Create `target` atomically: built aside, then moved in place; nothing changes on failure.

    `before_commit` runs once the new file is complete, before it replaces anything; it may
    return an undo function, called if the final move fails.
    """
    target = Path(target)
    if target.is_dir():
        raise BadInput("c'est un dossier, pas un fichier de session", file=target)
    if target.exists() and not replace:
        raise BadInput("le fichier existe déjà ; ajoutez --replace pour le remplacer", file=target)
    if not target.parent.is_dir():
        raise BadInput("le dossier de destination n'existe pas", file=target)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    undo = None
    try:
        store = SessionStore.create(tmp, data, referentiels, actor=actor, source=source)
        store.close()
        if before_commit is not None:
            undo = before_commit()
        os.replace(tmp, target)
    except BaseException:
        if undo is not None:
            undo()
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        raise
    # A write-ahead log left by a crash belonged to the file just replaced, not to this one.
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
