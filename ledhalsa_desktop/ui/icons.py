"""The program's line icons (SVG in resources/icons), drawn in the colour of the text beside them."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ledhalsa_desktop.paths import icons_dir

SIZES = (24, 32, 48, 64)
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@cache
def _svg(name: str) -> str:
    return (icons_dir() / f"{name}.svg").read_text(encoding="utf-8")


def icon(name: str, color: str, checked_color: str | None = None) -> QIcon:
    result = QIcon()
    variants = [(color, QIcon.State.Off), (checked_color or color, QIcon.State.On)]
    for fill, state in variants:
        renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", fill).encode()))
        for size in SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            result.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return result


def app_icon() -> QIcon:
    """The program's own icon (resources/icons/app, made by devtools.make_icons), for its windows."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        result.addFile(str(icons_dir() / "app" / f"ledhalsa-{size}.png"), QSize(size, size))
    return result
