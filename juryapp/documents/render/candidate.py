"""Documents about one candidate on plain paper: the fiche individuelle de résultats (motivated
decision, jurors' signatures) and the convocation.

Contract: `render_fiche_resultats` / `render_convocation` return A4 PDFs; `fiche_fields` /
`convocation_fields` give the strings drawn whole on them. The identity is printed as
« Nom de naissance », « Nom d'usage » (when there is one), « Prénom(s) », « Date et lieu de
naissance »; the wording agrees with no gender (there is no civility to agree with).
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..data import ConvocationData, FicheResultatsData, Holder
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
from .kit import Sealer
from .sheets import MARGIN, build_sheet, header_lines

WIDTH = A4[0] - 2 * MARGIN


def decision_line(data: FicheResultatsData) -> str:
    return f"{data.decision_label} : {data.decision}"


def identity_fields(holder: Holder) -> dict[str, str]:
    return dict(holder.identity_pairs())


def fiche_fields(data: FicheResultatsData) -> dict[str, str]:
    head = header_lines(data.meta, data.title, data.session_dates, "")
    fields = {
        "Session": head["session"],
        "Titre": head["title"],
        "Référence": head["reference"],
        "Niveau": head["level"],
        **identity_fields(data.holder),
        "Parcours": data.pathway,
        "Présence": data.attendance,
        "Décision": decision_line(data),
        "Document délivré": data.outcome,
    }
    fields.update({f"CCP {c.code}": c.code for c in data.ccp_results})
    fields.update({f"Juré {name}": name for name in data.jurors})
    fields.update({k: head[k] for k in ("code", "duplicate") if k in head})
    return {k: v for k, v in fields.items() if v}


def _grid_quotes(data: FicheResultatsData) -> list[Flowable]:
    """The marks and observations of the evaluation grid, per CCP, said to be for information."""
    quoted = [c for c in data.ccp_results if c.marks or c.observations]
    if not quoted:
        return []
    story: list[Flowable] = [
        section("Éléments d'évaluation notés par le jury"),
        para(
            "Pour information : les marques et observations de la grille d'évaluation éclairent la "
            "délibération ; seules les décisions du jury font foi."
        ),
    ]
    for line in quoted:
        story += [gap(1.5), OneLine(line.code, font=SANS_BOLD, size=9)]
        if line.marks:
            story.append(para(line.marks))
        story += bullet_list(line.observations) if line.observations else []
    return story


def render_fiche_resultats(data: FicheResultatsData, *, sealer: Sealer | None = None) -> bytes:
    holder = data.holder
    ccp_rows = [
        [OneLine(c.code, font=SANS_BOLD, size=8.5), c.name, c.status, c.justification] for c in data.ccp_results
    ]
    story: list[Flowable] = [
        key_values(
            [
                *holder.identity_pairs(),
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
        *_grid_quotes(data),
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
    ]
    if data.closing:
        story += [para(data.closing), gap(1.5)]
    story += [
        para(
            "Conformément à la réglementation, les résultats ne sont pas communiqués au candidat "
            "par les membres du jury."
        ),
        signature_boxes("Signatures des membres du jury", [(n, "Membre du jury") for n in data.jurors], WIDTH),
    ]
    return build_sheet(
        data.meta, data.title, story, author=data.title.certifier, session_dates=data.session_dates, sealer=sealer
    )


def convocation_fields(data: ConvocationData) -> dict[str, str]:
    head = header_lines(data.meta, data.title, data.session_dates, data.centre)
    fields = {
        "Session": head["session"],
        "Titre": head["title"],
        "Référence": head["reference"],
        **identity_fields(data.holder),
        "Centre": data.centre,
        "Adresse": data.address,
        "Dates": data.session_dates,
        "Type de session": data.session_kind,
    }
    fields.update({f"CCP {c.code}": c.code for c in data.ccps})
    for i, slot in enumerate(data.slots, start=1):
        fields[f"Épreuve {i}"] = slot.assessment
        fields[f"Jour {i}"] = slot.day
        if slot.hours:
            fields[f"Horaire {i}"] = slot.hours
        if slot.room:
            fields[f"Salle {i}"] = slot.room
    fields.update({k: head[k] for k in ("code", "duplicate") if k in head})
    return {k: v for k, v in fields.items() if v}


def render_convocation(data: ConvocationData, *, sealer: Sealer | None = None) -> bytes:
    holder = data.holder
    size = 8
    slot_rows = [
        [
            OneLine(s.assessment, size=size),
            OneLine(s.day, size=size),
            OneLine(s.hours or "—", size=size),
            OneLine(s.room or "—", size=size),
            OneLine(s.duration or "—", size=size, align="right"),
        ]
        for s in data.slots
    ]
    story: list[Flowable] = [
        key_values([*holder.identity_pairs(), ("Référence", holder.ref)], WIDTH),
        gap(4),
        para(
            "Nous vous convoquons aux épreuves de la session d'examen du "
            f"{w.title_line(data.title)} (RNCP : {data.title.code}), selon le planning ci-dessous."
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
        section(data.ccps_heading),
        data_table(
            ["Code", "Intitulé"],
            [[OneLine(c.code, font=SANS_BOLD, size=8.5), c.name] for c in data.ccps],
            [18 * mm, WIDTH - 18 * mm],
        )
        if data.ccps
        else para("Le titre complet."),
        section("Vos épreuves"),
        data_table(
            ["Épreuve", "Jour", "Horaire", "Salle", "Durée"],
            slot_rows,
            [WIDTH - 112 * mm, 40 * mm, 29 * mm, 28 * mm, 15 * mm],
        )
        if slot_rows
        else para("Néant."),
        section("Consignes"),
        *bullet_list(data.instructions),
        gap(8),
        OneLine("Le responsable de la session", size=9, align="right"),
        OneLine(data.centre, size=9, align="right"),
    ]
    return build_sheet(
        data.meta,
        data.title,
        story,
        author=data.centre or data.title.certifier,
        session_dates=data.session_dates,
        centre=data.centre,
        sealer=sealer,
    )
