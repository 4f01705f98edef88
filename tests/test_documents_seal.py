"""The seal of final documents: keys, short codes, sealing, and verification of tampered PDFs."""

from __future__ import annotations

import io
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from juryapp.documents.centre_key_acts import create_centre_key
from juryapp.documents.centre_keys import trusted_keys
from juryapp.documents.keys import CentreKey, fingerprint, trust_public_key
from juryapp.documents.seal import (
    CROCKFORD,
    FILE_SIGNATURE_KEY,
    SEAL_KEY,
    SIGNATURE_KEY,
    document_sha256,
    page_hashes,
    parse_qr_text,
    payload_sha256,
    qr_text,
    seal_pdf,
    short_code,
    verify_pdf,
)
from juryapp.errors import BadInput
from juryapp.paths import FONTS

FONT = FONTS / "DejaVuSans.ttf"
TITLE = "Titre professionnel Développeur web et web mobile"
CODE_A = "ABCD-EFGH-JK"
CODE_B = "MNPQ-RSTV-WX"


def make_pdf(*pages: list[str]) -> bytes:
    """A small PDF, one list of lines per page, in DejaVu Sans so accents extract correctly."""
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for lines in pages:
        pdf.setFont("DejaVuSans", 12)
        for number, line in enumerate(lines):
            pdf.drawString(72, 760 - 20 * number, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def lines_for(name: str, birth: str, code: str) -> list[str]:
    return ["PARCHEMIN", name, birth, TITLE, f"Code de vérification : {code}"]


def printed_for(name: str, birth: str) -> dict[str, str]:
    return {"Titulaire": name, "Naissance": birth, "Titre": TITLE}


def seal(pdf: bytes, printed: dict[str, str], code: str, key: CentreKey | None = None, **extra) -> bytes:
    return seal_pdf(
        pdf,
        kind="parchemin",
        session="S-2024-06-DWWM",
        candidate=extra.pop("candidate", "C-001"),
        short_code=code,
        printed=printed,
        key=key or CentreKey.load(),
        issued_at="2024-06-21T10:30:00",
        **extra,
    )


A_NAME, A_BIRTH = "Élodie DURAND", "né(e) le 02/03/1994 à Lyon (69)"
B_NAME, B_BIRTH = "Karim BENALI", "né(e) le 17/11/1990 à Casablanca (Maroc)"


@pytest.fixture
def centre_key(data_dir: Path) -> CentreKey:
    """The centre's key, made on purpose (never silently) in this test's data folder."""
    create_centre_key(reason="clé des tests")
    key = CentreKey.load()
    assert key is not None
    return key


@pytest.fixture
def sealed_a(centre_key: CentreKey) -> bytes:
    return seal(make_pdf(lines_for(A_NAME, A_BIRTH, CODE_A)), printed_for(A_NAME, A_BIRTH), CODE_A)


def with_metadata(pdf: bytes, values: dict[str, str]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata(values)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def assert_refused(pdf: bytes, *expected: str) -> list[str]:
    result = verify_pdf(pdf)
    assert not result.ok, result.verdict
    assert result.verdict.startswith("Document NON authentique : ")
    for text in expected:
        assert any(text in problem for problem in result.problems), (text, result.problems)
    return result.problems


# Keys


def test_centre_key_is_made_on_purpose_private_and_kept(data_dir: Path):
    assert CentreKey.load() is None  # looking never makes one
    assert not (data_dir / "keys").exists()
    create_centre_key(reason="premier poste")
    key = CentreKey.load()
    path = data_dir / "keys" / "centre-ed25519.pem"
    assert key is not None and path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    if sys.platform != "win32":
        assert os.stat(path).st_mode & 0o777 == 0o600
    again = CentreKey.load()
    assert again is not None and again.public_bytes() == key.public_bytes() and len(key.public_bytes()) == 32
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", key.fingerprint)
    key.public_key.verify(key.sign(b"message"), b"message")
    assert not [p.name for p in path.parent.iterdir() if p.name.startswith(".")]  # no temp file left


def test_an_unreadable_centre_key_is_reported_and_never_replaced(data_dir: Path):
    path = data_dir / "keys" / "centre-ed25519.pem"
    path.parent.mkdir()
    path.write_bytes(b"not a key")
    with pytest.raises(BadInput, match="clé du centre illisible"):
        CentreKey.load()
    with pytest.raises(BadInput, match="existe déjà"):
        create_centre_key()
    assert path.read_bytes() == b"not a key"


def test_trusted_keys_hold_the_local_key_and_added_ones(data_dir: Path, tmp_path: Path):
    assert trusted_keys() == {}  # looking does not create the local key
    create_centre_key()
    local = CentreKey.load()
    assert local is not None
    other = CentreKey.generate()
    assert list(trusted_keys()) == [local.fingerprint]
    assert trust_public_key(other.public_pem(), "Centre AFPA de Lyon") == other.fingerprint
    assert trust_public_key(other.public_bytes(), "Centre AFPA de Lyon") == other.fingerprint  # kept once
    (data_dir / "keys" / "trusted" / "broken.pub").write_text("garbage")
    keys = trusted_keys()
    assert set(keys) == {local.fingerprint, other.fingerprint}
    assert keys[other.fingerprint][0] == "Centre AFPA de Lyon"
    assert fingerprint(keys[other.fingerprint][1]) == other.fingerprint
    assert len(list((data_dir / "keys" / "trusted").glob("*.pub"))) == 2


def test_trusting_a_bad_key_is_refused_in_french():
    with pytest.raises(BadInput, match="clé publique illisible"):
        trust_public_key(b"hello", "Centre")
    with pytest.raises(BadInput, match="nom du centre est vide"):
        trust_public_key(CentreKey.generate().public_bytes(), "  ")


# Short codes and QR text


def test_short_code_is_deterministic_unambiguous_and_salted():
    fields = {"Titulaire": A_NAME, "Titre": TITLE}
    code = short_code(fields, "S1|1")
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}", code)
    assert set(code.replace("-", "")) <= set(CROCKFORD) and not set(code) & set("ILOU")
    assert short_code(dict(reversed(fields.items())), "S1|1") == code
    assert short_code(fields, "S1|2") != code
    assert short_code({**fields, "Titulaire": B_NAME}, "S1|1") != code


def test_qr_text_round_trip():
    key = CentreKey.generate()
    text = qr_text(CODE_A, "parchemin", key.fingerprint)
    assert text == f"JURYAPP1:{CODE_A}:parchemin:{key.fingerprint}"
    assert parse_qr_text(text) == (CODE_A, "parchemin", key.fingerprint)
    with pytest.raises(BadInput):
        parse_qr_text("https://example.org")
    with pytest.raises(BadInput):
        qr_text("ILOU-0000-00", "parchemin", key.fingerprint)


# Sealing


def test_sealing_keeps_pages_and_records_the_payload(sealed_a: bytes):
    original = make_pdf(lines_for(A_NAME, A_BIRTH, CODE_A))
    sealed_reader = PdfReader(io.BytesIO(sealed_a))
    assert page_hashes(sealed_reader) == page_hashes(PdfReader(io.BytesIO(original)))
    info = sealed_reader.metadata
    assert info is not None and {SEAL_KEY, SIGNATURE_KEY, FILE_SIGNATURE_KEY} <= set(info)
    payload = json.loads(info[SEAL_KEY])
    assert payload["format"] == "juryapp.seal/1" and payload["printed"]["Titulaire"] == A_NAME
    assert payload["pages"] == page_hashes(sealed_reader)
    assert verify_pdf(sealed_a).payload == payload
    assert len(payload_sha256(payload)) == 64 and len(document_sha256(sealed_a)) == 64


def test_seal_refuses_a_page_that_does_not_say_what_is_printed(centre_key: CentreKey):
    pdf = make_pdf(lines_for(A_NAME, A_BIRTH, CODE_A))
    with pytest.raises(BadInput, match="Titulaire « Karim BENALI »"):
        seal(pdf, printed_for(B_NAME, A_BIRTH), CODE_A)
    with pytest.raises(BadInput, match=CODE_B):
        seal(pdf, printed_for(A_NAME, A_BIRTH), CODE_B)
    with pytest.raises(BadInput, match="mal formé"):
        seal(pdf, printed_for(A_NAME, A_BIRTH), "abcd")
    with pytest.raises(BadInput, match="illisible"):
        seal(b"not a pdf", printed_for(A_NAME, A_BIRTH), CODE_A)


def test_a_sealed_pdf_cannot_be_sealed_again(sealed_a: bytes):
    with pytest.raises(BadInput, match="déjà un sceau"):
        seal(sealed_a, printed_for(A_NAME, A_BIRTH), CODE_A)


# Genuine documents


def test_a_genuine_document_verifies_after_a_trip_to_disk(sealed_a: bytes, tmp_path: Path):
    path = tmp_path / "parchemin.pdf"
    path.write_bytes(sealed_a)
    result = verify_pdf(path.read_bytes())
    assert result.ok and result.problems == [], result.problems
    assert result.verdict.startswith("Document authentique : Parchemin n° ABCD-EFGH-JK")
    assert "21/06/2024" in result.verdict and "DUPLICATA" not in result.verdict
    assert result.signer == "la clé du centre"
    assert f"scellé par la clé du centre (empreinte {centre_key_fingerprint()})" in result.verdict
    assert result.fingerprint == centre_key_fingerprint() and not result.is_duplicate


def centre_key_fingerprint() -> str:
    key = CentreKey.load()
    assert key is not None
    return key.fingerprint


def test_a_duplicate_verifies_and_says_so(centre_key: CentreKey):
    pdf = make_pdf(lines_for(A_NAME, A_BIRTH, CODE_B))
    result = verify_pdf(seal(pdf, printed_for(A_NAME, A_BIRTH), CODE_B, duplicate_of=CODE_A))
    assert result.ok, result.problems
    assert result.is_duplicate and f"DUPLICATA de l'original {CODE_A}" in result.verdict
    numbered = verify_pdf(seal(pdf, printed_for(A_NAME, A_BIRTH), CODE_B, duplicate_of=CODE_A, duplicate_number=2))
    assert numbered.ok and f"le DUPLICATA n° 2 de l'original {CODE_A}" in numbered.verdict
    assert numbered.payload is not None and numbered.payload["duplicate_number"] == 2


def test_a_multi_page_document_without_candidate_verifies(centre_key: CentreKey):
    pdf = make_pdf(["PROCÈS-VERBAL", f"Code de vérification : {CODE_A}"], ["Élodie DURAND : titre attribué"])
    printed = {"Ligne 1": "Élodie DURAND : titre attribué"}
    result = verify_pdf(seal(pdf, printed, CODE_A, candidate=None))
    assert result.ok, result.problems
    assert "candidat" not in result.verdict


def test_printed_values_are_compared_in_nfc(centre_key: CentreKey):
    decomposed = unicodedata.normalize("NFD", A_NAME)
    assert decomposed != A_NAME
    pdf = make_pdf(lines_for(A_NAME, A_BIRTH, CODE_A))
    assert verify_pdf(seal(pdf, printed_for(decomposed, A_BIRTH), CODE_A)).ok


# Tampering: every case is refused


def test_a_name_edited_in_the_page_is_refused(sealed_a: bytes):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(sealed_a)))
    data = writer.pages[0]["/Contents"].get_object().get_data()  # decoded
    assert b"DURAND" in data
    edited = DecodedStreamObject()
    edited.set_data(data.replace(b"DURAND", b"MARTIN"))
    writer.pages[0].replace_contents(edited)
    out = io.BytesIO()
    writer.write(out)
    assert "Élodie MARTIN" in PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert_refused(
        out.getvalue(),
        "le contenu de la page 1 a été modifié",
        "texte absent de la page : Titulaire « Élodie DURAND »",
        "le fichier a été modifié après son émission",
    )


def test_a_flipped_byte_anywhere_is_refused(sealed_a: bytes):
    seal_at = sealed_a.index(SEAL_KEY.encode())
    positions = [len(sealed_a) * n // 23 for n in range(1, 23)]
    positions += [seal_at + 40, sealed_a.index(FILE_SIGNATURE_KEY.encode()) + 30, len(sealed_a) - 30]
    for position in positions:
        tampered = bytearray(sealed_a)
        tampered[position] ^= 0x01
        assert_refused(bytes(tampered))


def test_the_seal_of_one_candidate_copied_onto_another_is_refused(sealed_a: bytes):
    seal_a = PdfReader(io.BytesIO(sealed_a)).metadata
    assert seal_a is not None
    stolen = {k: seal_a[k] for k in (SEAL_KEY, SIGNATURE_KEY, FILE_SIGNATURE_KEY)}
    unsealed_b = make_pdf(lines_for(B_NAME, B_BIRTH, CODE_A))
    sealed_b = seal(make_pdf(lines_for(B_NAME, B_BIRTH, CODE_B)), printed_for(B_NAME, B_BIRTH), CODE_B)
    for target in (unsealed_b, sealed_b):
        assert_refused(
            with_metadata(target, stolen),
            "le fichier a été modifié après son émission",
            "le contenu de la page 1 a été modifié",
            "texte absent de la page : Titulaire « Élodie DURAND »",
        )


def test_a_payload_edited_without_signing_is_refused(sealed_a: bytes):
    payload = json.loads(PdfReader(io.BytesIO(sealed_a)).metadata[SEAL_KEY])
    payload["printed"]["Titulaire"] = "Élodie MARTIN"
    assert_refused(with_metadata(sealed_a, {SEAL_KEY: json.dumps(payload)}), "signature ne correspond pas")
    assert sealed_a.count(b"DURAND") == 1  # in the seal only: the page stream is compressed
    problems = assert_refused(sealed_a.replace(b"DURAND", b"DURANT"), "signature ne correspond pas")
    assert verify_pdf(sealed_a.replace(b"DURAND", b"DURANT")).payload is None, problems


def test_an_untrusted_key_is_refused_until_trusted(tmp_path: Path):
    other = CentreKey.generate()
    pdf = make_pdf(lines_for(A_NAME, A_BIRTH, CODE_A))
    sealed = seal(pdf, printed_for(A_NAME, A_BIRTH), CODE_A, key=other)
    assert_refused(sealed, f"empreinte {other.fingerprint}", "pas une clé de confiance")
    assert verify_pdf(sealed).signer is None
    trust_public_key(other.public_pem(), "Centre AFPA de Lyon")
    result = verify_pdf(sealed)
    assert result.ok and result.signer == "Centre AFPA de Lyon"
    assert "scellé par Centre AFPA de Lyon" in result.verdict


def test_a_forged_key_with_a_trusted_fingerprint_is_refused(centre_key: CentreKey):
    local = centre_key
    other = CentreKey.generate()
    sealed = seal(make_pdf(lines_for(A_NAME, A_BIRTH, CODE_A)), printed_for(A_NAME, A_BIRTH), CODE_A, key=other)
    lookalike = {other.fingerprint: ("ce centre", local.public_key)}  # same label, another key
    result = verify_pdf(sealed, trusted=lookalike)
    assert not result.ok and any("pas une clé de confiance" in p for p in result.problems)


def test_a_pdf_without_seal_is_refused():
    assert_refused(make_pdf(lines_for(A_NAME, A_BIRTH, CODE_A)), "aucun sceau juryapp")


@pytest.mark.parametrize("junk", [b"", b"hello", b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n" + bytes(200)])
def test_something_not_a_pdf_is_refused(junk: bytes):
    assert_refused(junk, "n'est pas un PDF lisible")


def test_a_truncated_or_extended_file_is_refused(sealed_a: bytes):
    for cut in (len(sealed_a) // 3, len(sealed_a) // 2, len(sealed_a) - 200, len(sealed_a) - 1):
        assert_refused(sealed_a[:cut])
    assert_refused(sealed_a + b"\n% appended\n", "le fichier a été modifié")


def test_a_page_removed_or_an_incremental_update_is_refused(centre_key: CentreKey):
    pdf = make_pdf(lines_for(A_NAME, A_BIRTH, CODE_A), ["Annexe : Élodie DURAND"])
    sealed = seal(pdf, printed_for(A_NAME, A_BIRTH), CODE_A)
    assert verify_pdf(sealed).ok
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(sealed)))
    writer.remove_page(1)
    out = io.BytesIO()
    writer.write(out)
    assert_refused(out.getvalue(), "1 page(s) au lieu de 2")
    update = PdfWriter(io.BytesIO(sealed), incremental=True)
    update.add_metadata({"/Title": "Autre titre"})
    out = io.BytesIO()
    update.write(out)
    assert out.getvalue().startswith(sealed) and len(out.getvalue()) > len(sealed)
    assert_refused(out.getvalue(), "le fichier a été modifié")


def test_a_damaged_private_key_does_not_stop_verification(sealed_a: bytes, data_dir: Path):
    # The centre folder keeps the public key: verifying never needs the private one.
    (data_dir / "keys" / "centre-ed25519.pem").write_bytes(b"damaged")
    assert verify_pdf(sealed_a).ok


def test_a_damaged_key_register_makes_verification_refuse_not_crash(sealed_a: bytes, data_dir: Path):
    (data_dir / "keys" / "centre-keys.json").write_text("{damaged", encoding="utf-8")
    assert_refused(sealed_a, "registre des clés du centre illisible", "pas une clé de confiance")


def test_a_damaged_key_made_before_the_register_makes_verification_refuse(sealed_a: bytes, data_dir: Path):
    (data_dir / "keys" / "centre-keys.json").unlink()
    (data_dir / "keys" / "centre-ed25519.pem").write_bytes(b"damaged")
    assert_refused(sealed_a, "clé du centre illisible", "pas une clé de confiance")


@pytest.mark.parametrize("data", [b'{"a": 1}', b"%PDF-1.4\n1 0 obj << >> tronqu", b""])
def test_verifying_a_broken_file_says_it_in_french_only(data: bytes, capfd, caplog, recwarn) -> None:
    """pypdf's English warnings (« invalid pdf header », « EOF marker not found ») are not shown:
    the French verdict already says the file is no readable PDF."""
    import logging

    from juryapp.documents.seal import looks_like_pdf

    caplog.set_level(logging.DEBUG)
    result = verify_pdf(data, trusted={})
    assert not result.ok and "n'est pas un PDF lisible" in result.verdict
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert not [w for w in recwarn if "pypdf" in str(w.filename)]
    out, err = capfd.readouterr()
    assert out == err == ""
    assert logging.getLogger("pypdf").level == logging.NOTSET  # put back as it was
    assert looks_like_pdf(data) == data.startswith(b"%PDF-")


# Sealing as juryapp renders (DocumentSeal): the seal seal_pdf makes, without reading the PDF back


def render_sealed(key: CentreKey, *, printed_extra: dict[str, str] | None = None) -> tuple[bytes, bytes, dict]:
    """(sealed, unsealed, printed): a parchemin rendered with its seal, and the same without."""
    import dataclasses
    import datetime as dt

    from juryapp.documents.data import CcpLine, Holder, Meta, ParcheminData, Seal, Signatory, TitleInfo
    from juryapp.documents.render import printed_fields, render_document
    from juryapp.documents.seal import DocumentSeal

    data = ParcheminData(
        Meta("parchemin", "2026-NTC-042", "C01", False, "Lyon", dt.date(2026, 12, 8)),
        TitleInfo("RNCP39063", "TP-00338", "Négociateur technico-commercial", 5, 5, "312t", "Arrêté du 17 mai 2024"),
        Holder("C01", "Durand", "Élodie", "02/03/1994", "Lyon (69)"),
        (CcpLine("CCP1", "Élaborer une stratégie de prospection", "obtenu", "08/12/2026"),),
        Signatory("DREETS Auvergne-Rhône-Alpes", "Anne Moulin", "Directrice régionale"),
    )
    code = short_code(printed_fields(data), "test|C01")
    seal_of = Seal(code, qr_text(code, "parchemin", key.fingerprint))
    data = dataclasses.replace(data, meta=dataclasses.replace(data.meta, seal=seal_of))
    printed = {**printed_fields(data), **(printed_extra or {})}
    sealer = DocumentSeal(
        kind="parchemin",
        session="2026-NTC-042",
        candidate="C01",
        short_code=code,
        printed=printed,
        key=key,
        issued_at="2026-12-08T18:00:00",
    )
    return render_document(data, sealer=sealer), render_document(data), printed


def test_a_document_sealed_as_it_is_rendered_verifies_and_holds_its_pages(centre_key: CentreKey):
    sealed, unsealed, printed = render_sealed(centre_key)
    result = verify_pdf(sealed)
    assert result.ok, result.problems
    assert result.payload["printed"] == printed and result.payload["candidate"] == "C01"
    # The page streams it signed are those a reader decodes, and those of the same page unsealed.
    hashes = page_hashes(PdfReader(io.BytesIO(sealed)))
    assert result.payload["pages"] == hashes == page_hashes(PdfReader(io.BytesIO(unsealed)))
    assert sealed.count(FILE_SIGNATURE_KEY.encode()) == 1 and not verify_pdf(unsealed).ok


def test_a_document_sealed_as_it_is_rendered_refuses_tampering(centre_key: CentreKey):
    sealed, _unsealed, _printed = render_sealed(centre_key)
    for position in [len(sealed) * n // 17 for n in range(1, 17)] + [sealed.index(SEAL_KEY.encode()) + 60]:
        tampered = bytearray(sealed)
        tampered[position] ^= 0x01
        assert_refused(bytes(tampered))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(sealed)))
    data = writer.pages[0]["/Contents"].get_object().get_data()
    assert b"DURAND" in data
    edited = DecodedStreamObject()
    edited.set_data(data.replace(b"DURAND", b"MARTIN"))
    writer.pages[0].replace_contents(edited)
    out = io.BytesIO()
    writer.write(out)
    assert_refused(out.getvalue(), "le contenu de la page 1 a été modifié", "le fichier a été modifié")
    update = PdfWriter(io.BytesIO(sealed), incremental=True)
    update.add_metadata({"/Title": "Autre titre"})
    out = io.BytesIO()
    update.write(out)
    assert_refused(out.getvalue(), "le fichier a été modifié")


def test_a_value_not_drawn_is_never_sealed(centre_key: CentreKey):
    with pytest.raises(BadInput, match="texte absent de la page : Titulaire bis « Élodie MARTIN »"):
        render_sealed(centre_key, printed_extra={"Titulaire bis": "Élodie MARTIN"})
