"""The calibration page: print it on the pre-printed stock, measure, and set the printer offset.

Contract: `render_calibration(template, offset)` returns a one-page PDF of the template's page
size with a millimetre grid (a line every 5 mm, labelled every 10 mm), rulers along the edges,
a 100 mm bar to check the printer's scale, and a crosshair with its name at each element's
anchor once moved by `offset` (dx, dy in mm, right and up positive).
"""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .fonts import SANS, SANS_BOLD, register_fonts
from .kit import INK, draw_line
from .templates import Element, Template

GRID_FINE = Color(0.82, 0.86, 0.92)
GRID_BOLD = Color(0.55, 0.63, 0.78)
MARK = Color(0.8, 0.1, 0.1)
CROSS = 4 * mm


def render_calibration(template: Template, offset: tuple[float, float] = (0.0, 0.0)) -> bytes:
    """A grid in mm with a named crosshair at every element's anchor (offset applied)."""
    register_fonts()
    moved = template.with_offset(*offset)
    width, height = template.page_width, template.page_height
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width * mm, height * mm), pageCompression=1, initialFontName=SANS)
    canvas.setTitle(f"Calibration du gabarit « {template.kind} »")
    canvas.setAuthor("juryapp")
    canvas.setSubject("Page de calibration de l'imprimante (décalage en mm)")
    _grid(canvas, width, height)
    _rulers(canvas, width, height)
    for element in moved.elements.values():
        _crosshair(canvas, element)
    _legend(canvas, template, moved.offset, width, height)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _grid(canvas: Canvas, width: float, height: float) -> None:
    canvas.saveState()
    for step, colour, line in ((5, GRID_FINE, 0.25), (10, GRID_BOLD, 0.4)):
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(line)
        for x in range(0, int(width) + 1, step):
            canvas.line(x * mm, 0, x * mm, height * mm)
        for y in range(0, int(height) + 1, step):
            canvas.line(0, y * mm, width * mm, y * mm)
    canvas.restoreState()


def _rulers(canvas: Canvas, width: float, height: float) -> None:
    """Ticks every mm along the bottom and left edges, numbers every 10 mm."""
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setFillColor(INK)
    canvas.setLineWidth(0.3)
    for x in range(int(width) + 1):
        tick = 4 if x % 10 == 0 else 2.5 if x % 5 == 0 else 1.5
        canvas.line(x * mm, 0, x * mm, tick * mm)
        if x % 10 == 0 and 0 < x < width:
            draw_line(canvas, str(x), x * mm, 5 * mm, SANS, 5.5, align="center")
    for y in range(int(height) + 1):
        tick = 4 if y % 10 == 0 else 2.5 if y % 5 == 0 else 1.5
        canvas.line(0, y * mm, tick * mm, y * mm)
        if y % 10 == 0 and 0 < y < height:
            draw_line(canvas, str(y), 5 * mm, y * mm - 2, SANS, 5.5)
    canvas.restoreState()


def _crosshair(canvas: Canvas, element: Element) -> None:
    x, y = element.x * mm, element.y * mm
    canvas.saveState()
    canvas.setStrokeColor(MARK)
    canvas.setFillColor(MARK)
    canvas.setLineWidth(0.5)
    canvas.line(x - CROSS, y, x + CROSS, y)
    canvas.line(x, y - CROSS, x, y + CROSS)
    canvas.circle(x, y, 1 * mm)
    if element.type in ("area", "qr") and element.width:
        canvas.setDash(2, 2)
        w = element.width * mm
        h = (element.height or element.width) * mm
        canvas.rect(x, y - h if element.type == "area" else y, w, h)
    label = f"{element.name} ({element.x:.1f} ; {element.y:.1f})"
    draw_line(canvas, label, x + 1.5 * mm, y + 1.2 * mm, SANS, 5.5)
    canvas.restoreState()


def _legend(canvas: Canvas, template: Template, offset: tuple[float, float], width: float, height: float) -> None:
    x, top = 20 * mm, (height - 8) * mm
    canvas.setFillColor(white)
    canvas.rect(x - 2 * mm, top - 6 * mm, (width - 26) * mm, 10 * mm, stroke=0, fill=1)
    canvas.rect(x + 20 * mm, 13 * mm, 120 * mm, 7 * mm, stroke=0, fill=1)
    canvas.setFillColor(INK)
    draw_line(
        canvas,
        f"Calibration du gabarit « {template.kind} » — positions en mm depuis le coin inférieur gauche",
        x,
        top,
        SANS_BOLD,
        8,
        max_width=(width - 30) * mm,
    )
    draw_line(
        canvas,
        f"Décalage appliqué : dx = {offset[0]:+.1f} mm, dy = {offset[1]:+.1f} mm. "
        "Mesurez l'écart entre chaque croix et sa case sur le support, puis corrigez le "
        "décalage de l'imprimante.",
        x,
        top - 4 * mm,
        SANS,
        6.5,
        max_width=(width - 30) * mm,
    )
    bar_y = 16 * mm
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    canvas.line(x + 30 * mm, bar_y, x + 130 * mm, bar_y)
    for end in (30, 130):
        canvas.line(x + end * mm, bar_y - 1.5 * mm, x + end * mm, bar_y + 1.5 * mm)
    draw_line(
        canvas,
        "100 mm : vérifiez l'échelle d'impression (100 %, sans ajustement à la page)",
        x + 80 * mm,
        bar_y + 2 * mm,
        SANS,
        6.5,
        align="center",
    )
