"""An empty candidate list to fill in (EXCHANGE.md §5): every column, one example row."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from pathlib import Path

from juryapp.exchange.spreadsheet_cells import HELD_EXAMPLE, PRIOR_EXAMPLE
from juryapp.exchange.spreadsheet_columns import COLUMNS, DOSSIER, Column, ecf_column
from juryapp.exchange.spreadsheet_source import file_kind
from juryapp.files import atomic_write

# The example row: a fictional person, a valid candidate of a session titre.
EXAMPLE: dict[str, str | dt.date] = {
    "ref": "C1",
    "last_name": "MARTIN",
    "usage_name": "",
    "first_name": "Camille",
    "birth_date": dt.date(1992, 5, 14),
    "birth_place": "Lyon",
    "pathway": "formation",
    "from_training": "oui",
    "vae_admissibility_date": "",
    "experience_months": "0",
    "professional_dossier": "oui",
    "ccps": "",
    "prior_ccps": PRIOR_EXAMPLE,
    "held_titles": "",
}
_ECF_EXAMPLE = "oui"
_CODE = re.compile(r"CC[PS][1-9][0-9]?")

# What each column holds, for the XLSX's « Mode d'emploi » sheet.
_HELP: dict[str, tuple[str, str]] = {
    "ref": ("non", "identifiant du candidat dans la session ; vide : C1, C2… attribués à l'import"),
    "last_name": ("oui", "nom de naissance (« Nom » convient aussi)"),
    "usage_name": ("non", "nom d'usage, s'il diffère du nom de naissance"),
    "first_name": ("oui", "prénom(s)"),
    "birth_date": ("oui", "JJ/MM/AAAA"),
    "birth_place": ("oui", "commune (et pays si hors de France)"),
    "pathway": ("oui", "formation, VAE, capitalisation ou CCS"),
    "from_training": ("non", "oui / non ; vide : oui pour un parcours formation, non sinon"),
    "vae_admissibility_date": ("VAE", "JJ/MM/AAAA, date de la notification de recevabilité"),
    "experience_months": ("non", "nombre entier de mois ; vide : 0"),
    "professional_dossier": ("non", "oui / non (ou x) : dossier professionnel reçu ; vide : non"),
    "ecf": ("non", "oui / non (ou x) : résultats des ECF reçus pour ce CCP ou ce CCS"),
    "ccps": ("non", "session CCP seulement : les CCP présentés, par exemple « CCP2 CCP3 » ; vide : tous"),
    "prior_ccps": ("non", f"un ou plusieurs, séparés par « ; » : « {PRIOR_EXAMPLE} »"),
    "held_titles": ("CCS", f"un ou plusieurs, séparés par « ; » : « {HELD_EXAMPLE} »"),
}


def template_columns(ecf_codes: Sequence[str]) -> list[Column]:
    """The template's columns in order: §5's, with one ECF column per code after « Dossier professionnel »."""
    for code in ecf_codes:
        if not _CODE.fullmatch(code):
            raise ValueError(f"not a CCP or CCS code: {code!r}")
    split = COLUMNS.index(DOSSIER) + 1
    return [*COLUMNS[:split], *(ecf_column(code) for code in ecf_codes), *COLUMNS[split:]]


def _example(column: Column) -> str | dt.date:
    return EXAMPLE.get(column.key, _ECF_EXAMPLE)


def write_template(path: Path, *, ecf_codes: Sequence[str] = ("CCP1", "CCP2")) -> None:
    """Write the template at `path`, atomically: a .csv (UTF-8 with BOM, « ; », as a French
    spreadsheet opens it) or a .xlsx (date cells, a « Mode d'emploi » sheet), by its suffix.

    Reading it back (`read_candidates`) gives the example row without a problem. BadInput for
    another suffix or a file that cannot be written; ValueError for a code that is not `CCP…`/`CCS…`.
    """
    path = Path(path)
    kind = file_kind(path.name)
    columns = template_columns(ecf_codes)
    data = _csv_bytes(columns) if kind == "csv" else _xlsx_bytes(columns)
    atomic_write(path, data, what="modèle de liste de candidats")


def _csv_bytes(columns: list[Column]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([column.header for column in columns])
    row = []
    for column in columns:
        value = _example(column)
        row.append(value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else value)
    writer.writerow(row)
    return out.getvalue().encode("utf-8-sig")


def _xlsx_bytes(columns: list[Column]) -> bytes:
    import openpyxl  # here, not at the top: the window starts without it
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Candidats"
    sheet.append([column.header for column in columns])
    sheet.append([_example(column) for column in columns])
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet[f"{letter}1"].font = Font(bold=True)
        sheet.column_dimensions[letter].width = max(14, min(48, len(column.header) + 4))
        if column.key in ("birth_date", "vae_admissibility_date"):
            for row in range(2, 1001):
                sheet[f"{letter}{row}"].number_format = "DD/MM/YYYY"
        if column.key == "pathway":
            choices = DataValidation(type="list", formula1='"formation,VAE,capitalisation,CCS"', allow_blank=True)
            choices.add(f"{letter}2:{letter}1000")
            sheet.add_data_validation(choices)
    sheet.freeze_panes = "A2"
    guide = workbook.create_sheet("Mode d'emploi")
    guide.append(["Colonne", "Obligatoire", "Contenu"])
    for column in columns:
        required, content = _HELP["ecf" if column.key.startswith("ecf.") else column.key]
        guide.append([column.header, required, content])
    guide["A1"].font = guide["B1"].font = guide["C1"].font = Font(bold=True)
    guide.column_dimensions["A"].width = 46
    guide.column_dimensions["B"].width = 12
    guide.column_dimensions["C"].width = 90
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
