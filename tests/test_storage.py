"""The session file (juryapp.storage.store): header, journal, append-only versions, audit,
revocation, sign-off lock and durability, through `SessionStore` directly."""

from __future__ import annotations

import copy
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from juryapp.cli import import_session_document
from juryapp.errors import BadInput, JuryError, SessionLocked
from juryapp.exchange.session_doc import session_to_document
from juryapp.storage.library import ReferentielLibrary
from juryapp.storage.schema import APPLICATION_ID, SCHEMA_VERSION, VERSIONED_TABLES
from juryapp.storage.store import SessionStore

JURY = ["J1", "J2"]
ALL_TABLES = (
    *VERSIONED_TABLES,
    "revocations",
    "sign_offs",
    "audit",
    "candidates",
    "jurors",
    "conflicts",
    "session",
    "referentiels",
)


@pytest.fixture
def session_path(tmp_path: Path, example_doc: dict) -> Path:
    path = tmp_path / "session.jury"
    import_session_document(example_doc, path, source="test")
    return path


@pytest.fixture
def store(session_path: Path):
    with SessionStore.open(session_path) as opened:
        yield opened


def counts(store: SessionStore) -> dict[str, int]:
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ALL_TABLES}


def audit_count(store: SessionStore) -> int:
    return store.conn.execute("SELECT count(*) FROM audit").fetchone()[0]


def result_versions(store: SessionStore, candidate: str = "C1", ccp: str = "CCP1"):
    return [r for r in store.history(candidate) if r.table == "results" and r.key == (candidate, ccp)]


# -- the file -------------------------------------------------------------------------------


def test_header_carries_application_id_and_user_version(session_path: Path) -> None:
    header = session_path.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == SCHEMA_VERSION
    # A rollback journal, not WAL (file format versions 1): the file alone holds every commit.
    assert header[18] == 1 and header[19] == 1
    conn = sqlite3.connect(session_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        meta = dict(conn.execute("SELECT key, value FROM juryapp_meta").fetchall())
        assert meta["schema_version"] == str(SCHEMA_VERSION)
    finally:
        conn.close()


def test_rollback_journal_and_foreign_keys(store: SessionStore) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.schema_version() == SCHEMA_VERSION
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO results (candidate, ccp, decision, jurors, justification, recorded_at, "
            "recorded_by) VALUES ('C404', 'CCP1', 'acquis', '[]', '', 'now', 'test')"
        )


def test_unknown_candidate_or_juror_is_bad_input(store: SessionStore) -> None:
    before = counts(store)
    with pytest.raises(BadInput, match="C404"):
        store.record_result("C404", "CCP1", "acquis", JURY)
    with pytest.raises(BadInput, match="J9"):
        store.record_result("C1", "CCP1", "acquis", ["J1", "J9"])
    with pytest.raises(BadInput):
        store.record_result("C1", "CCP1", "peut-être", JURY)
    assert counts(store) == before


# -- append-only ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE results SET decision = 'non_acquis'",
        "DELETE FROM results",
        "UPDATE audit SET actor = 'quelqu''un'",
        "DELETE FROM audit",
        "UPDATE attendance SET attendance = 'absent'",
        "DELETE FROM title_decisions",
        "DELETE FROM revocations",
    ],
)
def test_versions_and_audit_are_append_only(session_path: Path, statement: str) -> None:
    with SessionStore.open(session_path) as store:
        first = store.record_result("C1", "CCP1", "acquis", JURY)
        store.revoke("results", first, "erreur de saisie")
        store.record_result("C1", "CCP1", "acquis", JURY)
        before = counts(store)
    # A plain connection, without juryapp's own code in the way: the file itself refuses.
    conn = sqlite3.connect(session_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(statement)
        conn.rollback()
    finally:
        conn.close()
    with SessionStore.open(session_path) as store:
        assert counts(store) == before


# -- audit ----------------------------------------------------------------------------------

WRITES: dict[str, tuple[Callable[[SessionStore], int | None], str]] = {
    "record_result": (lambda s: s.record_result("C1", "CCP1", "acquis", JURY), "record:results"),
    "set_attendance": (lambda s: s.set_attendance("C1", "absent"), "record:attendance"),
    "record_evaluation": (
        lambda s: s.record_evaluation("C1", "CCP1-C1", "mise_en_situation", "Très bien"),
        "record:evaluations",
    ),
    "record_final_interview": (
        lambda s: s.record_final_interview("C1", None, JURY, "reporté"),
        "record:final_interviews",
    ),
    "decide_title": (
        lambda s: s.decide_title("C1", "not_awarded", JURY, "CCP2 non acquis"),
        "record:title_decisions",
    ),
    "revoke": (
        lambda s: s.revoke(
            "title_decisions", s.current_id("title_decisions", candidate="C1"), "décision prise trop tôt"
        ),
        "revoke",
    ),
    "sign_off": (lambda s: s.sign_off(JURY), "sign_off"),
}


@pytest.mark.parametrize("name", list(WRITES))
def test_every_write_adds_exactly_one_audit_row(store: SessionStore, name: str) -> None:
    write, action = WRITES[name]
    before = counts(store)
    write(store)
    after = counts(store)
    assert after["audit"] == before["audit"] + 1
    changed = {t for t in ALL_TABLES if after[t] != before[t]} - {"audit"}
    assert len(changed) == 1, changed
    (table,) = changed
    assert after[table] == before[table] + 1
    row = store.audit_log()[-1]
    assert row["action"] == action
    assert row["actor"]
    assert row["at"]


def test_revoke_with_replacement_audits_both_steps(store: SessionStore) -> None:
    first = store.record_result("C1", "CCP1", "acquis", JURY)
    before = audit_count(store)
    new = store.revoke(
        "results",
        first,
        "mauvais CCP coché",
        replacement={"decision": "non_acquis", "jurors": JURY, "justification": "Mise en situation incomplète"},
    )
    log = store.audit_log()[before:]
    assert [(r["action"], r["record_id"]) for r in log] == [
        ("revoke", first),
        ("record:results", new),
    ]


def test_audit_row_is_in_the_same_transaction(store: SessionStore, monkeypatch) -> None:
    original = SessionStore._audit

    def audit_then_fail(self, *args, **kwargs):
        original(self, *args, **kwargs)
        raise RuntimeError("panne simulée après l'audit")

    before = counts(store)
    monkeypatch.setattr(SessionStore, "_audit", audit_then_fail)
    with pytest.raises(RuntimeError):
        store.record_result("C1", "CCP1", "acquis", JURY)
    with pytest.raises(RuntimeError):
        store.decide_title("C1", "not_awarded", JURY, "motif")
    monkeypatch.setattr(SessionStore, "_audit", original)
    assert counts(store) == before
    assert not store.conn.in_transaction
    # The record and its audit row commit together.
    rid = store.record_result("C1", "CCP1", "acquis", JURY)
    row = store.audit_log()[-1]
    assert (row["record_table"], row["record_id"]) == ("results", rid)


# -- versions and revocations ---------------------------------------------------------------


def test_new_version_becomes_current_and_old_stays_in_history(store: SessionStore) -> None:
    first = store.record_result("C1", "CCP1", "acquis", JURY)
    second = store.record_result("C1", "CCP1", "non_acquis", JURY, "Étude de cas non traitée")
    assert second > first
    assert store.current_id("results", candidate="C1", ccp="CCP1") == second
    current = [r for r in store.snapshot().results if r.ccp == "CCP1"]
    assert len(current) == 1
    assert current[0].decision == "non_acquis"
    assert current[0].justification == "Étude de cas non traitée"
    versions = result_versions(store)
    assert [v.id for v in versions] == [first, second]
    assert [v.current for v in versions] == [False, True]
    assert versions[0].values["decision"] == "acquis"
    assert versions[0].values["jurors"] == JURY
    assert versions[0].revoked_at is None


def test_revoking_newest_restores_previous(store: SessionStore) -> None:
    first = store.record_result("C1", "CCP1", "acquis", JURY)
    second = store.record_result("C1", "CCP1", "non_acquis", JURY, "motif")
    assert store.revoke("results", second, "saisie sur le mauvais candidat") is None
    assert store.current_id("results", candidate="C1", ccp="CCP1") == first
    assert [r.decision for r in store.snapshot().results if r.ccp == "CCP1"] == ["acquis"]
    versions = {v.id: v for v in result_versions(store)}
    assert versions[first].current and not versions[second].current
    assert versions[second].revocation_reason == "saisie sur le mauvais candidat"
    assert versions[second].revoked_at and versions[second].revoked_by
    # Revoking the last one leaves no current result for that CCP.
    store.revoke("results", first, "CCP non examiné")
    assert store.current_id("results", candidate="C1", ccp="CCP1") is None
    assert not [r for r in store.snapshot().results if r.ccp == "CCP1"]
    with pytest.raises(BadInput):
        store.revoke("results", first, "encore")


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_revocation_needs_a_reason(store: SessionStore, reason: str) -> None:
    rid = store.record_result("C1", "CCP1", "acquis", JURY)
    before = counts(store)
    with pytest.raises(BadInput):
        store.revoke("results", rid, reason)
    with pytest.raises(BadInput):
        store.revoke(
            "results", rid, reason, replacement={"decision": "non_acquis", "jurors": JURY, "justification": "x"}
        )
    assert counts(store) == before
    assert store.current_id("results", candidate="C1", ccp="CCP1") == rid


def test_revocation_reason_is_enforced_by_the_file(session_path: Path) -> None:
    conn = sqlite3.connect(session_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO revocations (record_table, record_id, revoked_at, revoked_by, reason) "
                "VALUES ('attendance', 1, 'now', 'test', '  ')"
            )
    finally:
        conn.close()


def test_revoke_unknown_things(store: SessionStore) -> None:
    with pytest.raises(BadInput):
        store.revoke("candidates", 1, "motif")
    with pytest.raises(BadInput):
        store.revoke("results", 9999, "motif")
    rid = store.record_result("C1", "CCP1", "acquis", JURY)
    with pytest.raises(BadInput):
        store.revoke(
            "results",
            rid,
            "motif",
            replacement={"ccp": "CCP2", "decision": "acquis", "jurors": JURY, "justification": ""},
        )
    assert store.current_id("results", candidate="C1", ccp="CCP1") == rid


# -- sign-off -------------------------------------------------------------------------------

LOCKED_WRITES = {
    "record_result": lambda s: s.record_result("C1", "CCP2", "acquis", JURY),
    "set_attendance": lambda s: s.set_attendance("C1", "absent"),
    "record_evaluation": lambda s: s.record_evaluation("C1", "CCP1-C1", "mise_en_situation", "x"),
    "record_final_interview": lambda s: s.record_final_interview("C1", None, JURY),
    "decide_title": lambda s: s.decide_title("C1", "not_awarded", JURY, "motif"),
    "sign_off": lambda s: s.sign_off(JURY),
}


def test_sign_off_locks(store: SessionStore) -> None:
    rid = store.record_result("C1", "CCP1", "acquis", JURY)
    assert not store.is_locked
    with pytest.raises(BadInput):
        store.sign_off([])
    assert not store.is_locked
    store.sign_off(JURY, at="2026-10-13T17:30:00")
    assert store.is_locked
    assert store.snapshot().sign_off.at == "2026-10-13T17:30:00"
    before = counts(store)
    for name, write in LOCKED_WRITES.items():
        with pytest.raises(SessionLocked):
            write(store)
        assert counts(store) == before, name
    assert issubclass(SessionLocked, BadInput)
    assert store.current_id("results", candidate="C1", ccp="CCP1") == rid


def test_locked_file_refuses_direct_inserts(session_path: Path) -> None:
    with SessionStore.open(session_path) as store:
        store.sign_off(JURY)
    conn = sqlite3.connect(session_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="signed off"):
            conn.execute(
                "INSERT INTO results (candidate, ccp, decision, jurors, justification, "
                "recorded_at, recorded_by) VALUES ('C1', 'CCP1', 'acquis', '[]', '', 'now', 't')"
            )
        with pytest.raises(sqlite3.IntegrityError, match="signed off"):
            conn.execute("UPDATE candidates SET last_name = 'X'")
    finally:
        conn.close()


def test_revocation_with_replacement_after_sign_off(session_path: Path) -> None:
    with SessionStore.open(session_path) as store:
        rid = store.record_result("C1", "CCP1", "acquis", JURY)
        store.sign_off(JURY)
        before = counts(store)
        new = store.revoke(
            "results",
            rid,
            "erreur matérielle relevée après la clôture",
            replacement={"decision": "non_acquis", "jurors": JURY, "justification": "Compétence CP2 non démontrée"},
        )
        assert new is not None and new != rid
        after = counts(store)
        assert after["results"] == before["results"] + 1
        assert after["revocations"] == before["revocations"] + 1
        assert store.is_locked
    with SessionStore.open(session_path) as store:
        assert store.current_id("results", candidate="C1", ccp="CCP1") == new
        versions = {v.id: v for v in result_versions(store)}
        assert versions[new].amends == rid
        assert versions[new].current
        assert versions[new].values["decision"] == "non_acquis"
        assert versions[rid].revocation_reason == "erreur matérielle relevée après la clôture"
        assert not versions[rid].current
        (current,) = [r for r in store.snapshot().results if r.ccp == "CCP1"]
        assert current.decision == "non_acquis"
        assert current.jurors == tuple(JURY)
        # Still locked after the amendment.
        with pytest.raises(SessionLocked):
            store.record_result("C1", "CCP2", "acquis", JURY)


def test_imported_sign_off_locks_and_exports_back(tmp_path: Path, example_doc: dict) -> None:
    sign = {"at": "2026-10-13T17:30:00", "jurors": ["J1", "J2"]}
    example_doc["sign_off"] = copy.deepcopy(sign)
    example_doc["results"] = [
        {"candidate": "C1", "ccp": "CCP1", "decision": "acquis", "jurors": JURY, "justification": ""}
    ]
    path = tmp_path / "signed.jury"
    # A sign-off without the centre's seal (written by another tool) needs to be accepted knowingly.
    with pytest.raises(BadInput, match="--unsealed-sign-off"):
        import_session_document(example_doc, path)
    assert not path.exists()
    import_session_document(example_doc, path, unsealed_sign_off=True, actor="secrétariat")
    with SessionStore.open(path) as store:
        accepted = store.conn.execute("SELECT actor FROM audit WHERE action = 'unsealed_sign_off_accepted'").fetchall()
        assert [row[0] for row in accepted] == ["secrétariat"]
        assert store.is_locked
        before = counts(store)
        with pytest.raises(SessionLocked):
            store.decide_title("C1", "not_awarded", JURY, "motif")
        with pytest.raises(SessionLocked):
            store.record_result("C1", "CCP2", "acquis", JURY)
        with pytest.raises(SessionLocked):
            store.sign_off(JURY)
        assert counts(store) == before
        document = session_to_document(store.snapshot(), store.referentiels())
    assert document["sign_off"] == {**sign, "confirmations": []}
    assert document["title_decisions"] == example_doc["title_decisions"]


def test_unsigned_import_exports_null_sign_off(store: SessionStore) -> None:
    assert not store.is_locked
    assert session_to_document(store.snapshot(), store.referentiels())["sign_off"] is None


# -- durability -----------------------------------------------------------------------------


def test_reopen_keeps_committed_writes(session_path: Path) -> None:
    with SessionStore.open(session_path) as store:
        rid = store.record_result("C1", "CCP1", "non_acquis", JURY, "Motif écrit : « à revoir »")
        store.set_attendance("C1", "excused", reason="certificat médical")
    with SessionStore.open(session_path) as store:
        assert store.current_id("results", candidate="C1", ccp="CCP1") == rid
        data = store.snapshot()
        assert [(r.ccp, r.decision, r.justification) for r in data.results] == [
            ("CCP1", "non_acquis", "Motif écrit : « à revoir »")
        ]
        assert data.candidate("C1").attendance == "excused"


def test_committed_write_survives_a_process_that_never_closes(session_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os
        from juryapp.storage.store import SessionStore
        store = SessionStore.open({str(session_path)!r})
        store.record_result("C1", "CCP3", "acquis", ["J1", "J2"])
        os._exit(0)  # no close, no checkpoint
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    with SessionStore.open(session_path) as store:
        assert [(r.ccp, r.decision) for r in store.snapshot().results] == [("CCP3", "acquis")]
        assert store.audit_log()[-1]["action"] == "record:results"


def test_two_connections_see_committed_writes(session_path: Path) -> None:
    writer = SessionStore.open(session_path)
    reader = SessionStore.open(session_path, write=False)
    try:
        writer.record_result("C1", "CCP2", "acquis", JURY)
        assert [r.ccp for r in reader.snapshot().results] == ["CCP2"]
    finally:
        writer.close()
        reader.close()


# -- creating a session file is all or nothing ----------------------------------------------


def test_failed_install_of_carried_referentiels_leaves_nothing(
    tmp_path: Path, example_doc: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """E1 carries two référentiels; if installing the second fails (disk full…), the first
    must not stay installed and no session file may appear."""
    library = ReferentielLibrary(user_dir=tmp_path / "library")
    real_install = ReferentielLibrary.install
    calls: list[str] = []

    def install_then_fail(self: ReferentielLibrary, ref):
        calls.append(ref.code)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_install(self, ref)

    monkeypatch.setattr(ReferentielLibrary, "install", install_then_fail)
    target = tmp_path / "session.jury"
    with pytest.raises(JuryError, match="plus de place sur le disque"):
        import_session_document(example_doc, target, library=library)
    assert len(calls) == 2
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_existing_target_is_kept_when_creation_fails(
    tmp_path: Path, example_doc: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "session.jury"
    import_session_document(copy.deepcopy(example_doc), target)
    original = target.read_bytes()

    def broken_fill(self, *args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(SessionStore, "_fill", broken_fill)
    example_doc["candidates"][0]["last_name"] = "Autre"
    with pytest.raises(JuryError, match="erreur d'entrée-sortie"):
        import_session_document(example_doc, target, replace=True)
    assert target.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["session.jury"]
