"""`juryapp key new|show|backup|restore`, printing without the key, and `verify` naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import sign_off_demo

from juryapp.storage.store import SessionStore


def tree(*folders: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()}


def sign_off(path: Path) -> None:
    with SessionStore.open(path) as store:
        sign_off_demo(store)


@pytest.fixture
def session(tmp_path: Path, cli) -> Path:
    path = tmp_path / "demo.jury"
    assert cli("demo", path).returncode == 0
    return path


def test_key_commands_and_their_exit_codes(tmp_path: Path, cli, data_dir: Path) -> None:
    shown = cli("key", "show")
    assert shown.returncode == 0 and "Clé du centre : aucune" in shown.stdout
    made = cli("key", "new", "--reason", "Premier poste du centre")
    assert made.returncode == 0, made.stderr
    fingerprint = made.stdout.split("empreinte ", 1)[1].split()[0]
    before = tree(data_dir)
    again = cli("key", "new")
    assert again.returncode == 2 and "--replace" in again.stderr and tree(data_dir) == before
    passphrase = tmp_path / "phrase.txt"
    passphrase.write_text("une phrase secrète\n", encoding="utf-8")
    backup = tmp_path / "cle.pem"
    saved = cli("key", "backup", backup, "--passphrase-file", passphrase)
    assert saved.returncode == 0 and "chiffrée" in saved.stdout
    assert backup.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert cli("key", "backup", backup).returncode == 2  # never over an existing file
    empty = tmp_path / "vide.txt"
    empty.write_text("\n")
    refused = cli("key", "backup", tmp_path / "autre.pem", "--passphrase-file", empty)
    assert refused.returncode == 2 and "vide" in refused.stderr and not (tmp_path / "autre.pem").exists()
    (data_dir / "keys" / "centre-ed25519.pem").unlink()
    no_phrase = cli("key", "restore", backup)
    assert no_phrase.returncode == 2 and "phrase secrète" in no_phrase.stderr
    restored = cli("key", "restore", backup, "--passphrase-file", passphrase)
    assert restored.returncode == 0 and fingerprint in restored.stdout
    replaced = cli("key", "new", "--replace", "--reason", "Poste remplacé")
    assert replaced.returncode == 0 and f"L'ancienne clé {fingerprint} est retirée" in replaced.stdout
    back = cli("key", "restore", backup, "--passphrase-file", passphrase)
    assert back.returncode == 2 and "--replace" in back.stderr
    shown = cli("key", "show")
    assert f"Ancienne clé : {fingerprint}, en usage du " in shown.stdout
    assert "Poste remplacé" in shown.stdout and "Premier poste du centre" in shown.stdout
    # Restored on purpose: the first key is the centre's key again, and no longer an old one.
    second = replaced.stdout.split("empreinte ", 1)[1].split()[0]
    back = cli("key", "restore", backup, "--passphrase-file", passphrase, "--replace", "--reason", "Retour")
    assert back.returncode == 0, back.stderr
    shown = cli("key", "show")
    assert f"Clé du centre : {fingerprint}, en usage depuis le " in shown.stdout
    assert f"Ancienne clé : {fingerprint}" not in shown.stdout and f"Ancienne clé : {second}" in shown.stdout


def test_a_lost_private_key_is_never_replaced_silently(tmp_path: Path, cli, data_dir: Path) -> None:
    made = cli("key", "new", "--reason", "Premier poste du centre")
    fingerprint = made.stdout.split("empreinte ", 1)[1].split()[0]
    (data_dir / "keys" / "centre-ed25519.pem").unlink()
    before = tree(data_dir)
    refused = cli("key", "new")
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    assert fingerprint in refused.stderr and "juryapp key restore FICHIER" in refused.stderr
    assert "--replace" in refused.stderr and "--reason" in refused.stderr
    no_reason = cli("key", "new", "--replace")
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    assert tree(data_dir) == before
    done = cli("key", "new", "--replace", "--reason", "Clé perdue, pas de sauvegarde")
    assert done.returncode == 0, done.stderr
    assert f"L'ancienne clé {fingerprint} est retirée" in done.stdout


def test_key_help_is_french(cli) -> None:
    helped = cli("key", "--help")
    assert helped.returncode == 0 and "utilisation :" in helped.stdout and "sauvegarder la clé" in helped.stdout
    helped = cli("print", "--help")
    assert "--duplicata" in helped.stdout and "DUPLICATA" in helped.stdout
    assert cli("key").returncode == 2


def test_without_the_key_drafts_and_pre_session_documents_print_unsealed(session: Path, tmp_path: Path, cli, data_dir):
    done = cli("print", session, "--out", tmp_path / "docs")
    assert done.returncode == 0, done.stderr
    assert "SANS SCEAU" in done.stdout and "aucune clé du centre" in done.stdout
    assert (tmp_path / "docs" / "convocation-C01.pdf").exists() and (tmp_path / "docs" / "pv.pdf").exists()
    with SessionStore.open(session) as store:
        assert store.issued_documents() == []
    assert not (data_dir / "keys").exists()  # never made silently
    checked = cli("verify", tmp_path / "docs" / "convocation-C01.pdf")
    assert checked.returncode == 1 and "aucun sceau" in checked.stdout


def test_without_the_key_final_documents_are_refused_naming_it(session: Path, tmp_path: Path, cli, data_dir):
    made = cli("key", "new")
    fingerprint = made.stdout.split("empreinte ", 1)[1].split()[0]
    assert cli("print", session, "--out", tmp_path / "avant").returncode == 0
    sign_off(session)
    (data_dir / "keys" / "centre-ed25519.pem").unlink()
    before = tree(tmp_path, data_dir)
    refused = cli("print", session, "--out", tmp_path / "apres")
    assert refused.returncode == 2
    assert fingerprint in refused.stderr and "juryapp key restore" in refused.stderr
    assert "juryapp key new" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert tree(tmp_path, data_dir) == before
    # The centre folder lost as well: the session file still names the key.
    for path in (data_dir / "keys").iterdir():
        path.unlink()
    refused = cli("print", session, "--out", tmp_path / "apres")
    assert refused.returncode == 2 and f"{fingerprint}, d'après le registre de cette session" in refused.stderr


def test_verify_names_the_key_current_retired_or_from_the_session(session: Path, tmp_path: Path, cli, data_dir):
    made = cli("key", "new")
    assert made.returncode == 0
    retired_fingerprint = made.stdout.split("empreinte ", 1)[1].split()[0]
    assert cli("print", session, "--out", tmp_path / "docs").returncode == 0
    document = tmp_path / "docs" / "convocation-C01.pdf"
    current = cli("verify", document)
    assert current.returncode == 0 and "scellé par la clé du centre (empreinte" in current.stdout
    assert cli("key", "new", "--replace", "--reason", "changement de poste").returncode == 0
    retired = cli("verify", document)
    assert retired.returncode == 0 and "scellé par une ancienne clé du centre, en usage du " in retired.stdout
    # A machine that never knew that key: only the session's register vouches for it.
    for path in sorted((data_dir / "keys").rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    alone = cli("verify", document)
    assert alone.returncode == 1 and "pas une clé de confiance" in alone.stdout
    with_session = cli("verify", document, "--session", session)
    assert with_session.returncode == 0, with_session.stdout
    assert (
        "scellé par une clé connue seulement du registre de cette session (empreinte "
        f"{retired_fingerprint}), que ce poste ne connaît pas" in with_session.stdout
    )
    assert f"vérifiez son empreinte {retired_fingerprint} auprès du centre" in with_session.stdout
    assert "inscrit au registre de la session, identique au fichier délivré" in with_session.stdout


def test_verify_with_the_session_tells_a_different_file_and_an_unknown_code(
    session: Path, tmp_path: Path, cli, data_dir
) -> None:
    assert cli("key", "new").returncode == 0
    assert cli("print", session, "--out", tmp_path / "a").returncode == 0
    other = tmp_path / "other.jury"
    assert cli("demo", other).returncode == 0
    unknown = cli("verify", tmp_path / "a" / "convocation-C01.pdf", "--session", other)
    assert unknown.returncode == 1 and "n'est pas inscrit au registre de cette session" in unknown.stdout
