"""The PDF renderers: every printed field is in the extracted text, drafts carry the watermark,
final documents never hedge, long tables paginate, templates move, the parchemin looks as
recorded (reference PNG in tests/data, regenerated with JURYAPP_UPDATE_REFERENCES=1)."""

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
CASA = Holder("C002", "El Idrissi", "Youssef", "11/09/1988", "Casablanca (Maroc)")
SIGNATORY = Signatory(
    "Pour le ministre et par délégation,",
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
)
SESSION = "S-2025-NTC-06"
DATES = "du 23 au 27 juin 2025"
FORBIDDEN = ("sous réserve", "en cours")


def meta(kind: str, *, draft: bool = False, seal: Seal | None = None, candidate: str | None = "Jeanne MARTIN") -> Meta:
    return Meta(kind, SESSION, candidate, draft, "Lyon", dt.date(2025, 7, 1), seal)


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
        (CcpLine("CCP1", CCP1, "acquis", "27/06/2025", SESSION),),
        (CcpLine("CCP2", CCP2, "à obtenir"),),
        "31/08/2030",
        SIGNATORY,
    )


def fiche(**kw) -> FicheResultatsData:
    return FicheResultatsData(
        meta("fiche_resultats", **kw),
        NTC,
        CASA,
        "Formation continue",
        "Présent",
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
        ("CCP2 non acquis",),
        "Livret de certification",
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
            ("Mise en situation professionnelle", "3 h 30"),
            ("Entretien technique", "45 min"),
            ("Entretien final", "20 min"),
        ),
        ("Se présenter 30 minutes avant le début des épreuves.", "Apporter son dossier professionnel."),
    )


def pv_rows(count: int) -> tuple[PvRow, ...]:
    return tuple(
        PvRow(f"C{i:03d}", f"Prénom{i} NOM{i}", "Formation", "Présent", "CCP1, CCP2", "Titre attribué", "Parchemin", "")
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
        (("Paul LEROY", "habilité jusqu'au 31/12/2026"), ("Amina BENALI", "habilitée jusqu'au 30/06/2027")),
        pv_rows(count),
        (),
        "27/06/2025 à 17 h 30",
        ("Paul LEROY", "Amina BENALI"),
        {"Candidats inscrits": count, "Titres attribués": count},
    )


def emargement(count: int = 3, **kw) -> EmargementData:
    rows = tuple(EmargementRow(f"C{i:03d}", f"Prénom{i} NOM{i}", "01/01/1990") for i in range(1, count + 1))
    return EmargementData(
        meta("emargement", candidate=None, **kw),
        NTC,
        "Centre AFPA Lyon-Vénissieux",
        "12 rue des Métiers, 69200 Vénissieux",
        DATES,
        ("23/06/2025", "24/06/2025", "27/06/2025"),
        rows,
        ("Paul LEROY", "Amina BENALI"),
    )


def synthese(**kw) -> FicheSyntheseData:
    return FicheSyntheseData(
        meta("fiche_synthese", candidate=None, **kw),
        NTC,
        "Centre AFPA Lyon-Vénissieux",
        DATES,
        (("Candidats inscrits", 3), ("Candidats présents", 3)),
        (("Formation", 2, 1, 1), ("VAE", 1, 1, 0)),
        pv_rows(3),
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
        holder.birth_line,
        "Ministère chargé de l'emploi",
        "Négociateur technico-commercial",
        "RNCP39063",
        "Arrêté du 17 mai 2024",
        "Niveau 5 du cadre national",
        "niveau 5 du cadre européen",
        "312t",
        "Fait à Lyon, le 1er juillet 2025",
        "Claire DUBOIS",
        "Code de vérification : K7QF-3M9P-2X",
        "RÉPUBLIQUE FRANÇAISE",
    ):
        assert needed in text, needed
    assert "DUPLICATA" not in text


def test_ccs_parchemin_names_the_ccs_and_its_title() -> None:
    text = flat(render_document(ccs_parchemin()))
    assert "Négociation de grands comptes" in text
    assert "CERTIFICAT COMPLÉMENTAIRE DE SPÉCIALISATION" in text
    assert "du titre professionnel Négociateur technico-commercial" in text


def test_livret_certifies_its_blocs_only_and_gives_the_deadline() -> None:
    text = flat(render_document(livret()))
    assert "certifie uniquement les blocs de compétences" in text
    assert "CCP1 obtenu le 27/06/2025 — session S-2025-NTC-06" in text
    assert "restant à obtenir" in text and "CCP2" in text and "31/08/2030" in text


def test_long_names_and_many_ccps_still_print_every_field() -> None:
    long_title = dataclasses.replace(
        NTC, name="Technicien supérieur en méthodes et exploitation logistique des entrepôts et plateformes"
    )
    holder = Holder("C9", "de La Rochefoucauld", "Marie-Charlotte", "01/01/1990", "Saint-Martin-d'Uriage (38)")
    many = tuple(
        CcpLine(f"CCP{i}", CCP2, "acquis", "27/06/2025", SESSION, note="repris du RNCP34079 (non vérifié)")
        for i in range(1, 6)
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
    assert "DUPLICATA — remplace l'original n° K7QF-3M9P-2X du 01/07/2025" in text
    assert "Code de vérification : Z9Y8-X7W6-V5" in text


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
    for data in (pv(150), emargement(150)):
        pages = page_texts(render_document(data))
        assert len(pages) >= 3
        for number, text in enumerate(pages, start=1):
            assert f"page {number}/{len(pages)}" in text
            if re.search(r"Prénom\d+ NOM\d+", text):  # a page of the table repeats its header
                assert re.search(r"N° Réf\. (Candidat|Nom et prénom)", text), text[:300]
            assert "Session S-2025-NTC-06" in text
        everything = " ".join(pages)
        assert all(f"Prénom{i} NOM{i}" in everything for i in range(1, 151))


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
