"""QR codes for the seal: ReportLab's QR code, drawn as one small bitmap.

Contract: `qr_modules(text)` is the QR code of `text` (error correction M) exactly as ReportLab's
encoder (reportlab.graphics.barcode.qrencoder) makes it, module for module; `qr_inline_image(text)`
is that code as a PDF inline image (BI … ID … EI) filling the unit square, to be placed with a
`cm` transformation: one bit per pixel, 8×8 pixels a module, a quiet zone of two modules.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel, QRRSBlock

QR_QUIET = 2  # modules of white around the code
QR_PIXELS = 8  # pixels a module is wide and high: one byte of a one-bit-per-pixel row
_DARK_BLACK = bytes.maketrans(b"01", b"\xff\x00")  # a module's byte: 0 is black, 1 is white


@functools.lru_cache(maxsize=64)
def qr_inline_image(text: str) -> str:
    """The inline image (BI … ID … EI) of the QR code of `text`, one unit square."""
    size, rows = _qr_rows(text)
    side = size + 2 * QR_QUIET
    blank = b"\xff" * side
    margin = b"\xff" * QR_QUIET
    lines = [blank] * QR_QUIET
    lines += [margin + format(row, f"0{size}b").encode("ascii").translate(_DARK_BLACK) + margin for row in rows]
    lines += [blank] * QR_QUIET
    pixels = b"".join(line * QR_PIXELS for line in lines)
    width = side * QR_PIXELS
    data = zlib.compress(pixels).hex()
    return f"BI\n/W {width} /H {width} /BPC 1 /CS /G /F [/AHx /Fl]\nID\n{data}>\nEI"


def qr_modules(text: str) -> list[list[bool]]:
    """The modules of the QR code of `text` (error correction M), row by row, True for dark."""
    size, rows = _qr_rows(text)
    return [[bool(row >> (size - 1 - column) & 1) for column in range(size)] for row in rows]


# The QR code is ReportLab's (reportlab.graphics.barcode.qrencoder: its choice of mode and
# version, its codewords, its placement, its choice among the eight mask patterns by its own
# penalty rules), computed on integers instead of lists of booleans: each row of modules is an
# int (the leftmost module in the highest bit), the grid parts that do not depend on the text are
# made once per version by ReportLab itself, the Reed-Solomon codes with log tables. Same code,
# module for module (tests/test_documents_render.py compares them).


def _qr_rows(text: str) -> tuple[int, list[int]]:
    """(size, rows) of the QR code of `text`."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    version = code.calculate_version()
    layout = _qr_layout(version, code.errorCorrectLevel)
    data = layout.place(_qr_codewords(version, code.errorCorrectLevel, code.dataList))
    best, pattern = 0, 0
    for mask in range(8):
        lost = layout.lost_points(layout.function | (data ^ layout.masks[mask]))
        if mask == 0 or best > lost:
            best, pattern = lost, mask
    return layout.size, layout.rows(layout.final[pattern] | (data ^ layout.masks[pattern]))


_FINDER = re.compile("10111010000")  # ReportLab looks for it from left to right only


class _QRLayout:
    """What a QR code of one version and error correction level looks like before its data: the
    function patterns (as ReportLab draws them while it tries masks, and for good with each mask's
    format information), each mask pattern over the data modules, where each data bit goes.

    A grid is one integer: row r in lane r (`lane` bits each), its leftmost module in the lane's
    highest bit, the lane's lowest bit always 0 (a guard between rows)."""

    def __init__(self, version: int, level: int) -> None:
        blocks = QRRSBlock.getRSBlocks(version, level)
        self.blocks = [(block.dataCount, block.totalCount - block.dataCount) for block in blocks]
        probe = QRCode(version, level)
        probe.dataCache = [0] * sum(block.totalCount for block in blocks)
        size = probe.moduleCount = version * 4 + 17
        self.size, self.lane = size, size + 1
        self.row_mask = (1 << size) - 1
        lanes = range(size)
        # Where each codeword bit goes: for each character of the grid written in base 2 (highest
        # bit first), the index of the bit it shows, or `bits` (a « 0 » after the codewords).
        self.bits = 8 * len(probe.dataCache)
        shown = {self._position(row, column): i for i, (column, row) in enumerate(probe.dataPosIterator())}
        width = size * self.lane
        self.order = [min(shown.get(width - 1 - g, self.bits), self.bits) for g in range(width)]
        data = sum(1 << position for position in shown)

        def grid(test: bool, mask: int) -> int:
            probe.makeImpl(test, mask)  # with all-zero data: the data modules show the mask
            return self.grid([int("".join("1" if dark else "0" for dark in line), 2) for line in probe.modules])

        self.masks = [grid(True, mask) & data for mask in range(8)]
        self.function = grid(True, 0) & ~data
        self.final = [grid(False, mask) & ~data for mask in range(8)]
        # Masks for the penalty rules: neighbours in a row, rows with a row below, both.
        pairs = ((1 << (size - 1)) - 1) << 1  # bit k: modules k and k + 1 of a row (bits 1 to size)
        self.pairs = sum(pairs << (r * self.lane) for r in lanes)
        self.above = sum(self.row_mask << (1 + r * self.lane) for r in range(size - 1))
        self.blocks_mask = self.pairs & self.above

    def _position(self, row: int, column: int) -> int:
        return row * self.lane + 1 + (self.size - 1 - column)

    def grid(self, rows: Sequence[int]) -> int:
        return sum(row << (1 + r * self.lane) for r, row in enumerate(rows))

    def rows(self, grid: int) -> list[int]:
        return [(grid >> (1 + r * self.lane)) & self.row_mask for r in range(self.size)]

    def place(self, codewords: Sequence[int]) -> int:
        """The data modules (before masking) of these codewords, as a grid."""
        shown = format(int.from_bytes(bytes(codewords), "big"), f"0{self.bits}b") + "0"
        return int("".join([shown[i] for i in self.order]), 2)

    def lost_points(self, grid: int) -> int:
        """reportlab.graphics.barcode.qrencoder.QRUtil.getLostPoint of `grid`, same value: each run
        of five or more modules of one colour, in rows and columns, scores its length minus 2
        (rule 1); each 2×2 block of one colour 3 (rule 2); the finder-like pattern 40 (rule 3, in
        rows only, with ReportLab's bounds); the dark proportion its distance to one half (rule 4)."""
        lane, size = self.lane, self.size
        # A run of n modules is n - 1 equal neighbours, n - 4 windows of four equal neighbours.
        equal = ~(grid ^ (grid >> 1)) & self.pairs
        windows = equal & (equal >> 1) & (equal >> 2) & (equal >> 3)
        lost = windows.bit_count() + 2 * (windows & ~(windows >> 1)).bit_count()
        same = ~(grid ^ (grid >> lane)) & self.above  # a module and the one below it
        windows = same & (same >> lane) & (same >> 2 * lane) & (same >> 3 * lane)
        lost += windows.bit_count() + 2 * (windows & ~(windows >> lane)).bit_count()
        lost += 3 * (same & (same >> 1) & equal & self.blocks_mask).bit_count()
        # ReportLab compares each column (a tuple) with a list: never equal; a row, before its end.
        last = size - 11
        text = format(grid, f"0{size * lane}b")
        lost += 40 * sum(1 for found in _FINDER.finditer(text) if found.start() % lane < last)
        dark = grid.bit_count()
        return lost + 10 * (abs(100 * dark // (size * size) - 50) // 5)


@functools.cache
def _qr_layout(version: int, level: int) -> _QRLayout:
    return _QRLayout(version, level)


class _Bits:
    """ReportLab's QRBitBuffer (`put`, `putBit`, `getLengthInBits`) on one integer."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:  # noqa: N802 (ReportLab's name)
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:  # noqa: N802 (ReportLab's name)
        return self.length


def _qr_codewords(version: int, level: int, segments: Sequence[Any]) -> list[int]:
    """reportlab.graphics.barcode.qrencoder.QRCode.createData: the data codewords, padded, then
    the error correction codewords, interleaved block by block."""
    blocks = _qr_layout(version, level).blocks
    capacity = 8 * sum(data for data, _ec in blocks)
    bits = _Bits()
    for segment in segments:
        segment.write(bits, version)
    if bits.length > capacity:
        raise ValueError(f"code length overflow. ({bits.length} > {capacity})")
    if bits.length + 4 <= capacity:
        bits.put(0, 4)
    if bits.length % 8:
        bits.put(0, 8 - bits.length % 8)
    codewords = list(bits.value.to_bytes(bits.length // 8, "big"))
    pad = 0
    while len(codewords) * 8 < capacity:
        codewords.append((QRCode.PAD0, QRCode.PAD1)[pad])
        pad ^= 1
    data_blocks, ec_blocks, offset = [], [], 0
    for data_count, ec_count in blocks:
        block = codewords[offset : offset + data_count]
        offset += data_count
        data_blocks.append(block)
        ec_blocks.append(_rs_remainder(block, _rs_generator(ec_count)))
    out = []
    for group in (data_blocks, ec_blocks):
        for index in range(max(len(block) for block in group)):
            out += [block[index] for block in group if index < len(block)]
    return out


_GF_EXP = [0] * 512
_GF_LOG = [0] * 256
_value = 1
for _power in range(255):
    _GF_EXP[_power] = _GF_EXP[_power + 255] = _value
    _GF_LOG[_value] = _power
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
del _value, _power


@functools.cache
def _rs_generator(count: int) -> tuple[int, ...]:
    """The logs of the coefficients (after the leading 1) of the generator of `count` codes."""
    poly = [1]
    for power in range(count):
        poly = [a ^ (_GF_EXP[_GF_LOG[b] + power] if b else 0) for a, b in zip([*poly, 0], [0, *poly], strict=True)]
    return tuple(_GF_LOG[c] for c in poly[1:])


def _rs_remainder(data: Sequence[int], generator: Sequence[int]) -> list[int]:
    remainder = [0] * len(generator)
    for byte in data:
        factor = byte ^ remainder[0]
        remainder = remainder[1:]
        remainder.append(0)
        if factor:
            log = _GF_LOG[factor]
            remainder = [r ^ _GF_EXP[log + g] for r, g in zip(remainder, generator, strict=True)]
    return remainder
