"""Page layouts of the parchemin and the livret, read from JSON so a centre can follow its stock.

A template file `<kind>.json` (shipped in resources/templates/, or in a centre's own folder)
gives, in millimetres from the bottom-left corner of the page, where each element goes:

    {"kind": "parchemin", "page": {"width": 210, "height": 297}, "frame": true,
     "elements": {"holder_name": {"type": "text", "x": 105, "y": 177,
                                  "font": "DejaVuSerif-Bold", "size": 22,
                                  "align": "center", "max_width": 170}, ...}}

Element types and what their anchor (x, y) means:
- "text": the baseline point of one line; `align` says whether x is its left edge, centre or
  right edge. A line wider than `max_width` is drawn smaller; with `"max_lines": 2` a line
  that would shrink below 75 % of its size is cut in two, the second `leading` mm lower.
- "area": the top-left corner of a block `width` x `height` that a list flows down in.
- "qr": the bottom-left corner of a square of side `width`.
`size` is a font size in points; `leading` (areas) is the line pitch in millimetres.

Elements listed in `OPTIONAL` (e.g. `identity_line`, the « Nom de naissance … Prénom(s) » line)
take a default position that fits the shipped layout when a template does not place them.

Contract: `load_template` returns a validated `Template` or raises `BadInput` naming the file and
the element; `Template.with_offset(dx, dy)` moves every element by the printer's offset.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from juryapp.errors import BadInput
from juryapp.paths import TEMPLATES

from .fonts import is_known_font

SHIPPED_TEMPLATES: Path = TEMPLATES
TEMPLATE_KINDS = ("parchemin", "livret")
ELEMENT_TYPES = ("text", "area", "qr")
ALIGNMENTS = ("left", "center", "right")

# Elements every template of a kind must place: the mentions France compétences requires.
REQUIRED: dict[str, tuple[str, ...]] = {
    "parchemin": (
        "republic",
        "certifier",
        "duplicate",
        "document_title",
        "certification_name",
        "parent_title",
        "award_intro",
        "holder_name",
        "birth_line",
        "session_line",
        "rncp_line",
        "level_line",
        "nsf_line",
        "ccp_list",
        "place_date",
        "signatory_authority",
        "signatory_role",
        "signatory_name",
        "seal_qr",
        "seal_code",
    ),
    "livret": (
        "republic",
        "certifier",
        "duplicate",
        "document_title",
        "certification_name",
        "rncp_line",
        "level_line",
        "nsf_line",
        "holder_label",
        "holder_name",
        "birth_line",
        "scope_line",
        "scope_note",
        "obtained_list",
        "missing_list",
        "deadline_line",
        "place_date",
        "signatory_authority",
        "signatory_role",
        "signatory_name",
        "seal_qr",
        "seal_code",
    ),
}


# Elements a template may leave out: they then take this default position, which fits the
# shipped layouts (a centre's own template can place them itself).
OPTIONAL: dict[str, dict[str, dict[str, Any]]] = {
    "parchemin": {
        "identity_line": {
            "type": "text",
            "x": 105,
            "y": 160,
            "font": "DejaVuSerif",
            "size": 10,
            "align": "center",
            "max_width": 170,
        },
    },
    "livret": {
        "identity_line": {
            "type": "text",
            "x": 25,
            "y": 181,
            "font": "DejaVuSerif",
            "size": 9.5,
            "align": "left",
            "max_width": 160,
        },
    },
}


@dataclass(frozen=True, slots=True)
class Element:
    """One placed element; lengths in millimetres, `size` in points."""

    name: str
    type: str
    x: float
    y: float
    font: str = "DejaVuSerif"
    size: float = 10.0
    align: str = "left"
    max_width: float | None = None
    width: float | None = None
    height: float | None = None
    leading: float | None = None
    max_lines: int = 1


@dataclass(frozen=True)
class Template:
    """A validated layout: page size in mm, elements by name, and the offset already applied."""

    kind: str
    page_width: float
    page_height: float
    elements: dict[str, Element]
    frame: bool = False
    offset: tuple[float, float] = field(default=(0.0, 0.0))

    def __getitem__(self, name: str) -> Element:
        return self.elements[name]

    def with_offset(self, dx: float, dy: float) -> Template:
        """The same layout with every element moved by (dx, dy) mm (right and up are positive)."""
        moved = {n: replace(e, x=e.x + dx, y=e.y + dy) for n, e in self.elements.items()}
        total = (self.offset[0] + dx, self.offset[1] + dy)
        return replace(self, elements=moved, offset=total)


def template_path(kind: str, template_dir: str | Path | None = None) -> Path:
    """The file used for `kind`: the centre's own in `template_dir` if present, else the shipped one."""
    if kind not in TEMPLATE_KINDS:
        raise BadInput(f"pas de gabarit pour « {kind} » (gabarits : {', '.join(TEMPLATE_KINDS)})")
    if template_dir is not None:
        own = Path(template_dir) / f"{kind}.json"
        if own.is_file():
            return own
    return SHIPPED_TEMPLATES / f"{kind}.json"


_PARSED: dict[tuple[str, bytes], Template] = {}


def load_template(kind: str, template_dir: str | Path | None = None) -> Template:
    """Read and validate the layout of `kind` ("parchemin" or "livret"). The file is read each
    time; the same text is parsed and validated once."""
    path = template_path(kind, template_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise BadInput("gabarit introuvable", file=path) from exc
    template = _PARSED.get((kind, raw))
    if template is None:
        template = _read_template(kind, path, raw)
        if len(_PARSED) >= 64:
            _PARSED.clear()
        _PARSED[(kind, raw)] = template
    return template


def _read_template(kind: str, path: Path, raw: bytes) -> Template:
    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BadInput(f"JSON invalide ({exc.reason})", file=path) from exc
    except json.JSONDecodeError as exc:
        raise BadInput(f"JSON invalide ({exc.msg}, ligne {exc.lineno})", file=path) from exc
    try:
        return _parse(kind, doc)
    except BadInput as exc:
        raise exc.within(path) from None


def _parse(kind: str, doc: Any) -> Template:
    if not isinstance(doc, dict) or doc.get("kind") != kind:
        raise BadInput(f"le gabarit doit être un objet dont « kind » vaut « {kind} »", field="kind")
    page = doc.get("page", {"width": 210, "height": 297})
    width, height = _number(page, "width", "page"), _number(page, "height", "page")
    raw = doc.get("elements")
    if not isinstance(raw, dict):
        raise BadInput("« elements » doit être un objet", field="elements")
    elements = {name: _element(name, spec) for name, spec in raw.items()}
    for name, spec in OPTIONAL[kind].items():
        elements.setdefault(name, _element(name, spec))
    missing = [n for n in REQUIRED[kind] if n not in elements]
    if missing:
        raise BadInput(f"éléments manquants : {', '.join(missing)}", field="elements")
    return Template(kind, width, height, elements, frame=bool(doc.get("frame", False)))


def _element(name: str, spec: Any) -> Element:
    where = f"elements.{name}"
    if not isinstance(spec, dict):
        raise BadInput("doit être un objet", field=where)
    kind = spec.get("type", "text")
    if kind not in ELEMENT_TYPES:
        raise BadInput(f"type « {kind} » inconnu ({', '.join(ELEMENT_TYPES)})", field=where)
    font = spec.get("font", "DejaVuSerif")
    if not is_known_font(font):
        raise BadInput(f"police « {font} » inconnue", field=where)
    align = spec.get("align", "left")
    if align not in ALIGNMENTS:
        raise BadInput(f"alignement « {align} » inconnu ({', '.join(ALIGNMENTS)})", field=where)
    optional = {k: _number(spec, k, where) for k in ("max_width", "width", "height", "leading") if k in spec}
    if kind in ("area", "qr") and "width" not in optional:
        raise BadInput("« width » est obligatoire pour ce type", field=where)
    if kind == "area" and "height" not in optional:
        raise BadInput("« height » est obligatoire pour une zone", field=where)
    max_lines = spec.get("max_lines", 1)
    if isinstance(max_lines, bool) or max_lines not in (1, 2):
        raise BadInput("« max_lines » vaut 1 ou 2", field=where)
    size = _number(spec, "size", where) if "size" in spec else 10.0
    return Element(
        name,
        kind,
        _number(spec, "x", where),
        _number(spec, "y", where),
        font=font,
        size=size,
        align=align,
        max_lines=max_lines,
        **optional,
    )


def _number(spec: Any, key: str, where: str) -> float:
    value = spec.get(key) if isinstance(spec, dict) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise BadInput(f"« {key} » doit être un nombre (mm ou points)", field=where)
    return float(value)
