"""PDF rendering of the jury documents with ReportLab (no Qt here).

Public API:
- `render_document(data, *, template_dir=None, offset=(0.0, 0.0), sealer=None) -> bytes`
- `render_combined(items, **kw) -> bytes`, `combine_pdfs(pdfs, info) -> bytes` (documents already
  rendered), `combined_info(items) -> dict`
- `printed_fields(data, *, template_dir=None) -> dict[str, str]`
- `load_template(kind, template_dir=None) -> Template`, `Template.with_offset(dx, dy)`
- `render_calibration(template, offset=(0.0, 0.0)) -> bytes`
- `register_fonts()`

Importing it sets ReportLab up as every document is made (`kit.configure_reportlab`).
"""

from __future__ import annotations

from .calibration import render_calibration
from .combine import combine_pdfs
from .document import combined_info, printed_fields, render_combined, render_document
from .fonts import register_fonts
from .kit import configure_reportlab
from .templates import Element, Template, load_template

configure_reportlab()

__all__ = [
    "Element",
    "Template",
    "combine_pdfs",
    "combined_info",
    "load_template",
    "printed_fields",
    "register_fonts",
    "render_calibration",
    "render_combined",
    "render_document",
]
