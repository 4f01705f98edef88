"""The parchemin (full title or CCS) and the livret de certification, drawn from templates.

Contract: `parchemin_lines` / `livret_lines` give the exact one-line strings drawn at each
template element (also what `printed_fields` reports); `render_parchemin` / `render_livret`
draw them on one A4 page of the given template.

Both name the certifier (« le ministère chargé de l'emploi »), the issuing authority by
delegation, the signatory and her or his role, and « Fait à {commune}, le {date in words} ».
"""

from __future__ import annotations

from ..data import LivretData, Meta, ParcheminData, Signatory, TitleInfo
from . import wording as w
from .certificates import Area, AreaEntry, render_certificate
from .kit import Sealer
from .templates import Template

TITLE_HEADING = "TITRE PROFESSIONNEL"
CCS_HEADING = "CERTIFICAT COMPLÉMENTAIRE DE SPÉCIALISATION"
LIVRET_HEADING = "LIVRET DE CERTIFICATION"
AWARD_INTRO = f"est délivré par {w.CERTIFIER_PHRASE} à"
LIVRET_HOLDER = f"Livret délivré par {w.CERTIFIER_PHRASE} à"


def _frame_lines(meta: Meta, title: TitleInfo, signatory: Signatory) -> dict[str, str]:
    """Lines every certificate carries: header, mentions, delivery, signatory, seal."""
    lines = {
        "republic": w.REPUBLIC,
        "motto": w.MOTTO,
        "certifier": title.certifier,
        "rncp_line": w.rncp_line(title),
        "level_line": title.level_text,
        "nsf_line": w.nsf_line(title),
        "place_date": w.place_date_line(meta),
        "signatory_authority": w.delegation_line(signatory),
        "signatory_role": signatory.role,
        "signatory_name": signatory.name,
    }
    if meta.seal is not None:
        lines["seal_code"] = w.code_line(meta.seal)
        duplicate = w.duplicate_line(meta.seal)
        if duplicate:
            lines["duplicate"] = duplicate
    return lines


def parchemin_lines(data: ParcheminData) -> dict[str, str]:
    """Element name → the exact text drawn there (absent elements are not drawn)."""
    lines = _frame_lines(data.meta, data.title, data.signatory)
    is_ccs = bool(data.ccs_name)
    lines.update(
        {
            "document_title": CCS_HEADING if is_ccs else TITLE_HEADING,
            "certification_name": data.ccs_name if data.ccs_name else data.title.name,
            "award_intro": AWARD_INTRO,
            "holder_name": data.holder.full_name,
            "birth_line": data.holder.birth_line,
            "identity_line": data.holder.identity_line,
            "session_line": w.session_decision_line(data.meta.session_ref, data.session_dates),
        }
    )
    if is_ccs:
        lines["parent_title"] = w.ccs_parent_line(data.title)
    return lines


def parchemin_areas(data: ParcheminData) -> tuple[Area, ...]:
    if not data.ccps:
        return ()
    heading = "Certificats de compétences professionnelles constitutifs du titre"
    entries = tuple(AreaEntry(c.code, c.name) for c in data.ccps)
    return (Area("ccp_list", heading, entries),)


def render_parchemin(data: ParcheminData, template: Template, *, sealer: Sealer | None = None) -> bytes:
    return render_certificate(
        template, data.meta, data.title, parchemin_lines(data), parchemin_areas(data), sealer=sealer
    )


def livret_lines(data: LivretData) -> dict[str, str]:
    """Element name → the exact text drawn there on the livret."""
    lines = _frame_lines(data.meta, data.title, data.signatory)
    lines.update(
        {
            "document_title": LIVRET_HEADING,
            "certification_name": w.title_line(data.title),
            "holder_label": LIVRET_HOLDER,
            "holder_name": data.holder.full_name,
            "birth_line": data.holder.birth_line,
            "identity_line": data.holder.identity_line,
            "scope_line": w.LIVRET_SCOPE,
            "scope_note": w.LIVRET_SCOPE_NOTE,
            "deadline_line": w.deadline_line(data.completion_deadline),
        }
    )
    return lines


def livret_areas(data: LivretData) -> tuple[Area, ...]:
    obtained = tuple(AreaEntry(c.code, c.name, (w.ccp_obtained_detail(c),)) for c in data.obtained)
    missing = tuple(AreaEntry(c.code, c.name, (c.note,) if c.note else ()) for c in data.missing)
    return (
        Area("obtained_list", "Certificats de compétences professionnelles obtenus", obtained),
        Area("missing_list", "Certificats de compétences professionnelles restant à obtenir", missing),
    )


def render_livret(data: LivretData, template: Template, *, sealer: Sealer | None = None) -> bytes:
    return render_certificate(template, data.meta, data.title, livret_lines(data), livret_areas(data), sealer=sealer)
