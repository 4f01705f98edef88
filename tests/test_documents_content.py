"""What the documents built from a session say (DOMAIN.md §5, §8): the issuer and its commune,
the sign-off date in words, the identity without « né(e) », the arrêté or the RNCP line alone,
the livret's CCPs with their first date, session and origin, the PV's attendance, « Sans
décision » and « Déport » lines, CCPs held or given by the title award, signers and
confirmations, the fiche's signatures, pre-session documents from the schedule, and « non
vérifié » on drafts only. Text is read back from the PDF with pypdf."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from juryapp.demo import demo_session_document
from juryapp.documents import content
from juryapp.documents.data import DRAFT_WATERMARK, Seal
from juryapp.documents.render import printed_fields, render_document
from juryapp.errors import BadInput
from juryapp.exchange.session_doc import parse_session
from juryapp.model import Confirmation, SignOff
from juryapp.session_view import SessionView, read_session
from juryapp.settings import Settings
from juryapp.storage.library import ReferentielLibrary
from juryapp.storage.store import SessionStore

EXAMPLES = Path(__file__).parent / "data" / "examples"
SETTINGS = Settings({})
PRINTED = dt.date(2027, 1, 15)  # the printing day: never the date of a decision document
ISSUER = {
    "authority": "DREETS Auvergne-Rhône-Alpes",
    "place": "Lyon",
    "signatory": "Hélène Marchand",
    "role": "Directrice régionale adjointe",
}
GENDERED = re.compile(r"\w\((e|es)\)|né\(e\)|convoqué|\bmunie?\b", re.IGNORECASE)  # « Prénom(s) » is no agreement


# --- building sessions ------------------------------------------------------------------------


def view_of(tmp_path: Path, document: dict[str, Any], name: str = "s.jury") -> SessionView:
    imported = parse_session(copy.deepcopy(document), ReferentielLibrary())
    store = SessionStore.create(tmp_path / name, imported.data, imported.referentiels, actor="test", source="test")
    try:
        return read_session(store)
    finally:
        store.close()


def signed(view: SessionView, at: str, jurors: tuple[str, ...], confirmations=()) -> SessionView:
    """The view as after the jury's sign-off (content does not re-check the sign-off: rules do)."""
    data = dataclasses.replace(view.data, sign_off=SignOff(at, jurors, tuple(confirmations)))
    return dataclasses.replace(view, data=data)


def text_of(data) -> str:
    pdf = render_document(data)
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def example(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def two_holders() -> dict[str, Any]:
    """E1 (title awarded) with the issuer and a second holder born abroad who has a nom d'usage."""
    doc = example("E1-formation-titre-attribue.json")
    doc["session"]["issuer"] = dict(ISSUER)
    second = copy.deepcopy(doc["candidates"][0])
    second.update(
        ref="C2",
        last_name="El Amrani",
        first_name="Yasmine",
        birth_date="1992-02-29",
        birth_place="Casablanca (Maroc)",
        usage_name="Roux",
    )
    doc["candidates"][0]["birth_date"] = "1994-03-02"
    doc["candidates"].append(second)
    doc["title_decisions"].append({**doc["title_decisions"][0], "candidate": "C2"})
    doc["final_interviews"].append({**doc["final_interviews"][0], "candidate": "C2"})
    return doc


def livret_session(verified: bool = True) -> dict[str, Any]:
    """A session CCP on CCP2 of RNCP90002 (3 CCPs): C1 holds CCP1 twice, through the correspondence
    from RNCP90001 (2021, the earliest) and directly (2024); CCP2 is obtained now, CCP3 is missing."""
    doc = example("E4-capitalisation-dernier-ccp.json")
    doc["session"].update(ccps=["CCP2"], issuer=dict(ISSUER))
    for ref in doc["referentiels"]:
        if ref["correspondence"]:
            ref["correspondence"]["verified"] = verified
    doc["candidates"][0]["prior_ccps"] = [
        {"title": "RNCP90002", "ccp": "CCP1", "obtained_on": "2024-05-15", "session": "S-2024-05"},
        {"title": "RNCP90001", "ccp": "CCP1", "obtained_on": "2021-11-17", "session": "S-2021-11"},
    ]
    doc["results"] = [{"candidate": "C1", "ccp": "CCP2", "decision": "acquis", "jurors": ["J1", "J2"]}]
    doc["title_decisions"] = []
    doc["final_interviews"] = []
    return doc


@pytest.fixture
def demo(tmp_path: Path) -> SessionView:
    return view_of(tmp_path, demo_session_document("titre"), "demo.jury")


@pytest.fixture
def demo_ccp(tmp_path: Path) -> SessionView:
    return view_of(tmp_path, demo_session_document("ccp"), "demo-ccp.jury")


CONFIRMATIONS = (
    Confirmation("C05", "MOREAU Inès", "J1"),
    Confirmation("RNCP39063", "arrêté du 17 mai 2024, JO du 25 mai 2024", "J2"),
)


@pytest.fixture
def demo_signed(demo: SessionView) -> SessionView:
    return signed(demo, "2026-12-08T17:30:00", ("J1", "J2"), CONFIRMATIONS)


# --- parchemin: issuer, date, identity, arrêté --------------------------------------------------


def test_final_parchemin_names_certifier_issuer_signatory_and_sign_off_date(demo_signed: SessionView) -> None:
    text = text_of(content.parchemin(demo_signed, "C01", False, SETTINGS, PRINTED))
    for needed in (
        "le ministère chargé de l'emploi",
        "DREETS Auvergne-Rhône-Alpes",
        "Hélène Marchand",
        "Directrice régionale adjointe",
        "Fait à Lyon, le 8 décembre 2026",
        "Enregistré au RNCP sous le n° RNCP39063 — Arrêté du 17 mai 2024 (JO du 25 mai 2024)",
        "Niveau 5 du cadre national",
        "312t",
    ):
        assert needed in text, needed
    assert "15 janvier 2027" not in text and "15/01/2027" not in text  # the printing day is no date of it
    assert "Centre" not in text.split("Fait à")[1][:20]
    assert "non vérifi" not in text and DRAFT_WATERMARK not in text


def test_holder_born_in_france_without_usage_name(tmp_path: Path) -> None:
    view = signed(view_of(tmp_path, two_holders()), "2026-10-13T18:00:00", ("J1", "J2"))
    text = text_of(content.parchemin(view, "C1", False, SETTINGS, PRINTED))
    assert "Date et lieu de naissance : 02/03/1994 à Lyon (69)" in text
    assert "Nom de naissance : DURAND" in text and "Prénom(s) : Élodie" in text
    assert "Nom d'usage" not in text
    assert "Fait à Lyon, le 13 octobre 2026" in text


def test_holder_born_abroad_with_usage_name(tmp_path: Path) -> None:
    view = signed(view_of(tmp_path, two_holders()), "2026-10-13T18:00:00", ("J1", "J2"))
    for data in (
        content.parchemin(view, "C2", False, SETTINGS, PRINTED),
        content.fiche_resultats(view, "C2", False, SETTINGS, PRINTED),
        content.convocation(view, "C2", SETTINGS, PRINTED),
    ):
        text = text_of(data)
        assert "29/02/1992 à Casablanca (Maroc)" in text
        assert "Nom d'usage" in text and "ROUX" in text
        assert "EL AMRANI" in text and "Yasmine" in text
        assert not GENDERED.search(text), GENDERED.search(text)


def test_no_gender_agreement_in_any_document(demo: SessionView, demo_signed: SessionView, demo_ccp) -> None:
    documents = []
    for view, draft in ((demo, True), (demo_signed, False), (demo_ccp, True)):
        documents += [content.pv(view, draft, SETTINGS, PRINTED, ()), content.emargement(view, SETTINGS, PRINTED)]
        if view.data.session.kind == "titre":
            documents.append(content.fiche_synthese(view, draft, SETTINGS, PRINTED))
        for candidate in view.data.candidates:
            ref = candidate.ref
            documents += [
                content.fiche_resultats(view, ref, draft, SETTINGS, PRINTED),
                content.convocation(view, ref, SETTINGS, PRINTED),
            ]
            documents += [
                d
                for d in (
                    content.parchemin(view, ref, draft, SETTINGS, PRINTED),
                    content.livret(view, ref, draft, SETTINGS, PRINTED),
                )
                if d is not None
            ]
    assert len(documents) > 40
    for data in documents:
        text = text_of(data)
        match = GENDERED.search(text)
        assert match is None, (data.meta.kind, data.meta.candidate, text[max(0, match.start() - 60) : match.end() + 20])


def test_arrete_cited_from_the_referentiel_and_legacy_text_as_is(demo_signed: SessionView) -> None:
    title = demo_signed.title
    legacy = dataclasses.replace(title.arrete, text="Arrêté du 11 décembre 2018 (NOR MTRD1833178A)")
    view = dataclasses.replace(
        demo_signed, referentiels={**demo_signed.referentiels, title.code: dataclasses.replace(title, arrete=legacy)}
    )
    text = text_of(content.parchemin(view, "C01", False, SETTINGS, PRINTED))
    assert "Enregistré au RNCP sous le n° RNCP39063 — Arrêté du 11 décembre 2018 (NOR MTRD1833178A)" in text


def test_without_arrete_the_rncp_registration_is_cited_once(tmp_path: Path) -> None:
    view = signed(view_of(tmp_path, two_holders()), "2026-10-13T18:00:00", ("J1", "J2"))
    assert view.title.arrete is None
    data = content.parchemin(view, "C1", False, SETTINGS, PRINTED)
    assert data.title.arrete == ""
    text = text_of(data)
    assert text.count("RNCP sous le n°") == 1
    assert "Enregistré au RNCP sous le n° RNCP90002" in text
    assert "Arrêté" not in text and "arrêté" not in text


# --- drafts: date to fill, placeholders, « non vérifié » ---------------------------------------


def test_draft_leaves_the_date_to_fill_and_may_say_non_verifie(demo: SessionView) -> None:
    data = content.parchemin(demo, "C01", True, SETTINGS, PRINTED)
    assert data.meta.issued_on is None
    text = text_of(data)
    assert "Fait à Lyon, le [date de signature du procès-verbal]" in text
    assert DRAFT_WATERMARK in text
    assert "référentiel RNCP39063 non vérifié" in text
    assert "arrêté du 17 mai 2024 (JO du 25 mai 2024) non vérifié" in text
    assert "15 janvier 2027" not in text


@pytest.mark.parametrize("kind", ["parchemin", "livret", "fiche_resultats", "pv", "fiche_synthese"])
def test_final_decision_documents_never_say_non_verifie(demo_signed: SessionView, kind: str) -> None:
    ref = {"parchemin": "C01", "livret": "C02", "fiche_resultats": "C02"}.get(kind)
    build = getattr(content, kind)
    data = build(demo_signed, ref, False, SETTINGS, PRINTED) if ref else None
    if kind == "pv":
        data = content.pv(demo_signed, False, SETTINGS, PRINTED, ())
    elif kind == "fiche_synthese":
        data = content.fiche_synthese(demo_signed, False, SETTINGS, PRINTED)
    assert data is not None and not data.meta.draft and data.meta.caveats == ()
    text = text_of(data)
    assert "non vérifi" not in text
    assert DRAFT_WATERMARK not in text
    assert "sous réserve" not in text


def test_missing_issuer_field_blocks_final_documents_and_shows_on_drafts(demo: SessionView) -> None:
    session = dataclasses.replace(demo.data.session, issuer=dataclasses.replace(demo.data.session.issuer, place=" "))
    view = signed(
        dataclasses.replace(demo, data=dataclasses.replace(demo.data, session=session)),
        "2026-12-08T17:30",
        ("J1", "J2"),
    )
    for build, ref in ((content.parchemin, "C01"), (content.livret, "C02")):
        with pytest.raises(BadInput) as caught:
            build(view, ref, False, SETTINGS, PRINTED)
        assert caught.value.field == "session.issuer.place"
        assert "commune de délivrance" in caught.value.message
    draft = content.parchemin(view, "C01", True, SETTINGS, PRINTED)
    assert "Fait à [commune de délivrance à renseigner], le 8 décembre 2026" in text_of(draft)
    # documents that do not print the issuer are not held back
    assert not content.pv(view, False, SETTINGS, PRINTED, ()).meta.draft


def test_every_missing_issuer_field_is_named(demo: SessionView) -> None:
    session = dataclasses.replace(demo.data.session, issuer=type(demo.data.session.issuer)())
    view = signed(
        dataclasses.replace(demo, data=dataclasses.replace(demo.data, session=session)),
        "2026-12-08T17:30",
        ("J1", "J2"),
    )
    with pytest.raises(BadInput) as caught:
        content.parchemin(view, "C01", False, SETTINGS, PRINTED)
    for name in ("authority", "place", "signatory", "role"):
        assert f"session.issuer.{name}" in caught.value.field
    text = text_of(content.parchemin(view, "C01", True, SETTINGS, PRINTED))
    assert "[autorité de délivrance à renseigner]" in text and "[nom du signataire à renseigner]" in text


def test_no_final_decision_document_before_sign_off(demo: SessionView) -> None:
    with pytest.raises(BadInput) as caught:
        content.pv(demo, False, SETTINGS, PRINTED, ())
    assert caught.value.field == "sign_off"


def test_a_duplicata_keeps_the_original_date_and_says_when_it_was_delivered(demo_signed: SessionView) -> None:
    data = content.parchemin(demo_signed, "C01", False, SETTINGS, PRINTED)
    seal = Seal("Z9Y8-X7W6-V5", "JURYAPP1:Z9Y8-X7W6-V5:parchemin:ab", "K7QF-3M9P-2X", "08/12/2026", 2, "15/01/2027")
    text = text_of(dataclasses.replace(data, meta=dataclasses.replace(data.meta, seal=seal)))
    assert "DUPLICATA n° 2 de l'original n° K7QF-3M9P-2X du 08/12/2026 — Duplicata délivré le 15/01/2027" in text
    assert "Fait à Lyon, le 8 décembre 2026" in text


# --- livret -------------------------------------------------------------------------------------


def test_livret_lists_each_ccp_once_with_first_date_session_origin_and_deadline(tmp_path: Path) -> None:
    view = signed(view_of(tmp_path, livret_session()), "2026-10-14T10:00:00", ("J1", "J2"))
    outcome = view.outcomes["C1"]
    assert outcome.document == "livret", outcome
    data = content.livret(view, "C1", False, SETTINGS, PRINTED)
    assert [line.code for line in data.obtained] == ["CCP1", "CCP2"]
    assert [line.code for line in data.missing] == ["CCP3"]
    text = text_of(data)
    assert "CCP1 de RNCP90001, obtenu le 17/11/2021 — session S-2021-11" in text  # the earliest of two
    assert "15/05/2024" not in text and "S-2024-05" not in text
    assert "Obtenu le 13/10/2026 — session S-TEST" in text  # this session's last day and ref
    assert "Date limite d'obtention du titre : 31/12/2027" in text
    assert "Fait à Lyon, le 14 octobre 2026" in text
    assert text.count("Bloc CCP1 de Technicien d'essais") == 1  # held twice, listed once


def test_livret_unverified_correspondence_on_draft_only(tmp_path: Path) -> None:
    view = view_of(tmp_path, livret_session(verified=False))
    draft = text_of(content.livret(view, "C1", True, SETTINGS, PRINTED))
    assert "correspondance RNCP90001 → RNCP90002 non vérifiée" in draft
    final = content.livret(
        signed(view, "2026-10-14T10:00:00", ("J1", "J2"), [Confirmation("RNCP90001->RNCP90002", "arrêté du …", "J1")]),
        "C1",
        False,
        SETTINGS,
        PRINTED,
    )
    text = text_of(final)
    assert "CCP1 de RNCP90001, obtenu le 17/11/2021" in text
    assert "non vérifi" not in text


# --- procès-verbal and fiche ---------------------------------------------------------------------


def test_pv_rows_attendance_no_decision_and_deport(demo_signed: SessionView) -> None:
    data = content.pv(demo_signed, False, SETTINGS, PRINTED, ())
    rows = {row.ref: row for row in data.rows}
    assert rows["C01"].attendance == "Présence" and rows["C01"].decision == "Titre attribué"
    assert rows["C02"].ccp_results == ("CCP1 : acquis", "CCP2 : non acquis")
    for ref, word in (("C06", "Absence"), ("C08", "Absence excusée")):
        assert rows[ref].attendance == word
        assert (rows[ref].decision, rows[ref].ccp_results, rows[ref].document) == ("—", ("—",), "—")
    blocked = rows["C05"]
    assert blocked.decision == "Sans décision"
    assert demo_signed.outcomes["C05"].blockers[0].message in blocked.remarks
    assert "Déport : Nadia Benhamou" in rows["C04"].remarks
    text = text_of(data)
    for needed in ("Présence", "Absence excusée", "Sans décision", "Déport : Nadia Benhamou"):
        assert needed in text, needed
    assert text.count("non attribué") == 1  # C02's title, decided by the jury; nobody else's


def test_pv_is_signed_by_the_signers_only_with_their_confirmations(demo_signed: SessionView) -> None:
    data = content.pv(demo_signed, False, SETTINGS, PRINTED, ())
    assert data.signers == ("Claire Fontaine-Dumas", "Marc-Antoine Lefèbvre")
    text = text_of(data)
    signatures = text.split("Signatures des membres du jury", 1)[1]
    assert "Procès-verbal arrêté et signé le 8 décembre 2026" in signatures
    assert "Claire Fontaine-Dumas" in signatures and "Marc-Antoine Lefèbvre" in signatures
    assert "Nadia Benhamou" not in signatures
    confirmations = text.split("Confirmations des signataires", 1)[1]
    assert "C05 — MOREAU Inès : confirmé à la signature par Claire Fontaine-Dumas (« MOREAU Inès »)" in confirmations
    assert (
        "Référentiel RNCP39063 : confirmé sur le texte officiel par Marc-Antoine Lefèbvre "
        "(référence : « arrêté du 17 mai 2024, JO du 25 mai 2024 »)"
    ) in confirmations
    assert "15 janvier 2027" not in text


def test_draft_pv_has_empty_boxes_for_the_habilitated_jurors(demo: SessionView) -> None:
    expired = dataclasses.replace(demo.data.jurors[1], habilitation_until=dt.date(2026, 1, 1))
    data_ = dataclasses.replace(demo.data, jurors=(demo.data.jurors[0], expired, demo.data.jurors[2]))
    data = content.pv(dataclasses.replace(demo, data=data_), True, SETTINGS, PRINTED, ())
    assert data.signers == ("Claire Fontaine-Dumas", "Nadia Benhamou")
    text = text_of(data)
    assert "Projet de procès-verbal : à arrêter et signer par les membres du jury." in text
    assert "arrêté et signé le" not in text


def test_fiche_says_sans_decision_with_the_blocker(demo_signed: SessionView) -> None:
    data = content.fiche_resultats(demo_signed, "C05", False, SETTINGS, PRINTED)
    text = text_of(data)
    assert "Décision sur le titre : Sans décision" in text
    assert demo_signed.outcomes["C05"].blockers[0].message in text
    assert "non attribué" not in text
    absent = text_of(content.fiche_resultats(demo_signed, "C08", False, SETTINGS, PRINTED))
    assert "Absence excusée" in absent and "non attribué" not in absent
    assert "Fiche arrêtée le 8 décembre 2026" in text


# --- CCPs held or given by the title award, fiche signatures, confirmations -----------------------


def title_awarded_without_results(prior_ccp3: bool) -> dict[str, Any]:
    """E1: a session titre where C1 has no CCP result, an entretien final and the title awarded;
    with `prior_ccp3`, C1 held CCP3 of T before the session."""
    doc = example("E1-formation-titre-attribue.json")
    doc["session"]["issuer"] = dict(ISSUER)
    if prior_ccp3:
        doc["candidates"][0]["prior_ccps"] = [
            {"title": "RNCP90002", "ccp": "CCP3", "obtained_on": "2025-05-15", "session": "S-2025-05"}
        ]
    return doc


@pytest.mark.parametrize("prior_ccp3", [False, True])
def test_ccps_given_by_the_title_award_or_held_before_never_read_as_a_dash(tmp_path: Path, prior_ccp3: bool) -> None:
    view = view_of(tmp_path, title_awarded_without_results(prior_ccp3))
    outcome = view.outcomes["C1"]
    given = ("CCP1", "CCP2") if prior_ccp3 else ("CCP1", "CCP2", "CCP3")
    assert not outcome.blockers and outcome.title == "awarded" and outcome.document == "parchemin", outcome
    assert outcome.ccps_obtained == given and not view.data.results
    expected = tuple(
        f"{code} : {'obtenu (titre attribué)' if code in given else 'déjà détenu'}" for code in ("CCP1", "CCP2", "CCP3")
    )
    final = signed(view, "2026-10-13T18:00:00", ("J1", "J2"))
    for current, draft in ((view, True), (final, False)):
        pv = content.pv(current, draft, SETTINGS, PRINTED, ())
        assert pv.rows[0].ccp_results == expected
        text = text_of(pv)
        for line in expected:
            assert line in text, (draft, line)
        assert ": —" not in text and "à décider" not in text
        fiche = content.fiche_resultats(current, "C1", draft, SETTINGS, PRINTED)
        assert tuple(f"{c.code} : {c.status}" for c in fiche.ccp_results) == expected
        text = text_of(fiche)
        results = text.split("Résultats par certificat de compétences professionnelles", 1)[1]
        results = results.split("Décision du jury", 1)[0]
        assert results.count("obtenu (titre attribué)") == len(given)
        assert results.count("déjà détenu") == (1 if prior_ccp3 else 0)
        assert "—" not in results and "à décider" not in results


def fiche_signatures(view: SessionView, ref: str, draft: bool = False) -> tuple[tuple[str, ...], str]:
    data = content.fiche_resultats(view, ref, draft, SETTINGS, PRINTED)
    return data.jurors, text_of(data).split("Signatures des membres du jury", 1)[1]


def test_fiche_is_signed_by_jurors_who_signed_off_only(demo: SessionView, demo_signed: SessionView) -> None:
    # C02's records name J1 and J3 (Nadia Benhamou); only J1 and J2 signed off: J3 does not sign
    # the fiche, and J1 alone among the signers took part, so both signers sign it.
    jurors, signatures = fiche_signatures(demo_signed, "C02")
    assert jurors == ("Claire Fontaine-Dumas", "Marc-Antoine Lefèbvre")
    assert "Claire Fontaine-Dumas" in signatures and "Marc-Antoine Lefèbvre" in signatures
    assert "Nadia Benhamou" not in signatures
    # all three signed off: the fiche is signed by the signers who took part in C02's decisions
    everyone = signed(demo, "2026-12-08T17:30:00", ("J1", "J2", "J3"), CONFIRMATIONS)
    jurors, signatures = fiche_signatures(everyone, "C02")
    assert jurors == ("Claire Fontaine-Dumas", "Nadia Benhamou")
    assert "Marc-Antoine Lefèbvre" not in signatures
    assert fiche_signatures(everyone, "C01")[0] == ("Claire Fontaine-Dumas", "Marc-Antoine Lefèbvre")
    # a signer in conflict with the candidate never signs their fiche (déport)
    jurors, signatures = fiche_signatures(everyone, "C04")
    assert "Nadia Benhamou" not in jurors and "Nadia Benhamou" not in signatures
    assert jurors == ("Claire Fontaine-Dumas", "Marc-Antoine Lefèbvre")
    # an absent candidate's fiche: the signers, as they adopted the PV
    assert fiche_signatures(demo_signed, "C08")[0] == ("Claire Fontaine-Dumas", "Marc-Antoine Lefèbvre")


def test_draft_fiche_leaves_boxes_for_the_jurors_who_may_sign(demo: SessionView) -> None:
    # before sign-off: every juror habilitated on the last day and free of conflict with the candidate
    every_juror = ("Claire Fontaine-Dumas", "Marc-Antoine Lefèbvre", "Nadia Benhamou")
    assert fiche_signatures(demo, "C02", True)[0] == every_juror
    jurors, signatures = fiche_signatures(demo, "C04", True)
    assert jurors == ("Claire Fontaine-Dumas", "Marc-Antoine Lefèbvre")
    assert "Nadia Benhamou" not in signatures
    expired = dataclasses.replace(demo.data.jurors[0], habilitation_until=dt.date(2026, 1, 1))
    view = dataclasses.replace(demo, data=dataclasses.replace(demo.data, jurors=(expired, *demo.data.jurors[1:])))
    jurors, signatures = fiche_signatures(view, "C01", True)  # C01's records name J1, no longer habilitated
    assert jurors == ("Marc-Antoine Lefèbvre", "Nadia Benhamou")
    assert "Claire Fontaine-Dumas" not in signatures


def confirmations_of(data) -> str:
    return text_of(data).split("Confirmations des signataires", 1)[1].split("Signatures des membres du jury")[0]


def test_pv_prints_each_confirmation_as_it_was_whatever_the_outcome(demo: SessionView) -> None:
    view = signed(
        demo,
        "2026-12-08T17:30:00",
        ("J1", "J2"),
        (*CONFIRMATIONS, Confirmation("C01", "Élodie Durand", "J2")),
    )
    data = content.pv(view, False, SETTINGS, PRINTED, ())
    rows = {row.ref: row for row in data.rows}
    assert rows["C01"].decision == "Titre attribué" and rows["C05"].decision == "Sans décision"
    confirmations = confirmations_of(data)
    assert "C05 — MOREAU Inès : confirmé à la signature par Claire Fontaine-Dumas (« MOREAU Inès »)" in confirmations
    # C01 is not blocked (now): the confirmation is still a fact of the sign-off, never « sans décision »
    assert (
        "C01 — DURAND Élodie : confirmé à la signature par Marc-Antoine Lefèbvre (« Élodie Durand »)"
    ) in confirmations
    assert "sans décision" not in confirmations.lower()
    assert data.confirmations[-1].startswith("C01 — DURAND Élodie : confirmé à la signature")
    assert "Référentiel RNCP39063 : confirmé sur le texte officiel par Marc-Antoine Lefèbvre" in confirmations


def test_pv_skips_a_confirmation_whose_subject_it_cannot_name(demo: SessionView) -> None:
    strays = (
        Confirmation("RNCP00000", "arrêté du 1er janvier 2020", "J1"),
        Confirmation("SUJET-INCONNU", "note libre", "J2"),
        Confirmation("RNCP11111->RNCP39063", "arrêté inventé", "J1"),
        Confirmation("C99", "Personne Inconnue", "J1"),
    )
    view = signed(demo, "2026-12-08T17:30:00", ("J1", "J2"), (*CONFIRMATIONS, *strays))
    data = content.pv(view, False, SETTINGS, PRINTED, ())
    assert len(data.confirmations) == 2
    text = text_of(data)
    for stray in ("RNCP00000", "SUJET-INCONNU", "RNCP11111", "C99", "note libre", "arrêté inventé", "Inconnue"):
        assert stray not in text, stray
    assert "Référentiel RNCP39063 : confirmé" in text


def test_pv_prints_a_confirmed_correspondence(tmp_path: Path) -> None:
    view = signed(
        view_of(tmp_path, livret_session(verified=False)),
        "2026-10-14T10:00:00",
        ("J1", "J2"),
        [Confirmation("RNCP90001->RNCP90002", "arrêté du 3 mars 2023, JO du 10 mars 2023", "J1")],
    )
    confirmations = confirmations_of(content.pv(view, False, SETTINGS, PRINTED, ()))
    assert (
        "Table de correspondance RNCP90001 → RNCP90002 : confirmée sur le texte officiel par Claire Martin "
        "(référence : « arrêté du 3 mars 2023, JO du 10 mars 2023 »)"
    ) in confirmations
    assert "Référentiel" not in confirmations


# --- pre-session documents --------------------------------------------------------------------------


def test_convocation_from_the_schedule_is_final_and_names_no_outcome(demo: SessionView) -> None:
    data = content.convocation(demo, "C01", SETTINGS, PRINTED)
    assert not data.meta.draft and data.meta.caveats == ()
    text = text_of(data)
    for needed in (
        "lundi 7 décembre 2026",
        "8 h 30 – 11 h 00",
        "Salle Rhône",
        "2 h 30",
        "Entretien final",
        "Titre professionnel Négociateur technico-commercial",
        "RNCP39063",
    ):
        assert needed in text, needed
    for outcome in ("attribué", "acquis", "Parchemin", "Livret", DRAFT_WATERMARK):
        assert outcome not in text, outcome
    assert not GENDERED.search(text)


def test_without_a_schedule_pre_session_documents_are_drafts(demo: SessionView) -> None:
    view = dataclasses.replace(demo, data=dataclasses.replace(demo.data, schedule=()))
    convocation = content.convocation(view, "C01", SETTINGS, PRINTED)
    emargement = content.emargement(view, SETTINGS, PRINTED)
    assert convocation.meta.draft and emargement.meta.draft
    assert DRAFT_WATERMARK in text_of(convocation)
    text = text_of(emargement)
    assert DRAFT_WATERMARK in text and "planning des épreuves non établi" in text


def test_emargement_from_the_schedule(demo: SessionView) -> None:
    data = content.emargement(demo, SETTINGS, PRINTED)
    assert not data.meta.draft
    assert [day.label for day in data.days] == ["lundi 7 décembre 2026", "mardi 8 décembre 2026"]
    text = text_of(data)
    assert "Date de naissance" in text and "Né(e)" not in text and "né(e)" not in text
    assert "Nom d'usage : ROUX" in text
    assert "Lundi 7 décembre 2026" in text and "Salle Saône" in text


def test_entretien_final_on_the_convocation_of_a_candidate_who_would_hold_every_ccp(demo_ccp: SessionView) -> None:
    scheduled = content.convocation(demo_ccp, "K01", SETTINGS, PRINTED)
    assert not scheduled.meta.draft
    assert any(s.assessment == "Entretien final" and s.hours for s in scheduled.slots)
    # K03 holds CCP1 and sits CCP2: the entretien final is hers too; without a slot it is a draft
    schedule = tuple(e for e in demo_ccp.data.schedule if (e.candidate, e.assessment) != ("K03", "entretien_final"))
    without_slot = dataclasses.replace(demo_ccp, data=dataclasses.replace(demo_ccp.data, schedule=schedule))
    unscheduled = content.convocation(without_slot, "K03", SETTINGS, PRINTED)
    assert [s.day for s in unscheduled.slots if s.assessment == "Entretien final"] == ["à fixer"]
    assert unscheduled.meta.draft


def test_no_entretien_final_for_a_candidate_still_missing_a_ccp(tmp_path: Path) -> None:
    doc = livret_session()  # C1 holds CCP1, sits CCP2, still lacks CCP3
    doc["schedule"] = [
        {
            "candidate": "C1",
            "assessment": "mise_en_situation",
            "ccp": "CCP2",
            "room": "Salle 2",
            "start": "2026-10-12T09:00",
            "end": "2026-10-12T10:30",
            "jurors": ["J1", "J2"],
        }
    ]
    data = content.convocation(view_of(tmp_path, doc), "C1", SETTINGS, PRINTED)
    assert [s.assessment for s in data.slots] == ["Mise en situation professionnelle (CCP2)"]
    assert not data.meta.draft
    assert "1 h 30" in text_of(data)


def test_printed_fields_are_in_the_text_for_every_demo_document(demo_signed: SessionView) -> None:
    documents = [
        content.parchemin(demo_signed, "C01", False, SETTINGS, PRINTED),
        content.livret(demo_signed, "C02", False, SETTINGS, PRINTED),
        content.fiche_resultats(demo_signed, "C09", False, SETTINGS, PRINTED),
        content.convocation(demo_signed, "C09", SETTINGS, PRINTED),
        content.pv(demo_signed, False, SETTINGS, PRINTED, ()),
        content.emargement(demo_signed, SETTINGS, PRINTED),
        content.fiche_synthese(demo_signed, False, SETTINGS, PRINTED),
    ]
    for data in documents:
        text = text_of(data)
        missing = {k: v for k, v in printed_fields(data).items() if " ".join(v.split()) not in text}
        assert not missing, (data.meta.kind, missing)


def ccs_session() -> dict[str, Any]:
    """A session CCS on CCS1 of RNCP90002 for a holder of the title, CCS awarded."""
    doc = example("E1-formation-titre-attribue.json")
    doc["session"].update(kind="ccs", ccs="CCS1", issuer=dict(ISSUER))
    candidate = doc["candidates"][0]
    candidate.update(
        pathway="ccs",
        from_training=True,
        ecf={"CCS1": True},
        held_titles=[{"title": "RNCP90002", "obtained_on": "2025-06-30"}],
    )
    doc["ccs_decisions"] = [{"candidate": "C1", "decision": "awarded", "jurors": ["J1", "J2"], "justification": ""}]
    doc["title_decisions"] = []
    return doc


def test_ccs_documents_name_the_ccs_not_the_title(tmp_path: Path) -> None:
    view = signed(view_of(tmp_path, ccs_session()), "2026-10-13T18:00:00", ("J1", "J2"))
    assert view.outcomes["C1"].document == "parchemin", view.outcomes["C1"]
    parchemin = content.parchemin(view, "C1", False, SETTINGS, PRINTED)
    assert parchemin.ccps == ()
    text = text_of(parchemin)
    assert "CERTIFICAT COMPLÉMENTAIRE DE SPÉCIALISATION" in text and "Spécialisation CCS1" in text
    assert "du titre professionnel Technicien d'essais" in text
    assert "Certificats de compétences professionnelles" not in text
    convocation = text_of(content.convocation(view, "C1", SETTINGS, PRINTED))
    assert "Certificat complémentaire de spécialisation présenté" in convocation and "CCS1" in convocation
    assert "Le titre complet" not in convocation
    rows = content.pv(view, False, SETTINGS, PRINTED, ()).rows
    assert rows[0].decision == "CCS attribué" and rows[0].document == "Parchemin"


def test_pre_session_documents_name_the_title_and_its_rncp_code_only(demo: SessionView) -> None:
    """Final before any sign-off: they cannot print an arrêté the jury has not confirmed yet."""
    assert not demo.title.arrete.verified
    for data in (content.convocation(demo, "C01", SETTINGS, PRINTED), content.emargement(demo, SETTINGS, PRINTED)):
        assert not data.meta.draft
        text = text_of(data)
        assert "RNCP39063" in text and "Négociateur technico-commercial" in text
        assert "Arrêté" not in text and "non vérifié" not in text
