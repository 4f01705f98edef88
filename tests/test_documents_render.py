"""The PDF renderers: every printed field is in the extracted text, drafts carry the watermark,
final documents never hedge, long tables paginate, templates move, every font is embedded (no
base-14 font in any PDF), the parchemin looks as recorded (reference PNG in tests/data,
regenerated with JURYAPP_UPDATE_REFERENCES=1)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import os
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader

from juryapp.documents.data import (
    DRAFT_WATERMARK,
    CcpLine,
    ConvocationData,
    EmargementData,
    EmargementDay,
    EmargementRow,
    FicheResultatsData,
    FicheSyntheseData,
    Holder,
    LivretData,
    Meta,
    ParcheminData,
    PvData,
    PvRow,
    Seal,
    Signatory,
    Slot,
    TitleInfo,
)
from juryapp.documents.render import (
    load_template,
    printed_fields,
    render_calibration,
    render_combined,
    render_document,
)
from juryapp.errors import BadInput

DATA = Path(__file__).parent / "data"
REFERENCE = DATA / "parchemin_reference.png"

NTC = TitleInfo(
    "RNCP39063",
    "TP-00338",
    "Négociateur technico-commercial",
    5,
    5,
    "312t",
    "Arrêté du 17 mai 2024 (JO du 25 mai 2024)",
)
LYON = Holder("C001", "Martin", "Jeanne", "02/03/1994", "Lyon (69)")
CASA = Holder("C002", "El Idrissi", "Youssef", "11/09/1988", "Casablanca (Maroc)", usage_name="Roux")
SIGNATORY = Signatory(
    "DREETS Auvergne-Rhône-Alpes",
    "Claire DUBOIS",
    "Directrice régionale de l'économie, de l'emploi, du travail et des solidarités",
)
CCP1 = "Élaborer une stratégie de prospection et la mettre en œuvre"
CCP2 = "Négocier une solution technique et commerciale et consolider l'expérience client"
SEAL = Seal("K7QF-3M9P-2X", "https://verification.example/K7QF3M9P2X")
DUPLICATE = Seal(
    "Z9Y8-X7W6-V5",
    "https://verification.example/Z9Y8X7W6V5",
    duplicate_of="K7QF-3M9P-2X",
    duplicate_of_date="01/07/2025",
    duplicate_number=1,
    reprinted_on="15/09/2025",
)
SESSION = "S-2025-NTC-06"
DATES = "du 23 au 27 juin 2025"
FORBIDDEN = ("sous réserve", "en cours", "non vérifi", "né(e)")
BASE_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def meta(kind: str, *, draft: bool = False, seal: Seal | None = None, candidate: str | None = "Jeanne MARTIN") -> Meta:
    return Meta(kind, SESSION, candidate, draft, "Lyon", dt.date(2025, 7, 1), seal)


def undated(data):
    """A document of a session not signed off yet (pre-session documents have no date either)."""
    return dataclasses.replace(data, meta=dataclasses.replace(data.meta, issued_on=None, seal=None, draft=True))


def parchemin(holder: Holder = LYON, **kw) -> ParcheminData:
    return ParcheminData(
        meta("parchemin", seal=SEAL, **kw),
        NTC,
        holder,
        (CcpLine("CCP1", CCP1, "acquis"), CcpLine("CCP2", CCP2, "acquis")),
        SIGNATORY,
        session_dates=DATES,
    )


def ccs_parchemin() -> ParcheminData:
    return dataclasses.replace(parchemin(CASA), ccs_name="Négociation de grands comptes", ccps=())


def livret(holder: Holder = CASA, **kw) -> LivretData:
    return LivretData(
        meta("livret", seal=SEAL, candidate=holder.full_name, **kw),
        NTC,
        holder,
        (
            CcpLine("CCP1", CCP1, "obtenu", "17/11/2023", "S-2023-11", origin="CCP1 de RNCP34079"),
            CcpLine("CCP2", CCP2, "obtenu", "27/06/2025", SESSION),
        ),
        (CcpLine("CCP3", "Piloter un portefeuille de grands comptes", "à obtenir"),),
        "31/08/2030",
        SIGNATORY,
    )


def fiche(**kw) -> FicheResultatsData:
    return FicheResultatsData(
        meta("fiche_resultats", **kw),
        NTC,
        CASA,
        "Formation continue",
        "Présence",
        DATES,
        (
            CcpLine("CCP1", CCP1, "acquis", justification="Compétences démontrées en MSP."),
            CcpLine("CCP2", CCP2, "non acquis", justification="Négociation incomplète : objections non traitées."),
        ),
        "Décision sur le titre",
        "Titre non attribué",
        "Le CCP2 n'est pas acquis : la négociation n'a pas abouti.",
        "Entretien final mené le 27/06/2025.",
        ("Paul LEROY", "Amina BENALI"),
        (),
        "Livret de certification",
        "Fiche arrêtée le 1er juillet 2025, date de signature du procès-verbal de la session.",
    )


def convocation(**kw) -> ConvocationData:
    return ConvocationData(
        meta("convocation", **kw),
        NTC,
        LYON,
        "Centre AFPA Lyon-Vénissieux",
        "12 rue des Métiers, 69200 Vénissieux",
        DATES,
        "Session titre",
        (CcpLine("CCP1", CCP1), CcpLine("CCP2", CCP2)),
        (
            Slot("Mise en situation professionnelle", "lundi 23 juin 2025", "8 h 30 – 12 h 00", "Salle 2", "3 h 30"),
            Slot("Entretien technique", "lundi 23 juin 2025", "14 h 00 – 14 h 45", "Salle 3", "45 min"),
            Slot("Entretien final", "mardi 24 juin 2025", "9 h 00 – 9 h 20", "Salle 3", "20 min"),
        ),
        ("Présentez-vous 30 minutes avant le début des épreuves.", "Apportez votre dossier professionnel."),
    )


def pv_rows(count: int) -> tuple[PvRow, ...]:
    return tuple(
        PvRow(
            f"C{i:03d}",
            f"Prénom{i} NOM{i}",
            "ROUX" if i % 7 == 0 else "",
            "Formation",
            "Présence",
            ("CCP1 : acquis", "CCP2 : acquis"),
            "Titre attribué",
            "Parchemin",
            ("Déport : Paul LEROY",) if i % 5 == 0 else (),
        )
        for i in range(1, count + 1)
    )


def pv(count: int = 3, **kw) -> PvData:
    return PvData(
        meta("pv", candidate=None, **kw),
        NTC,
        "Centre AFPA Lyon-Vénissieux",
        "12 rue des Métiers, 69200 Vénissieux",
        "Session titre",
        DATES,
        (
            ("Paul LEROY", "habilitation valable jusqu'au 31/12/2026"),
            ("Amina BENALI", "habilitation valable jusqu'au 30/06/2027"),
        ),
        pv_rows(count),
        (),
        "1er juillet 2025",
        ("Paul LEROY", "Amina BENALI"),
        {"Candidats inscrits": count, "Parchemins": count},
        ("Référentiel RNCP39063 : confirmé sur le texte officiel par Paul LEROY (référence : « JO du 25 mai 2024 »)",),
    )


def emargement(count: int = 3, **kw) -> EmargementData:
    def rows(day: str) -> tuple[EmargementRow, ...]:
        return tuple(
            EmargementRow(
                f"C{i:03d}",
                f"NOM{i}",
                "ROUX" if i % 7 == 0 else "",
                f"Prénom{i}",
                "01/01/1990",
                (f"8 h 30 – 12 h 00 · Mise en situation professionnelle · Salle {day}",),
            )
            for i in range(1, count + 1)
        )

    return EmargementData(
        meta("emargement", candidate=None, **kw),
        NTC,
        "Centre AFPA Lyon-Vénissieux",
        "12 rue des Métiers, 69200 Vénissieux",
        DATES,
        (EmargementDay("lundi 23 juin 2025", rows("A")), EmargementDay("mardi 24 juin 2025", rows("B"))),
        ("Paul LEROY", "Amina BENALI"),
    )


def synthese(**kw) -> FicheSyntheseData:
    return FicheSyntheseData(
        meta("fiche_synthese", candidate=None, **kw),
        NTC,
        "Centre AFPA Lyon-Vénissieux",
        DATES,
        (("Candidats inscrits", 3), ("Présence", 3)),
        (("Formation", 2, 1, 1), ("VAE", 1, 1, 0)),
        pv_rows(3),
        "Établie d'après le procès-verbal arrêté et signé le 1er juillet 2025.",
    )


BUILDERS = {
    "parchemin": parchemin,
    "livret": livret,
    "fiche_resultats": fiche,
    "convocation": convocation,
    "pv": pv,
    "emargement": emargement,
    "fiche_synthese": synthese,
}


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def flat(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def final(kind: str):
    data = BUILDERS[kind]()
    return dataclasses.replace(data, meta=dataclasses.replace(data.meta, draft=False))


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_every_printed_field_is_in_the_text(kind: str) -> None:
    data = final(kind)
    text = flat(render_document(data))
    fields = printed_fields(data)
    assert fields
    missing = {k: v for k, v in fields.items() if " ".join(v.split()) not in text}
    assert not missing, missing


@pytest.mark.parametrize("holder", [LYON, CASA])
def test_parchemin_states_what_france_competences_requires(holder: Holder) -> None:
    data = parchemin(holder)
    text = flat(render_document(data))
    for needed in (
        holder.full_name,
        f"Nom de naissance : {holder.last_name.upper()}",
        f"Prénom(s) : {holder.first_name}",
        f"Date et lieu de naissance : {holder.birth_date} à {holder.birth_place}",
        "est délivré par le ministère chargé de l'emploi à",
        "Pour le ministre chargé de l'emploi et par délégation,",
        "DREETS Auvergne-Rhône-Alpes",
        "Négociateur technico-commercial",
        "Enregistré au RNCP sous le n° RNCP39063 — Arrêté du 17 mai 2024 (JO du 25 mai 2024)",
        "Niveau 5 du cadre national",
        "niveau 5 du cadre européen",
        "312t",
        "Fait à Lyon, le 1er juillet 2025",
        "Claire DUBOIS",
        "Directrice régionale de l'économie",
        "Code de vérification : K7QF-3M9P-2X",
        "RÉPUBLIQUE FRANÇAISE",
    ):
        assert needed in text, needed
    assert ("Nom d'usage : ROUX" in text) == bool(holder.usage_name)
    assert "DUPLICATA" not in text
    assert "né(e)" not in text.lower()
    assert text.count("RNCP sous le n°") == 1


def test_the_rncp_registration_alone_when_no_arrete_is_known() -> None:
    bare = dataclasses.replace(NTC, arrete="")
    for data in (dataclasses.replace(parchemin(), title=bare), dataclasses.replace(livret(), title=bare)):
        text = flat(render_document(data))
        assert "Enregistré au RNCP sous le n° RNCP39063" in text
        assert text.count("RNCP sous le n°") == 1 and "Arrêté" not in text


def test_signature_block_names_the_delegation_and_the_issuer_on_two_lines() -> None:
    fields = printed_fields(parchemin())
    assert fields["Délégation (1/2)"] == "Pour le ministre chargé de l'emploi et par délégation,"
    assert fields["Délégation (2/2)"] == "DREETS Auvergne-Rhône-Alpes"


def test_an_undated_draft_leaves_the_date_to_fill() -> None:
    for data in (undated(parchemin()), undated(livret())):
        text = flat(render_document(data))
        assert "Fait à Lyon, le [date de signature du procès-verbal]" in text
        assert DRAFT_WATERMARK in text


def test_draft_caveats_are_printed_on_drafts_only() -> None:
    caveat = ("à confirmer à la signature : arrêté du 17 mai 2024 (JO du 25 mai 2024) non vérifié",)
    for build in (parchemin, livret, pv, fiche):
        data = build()
        draft = dataclasses.replace(data, meta=dataclasses.replace(data.meta, draft=True, seal=None, caveats=caveat))
        text = flat(render_document(draft))
        assert "Projet — à confirmer à la signature : arrêté du 17 mai 2024 (JO du 25 mai 2024) non vérifié." in text
        final_ = dataclasses.replace(data, meta=dataclasses.replace(data.meta, draft=False, caveats=caveat))
        assert "non vérifi" not in flat(render_document(final_))


def test_ccs_parchemin_names_the_ccs_and_its_title() -> None:
    text = flat(render_document(ccs_parchemin()))
    assert "Négociation de grands comptes" in text
    assert "CERTIFICAT COMPLÉMENTAIRE DE SPÉCIALISATION" in text
    assert "du titre professionnel Négociateur technico-commercial" in text


def test_livret_certifies_its_blocs_only_and_gives_the_deadline() -> None:
    text = flat(render_document(livret()))
    assert "Livret délivré par le ministère chargé de l'emploi à" in text
    assert "certifie uniquement les blocs de compétences" in text
    assert "CCP1 de RNCP34079, obtenu le 17/11/2023 — session S-2023-11" in text
    assert "Obtenu le 27/06/2025 — session S-2025-NTC-06" in text
    assert "restant à obtenir" in text and "CCP3" in text
    assert "Date limite d'obtention du titre : 31/08/2030" in text
    assert "Nom d'usage : ROUX" in text and "Date et lieu de naissance : 11/09/1988 à Casablanca (Maroc)" in text


def test_long_names_and_many_ccps_still_print_every_field() -> None:
    long_title = dataclasses.replace(
        NTC, name="Technicien supérieur en méthodes et exploitation logistique des entrepôts et plateformes"
    )
    holder = Holder("C9", "de La Rochefoucauld", "Marie-Charlotte", "01/01/1990", "Saint-Martin-d'Uriage (38)")
    many = tuple(
        CcpLine(f"CCP{i}", CCP2, "obtenu", "27/06/2025", SESSION, origin=f"CCP{i} de RNCP34079") for i in range(1, 6)
    )
    documents = [
        dataclasses.replace(parchemin(), title=long_title, holder=holder),
        dataclasses.replace(ccs_parchemin(), title=long_title, ccs_name="Pilotage " + long_title.name),
        dataclasses.replace(livret(), title=long_title, holder=holder, obtained=many, missing=many[:2]),
    ]
    for data in documents:
        text = flat(render_document(data))
        fields = printed_fields(data)
        assert any("(1/2)" in label for label in fields), "the long name should wrap on two lines"
        assert all(v in text for v in fields.values()), [v for v in fields.values() if v not in text]


def test_duplicate_is_marked() -> None:
    data = dataclasses.replace(parchemin(), meta=meta("parchemin", seal=DUPLICATE))
    text = flat(render_document(data))
    assert "DUPLICATA n° 1 de l'original n° K7QF-3M9P-2X du 01/07/2025 — Duplicata délivré le 15/09/2025" in text
    assert "Code de vérification : Z9Y8-X7W6-V5" in text
    assert "Fait à Lyon, le 1er juillet 2025" in text  # the original's date, not the reprint's


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_watermark_only_on_drafts_and_final_documents_do_not_hedge(kind: str) -> None:
    final_text = flat(render_document(final(kind))).lower()
    assert DRAFT_WATERMARK.lower() not in final_text
    for phrase in FORBIDDEN:
        assert phrase not in final_text, phrase
    data = final(kind)
    draft = dataclasses.replace(data, meta=dataclasses.replace(data.meta, draft=True, seal=None))
    assert all(DRAFT_WATERMARK in t for t in page_texts(render_document(draft)))


def test_long_tables_paginate_with_repeated_headers_and_page_numbers() -> None:
    for data, row in ((pv(150), r"\bPrénom{i} NOM{i}\b"), (emargement(150), r"\bNOM{i}\b.*?\bPrénom{i}\b")):
        pages = page_texts(render_document(data))
        assert len(pages) >= 3
        for number, text in enumerate(pages, start=1):
            assert f"page {number}/{len(pages)}" in text
            if re.search(r"NOM\d+", text):  # a page of the table repeats its header
                assert re.search(r"N° Réf\. Nom de naissance", text), text[:300]
            assert "Session S-2025-NTC-06" in text
        everything = " ".join(pages)
        assert all(re.search(row.format(i=i), everything) for i in range(1, 151))


def _font_problems(pdf: bytes) -> list[str]:
    """Every font a page (or a form it draws) uses that is not embedded, or is a base-14 font."""
    problems: list[str] = []
    seen: set[int] = set()

    def visit_resources(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            name = str(font.get("/BaseFont", "?"))
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            if not embedded or any(base in name for base in BASE_14):
                problems.append(name)
        for xobject in (resources.get("/XObject") or {}).values():
            ref = getattr(xobject, "idnum", None)
            if ref in seen:
                continue
            seen.add(ref)
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit_resources(xobject.get("/Resources"))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        visit_resources(page.get("/Resources"))
    for base in BASE_14:
        if f"/{base}".encode() in pdf:
            problems.append(f"/{base} in the file")
    return problems


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_every_font_is_embedded_and_none_is_base_14(kind: str) -> None:
    data = final(kind)
    draft = dataclasses.replace(data, meta=dataclasses.replace(data.meta, draft=True, seal=None, caveats=("x",)))
    for document in (data, draft):
        pdf = render_document(document)
        assert not _font_problems(pdf), _font_problems(pdf)


def test_calibration_and_combined_files_embed_every_font_too() -> None:
    assert not _font_problems(render_calibration(load_template("parchemin")))
    assert not _font_problems(render_combined([parchemin(), livret()]))


def test_metadata_is_set() -> None:
    info = PdfReader(io.BytesIO(render_document(parchemin()))).metadata
    assert info.title == "Parchemin — Jeanne MARTIN"
    assert info.author == "Ministère chargé de l'emploi"
    assert "RNCP39063" in info.subject


def test_combined_holds_every_page_in_order() -> None:
    pdf = render_combined([parchemin(LYON), parchemin(CASA), livret()])
    pages = page_texts(pdf)
    assert len(pages) == 3
    assert "Jeanne MARTIN" in pages[0] and "Youssef EL IDRISSI" in pages[1]
    assert "LIVRET DE CERTIFICATION" in pages[2]


def render_png(pdf: bytes, dpi: int, page: int = 0) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    return document[page].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    assert a.size == b.size
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean)


def test_offset_moves_every_element() -> None:
    template = load_template("parchemin")
    moved = template.with_offset(3.0, -2.0)
    for name, element in template.elements.items():
        assert (moved[name].x, moved[name].y) == (element.x + 3.0, element.y - 2.0)
    plain, shifted = render_document(parchemin()), render_document(parchemin(), offset=(3.0, -2.0))
    assert mean_difference(render_png(plain, 50), render_png(shifted, 50)) > 1.0
    # Shifting the plain render by the same amount (3 mm ≈ 6 px at 50 dpi) lines them up again.
    px = lambda v: round(v / 25.4 * 50)  # noqa: E731
    base = render_png(plain, 50)
    realigned = ImageChops.offset(base, px(3.0), px(2.0))
    assert mean_difference(realigned, render_png(shifted, 50)) < mean_difference(base, render_png(shifted, 50))


def test_centre_template_overrides_shipped_one(tmp_path: Path) -> None:
    shipped = json.loads(load_template_path("parchemin").read_text(encoding="utf-8"))
    shipped["elements"]["holder_name"]["y"] = 150
    (tmp_path / "parchemin.json").write_text(json.dumps(shipped), encoding="utf-8")
    assert load_template("parchemin", tmp_path)["holder_name"].y == 150
    assert load_template("livret", tmp_path)["holder_name"].y == load_template("livret")["holder_name"].y
    del shipped["elements"]["rncp_line"]
    (tmp_path / "parchemin.json").write_text(json.dumps(shipped), encoding="utf-8")
    with pytest.raises(BadInput, match="rncp_line"):
        load_template("parchemin", tmp_path)


def load_template_path(kind: str) -> Path:
    from juryapp.documents.render.templates import template_path

    return template_path(kind)


def test_calibration_page_names_every_anchor() -> None:
    template = load_template("livret")
    text = flat(render_calibration(template, (1.5, -0.5)))
    assert "dx = +1.5 mm, dy = -0.5 mm" in text
    for name, element in template.elements.items():
        assert f"{name} ({element.x + 1.5:.1f} ; {element.y - 0.5:.1f})" in text


def test_parchemin_matches_reference_image() -> None:
    image = render_png(render_document(parchemin()), 50)
    if os.environ.get("JURYAPP_UPDATE_REFERENCES") == "1" or not REFERENCE.exists():
        if os.environ.get("JURYAPP_UPDATE_REFERENCES") != "1":
            pytest.fail(f"reference missing: run with JURYAPP_UPDATE_REFERENCES=1 to create {REFERENCE}")
        DATA.mkdir(exist_ok=True)
        image.save(REFERENCE)
    reference = Image.open(REFERENCE).convert("L")
    assert mean_difference(image, reference) < 1.5


def test_text_keeps_its_accents() -> None:
    text = flat(render_document(livret()))
    assert re.search("Élaborer une stratégie de prospection et la mettre en œuvre", text)
    assert "RÉPUBLIQUE FRANÇAISE" in text


def test_the_qr_code_is_reportlab_s_module_for_module() -> None:
    """juryapp computes ReportLab's QR code on integers (juryapp.documents.render.qr): the same
    mode, version, codewords, placement and choice of mask, for seals and for any text."""
    import random
    import string

    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    from juryapp.documents.render.qr import qr_modules

    draw = random.Random(20261208)
    kinds = ["parchemin", "livret", "fiche_resultats", "fiche_synthese", "convocation", "emargement", "pv"]
    texts = [
        f"JURYAPP1:{''.join(draw.choices('0123456789ABCDEFGHJKMNPQRSTVWXYZ', k=4))}-ABCD-EF:{kind}:E855-FA34-0B17-3D71"
        for kind in kinds * 8
    ]
    texts += ["".join(draw.choices(alphabet, k=draw.randint(1, 250))) for alphabet in ("0123456789",) * 8]
    texts += [
        "".join(draw.choices("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", k=draw.randint(1, 250))) for _ in range(8)
    ]
    texts += ["".join(draw.choices(string.printable + "éèàçœ«»—", k=draw.randint(1, 300))) for _ in range(40)]
    for text in texts:
        reference = QRCode(None, QRErrorCorrectLevel.M)
        reference.addData(text)
        reference.make()
        assert qr_modules(text) == reference.modules, text


def test_numbers_are_written_as_reportlab_writes_them() -> None:
    """ReportLab's number formatting, remembered by juryapp (kit.configure_reportlab): the same text."""
    import random

    from reportlab.lib.rl_accel import _py_fp_str

    from juryapp.documents.render.kit import remembered_fp_str

    draw = random.Random(8)
    values = [0, 1, -1, 0.5, -0.0, 1e-8, 1e-7, 2e-7, 595.2756, 841.8898, 1 / 3, 123456.789, True, 10**9]
    values += [draw.uniform(-1000, 1000) for _ in range(300)] + [draw.uniform(-1, 1) for _ in range(300)]
    for _ in range(2):  # computed, then remembered
        for value in values:
            assert remembered_fp_str(value) == _py_fp_str(value)
        for first, second in zip(values, reversed(values), strict=True):
            assert remembered_fp_str(first, second) == _py_fp_str(first, second)
    assert remembered_fp_str([1.5, 2, 0.25]) == _py_fp_str([1.5, 2, 0.25])
    assert remembered_fp_str((1.5, 2)) == _py_fp_str((1.5, 2))


def test_strings_are_escaped_as_reportlab_escapes_them() -> None:
    from reportlab.lib.rl_accel import _py_escapePDF

    from juryapp.documents.render.kit import remembered_escape

    texts = ["", "Élodie (DURAND)", "a\\b", "\x00\x7f\xff", "Négociateur technico-commercial"]
    texts += [bytes(range(256)), b"(x)", bytes(range(256)).decode("latin-1")]
    for _ in range(2):  # computed, then remembered
        for text in texts:
            assert remembered_escape(text) == _py_escapePDF(text)
    assert remembered_escape(bytearray(b"(y)")) == _py_escapePDF(bytearray(b"(y)"))
