"""Cheaper antialiased drawing for the exercise figures: discs and rings copied from small pictures, outlined
capsules built mostly from them, and pictures of parts that hold still from one frame to the next.

Qt's raster engine fills an antialiased path at a cost of some 1,500 instructions per pixel row (a finger's
capsule: some 250,000), while it copies a small picture at about 4 per pixel and fills without antialiasing
at about a tenth of the cost. So a shape's antialiased edges come from pictures or thin lines wherever they
can, and its inside is filled without antialiasing underneath them, where no edge of it shows.

Everything is drawn in the painter's own coordinates, its world transform left at identity. On a device whose
pixel ratio is not a whole number (where a copy could not land on whole device pixels) plain drawing is used.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF, QTransform

SUBPIXEL = 4  # a disc's picture is placed to a quarter of a device pixel
MAX_DISCS = 256  # sizes and colours, each with up to 16 pictures
MAX_PICTURES = 160
MAX_SEEN = 512
KEEP_AFTER = 2  # a part drawn the same this many times running is kept as a picture the next time
CAP_STEPS = 12  # straight pieces per half circle of a capsule's inside (filled under its outline: never seen)
MIN_HALF_LINE = 1.4  # pixels: a thinner outline cannot hide the unsmoothed edge of the inside under it
ANTIALIASING = QPainter.RenderHint.Antialiasing
NO_PEN = Qt.PenStyle.NoPen
PREMULTIPLIED = QImage.Format.Format_ARGB32_Premultiplied

_discs: dict[tuple, list[tuple[int, int, QImage] | None]] = {}  # by size and colours: by place in a pixel
_pictures: OrderedDict[Hashable, tuple] = OrderedDict()  # drawImage's arguments  # the least lately used first
_seen: OrderedDict[Hashable, int] = OrderedDict()  # keys drawn lately without a picture: how often, oldest first
_HALF_DISC = QPainterPath()  # the half of the unit disc with x >= 0 as a polygon, reaching a little back past x = 0
_HALF_DISC.addPolygon(
    QPolygonF(
        [
            *(
                QPointF(math.cos(angle), math.sin(angle))
                for angle in (math.pi * (n / CAP_STEPS - 0.5) for n in range(CAP_STEPS + 1))
            ),
            QPointF(-0.25, 0.96),
            QPointF(-0.25, -0.96),
        ]
    )
)
_HALF_DISC.closeSubpath()


def capsule_path(path: QPainterPath, a: tuple[float, float], b: tuple[float, float], ra: float, rb: float) -> None:
    """Adds to path a tapered capsule: circles of radius ra about a and rb about b joined by their outer tangents,
    always counter-clockwise on a screen with y down (so that shapes in one path join up under the winding rule)."""
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy)
    if length <= abs(ra - rb) + 1e-6:
        x, y, radius = (ax, ay, ra) if ra >= rb else (bx, by, rb)
        path.moveTo(x + radius, y)
        path.arcTo(x - radius, y - radius, 2 * radius, 2 * radius, 0.0, 360.0)
        path.closeSubpath()
        return
    heading = math.degrees(math.atan2(-dy, dx))  # Qt's angles turn counter-clockwise on the screen
    side = math.degrees(math.acos((ra - rb) / length))
    path.arcMoveTo(ax - ra, ay - ra, 2 * ra, 2 * ra, heading + side)
    path.arcTo(ax - ra, ay - ra, 2 * ra, 2 * ra, heading + side, 360.0 - 2.0 * side)
    path.arcTo(bx - rb, by - rb, 2 * rb, 2 * rb, heading - side, 2.0 * side)
    path.closeSubpath()


def _ellipses(
    painter: QPainter, x: float, y: float, rx: float, ry: float, fill: int | None, outline: int | None, line: float
) -> None:
    """The disc as plain antialiased fills: the outline's colour out to rx, ry, the fill line pixels inside it
    (with fill None, a ring: the outline's colour only, between the two)."""
    painter.setPen(NO_PEN)
    if fill is None:
        ring = QPainterPath()  # filled with the odd-even rule: the outer ellipse less the inner one
        ring.addEllipse(QPointF(x, y), rx, ry)
        ring.addEllipse(QPointF(x, y), rx - line, ry - line)
        painter.setBrush(QColor.fromRgba(outline))
        painter.drawPath(ring)
        return
    if outline is not None:
        painter.setBrush(QColor.fromRgba(outline))
        painter.drawEllipse(QPointF(x, y), rx, ry)
        rx, ry = rx - line, ry - line
    painter.setBrush(QColor.fromRgba(fill))
    painter.drawEllipse(QPointF(x, y), rx, ry)


def _disc_picture(
    rx: float, ry: float, fill: int | None, outline: int | None, line: float, fx: int, fy: int, ratio: int
) -> tuple[int, int, QImage]:
    """A disc's picture, its centre (fx, fy) quarter pixels right of and below a device pixel's corner that lies
    (pad_x, pad_y) device pixels from the picture's corner."""
    pad_x, pad_y = math.ceil(rx * ratio) + 2, math.ceil(ry * ratio) + 2
    image = QImage(2 * pad_x + 1, 2 * pad_y + 1, PREMULTIPLIED)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(ANTIALIASING, True)
    painter.scale(ratio, ratio)
    centre_x, centre_y = (pad_x + fx / SUBPIXEL) / ratio, (pad_y + fy / SUBPIXEL) / ratio
    _ellipses(painter, centre_x, centre_y, rx, ry, fill, outline, line)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return pad_x, pad_y, image


class Discs:
    """Antialiased axis-aligned ellipses and rings on one painter, each copied from a picture kept for its size,
    colours and position within a device pixel."""

    def __init__(self, painter: QPainter, device_ratio: float | None = None) -> None:
        """device_ratio, the painter's device's pixel ratio, when the caller knows it already."""
        self.painter = painter
        if device_ratio is None:
            device_ratio = painter.device().devicePixelRatioF()
        self.device_ratio = ratio = device_ratio
        self.ratio = round(ratio) if ratio == round(ratio) else 0

    def disc(
        self, x: float, y: float, rx: float, ry: float, fill: int | None, outline: int | None = None, line: float = 0.0
    ) -> None:
        """An ellipse centred on (x, y) with radii rx, ry (to the outside of its outline), filled with the colour
        fill (an RGBA number); with outline, its outer line pixels in that colour; with fill None, a ring."""
        ratio = self.ratio
        if not ratio:
            _ellipses(self.painter, x, y, rx, ry, fill, outline, line)
            return
        qx = math.floor(x * ratio * SUBPIXEL + 0.5)  # quarter device pixels
        qy = math.floor(y * ratio * SUBPIXEL + 0.5)
        key = (rx, ry, fill, outline, line, ratio)
        variants = _discs.get(key)
        if variants is None:
            if len(_discs) >= MAX_DISCS:
                _discs.clear()
            variants = _discs[key] = [None] * (SUBPIXEL * SUBPIXEL)
        fx, fy = qx % SUBPIXEL, qy % SUBPIXEL
        picture = variants[fy * SUBPIXEL + fx]
        if picture is None:
            picture = variants[fy * SUBPIXEL + fx] = _disc_picture(rx, ry, fill, outline, line, fx, fy, ratio)
        pad_x, pad_y, image = picture
        if ratio == 1:  # whole logical pixels: the cheapest call
            self.painter.drawImage(qx // SUBPIXEL - pad_x, qy // SUBPIXEL - pad_y, image)
        else:
            self.painter.drawImage(QPointF((qx // SUBPIXEL - pad_x) / ratio, (qy // SUBPIXEL - pad_y) / ratio), image)


def _flat_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


_pens: dict[tuple[int, float], QPen] = {}


def flat_pen(colour: QColor, width: float) -> QPen:
    """A pen with flat ends (kept: the same few are asked for every frame)."""
    key = (colour.rgba(), width)
    pen = _pens.get(key)
    if pen is None:
        if len(_pens) > 256:
            _pens.clear()
        pen = _pens[key] = _flat_pen(colour, width)
    return pen


def outlined_capsule(
    painter: QPainter,
    discs: Discs,
    a: tuple[float, float],
    b: tuple[float, float],
    ra: float,
    rb: float,
    half_line: float,
    fill: QColor,
    outline: QColor,
) -> None:
    """A tapered capsule (radii ra at a, rb at b, to the middle of its outline) filled with fill and outlined
    half_line pixels to either side in outline, as if its outer shape were filled in the outline's colour and its
    inner shape in fill's, both antialiased. Leaves the painter antialiasing, with no pen or the outline's."""
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy)
    if half_line < MIN_HALF_LINE or not discs.ratio or length < max(ra, rb) + half_line + 1.0:
        painter.setRenderHint(ANTIALIASING, True)
        painter.setPen(NO_PEN)
        for colour, grow in ((outline, half_line), (fill, -half_line)):
            path = QPainterPath()
            capsule_path(path, a, b, ra + grow, rb + grow)
            painter.setBrush(colour)
            painter.drawPath(path)
        return
    ux, uy = dx / length, dy / length
    # 1. The inside of both ends, not antialiased: the rings cover its edge, the body (3.) its straight side.
    painter.setRenderHint(ANTIALIASING, False)
    painter.setPen(NO_PEN)
    painter.setBrush(fill)
    painter.drawPath(QTransform(rb * ux, rb * uy, -rb * uy, rb * ux, bx, by).map(_HALF_DISC))
    painter.drawPath(QTransform(-ra * ux, -ra * uy, ra * uy, -ra * ux, ax, ay).map(_HALF_DISC))
    # 2. The outline round both ends, antialiased on both sides, from pictures.
    rgba = outline.rgba()
    discs.disc(ax, ay, ra + half_line, ra + half_line, None, rgba, 2.0 * half_line)
    discs.disc(bx, by, rb + half_line, rb + half_line, None, rgba, 2.0 * half_line)
    # 3. The body over the rings' inner halves, not antialiased: the sides' outline covers its edges.
    left, right = _tangent_sides(a, b, ra, rb, length)
    corners = (
        QPointF(ax + ra * left[0], ay + ra * left[1]),
        QPointF(bx + rb * left[0], by + rb * left[1]),
        QPointF(bx + rb * right[0], by + rb * right[1]),
        QPointF(ax + ra * right[0], ay + ra * right[1]),
    )
    painter.drawConvexPolygon(corners)
    # 4. The outline along both sides: lines as wide as it, along the tangents, antialiased.
    painter.setRenderHint(ANTIALIASING, True)
    painter.setPen(flat_pen(outline, 2.0 * half_line))
    painter.drawLine(corners[0], corners[1])
    painter.drawLine(corners[3], corners[2])


def _tangent_sides(
    a: tuple[float, float], b: tuple[float, float], ra: float, rb: float, length: float
) -> tuple[tuple[float, float], tuple[float, float]]:
    """From a circle's centre, the directions to where the two outer tangents of circles ra about a and rb about b
    touch it."""
    ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
    cos = (ra - rb) / length  # the tangent points lie this far round from straight ahead
    sin = math.sqrt(1.0 - cos * cos)
    return (ux * cos - uy * sin, uy * cos + ux * sin), (ux * cos + uy * sin, uy * cos - ux * sin)


def filled_capsule(
    painter: QPainter,
    discs: Discs,
    a: tuple[float, float],
    b: tuple[float, float],
    ra: float,
    rb: float,
    colour: QColor,
) -> None:
    """A tapered capsule (radii ra at a, rb at b) filled with one colour, antialiased, as a plain fill of its
    path would draw it: discs from pictures at both ends, the body between them filled without antialiasing a
    pixel short of its sides, and lines along the sides for their antialiased edges. Leaves the painter
    antialiasing, with no pen."""
    length = math.hypot(b[0] - a[0], b[1] - a[1])
    if not discs.ratio or min(ra, rb) < 2.0 or length < abs(ra - rb) + 2.0:
        painter.setRenderHint(ANTIALIASING, True)
        painter.setPen(NO_PEN)
        painter.setBrush(colour)
        path = QPainterPath()
        capsule_path(path, a, b, ra, rb)
        painter.drawPath(path)
        return
    ax, ay = a
    bx, by = b
    rgba = colour.rgba()
    discs.disc(ax, ay, ra, ra, rgba)
    discs.disc(bx, by, rb, rb, rgba)
    left, right = _tangent_sides(a, b, ra - 1.0, rb - 1.0, length)
    ra, rb = ra - 1.0, rb - 1.0  # the lines along the sides run a pixel in, a pixel wide to either side
    corners = (
        QPointF(ax + ra * left[0], ay + ra * left[1]),
        QPointF(bx + rb * left[0], by + rb * left[1]),
        QPointF(bx + rb * right[0], by + rb * right[1]),
        QPointF(ax + ra * right[0], ay + ra * right[1]),
    )
    painter.setRenderHint(ANTIALIASING, False)
    painter.setPen(NO_PEN)
    painter.setBrush(colour)
    painter.drawConvexPolygon(corners)
    painter.setRenderHint(ANTIALIASING, True)
    painter.setPen(flat_pen(colour, 2.0))
    painter.drawLine(corners[0], corners[1])
    painter.drawLine(corners[3], corners[2])
    painter.setPen(NO_PEN)


def paint_kept(
    painter: QPainter, ratio: float, key: Hashable, bounds: Callable[[], QRectF], draw: Callable[[QPainter], None]
) -> None:
    """draw(painter), which paints only inside bounds(), as a picture kept under key once the same key has been
    drawn KEEP_AFTER times before: parts that hold still are then copied rather than drawn again (making the
    picture costs more than drawing, so a part must look like holding still for a while first). key must settle
    every pixel draw paints (positions, sizes, colours); draw gets a painter with antialiasing on and the world
    transform at identity, as painter has."""
    key = (key, ratio)  # a picture is made for its device's pixels
    picture = _pictures.get(key)
    if picture is not None:
        _pictures.move_to_end(key)
        painter.drawImage(*picture)
        return
    times = _seen.pop(key, 0)
    if times < KEEP_AFTER or ratio != round(ratio):
        if len(_seen) >= MAX_SEEN:
            _seen.popitem(last=False)
        _seen[key] = times + 1
        draw(painter)
        return
    area = bounds().toAlignedRect()
    image = QImage(round(area.width() * ratio), round(area.height() * ratio), PREMULTIPLIED)
    if image.isNull():
        draw(painter)
        return
    image.setDevicePixelRatio(ratio)
    image.fill(0)
    drawing = QPainter(image)
    drawing.setRenderHint(ANTIALIASING, True)
    drawing.translate(-area.x(), -area.y())
    draw(drawing)
    drawing.end()
    if len(_pictures) >= MAX_PICTURES:
        _pictures.popitem(last=False)
    # Placed by whole logical pixels (the cheapest call) where those are device pixels.
    picture = (area.x(), area.y(), image) if ratio == 1 else (QPointF(area.topLeft()), image)
    _pictures[key] = picture
    painter.drawImage(*picture)
