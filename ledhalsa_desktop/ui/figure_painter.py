"""Drawing an exercise figure with QPainter: the body, its props, the floor and the arrow.

Every size here is in metres; a View turns points and sizes into device pixels. Drawing in device pixels
(not through a scaled world transform) lets Qt take its fast paths for wide antialiased lines, which keeps a
frame well under 2 ms. Widths are chosen for a friendly, solid figure that reads from a distance.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from ledhalsa_desktop.animation.model import Animation, Prop
from ledhalsa_desktop.animation.rig import Point, Skeleton
from ledhalsa_desktop.ui.figure_shapes import Discs, paint_kept
from ledhalsa_desktop.ui.figure_style import FigureStyle

OUTLINE = 0.012  # the outline's width around every shape
LIMB_WIDTHS = {"thigh": 0.15, "shin": 0.11, "upper_arm": 0.085, "forearm": 0.07}
HEAD_RADIUS = 0.11
HAND_RADIUS = 0.042
FAR_SIDE_DARKER = 118  # percent, for the limbs on the far side of a side view
LEG_WIDTHS = (LIMB_WIDTHS["thigh"], LIMB_WIDTHS["shin"])
ARM_WIDTHS = (LIMB_WIDTHS["upper_arm"], LIMB_WIDTHS["forearm"])
LEG_NAMES = {side: (f"hip_{side}", f"knee_{side}", f"ankle_{side}", f"thigh_{side}", f"shin_{side}") for side in "rl"}
ARM_NAMES = {
    side: (f"shoulder_{side}", f"elbow_{side}", f"wrist_{side}", f"upper_arm_{side}", f"forearm_{side}")
    for side in "rl"
}


def lighter_or_darker(colour: str, far: bool) -> QColor:
    return QColor(colour).darker(FAR_SIDE_DARKER) if far else QColor(colour)


ANTIALIASING = QPainter.RenderHint.Antialiasing
Drawing = Callable[[QPainter, Discs], None]
NO_PEN = Qt.PenStyle.NoPen


class View:
    """World (metres, y up) to device pixels, for a transform that only scales, flips and moves."""

    def __init__(self, transform: QTransform) -> None:
        self.transform = transform
        self.sx, self.sy = transform.m11(), transform.m22()
        self.dx, self.dy = transform.dx(), transform.dy()
        self.scale = abs(self.sy)
        self._pens: dict[tuple[str, float, bool], QPen] = {}
        self._flat_pens: dict[tuple[str, float, bool], tuple[QPen, float, int]] = {}
        self._looks: dict[tuple, LimbLook] = {}

    def point(self, point: Point) -> QPointF:
        return QPointF(self.sx * point[0] + self.dx, self.sy * point[1] + self.dy)

    def size(self, metres: float) -> float:
        return metres * self.scale

    def rect(self, left: float, bottom: float, width: float, height: float) -> QRectF:
        return QRectF(self.point((left, bottom)), self.point((left + width, bottom + height))).normalized()

    def pen(self, colour: str, metres: float, far: bool = False) -> QPen:
        key = (colour, metres, far)
        pen = self._pens.get(key)
        if pen is None:
            pen = self._pens[key] = round_pen(colour, self.width(metres), far)
        return pen

    def limb_look(self, outline: str, widths: tuple[float, ...], colours: tuple[str, ...], far: bool) -> LimbLook:
        key = (outline, widths, colours, far)
        look = self._looks.get(key)
        if look is None:
            look = self._looks[key] = LimbLook(self, outline, widths, colours, far)
        return look

    def width(self, metres: float) -> float:
        """A line's width in pixels, to a quarter of one."""
        return round(metres * self.scale * 4.0) / 4.0

    def flat_pen(self, colour: str, metres: float, far: bool = False) -> tuple[QPen, float, int]:
        """A pen with flat ends, its width in pixels and its colour as an RGBA number: the straight part of a
        line with round ends, whose ends are discs (ui.figure_shapes.Discs)."""
        key = (colour, metres, far)
        found = self._flat_pens.get(key)
        if found is None:
            pen = flat_pen(colour, self.width(metres), far)
            found = self._flat_pens[key] = (pen, pen.widthF(), pen.color().rgba())
        return found


@cache
def round_pen(colour: str, width: float, far: bool = False) -> QPen:
    """A pen with round ends and joins, width in pixels."""
    pen = QPen(lighter_or_darker(colour, far), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@cache
def flat_pen(colour: str, width: float, far: bool = False) -> QPen:
    """A pen with flat ends, width in pixels."""
    pen = QPen(lighter_or_darker(colour, far), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


@cache
def rgba(colour: str, far: bool = False) -> int:
    return lighter_or_darker(colour, far).rgba()


@cache
def brush(colour: str, far: bool = False) -> QBrush:
    return QBrush(lighter_or_darker(colour, far))


def towards(a: Point, b: Point, fraction: float) -> Point:
    return (a[0] + (b[0] - a[0]) * fraction, a[1] + (b[1] - a[1]) * fraction)


def unit(a: Point, b: Point) -> Point:
    length = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
    return ((b[0] - a[0]) / length, (b[1] - a[1]) / length)


def offset(point: Point, direction: Point, length: float) -> Point:
    return (point[0] + direction[0] * length, point[1] + direction[1] * length)


def left_of(direction: Point) -> Point:
    return (-direction[1], direction[0])


class Limb:
    """A chain of capsules (thigh and shin, or upper arm and forearm) drawn outline first, then filled."""

    def __init__(
        self, style: FigureStyle, points: list[Point], widths: Sequence[float], colours: Sequence[str], far: bool
    ) -> None:
        self.style, self.points, self.widths, self.colours, self.far = style, points, widths, colours, far

    def paint(self, painter: QPainter, view: View, discs: Discs, ends: list[tuple[float, float]] | None = None) -> None:
        """The limb on view; ends, if given, are its points on the device already."""
        if ends is None:
            sx, sy, dx, dy = view.sx, view.sy, view.dx, view.dy
            ends = [(sx * x + dx, sy * y + dy) for x, y in self.points]
        lines = [QLineF(x0, y0, x1, y1) for (x0, y0), (x1, y1) in zip(ends, ends[1:], strict=False)]
        look = view.limb_look(self.style.outline, tuple(self.widths), tuple(self.colours), self.far)
        disc = discs.disc
        # The outline: straight pieces with flat ends (Qt's fast antialiased lines), a disc at every joint. An end
        # of the chain gets its fill's round end in the same picture, unless another joint's outline reaches
        # round behind it (a very short piece).
        for pen, line in zip(look.outline_pens, lines, strict=True):
            painter.setPen(pen)
            painter.drawLine(line)
        last = len(ends) - 1
        filled = [False] * len(ends)
        for index in (0, last):
            x, y = ends[index]
            filled[index] = all(
                (x - ox) * (x - ox) + (y - oy) * (y - oy) > reach
                for other, ((ox, oy), reach) in enumerate(zip(ends, look.reaches, strict=True))
                if other != index
            )
        outline = look.outline
        for (x, y), radius, end, done in zip(ends, look.radii, look.end_fills, filled, strict=True):
            if done:
                disc(x, y, radius, radius, end[0], outline, end[1])
            else:
                disc(x, y, radius, radius, outline)
        # The fill: its straight pieces lie wholly inside the antialiased outline, so they skip antialiasing (many
        # times faster); its other round ends are discs, antialiased (pictures, whatever the setting).
        painter.setRenderHint(ANTIALIASING, False)
        for index, ((pen, pixels, colour), line) in enumerate(zip(look.fills, lines, strict=True)):
            painter.setPen(pen)
            painter.drawLine(line)
            radius = pixels / 2.0
            if not filled[index] and look.start_fills[index]:
                disc(*ends[index], radius, radius, colour)
            if not filled[index + 1]:
                disc(*ends[index + 1], radius, radius, colour)
        painter.setRenderHint(ANTIALIASING, True)


class LimbLook:
    """What a limb of given widths and colours is drawn with on a view, worked out once: pens, sizes, colours."""

    def __init__(self, view: View, outline: str, widths: tuple[float, ...], colours: tuple[str, ...], far: bool):
        self.fills = [view.flat_pen(colour, width, far) for width, colour in zip(widths, colours, strict=True)]
        outlines = [view.flat_pen(outline, width + 2 * OUTLINE) for width in widths]
        self.outline_pens = [pen for pen, _, _ in outlines]
        self.outline = outlines[0][2]
        halves = [pixels / 2.0 for _, pixels, _ in outlines]
        # Every joint's outline disc as wide as the wider piece at it; squared, with a pixel more, how far it reaches.
        self.radii = [
            max(halves[max(0, joint - 1)], halves[min(joint, len(halves) - 1)]) for joint in range(len(widths) + 1)
        ]
        self.reaches = [(radius + 1.0) ** 2 for radius in self.radii]
        # A piece's round start lies inside the round end of the piece before when that is as coloured and wider.
        self.start_fills = [True] + [
            colour != before_colour or pixels > before_pixels - 2.0
            for (_, before_pixels, before_colour), (_, pixels, colour) in zip(self.fills, self.fills[1:], strict=False)
        ]
        # At the chain's ends: the fill's colour, and the outline's width around it.
        self.end_fills = [
            (
                self.fills[min(joint, len(widths) - 1)][2],
                self.radii[joint] - self.fills[min(joint, len(widths) - 1)][1] / 2.0,
            )
            for joint in range(len(widths) + 1)
        ]


class BodyPainter:
    """The person: shared parts for both views; each view arranges them."""

    def __init__(self, style: FigureStyle, working: Iterable[str], view: View, discs: Discs) -> None:
        self.style = style
        self.working = set(working)
        self.view = view
        self.discs = discs
        self.key_tail = (style.outline, view.sx, view.sy, view.dx, view.dy)  # what every kept part's look hangs on

    def kept(self, painter: QPainter, key: tuple, ends: list[Point], margin: float, draw: Drawing) -> None:
        """draw(painter, discs) for a part of the figure lying within margin pixels of the device points ends,
        copied from a picture while it holds still (ui.figure_shapes.paint_kept). key settles its pixels."""
        discs = self.discs

        def on(target: QPainter) -> None:
            if target is painter:
                draw(target, discs)
                return
            self.discs = Discs(target)  # for a picture
            try:
                draw(target, self.discs)
            finally:
                self.discs = discs

        def bounds() -> QRectF:
            xs = [x for x, _ in ends]
            ys = [y for _, y in ends]
            left, top = min(xs) - margin, min(ys) - margin
            return QRectF(left, top, max(xs) + margin - left, max(ys) + margin - top)

        paint_kept(painter, discs.device_ratio, key + self.key_tail, bounds, on)

    def limb(self, painter: QPainter, limb: Limb) -> None:
        view = self.view
        sx, sy, dx, dy = view.sx, view.sy, view.dx, view.dy
        ends = [(sx * x + dx, sy * y + dy) for x, y in limb.points]
        key = ("limb", *ends, *limb.widths, *limb.colours, limb.far)
        margin = (max(limb.widths) / 2 + OUTLINE) * view.scale + 2.0
        self.kept(painter, key, ends, margin, lambda target, discs: limb.paint(target, view, discs, ends))

    def colour(self, segment: str, usual: str) -> str:
        return self.style.working if segment in self.working else usual

    def leg(self, points: dict[str, Point], side: str, far: bool) -> Limb:
        hip, knee, ankle, thigh, shin = LEG_NAMES[side]
        chain = [points[hip], points[knee], points[ankle]]
        colours = [self.colour(thigh, self.style.trousers), self.colour(shin, self.style.trousers)]
        return Limb(self.style, chain, LEG_WIDTHS, colours, far)

    def arm(self, points: dict[str, Point], side: str, far: bool) -> Limb:
        shoulder, elbow, wrist, upper_arm, forearm = ARM_NAMES[side]
        chain = [points[shoulder], points[elbow], points[wrist]]
        colours = [self.colour(upper_arm, self.style.shirt), self.colour(forearm, self.style.skin)]
        return Limb(self.style, chain, ARM_WIDTHS, colours, far)

    def hand(self, painter: QPainter, points: dict[str, Point], side: str, far: bool) -> None:
        colour = self.colour(f"forearm_{side}", self.style.skin)
        self.disc(painter, points[f"hand_{side}"], HAND_RADIUS, HAND_RADIUS, colour, far)

    def disc(self, painter: QPainter, centre: Point, rx: float, ry: float, colour: str, far: bool = False) -> None:
        """A filled ellipse with an outline (copied from a picture: ui.figure_shapes.Discs)."""
        view = self.view
        scale = view.scale
        x, y = view.sx * centre[0] + view.dx, view.sy * centre[1] + view.dy
        outer_x, outer_y = (rx + OUTLINE / 2) * scale, (ry + OUTLINE / 2) * scale
        self.discs.disc(x, y, outer_x, outer_y, rgba(colour, far), rgba(self.style.outline), OUTLINE * scale)

    def side_shoe(self, painter: QPainter, points: dict[str, Point], side: str, far: bool) -> None:
        heel, toe = points[f"heel_{side}"], points[f"toe_{side}"]
        along = unit(heel, toe)
        up = left_of(along)
        back = offset(offset(heel, up, 0.04), along, 0.03)
        front = offset(offset(toe, up, 0.035), along, -0.03)
        colour = self.colour(f"foot_{side}", self.style.shoes)
        view = self.view
        ends = [(view.sx * x + view.dx, view.sy * y + view.dy) for x, y in (back, front)]

        def draw(target: QPainter, discs: Discs) -> None:
            # Two lines with round ends, each as a straight piece with flat ends and a disc at either end.
            for name, metres, darker in ((self.style.outline, 0.08 + 2 * OUTLINE, False), (colour, 0.08, far)):
                pen, pixels, rgba_colour = view.flat_pen(name, metres, darker)
                target.setPen(pen)
                target.drawLine(QPointF(*ends[0]), QPointF(*ends[1]))
                for x, y in ends:
                    discs.disc(x, y, pixels / 2.0, pixels / 2.0, rgba_colour)

        self.kept(painter, ("shoe", *ends, colour, far), ends, (0.04 + OUTLINE) * view.scale + 2.0, draw)

    def neck(self, painter: QPainter, points: dict[str, Point]) -> None:
        self.limb(painter, Limb(self.style, [points["neck"], points["head_base"]], [0.075], [self.style.skin], False))

    def head(self, painter: QPainter, centre: Point, up: Point, facing: Point | None) -> None:
        """A round head; facing is the direction of the face in a side view, None when seen from the front."""
        view = self.view
        middle = (view.sx * centre[0] + view.dx, view.sy * centre[1] + view.dy)
        key = ("head", middle, up, facing, self.colour("head", self.style.skin), self.style.hair, self.style.skin_shade)
        margin = (HEAD_RADIUS + 0.04) * view.scale + 2.0
        self.kept(painter, key, [middle], margin, lambda target, _: self.paint_head(target, centre, up, facing))

    def paint_head(self, painter: QPainter, centre: Point, up: Point, facing: Point | None) -> None:
        style = self.style
        self.disc(painter, centre, HEAD_RADIUS, HEAD_RADIUS, self.colour("head", style.skin))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush(style.hair))
        painter.drawPath(self.view.transform.map(hair_path(centre, up, facing)))
        painter.setBrush(brush(style.outline))
        painter.setPen(Qt.PenStyle.NoPen)
        view, eye_radius, dark = self.view, self.view.size(0.012), rgba(style.outline)
        if facing is None:
            across = (up[1], -up[0])
            for sign in (-1.0, 1.0):
                x, y = offset(offset(centre, across, sign * 0.04), up, 0.005)
                self.discs.disc(view.sx * x + view.dx, view.sy * y + view.dy, eye_radius, eye_radius, dark)
            painter.setPen(self.view.pen(style.outline, 0.01))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.view.transform.map(smile_path(centre, up)))
            return
        x, y = offset(offset(centre, facing, 0.065), up, 0.01)
        self.discs.disc(view.sx * x + view.dx, view.sy * y + view.dy, eye_radius, eye_radius, dark)
        self.disc(painter, offset(offset(centre, facing, HEAD_RADIUS - 0.004), up, -0.015), 0.022, 0.02, style.skin)
        self.disc(painter, offset(centre, facing, -0.015), 0.024, 0.03, style.skin_shade)


def hair_path(centre: Point, up: Point, facing: Point | None) -> QPainterPath:
    """A cap of hair over the top of the head (and the back of it, from the side)."""
    angle_up = math.degrees(math.atan2(up[1], up[0]))
    if facing is None:
        start, sweep = angle_up - 80.0, 160.0
    else:
        turn = up[0] * facing[1] - up[1] * facing[0]  # which way round from up the face lies
        start, sweep = (angle_up + 20.0, 150.0) if turn < 0 else (angle_up - 170.0, 150.0)
    radius = HEAD_RADIUS - OUTLINE / 2
    box = QRectF(centre[0] - radius, centre[1] - radius, 2 * radius, 2 * radius)
    path = QPainterPath()
    path.arcMoveTo(box, -start)
    path.arcTo(box, -start, -sweep)
    path.closeSubpath()
    return path


def smile_path(centre: Point, up: Point) -> QPainterPath:
    across = (up[1], -up[0])
    left = offset(offset(centre, across, -0.035), up, -0.045)
    right = offset(offset(centre, across, 0.035), up, -0.045)
    bottom = offset(centre, up, -0.075)
    path = QPainterPath(world_point(left))
    path.quadTo(world_point(bottom), world_point(right))
    return path


class SideBodyPainter(BodyPainter):
    def paint(self, painter: QPainter, skeleton: Skeleton) -> None:
        points = dict(skeleton.points)
        self.limb(painter, self.arm(points, "l", far=True))
        self.hand(painter, points, "l", far=True)
        self.limb(painter, self.leg(points, "l", far=True))
        self.side_shoe(painter, points, "l", far=True)
        self.trunk(painter, points)
        self.neck(painter, points)
        up = unit(points["head_base"], points["head"])
        self.head(painter, points["head"], up, (up[1], -up[0]))
        self.limb(painter, self.leg(points, "r", far=False))
        self.side_shoe(painter, points, "r", far=False)
        self.limb(painter, self.arm(points, "r", far=False))
        self.hand(painter, points, "r", far=False)

    def trunk(self, painter: QPainter, points: dict[str, Point]) -> None:
        pelvis, shoulder = points["pelvis"], points["shoulder_r"]
        up = unit(pelvis, shoulder)
        seat = offset(pelvis, left_of(up), 0.035)  # the buttocks, a little behind the hip joints
        chest = offset(shoulder, up, -0.05)
        waist = towards(seat, chest, 0.35)
        self.limb(painter, Limb(self.style, [seat, waist], [0.25], [self.colour("pelvis", self.style.trousers)], False))
        self.limb(painter, Limb(self.style, [waist, chest], [0.27], [self.colour("trunk", self.style.shirt)], False))


class FrontBodyPainter(BodyPainter):
    def paint(self, painter: QPainter, skeleton: Skeleton) -> None:
        points = dict(skeleton.points)
        for side in ("r", "l"):
            self.limb(painter, self.leg(points, side, far=False))
            self.kneecap(painter, points, side)
            self.front_shoe(painter, points, side)
        self.trunk(painter, points)
        self.neck(painter, points)
        up = unit(points["head_base"], points["head"])
        self.head(painter, points["head"], up, None)
        for side in ("r", "l"):
            self.limb(painter, self.arm(points, side, far=False))
            self.hand(painter, points, side, far=False)

    def front_shoe(self, painter: QPainter, points: dict[str, Point], side: str) -> None:
        down = unit(points[f"knee_{side}"], points[f"ankle_{side}"])
        across = left_of(down)
        sole = towards(points[f"heel_{side}"], points[f"toe_{side}"], 0.5)
        middle = offset(sole, down, -0.04)
        ends = [offset(middle, across, -0.025), offset(middle, across, 0.025)]
        colour = self.colour(f"foot_{side}", self.style.shoes)
        self.limb(painter, Limb(self.style, ends, [0.075], [colour], False))

    def kneecap(self, painter: QPainter, points: dict[str, Point], side: str) -> None:
        """A hint of the kneecap, so that the knee's place over the foot reads from the front."""
        colour = self.colour(f"thigh_{side}", self.style.trousers)
        x, y = points[f"knee_{side}"]
        view = self.view
        centre = (view.sx * x + view.dx, view.sy * y + view.dy)
        self.discs.disc(*centre, view.size(0.03), view.size(0.034), rgba(QColor(colour).lighter(125).name()))

    def trunk(self, painter: QPainter, points: dict[str, Point]) -> None:
        across = unit(points["hip_r"], points["hip_l"])
        up = left_of(across)
        flank_r, flank_l = points["flank_r"], points["flank_l"]
        waist_r, waist_l = offset(flank_r, up, 0.12), offset(flank_l, up, 0.12)
        shorts = [
            waist_r,
            waist_l,
            flank_l,
            offset(offset(points["hip_l"], across, 0.075), up, -0.06),
            offset(points["pelvis"], up, -0.09),
            offset(offset(points["hip_r"], across, -0.075), up, -0.06),
            flank_r,
        ]
        body = [waist_r, points["side_shoulder_r"], points["side_shoulder_l"], waist_l]
        colours = (self.colour("pelvis", self.style.trousers), self.colour("trunk", self.style.shirt))
        view = self.view
        ends = [(view.sx * x + view.dx, view.sy * y + view.dy) for x, y in (*shorts, *body)]

        def draw(target: QPainter, _: Discs) -> None:
            self.filled(target, shorts, colours[0])
            self.filled(target, body, colours[1])

        self.kept(painter, ("trunk", *ends, *colours), ends, OUTLINE * view.scale + 2.0, draw)

    def filled(self, painter: QPainter, corners: list[Point], colour: str) -> None:
        """A shape with softened corners, filled, with the outline round it (as a pen with round joins would
        draw it): the inside without antialiasing, as the outline covers its edge; the outline as straight lines
        with flat ends and a disc at every corner."""
        view = self.view
        shape = softened([(view.sx * x + view.dx, view.sy * y + view.dy) for x, y in corners])
        inside = QPainterPath()
        inside.moveTo(*shape[-1])
        for x, y in shape:
            inside.lineTo(x, y)
        painter.setRenderHint(ANTIALIASING, False)
        painter.setPen(NO_PEN)
        painter.setBrush(brush(colour))
        painter.drawPath(inside)
        painter.setRenderHint(ANTIALIASING, True)
        pen, pixels, outline = view.flat_pen(self.style.outline, OUTLINE)
        painter.setPen(pen)
        x0, y0 = shape[-1]
        for x1, y1 in shape:
            painter.drawLine(QLineF(x0, y0, x1, y1))
            self.discs.disc(x1, y1, pixels / 2.0, pixels / 2.0, outline)
            x0, y0 = x1, y1


def softened(corners: list[Point], cut: float = 0.22) -> list[Point]:
    """The polygon with every corner replaced by two points a fraction cut along its sides (a cheap rounding)."""
    points: list[Point] = []
    for index, (x, y) in enumerate(corners):
        (bx, by), (ax, ay) = corners[index - 1], corners[(index + 1) % len(corners)]
        points.append((x + (bx - x) * cut, y + (by - y) * cut))
        points.append((x + (ax - x) * cut, y + (ay - y) * cut))
    return points


# ---- props ----


def prop_box(
    painter: QPainter, view: View, style: FigureStyle, rect: QRectF, colour: str, radius: float = 0.01
) -> None:
    painter.setPen(view.pen(style.outline, 0.008))
    painter.setBrush(brush(colour))
    painter.drawRoundedRect(rect, view.size(radius), view.size(radius))


def paint_chair(painter: QPainter, view: View, style: FigureStyle, chair: Prop) -> None:
    facing = chair.value("facing")
    depth, seat, back_top = chair.value("seat_depth"), chair.value("seat_height"), chair.value("back_height")
    front = chair.x
    back = front - facing * depth
    leg, rail = 0.03, 0.035
    left = min(front, back)
    for x in (front - facing * leg, back):
        prop_box(painter, view, style, view.rect(min(x, x + facing * leg), 0.0, leg, seat), style.prop_shade, 0.006)
    prop_box(
        painter,
        view,
        style,
        view.rect(min(back, back + facing * rail), seat, rail, back_top - seat),
        style.prop_shade,
        0.008,
    )
    rest_x = back + facing * rail
    prop_box(
        painter,
        view,
        style,
        view.rect(min(rest_x, rest_x + facing * 0.025), seat + 0.18, 0.025, back_top - seat - 0.2),
        style.prop,
    )
    prop_box(painter, view, style, view.rect(left, seat - 0.045, depth, 0.045), style.prop, 0.012)


def paint_wall(painter: QPainter, view: View, style: FigureStyle, wall: Prop) -> None:
    thickness = 0.18
    left = wall.x if wall.value("facing") > 0 else wall.x
    start = left - thickness if wall.value("facing") > 0 else left
    prop_box(painter, view, style, view.rect(start, 0.0, thickness, wall.value("height")), style.prop_shade, 0.0)


def paint_step(painter: QPainter, view: View, style: FigureStyle, step: Prop) -> None:
    prop_box(painter, view, style, view.rect(step.x, 0.0, step.value("width"), step.value("height")), style.prop, 0.015)


def paint_mat(painter: QPainter, view: View, style: FigureStyle, mat: Prop) -> None:
    prop_box(
        painter, view, style, view.rect(mat.x, 0.0, mat.value("width"), mat.value("thickness")), style.prop_shade, 0.008
    )


def paint_table(painter: QPainter, view: View, style: FigureStyle, table: Prop) -> None:
    top, width = table.value("height"), table.value("width")
    for x in (table.x + 0.04, table.x + width - 0.08):
        prop_box(painter, view, style, view.rect(x, top - 0.7, 0.04, 0.7), style.prop_shade, 0.005)
    prop_box(painter, view, style, view.rect(table.x, top - 0.04, width, 0.04), style.prop, 0.01)


def paint_soft_ball(painter: QPainter, view: View, style: FigureStyle, ball: Prop) -> None:
    radius = ball.value("radius")
    painter.setPen(view.pen(style.outline, 0.004))
    painter.setBrush(brush(style.prop))
    painter.drawEllipse(view.point((ball.x, ball.value("y"))), view.size(radius), view.size(radius))


def paint_towel(painter: QPainter, view: View, style: FigureStyle, towel: Prop) -> None:
    height = towel.value("height")
    rect = view.rect(towel.x, towel.value("y"), towel.value("width"), height)
    prop_box(painter, view, style, rect, style.prop, height / 2.5)


PROP_PAINTERS: dict[str, Callable[[QPainter, View, FigureStyle, Prop], None]] = {
    "chair": paint_chair,
    "wall": paint_wall,
    "step": paint_step,
    "mat": paint_mat,
    "table": paint_table,
    "soft_ball": paint_soft_ball,
    "towel": paint_towel,
}


def paint_props(painter: QPainter, view: View, style: FigureStyle, animation: Animation) -> None:
    for prop in animation.props:
        PROP_PAINTERS[prop.kind](painter, view, style, prop)


def paint_floor(painter: QPainter, view: View, style: FigureStyle, frame: tuple[float, float, float, float]) -> None:
    painter.setPen(view.pen(style.floor, 0.014))
    painter.drawLine(view.point((frame[0] - 1.0, 0.0)), view.point((frame[2] + 1.0, 0.0)))


# ---- the arrow ----


def world_point(point: Point) -> QPointF:
    return QPointF(point[0], point[1])


def arrow_path(path: list[Point], away_from: Point, gap: float = 0.09) -> tuple[QPainterPath, QPolygonF] | None:
    """A line beside the path (gap metres off it, on the side away from away_from) and its arrowhead."""
    if len(path) < 2 or math.dist(path[0], path[-1]) < 0.03:
        return None
    middle = path[len(path) // 2]
    chord_normal = left_of(unit(path[0], path[-1]))
    outwards = (middle[0] - away_from[0]) * chord_normal[0] + (middle[1] - away_from[1]) * chord_normal[1]
    sign = 1.0 if outwards >= 0 else -1.0
    shifted: list[Point] = []
    for index, point in enumerate(path):
        before, after = path[max(index - 1, 0)], path[min(index + 1, len(path) - 1)]
        shifted.append(offset(point, left_of(unit(before, after)), sign * gap))
    tip = shifted[-1]
    direction = unit(shifted[-2], tip)
    cut = offset(tip, direction, -0.05)
    line = QPainterPath(world_point(shifted[0]))
    for point in shifted[1:-1]:
        line.lineTo(world_point(point))
    line.lineTo(world_point(cut))
    side = left_of(direction)
    head = QPolygonF(
        [
            world_point(offset(tip, direction, 0.02)),
            world_point(offset(cut, side, 0.035)),
            world_point(offset(cut, side, -0.035)),
        ]
    )
    return line, head


def paint_arrow(painter: QPainter, view: View, style: FigureStyle, arrow: tuple[QPainterPath, QPolygonF]) -> None:
    line, head = arrow
    painter.setPen(view.pen(style.arrow, 0.02))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(view.transform.map(line))
    painter.setPen(view.pen(style.arrow, 0.012))
    painter.setBrush(brush(style.arrow))
    painter.drawPolygon(view.transform.map(head))
