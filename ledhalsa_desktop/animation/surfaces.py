"""Where the surfaces of an animation's props lie, for the points that rest on them."""

from __future__ import annotations

from dataclasses import dataclass

from ledhalsa_desktop.animation.model import Animation, Prop
from ledhalsa_desktop.animation.rig import Point

CONTACT_TOLERANCE = 0.01  # metres
HAND_HALF_THICKNESS = 0.03
CHAIR_BACK_THICKNESS = 0.03
SEAT_MARGIN = 0.05  # how far past the seat's edges a seated point may still be


@dataclass(frozen=True)
class Level:
    """A point resting on a surface has this coordinate ("x" or "y") equal to value."""

    axis: str
    value: float


@dataclass(frozen=True)
class Span:
    """A point resting on a surface lies with its other coordinate between low and high."""

    low: float
    high: float

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


def seat_span(chair: Prop) -> tuple[float, float]:
    back = chair.x - chair.value("facing") * chair.value("seat_depth")
    return (min(back, chair.x), max(back, chair.x))


def chair_back_x(chair: Prop) -> float:
    """Where a hand holding the top of the chair's back rests."""
    facing = chair.value("facing")
    return chair.x - facing * (chair.value("seat_depth") - CHAIR_BACK_THICKNESS / 2)


def step_span(step: Prop) -> tuple[float, float]:
    return (step.x, step.x + step.value("width"))


def nearest(props: tuple[Prop, ...], x: float, span_of) -> Prop:  # noqa: ANN001
    def gap(prop: Prop) -> float:
        low, high = span_of(prop)
        return max(low - x, 0.0, x - high)

    return min(props, key=gap)


def surface_of(animation: Animation, surface: str, point: Point) -> tuple[Level, Span | None]:
    """The level a point at `point` resting on `surface` must keep, and where along it the point may lie.

    Raises LookupError when the animation has no prop with that surface.
    """
    if surface == "floor":
        return Level("y", 0.0), None
    if surface == "mat":
        mat = required(animation, "mat")[0]
        return Level("y", mat.value("thickness")), Span(mat.x, mat.x + mat.value("width"))
    if surface == "seat":
        chair = nearest(required(animation, "chair"), point[0], seat_span)
        low, high = seat_span(chair)
        return Level("y", chair.value("seat_height")), Span(low - SEAT_MARGIN, high + SEAT_MARGIN)
    if surface == "chair_back":
        chair = nearest(required(animation, "chair"), point[0], lambda prop: (chair_back_x(prop), chair_back_x(prop)))
        middle = chair_back_x(chair)
        return Level("y", chair.value("back_height")), Span(middle - 0.03, middle + 0.03)
    if surface == "step":
        step = nearest(required(animation, "step"), point[0], step_span)
        return Level("y", step.value("height")), Span(*step_span(step))
    if surface == "wall":
        wall = nearest(required(animation, "wall"), point[0], lambda prop: (prop.x, prop.x))
        return Level("x", wall.x + wall.value("facing") * HAND_HALF_THICKNESS), Span(0.0, wall.value("height"))
    if surface == "table":
        table = nearest(required(animation, "table"), point[0], lambda prop: (prop.x, prop.x + prop.value("width")))
        return Level("y", table.value("height")), Span(table.x, table.x + table.value("width"))
    raise LookupError(surface)


def required(animation: Animation, kind: str) -> tuple[Prop, ...]:
    props = animation.props_of(kind)
    if not props:
        raise LookupError(f"a contact on a {kind} needs a {kind} among the props")
    return props


def on_surface(point: Point, level: Level, span: Span | None) -> bool:
    coordinate, other = (point[1], point[0]) if level.axis == "y" else (point[0], point[1])
    return abs(coordinate - level.value) <= CONTACT_TOLERANCE and (span is None or span.holds(other))


def placed_on(point: Point, level: Level) -> Point:
    """point moved onto the surface's level, keeping its other coordinate."""
    return (point[0], level.value) if level.axis == "y" else (level.value, point[1])
