"""The exercise figure as a widget: an animation drawn at one moment, scaled to fit, mirrored on request."""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TypeVar

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPicture,
    QPolygonF,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ledhalsa_desktop.animation.model import Animation
from ledhalsa_desktop.animation.posing import skeleton_at
from ledhalsa_desktop.animation.rig import Point, Skeleton
from ledhalsa_desktop.animation.rigs import rig_named
from ledhalsa_desktop.core.settings import Theme
from ledhalsa_desktop.ui.figure_painter import (
    FrontBodyPainter,
    SideBodyPainter,
    View,
    arrow_path,
    paint_arrow,
    paint_floor,
    paint_props,
)
from ledhalsa_desktop.ui.figure_shapes import Discs
from ledhalsa_desktop.ui.figure_style import FIGURE_STYLES, FigureStyle
from ledhalsa_desktop.ui.recording_painter import DrawingStore, RecordingPainter, replay

Key = TypeVar("Key")
Value = TypeVar("Value")
ARROW_SAMPLES = 16
FRAMES_PER_SECOND = 60  # a screen shows no more moments than this: a canvas keeps its drawings on that grid
MIN_SPEED = 0.1  # a canvas told of a slower (or no) speed keeps this grid
MAX_MOMENTS = 1200  # skeletons and places kept (an 8 s cycle at half speed, a frame each)
MAX_BACKDROPS = 4  # pictures of the still parts kept: mirrored or not, a theme or two
MAX_VIEWS = 4  # views kept (with the pens and looks they make): facing either way, at a size or two
FIGURE_MARGIN = 0.16  # metres around the skeleton's points that its drawing may cover (head, widths, outline)


def hand_painter() -> ModuleType:
    """ui.hand_painter (paint_hand, paint_hand_backdrop), loaded the first time a hand is drawn."""
    return importlib.import_module("ledhalsa_desktop.ui.hand_painter")


def world_transform(
    frame: tuple[float, float, float, float], width: float, height: float, mirrored: bool
) -> QTransform:
    """Metres with y up onto a width × height area, the frame fitted and centred, flipped left-right if mirrored."""
    x0, y0, x1, y1 = frame
    scale = min(width / (x1 - x0), height / (y1 - y0))
    transform = QTransform()
    transform.translate(width / 2.0, height / 2.0)
    transform.scale(-scale if mirrored else scale, -scale)
    transform.translate(-(x0 + x1) / 2.0, -(y0 + y1) / 2.0)
    return transform


def figure_arrow(animation: Animation) -> tuple[QPainterPath, QPolygonF] | None:
    """The arrow's path for an animation: beside the path the end of its segment takes."""
    if animation.arrow is None:
        return None
    arrow = animation.arrow
    span = arrow.to_t - arrow.from_t
    skeletons = [skeleton_at(animation, arrow.from_t + span * n / ARROW_SAMPLES) for n in range(ARROW_SAMPLES + 1)]
    start, end = next((a, b) for name, a, b in skeletons[0].segments if name == arrow.segment)
    path = [skeleton.points[end] for skeleton in skeletons]
    pivot = skeletons[ARROW_SAMPLES // 2].points[start]
    return arrow_path(path, pivot)


class FigureRenderer:
    """Draws one animation at any moment; keeps what does not move (background, floor, props, arrow) as a picture."""

    def __init__(self, animation: Animation) -> None:
        self.animation = animation
        self.rig = rig_named(animation.rig)
        self.arrow = figure_arrow(animation)
        self._backdrops: dict[tuple, Backdrop] = {}
        self._skeletons: dict[float, Skeleton] = {}
        self._rects: dict[tuple, QRect] = {}
        self.drawings = DrawingStore()  # the body's, as a RecordingPainter drew it, by look and moment
        self._views: dict[tuple, tuple[View, View]] = {}
        # The hand's forearm holds still when it stands the same at every keyframe (it moves with the tilt only).
        self.forearm_still = (
            animation.rig == "hand"
            and len({skeleton_at(animation, keyframe.t).points["forearm_end"] for keyframe in animation.keyframes}) == 1
        )

    def skeleton(self, t: float) -> Skeleton:
        """The skeleton at time t, kept for the moments a loop comes back to."""
        skeleton = self._skeletons.get(t)
        if skeleton is None:
            skeleton = kept(self._skeletons, t, skeleton_at(self.animation, t))
        return skeleton

    def views(self, width: int, height: int, mirrored: bool, dx: float, dy: float) -> tuple[View, View]:
        """The views onto a width × height area: from its own origin, and as placed at (dx, dy) on the device.
        Kept, with the pens they make, for the last few sizes, places and facings."""
        key = (width, height, mirrored, dx, dy)
        views = self._views.get(key)
        if views is None:
            if len(self._views) >= MAX_VIEWS:
                self._views.clear()
            local = View(world_transform(self.rig.frame, width, height, mirrored))
            views = self._views[key] = (local, View(local.transform * QTransform.fromTranslate(dx, dy)))
        return views

    def figure_rect(self, t: float, width: int, height: int, mirrored: bool) -> QRect:
        """The part of a width × height area the body covers at time t (with room for its widths)."""
        key = (t, width, height, mirrored)
        rect = self._rects.get(key)
        if rect is None:
            rect = kept(self._rects, key, self._figure_rect(t, width, height, mirrored))
        return rect

    def _figure_rect(self, t: float, width: int, height: int, mirrored: bool) -> QRect:
        view = self.views(width, height, mirrored, 0.0, 0.0)[0]
        xs, ys = zip(*self.skeleton(t).points.values(), strict=True)
        # The view only scales and moves, so the extremes of the points map onto the extremes on screen.
        left, right = sorted((view.sx * min(xs) + view.dx, view.sx * max(xs) + view.dx))
        top, bottom = sorted((view.sy * min(ys) + view.dy, view.sy * max(ys) + view.dy))
        margin = view.size(FIGURE_MARGIN) + 2.0
        return QRectF(QPointF(left - margin, top - margin), QPointF(right + margin, bottom + margin)).toAlignedRect()

    def backdrop(self, style: FigureStyle, view: View, width: int, height: int, ratio: float) -> Backdrop:
        key = (style, view.sx, view.sy, view.dx, view.dy, width, height, ratio)
        backdrop = self._backdrops.get(key)
        if backdrop is None:
            if len(self._backdrops) >= MAX_BACKDROPS:
                self._backdrops.clear()
            parts: list[Callable[[QPainter], None]] = []  # what is drawn, each in turn
            if self.animation.rig == "hand":  # the hand painter draws its ball itself, in depth order

                def tables(painter: QPainter) -> None:
                    painter.setTransform(view.transform)
                    still = skeleton_at(self.animation, 0.0) if self.forearm_still else None
                    hand_painter().paint_hand_backdrop(painter, style, self.animation.props, still)

                parts.append(tables)
            else:
                parts.append(lambda painter: paint_floor(painter, view, style, self.rig.frame))
                parts.append(lambda painter: paint_props(painter, view, style, self.animation))
            if self.arrow is not None:
                arrow = self.arrow
                parts.append(lambda painter: paint_arrow(painter, view, style, arrow))
            backdrop = self._backdrops[key] = Backdrop(QColor(style.background), parts, width, height, ratio)
        return backdrop

    def paint(
        self,
        painter: QPainter,
        t: float,
        style: FigureStyle,
        mirrored: bool,
        width: int,
        height: int,
        dirty: QRect | None = None,
    ) -> None:
        """The whole picture at time t onto the width × height area at painter's origin; when dirty (a part of
        that area) is given, only what lies inside it need be drawn. A RecordingPainter keeps the body's drawing
        for the moment, to be drawn again from it the next time round the loop."""
        placed = painter.transform()  # where the area lies on the device (a translation)
        local, view = self.views(width, height, mirrored, placed.dx(), placed.dy())
        skeleton = self.skeleton(t)
        ratio = painter.device().devicePixelRatioF()
        backdrop = self.backdrop(style, local, width, height, ratio)
        painter.save()
        painter.resetTransform()
        area = QRect(0, 0, width, height)
        part = area if dirty is None else dirty.intersected(area)  # only what lies inside it is drawn
        painter.setClipRect(QRectF(part).translated(placed.dx(), placed.dy()))
        backdrop.paint(painter, part, placed.dx(), placed.dy())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        look = (width, height, mirrored, placed.dx(), placed.dy(), style, ratio)
        drawing = self.drawings.get(look, t)
        if drawing is not None:
            replay(painter, drawing)
        elif isinstance(painter, RecordingPainter) and self.drawings.has_room(look):
            painter.start_recording()
            try:
                self.paint_body(painter, skeleton, style, view, ratio)
            except BaseException:
                painter.stop_recording()  # a drawing cut short is not kept
                raise
            self.drawings.put(look, t, painter.stop_recording())
        else:
            self.paint_body(painter, skeleton, style, view, ratio)
        painter.restore()

    def paint_body(self, painter: QPainter, skeleton: Skeleton, style: FigureStyle, view: View, ratio: float) -> None:
        if self.animation.rig == "side":
            SideBodyPainter(style, self.animation.working, view, Discs(painter, ratio)).paint(painter, skeleton)
        elif self.animation.rig == "front":
            FrontBodyPainter(style, self.animation.working, view, Discs(painter, ratio)).paint(painter, skeleton)
        else:
            painter.setTransform(view.transform)
            working, props = set(self.animation.working), self.animation.props
            hand_painter().paint_hand(painter, skeleton, style, working, props, backdrop_drawn=True)
            painter.resetTransform()


def kept(store: dict[Key, Value], key: Key, value: Value) -> Value:
    """value, stored under key in store, which is emptied first when it holds MAX_MOMENTS already."""
    if len(store) >= MAX_MOMENTS:
        store.clear()
    store[key] = value
    return value


_scratch: list[QImage] = []


def scratch_image(width: int, height: int) -> QImage:
    """An image of that size to draw a backdrop on before its parts are copied out: the same one each time, as
    a new one would cost its size in fresh memory."""
    if not _scratch or _scratch[0].size() != QSize(width, height):
        _scratch[:] = [QImage(width, height, QImage.Format.Format_RGB32)]
    return _scratch[0]


class Backdrop:
    """The picture of what does not move: its plain colour, and copies of only the places where something is drawn
    on it (the floor, each prop, the arrow). Filling costs half the memory traffic of copying, or less."""

    def __init__(
        self, colour: QColor, parts: list[Callable[[QPainter], None]], width: int, height: int, ratio: float
    ) -> None:
        self.colour, self.ratio = colour, ratio
        image = scratch_image(round(width * ratio), round(height * ratio))
        image.setDevicePixelRatio(ratio)
        image.fill(colour)
        area = QRect(0, 0, width, height)
        places: list[QRect] = []
        painter = QPainter(image)
        for part in parts:
            recording = QPicture()  # to learn where the part draws
            recorder = QPainter(recording)
            recorder.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            part(recorder)
            recorder.end()
            if not recording.boundingRect().isEmpty():
                painter.drawPicture(0, 0, recording)
                place = recording.boundingRect().adjusted(-2, -2, 2, 2).intersected(area)  # antialiased edges
                if not place.isEmpty():
                    places.append(place)
        painter.end()
        if any(place == area for place in places) and image == filled(image, image.pixelColor(0, 0)):
            self.colour, places = image.pixelColor(0, 0), []  # covered with one colour (a table seen from above)
        self.parts = [(place, self.copy(image, place)) for place in places]  # in the area's own pixels

    def copy(self, image: QImage, place: QRect) -> QImage:
        ratio = self.ratio
        copy = image.copy(
            QRectF(place.x() * ratio, place.y() * ratio, place.width() * ratio, place.height() * ratio).toAlignedRect()
        )
        copy.setDevicePixelRatio(ratio)
        return copy

    def paint(self, painter: QPainter, part: QRect, dx: float, dy: float) -> None:
        """The part (of the area) of the backdrop onto a painter with no transform, the area's origin at dx, dy."""
        ratio = self.ratio
        painter.fillRect(QRectF(part).translated(dx, dy), self.colour)
        for place, image in self.parts:
            shown = place.intersected(part)
            if not shown.isEmpty():
                source = QRectF(
                    (shown.x() - place.x()) * ratio,
                    (shown.y() - place.y()) * ratio,
                    shown.width() * ratio,
                    shown.height() * ratio,
                )
                painter.drawImage(QRectF(shown).translated(dx, dy), image, source)


def filled(like: QImage, colour: QColor) -> QImage:
    """An image the size and format of like, all in one colour."""
    image = QImage(like.size(), like.format())
    image.setDevicePixelRatio(like.devicePixelRatio())
    image.fill(colour)
    return image


def paint_figure(
    painter: QPainter,
    animation: Animation,
    t: float,
    style: FigureStyle,
    mirrored: bool,
    width: int,
    height: int,
) -> None:
    """The whole picture at time t onto a width × height area of painter (background included)."""
    FigureRenderer(animation).paint(painter, t, style, mirrored, width, height)


class FigureCanvas(QWidget):
    """Shows an animation at one moment. Not interactive; the caller names it for screen readers.

    The moment drawn is the nearest on a grid of one screen frame of the animation's time (its speed over
    FRAMES_PER_SECOND), so that a loop comes back to the same moments, whose drawings the renderer keeps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._animation: Animation | None = None
        self._time = 0.0
        self._moment = 0.0  # the moment drawn: the time on the grid of frames
        self._speed = 1.0
        self._mirrored = False
        self._style = FIGURE_STYLES[Theme.NORMAL]
        self._renderer: FigureRenderer | None = None
        self._covered: QRect | None = None  # where the body was last drawn (None: the next paint is whole)
        self._shown: Mapping[str, Point] | None = None  # the skeleton's points last drawn
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 180)

    @property
    def animation(self) -> Animation | None:
        return self._animation

    @property
    def time(self) -> float:
        return self._time

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def set_animation(self, animation: Animation | None) -> None:
        self._animation = animation
        self._time = self._moment = 0.0
        self._renderer = None if animation is None else FigureRenderer(animation)
        if animation is not None and not self.accessibleName():
            self.setAccessibleName(animation.name.replace("_", " "))
        self._repaint_all()

    def set_speed(self, speed: float) -> None:
        """How fast the animation's time runs against the clock (1.0 as recorded), for the grid of moments."""
        self._speed = max(MIN_SPEED, float(speed))

    def moment(self, t: float) -> float:
        """The moment drawn for time t: the nearest on the grid of frames, within the cycle."""
        if self._animation is None:
            return t
        duration, step = self._animation.duration, self._speed / FRAMES_PER_SECOND
        moment = round(math.fmod(t, duration) / step) * step
        if moment < 0.0:
            moment += duration
        return 0.0 if moment >= duration else moment

    def set_time(self, t: float) -> None:
        if t == self._time:
            return
        self._time = t
        if self._renderer is None:
            return
        moment = self._moment = self.moment(t)
        points = self._renderer.skeleton(moment).points
        if self._covered is not None and points == self._shown:
            return  # held still (a pause in the movement): the picture on screen is this moment's already
        self._shown = points
        # Only the body moves: repaint where it was and where it is now.
        covered = self._renderer.figure_rect(moment, self.width(), self.height(), self._mirrored)
        if self._covered is None:
            self.update()
        else:
            self.update(covered.united(self._covered))
        self._covered = covered

    def set_mirrored(self, mirrored: bool) -> None:
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self._repaint_all()

    def set_theme(self, theme: Theme) -> None:
        style = FIGURE_STYLES[Theme(theme)]
        if style != self._style:
            self._style = style
            self._repaint_all()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(480, 420)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._covered = None
        super().resizeEvent(event)

    def _repaint_all(self) -> None:
        self._covered = None  # the next move starts afresh from a whole picture
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = RecordingPainter(self)
        if self._renderer is None:
            painter.fillRect(self.rect(), QColor(self._style.background))
        else:
            self._renderer.paint(
                painter, self._moment, self._style, self._mirrored, self.width(), self.height(), event.rect()
            )
        painter.end()
