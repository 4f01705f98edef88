"""The hand-off package (issue 11, point 6): one file holding a session, its manifest and its hash,
encrypted when a passphrase is given; every way of being wrong is one French sentence naming the file.

Everything is written under tmp_path; the session files are small real SQLite files.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import sqlite3
import stat
import struct
import sys
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from juryapp.errors import BadInput, JuryError
from juryapp.exchange import package
from juryapp.exchange.package import (
    MANIFEST_FORMAT,
    PACKAGE_SUFFIX,
    Manifest,
    PackageHeader,
    file_sha256,
    looks_like_package,
    new_handoff_id,
    package_header,
    read_package,
    write_package,
)

PASSPHRASE = "cheval correct pile agrafé".encode()
PERSONAL = "Benali-Øyvind"  # a name that must never be readable in an encrypted package


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "session.jury"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE candidates (ref TEXT, last_name TEXT)")
        conn.executemany("INSERT INTO candidates VALUES (?, ?)", [(f"C{i}", PERSONAL) for i in range(50)])
    conn.close()
    return path


@pytest.fixture
def manifest() -> Manifest:
    return Manifest(
        format=MANIFEST_FORMAT,
        handoff=new_handoff_id(),
        direction="vers_jury",
        session_ref="2026-NTC-042",
        title="RNCP39063",
        session_start="2026-12-07",
        session_end="2026-12-08",
        created_at="2026-12-01T10:15:00",
        created_by="Secrétariat Lyon",
        app_version="0.1.0",
        session_sha256="",  # computed by write_package
        session_size=0,
        base_sha256=None,
    )


def _written(tmp_path: Path, session_file: Path, manifest: Manifest, passphrase: bytes | None) -> Path:
    target = tmp_path / f"remise{PACKAGE_SUFFIX}"
    write_package(target, session_file, manifest, passphrase)
    return target


def _plain(manifest_doc: dict, session: bytes) -> bytes:
    """A plain package made by hand, to hold what write_package never writes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest_doc))
        archive.writestr("session.jury", session)
    return package.MAGIC + b"Z" + buffer.getvalue()


def _split_encrypted(raw: bytes) -> tuple[dict, bytes]:
    (length,) = struct.unpack_from(">I", raw, 9)
    return json.loads(raw[13 : 13 + length]), raw[13 + length :]


def _encrypted(header: dict, ciphertext: bytes) -> bytes:
    header_bytes = json.dumps(header).encode()
    return package.MAGIC + b"E" + struct.pack(">I", len(header_bytes)) + header_bytes + ciphertext


def _refusal(path: Path, passphrase: bytes | None = None) -> BadInput:
    with pytest.raises(BadInput) as caught:
        read_package(path, passphrase)
    assert caught.value.file == str(path)
    assert "\n" not in caught.value.message
    return caught.value


# -- round trips -------------------------------------------------------------------------------------


def test_plain_round_trip(tmp_path: Path, session_file: Path, manifest: Manifest) -> None:
    target = tmp_path / f"remise{PACKAGE_SUFFIX}"
    written = write_package(target, session_file, manifest, None)
    got, session = read_package(target, None)
    assert session == session_file.read_bytes()
    assert got == written
    assert written.session_sha256 == hashlib.sha256(session).hexdigest() == file_sha256(session_file)
    assert written.session_size == session_file.stat().st_size
    assert replace(written, session_sha256="", session_size=0) == manifest
    assert package_header(target) == PackageHeader(encrypted=False, manifest=written)
    assert looks_like_package(target)


def test_encrypted_round_trip_leaks_nothing(tmp_path: Path, session_file: Path, manifest: Manifest) -> None:
    target = _written(tmp_path, session_file, manifest, PASSPHRASE)
    got, session = read_package(target, PASSPHRASE)
    assert session == session_file.read_bytes()
    assert got.handoff == manifest.handoff and got.session_size == len(session)
    assert package_header(target) == PackageHeader(encrypted=True, manifest=None)
    assert looks_like_package(target)
    raw = target.read_bytes()
    for secret in (PERSONAL, manifest.session_ref, manifest.title, manifest.created_by, "SQLite", "manifest"):
        assert secret.encode() not in raw, secret
    header, _ = _split_encrypted(raw)
    assert (header["kdf"], header["n"], header["r"], header["p"]) == ("scrypt", 2**15, 8, 1)


def test_a_plain_package_reads_with_or_without_a_passphrase(tmp_path, session_file, manifest) -> None:
    target = _written(tmp_path, session_file, manifest, None)
    assert read_package(target, b"anything") == read_package(target, None)


def test_plain_packages_are_reproducible_encrypted_ones_are_not(tmp_path, session_file, manifest) -> None:
    first, second = tmp_path / "a.jurypkg", tmp_path / "b.jurypkg"
    write_package(first, session_file, manifest, None)
    write_package(second, session_file, manifest, None)
    assert first.read_bytes() == second.read_bytes()
    write_package(first, session_file, manifest, PASSPHRASE)
    write_package(second, session_file, manifest, PASSPHRASE)
    assert first.read_bytes() != second.read_bytes()  # a fresh salt and nonce each time


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_packages_are_owner_only(tmp_path: Path, session_file: Path, manifest: Manifest) -> None:
    old = os.umask(0o022)
    try:
        target = _written(tmp_path, session_file, manifest, PASSPHRASE)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_return_package_keeps_its_base_hash(tmp_path, session_file, manifest) -> None:
    base = file_sha256(session_file)
    back = replace(manifest, direction="vers_secretariat", base_sha256=base, created_by="Jury")
    target = _written(tmp_path, session_file, back, None)
    got, _ = read_package(target, None)
    assert got.base_sha256 == base and got.direction == "vers_secretariat" and got.handoff == manifest.handoff


# -- passphrases -------------------------------------------------------------------------------------


def test_wrong_passphrase(tmp_path: Path, session_file: Path, manifest: Manifest) -> None:
    target = _written(tmp_path, session_file, manifest, PASSPHRASE)
    error = _refusal(target, b"cheval correct pile agrafe")
    assert "phrase secrète incorrecte, ou paquet altéré" in error.problem
    assert "distinguer" in error.problem  # says that GCM cannot tell the two apart


def test_no_passphrase_for_an_encrypted_package(tmp_path, session_file, manifest) -> None:
    target = _written(tmp_path, session_file, manifest, PASSPHRASE)
    assert _refusal(target, None).problem == "ce paquet est chiffré : phrase secrète requise"
    assert _refusal(target, b"").problem == "phrase secrète vide"


def test_an_empty_passphrase_is_refused_and_nothing_written(tmp_path, session_file, manifest) -> None:
    target = tmp_path / "remise.jurypkg"
    with pytest.raises(BadInput, match="phrase secrète vide"):
        write_package(target, session_file, manifest, b"")
    assert not target.exists()


# -- damaged packages --------------------------------------------------------------------------------


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_truncated_packages(tmp_path: Path, session_file: Path, manifest: Manifest, passphrase) -> None:
    raw = _written(tmp_path, session_file, manifest, passphrase).read_bytes()
    cut = tmp_path / "cut.jurypkg"
    for size in (3, 8, 9, 11, 40, len(raw) // 2, len(raw) - 17, len(raw) - 1):
        cut.write_bytes(raw[:size])
        assert "tronqué ou endommagé" in _refusal(cut, passphrase).problem, size


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_every_cut_is_refused_by_every_reader(tmp_path, session_file, manifest, passphrase) -> None:
    """Cheap for encrypted packages too: the header's length is checked before scrypt runs."""
    raw = _written(tmp_path, session_file, manifest, passphrase).read_bytes()
    header_end = len(raw) - len(_split_encrypted(raw)[1]) if passphrase else len(raw)
    cut = tmp_path / "cut.jurypkg"
    for size in range(1, len(raw)):
        cut.write_bytes(raw[:size])
        assert "tronqué ou endommagé" in _refusal(cut, passphrase).problem, size
        if size < header_end:
            with pytest.raises(BadInput):
                package_header(cut)
        else:  # package_header reads an encrypted package's header, not the rest
            assert package_header(cut) == PackageHeader(encrypted=True, manifest=None)


def test_a_flipped_byte_in_the_ciphertext(tmp_path: Path, session_file: Path, manifest: Manifest) -> None:
    target = _written(tmp_path, session_file, manifest, PASSPHRASE)
    raw = target.read_bytes()
    header, ciphertext = _split_encrypted(raw)
    start = len(raw) - len(ciphertext)
    for where in (start, start + len(ciphertext) // 2, len(raw) - 1):  # first byte, middle, the tag
        altered = bytearray(raw)
        altered[where] ^= 0x40
        target.write_bytes(bytes(altered))
        assert "phrase secrète incorrecte, ou paquet altéré" in _refusal(target, PASSPHRASE).problem


def test_an_altered_header_is_refused(tmp_path: Path, session_file: Path, manifest: Manifest) -> None:
    """The header is authenticated with the ciphertext: another salt makes another key."""
    target = _written(tmp_path, session_file, manifest, PASSPHRASE)
    header, ciphertext = _split_encrypted(target.read_bytes())
    header["salt"] = "A" * len(header["salt"])
    target.write_bytes(_encrypted(header, ciphertext))
    assert "phrase secrète incorrecte" in _refusal(target, PASSPHRASE).problem


@pytest.mark.parametrize(
    "forged",
    [{"n": 2**40}, {"n": 2**20, "r": 2**20}, {"r": 2**30, "p": 2**30}, {"p": 64}, {"n": 3000}, {"n": True}],
)
def test_a_forged_header_cannot_make_the_reader_work_for_ages(tmp_path, session_file, manifest, forged) -> None:
    target = _written(tmp_path, session_file, manifest, PASSPHRASE)
    header, ciphertext = _split_encrypted(target.read_bytes())
    target.write_bytes(_encrypted({**header, **forged}, ciphertext))
    started = time.monotonic()
    error = _refusal(target, PASSPHRASE)
    assert time.monotonic() - started < 1.0
    assert "tronqué ou endommagé" in error.problem
    with pytest.raises(BadInput):
        package_header(target)


def test_a_plain_package_whose_session_was_altered(tmp_path, session_file, manifest) -> None:
    written = write_package(tmp_path / "remise.jurypkg", session_file, manifest, None)
    session = bytearray(session_file.read_bytes())
    session[-1] ^= 0x01
    forged = tmp_path / "forged.jurypkg"
    for altered in (bytes(session), bytes(session) + b"x"):  # same size, and one byte more
        forged.write_bytes(_plain(written.to_dict(), altered))
        problem = _refusal(forged).problem
        assert problem == "le fichier de session du paquet ne correspond pas à son manifeste"


def test_a_package_of_an_unknown_manifest_format(tmp_path, session_file, manifest) -> None:
    written = write_package(tmp_path / "remise.jurypkg", session_file, manifest, None)
    forged = tmp_path / "forged.jurypkg"
    forged.write_bytes(_plain({**written.to_dict(), "format": "juryapp.package/2"}, session_file.read_bytes()))
    error = _refusal(forged)
    assert "plus récent" in error.problem and error.field == "manifeste.format"
    forged.write_bytes(package.MAGIC[:-1] + b"2Z" + b"\0" * 40)
    assert "plus récent" in _refusal(forged).problem


def test_a_package_without_its_session(tmp_path, session_file, manifest) -> None:
    written = write_package(tmp_path / "remise.jurypkg", session_file, manifest, None)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps(written.to_dict()))
    forged = tmp_path / "forged.jurypkg"
    forged.write_bytes(package.MAGIC + b"Z" + buffer.getvalue())
    assert "session.jury manquant" in _refusal(forged).problem


def test_a_package_over_the_size_limit(tmp_path, session_file, manifest, monkeypatch) -> None:
    target = _written(tmp_path, session_file, manifest, None)
    monkeypatch.setattr(package, "MAX_PACKAGE_BYTES", 1000)
    assert "trop volumineux" in _refusal(target).problem
    with pytest.raises(BadInput, match="trop volumineux"):
        package_header(target)


# -- not a package -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("doc.json", '\ufeff  {"format": "juryapp.session/1"}'.encode(), "document JSON"),
        ("archive.zip", b"PK\x05\x06" + b"\0" * 18, "archive ZIP"),
        ("doc.pdf", b"%PDF-1.7\n", "document PDF"),
        ("vide.jurypkg", b"", "vide"),
        ("autre.bin", b"\x00\x01binary", "non reconnu"),
    ],
)
def test_other_files_given_as_a_package(tmp_path: Path, name: str, content: bytes, said: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    error = _refusal(path)
    assert error.problem.startswith("ce n'est pas un paquet juryapp") and said in error.problem
    with pytest.raises(BadInput, match=said):
        package_header(path)
    assert not looks_like_package(path)


def test_a_session_file_given_as_a_package(session_file: Path) -> None:
    error = _refusal(session_file)
    assert "ce n'est pas un paquet juryapp" in error.problem and "fichier de session (.jury)" in error.problem
    assert not looks_like_package(session_file)


def test_looks_like_package_never_raises(tmp_path: Path) -> None:
    assert not looks_like_package(tmp_path / "absent.jurypkg")
    assert not looks_like_package(tmp_path)
    assert not looks_like_package(Path("nul\0octet"))


def test_a_missing_package(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "absent.jurypkg").problem == "fichier introuvable"


# -- writing -----------------------------------------------------------------------------------------


def test_only_a_session_file_is_packed(tmp_path: Path, manifest: Manifest) -> None:
    not_a_session = tmp_path / "session.json"
    not_a_session.write_text("{}", encoding="utf-8")
    with pytest.raises(BadInput, match="pas un fichier de session"):
        write_package(tmp_path / "remise.jurypkg", not_a_session, manifest, None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["session.json"]


def test_a_package_never_replaces_its_own_session(session_file: Path, manifest: Manifest) -> None:
    before = session_file.read_bytes()
    with pytest.raises(BadInput):
        write_package(session_file, session_file, manifest, None)
    assert session_file.read_bytes() == before


def test_an_invalid_manifest_is_not_written(tmp_path, session_file, manifest) -> None:
    target = tmp_path / "remise.jurypkg"
    with pytest.raises(BadInput) as caught:
        write_package(target, session_file, replace(manifest, direction="ailleurs"), None)
    assert caught.value.field == "manifeste.direction"
    assert not target.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_writing_into_a_read_only_folder_leaves_nothing(tmp_path, session_file, manifest) -> None:
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running with rights that ignore the folder's mode (root)")
        with pytest.raises(BadInput, match="accès refusé"):
            write_package(folder / "remise.jurypkg", session_file, manifest, PASSPHRASE)
        assert list(folder.iterdir()) == []
    finally:
        os.chmod(folder, 0o700)


@pytest.mark.parametrize(
    ("failure", "kind"),
    [(OSError(errno.ENOSPC, "No space left on device"), JuryError), (PermissionError(errno.EACCES, "no"), BadInput)],
)
def test_a_failing_disk_leaves_the_folder_as_it_was(tmp_path, session_file, manifest, monkeypatch, failure, kind):
    target = _written(tmp_path, session_file, manifest, None)
    previous = target.read_bytes()
    listing = sorted(p.name for p in tmp_path.iterdir())

    def failing_replace(source: object, destination: object) -> None:
        raise failure

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(kind) as caught:
        write_package(target, session_file, replace(manifest, created_by="Autre"), PASSPHRASE)
    assert str(target) in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
    assert target.read_bytes() == previous


# -- manifest ----------------------------------------------------------------------------------------


def test_manifest_round_trip(tmp_path: Path, manifest: Manifest) -> None:
    full = replace(manifest, session_sha256="a" * 64, session_size=12, base_sha256="b" * 64)
    document = json.loads(json.dumps(full.to_dict()))
    assert Manifest.from_dict(document, tmp_path) == full
    assert Manifest.from_dict({**document, "added_later": 1}, tmp_path) == full  # unknown keys ignored
    assert list(document) == [
        "format",
        "handoff",
        "direction",
        "session_ref",
        "title",
        "session_start",
        "session_end",
        "created_at",
        "created_by",
        "app_version",
        "session_sha256",
        "session_size",
        "base_sha256",
    ]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"handoff": None}, "handoff"),
        ({"handoff": "not-a-uuid"}, "handoff"),
        ({"direction": "vers_ailleurs"}, "direction"),
        ({"session_ref": 42}, "session_ref"),
        ({"title": "ligne\nbrisée"}, "title"),
        ({"session_start": "07/12/2026"}, "session_start"),
        ({"created_at": "hier"}, "created_at"),
        ({"session_size": "12"}, "session_size"),
        ({"session_size": True}, "session_size"),
        ({"session_size": -1}, "session_size"),
        ({"session_sha256": "A" * 64}, "session_sha256"),
        ({"base_sha256": ""}, "base_sha256"),
        ({"format": "juryapp.session/1"}, "format"),
    ],
)
def test_manifest_is_strict(tmp_path: Path, manifest: Manifest, change: dict, field: str) -> None:
    document = {**replace(manifest, session_sha256="a" * 64).to_dict(), **change}
    with pytest.raises(BadInput) as caught:
        Manifest.from_dict(document, tmp_path / "p.jurypkg")
    assert caught.value.field == f"manifeste.{field}"
    assert caught.value.file == str(tmp_path / "p.jurypkg")


def test_manifest_missing_key_and_wrong_shape(tmp_path: Path, manifest: Manifest) -> None:
    document = replace(manifest, session_sha256="a" * 64).to_dict()
    del document["created_by"]
    with pytest.raises(BadInput, match="champ manquant") as caught:
        Manifest.from_dict(document, tmp_path)
    assert caught.value.field == "manifeste.created_by"
    with pytest.raises(BadInput, match="pas un objet JSON"):
        Manifest.from_dict(["format"], tmp_path)
