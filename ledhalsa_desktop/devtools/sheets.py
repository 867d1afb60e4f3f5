"""Contact sheets of the exercise animations: one PNG per animation, 8 moments of one cycle side by side.

    python -m ledhalsa_desktop.devtools.sheets OUTDIR [NAME ...]

Each moment is labelled with its time and the most recent cue; the animation's name is the title. Look at
every sheet: a figure can pass every numeric check and still look wrong.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

FRAMES = 8
CELL = (340, 320)
TITLE_HEIGHT = 44
LABEL_HEIGHT = 30


def render_sheet(animation, outdir: Path, theme=None) -> Path:  # noqa: ANN001
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from ledhalsa_desktop.animation.sampling import cue_at
    from ledhalsa_desktop.core.settings import Theme
    from ledhalsa_desktop.ui.figure_canvas import FigureRenderer
    from ledhalsa_desktop.ui.figure_style import FIGURE_STYLES

    style = FIGURE_STYLES[theme or Theme.NORMAL]
    width, height = CELL[0] * FRAMES, CELL[1] + TITLE_HEIGHT + LABEL_HEIGHT
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(style.background))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(22)
    painter.setFont(font)
    painter.setPen(QColor(style.outline))
    painter.drawText(QRectF(10, 0, width - 20, TITLE_HEIGHT), Qt.AlignmentFlag.AlignVCenter, title_of(animation))
    font.setPixelSize(16)
    painter.setFont(font)
    renderer = FigureRenderer(animation)
    for n in range(FRAMES):
        t = animation.duration * n / FRAMES
        painter.save()
        painter.translate(n * CELL[0], TITLE_HEIGHT)
        renderer.paint(painter, t, style, False, CELL[0], CELL[1])
        painter.restore()
        painter.setPen(QColor(style.outline))
        label = QRectF(n * CELL[0], TITLE_HEIGHT + CELL[1], CELL[0], LABEL_HEIGHT)
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, f"t = {t:.2f} s · {cue_at(animation, t)}")
        if n:
            painter.drawLine(n * CELL[0], TITLE_HEIGHT, n * CELL[0], height)
    painter.end()
    path = outdir / f"{animation.name}.png"
    image.save(str(path))
    return path


def title_of(animation) -> str:  # noqa: ANN001
    return f"{animation.name} — {animation.rig} view, {animation.duration:g} s per repetition"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ledhalsa_desktop.animation.loader import load_animation
    from ledhalsa_desktop.animation.model import AnimationError
    from ledhalsa_desktop.paths import animations_dir

    outdir = Path(args[0])
    outdir.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([])
    paths = [animations_dir() / f"{name}.json" for name in args[1:]] or sorted(animations_dir().glob("*.json"))
    failed = 0
    for path in paths:
        try:
            print(render_sheet(load_animation(path), outdir))
        except AnimationError as error:
            failed += 1
            print(f"skipped: {error}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
