"""Draws the hand rig's skeleton as a friendly, filled hand, with its table and soft ball when the exercise has them.

The painter comes already transformed: one unit is one metre and y points up. Parts are drawn far to near;
a segment turned away from the way the palm faces (a finger folded into a fist) is drawn darker, and a
fingertip whose back turns to the viewer shows its nail.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QTransform

from ledhalsa_desktop.animation.hand_anatomy import DIGITS, FINGERS
from ledhalsa_desktop.animation.hand_rig import DIGIT_SEGMENTS, HandSkeleton, ball_press
from ledhalsa_desktop.animation.model import Prop
from ledhalsa_desktop.animation.rig import Point, Skeleton
from ledhalsa_desktop.ui.figure_style import FigureStyle

LINE = 0.0011  # outline width, metres
SLEEVE_TOP = -0.026
WORKING_TINT = 0.5
FOLD_SHADE = 0.55  # how much darker a segment gets per unit it turns away from the palm's facing (0..2)
NAIL_SHOWS = 0.3  # how far the back of a fingertip must face the viewer before its nail is drawn
SHADOW = 0.25  # how much darker than the table a shadow on it is
WEB = 0.8  # the skin between thumb and index finger reaches this far along the thumb's metacarpal


def _mix(first: str, second: str, amount: float) -> QColor:
    """first blended toward second by amount (0..1, in steps of 1/32, so that the blends can be kept)."""
    return _blend(first, second, round(min(1.0, max(0.0, amount)) * 32.0))


@lru_cache(maxsize=512)
def _blend(first: str, second: str, steps: int) -> QColor:
    a, b, amount = QColor(first), QColor(second), steps / 32.0
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def _capsule(start: Point, end: Point, start_radius: float, end_radius: float) -> QPainterPath:
    """A tapered capsule: two circles joined by their outer tangents."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    path = QPainterPath()
    if length <= abs(start_radius - end_radius) + 1e-6:
        radius = max(start_radius, end_radius)
        path.addEllipse(QPointF(*(start if start_radius >= end_radius else end)), radius, radius)
        return path
    heading = math.degrees(math.atan2(dy, dx))
    side = 90.0 - math.degrees(math.asin((start_radius - end_radius) / length))
    start_rect = QRectF(start[0] - start_radius, start[1] - start_radius, 2 * start_radius, 2 * start_radius)
    end_rect = QRectF(end[0] - end_radius, end[1] - end_radius, 2 * end_radius, 2 * end_radius)
    # Qt counts arc angles clockwise in a y-up painter, so every angle is negated.
    path.arcMoveTo(start_rect, -(heading + side))
    path.arcTo(start_rect, -(heading + side), -(360.0 - 2.0 * side))
    path.arcTo(end_rect, -(heading - side), -2.0 * side)
    path.closeSubpath()
    return path


def _smooth_closed(points: Sequence[Point]) -> QPainterPath:
    """A closed curve through the midpoints of the polygon's sides, rounding every corner."""
    count = len(points)
    mids = [
        ((points[i][0] + points[(i + 1) % count][0]) / 2, (points[i][1] + points[(i + 1) % count][1]) / 2)
        for i in range(count)
    ]
    path = QPainterPath(QPointF(*mids[-1]))
    for i in range(count):
        path.quadTo(QPointF(*points[i]), QPointF(*mids[i]))
    path.closeSubpath()
    return path


def _in_mm(operation: str, first: QPainterPath, *others: QPainterPath) -> QPainterPath:
    """first "united" with or "subtracted" by the others. Qt flattens curves for this as if a unit were a pixel,
    so it is done in millimetres."""
    to_mm = QTransform.fromScale(1000.0, 1000.0)
    result = to_mm.map(first)
    for other in others:
        result = getattr(result, operation)(to_mm.map(other))
    return QTransform.fromScale(0.001, 0.001).map(result)


def _along(start: Point, end: Point, share: float) -> Point:
    return (start[0] + (end[0] - start[0]) * share, start[1] + (end[1] - start[1]) * share)


@lru_cache(maxsize=64)
def _hand_shape(points: tuple[tuple[str, Point], ...], thumb_radii: tuple[float, float]) -> QPainterPath:
    """The palm, the ball of the thumb (its metacarpal) and the web of skin between thumb and index finger."""
    points = dict(points)
    knuckles = [points[f"{finger}_mcp"] for finger in reversed(FINGERS)]
    palm = _smooth_closed(
        [
            points["palm_ulnar_base"],
            points["palm_ulnar_side"],
            points["palm_ulnar_top"],
            *knuckles,
            points["palm_radial_top"],
            points["palm_radial_side"],
            points["palm_radial_base"],
        ]
    )
    cmc, mcp = points["thumb_cmc"], points["thumb_mcp"]
    thenar = _capsule(cmc, mcp, *thumb_radii)
    index, reach = points["index_mcp"], _along(cmc, mcp, WEB)
    centre = _along(points["wrist"], points["middle_mcp"], 0.5)
    web = QPainterPath(QPointF(*index))
    web.quadTo(QPointF(*_along(_along(index, reach, 0.5), centre, 0.25)), QPointF(*reach))
    web.lineTo(QPointF(*cmc))
    web.lineTo(QPointF(*centre))
    web.closeSubpath()
    return _in_mm("united", palm, thenar, web)


@lru_cache(maxsize=16)
def _ball_shapes(x: float, y: float, width: float, height: float) -> tuple[QPainterPath, QPainterPath]:
    """A ball's outline and the shaded crescent on its lower right."""
    body = QPainterPath()
    body.addEllipse(QPointF(x, y), width, height)
    lit = QPainterPath()
    lit.addEllipse(QPointF(x - width * 0.15, y + height * 0.15), width * 0.95, height * 0.95)
    return body, _in_mm("subtracted", body, lit)


def _rounded(skeleton: HandSkeleton, names: Sequence[str]) -> tuple[tuple[str, Point], ...]:
    return tuple((name, (round(skeleton.points[name][0], 4), round(skeleton.points[name][1], 4))) for name in names)


SHAPE_POINTS = (
    "wrist",
    *(f"{finger}_mcp" for finger in FINGERS),
    "palm_ulnar_base",
    "palm_ulnar_side",
    "palm_ulnar_top",
    "palm_radial_top",
    "palm_radial_side",
    "palm_radial_base",
    "thumb_cmc",
    "thumb_mcp",
)


MAX_SHAPE_PICTURES = 24
_SHAPE_PICTURES: dict[tuple, tuple[QPoint, QImage]] = {}  # oldest first
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush


@lru_cache(maxsize=256)
def _round_pen(rgba: int, width: float) -> QPen:
    """A pen with round ends and joins, width in device pixels (kept: the same few are asked for every frame)."""
    pen = QPen(QColor.fromRgba(rgba), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class _HandPainter:
    """One frame of the hand, drawn in device pixels: Qt's raster engine fills paths several times faster without
    a flipped world transform, and an outline drawn as a slightly larger fill underneath is cheaper than a stroke."""

    def __init__(self, painter: QPainter, skeleton: HandSkeleton, style: FigureStyle, working: set[str]) -> None:
        self.painter = painter
        self.skeleton = skeleton
        self.style = style
        self.working = working
        self.to_device = painter.worldTransform()
        self.pixels_per_metre = math.hypot(self.to_device.m11(), self.to_device.m12())
        self.outline = QColor(style.outline)

    def pen(self, colour: str | QColor, width: float = LINE) -> QPen:
        return _round_pen(QColor(colour).rgba(), max(1.0, width * self.pixels_per_metre))

    def draw(self, path: QPainterPath, fill: QColor | None, pen: QPen | None = None) -> None:
        """path (in metres) filled and outlined."""
        painter = self.painter
        painter.setPen(pen if pen is not None else _NO_PEN)
        painter.setBrush(fill if fill is not None else _NO_BRUSH)
        painter.drawPath(self.to_device.map(path))

    def outlined_shape(self, key: tuple, fill: QColor, pen: QPen) -> None:
        """The hand's shape, filled and outlined. Stroking its many-sided outline is slow, and the palm often holds
        still while the fingers move, so the drawn shape is kept as a picture (on whole device pixels, so that
        copying it back gives the same pixels) and copied while it stays the same."""
        painter = self.painter
        ratio = painter.device().devicePixelRatioF()
        t = self.to_device
        if ratio != round(ratio):  # a fractional scale would put the copy between device pixels
            self.draw(_hand_shape(*key), fill, pen)
            return
        picture_key = (key, fill.rgba(), pen.color().rgba(), pen.widthF(), ratio)
        picture_key += (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy())
        picture = _SHAPE_PICTURES.get(picture_key)
        if picture is None:
            path = t.map(_hand_shape(*key))
            margin = pen.widthF() + 2.0
            area = path.controlPointRect().adjusted(-margin, -margin, margin, margin).toAlignedRect()
            corner = area.topLeft()
            image = QImage(
                round(area.width() * ratio), round(area.height() * ratio), QImage.Format.Format_ARGB32_Premultiplied
            )
            image.setDevicePixelRatio(ratio)
            image.fill(0)
            drawing = QPainter(image)
            drawing.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            drawing.translate(-corner.x(), -corner.y())
            drawing.setPen(pen)
            drawing.setBrush(fill)
            drawing.drawPath(path)
            drawing.end()
            if len(_SHAPE_PICTURES) >= MAX_SHAPE_PICTURES:
                del _SHAPE_PICTURES[next(iter(_SHAPE_PICTURES))]
            picture = _SHAPE_PICTURES[picture_key] = (corner, image)
        painter.drawImage(picture[0], picture[1])

    def capsule(self, start: Point, end: Point, radii: tuple[float, float], fill: QColor) -> None:
        """An outlined capsule: the outline colour a line's width wider, the fill on top of it."""
        half = LINE / 2.0
        painter, to_device = self.painter, self.to_device
        painter.setPen(_NO_PEN)
        painter.setBrush(self.outline)
        painter.drawPath(to_device.map(_capsule(start, end, radii[0] + half, radii[1] + half)))
        painter.setBrush(fill)
        painter.drawPath(to_device.map(_capsule(start, end, radii[0] - half, radii[1] - half)))

    def table(self, table: Prop) -> None:
        top = QPainterPath()
        top.addRect(QRectF(table.x, table.value("height") - 1.0, table.value("width"), 1.0))
        self.draw(top, QColor(self.style.prop), self.pen(self.style.prop_shade, LINE * 1.5))

    def shadows(self) -> None:
        """The digits' shadows on the table the hand lies on; a lifted finger's falls further away."""
        skeleton = self.skeleton
        shade = _mix(self.style.prop, "#000000", SHADOW)
        for digit in DIGITS:
            names = [start for name, start, _ in DIGIT_SEGMENTS if name.startswith(digit)] + [f"{digit}_tip"]
            line = QPainterPath(QPointF(*skeleton.shadows[names[0]]))
            for name in names[1:]:
                line.lineTo(QPointF(*skeleton.shadows[name]))
            self.draw(line, None, self.pen(shade, 2.0 * skeleton.radii[f"{digit}_2"][0]))

    def ball(self, ball: Prop) -> None:
        """A soft ball, flattened as much as the fingers press into it."""
        style = self.style
        radius = ball.value("radius")
        centre = (ball.x, ball.value("y"))
        squash = min(1.0, max(0.0, ball_press(self.skeleton, centre, radius)) / radius)
        width, height = radius * (1.0 + 0.35 * squash), radius * (1.0 - 0.45 * squash)
        body, shade = _ball_shapes(round(centre[0], 4), round(centre[1], 4), round(width, 4), round(height, 4))
        self.draw(body, QColor(style.prop), self.pen(style.outline))
        self.draw(shade, _mix(style.prop, style.prop_shade, 0.6))
        shine = QPainterPath()
        shine.addEllipse(QPointF(centre[0] - width * 0.4, centre[1] + height * 0.4), width * 0.18, height * 0.14)
        self.draw(shine, _mix(style.prop, "#FFFFFF", 0.35))

    def forearm(self) -> None:
        style = self.style
        wrist, end = self.skeleton.points["wrist"], self.skeleton.points["forearm_end"]
        half = self.skeleton.radii["forearm"][0]
        arm = QPainterPath()
        arm.addRoundedRect(QRectF(wrist[0] - half, end[1], 2 * half, wrist[1] - end[1] + 0.01), 0.008, 0.008)
        self.draw(arm, QColor(style.skin), self.pen(style.outline))
        sleeve = QPainterPath()
        cuff = QRectF(wrist[0] - half - 0.006, end[1] - 0.02, 2 * half + 0.012, SLEEVE_TOP - end[1] + 0.02)
        sleeve.addRoundedRect(cuff, 0.006, 0.006)
        self.draw(sleeve, QColor(style.shirt), self.pen(style.outline))

    def palm(self) -> None:
        """The palm with its creases, or the back of the hand with its knuckles."""
        style, skeleton = self.style, self.skeleton
        points = skeleton.points
        tinted = _mix(style.skin, style.working, WORKING_TINT)
        key = (_rounded(skeleton, SHAPE_POINTS), skeleton.radii["thumb_1"])
        fill = tinted if "palm" in self.working else QColor(style.skin)
        self.outlined_shape(key, fill, self.pen(style.outline))
        if "thumb_1" in self.working:
            self.draw(_capsule(points["thumb_cmc"], points["thumb_mcp"], *skeleton.radii["thumb_1"]), tinted)
        marks = QPainterPath()
        if skeleton.facing["palm"] < 0.0:
            for name in ("crease_distal", "crease_proximal"):
                marks.moveTo(QPointF(*points[f"{name}_0"]))
                marks.quadTo(QPointF(*points[f"{name}_1"]), QPointF(*points[f"{name}_2"]))
            cmc, mcp = points["thumb_cmc"], points["thumb_mcp"]
            bend = ((cmc[0] + mcp[0]) / 2 - 0.022, (cmc[1] + mcp[1]) / 2)
            marks.moveTo(QPointF(*points["crease_thenar_0"]))
            marks.quadTo(QPointF(*bend), QPointF(*points["crease_thenar_2"]))
        else:
            for finger in FINGERS:
                x, y = points[f"{finger}_mcp"]
                radius = skeleton.radii[f"{finger}_1"][0] * 0.7
                marks.moveTo(QPointF(x - radius, y - 0.008))
                marks.quadTo(QPointF(x, y - 0.008 + radius), QPointF(x + radius, y - 0.008))
        self.draw(marks, None, self.pen(style.skin_shade, LINE * 0.9))

    def segment(self, segment: tuple[str, str, str]) -> None:
        style, skeleton = self.style, self.skeleton
        name, start_name, end_name = segment
        start, end = skeleton.points[start_name], skeleton.points[end_name]
        facing = skeleton.facing[name]
        fill = _mix(style.skin, style.skin_shade, FOLD_SHADE * abs(facing - skeleton.facing["palm"]))
        if name in self.working:
            fill = _mix(fill.name(), style.working, WORKING_TINT)
        self.capsule(start, end, skeleton.radii[name], fill)
        if name.endswith("_3"):
            self.nail(start, end, skeleton.radii[name][1], facing)

    def nail(self, start: Point, end: Point, radius: float, facing: float) -> None:
        """A nail where the fingertip's back faces the viewer; a sliver of one at the tip of a finger seen from
        its pad."""
        style = self.style
        dx, dy = end[0] - start[0], end[1] - start[1]
        length = math.hypot(dx, dy)
        if length < 1e-6:
            return
        heading = math.degrees(math.atan2(dy, dx))
        if facing > NAIL_SHOWS:
            nail_length = radius * (0.5 + min(1.0, length / (radius * 2.2)))
            nail = QPainterPath()
            rect = QRectF(-nail_length + radius * 0.35, -radius * 0.62, nail_length, radius * 1.24)
            nail.addRoundedRect(rect, radius * 0.5, radius * 0.5)
            placed = QTransform().translate(end[0], end[1]).rotate(heading).map(nail)
            edge = self.pen(_mix(style.skin_shade, style.outline, 0.35), LINE * 0.8)
            self.draw(placed, _mix(style.skin, "#FFFFFF", 0.45), edge)
        elif facing < -0.7:
            rim = QPainterPath()
            box = QRectF(end[0] - radius * 0.85, end[1] - radius * 0.85, radius * 1.7, radius * 1.7)
            rim.arcMoveTo(box, -(heading + 45.0))
            rim.arcTo(box, -(heading + 45.0), 90.0)
            self.draw(rim, None, self.pen(_mix(style.skin, "#FFFFFF", 0.5), LINE * 1.2))


def paint_hand(
    painter: QPainter, skeleton: Skeleton, style: FigureStyle, working: set[str], props: Sequence[Prop] = ()
) -> None:
    """Draw the hand rig's skeleton (and the exercise's table and soft ball), far parts first."""
    if not isinstance(skeleton, HandSkeleton):
        raise TypeError("paint_hand draws the hand rig's skeleton")
    tables = [prop for prop in props if prop.kind == "table"]
    painter.save()
    hand = _HandPainter(painter, skeleton, style, working)
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for table in tables:
        hand.table(table)
    if tables and skeleton.facing["palm"] > 0.0:
        hand.shadows()
    for segment in skeleton.segments:
        if segment[0] == "forearm":
            hand.forearm()
        elif segment[0] == "palm":
            hand.palm()
            for ball in (prop for prop in props if prop.kind == "soft_ball"):
                hand.ball(ball)
        elif segment[0] != "thumb_1":
            hand.segment(segment)
    painter.restore()
