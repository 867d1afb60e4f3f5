"""The hand painter draws every hand animation, in both themes, where the hand is."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from ledhalsa_desktop.animation.hand_rig import HAND_RIG, HandSkeleton, neutral_pose
from ledhalsa_desktop.animation.loader import load_animation
from ledhalsa_desktop.animation.model import Animation
from ledhalsa_desktop.animation.rig import Skeleton
from ledhalsa_desktop.animation.sampling import pose_at
from ledhalsa_desktop.core.settings import Theme
from ledhalsa_desktop.paths import animations_dir
from ledhalsa_desktop.ui.figure_style import FIGURE_STYLES, FigureStyle
from ledhalsa_desktop.ui.hand_painter import paint_hand

WIDTH, HEIGHT = 320, 300
HAND_ANIMATIONS = sorted(
    path for path in animations_dir().glob("*.json") if json.loads(path.read_text("utf-8")).get("rig") == "hand"
)


def metres_to_pixels(mirrored: bool = False) -> QTransform:
    x0, y0, x1, y1 = HAND_RIG.frame
    scale = min(WIDTH / (x1 - x0), HEIGHT / (y1 - y0))
    transform = QTransform()
    transform.translate(WIDTH / 2, HEIGHT / 2)
    transform.scale(-scale if mirrored else scale, -scale)
    transform.translate(-(x0 + x1) / 2, -(y0 + y1) / 2)
    return transform


def painted(skeleton: HandSkeleton, style: FigureStyle, animation: Animation | None = None) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(style.background))
    painter = QPainter(image)
    painter.setTransform(metres_to_pixels())
    working = set(animation.working) if animation else set()
    paint_hand(painter, skeleton, style, working, animation.props if animation else ())
    painter.end()
    return image


def pixel_at(image: QImage, point: tuple[float, float]) -> QColor:
    where = metres_to_pixels().map(QPointF(*point))
    return image.pixelColor(round(where.x()), round(where.y()))


def drawn_share(image: QImage, skeleton: HandSkeleton, plain: set[str]) -> float:
    """The share of pixels in the hand's bounding box painted in something other than the plain colours."""
    xs = [x for x, _ in skeleton.points.values()]
    ys = [y for _, y in skeleton.points.values()]
    corner_a = metres_to_pixels().map(QPointF(min(xs), min(ys)))
    corner_b = metres_to_pixels().map(QPointF(max(xs), max(ys)))
    left, right = sorted((max(0, round(corner_a.x())), min(WIDTH, round(corner_b.x()))))
    top, bottom = sorted((max(0, round(corner_b.y())), min(HEIGHT, round(corner_a.y()))))
    drawn = total = 0
    for x in range(left, right, 3):
        for y in range(top, bottom, 3):
            total += 1
            drawn += image.pixelColor(x, y).name() not in plain
    return drawn / total


@pytest.mark.parametrize("theme", list(Theme))
@pytest.mark.parametrize("path", HAND_ANIMATIONS, ids=lambda path: path.stem)
def test_every_hand_animation_is_drawn_where_the_hand_is(qapp, path, theme: Theme) -> None:  # noqa: ANN001
    animation = load_animation(path)
    style = FIGURE_STYLES[theme]
    plain = {QColor(style.background).name(), QColor(style.prop).name()} if animation.props_of("table") else set()
    plain.add(QColor(style.background).name())
    for share in (0.0, 0.25, 0.5, 0.75):
        skeleton = HAND_RIG.forward(pose_at(animation, animation.duration * share))
        image = painted(skeleton, style, animation)
        assert drawn_share(image, skeleton, plain) > 0.3
        palm = pixel_at(image, ((0.0 + skeleton.points["middle_mcp"][0]) / 2, skeleton.points["middle_mcp"][1] / 2))
        assert palm.name() not in plain
        if not animation.props:
            assert pixel_at(image, (HAND_RIG.frame[0] + 0.005, HAND_RIG.frame[3] - 0.005)).name() in plain


def test_the_palm_is_skin_and_a_working_segment_is_tinted(qapp) -> None:  # noqa: ANN001
    style = FIGURE_STYLES[Theme.NORMAL]
    skeleton = HAND_RIG.forward(neutral_pose())
    image = painted(skeleton, style)
    assert pixel_at(image, (0.0, 0.05)).name() == QColor(style.skin).name()
    middle_of_finger = tuple(
        (a + b) / 2 for a, b in zip(skeleton.points["middle_pip"], skeleton.points["middle_dip"], strict=True)
    )
    plain_finger = pixel_at(image, middle_of_finger)
    tinted = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    tinted.fill(QColor(style.background))
    painter = QPainter(tinted)
    painter.setTransform(metres_to_pixels())
    paint_hand(painter, skeleton, style, {"middle_2"})
    painter.end()
    assert pixel_at(tinted, middle_of_finger).red() > plain_finger.red() - 5
    assert pixel_at(tinted, middle_of_finger).name() != plain_finger.name()


def test_a_mirrored_painter_draws_a_left_hand(qapp) -> None:  # noqa: ANN001
    style = FIGURE_STYLES[Theme.NORMAL]
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(style.background))
    painter = QPainter(image)
    painter.setTransform(metres_to_pixels(mirrored=True))
    paint_hand(painter, HAND_RIG.forward(neutral_pose()), style, set())
    painter.end()
    thumb = metres_to_pixels(mirrored=True).map(QPointF(0.06, 0.09))
    assert thumb.x() < WIDTH / 2
    assert image.pixelColor(round(thumb.x()), round(thumb.y())).name() != QColor(style.background).name()


def test_only_the_hand_rigs_skeleton_is_drawn(qapp) -> None:  # noqa: ANN001
    image = QImage(10, 10, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        with pytest.raises(TypeError):
            paint_hand(painter, Skeleton(points={}, segments=()), FIGURE_STYLES[Theme.NORMAL], set())
    finally:
        painter.end()
