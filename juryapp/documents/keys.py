"""The centre's signing key and the public keys it trusts, kept in the user data folder.

Layout of `user_data_dir()/keys` (never inside a session file, which is shared and archived):

- `centre-ed25519.pem`: this centre's Ed25519 private key (PKCS#8 PEM, mode 0600), made on
  first use;
- `trusted/*.pub`: other centres' public keys, one per file: a first line `# <name>` then the
  key as PEM. The local centre's own key is always trusted without a file.

A fingerprint names a key for people (« 3F2A-9B1C-77E0-42D1 »); trust is always decided by
comparing the whole key, never the fingerprint alone.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import re
import tempfile
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from juryapp.errors import BadInput
from juryapp.paths import user_data_dir

KEY_FILE = "centre-ed25519.pem"
TRUSTED_DIR = "trusted"
LOCAL_KEY_NAME = "ce centre (clé locale)"
_PEM_BLOCK = re.compile(rb"-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----", re.DOTALL)


def keys_dir() -> Path:
    """The folder holding the centre key and the trusted keys."""
    return user_data_dir() / "keys"


def raw_public_bytes(public_key: Ed25519PublicKey) -> bytes:
    """The 32 raw bytes of an Ed25519 public key."""
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: Ed25519PublicKey | bytes) -> str:
    """A short name for a key: the first 64 bits of SHA-256 of its raw bytes, as « XXXX-XXXX-XXXX-XXXX »."""
    raw = public_key if isinstance(public_key, bytes) else raw_public_bytes(public_key)
    digest = hashlib.sha256(raw).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def parse_public_key(raw_or_pem: bytes) -> Ed25519PublicKey:
    """An Ed25519 public key from 32 raw bytes, their base64 text, or a PEM block.

    Raises BadInput (in French) when the bytes are none of these.
    """
    try:
        block = _PEM_BLOCK.search(raw_or_pem)
        if block:
            key = serialization.load_pem_public_key(block.group(0))
            if isinstance(key, Ed25519PublicKey):
                return key
            raise BadInput("la clé publique n'est pas une clé Ed25519")
        raw = raw_or_pem
        if len(raw) != 32:
            raw = base64.b64decode(raw_or_pem.strip(), validate=True)
        if len(raw) == 32:
            return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, binascii.Error, UnsupportedAlgorithm):
        pass
    raise BadInput("clé publique illisible : attendu une clé Ed25519 (PEM, base64 ou 32 octets)")


def _write_new_file(path: Path, data: bytes) -> bool:
    """Write `data` to `path` atomically with mode 0600 unless `path` already exists.

    Returns False when another writer got there first (the existing file is kept).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:  # mkstemp made it 0600, readable by its owner only
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(temp_name, path)  # fails if the file exists: never replace a key in use
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links
            if path.exists():
                return False
            os.replace(temp_name, path)
        return True
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)


class CentreKey:
    """This centre's Ed25519 signing key."""

    def __init__(self, private_key: Ed25519PrivateKey, path: Path | None = None) -> None:
        self._private_key = private_key
        self.path = path

    @classmethod
    def load_or_create(cls, folder: Path | None = None) -> CentreKey:
        """The key stored in `folder` (default `keys_dir()`), made and saved there on first use.

        Raises BadInput when the stored key file is unreadable (it is never overwritten).
        """
        path = (folder or keys_dir()) / KEY_FILE
        if not path.exists():
            pem = Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            _write_new_file(path, pem)
        return cls(cls._load(path), path)

    @staticmethod
    def _load(path: Path) -> Ed25519PrivateKey:
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (OSError, ValueError, TypeError, UnsupportedAlgorithm) as error:
            raise BadInput(f"clé du centre illisible ({error})", file=path) from error
        if not isinstance(key, Ed25519PrivateKey):
            raise BadInput("la clé du centre n'est pas une clé Ed25519", file=path)
        return key

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self._private_key.public_key()

    def public_bytes(self) -> bytes:
        """The 32 raw bytes of the public key."""
        return raw_public_bytes(self.public_key)

    def public_pem(self) -> bytes:
        """The public key as PEM, to give to other centres (see `trust_public_key`)."""
        return self.public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_bytes())

    def sign(self, data: bytes) -> bytes:
        """The 64-byte Ed25519 signature of `data`."""
        return self._private_key.sign(data)


def _file_stem(name: str) -> str:
    stem = re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-_").lower()
    return stem[:60] or "centre"


def trust_public_key(raw_or_pem: bytes, name: str, folder: Path | None = None) -> str:
    """Trust another centre's public key under `name`; returns its fingerprint.

    The key is saved in `folder/trusted` (default `keys_dir()/trusted`). Trusting a key that is
    already trusted keeps the existing file. Raises BadInput for an unreadable key or empty name.
    """
    name = " ".join(name.split())
    if not name:
        raise BadInput("le nom du centre est vide", field="nom")
    key = parse_public_key(raw_or_pem)
    print_ = fingerprint(key)
    known = trusted_keys(folder)
    if print_ in known and raw_public_bytes(known[print_][1]) == raw_public_bytes(key):
        return print_
    pem = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    body = f"# {name}\n".encode() + pem
    trusted = (folder or keys_dir()) / TRUSTED_DIR
    stem = f"{_file_stem(name)}-{print_[:4].lower()}"
    for attempt in range(100):
        candidate = trusted / (f"{stem}.pub" if attempt == 0 else f"{stem}-{attempt}.pub")
        if _write_new_file(candidate, body):
            return print_
    raise BadInput("impossible d'enregistrer la clé de confiance", file=trusted)


def _read_trusted_file(path: Path) -> tuple[str, Ed25519PublicKey] | None:
    try:
        data = path.read_bytes()
        key = parse_public_key(data)
    except (OSError, BadInput):
        return None
    first_line = data.split(b"\n", 1)[0].decode("utf-8", "replace").strip()
    name = first_line[1:].strip() if first_line.startswith("#") else ""
    return name or path.stem, key


def trusted_keys(folder: Path | None = None) -> dict[str, tuple[str, Ed25519PublicKey]]:
    """Every trusted key by fingerprint: `(name, key)`.

    The local centre key is included when it exists (looking never creates it); raises BadInput
    when that file is unreadable. Unreadable files in `trusted/` are skipped: they make nothing
    trusted.
    """
    base = folder or keys_dir()
    keys: dict[str, tuple[str, Ed25519PublicKey]] = {}
    for path in sorted((base / TRUSTED_DIR).glob("*.pub")):
        found = _read_trusted_file(path)
        if found:
            keys[fingerprint(found[1])] = found
    if (base / KEY_FILE).exists():
        local = CentreKey.load_or_create(base)
        keys[local.fingerprint] = (LOCAL_KEY_NAME, local.public_key)
    return keys
