"""Draws the hand rig's skeleton as a friendly, filled hand, with its table and soft ball when the exercise has them.

The painter comes already transformed: one unit is one metre and y points up. Parts are drawn far to near;
a segment turned away from the way the palm faces (a finger folded into a fist) is drawn darker, and a
fingertip whose back turns to the viewer shows its nail.

Everything is drawn in device pixels: Qt's raster engine fills paths several times faster without a flipped
world transform. An outline is the shape filled in the outline's colour with the shape a line's width smaller
filled on top (a stroke costs many times more), or built from cheaper pieces (ui.figure_shapes), and parts that
hold still from one frame to the next are copied from pictures.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTransform

from ledhalsa_desktop.animation.hand_anatomy import DIGITS, FINGERS
from ledhalsa_desktop.animation.hand_rig import DIGIT_SEGMENTS, HandSkeleton, ball_press
from ledhalsa_desktop.animation.model import Prop
from ledhalsa_desktop.animation.rig import Point, Skeleton
from ledhalsa_desktop.ui.figure_shapes import Discs, capsule_path, filled_capsule, outlined_capsule, paint_kept
from ledhalsa_desktop.ui.figure_style import FigureStyle

LINE = 0.0011  # outline width, metres
SLEEVE_TOP = -0.026
WORKING_TINT = 0.5
FOLD_SHADE = 0.55  # how much darker a segment gets per unit it turns away from the palm's facing (0..2)
NAIL_SHOWS = 0.3  # how far the back of a fingertip must face the viewer before its nail is drawn
SHADOW = 0.25  # how much darker than the table a shadow on it is
WEB = 0.8  # the skin between thumb and index finger reaches this far along the thumb's metacarpal
MITRE_LIMIT = 0.5  # a grown or shrunk corner moves at most √(2 / MITRE_LIMIT) times the distance

PALM_CORNERS = (
    "palm_ulnar_base",
    "palm_ulnar_side",
    "palm_ulnar_top",
    *(f"{finger}_mcp" for finger in reversed(FINGERS)),
    "palm_radial_top",
    "palm_radial_side",
    "palm_radial_base",
)
CREASES = ("crease_distal", "crease_proximal")
DIGIT_CHAINS = {
    digit: (*(start for name, start, _ in DIGIT_SEGMENTS if name.startswith(digit)), f"{digit}_tip") for digit in DIGITS
}
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
_FLAT = Qt.PenCapStyle.FlatCap
DevicePoint = tuple[float, float]


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


@lru_cache(maxsize=512)
def _segment_fill(skin: str, shade: str, working: str | None, steps: int) -> QColor:
    """A digit segment's colour: skin, shaded by steps (of 32) as it turns from the palm's way, tinted if working."""
    fill = _blend(skin, shade, steps)
    return fill if working is None else _mix(fill.name(), working, WORKING_TINT)


@lru_cache(maxsize=256)
def _pen(rgba: int, width: float, flat: bool = False) -> QPen:
    """A pen with round ends and joins (flat ends if flat), width in device pixels."""
    pen = QPen(QColor.fromRgba(rgba), width)
    pen.setCapStyle(_FLAT if flat else Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _clockwise_on_screen(points: Sequence[DevicePoint]) -> bool:
    """Whether a polygon in device pixels (y down) runs clockwise as seen on the screen."""
    area = 0.0
    x0, y0 = points[-1]
    for x1, y1 in points:
        area += x0 * y1 - x1 * y0
        x0, y0 = x1, y1
    return area > 0.0


def _grown(points: Sequence[DevicePoint], distance: float) -> list[DevicePoint]:
    """The corners of a polygon running counter-clockwise on the screen, its sides moved distance pixels outward
    (inward if negative); a sharp corner moves at most a few times distance."""
    count = len(points)
    normals = []
    for index in range(count):
        (x0, y0), (x1, y1) = points[index], points[(index + 1) % count]
        ex, ey = x1 - x0, y1 - y0
        length = math.hypot(ex, ey) or 1.0
        normals.append((-ey / length, ex / length))  # outward for a counter-clockwise polygon on the screen
    grown = []
    for index in range(count):
        (ax, ay), (bx, by) = normals[index - 1], normals[index]
        scale = distance / max(1.0 + ax * bx + ay * by, MITRE_LIMIT)
        x, y = points[index]
        grown.append((x + (ax + bx) * scale, y + (ay + by) * scale))
    return grown


def _smooth_closed(path: QPainterPath, points: Sequence[DevicePoint]) -> None:
    """Adds to path a closed curve through the midpoints of the polygon's sides, rounding every corner."""
    count = len(points)
    mids = [
        ((points[i][0] + points[(i + 1) % count][0]) / 2, (points[i][1] + points[(i + 1) % count][1]) / 2)
        for i in range(count)
    ]
    path.moveTo(*mids[-1])
    for (cx, cy), (mx, my) in zip(points, mids, strict=True):
        path.quadTo(cx, cy, mx, my)
    path.closeSubpath()


def _web(path: QPainterPath, points: Sequence[DevicePoint], forwards: bool) -> None:
    """Adds to path the web of skin: from the index knuckle curving to the thumb, then to its base and the palm's
    middle (points in that order), drawn backwards if not forwards."""
    index, bend, reach, base, centre = points
    if forwards:
        path.moveTo(*index)
        path.quadTo(*bend, *reach)
        path.lineTo(*base)
        path.lineTo(*centre)
    else:
        path.moveTo(*centre)
        path.lineTo(*base)
        path.lineTo(*reach)
        path.quadTo(*bend, *index)
    path.closeSubpath()


def _along(start: Point, end: Point, share: float) -> Point:
    return (start[0] + (end[0] - start[0]) * share, start[1] + (end[1] - start[1]) * share)


BALL_SHADE_UNITS = 32.0  # the crescent's radius where it is worked out: about a ball's in millimetres


@cache
def _round_ball_shade() -> QPainterPath:
    """The shaded crescent on the lower right of a round ball of radius BALL_SHADE_UNITS about the origin (Qt
    flattens curves for this as if a unit were a pixel, so it is worked out about as large as in millimetres)."""
    radius = BALL_SHADE_UNITS
    body = QPainterPath()
    body.addEllipse(QPointF(0.0, 0.0), radius, radius)
    lit = QPainterPath()
    lit.addEllipse(QPointF(-radius * 0.15, radius * 0.15), radius * 0.95, radius * 0.95)
    return body.subtracted(lit)


def _ball_shade(x: float, y: float, width: float, height: float) -> QPainterPath:
    """The shaded crescent on the lower right of a ball (metres): the round one, worked out once, stretched to the
    ball's squash (working it out anew every frame cost more than drawing the rest of the ball)."""
    return QTransform(width / BALL_SHADE_UNITS, 0.0, 0.0, height / BALL_SHADE_UNITS, x, y).map(_round_ball_shade())


def _rounded_rect(rect: QRectF, radius: float, grow: float) -> QPainterPath:
    """A rounded rectangle (metres) with its sides moved grow outward: a rounded rectangle again."""
    path = QPainterPath()
    corner = max(0.0, radius + grow)
    path.addRoundedRect(rect.adjusted(-grow, -grow, grow, grow), corner, corner)
    return path


def _paint_table(painter: QPainter, to_device: QTransform, style: FigureStyle, table: Prop) -> None:
    """The table top (metres mapped by to_device onto a painter with no world transform)."""
    top = QPainterPath()
    top.addRect(QRectF(table.x, table.value("height") - 1.0, table.value("width"), 1.0))
    width = max(1.0, LINE * 1.5 * math.hypot(to_device.m11(), to_device.m12()))
    painter.setPen(_pen(QColor(style.prop_shade).rgba(), width))
    painter.setBrush(QColor(style.prop))
    painter.drawPath(to_device.map(top))


class _HandPainter:
    """One frame of the hand, drawn in device pixels."""

    def __init__(self, painter: QPainter, skeleton: HandSkeleton, style: FigureStyle, working: set[str]) -> None:
        self.painter = painter
        self.skeleton = skeleton
        self.style = style
        self.working = working
        self.to_device = t = painter.worldTransform()
        self.matrix = (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy())
        self.pixels_per_metre = math.hypot(t.m11(), t.m12())
        self.half_line = LINE / 2.0 * self.pixels_per_metre
        self.outline = QColor(style.outline)
        self.style_key = (style.outline, style.skin, style.skin_shade, self.half_line)  # for kept pictures
        self.discs = Discs(painter)
        self.ratio = self.discs.device_ratio
        m11, m12, m21, m22, dx, dy = self.matrix
        self.points = {
            name: (m11 * x + m21 * y + dx, m12 * x + m22 * y + dy) for name, (x, y) in skeleton.points.items()
        }

    def device(self, point: Point) -> DevicePoint:
        m11, m12, m21, m22, dx, dy = self.matrix
        return (m11 * point[0] + m21 * point[1] + dx, m12 * point[0] + m22 * point[1] + dy)

    def width(self, metres: float) -> float:
        return max(1.0, metres * self.pixels_per_metre)

    def bounds(self, points: Sequence[DevicePoint], margin: float) -> Callable[[], QRectF]:
        """The rectangle margin pixels round points, when asked for."""

        def rect() -> QRectF:
            xs = [x for x, _ in points]
            ys = [y for _, y in points]
            left, top = min(xs) - margin, min(ys) - margin
            return QRectF(left, top, max(xs) + margin - left, max(ys) + margin - top)

        return rect

    def kept(
        self,
        key: tuple,
        bounds: Callable[[], QRectF],
        draw: Callable[[QPainter], None],
        painter: QPainter | None = None,
    ) -> None:
        paint_kept(painter or self.painter, self.ratio, key, bounds, draw)

    # ---- every frame ----

    def shadows(self) -> None:
        """The digits' shadows on the table the hand lies on; a lifted finger's falls further away. Each digit's is
        kept as a picture while it holds still."""
        skeleton = self.skeleton
        rgba = _mix(self.style.prop, "#000000", SHADOW).rgba()
        for digit, names in DIGIT_CHAINS.items():
            width = self.width(2.0 * skeleton.radii[f"{digit}_2"][0])
            line = [self.device(skeleton.shadows[name]) for name in names]
            key = ("shadow", *line, width, rgba)
            self.kept(key, self.bounds(line, width / 2.0 + 2.0), self.shadow(line, width, rgba))

    def shadow(self, line: list[DevicePoint], width: float, rgba: int) -> Callable[[QPainter], None]:
        """How to draw one digit's shadow along line (device pixels)."""

        def draw(painter: QPainter) -> None:
            # A line with round joins and ends: straight pieces with flat ends, and a disc at every joint.
            discs = self.discs if painter is self.painter else Discs(painter)
            painter.setPen(_pen(rgba, width, flat=True))
            for (x0, y0), (x1, y1) in zip(line, line[1:], strict=False):
                painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))
            for x, y in line:
                discs.disc(x, y, width / 2.0, width / 2.0, rgba)

        return draw

    def forearm(self) -> None:
        self.kept(*self.forearm_drawing())

    def forearm_drawing(self) -> tuple[tuple, Callable[[], QRectF], Callable[[QPainter], None]]:
        """The forearm and sleeve: their key and place as a kept picture, and how to draw them."""
        style = self.style
        wrist, end = self.skeleton.points["wrist"], self.skeleton.points["forearm_end"]
        half = self.skeleton.radii["forearm"][0]
        arm = QRectF(wrist[0] - half, end[1], 2 * half, wrist[1] - end[1] + 0.01)
        cuff = QRectF(wrist[0] - half - 0.006, end[1] - 0.02, 2 * half + 0.012, SLEEVE_TOP - end[1] + 0.02)
        line = LINE / 2.0

        def draw(painter: QPainter) -> None:
            painter.setPen(_NO_PEN)
            for rect, radius, colour in ((arm, 0.008, style.skin), (cuff, 0.006, style.shirt)):
                painter.setBrush(self.outline)
                painter.drawPath(self.to_device.map(_rounded_rect(rect, radius, line)))
                painter.setBrush(QColor(colour))
                painter.drawPath(self.to_device.map(_rounded_rect(rect, radius, -line)))

        area = self.to_device.mapRect(arm.united(cuff)).adjusted(-4, -4, 4, 4)
        return ("forearm", wrist, end, half, style.skin, style.shirt, style.outline, self.matrix), lambda: area, draw

    def palm(self) -> None:
        """The palm with its creases, or the back of the hand with its knuckles."""
        style, skeleton, points = self.style, self.skeleton, self.points
        tinted = _mix(style.skin, style.working, WORKING_TINT)
        fill = tinted if "palm" in self.working else QColor(style.skin)
        corners = [points[name] for name in PALM_CORNERS]
        thumb = (points["thumb_cmc"], points["thumb_mcp"])
        radii = (
            skeleton.radii["thumb_1"][0] * self.pixels_per_metre,
            skeleton.radii["thumb_1"][1] * self.pixels_per_metre,
        )
        thumb_tint = tinted if "thumb_1" in self.working else None

        def draw(painter: QPainter) -> None:
            self.paint_palm(painter, corners, thumb, radii, fill, thumb_tint)

        key = ("palm", *corners, *thumb, *radii, points["wrist"], self.half_line, fill.rgba(), style.outline)
        key += (thumb_tint.rgba() if thumb_tint is not None else None,)
        self.kept(key, self.bounds([*corners, *thumb], max(radii) + 2.0 * self.half_line + 2.0), draw)
        self.palm_marks()

    def paint_palm(
        self,
        painter: QPainter,
        corners: list[DevicePoint],
        thumb: tuple[DevicePoint, DevicePoint],
        radii: tuple[float, float],
        fill: QColor,
        thumb_tint: QColor | None,
    ) -> None:
        """The palm, the ball of the thumb (its metacarpal) and the web of skin between thumb and index finger,
        outlined as one shape: each part grown by half a line in the outline's colour, then each shrunk by as much
        on top. The palm itself (which holds still while the thumb moves) is kept as a picture, outline and all:
        put after the thumb's outline and before its inside, it gives the same pixels."""
        points = self.points
        cmc, mcp = thumb
        index, reach = points["index_mcp"], _along(cmc, mcp, WEB)
        centre = _along(points["wrist"], points["middle_mcp"], 0.5)
        web = [index, _along(_along(index, reach, 0.5), centre, 0.25), reach, cmc, centre]
        forwards = not _clockwise_on_screen(web)
        if _clockwise_on_screen(corners):
            corners = corners[::-1]
        half = self.half_line
        discs = self.discs if painter is self.painter else Discs(painter)
        body_key = ("palm body", *corners, half, fill.rgba(), self.outline.rgba())
        body_bounds = self.bounds(corners, 2.0 * half + 2.0)
        for colour, grow in ((self.outline, half), (fill, -half)):
            if grow < 0:
                self.kept(body_key, body_bounds, lambda on: self.palm_body(on, corners, fill), painter)
            grown = _grown(web, grow) if forwards else _grown(web[::-1], grow)[::-1]
            web_shape = QPainterPath()
            _web(web_shape, grown, forwards)
            painter.setPen(_NO_PEN)
            painter.setBrush(colour)
            painter.drawPath(web_shape)
            filled_capsule(painter, discs, cmc, mcp, radii[0] + grow, radii[1] + grow, colour)
        if thumb_tint is not None:
            tint = QPainterPath()
            capsule_path(tint, cmc, mcp, *radii)
            painter.setBrush(thumb_tint)
            painter.drawPath(tint)

    def palm_body(self, painter: QPainter, corners: list[DevicePoint], fill: QColor) -> None:
        """The palm without the thumb: outlined (corners counter-clockwise on the screen)."""
        painter.setPen(_NO_PEN)
        for colour, grow in ((self.outline, self.half_line), (fill, -self.half_line)):
            shape = QPainterPath()
            _smooth_closed(shape, _grown(corners, grow))
            painter.setBrush(colour)
            painter.drawPath(shape)

    def palm_marks(self) -> None:
        """The palm's creases, or the knuckles on the back of the hand (kept apart from the palm, which changes
        shape as the thumb moves while these hold still; the crease round the ball of the thumb, which moves with
        the thumb, apart again)."""
        skeleton, points = self.skeleton, self.points
        pen = _pen(QColor(self.style.skin_shade).rgba(), self.width(LINE * 0.9))
        if skeleton.facing["palm"] < 0.0:
            creases = [(points[f"{name}_0"], points[f"{name}_1"], points[f"{name}_2"]) for name in CREASES]
            self.curves(("creases", *creases), creases, pen)
            cmc, mcp = skeleton.points["thumb_cmc"], skeleton.points["thumb_mcp"]
            bend = self.device(((cmc[0] + mcp[0]) / 2 - 0.022, (cmc[1] + mcp[1]) / 2))
            thenar = (points["crease_thenar_0"], bend, points["crease_thenar_2"])
            self.curves(("thenar", thenar), [thenar], pen)
            return
        knuckles = []
        for finger in FINGERS:
            x, y = skeleton.points[f"{finger}_mcp"]
            radius = skeleton.radii[f"{finger}_1"][0] * 0.7
            top = self.device((x, y - 0.008 + radius))
            knuckles.append((self.device((x - radius, y - 0.008)), top, self.device((x + radius, y - 0.008))))
        self.curves(("knuckles", *knuckles), knuckles, pen)

    def curves(self, key: tuple, curves: list[tuple[DevicePoint, DevicePoint, DevicePoint]], pen: QPen) -> None:
        """Lines drawn with pen, each from its first point, bent toward the second, to the third (device pixels);
        kept as a picture under key while they hold still."""

        def draw(painter: QPainter) -> None:
            path = QPainterPath()
            for start, bend, end in curves:
                path.moveTo(*start)
                path.quadTo(*bend, *end)
            painter.setPen(pen)
            painter.setBrush(_NO_BRUSH)
            painter.drawPath(path)

        used = [point for curve in curves for point in curve]
        self.kept((*key, pen.color().rgba(), pen.widthF()), self.bounds(used, pen.widthF() + 2.0), draw)

    def ball(self, ball: Prop) -> None:
        """A soft ball, flattened as much as the fingers press into it."""
        style = self.style
        radius = ball.value("radius")
        centre = (ball.x, ball.value("y"))
        squash = min(1.0, max(0.0, ball_press(self.skeleton, centre, radius)) / radius)
        width, height = radius * (1.0 + 0.35 * squash), radius * (1.0 - 0.45 * squash)
        rounded = (round(centre[0], 4), round(centre[1], 4), round(width, 4), round(height, 4))
        line = LINE / 2.0

        def draw(painter: QPainter) -> None:
            x, y, w, h = rounded
            painter.setPen(_NO_PEN)
            for colour, grow in ((self.outline, line), (QColor(style.prop), -line)):
                body = QPainterPath()
                body.addEllipse(QPointF(x, y), w + grow, h + grow)
                painter.setBrush(colour)
                painter.drawPath(self.to_device.map(body))
            painter.setBrush(_mix(style.prop, style.prop_shade, 0.6))
            painter.drawPath(self.to_device.map(_ball_shade(*rounded)))
            shine = QPainterPath()
            shine.addEllipse(QPointF(centre[0] - width * 0.4, centre[1] + height * 0.4), width * 0.18, height * 0.14)
            painter.setBrush(_mix(style.prop, "#FFFFFF", 0.35))
            painter.drawPath(self.to_device.map(shine))

        area = QRectF(rounded[0] - 2 * width, rounded[1] - 2 * height, 4 * width, 4 * height)
        key = ("ball", centre, width, height, style.prop, style.prop_shade, style.outline, self.matrix)
        self.kept(key, lambda: self.to_device.mapRect(area), draw)

    def segment(self, segment: tuple[str, str, str]) -> None:
        style, skeleton = self.style, self.skeleton
        name, start_name, end_name = segment
        start, end = self.points[start_name], self.points[end_name]
        facing = skeleton.facing[name]
        fill = _segment_fill(
            style.skin,
            style.skin_shade,
            style.working if name in self.working else None,
            round(min(1.0, FOLD_SHADE * abs(facing - skeleton.facing["palm"])) * 32.0),
        )
        scale = self.pixels_per_metre
        start_radius, end_radius = skeleton.radii[name]
        start_radius, end_radius = start_radius * scale, end_radius * scale
        tip = name[-2:] == "_3"

        def draw(painter: QPainter) -> None:
            discs = self.discs if painter is self.painter else Discs(painter)
            outlined_capsule(painter, discs, start, end, start_radius, end_radius, self.half_line, fill, self.outline)
            if tip:
                self.nail(painter, start, end, end_radius, facing)

        key = (start, end, start_radius, end_radius, fill.rgba(), facing if tip else None, self.style_key)
        margin = max(start_radius, end_radius) + self.half_line + 2.0
        paint_kept(self.painter, self.ratio, key, self.bounds((start, end), margin), draw)

    def nail(self, painter: QPainter, start: DevicePoint, end: DevicePoint, radius: float, facing: float) -> None:
        """A nail where the fingertip's back faces the viewer; a sliver of one at the tip of a finger seen from
        its pad. Points and radius in device pixels."""
        style = self.style
        dx, dy = end[0] - start[0], end[1] - start[1]
        length = math.hypot(dx, dy)
        if length < 1e-6 * self.pixels_per_metre:
            return
        ux, uy = dx / length, dy / length
        if facing > NAIL_SHOWS:
            nail_length = radius * (0.5 + min(1.0, length / (radius * 2.2)))
            rect = QRectF(-nail_length + radius * 0.35, -radius * 0.62, nail_length, radius * 1.24)
            edge = self.width(LINE * 0.8) / 2.0
            painter.save()
            painter.setTransform(QTransform(ux, uy, -uy, ux, end[0], end[1]), True)  # along the finger, from its tip
            painter.setPen(_NO_PEN)
            for colour, grow in (
                (_mix(style.skin_shade, style.outline, 0.35), edge),
                (_mix(style.skin, "#FFFFFF", 0.45), -edge),
            ):
                corner = max(0.0, radius * 0.5 + grow)
                painter.setBrush(colour)
                painter.drawRoundedRect(rect.adjusted(-grow, -grow, grow, grow), corner, corner)
            painter.restore()
        elif facing < -0.7:
            # An arc about the tip, a quarter turn wide, as a stroke with round ends would draw it.
            heading = math.degrees(math.atan2(-uy, ux))
            middle, half = radius * 0.85, self.width(LINE * 1.2) / 2.0
            first, last = heading - 45.0, heading + 45.0
            x, y = end
            outer, inner = middle + half, middle - half
            ends = [
                (x + middle * math.cos(math.radians(a)), y - middle * math.sin(math.radians(a))) for a in (first, last)
            ]
            rim = QPainterPath()
            rim.arcMoveTo(x - outer, y - outer, 2 * outer, 2 * outer, first)
            rim.arcTo(x - outer, y - outer, 2 * outer, 2 * outer, first, 90.0)
            rim.arcTo(ends[1][0] - half, ends[1][1] - half, 2 * half, 2 * half, last, 180.0)
            rim.arcTo(x - inner, y - inner, 2 * inner, 2 * inner, last, -90.0)
            rim.arcTo(ends[0][0] - half, ends[0][1] - half, 2 * half, 2 * half, first + 180.0, 180.0)
            rim.closeSubpath()
            painter.setPen(_NO_PEN)
            painter.setBrush(_mix(style.skin, "#FFFFFF", 0.5))
            painter.drawPath(rim)


def paint_hand(
    painter: QPainter,
    skeleton: Skeleton,
    style: FigureStyle,
    working: set[str],
    props: Sequence[Prop] = (),
    *,
    backdrop_drawn: bool = False,
) -> None:
    """Draw the hand rig's skeleton (and the exercise's table and soft ball), far parts first. backdrop_drawn:
    what paint_hand_backdrop draws for this skeleton is there already, so that only what moves is drawn."""
    if not isinstance(skeleton, HandSkeleton):
        raise TypeError("paint_hand draws the hand rig's skeleton")
    tables = [prop for prop in props if prop.kind == "table"]
    painter.save()
    hand = _HandPainter(painter, skeleton, style, working)
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if not backdrop_drawn:
        for table in tables:
            _paint_table(painter, hand.to_device, style, table)
    if tables and skeleton.facing["palm"] > 0.0:
        hand.shadows()
    for segment in skeleton.segments:
        if segment[0] == "forearm":
            if not backdrop_drawn or tables:
                hand.forearm()
        elif segment[0] == "palm":
            hand.palm()
            for ball in (prop for prop in props if prop.kind == "soft_ball"):
                hand.ball(ball)
        elif segment[0] != "thumb_1":
            hand.segment(segment)
    painter.restore()


def paint_hand_backdrop(
    painter: QPainter, style: FigureStyle, props: Sequence[Prop], still: Skeleton | None = None
) -> None:
    """What of the hand's picture never moves, for paint_hand(..., backdrop_drawn=True) to draw on: its tables;
    with still (the skeleton at any moment, when the forearm holds still throughout), the forearm too, unless a
    table is there (the shadows on the table, drawn later, go under the forearm). The painter is transformed as
    for paint_hand."""
    painter.save()
    to_device = painter.worldTransform()
    tables = [prop for prop in props if prop.kind == "table"]
    forearm = None
    if still is not None and not tables:
        if not isinstance(still, HandSkeleton):
            raise TypeError("paint_hand_backdrop draws the hand rig's forearm")
        forearm = _HandPainter(painter, still, style, set()).forearm_drawing()[2]
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if forearm is not None:
        forearm(painter)
    for table in tables:
        _paint_table(painter, to_device, style, table)
    painter.restore()
