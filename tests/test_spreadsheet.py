"""Candidate lists from a spreadsheet (EXCHANGE.md §5; issue 11): juryapp.exchange.spreadsheet.

The files of tests/data/spreadsheets were written once (the CSVs byte for byte, the XLSX with
openpyxl) and are kept as they are:

- cp1252-semicolon.csv: Windows-1252, « ; », a title row and a blank row above the header, headers
  with capitals and trailing spaces, an unknown column, empty trailing rows `;;;;`;
- utf8-bom-comma.csv: UTF-8 with BOM, « , », « Nom » and « Prenoms », empty references, quoted lists;
- merged-header.xlsx: a merged title row, a header on two rows (merged cells, « ECF » over
  « CCP1 » and « CCP2 »), date cells, numbers as floats, a boolean, formatted empty rows below;
- errors.csv: every kind of problem, one or more a row;
- candidats-30.xlsx: 30 valid fictional candidates of RNCP39063 (also for the window's tests).
"""

from __future__ import annotations

import datetime as dt
import io
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from juryapp.errors import BadInput
from juryapp.exchange.session_doc import parse_session
from juryapp.exchange.spreadsheet import (
    SheetProblem,
    SheetReading,
    read_candidates,
    read_candidates_bytes,
    write_template,
)
from juryapp.exchange.spreadsheet_cells import (
    CellError,
    read_date,
    read_held_titles,
    read_months,
    read_presented_ccps,
    read_prior_ccps,
    read_yes_no,
)
from juryapp.exchange.spreadsheet_columns import match_header
from juryapp.exchange.spreadsheet_source import MAX_FILE_BYTES, MAX_ROWS
from juryapp.storage.library import ReferentielLibrary

DATA = Path(__file__).parent / "data" / "spreadsheets"
NTC = {"title": "RNCP39063", "known_codes": ("CCP1", "CCP2")}


def _read(name: str, **options) -> SheetReading:
    return read_candidates(DATA / name, **{**NTC, **options})


def _session_document(candidates: list[dict], kind: str = "titre", ccps: tuple[str, ...] = ()) -> dict:
    return {
        "format": "juryapp.session/1",
        "session": {
            "ref": "2026-NTC-042",
            "title": "RNCP39063",
            "kind": kind,
            "ccps": list(ccps),
            "ccs": None,
            "centre": "Centre de test",
            "place": "Lyon",
            "start": "2026-12-07",
            "end": "2026-12-08",
        },
        "jurors": [],
        "candidates": candidates,
    }


def _accepted_by_session_import(reading: SheetReading, kind: str = "titre", ccps: tuple[str, ...] = ()) -> None:
    """The candidates are §2 candidates: the session document parser takes them as they are."""
    imported = parse_session(
        _session_document([row.candidate for row in reading.rows], kind, ccps), ReferentielLibrary()
    )
    assert [c.ref for c in imported.data.candidates] == [row.candidate["ref"] for row in reading.rows]


# -- encodings, separators, headers --------------------------------------------------------------


def test_windows_1252_with_semicolons_title_row_and_trailing_empty_rows():
    reading = _read("cp1252-semicolon.csv")
    assert (reading.kind, reading.encoding, reading.delimiter, reading.header_line) == ("csv", "cp1252", ";", 3)
    assert reading.source == "cp1252-semicolon.csv"
    assert reading.columns[:4] == ("RÉFÉRENCE", "Nom de naissance", "Nom d'usage", "Prénom(s)")
    assert reading.ignored_columns == ("Téléphone",)
    assert reading.ok, [p.text() for p in reading.problems]
    assert [row.line for row in reading.rows] == [4, 5, 6]  # the `;;;;` rows below are skipped
    assert reading.rows[0].candidate == {
        "ref": "C1",
        "last_name": "LEFÈVRE",
        "usage_name": "",
        "first_name": "Héloïse",
        "birth_date": "1994-02-03",
        "birth_place": "Besançon",
        "pathway": "formation",
        "from_training": True,
        "vae_admissibility_date": None,
        "experience_months": 0,
        "professional_dossier": True,
        "ecf": {"CCP1": True, "CCP2": True},
        "prior_ccps": [],
        "held_titles": [],
        "attendance": "present",
    }
    second = reading.rows[1].candidate
    assert (second["last_name"], second["usage_name"], second["birth_date"]) == ("GÉRARD", "MÜLLER", "1990-11-05")
    assert (second["pathway"], second["from_training"], second["vae_admissibility_date"]) == (
        "vae",
        False,
        "2026-09-15",
    )
    assert (second["experience_months"], second["ecf"]) == (36, {})
    assert reading.rows[2].candidate["birth_date"] == "1988-07-14"  # ISO is read too
    assert reading.rows[0].cells["birth_date"] == "03/02/1994"
    _accepted_by_session_import(reading)


def test_utf8_with_bom_and_commas_generates_the_missing_references():
    reading = _read("utf8-bom-comma.csv")
    assert (reading.encoding, reading.delimiter, reading.header_line) == ("utf-8-sig", ",", 1)
    assert reading.columns[1:3] == ("Nom", "Prenoms")
    assert reading.ok, [p.text() for p in reading.problems]
    assert [row.candidate["ref"] for row in reading.rows] == ["C2", "C1", "C3"]  # C1 is taken by line 3
    assert [row.cells["ref"] for row in reading.rows] == ["", "C1", ""]
    first, second, third = (row.candidate for row in reading.rows)
    assert (first["last_name"], first["first_name"]) == ("Nguyễn", "Thị Mai")
    assert first["birth_place"] == "Hô-Chi-Minh-Ville (Viêt Nam)"
    assert second["prior_ccps"] == [
        {"title": "RNCP34079", "ccp": "CCP1", "obtained_on": "2024-03-14", "session": "Lyon, 14/03/2024"},
        {"title": "RNCP34079", "ccp": "CCP2", "obtained_on": "2024-03-15"},
    ]
    assert third["pathway"] == "ccs"
    assert third["held_titles"] == [{"title": "RNCP39063", "obtained_on": "2025-06-30"}]
    _accepted_by_session_import(reading)


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Nom de naissance", "last_name"),
        ("NOM DE NAISSANCE ", "last_name"),
        ("Nom", "last_name"),
        ("Nom d’usage", "usage_name"),
        ("Prénom(s)", "first_name"),
        (" PRÉNOMS", "first_name"),
        ("Prenom", "first_name"),
        ("Date de naissance  ", "birth_date"),
        ("Date de\nnaissance", "birth_date"),
        ("Lieu de naissance", "birth_place"),
        ("Parcours (formation, VAE, capitalisation, CCS)", "pathway"),
        ("Issu de formation", "from_training"),
        ("Date de recevabilité VAE", "vae_admissibility_date"),
        ("Expérience (mois)", "experience_months"),
        ("Dossier professionnel", "professional_dossier"),
        ("ECF CCP1", "ecf.CCP1"),
        ("ECF - CCS 1", "ecf.CCS1"),
        ("ecf ccp02", "ecf.CCP2"),
        ("CCP présentés", "ccps"),
        ("CCP déjà obtenus", "prior_ccps"),
        ("Titres et CCS détenus", "held_titles"),
        ("Référence", "ref"),
    ],
)
def test_headers_are_matched_without_case_accents_spaces_or_punctuation(header: str, key: str):
    column = match_header(header)
    assert column is not None and column.key == key


@pytest.mark.parametrize("header", ["Téléphone", "ECF", "Observations", "", "Nom du père", "CCP"])
def test_unknown_headers_are_not_matched(header: str):
    assert match_header(header) is None


def test_unknown_columns_are_listed_and_not_read():
    data = (
        "Nom;Prénom;Courriel;Date de naissance;Lieu de naissance;Parcours;Tél.\n"
        "DUPONT;Ana;a@b.fr;01/01/1990;Lyon;formation;06\n"
    )
    reading = read_candidates_bytes(data.encode(), "liste.csv")
    assert reading.ignored_columns == ("Courriel", "Tél.")
    assert reading.ok and set(reading.rows[0].cells) == {
        "last_name",
        "first_name",
        "birth_date",
        "birth_place",
        "pathway",
    }


def test_blank_rows_anywhere_are_skipped_and_lines_keep_their_numbers():
    data = (
        "\r\n;;\r\nNom;Prénom;Date de naissance;Lieu de naissance;Parcours\r\n\r\n"
        "A;B;01/01/1990;Lyon;formation\r\n ; ;  ;;\r\n\r\nC;D;02/02/1990;Lyon;VAE\r\n;;;;\r\n\r\n"
    )
    reading = read_candidates_bytes(data.encode(), "a.csv")
    assert reading.header_line == 3
    assert [row.line for row in reading.rows] == [5, 8]
    assert [p.text() for p in reading.problems] == [
        "ligne 8, colonne « Date de recevabilité VAE » : date de recevabilité obligatoire pour un parcours VAE"
    ]


# -- XLSX ------------------------------------------------------------------------------------------


def test_xlsx_with_a_merged_title_a_two_row_merged_header_and_date_cells():
    reading = _read("merged-header.xlsx")
    assert (reading.kind, reading.encoding, reading.delimiter, reading.header_line) == ("xlsx", None, None, 3)
    assert reading.columns[-2:] == ("ECF CCP1", "ECF CCP2")
    assert reading.ignored_columns == ("Remarques",)
    assert reading.ok, [p.text() for p in reading.problems]
    assert [row.line for row in reading.rows] == [5, 6, 7]  # the formatted empty rows below are skipped
    first, second, third = (row.candidate for row in reading.rows)
    assert (first["birth_date"], first["experience_months"], first["professional_dossier"]) == ("1993-04-02", 0, True)
    assert first["ecf"] == {"CCP1": True, "CCP2": True}
    assert reading.rows[0].cells["birth_date"] == "02/04/1993"
    assert reading.rows[0].cells["professional_dossier"] == "oui"  # a boolean cell
    assert (second["ref"], second["pathway"], second["vae_admissibility_date"]) == ("C2", "vae", "2026-09-01")
    assert second["experience_months"] == 48  # 48.0 in the cell
    assert third["ecf"] == {"CCP1": True, "CCP2": False}
    _accepted_by_session_import(reading)


def test_xlsx_with_a_horizontally_merged_header_cell_and_a_sheet_of_notes_first(tmp_path: Path):
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Consignes"
    notes["A1"] = "Remplir une ligne par candidat"
    sheet = book.create_sheet("Liste")
    sheet.append(["Nom de naissance", None, "Prénom(s)", "Date de naissance", "Lieu de naissance", "Parcours"])
    sheet.merge_cells("A1:B1")
    sheet.append(["ROUX", None, "Lina", dt.datetime(1996, 2, 16), "Montélimar", "formation"])
    sheet.append([None] * 6)
    path = tmp_path / "liste.xlsx"
    book.save(path)
    reading = read_candidates(path)
    assert reading.ok and reading.header_line == 1
    assert [(row.line, row.candidate["last_name"], row.candidate["birth_date"]) for row in reading.rows] == [
        (2, "ROUX", "1996-02-16")
    ]


def test_the_30_candidates_file_is_valid():
    reading = _read("candidats-30.xlsx")
    assert reading.ok, [p.text() for p in reading.problems]
    assert len(reading.rows) == 30
    assert [row.candidate["ref"] for row in reading.rows] == [f"C{i}" for i in range(1, 31)]
    pathways = [row.candidate["pathway"] for row in reading.rows]
    assert (pathways.count("formation"), pathways.count("vae"), pathways.count("capitalisation")) == (24, 5, 1)
    for row in reading.rows:
        candidate = row.candidate
        if candidate["pathway"] == "formation":
            assert candidate["ecf"] == {"CCP1": True, "CCP2": True} and candidate["professional_dossier"]
        if candidate["pathway"] == "vae":
            assert candidate["vae_admissibility_date"] < "2026-12-07" and candidate["experience_months"] >= 12
    capitalisation = reading.rows[-1].candidate
    assert capitalisation["prior_ccps"] == [
        {"title": "RNCP34079", "ccp": "CCP1", "obtained_on": "2024-03-14", "session": "2024-NTC-007"}
    ]
    _accepted_by_session_import(reading)


# -- problems, row by row -----------------------------------------------------------------------------


def test_every_kind_of_problem_with_its_line_and_column():
    reading = _read("errors.csv")
    assert not reading.ok
    assert len(reading.rows) == 13  # rows with problems are kept
    found = [(p.line, p.column, p.message) for p in reading.problems]
    expected = [
        (1, "", "colonne obligatoire absente de la ligne d'en-tête : « Lieu de naissance »"),
        (1, "ECF CCS1", "CCS1 n'est ni un CCP ni un CCS de RNCP39063 (CCP1, CCP2) : videz ou supprimez la colonne"),
        (1, "Nom", "colonne en double : « Nom de naissance » désigne déjà la même donnée"),
        (2, "Nom de naissance", "nom de naissance manquant"),
        (3, "Prénom(s)", "prénom manquant"),
        (3, "Date de naissance", "date invalide « 1990/02/01 » (format attendu JJ/MM/AAAA, ou AAAA-MM-JJ)"),
        (4, "Date de naissance", "année sur deux chiffres « 02/03/90 » : écrivez l'année en entier (JJ/MM/AAAA)"),
        (4, "Parcours", "parcours « alternance » non reconnu (attendu : formation, VAE, capitalisation ou CCS)"),
        (4, "Expérience (mois)", "durée invalide « douze » (attendu : un nombre entier de mois, de 0 à 1200)"),
        (4, "Dossier professionnel", "valeur « peut-être » non reconnue (attendu : oui, non, x, ou vide)"),
        (5, "Date de naissance", "date inexistante « 31/02/1990 » (jour ou mois hors limites)"),
        (5, "Parcours", "parcours manquant (attendu : formation, VAE, capitalisation ou CCS)"),
        (5, "Expérience (mois)", "durée invalide « 1300 » (attendu : un nombre entier de mois, de 0 à 1200)"),
        (6, "Date de naissance", "date de naissance manquante"),
        (6, "Date de recevabilité VAE", "date de recevabilité obligatoire pour un parcours VAE"),
        (7, "Titres et CCS détenus", "obligatoire pour un parcours CCS : le titre (ou le CCS) détenu et sa date"),
        (8, "CCP présentés", "seule une session CCP précise les CCP présentés par un candidat"),
        (
            9,
            "CCP déjà obtenus",
            "date d'obtention manquante dans « CCP1 RNCP34079 » "
            "(attendu par exemple « CCP1 15/06/2023 RNCP34079 (session 2023-NTC-011) »)",
        ),
        (10, "CCP déjà obtenus", "« CCP3 » n'est pas un CCP de RNCP39063 (CCP1, CCP2)"),
        (11, "Nom de naissance", "retour à la ligne interdit (position 6)"),  # a quoted line break: still row 11
        (12, "Nom de naissance", "texte trop long : 101 caractères pour 100 au plus"),
        (13, "Prénom(s)", "caractère de contrôle U+0007 interdit (position 3)"),
        (
            13,
            "CCP déjà obtenus",
            "« bof » non reconnu dans « CCP1 15/06/2023 RNCP34079 bof » "
            "(attendu par exemple « CCP1 15/06/2023 RNCP34079 (session 2023-NTC-011) »)",
        ),
        (
            13,
            "Titres et CCS détenus",
            "« CCP1 » : seuls des CCS se notent ici (un CCP obtenu va dans « CCP déjà obtenus »)",
        ),
        (14, "Référence", "référence « C1 » déjà utilisée ligne 2"),
    ]
    assert found == expected
    assert reading.problems[3].text() == "ligne 2, colonne « Nom de naissance » : nom de naissance manquant"
    assert reading.problems[0].text().startswith("ligne 1 : colonne obligatoire absente")
    assert reading.rows[-1].candidate["ref"] == "C1"


def test_required_columns_missing_are_one_problem_on_the_header_line():
    reading = read_candidates_bytes("Titre du fichier\nNom;Prénom\nDUPONT;Ana\n".encode(), "a.csv")
    assert [p.text() for p in reading.problems] == [
        "ligne 2 : colonnes obligatoires absentes de la ligne d'en-tête : « Date de naissance », "
        "« Lieu de naissance », « Parcours (formation, VAE, capitalisation, CCS) »"
    ]


def test_presented_ccps_in_a_session_ccp():
    data = (
        "Nom;Prénom;Date de naissance;Lieu de naissance;Parcours;Issu de formation;CCP présentés\n"
        "A;B;01/01/1990;Lyon;capitalisation;non;CCP2\n"
        "C;D;01/01/1990;Lyon;capitalisation;non;ccp 1, CCP2\n"
        "E;F;01/01/1990;Lyon;capitalisation;non;\n"
        "G;H;01/01/1990;Lyon;capitalisation;non;CCP3\n"
    )
    reading = read_candidates_bytes(data.encode(), "a.csv", session_kind="ccp", **NTC)
    assert [row.candidate.get("ccps") for row in reading.rows] == [["CCP2"], ["CCP1", "CCP2"], None, None]
    assert [p.text() for p in reading.problems] == [
        "ligne 5, colonne « CCP présentés » : « CCP3 » n'est pas un CCP de la session (CCP1, CCP2)"
    ]
    _accepted_by_session_import(replace(reading, rows=reading.rows[:2]), kind="ccp", ccps=("CCP1", "CCP2"))


# -- cell grammars ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("03/02/1994", dt.date(1994, 2, 3)),
        ("3/2/1994", dt.date(1994, 2, 3)),
        ("03.02.1994", dt.date(1994, 2, 3)),
        ("03-02-1994", dt.date(1994, 2, 3)),
        ("1994-02-03", dt.date(1994, 2, 3)),
        ("29/02/2024", dt.date(2024, 2, 29)),
    ],
)
def test_dates_are_jj_mm_aaaa_or_iso(text: str, day: dt.date):
    assert read_date(text) == day


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("03/02/94", "année sur deux chiffres « 03/02/94 » : écrivez l'année en entier (JJ/MM/AAAA)"),
        ("29/02/2023", "date inexistante « 29/02/2023 » (jour ou mois hors limites)"),
        ("03/13/1994", "date inexistante « 03/13/1994 » (jour ou mois hors limites)"),
        ("1994/02/03", "date invalide « 1994/02/03 » (format attendu JJ/MM/AAAA, ou AAAA-MM-JJ)"),
        ("3 février 1994", "date invalide « 3 février 1994 » (format attendu JJ/MM/AAAA, ou AAAA-MM-JJ)"),
        ("03/02/19944", "date invalide « 03/02/19944 » (format attendu JJ/MM/AAAA, ou AAAA-MM-JJ)"),
    ],
)
def test_bad_dates_say_what_was_expected(text: str, message: str):
    with pytest.raises(CellError) as caught:
        read_date(text)
    assert caught.value.message == message


def test_yes_no_cells_and_months():
    assert [read_yes_no(t) for t in ("oui", "OUI", "x", "X", "o", "Vrai", "1", "✓")] == [True] * 8
    assert [read_yes_no(t) for t in ("non", "NON", "n", "faux", "0")] == [False] * 5
    assert read_yes_no("") is None
    assert [read_months(t) for t in ("0", "12", "12,0", "36 mois", "1200")] == [0, 12, 12, 36, 1200]
    for bad in ("-1", "1201", "1,5", "douze"):
        with pytest.raises(CellError):
            read_months(bad)


def test_the_grammar_of_prior_ccps():
    read = read_prior_ccps
    assert read("CCP1 15/06/2023 RNCP34079", title=None, known=()) == [
        {"title": "RNCP34079", "ccp": "CCP1", "obtained_on": "2023-06-15"}
    ]
    assert read("rncp 34079 ccp 2 2023-06-15 (session : 2023-NTC-011)", title=None, known=()) == [
        {"title": "RNCP34079", "ccp": "CCP2", "obtained_on": "2023-06-15", "session": "2023-NTC-011"}
    ]
    assert read("CCP1 CCP2 15/06/2023 RNCP34079", title=None, known=()) == [
        {"title": "RNCP34079", "ccp": "CCP1", "obtained_on": "2023-06-15"},
        {"title": "RNCP34079", "ccp": "CCP2", "obtained_on": "2023-06-15"},
    ]
    several = read("CCP1 15/06/2023\nCCP2 16/06/2023 (Lyon, juin 2023)", title="RNCP39063", known={"CCP1", "CCP2"})
    assert several == [
        {"title": "RNCP39063", "ccp": "CCP1", "obtained_on": "2023-06-15"},
        {"title": "RNCP39063", "ccp": "CCP2", "obtained_on": "2023-06-16", "session": "Lyon, juin 2023"},
    ]
    for bad, message in [
        ("CCP1 15/06/2023", "code RNCP du titre manquant"),
        ("15/06/2023 RNCP34079", "code du CCP manquant"),
        ("CCP1 15/06/2023 16/06/2023 RNCP34079", "date en double"),
        ("CCP1 15/06/2023 RNCP34079; CCP1 16/06/2023 RNCP34079", "CCP1 de RNCP34079 est cité deux fois"),
        ("CCS1 15/06/2023 RNCP34079", "« CCS1 » n'est pas un code CCP"),
        ("CCP1 15/06/23 RNCP34079", "année sur deux chiffres"),
    ]:
        with pytest.raises(CellError) as caught:
            read(bad, title=None, known=())
        assert message in caught.value.message, bad


def test_the_grammar_of_held_titles_and_presented_ccps():
    assert read_held_titles("RNCP39063 30/06/2025", title=None) == [{"title": "RNCP39063", "obtained_on": "2025-06-30"}]
    assert read_held_titles("RNCP39063 CCS1 30/06/2025; RNCP34079 01/07/2022", title=None) == [
        {"title": "RNCP39063", "obtained_on": "2025-06-30", "ccs": "CCS1"},
        {"title": "RNCP34079", "obtained_on": "2022-07-01"},
    ]
    assert read_held_titles("CCS1 30/06/2025", title="RNCP39063") == [
        {"title": "RNCP39063", "obtained_on": "2025-06-30", "ccs": "CCS1"}
    ]
    for bad in ("30/06/2025", "RNCP39063", "CCS1 30/06/2025"):
        with pytest.raises(CellError):
            read_held_titles(bad, title=None)
    assert read_presented_ccps("CCP2 CCP3", ()) == ["CCP2", "CCP3"]
    assert read_presented_ccps("CCP2, ccp 3;CCP04", ()) == ["CCP2", "CCP3", "CCP4"]
    for bad in ("CCP2 CCP2", "CCP2 et CCP3", "CCS1"):
        with pytest.raises(CellError):
            read_presented_ccps(bad, ())


def test_a_problem_reads_as_one_line():
    assert SheetProblem(4, "Date de naissance", "date invalide").text() == (
        "ligne 4, colonne « Date de naissance » : date invalide"
    )
    assert SheetProblem(7, "", "ligne vide").text() == "ligne 7 : ligne vide"


# -- the template ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_template_reads_back_as_its_example_row(tmp_path: Path, suffix: str):
    path = tmp_path / f"modele{suffix}"
    write_template(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temporary file left
    reading = read_candidates(path, **NTC)
    assert reading.ok and reading.ignored_columns == ()
    assert len(reading.columns) == 16
    assert [row.candidate for row in reading.rows] == [
        {
            "ref": "C1",
            "last_name": "MARTIN",
            "usage_name": "",
            "first_name": "Camille",
            "birth_date": "1992-05-14",
            "birth_place": "Lyon",
            "pathway": "formation",
            "from_training": True,
            "vae_admissibility_date": None,
            "experience_months": 0,
            "professional_dossier": True,
            "ecf": {"CCP1": True, "CCP2": True},
            "prior_ccps": [
                {"title": "RNCP34079", "ccp": "CCP1", "obtained_on": "2023-06-15", "session": "2023-NTC-011"}
            ],
            "held_titles": [],
            "attendance": "present",
        }
    ]
    _accepted_by_session_import(reading)


def test_the_csv_template_is_what_a_french_spreadsheet_opens(tmp_path: Path):
    path = tmp_path / "modele.csv"
    write_template(path, ecf_codes=("CCP1", "CCP2", "CCS1"))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfR\xc3\xa9f\xc3\xa9rence;Nom de naissance;")
    assert data.count(b"\r\n") == 2
    reading = read_candidates(path)
    assert "ECF CCS1" in reading.columns and reading.rows[0].candidate["ecf"] == {
        "CCP1": True,
        "CCP2": True,
        "CCS1": True,
    }


def test_the_template_refuses_another_suffix_and_writes_nothing(tmp_path: Path):
    with pytest.raises(BadInput, match="non pris en charge"):
        write_template(tmp_path / "modele.ods")
    assert list(tmp_path.iterdir()) == []


# -- whole-file problems -------------------------------------------------------------------------------------


def _xlsx_bytes(rows: list[list]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "a.csv", "fichier vide"),
        (b" \r\n\r\n", "a.csv", "fichier vide"),
        (b"", "a.xlsx", "fichier vide"),
        (b"Nom;Prenom", "a.txt", "type de fichier « .txt » non pris en charge (.csv ou .xlsx)"),
        (b"Nom;Prenom", "a", "type de fichier « sans extension » non pris en charge (.csv ou .xlsx)"),
        (b"\xd0\xcf\x11\xe0", "a.xls", "classeur Excel 97-2003 (.xls) non pris en charge"),
        (b"Titre\r\nA;B\r\n", "a.csv", "aucune ligne d'en-tête reconnue dans les 50 premières lignes"),
        (b"Nom;Pr\xe9nom\r\nA;\x81\r\n", "a.csv", "ni UTF-8 ni Windows-1252 (octet 0x81 ligne 2)"),
        (b"\xef\xbb\xbfNom;Pr\xe9nom\r\n", "a.csv", "marqué UTF-8 mais illisible"),
        ("Nom;Prénom".encode("utf-16"), "a.csv", "UTF-16"),
        (b"Nom;Pr\x00nom", "a.csv", "octet nul ligne 1"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "a.csv", "classeur Excel 97-2003 ou protégé par mot de passe"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "a.xlsx", "classeur Excel 97-2003 ou protégé par mot de passe"),
        (b"Nom;Prenom\r\n", "a.xlsx", "pas un classeur XLSX"),
        (b"PK\x03\x04" + b"\x00" * 40, "a.xlsx", "classeur XLSX endommagé"),
        ("Nom;Prénom\n" + '"' + "x" * 200_000 + '"\n', "a.csv", "cellule trop longue ligne 2"),
    ],
)
def test_whole_file_problems_raise_bad_input_naming_the_file(data: bytes | str, name: str, message: str):
    raw = data.encode() if isinstance(data, str) else data
    with pytest.raises(BadInput) as caught:
        read_candidates_bytes(raw, name)
    assert caught.value.file == name
    assert message in caught.value.problem


def test_workbooks_that_cannot_be_read(tmp_path: Path):
    with pytest.raises(BadInput, match="renommez-le en .xlsx"):
        read_candidates_bytes(_xlsx_bytes([["Nom", "Prénom"]]), "a.csv")
    with pytest.raises(BadInput, match="aucune donnée"):
        read_candidates_bytes(_xlsx_bytes([]), "a.xlsx")
    with pytest.raises(BadInput, match="aucune ligne d'en-tête"):
        read_candidates_bytes(_xlsx_bytes([["Liste"], ["A", "B"]]), "a.xlsx")
    good = (DATA / "candidats-30.xlsx").read_bytes()
    damaged = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            target.writestr(item, content[: len(content) // 2] if item.filename.endswith("sheet1.xml") else content)
    with pytest.raises(BadInput, match="illisible ou endommagé"):
        read_candidates_bytes(damaged.getvalue(), "a.xlsx")
    central = good.index(b"PK\x01\x02")  # "version needed to extract" of the first entry: 14.9
    unknown_version = good[: central + 6] + bytes([149, 0]) + good[central + 8 :]
    with pytest.raises(BadInput, match="l'archive zip est illisible"):
        read_candidates_bytes(unknown_version, "a.xlsx")


def test_limits_of_size_and_rows(tmp_path: Path):
    with pytest.raises(BadInput, match="fichier trop volumineux"):
        read_candidates_bytes(b"x" * (MAX_FILE_BYTES + 1), "a.csv")
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * (MAX_FILE_BYTES + 1))
    with pytest.raises(BadInput, match="fichier trop volumineux") as caught:
        read_candidates(big)
    assert caught.value.file == str(big)
    rows = "Nom;Prénom;Date de naissance;Lieu de naissance;Parcours\n" + "A;B;01/01/1990;Lyon;formation\n" * (
        MAX_ROWS + 1
    )
    with pytest.raises(BadInput, match="plus de 20 000 lignes de candidats"):
        read_candidates_bytes(rows.encode(), "a.csv")


def test_a_missing_file_or_a_folder_is_bad_input(tmp_path: Path):
    with pytest.raises(BadInput, match="fichier introuvable") as caught:
        read_candidates(tmp_path / "absent.csv")
    assert caught.value.file == str(tmp_path / "absent.csv")
    folder = tmp_path / "dossier.csv"
    folder.mkdir()
    with pytest.raises(BadInput, match="lecture impossible"):
        read_candidates(folder)


def test_five_thousand_csv_rows_read_well_under_a_second():
    header = (
        "Référence;Nom de naissance;Prénom(s);Date de naissance;Lieu de naissance;Parcours;"
        "ECF CCP1;ECF CCP2;CCP déjà obtenus\r\n"
    )
    rows = "".join(
        f"C{i};DUPONT-{i};Jean-Émile;0{1 + i % 9}/0{1 + i % 9}/1990;Saint-Étienne;formation;x;oui;"
        "CCP1 15/06/2023 RNCP34079\r\n"
        for i in range(5000)
    )
    data = (header + rows).encode("cp1252")
    started = time.perf_counter()
    reading = read_candidates_bytes(data, "a.csv", **NTC)
    elapsed = time.perf_counter() - started
    assert reading.ok and len(reading.rows) == 5000
    assert elapsed < 1.0, f"{elapsed:.2f} s"


# -- whatever the bytes: a reading or BadInput ----------------------------------------------------------------


def _reads_or_refuses(data: bytes, name: str, session_kind: str = "titre") -> None:
    try:
        reading = read_candidates_bytes(data, name, session_kind=session_kind, **NTC)
    except BadInput as exc:
        assert exc.file == name and exc.problem
        return
    assert isinstance(reading, SheetReading)
    for problem in reading.problems:
        assert "\n" not in problem.text()


FUZZ = settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(data=st.binary(max_size=2000), name=st.sampled_from(["a.csv", "a.xlsx", "a.CSV"]))
def test_random_bytes_give_a_reading_or_bad_input(data: bytes, name: str):
    _reads_or_refuses(data, name)


_FRAGMENTS = [
    "Nom",
    "Prénom(s)",
    "Date de naissance",
    "Lieu de naissance",
    "Parcours",
    "Référence",
    "ECF CCP1",
    "ECF CCS1",
    "CCP présentés",
    "CCP déjà obtenus",
    "Titres et CCS détenus",
    "Expérience (mois)",
    "Issu de formation",
    "Dossier professionnel",
    "Date de recevabilité VAE",
    "formation",
    "VAE",
    "ccs",
    "capitalisation",
    "oui",
    "non",
    "x",
    "12",
    "1300",
    "03/02/1994",
    "31/02/1990",
    "1994-02-03",
    "02/03/94",
    "CCP1 15/06/2023 RNCP34079 (session 2023-NTC-011)",
    "RNCP39063 CCS1 30/06/2025",
    "CCP2 CCP3",
    "(",
    ")",
    '"',
    ";",
    ",",
    "\t",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\x07",
    "é",
    "\u2028",
    "\ud800",
]


@FUZZ
@given(
    parts=st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=8), max_size=80),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    session_kind=st.sampled_from(["titre", "ccp", "ccs"]),
)
def test_random_csv_like_text_gives_a_reading_or_bad_input(parts: list[str], encoding: str, session_kind: str):
    data = "".join(parts).encode(encoding, errors="replace")
    _reads_or_refuses(data, "a.csv", session_kind)


_WORKBOOK = (DATA / "merged-header.xlsx").read_bytes()


@FUZZ
@given(changes=st.lists(st.tuples(st.integers(0, len(_WORKBOOK) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_damaged_workbooks_give_a_reading_or_bad_input(changes: list[tuple[int, int]]):
    data = bytearray(_WORKBOOK)
    for offset, value in changes:
        data[offset] = value
    _reads_or_refuses(bytes(data), "a.xlsx")


_SHEET_TEXT = st.one_of(
    st.none(),
    st.sampled_from(_FRAGMENTS[:31]),
    st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=12),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1)),
)


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(_SHEET_TEXT, max_size=10), max_size=8))
def test_random_workbook_cells_give_a_reading_or_bad_input(rows: list[list]):
    _reads_or_refuses(_xlsx_bytes(rows), "a.xlsx")


def _with_sheet_xml(workbook: bytes, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            target.writestr(item, change(content) if item.filename == "xl/worksheets/sheet1.xml" else content)
    return out.getvalue()


with zipfile.ZipFile(io.BytesIO(_WORKBOOK)) as _archive:
    _SHEET_XML = _archive.read("xl/worksheets/sheet1.xml")


@FUZZ
@given(
    changes=st.lists(
        st.tuples(st.integers(0, len(_SHEET_XML) - 1), st.sampled_from(b'<>/"=&;#-0123456789rtsxe ')),
        min_size=1,
        max_size=6,
    )
)
def test_damaged_sheet_xml_gives_a_reading_or_bad_input(changes: list[tuple[int, int]]):
    def damage(content: bytes) -> bytes:
        data = bytearray(content)
        for offset, value in changes:
            data[offset] = value
        return bytes(data)

    _reads_or_refuses(_with_sheet_xml(_WORKBOOK, damage), "a.xlsx")


def test_a_row_numbered_beyond_any_spreadsheet_is_refused_quickly():
    far = _with_sheet_xml(_WORKBOOK, lambda xml: xml.replace(b'<row r="7"', b'<row r="99999999"'))
    started = time.perf_counter()
    with pytest.raises(BadInput, match="plus de 1 048 576 lignes"):
        read_candidates_bytes(far, "a.xlsx")
    assert time.perf_counter() - started < 5
