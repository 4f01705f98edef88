"""The DejaVu fonts shipped in resources/fonts, registered once with ReportLab and embedded.

Contract: after `register_fonts()` the names in `FONT_FILES` (and the families `SERIF`, `SANS`)
can be used anywhere in ReportLab; calling it again does nothing. Every PDF embeds the subset of
glyphs it uses (TTFont), so accents and « » survive printing and text extraction.

The objects that embed a subset (the font program, its ToUnicode map, its widths) are the same
bytes in every document that uses the same subset of the same face: they are made and
compressed once per process (`EmbeddedFont`), not once per document; string widths are
remembered too. The PDFs are unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont, makeToUnicodeCMap

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


class _Formatted(pdfdoc.PDFObject):
    """An indirect PDF object whose bytes are known but for a few values (references, a name):
    `parts` around them, made once for any document."""

    __RefOnly__ = 1

    def __init__(self, parts: tuple[bytes, ...], *values: Any) -> None:
        self.parts = parts
        self.values = values

    def format(self, document: Any) -> bytes:
        out = [self.parts[0]]
        for value, part in zip(self.values, self.parts[1:], strict=True):
            out += [pdfdoc.format(value, document), part]
        return b"".join(out)


class _Slot(pdfdoc.PDFObject):
    """Where a per-document value goes in a formatted object (a marker, split on)."""

    def __init__(self, number: int) -> None:
        self.marker = b"\x00juryapp-slot-%d\x00" % number

    def format(self, document: Any) -> bytes:
        return self.marker


def _parts(obj: Any, document: Any, *slots: _Slot) -> tuple[bytes, ...]:
    """The bytes of `obj` around each of its `slots`, which must appear once each, in this order."""
    data = pdfdoc.format(obj, document, toplevel=1)
    parts = []
    for slot in slots:
        head, found, data = data.partition(slot.marker)
        if not found or slot.marker in data or any(other.marker in head for other in slots):
            raise ValueError("slots not formatted once each, in order")
        parts.append(head)
    return (*parts, data)


@dataclass(frozen=True, slots=True)
class _SubsetObjects:
    """A subset's objects: its font dictionary (around its name, ToUnicode map and descriptor),
    its descriptor (around its font program), its ToUnicode map and its font program."""

    font: tuple[bytes, ...]
    descriptor: tuple[bytes, ...]
    to_unicode: tuple[bytes, ...]
    font_file: tuple[bytes, ...]


_SUBSETS: dict[tuple[str, str, tuple[int, ...], bool], _SubsetObjects] = {}


class EmbeddedFont(TTFont):
    """ReportLab's TTFont, with the objects of each subset formatted once per process.

    `addObjects` is ReportLab's own (reportlab.pdfbase.ttfonts.TTFont.addObjects and
    TTFontFace.addSubsetObjects) with the objects of each subset — font dictionary, descriptor,
    ToUnicode CMap, font program — formatted once, by ReportLab, per face, subset (its characters
    in code order) and compression, then only their references and name filled in for each
    document: same objects, same bytes.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[tuple[Any, float, str], float] = {}

    def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        """ReportLab's width, remembered: the same labels and words recur on every document."""
        key = (text, size, encoding)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) >= 16384:
                self._widths.clear()
            width = self._widths[key] = super().stringWidth(text, size, encoding)
        return width

    def addObjects(self, doc: Any) -> None:  # noqa: N802 (ReportLab's name)
        if not isinstance(doc.encrypt, pdfdoc.NoEncryption):
            super().addObjects(doc)  # an encrypted stream depends on its document
            return
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        face = self.face
        names = [
            b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            for n in range(len(state.subsets))
        ]
        try:
            subsets = [self._subset_objects(doc, name, chars) for name, chars in zip(names, state.subsets, strict=True)]
        except ValueError:  # a ReportLab that formats these objects otherwise: its own way, then
            super().addObjects(doc)
            return
        state.frozen = 1
        for n, (base_font_name, objects) in enumerate(zip(names, subsets, strict=True)):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            to_unicode = doc.Reference(_Formatted(objects.to_unicode), "toUnicodeCMap:" + base_font_name)
            program = doc.Reference(_Formatted(objects.font_file), f"fontFile:{face.filename}({base_font_name})")
            descriptor = doc.Reference(_Formatted(objects.descriptor, program), "fontDescriptor:" + base_font_name)
            font = _Formatted(objects.font, descriptor, pdfdoc.PDFName(internal_name), to_unicode)
            doc.Reference(font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = font
        del self.state[doc]

    def _subset_objects(self, doc: Any, base_font_name: str, subset: list[int]) -> _SubsetObjects:
        key = (self.face.filename, base_font_name, tuple(subset), bool(doc.compression))
        objects = _SUBSETS.get(key)
        if objects is None:
            objects = _SUBSETS[key] = self._format_subset(doc, base_font_name, subset)
        return objects

    def _format_subset(self, doc: Any, base_font_name: str, subset: list[int]) -> _SubsetObjects:
        """The objects ReportLab makes for a subset, formatted with slots for what depends on the
        document (TTFont.addObjects, TTFontFace.addSubsetObjects)."""
        face = self.face
        filters = [pdfdoc.PDFZCompress] if doc.compression else None
        cmap = pdfdoc.PDFStream(content=makeToUnicodeCMap(base_font_name, subset), filters=filters)
        content = face.makeSubset(subset)
        program = pdfdoc.PDFStream(content=content, filters=filters)
        program.dictionary["Length1"] = len(content)
        program_slot = _Slot(0)
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "FontName": pdfdoc.PDFName(base_font_name),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": program_slot,
                "MissingWidth": face.defaultWidth,
            }
        )
        descriptor_slot, name_slot, to_unicode_slot = _Slot(1), _Slot(2), _Slot(3)
        font = pdfdoc.PDFDictionary(  # as pdfdoc.PDFTrueTypeFont formats itself
            {
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("TrueType"),
                "BaseFont": pdfdoc.PDFName(base_font_name),
                "Name": name_slot,
                "FirstChar": 0,
                "LastChar": len(subset) - 1,
                "Widths": pdfdoc.PDFArray([face.getCharWidth(code) for code in subset]),
                "ToUnicode": to_unicode_slot,
                "FontDescriptor": descriptor_slot,
            }
        )
        return _SubsetObjects(
            _parts(font, doc, descriptor_slot, name_slot, to_unicode_slot),
            _parts(descriptor, doc, program_slot),
            _parts(cmap, doc),
            _parts(program, doc),
        )


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
        pdfmetrics.registerFont(EmbeddedFont(name, str(path)))
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
