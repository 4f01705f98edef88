"""Entry points: render any document data to PDF, report what it prints, combine several.

Contract:
- `render_document(data, *, template_dir=None, offset=(0, 0), sealer=None)` returns the PDF bytes
  of one document (A4, French). Parchemin and livret follow the template of their kind (a
  centre's own in `template_dir` when present) moved by the printer `offset` in mm; the other
  documents are printed on plain paper and ignore both. Given a `sealer`
  (juryapp.documents.seal.DocumentSeal), the document is sealed as it is saved.
- `printed_fields(data, *, template_dir=None)` maps labels to strings each drawn whole on one
  line of that document, so that they can be found verbatim in the text extracted from the PDF.
- `render_combined(items, **kw)` returns one PDF with every document's pages in order;
  `combine_pdfs(pdfs, titles)` makes it from documents already rendered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from ..data import (
    ConvocationData,
    DocumentData,
    EmargementData,
    FicheResultatsData,
    FicheSyntheseData,
    LivretData,
    ParcheminData,
    PvData,
)
from .candidate import convocation_fields, fiche_fields, render_convocation, render_fiche_resultats
from .combine import combine_pdfs
from .emargement import emargement_fields, render_emargement
from .kit import Sealer, element_lines
from .parchemin import livret_areas, livret_lines, parchemin_lines, render_livret, render_parchemin
from .pv import pv_fields, render_fiche_synthese, render_pv, synthese_fields
from .templates import OPTIONAL, REQUIRED, Template, load_template
from .wording import caveats_line

Offset = tuple[float, float]

_PLAIN: dict[type, Callable[..., bytes]] = {
    FicheResultatsData: render_fiche_resultats,
    ConvocationData: render_convocation,
    PvData: render_pv,
    EmargementData: render_emargement,
    FicheSyntheseData: render_fiche_synthese,
}
_FIELDS: dict[type, Callable[[Any], dict[str, str]]] = {
    FicheResultatsData: fiche_fields,
    ConvocationData: convocation_fields,
    PvData: pv_fields,
    EmargementData: emargement_fields,
    FicheSyntheseData: synthese_fields,
}
_LABELS = {
    "republic": "République",
    "signatory_role": "Qualité du signataire",
    "award_intro": "Formule de délivrance",
    "holder_label": "Mention du titulaire",
    "scope_note": "Portée (précision)",
    "holder_name": "Titulaire",
    "birth_line": "Date et lieu de naissance",
    "identity_line": "Identité",
    "certification_name": "Certification",
    "document_title": "Document",
    "parent_title": "Titre de rattachement",
    "certifier": "Certificateur",
    "rncp_line": "RNCP et arrêté",
    "level_line": "Niveau",
    "nsf_line": "NSF",
    "place_date": "Date et lieu de délivrance",
    "signatory_name": "Signataire",
    "signatory_authority": "Délégation",
    "session_line": "Session",
    "seal_code": "Code de vérification",
    "duplicate": "Duplicata",
    "scope_line": "Portée",
    "deadline_line": "Date limite",
}


def render_document(
    data: DocumentData,
    *,
    template_dir: str | Path | None = None,
    offset: Offset = (0.0, 0.0),
    sealer: Sealer | None = None,
) -> bytes:
    """The PDF of `data`, sealed as it is saved when a `sealer` is given; raises TypeError for
    anything that is not a document data object."""
    if isinstance(data, ParcheminData):
        return render_parchemin(data, load_template("parchemin", template_dir).with_offset(*offset), sealer=sealer)
    if isinstance(data, LivretData):
        return render_livret(data, load_template("livret", template_dir).with_offset(*offset), sealer=sealer)
    renderer = _PLAIN.get(type(data))
    if renderer is None:
        raise TypeError(f"pas de rendu pour {type(data).__name__}")
    return renderer(data, sealer=sealer)


def printed_fields(data: DocumentData, *, template_dir: str | Path | None = None) -> dict[str, str]:
    """Label → exact string drawn whole on one line of the document made from `data`.

    For a parchemin or livret, pass the `template_dir` it was rendered with: a text that a
    template wraps on two lines is reported line by line (« Certification (1/2) », …).
    """
    if isinstance(data, ParcheminData):
        template = load_template("parchemin", template_dir)
        fields = _template_fields(parchemin_lines(data), template)
        fields["Code RNCP"] = data.title.code
        fields["NSF (code)"] = data.title.nsf
        if data.ccs_name:
            fields["Titre de rattachement (nom)"] = data.title.name
        fields.update({f"CCP {c.code}": c.code for c in data.ccps})
        if data.meta.draft and data.meta.caveats:
            fields["Réserves du projet"] = caveats_line(data.meta.caveats)
        return fields
    if isinstance(data, LivretData):
        fields = _template_fields(livret_lines(data), load_template("livret", template_dir))
        fields["Code RNCP"] = data.title.code
        fields["Échéance"] = data.completion_deadline
        obtained, missing = livret_areas(data)
        for entry in obtained.entries:
            fields[f"CCP obtenu {entry.code}"] = entry.code
            fields[f"Obtention {entry.code}"] = entry.details[0]
        fields.update({f"CCP à obtenir {e.code}": e.code for e in missing.entries})
        if data.meta.draft and data.meta.caveats:
            fields["Réserves du projet"] = caveats_line(data.meta.caveats)
        return fields
    fields_of = _FIELDS.get(type(data))
    if fields_of is None:
        raise TypeError(f"pas de rendu pour {type(data).__name__}")
    return {k: v for k, v in fields_of(data).items() if v}


def _template_fields(lines: dict[str, str], template: Template) -> dict[str, str]:
    """The required elements' texts, split as the template draws them."""
    fields: dict[str, str] = {}
    for name in (*REQUIRED[template.kind], *OPTIONAL[template.kind]):
        text = lines.get(name, "")
        if not text or name not in template.elements or template[name].type != "text":
            continue
        label = _LABELS.get(name, name)
        parts = element_lines(template[name], text)
        if len(parts) == 1:
            fields[label] = text
        else:
            fields.update({f"{label} ({i}/{len(parts)})": p for i, p in enumerate(parts, start=1)})
    return fields


def render_combined(items: Iterable[DocumentData], **kw: Any) -> bytes:
    """One PDF holding the pages of every document of `items`, in order (kw: as render_document)."""
    items = list(items)
    return combine_pdfs([render_document(data, **kw) for data in items], combined_info(items))


def combined_info(items: Sequence[DocumentData]) -> dict[str, str]:
    """The information dictionary of a file combining the documents of `items`."""
    kinds = sorted({data.meta.label for data in items})
    return {
        "Title": " + ".join(kinds) + f" ({len(items)} documents)" if items else "Documents",
        "Author": "juryapp",
        "Subject": "Documents de session du titre professionnel",
        "Creator": "juryapp",
    }
