"""What the secretary changes in a session file before the jury sits: candidates, jurors and
their conflicts, the session's facts, rooms, the schedule, and the hand-offs of the file.

Each method writes one transaction with its audit row (what was, what is). None of these is a
decision of the jury: they are refused once the session is signed off (the file's triggers),
and the application layer refuses candidates' and jurors' edits once the file is handed off.
A candidate removed stays in the file, marked, with any version recorded about them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from juryapp.errors import BadInput
from juryapp.model import Candidate, Juror, ScheduleEntry, SessionInfo
from juryapp.storage.common import _iso, _now_text, default_actor
from juryapp.storage.core import StoreCore
from juryapp.storage.creation import held_titles_json, prior_ccps_json

if TYPE_CHECKING:  # the planner's types: imported by the functions that build them
    from juryapp.rules.schedule_base import Room

HANDOFF_DIRECTIONS = ("vers_jury", "vers_secretariat")
# Tables whose `jurors` column lists the jurors of a record: a juror named there stays.
_JUROR_LISTS = ("results", "final_interviews", "title_decisions", "ccs_decisions", "schedule", "sign_offs")


@dataclass(frozen=True, slots=True)
class HandoffRecord:
    """One hand-off of the file: to the jury, or back to the secretariat."""

    handoff: str
    direction: str
    at: str
    by: str
    note: str = ""


def candidate_values(candidate: Candidate) -> dict[str, Any]:
    """A candidate's columns as stored (attendance is a version of its own, not a column)."""
    return {
        "last_name": candidate.last_name,
        "first_name": candidate.first_name,
        "birth_date": _iso(candidate.birth_date),
        "birth_place": candidate.birth_place,
        "pathway": candidate.pathway,
        "from_training": int(candidate.from_training),
        "vae_admissibility_date": _iso(candidate.vae_admissibility_date),
        "experience_months": candidate.experience_months,
        "professional_dossier": int(candidate.professional_dossier),
        "ecf": json.dumps(candidate.ecf, sort_keys=True),
        "prior_ccps": prior_ccps_json(candidate),
        "held_titles": held_titles_json(candidate),
        "usage_name": candidate.usage_name,
        "ccps": None if candidate.ccps is None else json.dumps(list(candidate.ccps)),
    }


class PreparingMixin(StoreCore):
    """The secretary's writes (see the module's docstring)."""

    # -- hand-offs ------------------------------------------------------------------------

    def handoff_records(self) -> list[HandoffRecord]:
        return [
            HandoffRecord(*row)
            for row in self.conn.execute("SELECT handoff, direction, at, by, note FROM handoffs ORDER BY id")
        ]

    def handed_off(self) -> bool:
        """Whether this file was handed to the jury (its candidates and jurors are then fixed)."""
        return self.conn.execute("SELECT 1 FROM handoffs WHERE direction = 'vers_jury' LIMIT 1").fetchone() is not None

    def record_handoff(self, handoff: str, direction: str, *, actor: str | None = None, note: str = "") -> int:
        if direction not in HANDOFF_DIRECTIONS:
            raise ValueError(direction)
        actor = actor or default_actor()
        with self._transaction():
            row_id = self._insert(
                "handoffs",
                {"handoff": handoff, "direction": direction, "at": _now_text(self.clock), "by": actor, "note": note},
            )
            self._audit(actor, "handoff", "handoffs", row_id, {"handoff": handoff, "direction": direction})
        return row_id

    # -- the session's facts --------------------------------------------------------------

    def update_session_info(self, info: SessionInfo, *, actor: str | None = None) -> None:
        """The session's ref, dates, centre, place and CCPs examined (its title stays)."""
        actor = actor or default_actor()
        values = {
            "ref": info.ref,
            "kind": info.kind,
            "ccps": json.dumps(list(info.ccps)),
            "ccs": info.ccs,
            "centre": info.centre,
            "place": info.place,
            "start": info.start.isoformat(),
            "end": info.end.isoformat(),
        }
        with self._transaction():
            before = dict(self.conn.execute("SELECT * FROM session WHERE id = 1").fetchone())
            assignments = ", ".join(f'"{name}" = ?' for name in values)
            self.conn.execute(f"UPDATE session SET {assignments} WHERE id = 1", list(values.values()))
            changed = {k: [before.get(k), v] for k, v in values.items() if before.get(k) != v}
            self._audit(actor, "update_session", "session", 1, changed)
            self._forget()

    # -- candidates -----------------------------------------------------------------------

    def candidate_refs_ever(self) -> set[str]:
        """Every ref a candidate of this file has had, removed ones included (never given again)."""
        return {row[0] for row in self.conn.execute("SELECT ref FROM candidates")}

    def add_candidates(self, candidates: Sequence[Candidate], *, actor: str | None = None, source: str = "") -> None:
        """Add candidates at the end of the list, present; all of them or none."""
        actor = actor or default_actor()
        now = _now_text(self.clock)
        with self._transaction():
            position = self.conn.execute("SELECT coalesce(max(position), -1) + 1 FROM candidates").fetchone()[0]
            for offset, candidate in enumerate(candidates):
                row = {"ref": candidate.ref, "position": position + offset, **candidate_values(candidate)}
                self._insert("candidates", row)
                self._insert(
                    "attendance",
                    {
                        "candidate": candidate.ref,
                        "attendance": candidate.attendance,
                        "recorded_at": now,
                        "recorded_by": actor,
                        "reason": source,
                    },
                )
            self._audit(
                actor,
                "add_candidates",
                "candidates",
                None,
                {"refs": [c.ref for c in candidates], "source": source},
            )
            self._forget()

    def update_candidate(self, candidate: Candidate, *, actor: str | None = None) -> dict[str, list[Any]]:
        """Replace a candidate's file (not their attendance); what changed, field -> [before, after]."""
        actor = actor or default_actor()
        values = candidate_values(candidate)
        with self._transaction():
            row = self.conn.execute(
                "SELECT * FROM candidates WHERE ref = ? AND removed IS NULL", (candidate.ref,)
            ).fetchone()
            if row is None:
                raise BadInput(f"candidat inconnu : {candidate.ref}")
            before = dict(row)
            changed = {k: [before.get(k), v] for k, v in values.items() if before.get(k) != v}
            if changed:
                assignments = ", ".join(f'"{name}" = ?' for name in values)
                self.conn.execute(
                    f"UPDATE candidates SET {assignments} WHERE ref = ?", [*values.values(), candidate.ref]
                )
                self._audit(actor, "update_candidate", "candidates", None, {"ref": candidate.ref, "changed": changed})
                self._forget()
        return changed

    def remove_candidate(self, ref: str, reason: str, *, actor: str | None = None) -> None:
        """Take a candidate out of the session; their row and history stay in the file, marked."""
        actor = actor or default_actor()
        mark = json.dumps({"at": _now_text(self.clock), "by": actor, "reason": reason}, ensure_ascii=False)
        with self._transaction():
            cursor = self.conn.execute(
                "UPDATE candidates SET removed = ? WHERE ref = ? AND removed IS NULL", (mark, ref)
            )
            if cursor.rowcount != 1:
                raise BadInput(f"candidat inconnu : {ref}")
            self.conn.execute("DELETE FROM conflicts WHERE candidate = ?", (ref,))
            self.conn.execute("DELETE FROM schedule WHERE candidate = ?", (ref,))
            self._audit(actor, "remove_candidate", "candidates", None, {"ref": ref, "reason": reason})
            self._forget()

    # -- jurors and their conflicts -------------------------------------------------------

    def save_juror(self, juror: Juror, *, actor: str | None = None) -> bool:
        """Add a juror, or replace one's names, habilitation and conflicts; True when added."""
        actor = actor or default_actor()
        with self._transaction():
            exists = self.conn.execute("SELECT 1 FROM jurors WHERE ref = ?", (juror.ref,)).fetchone() is not None
            values = (juror.last_name, juror.first_name, _iso(juror.habilitation_until))
            if exists:
                self.conn.execute(
                    "UPDATE jurors SET last_name = ?, first_name = ?, habilitation_until = ? WHERE ref = ?",
                    (*values, juror.ref),
                )
                self.conn.execute("DELETE FROM conflicts WHERE juror = ?", (juror.ref,))
            else:
                position = self.conn.execute("SELECT coalesce(max(position), -1) + 1 FROM jurors").fetchone()[0]
                self.conn.execute(
                    "INSERT INTO jurors (ref, position, last_name, first_name, habilitation_until) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (juror.ref, position, *values),
                )
            self.conn.executemany(
                "INSERT INTO conflicts (juror, candidate, kind, note) VALUES (?, ?, ?, ?)",
                [(juror.ref, c.candidate, c.kind, c.note) for c in juror.conflicts],
            )
            self._audit(
                actor,
                "update_juror" if exists else "add_juror",
                "jurors",
                None,
                {
                    "ref": juror.ref,
                    "name": f"{juror.first_name} {juror.last_name}",
                    "habilitation_until": _iso(juror.habilitation_until),
                    "conflicts": [[c.candidate, c.kind, c.note] for c in juror.conflicts],
                },
            )
            self._forget()
        return not exists

    def juror_in_records(self, ref: str) -> str | None:
        """Where a juror is named (a decision, the schedule, the sign-off): the table, or None."""
        for table in _JUROR_LISTS:
            if self.conn.execute(
                f"SELECT 1 FROM {table}, json_each({table}.jurors) WHERE json_each.value = ? LIMIT 1", (ref,)
            ).fetchone():
                return table
        return None

    def remove_juror(self, ref: str, *, actor: str | None = None) -> None:
        """Remove a juror named in no record (their conflicts with them)."""
        actor = actor or default_actor()
        with self._transaction():
            self.conn.execute("DELETE FROM conflicts WHERE juror = ?", (ref,))
            if self.conn.execute("DELETE FROM jurors WHERE ref = ?", (ref,)).rowcount != 1:
                raise BadInput(f"juré inconnu : {ref}")
            self._audit(actor, "remove_juror", "jurors", None, {"ref": ref})
            self._forget()

    # -- rooms and the schedule -----------------------------------------------------------

    def rooms(self) -> list[Room]:
        from juryapp.rules.schedule_base import Room

        return [
            Room(name, dt.time.fromisoformat(opens), dt.time.fromisoformat(closes))
            for name, opens, closes in self.conn.execute("SELECT name, opens, closes FROM rooms ORDER BY position")
        ]

    def set_rooms(self, rooms: Sequence[Room], *, actor: str | None = None) -> None:
        actor = actor or default_actor()
        with self._transaction():
            self.conn.execute("DELETE FROM rooms")
            self.conn.executemany(
                "INSERT INTO rooms (name, position, opens, closes) VALUES (?, ?, ?, ?)",
                [
                    (r.name, i, r.opens.isoformat(timespec="minutes"), r.closes.isoformat(timespec="minutes"))
                    for i, r in enumerate(rooms)
                ],
            )
            self._audit(
                actor,
                "set_rooms",
                "rooms",
                None,
                {"rooms": [[r.name, r.opens.isoformat("minutes"), r.closes.isoformat("minutes")] for r in rooms]},
            )

    def set_schedule(self, entries: Sequence[ScheduleEntry], *, actor: str | None = None, source: str = "") -> None:
        """Replace the whole schedule (the planner saves what the secretary sees)."""
        actor = actor or default_actor()
        with self._transaction():
            self.conn.execute("DELETE FROM schedule")
            self.conn.executemany(
                'INSERT INTO schedule (candidate, assessment, ccp, room, start, "end", jurors) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        e.candidate,
                        e.assessment,
                        e.ccp,
                        e.room,
                        e.start.isoformat(timespec="minutes"),
                        e.end.isoformat(timespec="minutes"),
                        json.dumps(list(e.jurors)),
                    )
                    for e in entries
                ],
            )
            self._audit(actor, "set_schedule", "schedule", None, {"entries": len(entries), "source": source})
            self._forget()
