"""Makes the program icons for the installers from assets/icons/app.svg, at build time.

Windows wants an .ico, macOS an .icns, each holding the picture at several
sizes. No binary icon is committed: the SVG is the one source, drawn at every
size by Qt's own SVG renderer (so small sizes are drawn, not shrunk) and
packed by Pillow.

    python packaging/make_icons.py build/icons

writes app.ico, app.icns and app-256.png into that folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "assets" / "icons" / "app.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at exactly ``size`` pixels, as a Pillow image with transparency."""
    image = QImage(size, size, QImage.Format.Format_RGBA8888)  # straight (not premultiplied) RGBA, as Pillow wants
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return Image.frombytes("RGBA", (size, size), bytes(image.constBits()))  # 4-byte pixels: no row padding


def make_icons(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    pictures = {size: render(renderer, size) for size in sorted(set(ICO_SIZES + ICNS_SIZES))}
    ico, icns, png = out_dir / "app.ico", out_dir / "app.icns", out_dir / "app-256.png"
    largest_ico = pictures[max(ICO_SIZES)]
    largest_ico.save(
        ico,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[pictures[size] for size in ICO_SIZES[:-1]],
    )
    pictures[max(ICNS_SIZES)].save(icns, format="ICNS", append_images=[pictures[size] for size in ICNS_SIZES[:-1]])
    pictures[256].save(png, format="PNG")
    return [ico, icns, png]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for written in make_icons(target):
        print(f"{written} ({written.stat().st_size:,} bytes)")
