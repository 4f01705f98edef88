"""The centre archive's writes: hand-offs, take-backs, purges. One transaction each, audited.

Each write runs in one transaction (`BEGIN IMMEDIATE` … `COMMIT`) with its audit row; SQLite's
failures (full disk, read-only medium, a locked file) come out as one French line naming the
archive, and the transaction is rolled back: nothing is half-written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from juryapp.errors import BadInput, JuryError
from juryapp.model import ATTENDANCES
from juryapp.rules.holdings import fold_name
from juryapp.storage.archive_model import (
    DEFAULT_RETENTION_YEARS,
    PurgeReport,
    TakenBackCandidate,
    TakenBackSession,
    add_years,
)
from juryapp.storage.archive_reading import ArchiveReader
from juryapp.storage.common import Clock, default_actor
from juryapp.storage.core import ReadOnlyFile


def archive_failure(exc: sqlite3.Error, path: Path) -> JuryError:
    """SQLite's English error as one French line naming the archive: environment (1) or bad input (2)."""
    text = str(exc).lower()
    if "full" in text:
        return JuryError(f"{path} : plus de place sur le disque : rien n'a été enregistré")
    if "readonly" in text or "read-only" in text:
        return ReadOnlyFile("archive en lecture seule : rien n'a été enregistré", file=path)
    if "locked" in text or "busy" in text:
        return BadInput("archive occupée par un autre programme : rien n'a été enregistré", file=path)
    if "disk i/o" in text:
        return JuryError(f"{path} : erreur d'entrée-sortie du support : rien n'a été enregistré")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return BadInput("archive endommagée", file=path)
    return JuryError(f"{path} : écriture impossible dans l'archive (SQLite : {exc})")


def _document_text(document: Any, session_ref: str, path: Path) -> str:
    """A session document (EXCHANGE.md §2) as stored: JSON text, keys in their order."""
    session = document.get("session") if isinstance(document, dict) else None
    if not isinstance(session, dict) or session.get("ref") != session_ref:
        raise BadInput(f"le document ne porte pas la session « {session_ref} » (session.ref)", file=path)
    try:
        return json.dumps(document, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise BadInput(f"document de session qui n'est pas du JSON ({exc})", file=path) from None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ArchiveWriter(ArchiveReader):
    """The writes of `CentreArchive`; `conn`, `path`, `clock` and `read_only_reason` are set by it."""

    clock: Clock
    read_only_reason: str | None

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction: all of it or nothing; SQLite's failures as French errors naming the file."""
        if self.read_only_reason is not None:
            raise ReadOnlyFile(
                f"archive ouverte en lecture seule ({self.read_only_reason}) : rien n'a été enregistré", file=self.path
            )
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:  # SQLite may have rolled back itself (a full disk)
                    with suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise archive_failure(exc, self.path) from None
        except sqlite3.IntegrityError as exc:
            raise JuryError(f"{self.path} : écriture refusée dans l'archive ({exc})") from None

    def _audit(self, actor: str, action: str, detail: dict[str, Any]) -> None:
        """An audit row, in the caller's transaction. Never a candidate's name: the purge keeps it."""
        self.conn.execute(
            "INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)",
            (self._now(), actor, action, json.dumps(detail, ensure_ascii=False, sort_keys=True)),
        )

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    def _session_row(self, ref: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute("SELECT * FROM sessions WHERE ref = ?", (ref,)).fetchone()
        if row is not None and row["purged_at"] is not None:
            raise BadInput(
                f"session « {ref} » purgée de l'archive le {row['purged_at'][:10]} (durée de conservation "
                "échue) : ses données personnelles n'y sont plus enregistrées",
                file=self.path,
            )
        return row

    def record_handoff(
        self, handoff: str, session_ref: str, document: dict, *, at: dt.datetime | None = None, by: str | None = None
    ) -> None:
        """Keep the session document as handed off to the jury (the base of a later comparison).

        Recording the same hand-off again with the same document changes nothing; with another
        document, or for another session, it is refused (BadInput). The session is listed from
        then on (its facts read from `document["session"]`).
        """
        if not isinstance(handoff, str) or not handoff.strip():
            raise BadInput("identifiant de remise vide", file=self.path)
        text = _document_text(document, session_ref, self.path)
        digest = _sha256(text)
        with self._write():
            known = self.conn.execute(
                "SELECT session_ref, base_sha256 FROM handoffs WHERE id = ?", (handoff,)
            ).fetchone()
            if known is not None:
                if known["session_ref"] == session_ref and known["base_sha256"] == digest:
                    return
                raise BadInput(f"remise « {handoff} » déjà enregistrée avec un autre document", file=self.path)
            if self._session_row(session_ref) is None:
                self._insert_session_facts(document["session"])
            sent_at = (at or self.clock()).isoformat(timespec="seconds")
            actor = by or default_actor()
            self.conn.execute(
                "INSERT INTO handoffs (id, session_ref, sent_at, sent_by, base_document, base_sha256) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (handoff, session_ref, sent_at, actor, text, digest),
            )
            self._audit(actor, "remise", {"handoff": handoff, "session": session_ref, "sha256": digest})

    def _insert_session_facts(self, session: dict) -> None:
        def text(name: str) -> str:
            value = session.get(name)
            return value if isinstance(value, str) else ""

        days = []
        for name in ("start", "end"):
            try:
                days.append(dt.date.fromisoformat(text(name)).isoformat())
            except ValueError:
                raise BadInput(f"date « {text(name)} » invalide", file=self.path, field=f"session.{name}") from None
        self.conn.execute(
            'INSERT INTO sessions (ref, title, kind, centre, place, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)',
            (text("ref"), text("title"), text("kind"), text("centre"), text("place"), *days),
        )

    def take_back(
        self,
        handoff: str | None,
        session: TakenBackSession,
        document: dict,
        *,
        at: dt.datetime | None = None,
        by: str | None = None,
    ) -> None:
        """Record a session taken back: its document as returned, its people and what they obtained.

        Taking a session back again (the same hand-off or another) replaces that session's people
        and holdings, and is audited as such. Refused (BadInput): an unknown hand-off or one of
        another session, a document of another session, results of a session not signed off (they
        are not decisions of the jury yet), an unknown attendance, a candidate ref twice, a session
        already purged.
        """
        text = _document_text(document, session.ref, self.path)
        self._check_taken_back(session)
        actor = by or default_actor()
        when = (at or self.clock()).isoformat(timespec="seconds")
        with self._write():
            if handoff is not None:
                known = self.conn.execute("SELECT session_ref FROM handoffs WHERE id = ?", (handoff,)).fetchone()
                if known is None or known["session_ref"] != session.ref:
                    raise BadInput(f"remise « {handoff} » inconnue pour la session « {session.ref} »", file=self.path)
            previous = self._session_row(session.ref)
            replaced = previous is not None and previous["taken_back_at"] is not None
            self._store_session(session, text, when, actor)
            self.conn.execute(
                "DELETE FROM candidates WHERE session_ref = ?", (session.ref,)
            )  # their holdings go with them (ON DELETE CASCADE)
            for person in session.candidates:
                self._store_candidate(session, person)
            self._store_counts(session)
            if handoff is not None:
                self.conn.execute(
                    "UPDATE handoffs SET returned_at = ?, returned_by = ?, returned_document = ?, returned_sha256 = ? "
                    "WHERE id = ?",
                    (when, actor, text, _sha256(text), handoff),
                )
            detail = {"session": session.ref, "handoff": handoff, "candidates": len(session.candidates)}
            self._audit(actor, "reprise remplacée" if replaced else "reprise", {**detail, "replaced": replaced})

    def _check_taken_back(self, session: TakenBackSession) -> None:
        refs = [person.ref for person in session.candidates]
        twice = sorted({ref for ref in refs if refs.count(ref) > 1})
        if twice:
            raise BadInput(f"candidat(s) en double dans la session : {', '.join(twice)}", file=self.path)
        unknown = sorted({p.ref for p in session.candidates if p.attendance not in ATTENDANCES})
        if unknown:
            raise BadInput(f"présence inconnue pour : {', '.join(unknown)}", file=self.path)
        if session.signed_off_at is None:
            decided = [person.ref for person in session.candidates if person.decided]
            if decided:
                raise BadInput(
                    "session non signée : aucun résultat ne peut être archivé comme acquis "
                    f"(candidats : {', '.join(decided)})",
                    file=self.path,
                )

    def _store_session(self, session: TakenBackSession, text: str, when: str, actor: str) -> None:
        self.conn.execute(
            """INSERT INTO sessions (ref, title, kind, centre, place, start, "end", signed_off_at,
                   taken_back_at, taken_back_by, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(ref) DO UPDATE SET title = excluded.title, kind = excluded.kind,
                   centre = excluded.centre, place = excluded.place, start = excluded.start, "end" = excluded."end",
                   signed_off_at = excluded.signed_off_at, taken_back_at = excluded.taken_back_at,
                   taken_back_by = excluded.taken_back_by, document = excluded.document""",
            (
                session.ref,
                session.title,
                session.kind,
                session.centre,
                session.place,
                session.start.isoformat(),
                session.end.isoformat(),
                session.signed_off_at,
                when,
                actor,
                text,
            ),
        )

    def _store_candidate(self, session: TakenBackSession, person: TakenBackCandidate) -> None:
        cursor = self.conn.execute(
            """INSERT INTO candidates (session_ref, ref, last_name, first_name, usage_name, birth_date, birth_place,
                   last_key, first_key, usage_key, attendance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                session.ref,
                person.ref,
                person.last_name,
                person.first_name,
                person.usage_name,
                person.birth_date.isoformat() if person.birth_date else None,
                person.birth_place,
                fold_name(person.last_name),
                fold_name(person.first_name),
                fold_name(person.usage_name),
                person.attendance,
            ),
        )
        candidate_id = cursor.lastrowid
        on = session.decided_on.isoformat()
        rows: list[tuple[str, str, str, str | None, int, str]] = [
            ("ccp", session.title, code, on, 0, "") for code in sorted(set(person.ccps_obtained))
        ]
        if person.title_awarded:
            rows.append(("title", session.title, "", on, 0, ""))
        if person.ccs_awarded:
            rows.append(("ccs", session.title, person.ccs_awarded, on, 0, ""))
        for prior in person.prior_ccps:
            day = prior.obtained_on.isoformat() if prior.obtained_on else None
            rows.append(("ccp", prior.title, prior.ccp, day, 1, prior.session))
        for held in person.held_titles:
            day = held.obtained_on.isoformat() if held.obtained_on else None
            rows.append(("ccs" if held.ccs else "title", held.title, held.ccs or "", day, 1, ""))
        self.conn.executemany(
            "INSERT INTO holdings (candidate_id, kind, title, code, obtained_on, declared, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(candidate_id, *row) for row in rows],
        )

    def _store_counts(self, session: TakenBackSession) -> None:
        obtained = Counter(code for person in session.candidates for code in set(person.ccps_obtained))
        self.conn.execute(
            """INSERT INTO session_counts (session_ref, candidates, present, titles_awarded, ccs_awarded, ccps_obtained)
               VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(session_ref) DO UPDATE SET candidates = excluded.candidates,
                   present = excluded.present, titles_awarded = excluded.titles_awarded,
                   ccs_awarded = excluded.ccs_awarded, ccps_obtained = excluded.ccps_obtained""",
            (
                session.ref,
                len(session.candidates),
                sum(person.attendance == "present" for person in session.candidates),
                sum(person.title_awarded for person in session.candidates),
                sum(person.ccs_awarded is not None for person in session.candidates),
                json.dumps(dict(sorted(obtained.items()))),
            ),
        )

    def purge(
        self, *, retention_years: int = DEFAULT_RETENTION_YEARS, today: dt.date | None = None, by: str | None = None
    ) -> PurgeReport:
        """Remove the personal data of every session whose last day is more than `retention_years`
        before `today` (default: the clock's day): its people, their holdings, its stored documents.

        The sessions' public facts, their anonymous counts, the hand-offs' dates and hashes and the
        audit are kept. One transaction, audited; then the file is compacted (VACUUM) so that
        nothing purged is left in free pages. Returns what was removed.
        """
        if isinstance(retention_years, bool) or not isinstance(retention_years, int) or retention_years < 1:
            raise BadInput(f"durée de conservation « {retention_years} » : un nombre d'années d'au moins 1")
        today = today or self.clock().date()
        actor = by or default_actor()
        with self._write():
            expired = [
                row["ref"]
                for row in self.conn.execute('SELECT ref, "end" FROM sessions WHERE purged_at IS NULL ORDER BY ref')
                if row["end"] and add_years(dt.date.fromisoformat(row["end"]), retention_years) < today
            ]
            if not expired:
                return PurgeReport((), 0, 0)
            marks = ", ".join("?" * len(expired))
            now = self._now()
            people = self.conn.execute(f"DELETE FROM candidates WHERE session_ref IN ({marks})", expired).rowcount
            documents = self.conn.execute(
                f"SELECT (SELECT count(*) FROM sessions WHERE ref IN ({marks}) AND document IS NOT NULL)"
                f" + (SELECT count(base_document) + count(returned_document) FROM handoffs"
                f" WHERE session_ref IN ({marks}))",
                expired * 2,
            ).fetchone()[0]
            self.conn.execute(
                f"UPDATE handoffs SET base_document = NULL, returned_document = NULL, purged_at = ? "
                f"WHERE session_ref IN ({marks})",
                [now, *expired],
            )
            self.conn.execute(
                f"UPDATE sessions SET document = NULL, purged_at = ? WHERE ref IN ({marks})", [now, *expired]
            )
            detail = {"sessions": expired, "retention_years": retention_years, "today": today.isoformat()}
            self._audit(actor, "purge", {**detail, "candidates_removed": people, "documents_removed": documents})
        problem = None
        try:
            self.conn.execute("VACUUM")
        except sqlite3.Error as exc:
            problem = str(archive_failure(exc, self.path))
        return PurgeReport(tuple(expired), people, int(documents), problem)
