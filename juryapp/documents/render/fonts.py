"""The DejaVu fonts shipped in resources/fonts, registered once with ReportLab and embedded.

Contract: after `register_fonts()` the names in `FONT_FILES` (and the families `SERIF`, `SANS`)
can be used anywhere in ReportLab; calling it again does nothing. Every PDF embeds the subset of
glyphs it uses (TTFont), so accents and « » survive printing and text extraction.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from juryapp.paths import FONTS

FONTS_DIR: Path = FONTS

SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"
SERIF_ITALIC = "DejaVuSerif-Italic"
SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"

FONT_FILES: dict[str, str] = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}

_registered = False


def register_fonts() -> None:
    """Register the five DejaVu faces and the two families (bold/italic mappings) once.

    Raises FileNotFoundError naming the missing file when a font is not shipped.
    """
    global _registered
    if _registered:
        return
    for name, filename in FONT_FILES.items():
        path = FONTS_DIR / filename
        if not path.is_file():
            raise FileNotFoundError(f"Police introuvable : {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> and <i> in paragraphs pick the right face; there is no bold italic nor sans italic.
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    _registered = True


def is_known_font(name: str) -> bool:
    """Whether `name` is one of the shipped faces a template may ask for."""
    return name in FONT_FILES


def text_width(text: str, font: str, size: float) -> float:
    """Width of `text` in points once drawn in `font` at `size` points."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))
