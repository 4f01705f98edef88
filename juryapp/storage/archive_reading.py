"""What the centre archive answers: people found by identity, holdings and deadlines, sessions,
hand-offs, anonymous counts. Reading only: works on an archive opened read-only too."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from juryapp.model import Referentiel
from juryapp.rules.holdings import fold_name
from juryapp.storage.archive_model import (
    ArchivedHolding,
    ArchivedPerson,
    ArchivedSessionInfo,
    ArchivedTitle,
    HandoffInfo,
    HoldingRow,
    SessionCounts,
    completion,
)

Identity = tuple[str, str, str]  # folded nom de naissance, folded prénom(s), ISO birth date ('' when none)

_PEOPLE = """SELECT c.id, c.session_ref, c.last_name, c.first_name, c.usage_name, c.birth_date, c.birth_place,
    c.last_key, c.first_key, s.place AS session_place, s."end" AS session_end
    FROM candidates c JOIN sessions s ON s.ref = c.session_ref"""
_HOLDINGS = "SELECT candidate_id, kind, title, code, obtained_on, declared, origin FROM holdings"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _first_held(item: ArchivedHolding | ArchivedTitle) -> tuple[bool, dt.date, str]:
    """Obtained here before declared, then the earliest date: the first time a thing was held."""
    return (item.declared, item.obtained_on or dt.date.max, item.session_ref)


@dataclass(slots=True)
class _Gathered:
    rows: list[sqlite3.Row] = field(default_factory=list)
    holdings: dict[tuple[str, str], ArchivedHolding] = field(default_factory=dict)
    titles: dict[tuple[str, str], ArchivedTitle] = field(default_factory=dict)

    def add(self, row: sqlite3.Row, held: sqlite3.Row) -> None:
        """One holding of one of this person's candidate rows; the first time a thing was held wins."""
        declared = bool(held["declared"])
        obtained = _date(held["obtained_on"])
        if held["kind"] == "ccp":
            holding = ArchivedHolding(
                held["title"],
                held["code"],
                obtained,
                row["session_ref"],
                row["session_place"],
                _date(row["session_end"]),
                declared,
                held["origin"],
            )
            key = (holding.title, holding.ccp)
            known = self.holdings.get(key)
            if known is None or _first_held(holding) < _first_held(known):
                self.holdings[key] = holding
            return
        title = ArchivedTitle(
            held["title"], held["code"] if held["kind"] == "ccs" else None, obtained, row["session_ref"], declared
        )
        key = (title.title, title.ccs or "")
        known_title = self.titles.get(key)
        if known_title is None or _first_held(title) < _first_held(known_title):
            self.titles[key] = title

    def person(self) -> ArchivedPerson:
        newest = max(self.rows, key=lambda r: (r["session_end"] or "", r["id"]))
        sessions = sorted({r["session_ref"] for r in self.rows})
        return ArchivedPerson(
            last_name=newest["last_name"],
            first_name=newest["first_name"],
            usage_name=newest["usage_name"],
            birth_date=_date(newest["birth_date"]),
            birth_place=newest["birth_place"],
            sessions=tuple(sessions),
            holdings=tuple(sorted(self.holdings.values(), key=lambda h: (h.title, h.ccp))),
            titles=tuple(sorted(self.titles.values(), key=lambda t: (t.title, t.ccs or ""))),
        )


class ArchiveReader:
    """The queries of `CentreArchive`; `conn` and `path` are set by it."""

    conn: sqlite3.Connection
    path: Path

    def _gather(self, where: str = "", params: tuple[Any, ...] = ()) -> dict[Identity, _Gathered]:
        """The people whose candidate rows match `where` (on `c`), each with all of their rows."""
        people: dict[Identity, _Gathered] = {}
        by_id: dict[int, tuple[Identity, sqlite3.Row]] = {}
        for row in self.conn.execute(f"{_PEOPLE} {where}", params):
            key = (row["last_key"], row["first_key"], row["birth_date"] or "")
            people.setdefault(key, _Gathered()).rows.append(row)
            by_id[row["id"]] = (key, row)
        for held in self.conn.execute(_HOLDINGS):
            found = by_id.get(held["candidate_id"])
            if found is not None:
                people[found[0]].add(found[1], held)
        return people

    def find_person(self, last_name: str, first_name: str, birth_date: dt.date | None = None) -> list[ArchivedPerson]:
        """The archived people with this identity (DOMAIN.md §6: names folded, without accents,
        case, spaces or punctuation); `last_name` matches the nom de naissance or the nom d'usage;
        without `birth_date`, every birth date. Each with every CCP and title they hold."""
        last, first = fold_name(last_name), fold_name(first_name)
        if not last or not first:
            return []
        where = "WHERE c.first_key = ? AND (c.last_key = ? OR c.usage_key = ?)"
        params: tuple[Any, ...] = (first, last, last)
        if birth_date is not None:
            where += " AND c.birth_date = ?"
            params += (birth_date.isoformat(),)
        keys = {
            (row["last_key"], row["first_key"], row["birth_date"] or "")
            for row in self.conn.execute(f"{_PEOPLE} {where}", params)
        }
        if not keys:
            return []
        clauses = " OR ".join("(c.last_key = ? AND c.first_key = ? AND coalesce(c.birth_date, '') = ?)" for _ in keys)
        gathered = self._gather(f"WHERE {clauses}", tuple(part for key in sorted(keys) for part in key))
        return [gathered[key].person() for key in sorted(gathered)]

    def holdings(
        self, *, title: str | None = None, referentiels: Mapping[str, Referentiel] | None = None
    ) -> list[HoldingRow]:
        """Every CCP held by a person of the archive (of `title` only, when given), once per person,
        with the version and the date by which they can complete the title (see `HoldingRow`)."""
        referentiels = referentiels or {}
        rows = []
        for _, gathered in sorted(self._gather().items()):
            person = gathered.person()
            titles_held = {t.title for t in person.titles if t.ccs is None}
            for held in person.holdings:
                if title is not None and held.title != title:
                    continue
                found = completion(held.title, held.ccp, referentiels)
                complete_in, complete_until = found if found is not None else (None, None)
                title_held = held.title in titles_held or complete_in in titles_held
                rows.append(
                    HoldingRow(
                        last_name=person.last_name,
                        first_name=person.first_name,
                        usage_name=person.usage_name,
                        birth_date=person.birth_date,
                        title=held.title,
                        ccp=held.ccp,
                        obtained_on=held.obtained_on,
                        session_ref=held.session_ref,
                        declared=held.declared,
                        title_held=title_held,
                        complete_in=None if title_held else complete_in,
                        complete_until=None if title_held else complete_until,
                    )
                )
        return rows

    def sessions(self) -> list[ArchivedSessionInfo]:
        """Every session handed off or taken back, by end date then ref."""
        rows = self.conn.execute(
            """SELECT s.*, coalesce(k.candidates, (SELECT count(*) FROM candidates c WHERE c.session_ref = s.ref))
                   AS people
               FROM sessions s LEFT JOIN session_counts k ON k.session_ref = s.ref
               ORDER BY s."end", s.ref"""
        )
        return [
            ArchivedSessionInfo(
                ref=r["ref"],
                title=r["title"],
                kind=r["kind"],
                centre=r["centre"],
                place=r["place"],
                start=_date(r["start"]),
                end=_date(r["end"]),
                signed_off_at=r["signed_off_at"],
                taken_back_at=r["taken_back_at"],
                taken_back_by=r["taken_back_by"],
                purged_at=r["purged_at"],
                candidates=int(r["people"]),
            )
            for r in rows
        ]

    def counts(self) -> list[SessionCounts]:
        """The anonymous counts of every session taken back (purged or not), by end date then ref."""
        rows = self.conn.execute(
            """SELECT k.*, s.title, s.kind, s."end", s.purged_at FROM session_counts k
               JOIN sessions s ON s.ref = k.session_ref ORDER BY s."end", s.ref"""
        )
        return [
            SessionCounts(
                session_ref=r["session_ref"],
                title=r["title"],
                kind=r["kind"],
                end=_date(r["end"]),
                candidates=r["candidates"],
                present=r["present"],
                titles_awarded=r["titles_awarded"],
                ccs_awarded=r["ccs_awarded"],
                ccps_obtained=tuple(sorted(json.loads(r["ccps_obtained"]).items())),
                purged=r["purged_at"] is not None,
            )
            for r in rows
        ]

    def handoffs(self, session_ref: str | None = None) -> list[HandoffInfo]:
        """The hand-offs (of one session, when given), oldest first."""
        sql = "SELECT * FROM handoffs"
        params: tuple[str, ...] = ()
        if session_ref is not None:
            sql += " WHERE session_ref = ?"
            params = (session_ref,)
        return [
            HandoffInfo(
                id=r["id"],
                session_ref=r["session_ref"],
                sent_at=r["sent_at"],
                sent_by=r["sent_by"],
                base_sha256=r["base_sha256"],
                returned_at=r["returned_at"],
                returned_by=r["returned_by"],
                returned_sha256=r["returned_sha256"],
                status="purged" if r["purged_at"] else "returned" if r["returned_at"] else "sent",
            )
            for r in self.conn.execute(sql + " ORDER BY sent_at, id", params)
        ]

    def base_document(self, handoff: str) -> dict | None:
        """The session document as it was handed off (the base of a three-way comparison);
        None when the hand-off is unknown or its documents were purged."""
        return self._document("SELECT base_document FROM handoffs WHERE id = ?", handoff)

    def returned_document(self, handoff: str) -> dict | None:
        """The session document as it came back from this hand-off; None when not (yet) or purged."""
        return self._document("SELECT returned_document FROM handoffs WHERE id = ?", handoff)

    def session_document(self, session_ref: str) -> dict | None:
        """The session document as last taken back; None when not taken back, or purged."""
        return self._document("SELECT document FROM sessions WHERE ref = ?", session_ref)

    def _document(self, sql: str, key: str) -> dict | None:
        row = self.conn.execute(sql, (key,)).fetchone()
        if row is None or row[0] is None:
            return None
        document: dict = json.loads(row[0])
        return document

    def audit_trail(self) -> list[tuple[str, str, str, dict]]:
        """(at, actor, action, detail) of every audited operation, oldest first."""
        return [
            (r["at"], r["actor"], r["action"], json.loads(r["detail"]))
            for r in self.conn.execute("SELECT * FROM audit ORDER BY id")
        ]
