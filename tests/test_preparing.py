"""The secretary's writes into a session file (storage.preparing): each one transaction, audited,
chained; a removed candidate stays in the file, out of the session's state; all refused once
the session is signed off."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from juryapp.cli import main
from juryapp.errors import BadInput, SessionLocked
from juryapp.model import Conflict, Juror, ScheduleEntry
from juryapp.operations import integrity
from juryapp.rules.schedule_base import Room
from juryapp.storage.store import SessionStore
from tests.conftest import decide_everyone, sign_off_demo


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    return path


def _audit_actions(store: SessionStore) -> list[str]:
    return [row[0] for row in store.conn.execute("SELECT action FROM audit ORDER BY id")]


def test_a_candidate_added_edited_and_removed_leaves_a_sound_file_and_its_trail(demo: Path) -> None:
    with SessionStore.open(demo) as store:
        first = store.snapshot().candidates[0]
        newcomer = dataclasses.replace(first, ref="C99", last_name="Nouvelle", first_name="Inès")
        store.add_candidates([newcomer], actor="Secrétariat", source="saisie")
        assert store.snapshot().candidates[-1].ref == "C99"
        assert store.snapshot().candidate("C99").attendance == "present"

        changed = store.update_candidate(dataclasses.replace(newcomer, birth_place="Vienne (38)"), actor="Secrétariat")
        assert changed == {"birth_place": [first.birth_place, "Vienne (38)"]}
        assert store.snapshot().candidate("C99").birth_place == "Vienne (38)"

        store.remove_candidate("C99", "Désistement écrit du 2 décembre", actor="Secrétariat")
        assert store.snapshot().candidate("C99") is None
        assert "C99" in store.removed_candidates() and "C99" in store.candidate_refs_ever()
        assert _audit_actions(store)[-3:] == ["add_candidates", "update_candidate", "remove_candidate"]
    assert integrity.check_file(demo).sound


def test_a_removed_candidates_records_leave_the_state_but_stay_in_the_file(demo: Path) -> None:
    with SessionStore.open(demo) as store:
        ref = store.snapshot().candidates[0].ref
        store.set_attendance(ref, "absent")
        store.remove_candidate(ref, "Inscrit par erreur")
        data = store.snapshot()
        assert ref not in {c.ref for c in data.candidates}
        assert all(r.candidate != ref for r in data.results)
        assert store.conn.execute("SELECT count(*) FROM attendance WHERE candidate = ?", (ref,)).fetchone()[0] == 2
    with SessionStore.open(demo, write=False) as store:  # read again from the file
        assert ref not in {c.ref for c in store.snapshot().candidates}


def test_an_unknown_candidate_cannot_be_edited_or_removed(demo: Path) -> None:
    with SessionStore.open(demo) as store:
        someone = store.snapshot().candidates[0]
        with pytest.raises(BadInput, match="candidat inconnu"):
            store.update_candidate(dataclasses.replace(someone, ref="C404"))
        with pytest.raises(BadInput, match="candidat inconnu"):
            store.remove_candidate("C404", "motif")


def test_jurors_are_added_replaced_with_their_conflicts_and_removed(demo: Path) -> None:
    with SessionStore.open(demo) as store:
        ref = store.snapshot().candidates[1].ref
        juror = Juror("J9", "Garnier", "Paul", dt.date(2028, 6, 30), (Conflict(ref, "employeur", "ancien tuteur"),))
        assert store.save_juror(juror) is True
        saved = next(j for j in store.snapshot().jurors if j.ref == "J9")
        assert saved.conflicts == (Conflict(ref, "employeur", "ancien tuteur"),)
        assert store.save_juror(dataclasses.replace(juror, conflicts=(), habilitation_until=None)) is False
        saved = next(j for j in store.snapshot().jurors if j.ref == "J9")
        assert saved.conflicts == () and saved.habilitation_until is None
        assert store.juror_in_records("J9") is None
        store.remove_juror("J9")
        assert all(j.ref != "J9" for j in store.snapshot().jurors)
        assert store.juror_in_records("J1") in ("results", "final_interviews", "title_decisions", "schedule", None)
    assert integrity.check_file(demo).sound


def test_rooms_and_the_schedule_are_replaced_whole(demo: Path) -> None:
    with SessionStore.open(demo) as store:
        store.set_rooms([Room("Salle 2", dt.time(8, 0), dt.time(17, 30)), Room("Salle 5")])
        assert store.rooms() == [Room("Salle 2", dt.time(8, 0), dt.time(17, 30)), Room("Salle 5")]
        ref = store.snapshot().candidates[0].ref
        entry = ScheduleEntry(
            ref,
            "mise_en_situation",
            "CCP1",
            "Salle 2",
            dt.datetime(2026, 12, 7, 9),
            dt.datetime(2026, 12, 7, 12),
            ("J1", "J2"),
        )
        store.set_schedule([entry], source="planification")
        assert store.snapshot().schedule == (entry,)
    assert integrity.check_file(demo).sound


def test_hand_offs_are_recorded_and_kept(demo: Path) -> None:
    with SessionStore.open(demo) as store:
        assert not store.handed_off()
        store.record_handoff("abc123", "vers_jury", actor="Secrétariat")
        assert store.handed_off()
        assert [(h.handoff, h.direction, h.by) for h in store.handoff_records()] == [
            ("abc123", "vers_jury", "Secrétariat")
        ]
        detail = store.conn.execute("SELECT detail FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0]
        assert json.loads(detail) == {"direction": "vers_jury", "handoff": "abc123"}


def test_nothing_of_the_preparation_changes_once_signed_off(demo: Path) -> None:
    with SessionStore.open(demo) as store:
        decide_everyone(store)
        sign_off_demo(store)
        someone = store.snapshot().candidates[0]
        with pytest.raises(SessionLocked):
            store.update_candidate(dataclasses.replace(someone, birth_place="Ailleurs"))
        with pytest.raises(SessionLocked):
            store.remove_candidate(someone.ref, "motif")
        with pytest.raises(SessionLocked):
            store.set_rooms([Room("Salle 1")])
        with pytest.raises(SessionLocked):
            store.save_juror(Juror("J9", "Garnier", "Paul", None))
        assert store.snapshot().candidate(someone.ref) == someone
