"""The demo sessions are realistic and show what the issue asks them to show."""

from __future__ import annotations

import json

import pytest

from juryapp.cli import main
from juryapp.demo import demo_session_document
from juryapp.errors import BadInput
from juryapp.rules import evaluate_session
from juryapp.storage.store import SessionStore


def _open(path):
    store = SessionStore.open(path)
    data = store.snapshot()
    outcomes = {o.ref: o for o in evaluate_session(data, store.referentiels())}
    store.close()
    return data, outcomes


def test_demo_titre_session(tmp_path):
    path = tmp_path / "demo.jury"
    assert main(["demo", str(path)]) == 0
    data, outcomes = _open(path)
    assert data.session.title == "RNCP39063" and data.session.kind == "titre"
    assert len(data.candidates) >= 8
    assert {c.pathway for c in data.candidates} >= {"formation", "vae"}
    assert any(c.attendance == "absent" for c in data.candidates)
    assert any(j.conflicts for j in data.jurors)
    names = " ".join(c.last_name + c.first_name for c in data.candidates)
    assert "'" in names and any(ch in names for ch in "éèêëàâîïôûç")
    blocked_vae = [c for c in data.candidates if c.pathway == "vae" and outcomes[c.ref].blockers]
    assert blocked_vae, "one VAE candidate must be blocked"
    assert any(o.title == "awarded" for o in outcomes.values())
    assert any(o.title == "pending" for o in outcomes.values())
    assert any(o.document == "livret" for o in outcomes.values())


def test_demo_ccp_session_carries_a_ccp_through_the_unverified_correspondence(tmp_path):
    path = tmp_path / "demo-ccp.jury"
    assert main(["demo", str(path), "--kind", "ccp"]) == 0
    data, outcomes = _open(path)
    assert data.session.kind == "ccp"
    assert all(c.pathway == "capitalisation" for c in data.candidates)
    carried = [c for c in data.candidates if any(p.title == "RNCP34079" for p in c.prior_ccps)]
    assert carried
    codes = [w.code for w in outcomes[carried[0].ref].warnings]
    assert "CORRESPONDENCE_UNVERIFIED" in codes
    assert "CCP1" in outcomes[carried[0].ref].ccps_held


def test_demo_refuses_to_overwrite_without_replace(tmp_path, capsys):
    path = tmp_path / "demo.jury"
    path.write_bytes(b"keep me")
    assert main(["demo", str(path)]) == 2
    assert path.read_bytes() == b"keep me"
    assert "--replace" in capsys.readouterr().err
    # --replace replaces a session file, never some other file that happens to bear the name.
    assert main(["demo", str(path), "--replace"]) == 2
    assert path.read_bytes() == b"keep me"
    assert "pas un fichier de session" in capsys.readouterr().err
    path.unlink()
    assert main(["demo", str(path)]) == 0
    assert main(["demo", str(path), "--replace"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.jury"]


def test_demo_document_is_valid_json_exchange():
    document = demo_session_document("titre")
    json.dumps(document)
    with pytest.raises(BadInput):
        demo_session_document("ccs")
