"""Documents about one candidate on plain paper: the fiche individuelle de résultats (motivated
decision, jurors' signatures) and the convocation.

Contract: `render_fiche_resultats` / `render_convocation` return A4 PDFs; `fiche_fields` /
`convocation_fields` give the strings drawn whole on them.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..data import ConvocationData, FicheResultatsData
from . import wording as w
from .blocks import (
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
from .sheets import MARGIN, build_sheet, header_lines

WIDTH = A4[0] - 2 * MARGIN


def decision_line(data: FicheResultatsData) -> str:
    return f"{data.decision_label} : {data.decision}"


def fiche_fields(data: FicheResultatsData) -> dict[str, str]:
    head = header_lines(data.meta, data.title, data.session_dates, "")
    fields = {
        "Session": head["session"],
        "Titre": head["title"],
        "Référence": head["reference"],
        "Niveau": head["level"],
        "Candidat": data.holder.full_name,
        "Naissance": data.holder.birth_line,
        "Parcours": data.pathway,
        "Présence": data.attendance,
        "Décision": decision_line(data),
        "Document délivré": data.outcome,
    }
    fields.update({f"CCP {c.code}": c.code for c in data.ccp_results})
    fields.update({f"Juré {name}": name for name in data.jurors})
    fields.update({k: head[k] for k in ("code", "duplicate") if k in head})
    return {k: v for k, v in fields.items() if v}


def render_fiche_resultats(data: FicheResultatsData) -> bytes:
    holder = data.holder
    ccp_rows = [
        [OneLine(c.code, font=SANS_BOLD, size=8.5), c.name, c.status, c.justification] for c in data.ccp_results
    ]
    story: list[Flowable] = [
        key_values(
            [
                ("Candidat", holder.full_name),
                ("Naissance", holder.birth_line),
                ("Référence", holder.ref),
                ("Parcours", data.pathway),
                ("Présence", data.attendance),
                ("Dates de la session", data.session_dates),
            ],
            WIDTH,
        ),
        section("Résultats par certificat de compétences professionnelles"),
        data_table(
            ["CCP", "Intitulé", "Résultat", "Motivation"],
            ccp_rows,
            [16 * mm, WIDTH * 0.38, 28 * mm, WIDTH * 0.62 - 44 * mm],
        )
        if ccp_rows
        else para("Aucun CCP évalué."),
        section("Décision du jury"),
        OneLine(decision_line(data), font=SANS_BOLD, size=10.5),
        gap(1.5),
        para(f"Motivation : {data.justification}" if data.justification else "Motivation : néant."),
        gap(1.5),
        para(f"Entretien final : {data.final_interview}" if data.final_interview else "Entretien final : néant."),
    ]
    if data.blockers:
        story += [section("Éléments ayant fait obstacle à la décision"), *bullet_list(data.blockers)]
    story += [
        gap(3),
        key_values([("Document délivré", data.outcome)], WIDTH),
        gap(2),
        para(
            "Conformément à la réglementation, les résultats ne sont pas communiqués au candidat "
            "par les membres du jury."
        ),
        signature_boxes("Signatures des membres du jury", [(n, "Membre du jury") for n in data.jurors], WIDTH),
    ]
    return build_sheet(data.meta, data.title, story, author=data.title.certifier, session_dates=data.session_dates)


def convocation_fields(data: ConvocationData) -> dict[str, str]:
    head = header_lines(data.meta, data.title, data.session_dates, data.centre)
    fields = {
        "Session": head["session"],
        "Titre": head["title"],
        "Candidat": data.holder.full_name,
        "Naissance": data.holder.birth_line,
        "Centre": data.centre,
        "Adresse": data.address,
        "Dates": data.session_dates,
        "Type de session": data.session_kind,
        "Lieu et date": w.place_date_line(data.meta),
    }
    fields.update({f"CCP {c.code}": c.code for c in data.ccps})
    fields.update({f"Épreuve {name}": name for name, _ in data.assessments})
    fields.update({k: head[k] for k in ("code", "duplicate") if k in head})
    return {k: v for k, v in fields.items() if v}


def render_convocation(data: ConvocationData) -> bytes:
    holder = data.holder
    story: list[Flowable] = [
        key_values(
            [("Candidat", holder.full_name), ("Naissance", holder.birth_line), ("Référence", holder.ref)], WIDTH
        ),
        gap(4),
        para(
            f"Vous êtes convoqué(e) aux épreuves de la session d'examen du "
            f"{w.title_line(data.title)} ({data.title.code}), aux lieu et dates ci-dessous. "
            "Présentez-vous muni(e) d'une pièce d'identité valide."
        ),
        section("Lieu et dates"),
        key_values(
            [
                ("Centre", data.centre),
                ("Adresse", data.address),
                ("Dates", data.session_dates),
                ("Type de session", data.session_kind),
            ],
            WIDTH,
        ),
        section("Certificats de compétences professionnelles présentés"),
        data_table(
            ["CCP", "Intitulé"],
            [[OneLine(c.code, font=SANS_BOLD, size=8.5), c.name] for c in data.ccps],
            [18 * mm, WIDTH - 18 * mm],
        )
        if data.ccps
        else para("Le titre complet."),
        section("Épreuves"),
        data_table(
            ["Épreuve", "Durée"],
            [[OneLine(name, size=8.5), OneLine(duration, size=8.5)] for name, duration in data.assessments],
            [WIDTH - 40 * mm, 40 * mm],
        )
        if data.assessments
        else para("Néant."),
        section("Consignes"),
        *bullet_list(data.instructions),
        gap(8),
        OneLine(w.place_date_line(data.meta), size=9.5, align="right"),
        gap(1),
        OneLine("Le responsable de la session", size=9, align="right"),
    ]
    return build_sheet(
        data.meta,
        data.title,
        story,
        author=data.centre or data.title.certifier,
        session_dates=data.session_dates,
        centre=data.centre,
    )
