"""The figure's cheaper drawing gives the picture a whole repaint would: partial repaints, kept views, disc pictures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QColor, QImage, QPainter

from ledhalsa_desktop.animation.loader import load_animation
from ledhalsa_desktop.core.settings import Theme
from ledhalsa_desktop.paths import animations_dir
from ledhalsa_desktop.ui.figure_canvas import FRAMES_PER_SECOND, MAX_MOMENTS, FigureCanvas, FigureRenderer, kept
from ledhalsa_desktop.ui.figure_shapes import Discs
from ledhalsa_desktop.ui.figure_style import FIGURE_STYLES
from ledhalsa_desktop.ui.recording_painter import DrawingStore, RecordingPainter

SIZE = (320, 240)
STYLE = FIGURE_STYLES[Theme.NORMAL]


def painted(
    renderer: FigureRenderer,
    t: float,
    image: QImage | None = None,
    dirty: QRect | None = None,
    painter_type: type[QPainter] = QPainter,
    ratio: float = 1.0,
) -> QImage:
    """The renderer's picture at t, on image as it is (a new one if None), only inside dirty if given."""
    if image is None:
        image = QImage(round(SIZE[0] * ratio), round(SIZE[1] * ratio), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(QColor("#FF00FF"))
    painter = painter_type(image)
    renderer.paint(painter, t, STYLE, False, *SIZE, dirty)
    painter.end()
    return image


def largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of a colour channel between two pictures (a part kept as a picture may differ from
    its drawing by a level or so at its antialiased edges)."""
    if a == b:
        return 0
    return max(
        abs((p >> shift & 255) - (q >> shift & 255))
        for y in range(a.height())
        for p, q in zip(
            (a.pixel(x, y) for x in range(a.width())), (b.pixel(x, y) for x in range(b.width())), strict=True
        )
        if p != q
        for shift in (0, 8, 16, 24)
    )


class RecordingCanvas(FigureCanvas):
    """A canvas that notes the areas it is asked to repaint."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[QRect | None] = []

    def update(self, *area: QRect) -> None:  # type: ignore[override]
        self.asked.append(area[0] if area else None)
        super().update(*area)


@pytest.mark.parametrize(
    "name",
    ["squat", "bridge", "knee_over_foot", "finger_fan", "thumb_opposition", "ball_squeeze", "finger_lift", "soft_fist"],
)
def test_a_repaint_of_where_the_figure_was_and_is_gives_the_whole_picture(qtbot, name: str) -> None:  # noqa: ANN001
    animation = load_animation(animations_dir() / f"{name}.json")
    canvas = RecordingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(*SIZE)
    canvas.set_animation(animation)
    renderer = FigureRenderer(animation)
    times = [canvas.moment(animation.duration * n / 7) for n in range(1, 7)]  # on the canvas's grid of frames
    canvas.set_time(times[0])  # the first move repaints the whole canvas
    image = painted(renderer, times[0])
    for before, t in zip(times, times[1:], strict=False):
        canvas.asked.clear()
        canvas.set_time(t)
        if not canvas.asked:  # held still: the picture shown is this moment's already
            assert largest_difference(image, painted(renderer, t)) <= 2
            continue
        assert len(canvas.asked) == 1
        dirty = canvas.asked[0]
        assert dirty is not None
        width, height = SIZE
        assert dirty.contains(renderer.figure_rect(before, width, height, False))
        assert dirty.contains(renderer.figure_rect(t, width, height, False))
        image = painted(renderer, t, image, dirty)
        assert largest_difference(image, painted(renderer, t)) <= 2


def test_a_figure_that_holds_still_is_not_repainted(qtbot) -> None:  # noqa: ANN001
    animation = load_animation(animations_dir() / "squat.json")
    hold = next(
        (a.t, b.t) for a, b in zip(animation.keyframes, animation.keyframes[1:], strict=False) if a.pose == b.pose
    )
    canvas = RecordingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(*SIZE)
    canvas.set_animation(animation)
    canvas.set_time(hold[0] + 0.01)
    canvas.asked.clear()
    canvas.set_time(hold[1] - 0.01)
    assert canvas.asked == []
    assert canvas.time == pytest.approx(hold[1] - 0.01)


def test_the_views_facing_either_way_are_kept(qapp) -> None:  # noqa: ANN001
    renderer = FigureRenderer(load_animation(animations_dir() / "squat.json"))
    plain, mirrored = renderer.views(*SIZE, False, 0.0, 0.0), renderer.views(*SIZE, True, 0.0, 0.0)
    assert renderer.views(*SIZE, False, 0.0, 0.0)[0] is plain[0]
    assert renderer.views(*SIZE, True, 0.0, 0.0)[0] is mirrored[0]
    assert plain[0].sx == -mirrored[0].sx


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_ring_is_its_outline_only(qapp, ratio: float) -> None:  # noqa: ANN001
    image = QImage(round(100 * ratio), round(100 * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    Discs(painter).disc(50.2, 49.9, 30.0, 30.0, None, QColor("#000000").rgba(), 4.0)
    painter.end()

    def at(x: float, y: float) -> QColor:
        return image.pixelColor(QPointF(x * ratio, y * ratio).toPoint())

    assert at(50, 50) == QColor("#FFFFFF")  # the middle shows what was there
    assert at(50, 50 - 23) == QColor("#FFFFFF")
    assert at(50, 50 - 28) == QColor("#000000")  # the band
    assert at(50 + 28, 50) == QColor("#000000")
    assert at(50, 50 + 33) == QColor("#FFFFFF")  # outside


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])  # 1.5: drawn as shapes, as pictures land on whole pixels only
@pytest.mark.parametrize("path", sorted(animations_dir().glob("*.json")), ids=lambda path: path.stem)
def test_a_kept_drawing_gives_the_picture_it_was_kept_from(qapp, path, ratio: float) -> None:  # noqa: ANN001
    animation = load_animation(path)
    renderer = FigureRenderer(animation)
    for n in range(3):
        t = animation.duration * (n + 0.4) / 3
        recorded = painted(renderer, t, painter_type=RecordingPainter, ratio=ratio)
        assert len(renderer.drawings) == n + 1, "the body's drawing is kept for its moment"
        assert painted(renderer, t, painter_type=RecordingPainter, ratio=ratio) == recorded
        assert painted(renderer, t, ratio=ratio) == recorded  # any painter draws from it
        drawn = painted(FigureRenderer(animation), t, ratio=ratio)
        assert largest_difference(recorded, drawn) <= 2  # parts kept as pictures may differ a level at their edges
    assert len(renderer.drawings) == 3


def test_the_canvas_draws_moments_one_frame_apart_at_its_speed(qtbot) -> None:  # noqa: ANN001
    animation = load_animation(animations_dir() / "squat.json")
    canvas = FigureCanvas()
    qtbot.addWidget(canvas)
    canvas.set_animation(animation)
    step = 1.0 / FRAMES_PER_SECOND
    assert canvas.moment(10.4 * step) == pytest.approx(10 * step)
    assert canvas.moment(10.6 * step) == pytest.approx(11 * step)
    assert canvas.moment(animation.duration - 0.2 * step) == 0.0  # the cycle begins again
    assert canvas.moment(2 * animation.duration + 10.4 * step) == pytest.approx(10 * step)  # cycles later
    assert canvas.moment(-1.2 * step) == pytest.approx(animation.duration - step)
    canvas.set_speed(0.5)  # half as much of the animation's time passes between frames
    assert canvas.moment(10.6 * step / 2) == pytest.approx(11 * step / 2)
    canvas.set_time(1.0 + 0.1 * step)
    assert canvas.time == 1.0 + 0.1 * step
    assert canvas.moment(canvas.time) == canvas.moment(1.0)  # the same moment: one drawing serves both
    canvas.set_speed(0.0)  # no speed: the finest grid there is, not a division by nothing
    assert canvas.moment(1.0) == pytest.approx(1.0)


def test_a_canvas_shows_a_moment_it_comes_back_to_as_it_first_did(qtbot) -> None:  # noqa: ANN001
    animation = load_animation(animations_dir() / "knee_over_foot.json")
    canvas = FigureCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(*SIZE)
    canvas.set_animation(animation)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.set_time(1.2)
    first = canvas.grab().toImage()
    canvas.set_time(2.7)
    canvas.grab()
    canvas.set_time(1.2 + 0.2 / FRAMES_PER_SECOND)  # round the loop, a little off the same frame
    assert canvas.grab().toImage() == first


def test_drawings_are_kept_within_their_budget_for_the_two_latest_looks() -> None:
    store = DrawingStore(budget=10)
    drawing = [(QPainter.save, ())] * 4
    store.put("facing right", 0.0, drawing)
    store.put("facing right", 0.1, drawing)
    assert store.has_room("facing right")
    store.put("facing right", 0.2, drawing)
    assert not store.has_room("facing right")  # spent: the moments kept go on serving
    store.put("facing right", 0.3, drawing)
    assert store.get("facing right", 0.3) is None
    assert store.get("facing right", 0.2) is drawing
    assert store.has_room("facing left")  # a new look: the oldest gives way
    store.put("facing left", 0.0, drawing)
    assert store.get("facing right", 0.0) is None
    assert store.get("facing left", 0.0) is drawing
    store.put("facing left", 0.1, drawing)
    store.put("bigger", 0.0, drawing)
    store.put("bigger", 0.1, drawing)
    assert store.get("facing left", 0.1) is drawing  # two looks at most, within the budget
    assert store.get("bigger", 0.0) is drawing
    assert store.get("bigger", 0.1) is None
    assert len(store) == 3


def test_kept_moments_are_bounded(qapp) -> None:  # noqa: ANN001
    store: dict[int, int] = {}
    for n in range(MAX_MOMENTS + 5):
        assert kept(store, n, n * 2) == n * 2
    assert len(store) <= MAX_MOMENTS
    assert store[MAX_MOMENTS + 4] == 2 * (MAX_MOMENTS + 4)


def test_parts_kept_as_pictures_for_one_pixel_ratio_are_not_used_at_another(qapp) -> None:  # noqa: ANN001
    animation = load_animation(animations_dir() / "thumb_opposition.json")
    t = animation.duration * 0.3
    first = painted(FigureRenderer(animation), t)
    for _ in range(4):  # held still long enough to be kept as pictures, at twice the pixels
        painted(FigureRenderer(animation), t, ratio=2.0)
    assert largest_difference(painted(FigureRenderer(animation), t), first) <= 2


def test_a_drawing_cut_short_is_not_kept(qapp, monkeypatch) -> None:  # noqa: ANN001
    renderer = FigureRenderer(load_animation(animations_dir() / "squat.json"))

    def failing(painter: QPainter, *_: object) -> None:
        painter.drawLine(QPointF(0, 0), QPointF(10, 10))
        raise RuntimeError("cut short")

    monkeypatch.setattr(renderer, "paint_body", failing)
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = RecordingPainter(image)
    with pytest.raises(RuntimeError):
        renderer.paint(painter, 0.5, STYLE, False, *SIZE)
    painter.end()
    assert len(renderer.drawings) == 0
