"""Render the application icon: ``python packaging/make_icons.py``.

``resources/icons/brst-desktop.svg`` is the source; this writes the PNG sizes Linux desktops and
the window use, the Windows ``.ico`` and the macOS ``.icns`` next to it. The generated files are
committed, so building a release needs no SVG renderer; run this again after editing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "brst-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> Image.Image:
    """The SVG rasterised by Qt at ``size`` pixels square, as an RGBA Pillow image."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    images = {size: render(size) for size in (*PNG_SIZES, 1024)}
    for size in PNG_SIZES:
        images[size].save(ICONS / f"brst-desktop-{size}.png", optimize=True)
    # Each ICO size is rendered from the SVG, not scaled down from 256, so small sizes stay sharp.
    images[256].save(
        ICONS / "brst-desktop.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    images[1024].save(
        ICONS / "brst-desktop.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)]
    )
    for path in sorted(ICONS.iterdir()):
        print(f"make_icons: {path.name} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
