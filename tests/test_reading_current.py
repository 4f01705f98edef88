"""The current state read whole (`SessionStore.snapshot`): the current version of each key is its
newest not revoked, in the order of their ids, whether a key has one version or several, and
whatever was revoked (the reading is a plain pass over each table, checked here against SQLite's
own grouping)."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from juryapp.cli import import_session_document
from juryapp.storage.common import CURRENT_COLUMNS, VERSION_KEYS, current_value
from juryapp.storage.schema import VERSIONED_TABLES
from juryapp.storage.store import SessionStore

JURY = ["J1", "J2"]


@pytest.fixture
def session_path(tmp_path: Path, example_doc: dict) -> Path:
    first = example_doc["candidates"][0]
    for ref, last_name in (("C2", "Martin"), ("C3", "Bernard")):
        example_doc["candidates"].append({**copy.deepcopy(first), "ref": ref, "last_name": last_name})
    path = tmp_path / "session.jury"
    import_session_document(example_doc, path, source="test")
    return path


def by_sql_grouping(store: SessionStore, table: str) -> dict[tuple, object]:
    """Key -> value of each current version, as SQLite's grouping finds them (newest id of each key
    not revoked, in the order of the ids)."""
    return {
        tuple(row[k] for k in VERSION_KEYS[table]): current_value(table, tuple(row[c] for c in CURRENT_COLUMNS[table]))
        for row in store._current_rows(table)
    }


def assert_read_as_sqlite_groups(path: Path) -> None:
    with SessionStore.open(path, write=False) as store:
        for table in VERSIONED_TABLES:
            read = store._current_versions(table)
            expected = by_sql_grouping(store, table)
            assert list(read.items()) == list(expected.items()), table


def test_one_version_a_key(session_path: Path) -> None:
    with SessionStore.open(session_path) as store:
        for ref in ("C3", "C1", "C2"):
            store.record_result(ref, "CCP1", "acquis", JURY)
    assert_read_as_sqlite_groups(session_path)


def test_a_key_recorded_again_takes_the_place_of_its_last_version(session_path: Path) -> None:
    with SessionStore.open(session_path) as store:
        store.record_result("C1", "CCP1", "acquis", JURY)
        store.record_result("C2", "CCP1", "acquis", JURY)
        store.record_result("C1", "CCP2", "acquis", JURY)
        store.record_result("C1", "CCP1", "non_acquis", JURY, "Non démontré.")
        store.set_attendance("C2", "absent")
        store.set_attendance("C1", "absent")
        store.set_attendance("C2", "present")
        store.record_final_interview("C2", dt.date(2026, 10, 13), JURY)
        store.record_final_interview("C1", dt.date(2026, 10, 13), JURY, "Première note.")
        store.record_final_interview("C2", dt.date(2026, 10, 12), JURY, "Déplacé.")
        store.decide_title("C3", "not_awarded", JURY, "Dossier incomplet.")
        store.decide_title("C2", "awarded", JURY)
        store.decide_title("C3", "awarded", JURY)
        snapshot = store.snapshot()
    assert [(r.candidate, r.ccp, r.decision) for r in snapshot.results] == [
        ("C2", "CCP1", "acquis"),
        ("C1", "CCP2", "acquis"),
        ("C1", "CCP1", "non_acquis"),
    ]
    assert [d.candidate for d in snapshot.title_decisions][-2:] == ["C2", "C3"]
    assert_read_as_sqlite_groups(session_path)


def test_revoked_versions_are_left_out(session_path: Path) -> None:
    with SessionStore.open(session_path) as store:
        first = store.record_result("C1", "CCP1", "acquis", JURY)
        store.record_result("C2", "CCP1", "acquis", JURY)
        store.record_result("C1", "CCP1", "non_acquis", JURY, "Non démontré.")
        store.revoke("results", store.current_id("results", candidate="C1", ccp="CCP1"), "erreur de saisie")
        store.revoke("results", first, "saisie sur le mauvais candidat")
        second = store.record_result("C3", "CCP2", "acquis", JURY)
        store.revoke(
            "results",
            second,
            "mauvaise décision cochée",
            replacement={"decision": "non_acquis", "jurors": JURY, "justification": "Non démontré."},
        )
        snapshot = store.snapshot()
    assert [(r.candidate, r.ccp, r.decision) for r in snapshot.results] == [
        ("C2", "CCP1", "acquis"),
        ("C3", "CCP2", "non_acquis"),
    ]
    assert_read_as_sqlite_groups(session_path)
