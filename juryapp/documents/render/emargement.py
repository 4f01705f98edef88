"""The feuille d'émargement: one row per candidate, one signature column per session day.

Contract: `render_emargement` returns an A4 PDF (landscape beyond three days) whose table
repeats its header row on every page, followed by the jurors' signature boxes;
`emargement_fields` gives the strings drawn whole (session, centre, names, jurors).
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..data import EmargementData
from .blocks import SMALL, OneLine, data_table, gap, key_values, para, signature_boxes
from .fonts import SANS_BOLD
from .sheets import MARGIN, build_sheet, header_lines

ROW_HEIGHT = 11 * mm


def _is_wide(data: EmargementData) -> bool:
    return len(data.days) > 3


def emargement_fields(data: EmargementData) -> dict[str, str]:
    head = header_lines(data.meta, data.title, data.session_dates, data.centre)
    fields = {"Session": head["session"], "Titre": head["title"], "Centre": data.centre}
    for row in data.rows:
        fields[f"Candidat {row.ref}"] = row.name
        fields[f"Naissance {row.ref}"] = row.birth_date
    fields.update({f"Juré {name}": name for name in data.jurors})
    fields.update({f"Jour {day}": day for day in data.days})
    fields.update({k: head[k] for k in ("code", "duplicate") if k in head})
    return fields


def render_emargement(data: EmargementData) -> bytes:
    wide = _is_wide(data)
    width = (landscape(A4) if wide else A4)[0] - 2 * MARGIN
    fixed = [8 * mm, 18 * mm, 52 * mm, 20 * mm]
    days = data.days or ("Signature",)
    day_width = (width - sum(fixed)) / len(days)
    header = ["N°", "Réf.", "Nom et prénom", "Né(e) le", *days]
    rows = [
        [
            OneLine(str(i), size=8),
            OneLine(r.ref, size=8),
            OneLine(r.name, font=SANS_BOLD, size=9),
            OneLine(r.birth_date, size=8),
            *[""] * len(days),
        ]
        for i, r in enumerate(data.rows, start=1)
    ]
    story: list[Flowable] = [
        key_values([("Centre", data.centre), ("Adresse", data.address), ("Dates", data.session_dates)], width),
        gap(3),
        para("Chaque candidat signe dans la colonne du jour, à son arrivée.", SMALL),
        gap(2),
    ]
    if rows:
        story.append(data_table(header, rows, [*fixed, *[day_width] * len(days)], row_height=ROW_HEIGHT))
    else:
        story.append(para("Aucun candidat inscrit."))
    story += [
        gap(4),
        para(f"Nombre de candidats inscrits : {len(data.rows)}."),
        signature_boxes(
            "Visa des membres du jury",
            [(n, "Membre du jury") for n in data.jurors],
            width * 0.8 if not wide else width * 0.6,
            height=16 * mm,
        ),
    ]
    return build_sheet(
        data.meta,
        data.title,
        story,
        author=data.centre or data.title.certifier,
        session_dates=data.session_dates,
        centre=data.centre,
        wide=wide,
    )
