"""Render the application icon: juryapp/resources/icons/juryapp.svg to PNGs and a Windows .ico.

    .venv/bin/python packaging/build_icons.py

Qt draws (QSvgRenderer, the same SVG renderer the window would use), Pillow bundles the PNGs
into the .ico (each size its own rendering, not a resampled 256). The outputs are kept in the
repository: `make package` does not redraw them, and needs neither a display nor Pillow.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "juryapp" / "resources" / "icons"
SOURCE = ICONS / "juryapp.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"juryapp-{size}.png"


def render() -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} : SVG illisible")
    pngs = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def main() -> None:
    from PIL import Image

    pngs = render()
    for size, data in pngs.items():
        (ICONS / png_name(size)).write_bytes(data)
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    largest = images[max(SIZES)]
    largest.save(
        ICONS / "juryapp.ico",
        format="ICO",
        sizes=[(size, size) for size in SIZES],
        append_images=[images[size] for size in SIZES if size != max(SIZES)],
    )
    print(f"{len(SIZES)} PNG et juryapp.ico écrits dans {ICONS}")


if __name__ == "__main__":
    main()
