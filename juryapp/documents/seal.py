"""The seal of a final document: a signed record of what it says, stored in the PDF itself.

Issuing a document: compute `short_code(...)` and `qr_text(...)` first, render the PDF with both
printed on it, then `seal_pdf(...)` as the very last step (the seal covers every byte of the
file) and record `document_sha256(sealed)` and the payload in the session file. A document that
juryapp renders itself is sealed as it is rendered instead (`DocumentSeal`, given to
`render.render_document`): the same seal, made from the page streams and the strings the
renderer has just drawn, without reading the PDF back.

Where the seal lives: three custom keys of the PDF document information dictionary —
`/JuryappSeal` (the payload as JSON text), `/JuryappSignature` (base64 Ed25519 signature of the
payload's canonical JSON) and `/JuryappFileSignature` (hex Ed25519 signature of the SHA-256 of
the whole file, that hex string itself blanked with « 0 », the way PDF signatures use a
/ByteRange). The pages are left untouched.

`verify_pdf` checks the two signatures, that the signing key is trusted (the centre's current or
retired keys, other centres' trusted keys: see `centre_keys.trusted_keys`; the caller may add a
session register's keys), that the pages are the ones sealed and that every printed value and the
short code are in the page text.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import hashlib
import io
import json
import logging
import re
import unicodedata
import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from juryapp.documents.centre_keys import trusted_keys
from juryapp.documents.data import KIND_LABELS
from juryapp.documents.keys import CentreKey, fingerprint, raw_public_bytes
from juryapp.errors import BadInput

if TYPE_CHECKING:  # pypdf is imported when a PDF is read (verifying, sealing a given PDF)
    from pypdf import PdfReader

__all__ = [
    "CentreKey",
    "DocumentSeal",
    "Verification",
    "canonical_json",
    "document_sha256",
    "looks_like_pdf",
    "parse_qr_text",
    "payload_sha256",
    "qr_text",
    "seal_pdf",
    "short_code",
    "verify_pdf",
]

FORMAT = "juryapp.seal/1"
SEAL_KEY = "/JuryappSeal"
SIGNATURE_KEY = "/JuryappSignature"
FILE_SIGNATURE_KEY = "/JuryappFileSignature"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # base32 without I, L, O, U
SHORT_CODE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}")
QR_PREFIX = "JURYAPP1"
_FILE_SIGNATURE = re.compile(rb"/JuryappFileSignature\s*\(([0-9A-Fa-f]{128})\)")
_FILE_DOMAIN = b"juryapp.seal/1 file\n"  # a payload signature can never pass for a file one


def canonical_json(value: Any) -> bytes:
    """The one byte form that is signed and hashed: sorted keys, UTF-8, no spaces."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def short_code(fields: Mapping[str, str], salt: str) -> str:
    """A deterministic « XXXX-XXXX-XX » code (50 bits, Crockford base32) for `fields` and `salt`."""
    digest = hashlib.sha256(canonical_json({"fields": dict(fields), "salt": salt})).digest()
    number = int.from_bytes(digest[:8], "big") >> 14  # the first 50 bits
    chars = "".join(CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(10)))
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def qr_text(short_code: str, kind: str, fingerprint: str) -> str:
    """The text of the QR code: `JURYAPP1:{short_code}:{kind}:{fingerprint}`."""
    if ":" in kind or ":" in fingerprint or not SHORT_CODE.fullmatch(short_code):
        raise BadInput("code de vérification, type ou empreinte invalide pour le QR code")
    return f"{QR_PREFIX}:{short_code}:{kind}:{fingerprint}"


def parse_qr_text(text: str) -> tuple[str, str, str]:
    """`(short_code, kind, fingerprint)` read back from a QR text; BadInput if it is not ours."""
    parts = text.strip().split(":")
    if len(parts) != 4 or parts[0] != QR_PREFIX or not SHORT_CODE.fullmatch(parts[1]):
        raise BadInput("ce QR code n'a pas été produit par juryapp")
    return parts[1], parts[2], parts[3]


def document_sha256(pdf: bytes) -> str:
    """The hex SHA-256 of a document's bytes, as recorded in the session file."""
    return hashlib.sha256(pdf).hexdigest()


def payload_sha256(payload: Mapping[str, Any]) -> str:
    """The hex SHA-256 of a payload's canonical JSON."""
    return hashlib.sha256(canonical_json(dict(payload))).hexdigest()


def page_hashes(reader: PdfReader) -> list[str]:
    """The hex SHA-256 of each page's decoded content stream(s), joined by a newline, in order."""
    from pypdf.generic import ArrayObject

    hashes = []
    for page in reader.pages:
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        if contents is None:
            data = b""
        elif isinstance(contents, ArrayObject):
            data = b"\n".join(part.get_object().get_data() for part in contents)
        else:
            data = contents.get_data()
        hashes.append(hashlib.sha256(data).hexdigest())
    return hashes


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def missing_text(reader: PdfReader, printed: Mapping[str, str], code: str) -> list[str]:
    """A French problem for each printed value, and for the short code, absent from the pages."""
    return _missing("\n".join(page.extract_text() or "" for page in reader.pages), printed, code)


def _missing(page_text: str, printed: Mapping[str, str], code: str) -> list[str]:
    text = _normalised(page_text)
    compact = "".join(text.split())
    problems: list[str] = []
    for name, value in printed.items():
        wanted = _normalised(value)
        if wanted not in text and "".join(wanted.split()) not in compact:
            problems.append(f"texte absent de la page : {name} « {value} »")
    if code not in text:
        problems.append(f"le code de vérification {code} n'apparaît pas sur le document")
    return problems


def _blanked(pdf: bytes, match: re.Match[bytes]) -> bytes:
    start, end = match.span(1)
    return pdf[:start] + b"0" * (end - start) + pdf[end:]


def _file_message(pdf_blanked: bytes) -> bytes:
    return _FILE_DOMAIN + hashlib.sha256(pdf_blanked).digest()


def seal_pdf(
    pdf: bytes,
    *,
    kind: str,
    session: str,
    candidate: str | None,
    short_code: str,
    printed: Mapping[str, str],
    key: CentreKey,
    issued_at: str,
    duplicate_of: str | None = None,
    duplicate_number: int = 0,
) -> bytes:
    """The PDF with its seal added and its pages unchanged; sealing must be the last change.

    `printed` maps a label to a value exactly as printed (e.g. {"Titulaire": "Élodie DURAND"}).
    A duplicata names its original's short code (`duplicate_of`) and its number (1, 2…).
    Raises BadInput when the PDF is unreadable, already sealed, the short code is malformed,
    or a printed value or the short code is not in the page text.
    """
    from pypdf import PdfReader, PdfWriter

    document = DocumentSeal(
        kind=kind,
        session=session,
        candidate=candidate,
        short_code=short_code,
        printed=printed,
        key=key,
        issued_at=issued_at,
        duplicate_of=duplicate_of,
        duplicate_number=duplicate_number,
    )
    try:
        reader = PdfReader(io.BytesIO(pdf))
        info: Mapping[str, Any] = reader.metadata or {}
        hashes = page_hashes(reader)
        missing = missing_text(reader, printed, short_code)
    except Exception as error:  # pypdf raises many types for a broken file
        raise BadInput(f"PDF à sceller illisible ({error})") from error
    if SEAL_KEY in info or _FILE_SIGNATURE.search(pdf):
        raise BadInput("ce PDF porte déjà un sceau juryapp")
    writer = PdfWriter(clone_from=reader)
    writer.add_metadata(document.seal_entries(hashes, missing))
    out = io.BytesIO()
    writer.write(out)
    return document.sign(out.getvalue())


@dataclass(frozen=True)
class DocumentSeal:
    """The seal of one document, made as juryapp renders it (`render.render_document(data,
    sealer=…)`): the renderer hands over each page's decoded content stream and every string it
    drew (`entries`), writes the returned entries into the PDF's information dictionary, then
    `sign` fills in the file signature. The seal is the one `seal_pdf` makes from a finished PDF
    and `verify_pdf` checks: the printed values are checked against the strings drawn (each
    drawn whole on one line, as `printed_fields` promises) rather than against the text a PDF
    reader extracts from the saved file.
    """

    kind: str
    session: str
    candidate: str | None
    short_code: str
    printed: Mapping[str, str]
    key: CentreKey
    issued_at: str
    duplicate_of: str | None = None
    duplicate_number: int = 0

    def entries(self, pages: Sequence[bytes], drawn: Sequence[str]) -> dict[str, str]:
        """The information entries of the seal, given each page's decoded content stream and the
        strings drawn; BadInput when a printed value or the short code was not drawn."""
        hashes = [hashlib.sha256(page).hexdigest() for page in pages]
        return self.seal_entries(hashes, _missing("\n".join(drawn), self.printed, self.short_code))

    def seal_entries(self, hashes: list[str], missing: list[str]) -> dict[str, str]:
        """The information entries for pages of these `hashes`, once the printed values were
        looked for on them (`missing`: what was not found)."""
        if not SHORT_CODE.fullmatch(self.short_code):
            raise BadInput(f"code de vérification mal formé : {self.short_code}", field="short_code")
        if missing:
            raise BadInput("document à sceller incohérent : " + " ; ".join(missing))
        payload: dict[str, Any] = {
            "format": FORMAT,
            "kind": self.kind,
            "session": self.session,
            "candidate": self.candidate,
            "short_code": self.short_code,
            "issued_at": self.issued_at,
            "duplicate_of": self.duplicate_of,
            "printed": dict(self.printed),
            "pages": hashes,
            "public_key": base64.b64encode(self.key.public_bytes()).decode("ascii"),
        }
        if self.duplicate_of and self.duplicate_number:
            payload["duplicate_number"] = self.duplicate_number
        return {
            SEAL_KEY: json.dumps(payload, sort_keys=True, ensure_ascii=True),
            SIGNATURE_KEY: base64.b64encode(self.key.sign(canonical_json(payload))).decode("ascii"),
            FILE_SIGNATURE_KEY: "0" * 128,
        }

    def sign(self, pdf: bytes) -> bytes:
        """`pdf`, written with the entries of this seal, with its file signature filled in."""
        matches = list(_FILE_SIGNATURE.finditer(pdf))
        if len(matches) != 1 or pdf.count(FILE_SIGNATURE_KEY.encode()) != 1:
            raise RuntimeError("the file signature placeholder was not written exactly once")
        signature = self.key.sign(_file_message(pdf)).hex().encode("ascii")
        start, end = matches[0].span(1)
        return pdf[:start] + signature + pdf[end:]


@dataclass(frozen=True, slots=True)
class Verification:
    """The answer of `verify_pdf`.

    `ok` only when there is no problem. `verdict` is one French sentence for the user;
    `problems` the French reasons it is not authentic. `payload` is the seal's data when its
    signature is valid (even if the key is not trusted or the file was altered: check `ok`
    before relying on it), else None. `signer` says which trusted key sealed it (« la clé du
    centre », « une ancienne clé du centre, en usage du … au … », another centre's name…), else None.
    """

    ok: bool
    verdict: str
    problems: list[str] = field(default_factory=list)
    payload: dict[str, Any] | None = None
    signer: str | None = None
    fingerprint: str | None = None

    @property
    def is_duplicate(self) -> bool:
        return bool(self.payload and self.payload.get("duplicate_of"))


_PAYLOAD_TYPES: dict[str, tuple[type, ...]] = {
    "format": (str,),
    "kind": (str,),
    "session": (str,),
    "candidate": (str, type(None)),
    "short_code": (str,),
    "issued_at": (str,),
    "duplicate_of": (str, type(None)),
    "printed": (dict,),
    "pages": (list,),
    "public_key": (str,),
}


def _read_payload(text: object) -> dict[str, Any] | None:
    """The payload stored in the PDF when it is well formed, else None."""
    try:
        payload = json.loads(str(text))
    except ValueError:
        return None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        return None
    for name, types in _PAYLOAD_TYPES.items():
        if not isinstance(payload.get(name, ...), types):
            return None
    values = [*payload["printed"].keys(), *payload["printed"].values(), *payload["pages"]]
    return payload if all(isinstance(value, str) for value in values) else None


def _date_text(issued_at: str) -> str:
    try:
        return dt.datetime.fromisoformat(issued_at).strftime("%d/%m/%Y")
    except ValueError:
        return issued_at


def _authentic_verdict(payload: Mapping[str, Any], signer: str, print_: str) -> str:
    label = KIND_LABELS.get(payload["kind"], payload["kind"])
    who = f", candidat {payload['candidate']}" if payload["candidate"] else ""
    sentence = (
        f"Document authentique : {label} n° {payload['short_code']}{who}, session "
        f"{payload['session']}, émis le {_date_text(payload['issued_at'])} et scellé par {signer} "
        f"(empreinte {print_})"
    )
    if payload["duplicate_of"]:
        number = payload.get("duplicate_number")
        which = f"le DUPLICATA n° {number}" if isinstance(number, int) and number > 0 else "un DUPLICATA"
        sentence += f" ; c'est {which} de l'original {payload['duplicate_of']}"
    return sentence + "."


def _refused(problems: list[str], **found: Any) -> Verification:
    more = len(problems) - 1
    tail = f" (et {more} autre{'s' if more > 1 else ''} problème{'s' if more > 1 else ''})" if more else ""
    return Verification(False, f"Document NON authentique : {problems[0]}{tail}.", problems, **found)


def _signature_ok(public_key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    try:
        public_key.verify(signature, message)
    except InvalidSignature:
        return False
    return True


def _check(pdf: bytes, trusted: Mapping[str, tuple[str, Ed25519PublicKey]] | None) -> Verification:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(pdf))
        info: Mapping[str, Any] = reader.metadata or {}
        page_count = len(reader.pages)
    except Exception:  # pypdf raises many types for a broken file
        return _refused(["le fichier n'est pas un PDF lisible (abîmé, tronqué ou d'un autre type)"])
    if SEAL_KEY not in info:
        return _refused(["aucun sceau juryapp : ce document n'a pas été scellé par juryapp"])
    unreadable = _refused(["le sceau juryapp est illisible ou incomplet"])
    payload = _read_payload(info[SEAL_KEY])
    if payload is None:
        return unreadable
    try:
        raw_key = base64.b64decode(payload["public_key"], validate=True)
        public_key = Ed25519PublicKey.from_public_bytes(raw_key)
        signature = base64.b64decode(str(info.get(SIGNATURE_KEY, "")), validate=True)
    except (ValueError, binascii.Error):
        return unreadable
    print_ = fingerprint(raw_key)
    if not _signature_ok(public_key, signature, canonical_json(payload)):
        return _refused(
            ["la signature ne correspond pas aux données du sceau : elles ont été modifiées"],
            fingerprint=print_,
        )
    problems: list[str] = []
    try:
        known = trusted_keys() if trusted is None else trusted
    except BadInput as error:  # the local key file is damaged: it cannot vouch for anything
        known = {}
        problems.append(error.message)
    signer = known[print_][0] if print_ in known else None
    if signer is None or raw_public_bytes(known[print_][1]) != raw_key:
        signer = None
        problems.append(f"la clé qui a signé (empreinte {print_}) n'est pas une clé de confiance")
    matches = list(_FILE_SIGNATURE.finditer(pdf))
    if pdf.count(FILE_SIGNATURE_KEY.encode()) > 1:
        problems.append("le fichier a été modifié après son émission (une mise à jour y a été ajoutée)")
    elif len(matches) != 1:
        problems.append("la signature du fichier est absente ou abîmée")
    elif not _signature_ok(
        public_key, bytes.fromhex(matches[0].group(1).decode()), _file_message(_blanked(pdf, matches[0]))
    ):
        problems.append("le fichier a été modifié après son émission (il ne correspond plus à sa signature)")
    sealed_pages: list[str] = payload["pages"]
    if page_count != len(sealed_pages):
        problems.append(f"le document a {page_count} page(s) au lieu de {len(sealed_pages)}")
    try:
        for number, (now, then) in enumerate(zip(page_hashes(reader), sealed_pages, strict=False), 1):
            if now != then:
                problems.append(f"le contenu de la page {number} a été modifié")
        problems += missing_text(reader, payload["printed"], payload["short_code"])
    except Exception:  # a damaged page stream
        problems.append("le contenu des pages est illisible")
    if problems:
        return _refused(problems, payload=payload, signer=signer, fingerprint=print_)
    assert signer is not None
    return Verification(True, _authentic_verdict(payload, signer, print_), [], payload, signer, print_)


def looks_like_pdf(data: bytes) -> bool:
    """Whether `data` is a PDF at all: its header « %PDF- » within the first kilobyte (as readers
    accept it). A PDF that is damaged or altered still is one; a JSON file or a folder is not."""
    return b"%PDF-" in data[:1024]


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """No English warnings from pypdf (« invalid pdf header », « EOF marker not found »…) while a
    document is checked: the French verdict says what is wrong."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def verify_pdf(pdf: bytes, *, trusted: Mapping[str, tuple[str, Ed25519PublicKey]] | None = None) -> Verification:
    """Whether `pdf` is a genuine, unaltered document sealed by a trusted key; never raises.

    `trusted` defaults to `centre_keys.trusted_keys()` (the centre's current and retired keys,
    and the other centres' keys it trusts).
    """
    try:
        with _quiet_pypdf():
            return _check(pdf, trusted)
    except Exception as error:  # the promise is an answer for any file, even a hostile one
        return _refused([f"vérification impossible ({type(error).__name__})"])
