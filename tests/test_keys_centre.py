"""The centre's seal key over its life (DOMAIN.md §8): made on purpose, never silently; kept in the
centre folder with its history and the retired keys; backed up, restored, replaced on purpose."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from juryapp.documents import centre_key_acts
from juryapp.documents.centre_key_acts import backup_centre_key, create_centre_key, read_backup, restore_centre_key
from juryapp.documents.centre_keys import (
    KeyUnavailable,
    describe_centre_keys,
    read_centre_keys,
    read_history,
    signing_key,
    trusted_keys,
)
from juryapp.documents.keys import CentreKey, trust_public_key
from juryapp.errors import BadInput


def folder_state(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_nothing_makes_a_key_but_the_explicit_act(data_dir: Path) -> None:
    with pytest.raises(KeyUnavailable, match="aucune clé du centre") as missing:
        signing_key()
    assert "juryapp key new" in str(missing.value)
    assert trusted_keys() == {} and read_centre_keys().current is None
    assert not (data_dir / "keys").exists()
    event = create_centre_key(reason="Premier poste du centre", actor="Anne Moulin")
    assert signing_key().fingerprint == event.fingerprint
    register = json.loads((data_dir / "keys" / "centre-keys.json").read_text(encoding="utf-8"))
    assert register["current"]["fingerprint"] == event.fingerprint and register["retired"] == []
    assert register["current"]["public_key"] == CentreKey.load().public_b64()
    [line] = read_history()
    assert (line.action, line.by, line.reason, line.fingerprint) == (
        "new",
        "Anne Moulin",
        "Premier poste du centre",
        event.fingerprint,
    )
    if sys.platform != "win32":
        assert os.stat(data_dir / "keys" / "centre-ed25519.pem").st_mode & 0o777 == 0o600


def test_a_second_key_needs_replace_and_retires_the_first(data_dir: Path) -> None:
    first = create_centre_key()
    before = folder_state(data_dir / "keys")
    with pytest.raises(BadInput, match="existe déjà.*--replace"):
        create_centre_key()
    assert folder_state(data_dir / "keys") == before
    second = create_centre_key(replace_existing=True, reason="Poste remplacé", actor="Anne Moulin")
    assert second.retired == first.fingerprint and signing_key().fingerprint == second.fingerprint
    state = read_centre_keys()
    assert state.current.fingerprint == second.fingerprint
    assert [(p.fingerprint, p.until is not None) for p in state.retired] == [(first.fingerprint, True)]
    assert (data_dir / "keys" / "retired" / f"{first.fingerprint}.pem").read_bytes() == before["centre-ed25519.pem"]
    keys = trusted_keys()
    assert keys[second.fingerprint][0] == "la clé du centre"
    assert keys[first.fingerprint][0].startswith("une ancienne clé du centre, en usage du ")
    assert [e.action for e in read_history()] == ["new", "new"]


def test_a_deleted_private_key_is_named_never_recreated(data_dir: Path) -> None:
    event = create_centre_key()
    (data_dir / "keys" / "centre-ed25519.pem").unlink()
    with pytest.raises(KeyUnavailable) as missing:
        signing_key()
    assert missing.value.known == event.fingerprint
    assert event.fingerprint in str(missing.value) and "juryapp key restore" in str(missing.value)
    assert not (data_dir / "keys" / "centre-ed25519.pem").exists()
    assert event.fingerprint in trusted_keys()  # what it sealed still verifies
    # The centre folder still records it: a new key is refused (restore it instead), unless asked
    # for on purpose, with a reason; it then retires the lost key.
    before = folder_state(data_dir / "keys")
    with pytest.raises(BadInput, match=f"{event.fingerprint}.*juryapp key restore FICHIER.*--replace") as refused:
        create_centre_key(reason="clé perdue")
    assert "--reason" in str(refused.value)
    with pytest.raises(BadInput, match="motif.*--reason"):
        create_centre_key(replace_existing=True)
    assert folder_state(data_dir / "keys") == before
    again = create_centre_key(reason="clé perdue", replace_existing=True)
    assert again.retired == event.fingerprint
    assert [p.fingerprint for p in read_centre_keys().retired] == [event.fingerprint]


def test_replacing_a_key_present_here_needs_a_reason(data_dir: Path) -> None:
    create_centre_key()
    before = folder_state(data_dir / "keys")
    with pytest.raises(BadInput, match="--replace et --reason"):
        create_centre_key()
    with pytest.raises(BadInput, match="motif"):
        create_centre_key(replace_existing=True, reason="  ")
    assert folder_state(data_dir / "keys") == before


def test_a_restored_key_is_the_centre_key_and_no_longer_an_old_one(data_dir: Path, tmp_path: Path) -> None:
    first = create_centre_key(reason="premier poste")
    backup_centre_key(tmp_path / "premiere.pem")
    second = create_centre_key(replace_existing=True, reason="essai d'un nouveau poste")
    restored = restore_centre_key(tmp_path / "premiere.pem", replace_existing=True, reason="retour au premier poste")
    assert restored.fingerprint == first.fingerprint and restored.retired == second.fingerprint
    assert signing_key().fingerprint == first.fingerprint
    lines = describe_centre_keys()
    current = [line for line in lines if line.startswith("Clé du centre :")]
    old = [line for line in lines if line.startswith("Ancienne clé :")]
    assert len(current) == 1 and first.fingerprint in current[0] and "déjà en usage du" in current[0]
    assert len(old) == 1 and second.fingerprint in old[0] and first.fingerprint not in old[0]
    assert trusted_keys()[first.fingerprint][0] == "la clé du centre"


def test_the_session_names_the_key_when_the_centre_folder_is_gone(data_dir: Path) -> None:
    with pytest.raises(KeyUnavailable, match="empreinte AAAA-BBBB-CCCC-DDDD, d'après le registre de cette session"):
        signing_key(session_keys=["AAAA-BBBB-CCCC-DDDD"])


def test_a_key_replaced_outside_juryapp_is_refused(data_dir: Path) -> None:
    event = create_centre_key()
    stranger = CentreKey.generate()
    (data_dir / "keys" / "centre-ed25519.pem").write_bytes(stranger.private_pem())
    with pytest.raises(KeyUnavailable, match="remplacée hors de juryapp") as refused:
        signing_key()
    assert event.fingerprint in str(refused.value) and stranger.fingerprint in str(refused.value)


def test_a_key_made_before_the_register_is_still_the_centre_key(data_dir: Path) -> None:
    key = CentreKey.generate()
    (data_dir / "keys").mkdir()
    (data_dir / "keys" / "centre-ed25519.pem").write_bytes(key.private_pem())
    assert signing_key().fingerprint == key.fingerprint
    assert trusted_keys()[key.fingerprint][0] == "la clé du centre"
    assert not (data_dir / "keys" / "centre-keys.json").exists()  # reading writes nothing
    replaced = create_centre_key(replace_existing=True, reason="clé antérieure au registre")
    assert read_centre_keys().retired[0].fingerprint == key.fingerprint == replaced.retired


def test_backup_is_encrypted_private_and_never_overwrites(data_dir: Path, tmp_path: Path) -> None:
    event = create_centre_key()
    target = tmp_path / "sauvegarde.pem"
    backup_centre_key(target, b"phrase secrete", actor="Anne Moulin")
    assert target.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    if sys.platform != "win32":
        assert os.stat(target).st_mode & 0o777 == 0o600
    with pytest.raises(BadInput, match="existe déjà"):
        backup_centre_key(target, None)
    plain = tmp_path / "en-clair.pem"
    backup_centre_key(plain)
    assert plain.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert [e.action for e in read_history()] == ["new", "backup", "backup"]
    assert read_backup(target, b"phrase secrete").fingerprint == event.fingerprint


def test_backup_without_a_key_writes_nothing(data_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="rien à sauvegarder"):
        backup_centre_key(tmp_path / "x.pem")
    assert not (tmp_path / "x.pem").exists() and not (data_dir / "keys").exists()


def test_restore_puts_back_the_lost_key(data_dir: Path, tmp_path: Path) -> None:
    event = create_centre_key()
    backup_centre_key(tmp_path / "s.pem", b"secret")
    since = read_centre_keys().current.since
    (data_dir / "keys" / "centre-ed25519.pem").unlink()
    with pytest.raises(BadInput, match="phrase secrète"):
        restore_centre_key(tmp_path / "s.pem")
    with pytest.raises(BadInput, match="phrase secrète incorrecte"):
        restore_centre_key(tmp_path / "s.pem", b"wrong")
    restored = restore_centre_key(tmp_path / "s.pem", b"secret", actor="Anne Moulin")
    assert restored is not None and restored.fingerprint == event.fingerprint and restored.retired is None
    assert signing_key().fingerprint == event.fingerprint
    assert read_centre_keys().current.since == since and read_centre_keys().retired == ()  # the same period
    assert restore_centre_key(tmp_path / "s.pem", b"secret") is None  # already in place


@pytest.mark.parametrize(
    "content",
    [
        b"not a key at all",
        ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        CentreKey.generate().public_pem(),
    ],
    ids=["text", "ecdsa", "public-only"],
)
def test_restore_refuses_what_is_not_an_ed25519_private_key(data_dir: Path, tmp_path: Path, content: bytes) -> None:
    create_centre_key()
    (data_dir / "keys" / "centre-ed25519.pem").unlink()
    before = folder_state(data_dir / "keys")
    source = tmp_path / "cle.pem"
    source.write_bytes(content)
    with pytest.raises(BadInput, match="cle.pem"):
        restore_centre_key(source)
    assert folder_state(data_dir / "keys") == before


def test_restore_replaces_a_different_key_only_on_purpose(data_dir: Path, tmp_path: Path) -> None:
    old = create_centre_key()
    other = CentreKey.generate()
    source = tmp_path / "autre.pem"
    source.write_bytes(other.private_pem())
    before = folder_state(data_dir / "keys")
    with pytest.raises(BadInput, match=f"actuelle \\(empreinte {old.fingerprint}\\).*--replace"):
        restore_centre_key(source)
    assert folder_state(data_dir / "keys") == before
    event = restore_centre_key(source, replace_existing=True, reason="clé de l'ancien poste")
    assert event.retired == old.fingerprint and signing_key().fingerprint == other.fingerprint
    assert (data_dir / "keys" / "retired" / f"{old.fingerprint}.pem").exists()
    assert [p.fingerprint for p in read_centre_keys().retired] == [old.fingerprint]
    assert read_history()[-1].reason == "clé de l'ancien poste"


def test_a_failing_record_puts_every_key_file_back(data_dir: Path) -> None:
    create_centre_key()
    before = folder_state(data_dir / "keys")

    def record(_event):
        raise RuntimeError("journal de session indisponible")

    with pytest.raises(RuntimeError):
        create_centre_key(replace_existing=True, reason="nouveau poste", record=record)
    assert folder_state(data_dir / "keys") == before
    assert not (data_dir / "keys" / "retired").exists()


def test_a_failing_write_puts_every_key_file_back(data_dir: Path, monkeypatch) -> None:
    create_centre_key()
    before = folder_state(data_dir / "keys")
    real = centre_key_acts.atomic_write
    calls = {"n": 0}

    def failing(path, data):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        real(path, data)

    with monkeypatch.context() as patch:  # undoes only this patch, not the autouse data folder
        patch.setattr(centre_key_acts, "atomic_write", failing)
        with pytest.raises(OSError):
            create_centre_key(replace_existing=True, reason="nouveau poste")
    assert folder_state(data_dir / "keys") == before


def test_the_session_audit_records_a_key_made_while_it_is_open(data_dir: Path, tmp_path: Path) -> None:
    from juryapp.cli import import_session_document
    from juryapp.demo import demo_session_document
    from juryapp.storage.store import SessionStore

    path = tmp_path / "demo.jury"
    import_session_document(demo_session_document("titre"), path)
    with SessionStore.open(path) as store:

        def record(event):
            store.record_key_event(event.action, event.fingerprint, reason=event.reason, actor=event.by)

        event = create_centre_key(reason="nouveau poste", actor="Anne Moulin", record=record)
        row = store.audit_log()[-1]
    assert row["action"] == "seal_key_new" and row["actor"] == "Anne Moulin"
    assert json.loads(row["detail"])["fingerprint"] == event.fingerprint


# -- the files are written through juryapp.files: owner-only, all or nothing, never over a key --


def test_create_only_writes_never_replace_and_leave_no_temporary(tmp_path: Path, monkeypatch) -> None:
    from juryapp import files

    target = tmp_path / "centre-ed25519.pem"
    assert files.atomic_create(target, b"first") is True
    assert files.atomic_create(target, b"second") is False
    assert target.read_bytes() == b"first"
    if sys.platform != "win32":
        assert os.stat(target).st_mode & 0o777 == 0o600

    def no_hard_links(*_args) -> None:  # a file system without them (FAT, some network shares)
        raise PermissionError(1, "Operation not permitted")

    with monkeypatch.context() as patch:
        patch.setattr(files.os, "link", no_hard_links)
        assert files.atomic_create(target, b"third") is False
        assert files.atomic_create(tmp_path / "other.pem", b"other") is True
    assert target.read_bytes() == b"first" and (tmp_path / "other.pem").read_bytes() == b"other"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["centre-ed25519.pem", "other.pem"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_key_folders_are_made_owner_only(data_dir: Path) -> None:
    create_centre_key()
    trust_public_key(CentreKey.generate().public_pem(), "Centre voisin")
    for folder in (data_dir / "keys", data_dir / "keys" / "trusted"):
        assert os.stat(folder).st_mode & 0o777 == 0o700
