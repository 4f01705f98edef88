"""The hand-off package: a session as one self-contained file, encrypted when a passphrase is given.

A package carries a session file (`.jury`) to the jury and back, on a USB stick or by mail. It
holds the session file byte for byte, with a manifest that says what it is (which session, which
hand-off, which way, made by whom and when) and the session file's SHA-256. With a passphrase,
everything but the fact that it is an encrypted juryapp package is encrypted: a lost stick
leaks nothing, not even the session's name.

On disk (all integers big-endian)::

    b"JURYPKG1"  kind (1 byte)  body
    kind b"Z": body is a ZIP archive of two entries, `manifest.json` (UTF-8 JSON, the Manifest)
               and `session.jury` (the session file), deflated.
    kind b"E": body is  header length (4 bytes)  header  ciphertext
               header: UTF-8 JSON {"cipher": "AES-256-GCM", "kdf": "scrypt", "n", "r", "p",
               "salt" (base64, 16 bytes), "nonce" (base64, 12 bytes), "length" (of the ciphertext)};
               ciphertext: AES-256-GCM of the same ZIP as kind b"Z", its 16-byte tag appended,
               under the key scrypt(passphrase, salt, n, r, p, 32 bytes), with every byte before
               the ciphertext (magic, kind, length, header) as associated data.

GCM authenticates the header and the ZIP together: a wrong passphrase and an altered package
fail the same way and cannot be told apart. The scrypt parameters read from a header are
bounded (`MAX_SCRYPT_N`, `MAX_SCRYPT_MEMORY`, `MAX_SCRYPT_WORK`), so that a forged header cannot
make the reader allocate gigabytes or compute for minutes.

Every failure to read is a BadInput with one French sentence naming the file; a failure of the
system while writing is a JuryError (juryapp.files.environment_error) and leaves no file behind.
Packages hold personal data: they are written atomically and owner-only (juryapp.files).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import errno
import hashlib
import io
import json
import os
import re
import struct
import uuid
import zipfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from juryapp.errors import BadInput, PassphraseRequired, WrongPassphrase
from juryapp.files import atomic_write, environment_error
from juryapp.textcheck import TextKind, text_problem

__all__ = [
    "DIRECTIONS",
    "MANIFEST_FORMAT",
    "PACKAGE_SUFFIX",
    "Manifest",
    "PackageHeader",
    "file_sha256",
    "looks_like_package",
    "new_handoff_id",
    "package_header",
    "read_package",
    "write_package",
]

PACKAGE_SUFFIX = ".jurypkg"
MAGIC = b"JURYPKG1"
MANIFEST_FORMAT = "juryapp.package/1"
DIRECTIONS = ("vers_jury", "vers_secretariat")
MANIFEST_NAME = "manifest.json"
SESSION_NAME = "session.jury"

MAX_PACKAGE_BYTES = 1024 * 1024 * 1024  # a session of a few hundred candidates is well under 10 Mo
MAX_MANIFEST_BYTES = 64 * 1024
MAX_HEADER_BYTES = 4096

# scrypt as written (about 50–100 ms and 32 Mo on a laptop) and the bounds of what is read.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MAX_SCRYPT_N = 2**20
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024  # bytes scrypt allocates: 128 * n * r
MAX_SCRYPT_WORK = 2**15 * 8 * 8  # n * r * p: eight times the cost of the parameters written
KEY_BYTES, SALT_BYTES, NONCE_BYTES, TAG_BYTES = 32, 16, 12, 16

_PLAIN = b"Z"
_ENCRYPTED = b"E"
_PREFIX = len(MAGIC) + 1
_LENGTH = struct.Struct(">I")
_SQLITE_HEADER = b"SQLite format 3\x00"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed: the same session and manifest give the same ZIP
# What zipfile raises on a damaged archive (struct.error: a record cut short; RuntimeError: an
# entry flagged as encrypted or compressed in an unknown way).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    zlib.error,
    NotImplementedError,
    ValueError,
    struct.error,
    RuntimeError,
)
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")

WRONG_PASSPHRASE = "phrase secrète incorrecte, ou paquet altéré (le déchiffrement ne permet pas de distinguer les deux)"
PASSPHRASE_REQUIRED = "ce paquet est chiffré : phrase secrète requise"
HASH_MISMATCH = "le fichier de session du paquet ne correspond pas à son manifeste"


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a package holds, readable before the session is opened (and without a passphrase
    when the package is not encrypted).

    `handoff` is shared by the package sent to the jury and the one that comes back;
    `base_sha256` (return packages) is the SHA-256 of the session file as it was handed off, so
    that the secretariat sees whether its own copy moved since.
    """

    format: str
    handoff: str
    direction: str
    session_ref: str
    title: str
    session_start: str
    session_end: str
    created_at: str
    created_by: str
    app_version: str
    session_sha256: str
    session_size: int
    base_sha256: str | None

    def to_dict(self) -> dict[str, Any]:
        """The manifest as manifest.json holds it."""
        return {name: getattr(self, name) for name in _MANIFEST_FIELDS}

    @classmethod
    def from_dict(cls, d: Any, source: Path) -> Manifest:
        """The manifest of `d`; BadInput naming `source` and the field when a key is missing, of
        the wrong type or value, or when the format is not juryapp.package/1. Unknown keys are
        ignored (a later version may add some)."""
        if not isinstance(d, dict):
            raise BadInput("le manifeste du paquet n'est pas un objet JSON", file=source)
        fmt = d.get("format")
        if fmt != MANIFEST_FORMAT:
            if isinstance(fmt, str) and fmt.startswith("juryapp.package/"):
                problem = f"paquet d'un format plus récent ou inconnu ({fmt[:40]}) : mettez juryapp à jour"
            else:
                problem = "format de manifeste inconnu : ce n'est pas un paquet juryapp"
            raise BadInput(problem, file=source, field="manifeste.format")
        values = {name: _checked_field(d, name, check, source) for name, check in _MANIFEST_FIELDS.items()}
        return cls(**values)


@dataclass(frozen=True, slots=True)
class PackageHeader:
    """What a package says of itself without a passphrase: the manifest only when not encrypted."""

    encrypted: bool
    manifest: Manifest | None


def new_handoff_id() -> str:
    """A fresh hand-off id (uuid4, 32 lowercase hex digits)."""
    return uuid.uuid4().hex


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file (hex), e.g. the secretariat's copy to compare with `base_sha256`.
    A system failure is raised as a JuryError naming the file."""
    try:
        with Path(path).open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise environment_error(exc, Path(path), "lecture impossible") from None


def write_package(target: Path, session_file: Path, manifest: Manifest, passphrase: bytes | None) -> Manifest:
    """Write `session_file` as a package at `target` (replaced if it exists), encrypted when a
    passphrase is given; return the manifest written.

    The manifest's `session_sha256` and `session_size` are computed here from the bytes packed
    (the values given are replaced); every other field is checked as `Manifest.from_dict` does.
    BadInput for an empty passphrase, a session file that is not a SQLite file or is the target
    itself, an invalid manifest; a JuryError for a system failure, which leaves no file behind.
    """
    target, session_file = Path(target), Path(session_file)
    if passphrase is not None and not passphrase:
        raise BadInput("phrase secrète vide", file=target)
    if target.resolve() == session_file.resolve():
        raise BadInput("le paquet ne peut pas remplacer le fichier de session qu'il contient", file=target)
    session = _read_capped(session_file, "fichier de session")
    if not session.startswith(_SQLITE_HEADER):
        raise BadInput("ce n'est pas un fichier de session juryapp (base SQLite attendue)", file=session_file)
    manifest = replace(manifest, session_sha256=hashlib.sha256(session).hexdigest(), session_size=len(session))
    manifest = Manifest.from_dict(manifest.to_dict(), target)
    body = _zip(manifest, session)
    blob = MAGIC + _PLAIN + body if passphrase is None else _encrypt(body, passphrase)
    if len(blob) > MAX_PACKAGE_BYTES:
        raise BadInput(f"paquet trop volumineux (plus de {_size_text(MAX_PACKAGE_BYTES)})", file=target)
    atomic_write(target, blob, what="paquet")
    return manifest


def read_package(path: Path, passphrase: bytes | None) -> tuple[Manifest, bytes]:
    """The manifest and the session file's bytes of the package at `path`, checked against the
    manifest (size and SHA-256). A passphrase given for a plain package is not needed and ignored.

    BadInput naming the file when it is not a juryapp package (saying what it seems to be), is
    truncated or damaged, is encrypted and no passphrase (or an empty one) was given, when the
    passphrase is wrong or the package altered, or when the session does not match the manifest.
    """
    path = Path(path)
    data = _read_capped(path, "paquet")
    kind = _kind(data[:512], path)
    if kind == _PLAIN:
        return _unzip(data[_PREFIX:], path)
    header, aad, ciphertext = _envelope(data, path)
    if passphrase is None:
        raise PassphraseRequired(PASSPHRASE_REQUIRED, file=path)
    if not passphrase:
        raise BadInput("phrase secrète vide", file=path)
    # Imported here: telling a package by its first bytes (at every start) needs no cryptography.
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    key = Scrypt(salt=header.salt, length=KEY_BYTES, n=header.n, r=header.r, p=header.p).derive(passphrase)
    try:
        body = AESGCM(key).decrypt(header.nonce, ciphertext, aad)
    except InvalidTag:
        raise WrongPassphrase(WRONG_PASSPHRASE, file=path) from None
    return _unzip(body, path)


def package_header(path: Path) -> PackageHeader:
    """Whether the file at `path` is an encrypted package, and its manifest when it is not;
    reads the beginning of the file and the manifest only (the session is neither read nor
    checked). BadInput as `read_package` for a file that is not a package or is damaged."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_PACKAGE_BYTES:
                raise BadInput(_too_big(size), file=path)
            start = handle.read(_PREFIX + _LENGTH.size + MAX_HEADER_BYTES)
            if _kind(start, path) == _ENCRYPTED:
                _envelope_header(start, path)
                return PackageHeader(encrypted=True, manifest=None)
            # zipfile finds the archive from its end, the prefix before it allowed
            return PackageHeader(encrypted=False, manifest=_manifest_of_zip(handle, path))
    except FileNotFoundError:
        raise BadInput("fichier introuvable", file=path) from None
    except OSError as exc:
        raise environment_error(exc, path, "lecture impossible") from None


def looks_like_package(path: Path) -> bool:
    """Whether the file at `path` begins as a juryapp package does; never raises."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except (OSError, ValueError):
        return False


# -- manifest fields -------------------------------------------------------------------------------


def _text(kind: TextKind) -> Any:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "un texte est attendu"
        return text_problem(value, kind)

    return check


def _matching(pattern: re.Pattern[str], what: str) -> Any:
    def check(value: Any) -> str | None:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            return f"{what} attendu"
        return None

    return check


def _iso(parse: Any, what: str) -> Any:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return f"{what} attendue (texte ISO)"
        try:
            parse(value)
        except ValueError:
            return f"{what} invalide : {value[:40]!r}"
        return None

    return check


def _direction(value: Any) -> str | None:
    return None if value in DIRECTIONS else "« vers_jury » ou « vers_secretariat » attendu"


def _size(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return "un nombre entier positif est attendu"
    return None


def _format(value: Any) -> str | None:
    return None if value == MANIFEST_FORMAT else f"« {MANIFEST_FORMAT} » attendu"


_SHA256 = _matching(_HEX64, "un SHA-256 (64 chiffres hexadécimaux en minuscules)")


def _optional_sha256(value: Any) -> str | None:
    return None if value is None else _SHA256(value)


_MANIFEST_FIELDS: dict[str, Any] = {
    "format": _format,
    "handoff": _matching(_HEX32, "un identifiant de remise (32 chiffres hexadécimaux en minuscules)"),
    "direction": _direction,
    "session_ref": _text("name"),
    "title": _text("label"),
    "session_start": _iso(dt.date.fromisoformat, "date"),
    "session_end": _iso(dt.date.fromisoformat, "date"),
    "created_at": _iso(dt.datetime.fromisoformat, "date et heure"),
    "created_by": _text("name"),
    "app_version": _text("name"),
    "session_sha256": _SHA256,
    "session_size": _size,
    "base_sha256": _optional_sha256,
}


def _checked_field(d: dict[str, Any], name: str, check: Any, source: Path) -> Any:
    if name not in d:
        raise BadInput("champ manquant", file=source, field=f"manifeste.{name}")
    problem = check(d[name])
    if problem is not None:
        raise BadInput(problem, file=source, field=f"manifeste.{name}")
    return d[name]


# -- reading -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _EnvelopeHeader:
    n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes
    length: int
    size: int  # bytes from the start of the file to the end of the header


def _read_capped(path: Path, what: str) -> bytes:
    """The whole file, refused above MAX_PACKAGE_BYTES before it is read."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_PACKAGE_BYTES:
                raise BadInput(_too_big(size, what), file=path)
            data = handle.read(MAX_PACKAGE_BYTES + 1)  # it may have grown meanwhile
    except FileNotFoundError:
        raise BadInput("fichier introuvable", file=path) from None
    except IsADirectoryError:
        raise BadInput("c'est un dossier, pas un fichier", file=path) from None
    except OSError as exc:
        raise environment_error(exc, path, "lecture impossible") from None
    if len(data) > MAX_PACKAGE_BYTES:
        raise BadInput(_too_big(len(data), what), file=path)
    return data


def _size_text(size: int) -> str:
    if size >= 1024 * 1024 * 1024:
        return f"{size / (1024 * 1024 * 1024):.1f} Go".replace(".", ",")
    return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")


def _count(size: int) -> str:
    return "1 octet" if size == 1 else f"{size} octets"


def _too_big(size: int, what: str = "paquet") -> str:
    return f"{what} trop volumineux : {_size_text(size)} pour {_size_text(MAX_PACKAGE_BYTES)} au plus"


def _damaged(detail: str, path: Path) -> BadInput:
    return BadInput(f"paquet tronqué ou endommagé ({detail})", file=path)


def _kind(start: bytes, path: Path) -> bytes:
    """The kind byte of a package beginning with `start`; BadInput saying what else it is."""
    if start.startswith(MAGIC):
        kind = start[len(MAGIC) : _PREFIX]
        if kind in (_PLAIN, _ENCRYPTED):
            return kind
        if not kind:
            raise _damaged("il s'arrête après son en-tête", path)
        raise _damaged("type de contenu inconnu", path)
    if start and MAGIC.startswith(start):
        raise _damaged("il s'arrête dans son en-tête", path)
    stem = MAGIC[:-1]
    if start.startswith(stem):
        version = start[len(stem) : len(MAGIC)].decode("ascii", "replace")
        raise BadInput(
            f"paquet d'un format plus récent ou inconnu (version {version}) : mettez juryapp à jour", file=path
        )
    raise BadInput(f"ce n'est pas un paquet juryapp : {_what_it_is(start)}", file=path)


def _what_it_is(start: bytes) -> str:
    if not start:
        return "le fichier est vide"
    if start.startswith(_SQLITE_HEADER):
        return "c'est une base SQLite, sans doute un fichier de session (.jury) à ouvrir directement"
    if start.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "c'est une archive ZIP d'un autre contenu"
    if start.startswith(b"%PDF"):
        return "c'est un document PDF"
    text = start.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    if text[:1] in (b"{", b"["):
        return "c'est un document JSON (un export de session s'importe, il ne se déballe pas)"
    return "contenu non reconnu"


def _envelope_header(data: bytes, path: Path) -> _EnvelopeHeader:
    """The encryption header at the start of `data` (an encrypted package), its values bounded."""
    if len(data) < _PREFIX + _LENGTH.size:
        raise _damaged("il s'arrête dans son en-tête", path)
    (length,) = _LENGTH.unpack_from(data, _PREFIX)
    if length > MAX_HEADER_BYTES:
        raise _damaged("en-tête de chiffrement démesuré", path)
    end = _PREFIX + _LENGTH.size + length
    if len(data) < end:
        raise _damaged("il s'arrête dans son en-tête de chiffrement", path)
    try:
        header = json.loads(data[_PREFIX + _LENGTH.size : end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged("en-tête de chiffrement illisible", path) from None
    if not isinstance(header, dict) or header.get("kdf") != "scrypt" or header.get("cipher") != "AES-256-GCM":
        raise _damaged("chiffrement inconnu", path)
    n, r, p, cipher_length = (_positive(header.get(name), path) for name in ("n", "r", "p", "length"))
    if n < 2 or n & (n - 1) or n > MAX_SCRYPT_N or 128 * n * r > MAX_SCRYPT_MEMORY or n * r * p > MAX_SCRYPT_WORK:
        raise _damaged("paramètres de dérivation de clé hors des limites admises", path)
    salt, nonce = _base64(header.get("salt"), path), _base64(header.get("nonce"), path)
    if not SALT_BYTES <= len(salt) <= 64 or len(nonce) != NONCE_BYTES or cipher_length < TAG_BYTES:
        raise _damaged("paramètres de chiffrement invalides", path)
    return _EnvelopeHeader(n=n, r=r, p=p, salt=salt, nonce=nonce, length=cipher_length, size=end)


def _positive(value: Any, path: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _damaged("paramètres de chiffrement invalides", path)
    return value


def _base64(value: Any, path: Path) -> bytes:
    if not isinstance(value, str):
        raise _damaged("paramètres de chiffrement invalides", path)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _damaged("paramètres de chiffrement invalides", path) from None


def _envelope(data: bytes, path: Path) -> tuple[_EnvelopeHeader, bytes, bytes]:
    """The header, the associated data and the ciphertext of an encrypted package."""
    header = _envelope_header(data, path)
    ciphertext = data[header.size :]
    if len(ciphertext) < header.length:
        raise _damaged(f"il manque {_count(header.length - len(ciphertext))}", path)
    if len(ciphertext) > header.length:
        raise _damaged(f"{_count(len(ciphertext) - header.length)} en trop à la fin", path)
    return header, data[: header.size], ciphertext


def _manifest_of_zip(archive_file: BinaryIO, path: Path) -> Manifest:
    try:
        with zipfile.ZipFile(archive_file) as archive:
            return _read_manifest(archive, path)
    except _ZIP_ERRORS:
        raise _damaged("archive illisible", path) from None
    except OSError as exc:  # a seek before the start of the file: an archive cut short
        if exc.errno != errno.EINVAL:
            raise
        raise _damaged("archive illisible", path) from None


def _read_manifest(archive: zipfile.ZipFile, path: Path) -> Manifest:
    try:
        info = archive.getinfo(MANIFEST_NAME)
    except KeyError:
        raise _damaged(f"{MANIFEST_NAME} manquant", path) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise _damaged("manifeste démesuré", path)
    try:
        document = json.loads(archive.read(info).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _damaged("manifeste illisible", path) from None
    return Manifest.from_dict(document, path)


def _unzip(body: bytes, path: Path) -> tuple[Manifest, bytes]:
    """The manifest and the session of a package's ZIP, the session checked against the manifest."""
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            manifest = _read_manifest(archive, path)
            try:
                info = archive.getinfo(SESSION_NAME)
            except KeyError:
                raise _damaged(f"{SESSION_NAME} manquant", path) from None
            if info.file_size != manifest.session_size:
                raise BadInput(HASH_MISMATCH, file=path)
            session = archive.read(info)  # bounded by the size checked above; its CRC is checked
    except _ZIP_ERRORS:
        raise _damaged("archive illisible", path) from None
    if len(session) != manifest.session_size or hashlib.sha256(session).hexdigest() != manifest.session_sha256:
        raise BadInput(HASH_MISMATCH, file=path)
    return manifest, session


# -- writing -----------------------------------------------------------------------------------------


def _zip(manifest: Manifest, session: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in (
            (MANIFEST_NAME, json.dumps(manifest.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")),
            (SESSION_NAME, session),
        ):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, content)
    return buffer.getvalue()


def _encrypt(body: bytes, passphrase: bytes) -> bytes:
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = {
        "cipher": "AES-256-GCM",
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "length": len(body) + TAG_BYTES,
    }
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    aad = MAGIC + _ENCRYPTED + _LENGTH.pack(len(header_bytes)) + header_bytes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    key = Scrypt(salt=salt, length=KEY_BYTES, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase)
    return aad + AESGCM(key).encrypt(nonce, body, aad)
