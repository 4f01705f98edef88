"""The procès-verbal de session and the fiche synthèse: session-wide tables that paginate.

Contract: `render_pv` / `render_fiche_synthese` return A4 landscape PDFs whose results table
repeats its header row on every page; `pv_fields` / `synthese_fields` give the strings drawn
whole (session, centre, each candidate's name, reference, attendance and decision, jurors and
signers). The PV is signed by `PvData.signers` only: the jurors who signed off (on a draft, the
jurors habilitated for the session, with empty boxes).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..data import FicheSyntheseData, PvData, PvRow
from .blocks import (
    SMALL,
    OneLine,
    bullet_list,
    data_table,
    gap,
    key_values,
    para,
    section,
    signature_boxes,
)
from .fonts import SANS_BOLD
from .kit import Sealer
from .sheets import MARGIN, build_sheet, header_lines

WIDTH = landscape(A4)[0] - 2 * MARGIN
ROW_HEADER = (
    "N°",
    "Réf.",
    "Nom de naissance, prénom(s)",
    "Parcours",
    "Présence",
    "Résultat par CCP",
    "Décision",
    "Document",
    "Observations",
)
_FIXED = [8, 16, 46, 24, 28, 32, 39, 28]
ROW_WIDTHS = [v * mm for v in _FIXED] + [WIDTH - sum(_FIXED) * mm]


def _name_cell(row: PvRow) -> list[Flowable]:
    cell: list[Flowable] = [OneLine(row.name, font=SANS_BOLD, size=8.5)]
    if row.usage_name:
        cell.append(OneLine(f"Nom d'usage : {row.usage_name}", size=7.5))
    return cell


def results_table(rows: Sequence[PvRow]) -> Flowable:
    """One line per candidate; name, reference, attendance and decision drawn whole, the rest may wrap."""
    body = [
        [
            OneLine(str(i), size=8),
            OneLine(r.ref, size=8),
            _name_cell(r),
            r.pathway,
            OneLine(r.attendance, size=8),
            [para(line, SMALL) for line in r.ccp_results],
            OneLine(r.decision, font=SANS_BOLD, size=8),
            r.document,
            [para(remark, SMALL) for remark in r.remarks] or "",
        ]
        for i, r in enumerate(rows, start=1)
    ]
    if not body:
        return para("Aucun candidat.")
    return data_table(ROW_HEADER, body, ROW_WIDTHS)


def _rows_fields(rows: Sequence[PvRow]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for row in rows:
        fields[f"Candidat {row.ref}"] = row.name
        fields[f"Référence {row.ref}"] = row.ref
        fields[f"Présence {row.ref}"] = row.attendance
        fields[f"Décision {row.ref}"] = row.decision
        if row.usage_name:
            fields[f"Nom d'usage {row.ref}"] = f"Nom d'usage : {row.usage_name}"
    return fields


def closing_line(data: PvData) -> str:
    if data.signed_on:
        return f"Procès-verbal arrêté et signé le {data.signed_on} par les membres du jury ci-dessous."
    return "Projet de procès-verbal : à arrêter et signer par les membres du jury."


def pv_fields(data: PvData) -> dict[str, str]:
    head = header_lines(data.meta, data.title, data.session_dates, data.centre)
    fields = {
        "Session": head["session"],
        "Titre": head["title"],
        "Référence": head["reference"],
        "Niveau": head["level"],
        "Centre": data.centre,
        "Type de session": data.session_kind,
    }
    fields.update({f"Juré {name}": name for name, _ in data.jurors})
    fields.update(_rows_fields(data.rows))
    fields.update({f"Signataire {name}": name for name in data.signers})
    fields.update({k: head[k] for k in ("code", "duplicate") if k in head})
    return fields


def render_pv(data: PvData, *, sealer: Sealer | None = None) -> bytes:
    story: list[Flowable] = [
        key_values(
            [
                ("Centre", data.centre),
                ("Adresse", data.address),
                ("Type de session", data.session_kind),
                ("Dates", data.session_dates),
            ],
            WIDTH,
        ),
        section("Membres du jury"),
        data_table(
            ["Nom", "Habilitation"],
            [[OneLine(n, font=SANS_BOLD, size=8.5), q] for n, q in data.jurors],
            [WIDTH * 0.4, WIDTH * 0.6],
        )
        if data.jurors
        else para("Aucun juré enregistré."),
        section("Résultats des candidats"),
        results_table(data.rows),
    ]
    if data.counts:
        story += [gap(3), para("Effectifs : " + " ; ".join(f"{k} : {v}" for k, v in data.counts.items()) + ".")]
    if data.confirmations:
        story += [section("Confirmations des signataires"), *bullet_list(data.confirmations)]
    if data.revocations:
        story += [section("Modifications après signature"), *bullet_list(data.revocations)]
    story.append(
        signature_boxes(
            "Signatures des membres du jury",
            [(n, "Membre du jury") for n in data.signers],
            WIDTH * 0.7,
            lead=[para(closing_line(data)), gap(2)],
        )
    )
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


def synthese_fields(data: FicheSyntheseData) -> dict[str, str]:
    head = header_lines(data.meta, data.title, data.session_dates, data.centre)
    fields = {"Session": head["session"], "Titre": head["title"], "Centre": data.centre}
    fields.update({label: label for label, _ in data.counts})
    fields.update({f"Parcours {p}": p for p, *_ in data.by_pathway})
    fields.update(_rows_fields(data.rows))
    fields.update({k: head[k] for k in ("code", "duplicate") if k in head})
    return fields


def render_fiche_synthese(data: FicheSyntheseData, *, sealer: Sealer | None = None) -> bytes:
    numbers = [
        [
            OneLine(p, font=SANS_BOLD, size=8.5),
            OneLine(str(a), size=8.5, align="right"),
            OneLine(str(t), size=8.5, align="right"),
            OneLine(str(lv), size=8.5, align="right"),
        ]
        for p, a, t, lv in data.by_pathway
    ]
    story: list[Flowable] = [
        key_values([("Centre", data.centre), ("Dates", data.session_dates)], WIDTH),
        section("Effectifs de la session"),
        key_values([(label, str(n)) for label, n in data.counts], WIDTH * 0.5),
        section("Résultats par parcours"),
        data_table(
            ["Parcours", "Présence", "Parchemins", "Livrets de certification"],
            numbers,
            [WIDTH * 0.4, WIDTH * 0.2, WIDTH * 0.2, WIDTH * 0.2],
        )
        if numbers
        else para("Néant."),
        section("Détail par candidat"),
        results_table(data.rows),
    ]
    if data.closing:
        story += [gap(3), para(data.closing)]
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
