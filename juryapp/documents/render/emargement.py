"""The feuille d'émargement: for each day of épreuves, one row per candidate with their slots
(hours, épreuve, room) and room to sign, then the jurors' boxes.

Contract: `render_emargement` returns an A4 landscape PDF whose tables repeat their header row
on every page; `emargement_fields` gives the strings drawn whole (session, centre, each day,
names, dates of birth, jurors). The identity columns are « Nom de naissance » (with « Nom
d'usage : … » under it when there is one), « Prénom(s) », « Date de naissance »: no gender
agreement anywhere.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ..data import EmargementData, EmargementRow
from .blocks import SMALL, OneLine, data_table, gap, key_values, para, section, signature_boxes
from .fonts import SANS_BOLD
from .kit import Sealer
from .sheets import MARGIN, build_sheet, header_lines

WIDTH = landscape(A4)[0] - 2 * MARGIN
HEADER = ("N°", "Réf.", "Nom de naissance", "Prénom(s)", "Date de naissance", "Épreuves", "Signature")
_FIXED = [8, 14, 42, 28, 28]
SLOTS_WIDTH = 106 * mm  # one line per épreuve: « 8 h 30 – 9 h 45 · Mise en situation professionnelle (CCP2) · Salle »
WIDTHS = [v * mm for v in _FIXED] + [SLOTS_WIDTH, WIDTH - sum(_FIXED) * mm - SLOTS_WIDTH]
MIN_ROW = 12 * mm


def emargement_fields(data: EmargementData) -> dict[str, str]:
    head = header_lines(data.meta, data.title, data.session_dates, data.centre)
    fields = {"Session": head["session"], "Titre": head["title"], "Référence": head["reference"], "Centre": data.centre}
    for day in data.days:
        fields[f"Jour {day.label}"] = day.label.capitalize()
        for row in day.rows:
            fields[f"Candidat {row.ref}"] = row.last_name
            fields[f"Prénom(s) {row.ref}"] = row.first_name
            if row.usage_name:
                fields[f"Nom d'usage {row.ref}"] = f"Nom d'usage : {row.usage_name}"
            fields[f"Date de naissance {row.ref}"] = row.birth_date
    fields.update({f"Juré {name}": name for name in data.jurors})
    fields.update({k: head[k] for k in ("code", "duplicate") if k in head})
    return fields


def _name_cell(row: EmargementRow) -> list[Flowable]:
    cell: list[Flowable] = [OneLine(row.last_name, font=SANS_BOLD, size=9)]
    if row.usage_name:
        cell.append(OneLine(f"Nom d'usage : {row.usage_name}", size=7.5))
    return cell


def _day_table(data: EmargementData, index: int) -> list[Flowable]:
    day = data.days[index]
    rows = [
        [
            OneLine(str(i), size=8),
            OneLine(r.ref, size=8),
            _name_cell(r),
            OneLine(r.first_name, size=8.5),
            OneLine(r.birth_date, size=8),
            [para(slot, SMALL) for slot in r.slots],
            Spacer(1, MIN_ROW - 2 * mm),  # room to sign, whatever the number of épreuves
        ]
        for i, r in enumerate(day.rows, start=1)
    ]
    heading = section(day.label.capitalize())
    if not rows:
        return [heading, para("Aucun candidat ce jour.")]
    return [KeepTogether([heading, gap(0)]), data_table(HEADER, rows, WIDTHS)]


def render_emargement(data: EmargementData, *, sealer: Sealer | None = None) -> bytes:
    story: list[Flowable] = [
        key_values([("Centre", data.centre), ("Adresse", data.address), ("Dates", data.session_dates)], WIDTH),
        gap(2),
        para("Chaque candidat signe à son arrivée, dans la ligne du jour de ses épreuves.", SMALL),
    ]
    for index in range(len(data.days)):
        story += _day_table(data, index)
    if not data.days:
        story.append(para("Aucun candidat inscrit."))
    count = len({r.ref for day in data.days for r in day.rows})
    story += [
        gap(4),
        para(f"Nombre de candidats inscrits : {count}."),
        signature_boxes(
            "Visa des membres du jury", [(n, "Membre du jury") for n in data.jurors], WIDTH * 0.6, height=16 * mm
        ),
    ]
    return build_sheet(
        data.meta,
        data.title,
        story,
        author=data.centre or data.title.certifier,
        session_dates=data.session_dates,
        centre=data.centre,
        wide=True,
        sealer=sealer,
    )
