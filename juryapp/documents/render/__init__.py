"""PDF rendering of the jury documents with ReportLab (no Qt here).

Public API:
- `render_document(data, *, template_dir=None, offset=(0.0, 0.0)) -> bytes`
- `render_combined(items, **kw) -> bytes`
- `printed_fields(data, *, template_dir=None) -> dict[str, str]`
- `load_template(kind, template_dir=None) -> Template`, `Template.with_offset(dx, dy)`
- `render_calibration(template, offset=(0.0, 0.0)) -> bytes`
- `register_fonts()`
"""

from __future__ import annotations

from .calibration import render_calibration
from .document import printed_fields, render_combined, render_document
from .fonts import register_fonts
from .templates import Element, Template, load_template

__all__ = [
    "Element",
    "Template",
    "load_template",
    "printed_fields",
    "register_fonts",
    "render_calibration",
    "render_combined",
    "render_document",
]
