"""Tamper evidence (issue 9, point 5): the ledger, `juryapp check`, the sign-off seal on export and import.

Each test alters a session file the way someone would from outside juryapp (the `sqlite3`
tool, triggers dropped or not, an edited export) and checks that it is found, named, and that
no final document or result comes out of it.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import DEMO_ACTOR, decide_everyone, run_cli, sign_off_demo

from juryapp import operations as ops
from juryapp.cli import main
from juryapp.documents import centre_key_acts
from juryapp.errors import BadInput
from juryapp.operations import files, integrity
from juryapp.storage.ledger import link
from juryapp.storage.store import SessionStore


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def centre_key() -> str:
    """This machine holds the centre's key (in the test's private data folder)."""
    return centre_key_acts.create_centre_key(reason="tests").fingerprint


def signed(path: Path) -> Path:
    with SessionStore.open(path) as store:
        decide_everyone(store)
        sign_off_demo(store)
    return path


def raw(path: Path, *statements: str) -> None:
    """What someone with the `sqlite3` tool does to the file."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def problems(path: Path) -> list[str]:
    return integrity.check_file(path).problems


# -- a file as juryapp wrote it is sound ----------------------------------------------------------


def test_a_fresh_file_is_sound_and_check_says_so(demo: Path, capsys) -> None:
    assert main(["check", str(demo)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Fichier sain")
    assert "non close" in out


def test_every_operation_keeps_the_file_sound(demo: Path, centre_key: str) -> None:
    with SessionStore.open(demo) as store:
        ops.record_observation(store, "C01", "CCP1", "mise_en_situation", "Bonne analyse", actor=DEMO_ACTOR)
        ops.withdraw(store, "evaluations", "C01", actor=DEMO_ACTOR, competency="CCP1", assessment="mise_en_situation")
        decide_everyone(store)
        sign_off_demo(store)
        assert integrity.check_store(store, full=True).sound
    report = integrity.check_file(demo)
    assert report.sound, report.problems
    assert any("sceau de clôture valide" in note and centre_key in note for note in report.notes)


# -- altered with the sqlite3 tool ----------------------------------------------------------------


def test_a_decision_changed_with_the_triggers_dropped_is_found_and_named(demo: Path, centre_key: str) -> None:
    signed(demo)
    before = demo.read_bytes()
    raw(
        demo,
        "DROP TRIGGER title_decisions_no_update",
        "UPDATE title_decisions SET decision = 'awarded', justification = '' WHERE candidate = 'C03'",
    )
    found = problems(demo)
    assert "déclencheur « title_decisions_no_update » supprimé(e) hors de juryapp" in found
    assert any("Décision sur le titre" in p and "C03" in p and "modifié hors de juryapp" in p for p in found)
    assert demo.read_bytes() != before
    # No result, no final document comes out of it.
    out = run_cli("check", demo)
    assert out.returncode == 2 and "C03" in out.stdout
    results = run_cli("results", demo, "--json")
    assert results.returncode == 2 and results.stdout == ""
    assert "résultats refusés" in results.stderr and len(results.stderr.strip().splitlines()) == 1
    printed = run_cli("print", demo, "--out", demo.parent / "docs")
    assert printed.returncode == 2 and "documents définitifs refusé" in printed.stderr
    assert not (demo.parent / "docs").exists()


def test_a_row_added_with_the_triggers_in_place_is_found(demo: Path) -> None:
    raw(
        demo,
        "INSERT INTO results (candidate, ccp, decision, jurors, justification, recorded_at, recorded_by) "
        "VALUES ('C02', 'CCP1', 'acquis', '[\"J1\", \"J2\"]', '', '2026-12-07T10:00:00', 'intrus')",
    )
    found = problems(demo)
    assert any("Résultat de CCP" in p and "C02" in p and "hors de juryapp" in p for p in found)


def test_a_row_deleted_is_found(demo: Path) -> None:
    raw(demo, "DROP TRIGGER audit_no_delete", "DELETE FROM audit WHERE id = 1")
    found = problems(demo)
    assert "table audit" in " ".join(found) and any("supprimé hors de juryapp" in p for p in found)


def test_a_link_of_the_chain_rewritten_is_found(demo: Path) -> None:
    raw(
        demo,
        "DROP TRIGGER ledger_no_update",
        "UPDATE ledger SET body = replace(body, 'records', 'recordz') WHERE id = 2",
    )
    assert any("maillon n° 2" in p for p in problems(demo))


def test_a_damaged_file_is_said_damaged(demo: Path) -> None:
    data = bytearray(demo.read_bytes())
    data[5000:9000] = b"\xff" * 4000
    demo.write_bytes(bytes(data))
    out = run_cli("check", demo)
    assert out.returncode == 2
    assert "ALTÉRÉ ou endommagé" in out.stdout


def test_a_forger_who_rebuilds_the_chain_is_caught_by_the_seal(demo: Path, centre_key: str) -> None:
    """Someone with juryapp's code can recompute the unkeyed chain; the centre key's seal still catches it."""
    signed(demo)
    conn = sqlite3.connect(demo, isolation_level=None)
    conn.execute("DROP TRIGGER title_decisions_no_update")
    conn.execute("UPDATE title_decisions SET decision = 'awarded', justification = '' WHERE candidate = 'C03'")
    schema = {name: sql for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    conn.execute("DROP TRIGGER ledger_no_delete")
    conn.execute("DELETE FROM ledger")
    conn.execute("DELETE FROM ledger_pending")
    conn.execute("BEGIN")
    link(conn, rebase="forgé")
    conn.execute("COMMIT")
    conn.execute(schema["ledger_no_delete"])
    conn.execute(
        "CREATE TRIGGER title_decisions_no_update BEFORE UPDATE ON title_decisions "
        "BEGIN SELECT RAISE(ABORT, 'juryapp: title_decisions is append-only'); END"
    )
    conn.close()
    found = problems(demo)
    assert found == ["les décisions ne sont plus celles que le sceau de clôture couvre : elles ont été modifiées"]


# -- the seal: export, import ---------------------------------------------------------------------


def test_the_export_carries_the_seal_and_imports_back_sealed(demo: Path, centre_key: str, tmp_path: Path) -> None:
    signed(demo)
    exported = tmp_path / "s.json"
    assert main(["export", str(demo), "--to", str(exported)]) == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    seal = document["sign_off"]["seal"]
    assert seal["key"] == centre_key and len(seal["digest"]) == 64 and seal["signature"]
    back = tmp_path / "back.jury"
    assert main(["import", str(exported), "--into", str(back)]) == 0
    report = integrity.check_file(back)
    assert report.sound and any("sceau de clôture valide" in n for n in report.notes)
    # Exported again, the same seal.
    again = tmp_path / "again.json"
    assert main(["export", str(back), "--to", str(again)]) == 0
    assert json.loads(again.read_text(encoding="utf-8"))["sign_off"]["seal"] == seal


def test_an_edited_export_is_refused_and_nothing_is_written(demo: Path, centre_key: str, tmp_path: Path) -> None:
    signed(demo)
    exported = tmp_path / "s.json"
    assert main(["export", str(demo), "--to", str(exported)]) == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    # A change the rules accept: only the seal can tell it is not what the jury decided.
    decision = next(d for d in document["title_decisions"] if d["decision"] == "not_awarded")
    decision["justification"] = "Un autre motif, écrit après coup"
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(document), encoding="utf-8")
    out = run_cli("import", forged, "--into", tmp_path / "forged.jury")
    assert out.returncode == 2
    assert "sign_off.seal" in out.stderr and "modifiées" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "forged.jury").exists()
    # --unsealed-sign-off does not launder a seal that fails: it is for documents without one.
    out = run_cli("import", forged, "--into", tmp_path / "forged.jury", "--unsealed-sign-off")
    assert out.returncode == 2 and not (tmp_path / "forged.jury").exists()


def test_a_seal_by_a_key_this_centre_does_not_know_is_refused(demo: Path, tmp_path: Path, data_dir: Path) -> None:
    centre_key_acts.create_centre_key(reason="tests")
    signed(demo)
    exported = tmp_path / "s.json"
    assert main(["export", str(demo), "--to", str(exported)]) == 0
    # Another centre: a new key replaces this one, and the old one is forgotten.
    import shutil

    shutil.rmtree(data_dir / "keys")
    centre_key_acts.create_centre_key(reason="autre centre")
    with pytest.raises(BadInput, match="inconnue de ce centre"):
        files.import_session_document(json.loads(exported.read_text(encoding="utf-8")), tmp_path / "x.jury")
    assert not (tmp_path / "x.jury").exists()


def test_a_sign_off_without_a_seal_needs_the_flag_which_the_audit_records(example_doc: dict, tmp_path: Path) -> None:
    example_doc["sign_off"] = {"at": "2026-10-13T17:30:00", "jurors": ["J1", "J2"]}
    document = tmp_path / "other-tool.json"
    document.write_text(json.dumps(example_doc), encoding="utf-8")
    target = tmp_path / "s.jury"
    out = run_cli("import", document, "--into", target)
    assert out.returncode == 2 and "--unsealed-sign-off" in out.stderr and not target.exists()
    out = run_cli("import", document, "--into", target, "--unsealed-sign-off")
    assert out.returncode == 0, out.stderr
    with SessionStore.open(target, write=False) as store:
        audit = store.conn.execute(
            "SELECT actor, detail FROM audit WHERE action = 'unsealed_sign_off_accepted'"
        ).fetchall()
    assert len(audit) == 1 and "--unsealed-sign-off" in audit[0][1]
    report = integrity.check_file(target)
    assert report.sound and any("non scellée" in n for n in report.notes)


# -- a revocation after sign-off renews the seal ---------------------------------------------------


def _revoke_c03(path: Path) -> None:
    with SessionStore.open(path) as store:
        ops.decide(
            store,
            "C03",
            "not_awarded",
            ["J1", "J2"],
            "Dossier incomplet, motif précisé après relecture",
            actor=DEMO_ACTOR,
            reason="Motivation précisée",
            revoked_by=("J1", "J2"),
        )


def test_a_revocation_on_a_machine_with_the_key_renews_the_seal(demo: Path, centre_key: str) -> None:
    signed(demo)
    with SessionStore.open(demo, write=False) as store:
        first = store.latest_seal()
    _revoke_c03(demo)
    with SessionStore.open(demo, write=False) as store:
        renewed = store.latest_seal()
    assert first is not None and renewed is not None and renewed["digest"] != first["digest"]
    assert integrity.check_file(demo).sound


def test_a_revocation_without_the_key_is_listed_then_sealed_at_printing(
    demo: Path, data_dir: Path, tmp_path: Path
) -> None:
    centre_key_acts.create_centre_key(reason="tests")
    signed(demo)
    # The jury's laptop does not hold the private key (the centre's register of keys stays).
    key_file = next((data_dir / "keys").glob("*.pem"))
    hidden = tmp_path / key_file.name
    key_file.rename(hidden)
    _revoke_c03(demo)
    report = integrity.check_file(demo)
    assert report.sound and any("antérieur à 1 révocation" in n for n in report.notes)
    hidden.rename(key_file)
    assert main(["print", str(demo), "--out", str(tmp_path / "docs")]) == 0
    report = integrity.check_file(demo)
    assert report.sound and any("sceau de clôture valide" in n for n in report.notes)
