"""The program's icon in every size and format the installers need, made from resources/icons/app/ledhalsa.svg.

    python -m ledhalsa_desktop.devtools.make_icons [FOLDER]

Writes ledhalsa-16.png … ledhalsa-256.png, ledhalsa.ico (Windows) and ledhalsa.icns (macOS) beside the SVG
(or in FOLDER). Both .ico and .icns are plain containers of PNG pictures, written here without other tools.
Where ledhalsa-16.svg exists, the small sizes are drawn from it (thicker lines that stay readable).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The icns types that hold a PNG picture of each size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}
SMALL = 32  # up to this size the small drawing is used when there is one


def source_folder() -> Path:
    from ledhalsa_desktop.paths import icons_dir

    return icons_dir() / "app"


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
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
    buffer.close()
    return bytes(data.data())


def ico_bytes(pictures: dict[int, bytes]) -> bytes:
    """An ICO file: a directory of entries, then each size as PNG data (a width of 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pictures))
    offset = len(header) + 16 * len(pictures)
    entries, blobs = b"", b""
    for size, png in sorted(pictures.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns_bytes(pictures: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' and the total length, then one typed, length-prefixed PNG per size."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in sorted(pictures.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(outdir: Path) -> list[Path]:
    folder = source_folder()
    large, small = folder / "ledhalsa.svg", folder / "ledhalsa-16.svg"

    def drawing(size: int) -> Path:
        return small if size <= SMALL and small.exists() else large

    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))
    pictures = {size: render_png(drawing(size), size) for size in sizes}
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        path = outdir / f"ledhalsa-{size}.png"
        path.write_bytes(pictures[size])
        written.append(path)
    ico = outdir / "ledhalsa.ico"
    ico.write_bytes(ico_bytes({size: pictures[size] for size in ICO_SIZES}))
    icns = outdir / "ledhalsa.icns"
    icns.write_bytes(icns_bytes({size: pictures[size] for size in ICNS_TYPES}))
    return [*written, ico, icns]


def main(argv: list[str]) -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    outdir = Path(argv[0]) if argv else source_folder()
    for path in make_icons(outdir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
