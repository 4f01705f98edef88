"""The session file (juryapp.storage.store): header, journal, append-only versions, audit,
revocation, sign-off lock and durability, through `SessionStore` directly."""

from __future__ import annotations

import copy
import datetime as dt
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
from juryapp.model import Issuer, SessionData
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


# -- the current state, kept up to date by the writes ----------------------------------------


def read_again(path: Path) -> SessionData:
    with SessionStore.open(path, write=False) as other:
        return other.snapshot()


def test_the_state_kept_up_to_date_is_the_state_read_again(session_path: Path) -> None:
    """Each write puts its version in place (or has what it changed read again): the state the
    store gives after it is, field by field and in order, what a fresh read of the file gives."""
    with SessionStore.open(session_path) as store:
        store.snapshot()
        first: list[int] = []
        steps: list[Callable[[], object]] = [
            lambda: store.record_evaluation("C1", "CCP1-C1", "mise_en_situation", "Très bien"),
            lambda: store.record_evaluation("C1", "CCP1-C2", "mise_en_situation", "Bien"),
            lambda: store.record_evaluation("C1", "CCP1-C1", "mise_en_situation", "Mieux"),
            lambda: first.append(store.record_result("C1", "CCP1", "acquis", JURY)),
            lambda: store.record_result("C1", "CCP2", "acquis", JURY),
            lambda: store.record_result("C1", "CCP1", "non_acquis", JURY, "Motif écrit"),
            lambda: store.revoke("results", store.current_id("results", candidate="C1", ccp="CCP1") or 0, "erreur"),
            lambda: store.set_attendance("C1", "absent"),
            lambda: store.set_attendance("C1", "present"),
            lambda: store.record_final_interview("C1", dt.date(2026, 12, 8), JURY, "Notes"),
            lambda: store.decide_title("C1", "not_awarded", JURY, "motif"),
            lambda: store.withdraw(
                "evaluations",
                {"candidate": "C1", "competency": "CCP1-C1", "assessment": "mise_en_situation"},
                "retrait",
            ),
            lambda: store.set_issuer(Issuer("DREETS", "Lyon", "A. Martin", "Directrice")),
            lambda: store.record_issued_document("pv", None, "ABC123", {"n": 1}, "0" * 64),
            lambda: store.sign_off(JURY),
            lambda: store.revoke(
                "results",
                first[0],
                "relecture",
                replacement={"decision": "acquis", "jurors": JURY, "justification": ""},
                jurors=JURY,
            ),
        ]
        for step in steps:
            step()
            assert store.snapshot() == read_again(session_path)


def test_a_write_in_a_transaction_shows_at_once_and_goes_with_its_rollback(store: SessionStore) -> None:
    before = store.snapshot()
    with pytest.raises(RuntimeError), store.transaction():
        store.record_result("C1", "CCP2", "acquis", JURY)
        assert [r.ccp for r in store.snapshot().results] == ["CCP2"]
        raise RuntimeError("abandon")
    assert store.snapshot() == before
    assert not store.conn.in_transaction


def test_a_failed_write_leaves_the_state_as_the_file_has_it(store: SessionStore, monkeypatch) -> None:
    store.snapshot()
    original = SessionStore._audit

    def audit_then_fail(self, *args, **kwargs):
        original(self, *args, **kwargs)
        raise RuntimeError("panne simulée après l'audit")

    monkeypatch.setattr(SessionStore, "_audit", audit_then_fail)
    with pytest.raises(RuntimeError):
        store.record_result("C1", "CCP1", "acquis", JURY)
    monkeypatch.setattr(SessionStore, "_audit", original)
    assert store.snapshot() == read_again(store.path)
    assert store.snapshot().results == ()


def test_a_commit_of_another_connection_is_read(session_path: Path) -> None:
    with SessionStore.open(session_path, write=False) as reader:
        before = reader.snapshot()
        with SessionStore.open(session_path, purpose="autre") as writer:
            writer.set_attendance("C1", "excused", reason="certificat")
        after = reader.snapshot()
    assert before.candidates[0].attendance == "present" and after.candidates[0].attendance == "excused"


# -- the ledger: long runs of rows are vouched for at once -----------------------------------


@pytest.fixture
def ranged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo session, its imported rows vouched for by ranges (runs of 3 rows or more)."""
    from juryapp.demo import demo_session_document
    from juryapp.storage import ledger

    monkeypatch.setattr(ledger, "RANGE_MIN", 3)
    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path, source="test")
    conn = sqlite3.connect(path)
    try:
        body = conn.execute("SELECT body FROM ledger ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    assert '"ranges"' in body and '"candidates"' in body
    return path


def ledger_problems(path: Path) -> list[str]:
    from juryapp.storage.ledger import verify_ledger

    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [p.text for p in verify_ledger(conn)]
    finally:
        conn.close()


def tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_rows_vouched_for_by_ranges_are_sound_and_stay_sound_through_writes(ranged: Path) -> None:
    assert ledger_problems(ranged) == []
    with SessionStore.open(ranged) as store:
        store.record_result("C02", "CCP1", "acquis", ["J1", "J2"])
        store.set_attendance("C03", "absent")
    assert ledger_problems(ranged) == []


def test_a_row_changed_inside_a_range_is_named(ranged: Path) -> None:
    tamper(
        ranged,
        "DROP TRIGGER candidates_ledger_update",
        "UPDATE candidates SET first_name = 'Autre' WHERE ref = 'C04'",
    )
    found = ledger_problems(ranged)
    assert any("table candidates" in p and "modifié hors de juryapp" in p for p in found)
    conn = sqlite3.connect(ranged)
    try:
        position = conn.execute("SELECT rowid FROM candidates WHERE ref = 'C04'").fetchone()[0]
    finally:
        conn.close()
    assert [p for p in found if "table candidates" in p] == [
        f"table candidates n° {position} (table candidates) : modifié hors de juryapp"
    ]


def test_a_row_changed_inside_a_range_with_the_triggers_in_place_is_found(ranged: Path) -> None:
    tamper(ranged, "UPDATE candidates SET first_name = 'Autre' WHERE ref = 'C04'")
    assert any("table candidates" in p and "modifié hors de juryapp" in p for p in ledger_problems(ranged))


def test_a_row_deleted_or_added_inside_a_range_is_found(ranged: Path) -> None:
    tamper(
        ranged,
        "DROP TRIGGER schedule_ledger_delete",
        "DELETE FROM schedule WHERE id = 5",
    )
    found = ledger_problems(ranged)
    assert any("n° 5 (table schedule) : supprimé hors de juryapp" in p for p in found)
    tamper(
        ranged,
        "DROP TRIGGER schedule_ledger_insert",
        'INSERT INTO schedule SELECT 5, candidate, assessment, ccp, room, start, "end", jurors '
        "FROM schedule WHERE id = 6",
    )
    found = ledger_problems(ranged)
    assert any("(table schedule) : modifié hors de juryapp" in p for p in found)


def test_a_row_a_later_link_vouches_for_again_is_sound_and_its_range_still_checked(ranged: Path) -> None:
    from juryapp.storage.ledger import link

    conn = sqlite3.connect(ranged, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.execute("UPDATE jurors SET first_name = 'Claire-Marie' WHERE ref = 'J1'")
        link(conn, at="2026-12-08T10:00:00")
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert ledger_problems(ranged) == []
    tamper(ranged, "DROP TRIGGER jurors_ledger_update", "UPDATE jurors SET last_name = 'Autre' WHERE ref = 'J2'")
    assert any("table jurors" in p and "modifié hors de juryapp" in p for p in ledger_problems(ranged))


def test_links_of_one_hash_per_row_are_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written before ranges existed: every row has its own hash in the chain."""
    from juryapp.demo import demo_session_document
    from juryapp.storage import ledger

    monkeypatch.setattr(ledger, "RANGE_MIN", 10**9)
    path = tmp_path / "old.jury"
    import_session_document(demo_session_document("titre"), path, source="test")
    monkeypatch.undo()
    assert '"ranges"' not in path.read_bytes().decode("utf-8", "replace")
    assert ledger_problems(path) == []
    with SessionStore.open(path) as store:
        store.record_result("C02", "CCP1", "acquis", ["J1", "J2"])
    assert ledger_problems(path) == []
    tamper(path, "DROP TRIGGER candidates_ledger_update", "UPDATE candidates SET first_name = 'X' WHERE ref = 'C04'")
    assert any("table candidates" in p and "modifié hors de juryapp" in p for p in ledger_problems(path))
