"""Text contrast at least 4.5:1 (WCAG 2.1, AA) for every colour the windows write text in.

Every colour of juryapp/gui is read from its source (frame lines left out): a dark one (relative luminance below 0.4) is
text, a light one is a background. Each text colour is checked against white, against Qt's
default window grey (Fusion's #efefef), and against every background colour the windows use: a
colour used for text passes on any of them, whichever a screen pairs it with."""

from __future__ import annotations

import re
from pathlib import Path

import juryapp

GUI = Path(juryapp.__file__).parent / "gui"
HEX = re.compile(r"#([0-9a-fA-F]{6})\b")
BORDER = re.compile(r"border[^;\"]*#([0-9a-fA-F]{6})\b")  # a frame's line, neither text nor ground
BACKGROUNDS = {"ffffff", "efefef"}  # the default base and window colours (Fusion)
AA = 4.5


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _colours() -> set[str]:
    found: set[str] = set()
    for path in GUI.rglob("*.py"):
        if "forms" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        borders = {match.lower() for match in BORDER.findall(text)}
        found |= {match.lower() for match in HEX.findall(BORDER.sub("", text))} - borders
    return found


def test_the_contrast_formula() -> None:
    assert round(contrast("000000", "ffffff"), 1) == 21.0
    assert round(contrast("777777", "ffffff"), 2) == 4.48  # the classic grey that just fails


def test_every_text_colour_reads_on_every_background() -> None:
    colours = _colours()
    texts = {c for c in colours if luminance(c) < 0.4}
    backgrounds = BACKGROUNDS | {c for c in colours if luminance(c) >= 0.4}
    assert texts and len(backgrounds) > 2, "no colour found in juryapp/gui: the test reads nothing"
    failing = sorted(
        f"#{text} on #{back}: {contrast(text, back):.2f}:1"
        for text in texts
        for back in backgrounds
        if contrast(text, back) < AA
    )
    assert failing == [], "text colours under 4.5:1:\n" + "\n".join(failing)
