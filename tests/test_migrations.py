"""Session files written by an older schema are copied aside, then migrated one step at a time."""

from __future__ import annotations

import sqlite3

from juryapp.demo import demo_session_document
from juryapp.exchange.session_doc import parse_session
from juryapp.storage.library import ReferentielLibrary
from juryapp.storage.schema import APPLICATION_ID, SCHEMA_VERSION, migrate, read_header
from juryapp.storage.store import SessionStore, _connect


def _write_schema_1_file(path):
    """A file as juryapp's schema 1 wrote it: today's file, its schema-1 columns copied into a schema-1 file."""
    document = demo_session_document("titre")
    document["schedule"] = []  # schema 1 has no schedule, issuer nor nom d'usage
    document["session"].pop("issuer", None)
    for candidate in document["candidates"]:
        candidate.pop("usage_name", None)
    imported = parse_session(document, ReferentielLibrary())
    current = path.with_name("current.jury")
    SessionStore.create(current, imported.data, imported.referentiels, actor="test", source="schéma 1").close()
    conn = _connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrate(conn, None, 0, target=1)
    conn.execute("ATTACH DATABASE ? AS current", (str(current),))
    tables = [r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = ", ".join(f'"{r[1]}"' for r in conn.execute(f"PRAGMA main.table_info({table})"))
        verb = "INSERT OR IGNORE" if table == "juryapp_meta" else "INSERT"
        conn.execute(f"{verb} INTO main.{table} ({columns}) SELECT {columns} FROM current.{table}")
    conn.execute("DETACH DATABASE current")
    conn.close()
    return imported.data


def test_a_schema_1_file_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "old.jury"
    data = _write_schema_1_file(path)
    assert read_header(path) == (APPLICATION_ID, 1)
    before = path.read_bytes()
    with SessionStore.open(path) as store:
        backup = store.migration_backup
        assert backup is not None and backup.name.endswith("-migration.jury")
        assert store.snapshot() == data
        assert store.issued_documents() == []
        version = store.conn.execute("SELECT value FROM juryapp_meta WHERE key = 'schema_version'").fetchone()[0]
        assert int(version) == SCHEMA_VERSION
    assert read_header(path) == (APPLICATION_ID, SCHEMA_VERSION)
    # The backup is the schema 1 file as it was (made with SQLite's backup API), owner-only.
    assert read_header(backup) == (APPLICATION_ID, 1)
    assert backup.read_bytes()[:18] == before[:18]
    assert backup.stat().st_mode & 0o777 == 0o600


def test_issued_documents_are_append_only(tmp_path):
    path = tmp_path / "s.jury"
    _write_schema_1_file(path)
    with SessionStore.open(path) as store:
        first = store.record_issued_document("parchemin", "C01", "ABCD-EFGH-JK", {"x": 1}, "00" * 32, actor="t")
        store.record_issued_document(
            "parchemin", "C01", "ABCD-EFGH-JM", {"x": 1}, "11" * 32, actor="t", original_id=first
        )
        assert [d["original_id"] for d in store.issued_documents("parchemin", "C01")] == [None, first]
        assert store.issued_by_code("ABCD-EFGH-JK")["content"] == {"x": 1}
    conn = sqlite3.connect(path)
    for statement in ("UPDATE issued_documents SET sha256 = 'x'", "DELETE FROM issued_documents"):
        try:
            conn.execute(statement)
        except sqlite3.DatabaseError as exc:
            assert "append-only" in str(exc)
        else:
            raise AssertionError(statement)
    conn.close()


def test_the_window_says_when_it_migrated_a_file(tmp_path, qapp):
    from juryapp.gui.app import open_main_window

    path = tmp_path / "old.jury"
    _write_schema_1_file(path)
    window = open_main_window(path)
    try:
        assert "-migration.jury" in window.statusBar().currentMessage()
    finally:
        window.context.close()
        window.deleteLater()


def test_a_sign_off_recorded_by_an_earlier_version_that_breaks_section_7_prints_no_final_document(tmp_path, cli):
    """juryapp 0.1 took the machine's date: a sign-off dated before the session gave parchemins
    « Fait le 1er décembre » for a session held on 7–8 December. Such a file is read, not trusted."""
    from juryapp.documents.centre_key_acts import create_centre_key

    path = tmp_path / "old.jury"
    _write_schema_1_file(path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO sign_offs (signed_at, jurors, recorded_by) VALUES ('2026-12-01T06:22:00', '[\"J1\", \"J2\"]', 'x')"
    )
    conn.commit()
    conn.close()
    create_centre_key(reason="clé des tests")
    out = tmp_path / "documents"
    printed = cli("print", path, "--out", out)
    assert printed.returncode == 2, printed.stdout + printed.stderr
    assert "sign_off" in printed.stderr and "avant le dernier jour de la session" in printed.stderr
    assert not out.exists()
