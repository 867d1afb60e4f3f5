"""The figure canvas draws every animation in both themes, mirrored too; the driver plays, pauses and steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from ledhalsa_desktop.animation.loader import load_animation
from ledhalsa_desktop.core.settings import Theme
from ledhalsa_desktop.paths import animations_dir
from ledhalsa_desktop.ui.animation_driver import AnimationDriver, passed_cues
from ledhalsa_desktop.ui.figure_canvas import FigureCanvas, paint_figure
from ledhalsa_desktop.ui.figure_style import FIGURE_STYLES

ANIMATIONS = sorted(animations_dir().glob("*.json"))
SIZE = (320, 240)


def rendered(animation, t: float, theme: Theme, mirrored: bool) -> QImage:  # noqa: ANN001
    image = QImage(*SIZE, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    paint_figure(painter, animation, t, FIGURE_STYLES[theme], mirrored, *SIZE)
    painter.end()
    return image


def differing_pixels(a: QImage, b: QImage, tolerance: int = 40) -> int:
    count = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            p, q = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if max(abs(p.red() - q.red()), abs(p.green() - q.green()), abs(p.blue() - q.blue())) > tolerance:
                count += 1
    return count


@pytest.mark.parametrize("path", ANIMATIONS, ids=[path.stem for path in ANIMATIONS])
def test_every_animation_renders_in_both_themes_and_mirrored(qapp, path) -> None:  # noqa: ANN001
    animation = load_animation(path)
    for theme in Theme:
        background = QColor(FIGURE_STYLES[theme].background).rgb()
        plain = rendered(animation, animation.duration * 0.4, theme, mirrored=False)
        mirrored = rendered(animation, animation.duration * 0.4, theme, mirrored=True)
        drawn = sum(plain.pixel(x, y) != background for y in range(0, SIZE[1], 4) for x in range(0, SIZE[0], 4))
        assert drawn > 20 or animation.rig == "hand"
        assert differing_pixels(mirrored, plain.flipped(Qt.Orientation.Horizontal)) <= 12


def test_canvas_paints_what_it_is_given(qtbot) -> None:  # noqa: ANN001
    animation = load_animation(animations_dir() / "squat.json")
    canvas = FigureCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(480, 360)
    canvas.set_animation(animation)
    canvas.set_theme(Theme.HIGH_CONTRAST)
    canvas.set_time(1.6)
    canvas.show()
    qtbot.waitExposed(canvas)
    assert canvas.animation is animation
    assert canvas.time == 1.6
    assert canvas.accessibleName() == "squat"
    grab = canvas.grab().toImage()
    assert QColor(grab.pixel(QPoint(2, 2))) == QColor(FIGURE_STYLES[Theme.HIGH_CONTRAST].background)
    canvas.set_mirrored(True)
    assert canvas.mirrored
    canvas.setAccessibleName("Knäböj")
    canvas.set_animation(load_animation(animations_dir() / "bridge.json"))
    assert canvas.accessibleName() == "Knäböj"


def test_an_empty_canvas_paints_its_background(qtbot) -> None:  # noqa: ANN001
    canvas = FigureCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(200, 180)
    image = canvas.grab().toImage()
    assert QColor(image.pixel(QPoint(100, 90))) == QColor(FIGURE_STYLES[Theme.NORMAL].background)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def squat():  # noqa: ANN201
    return load_animation(animations_dir() / "squat.json")


def test_driver_plays_at_its_speed_and_announces_cues(qapp, squat) -> None:  # noqa: ANN001
    clock = FakeClock()
    driver = AnimationDriver(animation=squat, clock=clock)
    times: list[float] = []
    cues: list[str] = []
    driver.time_changed.connect(times.append)
    driver.cue_reached.connect(cues.append)
    driver.play()
    assert driver.is_playing
    assert cues == ["down"]
    clock.now = 1.0
    driver.tick()
    assert times[-1] == pytest.approx(1.0)
    driver.set_speed(0.5)
    clock.now = 2.0
    driver.tick()
    assert times[-1] == pytest.approx(1.5)
    driver.set_speed(9.0)
    assert driver.speed == 1.5
    clock.now = 4.0
    driver.tick()  # 1.5 + 3.0 = 4.5: past the end, into the next cycle
    assert times[-1] == pytest.approx(0.5)
    assert cues == ["down", "hold", "up", "down"]
    driver.pause()
    assert not driver.is_playing


def test_driver_steps_by_frames_only_when_paused(qapp, squat) -> None:  # noqa: ANN001
    driver = AnimationDriver(animation=squat, clock=FakeClock())
    driver.step(3)
    assert driver.time == pytest.approx(0.1)
    driver.step(-6)
    assert driver.time == pytest.approx(squat.duration - 0.1)
    driver.play()
    before = driver.time
    driver.step(5)
    assert driver.time == before


def test_driver_timer_runs_only_while_playing(qtbot, squat) -> None:  # noqa: ANN001
    driver = AnimationDriver(animation=squat)
    seen: list[float] = []
    driver.time_changed.connect(seen.append)
    driver.play()
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=2000)
    driver.pause()
    count = len(seen)
    qtbot.wait(100)
    assert len(seen) == count
    assert 0.0 < driver.time < squat.duration


def test_driver_takes_a_parent_first_and_an_animation_later(qtbot, squat) -> None:  # noqa: ANN001
    canvas = FigureCanvas()
    qtbot.addWidget(canvas)
    driver = AnimationDriver(canvas)
    assert driver.parent() is canvas and driver.animation is None
    driver.play()
    assert not driver.is_playing  # nothing to play yet
    driver.time_changed.connect(canvas.set_time)
    driver.set_animation(squat)
    driver.play()
    assert driver.is_playing
    driver.pause()


def test_passed_cues_wrap_around_the_cycle(squat) -> None:  # noqa: ANN001
    assert passed_cues(squat, 3.5, 4.5) == ["down"]
    assert passed_cues(squat, 0.0, 8.0) == ["hold", "up", "down", "hold", "up", "down"]
    assert passed_cues(squat, 2.0, 1.0) == []
