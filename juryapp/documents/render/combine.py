"""One PDF holding the pages of documents already rendered, without drawing them again.

Contract: `combine_pdfs(pdfs, info)` returns a PDF whose pages are, in order, the pages of each
PDF of `pdfs` — the same page objects, content streams and resources, byte for byte — under a
new catalog and page tree, with `info` as its information dictionary (title, author…).

The documents are the ones juryapp renders (ReportLab's plain layout: a cross-reference table,
one page tree, objects written one after the other), so that the objects are copied as they are
with their numbers shifted, rather than parsed and written again. Identical objects that refer
to nothing (a font subset shared by several documents, its ToUnicode map) are written once. A
PDF laid out otherwise is combined by pypdf instead: the same pages, more slowly.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s*%%EOF\s*$")
_XREF_HEAD = re.compile(rb"xref\s+0\s+(\d+)\s+")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])\s{1,2}")
_OBJECT_HEAD = re.compile(rb"(\d+) 0 obj\s")
_REF = re.compile(rb"(?<![\w.+\-])(\d+) 0 R(?![\w])")
# A literal string is skipped whole (ReportLab escapes the parentheses inside one), so that no
# text in it is ever taken for a reference; otherwise a reference.
_STRING_OR_REF = re.compile(rb"\((?:\\.|[^\\()])*\)|" + _REF.pattern, re.DOTALL)
_KEY_REF = {key: re.compile(rb"/" + key + rb"\s+(\d+) 0 R") for key in (b"Root", b"Info", b"Pages", b"Outlines")}
_KIDS = re.compile(rb"/Kids\s*\[([^\]]*)\]")
_STREAM = re.compile(rb">>\s*stream\r?\n")
_VERSION = re.compile(rb"%PDF-(\d\.\d)")


class _Unexpected(Exception):
    """The PDF is not laid out as this module expects."""


@dataclass(frozen=True, slots=True)
class _Document:
    objects: dict[int, bytes]  # number → the object's body (between « n 0 obj » and « endobj »)
    pages: list[int]
    page_tree: int
    dropped: frozenset[int]  # catalog, page tree, information dictionary, outlines
    version: bytes


def _read(pdf: bytes) -> _Document:
    tail = _STARTXREF.search(pdf, max(0, len(pdf) - 64))
    if tail is None:
        raise _Unexpected("startxref")
    xref_at = int(tail.group(1))
    head = _XREF_HEAD.match(pdf, xref_at)
    if head is None:
        raise _Unexpected("xref")
    count = int(head.group(1))
    offsets: dict[int, int] = {}
    position = head.end()
    for number in range(count):
        entry = _XREF_ENTRY.match(pdf, position)
        if entry is None:
            raise _Unexpected("xref entry")
        position = entry.end()
        if entry.group(3) == b"n":
            if entry.group(2) != b"00000":
                raise _Unexpected("generation")
            offsets[number] = int(entry.group(1))
    trailer = pdf[position : tail.start()]
    if not trailer.lstrip().startswith(b"trailer"):
        raise _Unexpected("trailer")
    ordered = sorted(offsets.items(), key=lambda item: item[1])
    ends = [start for _number, start in ordered[1:]] + [xref_at]
    objects: dict[int, bytes] = {}
    for (number, start), end in zip(ordered, ends, strict=True):
        match = _OBJECT_HEAD.match(pdf, start)
        body = pdf[match.end() : end].rstrip() if match else b""
        if match is None or int(match.group(1)) != number or not body.endswith(b"endobj"):
            raise _Unexpected(f"object {number}")
        objects[number] = body[: -len(b"endobj")]
    root = _required(_KEY_REF[b"Root"], trailer)
    info = _number(_KEY_REF[b"Info"], trailer)
    page_tree = _required(_KEY_REF[b"Pages"], objects[root])
    outlines = _number(_KEY_REF[b"Outlines"], objects[root])
    kids = _KIDS.search(objects[page_tree])
    if kids is None:
        raise _Unexpected("kids")
    pages = [int(number) for number in _REF.findall(kids.group(1))]
    if not pages or any(b"/Kids" in objects.get(page, b"/Kids") for page in pages):
        raise _Unexpected("nested page tree")
    dropped = frozenset(n for n in (root, info, page_tree, outlines) if n is not None)
    version = _VERSION.match(pdf)
    return _Document(objects, pages, page_tree, dropped, version.group(1) if version else b"1.4")


def _number(pattern: re.Pattern[bytes], text: bytes) -> int | None:
    match = pattern.search(text)
    return int(match.group(1)) if match else None


def _required(pattern: re.Pattern[bytes], text: bytes) -> int:
    number = _number(pattern, text)
    if number is None:
        raise _Unexpected(pattern.pattern.decode())
    return number


def _renumbered(body: bytes, numbers: Mapping[int, int]) -> bytes:
    """`body` with each reference renumbered (a stream's data is left as it is)."""
    stream = _STREAM.search(body)
    head, data = (body[: stream.end()], body[stream.end() :]) if stream else (body, b"")

    def replace(match: re.Match[bytes]) -> bytes:
        if match.group(1) is None:  # a literal string
            return match.group(0)
        new = numbers.get(int(match.group(1)))
        if new is None:
            raise _Unexpected(f"reference to {match.group(1).decode()}")
        return b"%d 0 R" % new

    return _STRING_OR_REF.sub(replace, head) + data


def _has_references(body: bytes) -> bool:
    stream = _STREAM.search(body)
    head = body[: stream.end()] if stream else body
    return any(match.group(1) is not None for match in _STRING_OR_REF.finditer(head))


def _text(value: str) -> bytes:
    """A PDF text string: PDFDocEncoding-safe ASCII as a literal, anything else in UTF-16BE."""
    if value.isascii() and value.isprintable():
        escaped = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return b"(" + escaped.encode("ascii") + b")"
    return b"<" + (codecs.BOM_UTF16_BE + value.encode("utf-16-be")).hex().upper().encode("ascii") + b">"


def combine_pdfs(pdfs: Sequence[bytes], info: Mapping[str, str]) -> bytes:
    """The pages of every PDF of `pdfs`, in order, in one PDF whose information dictionary holds
    `info` (« Title », « Author »… as text)."""
    try:
        documents = [_read(pdf) for pdf in pdfs]
    except (_Unexpected, KeyError, ValueError):
        return _combine_with_pypdf(pdfs, info)
    try:
        return _combine(documents, info)
    except _Unexpected:
        return _combine_with_pypdf(pdfs, info)


def _combine(documents: list[_Document], info: Mapping[str, str]) -> bytes:
    out: list[bytes] = []
    offsets: dict[int, int] = {}  # object number → where it starts
    size = 0

    def add(number: int, body: bytes) -> None:
        nonlocal size
        offsets[number] = size
        chunk = b"%d 0 obj\n" % number + body.rstrip(b"\n") + b"\nendobj\n"
        out.append(chunk)
        size += len(chunk)

    version = max((d.version for d in documents), default=b"1.4")
    header = b"%PDF-" + version + b"\n%\x93\x8c\x8b\x9e juryapp\n"
    out.append(header)
    size = len(header)
    page_tree = 1  # written last, once every page has its number
    next_number = 2
    written: dict[bytes, int] = {}  # the body of each object that refers to nothing → its number
    kids: list[int] = []
    for document in documents:
        numbers: dict[int, int] = {document.page_tree: page_tree}
        pending: list[int] = []
        # Objects that refer to nothing (a font program, an image…) are written once each.
        for number, body in document.objects.items():
            if number in document.dropped:
                continue
            if _has_references(body):
                pending.append(number)
                numbers[number] = next_number
                next_number += 1
            elif body in written:
                numbers[number] = written[body]
            else:
                numbers[number] = written[body] = next_number
                add(next_number, body)
                next_number += 1
        for number in pending:
            add(numbers[number], _renumbered(document.objects[number], numbers))
        kids += [numbers[page] for page in document.pages]
    catalog, information = next_number, next_number + 1
    add(catalog, b"<<\n/Pages %d 0 R /Type /Catalog\n>>" % page_tree)
    entries = b" ".join(b"/" + key.encode("ascii") + b" " + _text(value) for key, value in info.items())
    add(information, b"<<\n" + entries + b"\n>>")
    references = b" ".join(b"%d 0 R" % kid for kid in kids)
    add(page_tree, b"<<\n/Count %d /Kids [ %s ] /Type /Pages\n>>" % (len(kids), references))
    count = information + 1
    xref = [b"xref\n0 %d\n0000000000 65535 f \n" % count]
    xref += [b"%010d 00000 n \n" % offsets[number] for number in range(1, count)]
    trailer = b"trailer\n<<\n/Info %d 0 R /Root %d 0 R /Size %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        information,
        catalog,
        count,
        size,
    )
    return b"".join(out) + b"".join(xref) + trailer


def _combine_with_pypdf(pdfs: Sequence[bytes], info: Mapping[str, str]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        for page in PdfReader(io.BytesIO(pdf)).pages:
            writer.add_page(page)
    writer.add_metadata({f"/{key}": value for key, value in info.items()})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
