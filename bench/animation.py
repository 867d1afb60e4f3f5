"""Animation: the time to render one frame, and the CPU used while playing, against a bare repainting widget.

1. Renders 60 frames across the cycle of every animation off screen (QImage 1280×720, QPainter) and prints
   the mean and 95th percentile in ms per frame (goal: mean ≤ 2 ms). Each animation's renderer first draws
   one untimed frame facing each way, for its one-time setup (its backdrop).
2. Plays one animation for a while in a shown FigureCanvas (1280×720) driven by AnimationDriver, and, for
   as long, a bare QWidget that fills itself with one colour on a timer at the same rate; prints the CPU
   seconds (time.process_time) of each and their ratio (goal: ≤ 2×). The canvas keeps the drawing of each
   moment it shows, so its first round of the loop costs the most: the figure printed starts cold, as a
   person opening an exercise does; a longer --seconds shows the steady state.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/animation.py [--seconds 10] [--animation squat]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ledhalsa_desktop.animation.loader import load_animation  # noqa: E402
from ledhalsa_desktop.animation.model import AnimationError  # noqa: E402
from ledhalsa_desktop.core.settings import Theme  # noqa: E402
from ledhalsa_desktop.paths import animations_dir  # noqa: E402
from ledhalsa_desktop.ui.animation_driver import FRAME_INTERVAL_MS, AnimationDriver  # noqa: E402
from ledhalsa_desktop.ui.figure_canvas import FigureCanvas, FigureRenderer  # noqa: E402
from ledhalsa_desktop.ui.figure_style import FIGURE_STYLES  # noqa: E402

SIZE = (1280, 720)
FRAMES_PER_ANIMATION = 60


def frame_times() -> tuple[dict[str, list[float]], dict[str, list[float]], int]:
    """Per rig: wall-clock ms per frame, and CPU ms per frame (this thread only, so other programs count less)."""
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    style = FIGURE_STYLES[Theme.NORMAL]
    times: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    paths = sorted(animations_dir().glob("*.json"))
    for path in paths:
        try:
            animation = load_animation(path)
        except AnimationError as error:
            print(f"skipped: {error}")
            continue
        renderer = FigureRenderer(animation)
        # One-time setup is not a frame's cost: the backdrop is drawn once per size, theme and side faced (and
        # the first hand animation loads the hand painter). One frame facing each way sets that up.
        for mirrored in (False, True):
            painter = QPainter(image)
            renderer.paint(painter, 0.0, style, mirrored, *SIZE)
            painter.end()
        for n in range(FRAMES_PER_ANIMATION):
            t = animation.duration * n / FRAMES_PER_ANIMATION
            start, start_cpu = time.perf_counter(), time.thread_time()
            painter = QPainter(image)
            renderer.paint(painter, t, style, n % 2 == 1, *SIZE)
            painter.end()
            times.setdefault(animation.rig, []).append((time.perf_counter() - start) * 1000.0)
            cpu.setdefault(animation.rig, []).append((time.thread_time() - start_cpu) * 1000.0)
    return times, cpu, len(paths)


def report(label: str, by_rig: dict[str, list[float]]) -> None:
    for rig, times in [*sorted(by_rig.items()), ("all", [t for ts in by_rig.values() for t in ts])]:
        times = sorted(times)
        p95 = times[int(len(times) * 0.95) - 1]
        mean = statistics.fmean(times)
        print(f"render {label} {rig:>5}: mean {mean:.3f} ms, p95 {p95:.3f} ms per frame ({len(times)} frames)")


class BareWidget(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        painter.end()


def run_for(app: QApplication, seconds: float) -> float:
    """CPU seconds this process uses while the event loop runs for seconds of wall time."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    start = time.process_time()
    loop.exec()
    return time.process_time() - start


def playing_cpu(app: QApplication, name: str, seconds: float) -> tuple[float, int]:
    canvas = FigureCanvas()
    canvas.resize(*SIZE)
    canvas.set_animation(load_animation(animations_dir() / f"{name}.json"))
    canvas.show()
    driver = AnimationDriver(canvas, animation=canvas.animation)
    painted = [0]
    driver.time_changed.connect(canvas.set_time)
    driver.time_changed.connect(lambda _: painted.__setitem__(0, painted[0] + 1))
    app.processEvents()
    driver.play()
    cpu = run_for(app, seconds)
    driver.pause()
    canvas.close()
    return cpu, painted[0]


def bare_cpu(app: QApplication, seconds: float) -> float:
    widget = BareWidget()
    widget.resize(*SIZE)
    widget.show()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(FRAME_INTERVAL_MS)
    timer.timeout.connect(widget.update)
    app.processEvents()
    timer.start()
    cpu = run_for(app, seconds)
    timer.stop()
    widget.close()
    return cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--animation", default="squat")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    wall, cpu, count = frame_times()
    print(f"render: {sum(map(len, wall.values()))} frames of {count} animations at {SIZE[0]}x{SIZE[1]}")
    report("wall", wall)
    report("cpu ", cpu)

    figure, frames = playing_cpu(app, args.animation, args.seconds)
    bare = bare_cpu(app, args.seconds)
    print(f"playing {args.animation} for {args.seconds:g} s: {frames} frames, CPU {figure:.3f} s")
    print(f"bare widget repainting at the same rate: CPU {bare:.3f} s")
    print(f"ratio: {figure / bare if bare > 0 else float('inf'):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
