"""Ed25519 key primitives, and the other centres' public keys this centre trusts.

The centre's own key (its private key, the public keys of its current and retired keys, and the
history of every change) is managed by `juryapp.documents.centre_keys`; this module holds what
both need. Layout of `keys_dir()` = `user_data_dir()/keys` (never inside a session file, which
is shared and archived):

- `centre-ed25519.pem`: this centre's Ed25519 private key (PKCS#8 PEM, mode 0600); never made
  silently, see `centre_key_acts.create_centre_key`;
- `trusted/*.pub`: other centres' public keys, one per file: a first line `# <name>` then the
  key as PEM.

A fingerprint names a key for people (« 3F2A-9B1C-77E0-42D1 »); trust is always decided by
comparing the whole key, never the fingerprint alone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from juryapp.errors import BadInput, os_error_text
from juryapp.files import atomic_create, private_dir
from juryapp.paths import user_data_dir

KEY_FILE = "centre-ed25519.pem"
TRUSTED_DIR = "trusted"
_PEM_BLOCK = re.compile(rb"-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----", re.DOTALL)


def keys_dir() -> Path:
    """The folder holding the centre key, its register and the trusted keys."""
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


class CentreKey:
    """An Ed25519 signing key (the centre's, when loaded from its folder)."""

    def __init__(self, private_key: Ed25519PrivateKey, path: Path | None = None) -> None:
        self._private_key = private_key
        self.path = path

    @classmethod
    def generate(cls) -> CentreKey:
        """A new key, in memory only: saving it is `centre_key_acts.create_centre_key`'s business."""
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def load(cls, folder: Path | None = None) -> CentreKey | None:
        """The private key stored in `folder` (default `keys_dir()`), or None when there is none.

        Never creates one. Raises BadInput when the stored key file is unreadable.
        """
        path = (folder or keys_dir()) / KEY_FILE
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise BadInput(f"clé du centre illisible ({os_error_text(error)})", file=path) from error
        try:
            return cls(cls.from_pem(data), path)
        except BadInput as error:
            raise BadInput(f"clé du centre illisible ({error.problem})", file=path) from None

    @staticmethod
    def from_pem(data: bytes, passphrase: bytes | None = None) -> Ed25519PrivateKey:
        """The Ed25519 private key of a PEM file, decrypted with `passphrase` when it is encrypted.

        Raises BadInput saying what is wrong: encrypted without a passphrase, wrong passphrase,
        a public key only, another kind of key, or not a key at all.
        """
        if b"-----BEGIN PUBLIC KEY-----" in data and b"PRIVATE KEY-----" not in data:
            raise BadInput("ce fichier ne contient qu'une clé publique : il faut la clé privée (sauvegarde)")
        if b"PRIVATE KEY-----" not in data:
            raise BadInput("ce fichier n'est pas une clé Ed25519 (aucune clé privée PEM)")
        encrypted = b"ENCRYPTED" in data
        if encrypted and not passphrase:
            raise BadInput("sauvegarde chiffrée : il faut sa phrase secrète (--passphrase-file)")
        try:
            key = serialization.load_pem_private_key(data, password=passphrase if encrypted else None)
        except (ValueError, TypeError, UnsupportedAlgorithm) as error:
            if encrypted:
                raise BadInput("phrase secrète incorrecte, ou sauvegarde abîmée") from error
            raise BadInput(f"ce fichier n'est pas une clé Ed25519 lisible ({error})") from error
        if not isinstance(key, Ed25519PrivateKey):
            raise BadInput("ce fichier n'est pas une clé Ed25519 (autre type de clé)")
        return key

    def private_pem(self, passphrase: bytes | None = None) -> bytes:
        """The private key as PKCS#8 PEM, encrypted with `passphrase` when one is given."""
        encryption: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
        )
        return self._private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        )

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self._private_key.public_key()

    def public_bytes(self) -> bytes:
        """The 32 raw bytes of the public key."""
        return raw_public_bytes(self.public_key)

    def public_b64(self) -> str:
        """The public key as base64 text (how session files and the centre register keep it)."""
        return base64.b64encode(self.public_bytes()).decode("ascii")

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
    known = other_centres_keys(folder)
    if print_ in known and raw_public_bytes(known[print_][1]) == raw_public_bytes(key):
        return print_
    pem = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    body = f"# {name}\n".encode() + pem
    trusted = private_dir((folder or keys_dir()) / TRUSTED_DIR)
    stem = f"{_file_stem(name)}-{print_[:4].lower()}"
    for attempt in range(100):
        candidate = trusted / (f"{stem}.pub" if attempt == 0 else f"{stem}-{attempt}.pub")
        if atomic_create(candidate, body, what="fichier de clé"):
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


def other_centres_keys(folder: Path | None = None) -> dict[str, tuple[str, Ed25519PublicKey]]:
    """The other centres' keys this centre trusts, by fingerprint: `(name, key)`.

    Unreadable files in `trusted/` are skipped: they make nothing trusted.
    """
    keys: dict[str, tuple[str, Ed25519PublicKey]] = {}
    for path in sorted(((folder or keys_dir()) / TRUSTED_DIR).glob("*.pub")):
        found = _read_trusted_file(path)
        if found:
            keys[fingerprint(found[1])] = found
    return keys
