"""Small plane geometry for the rigs: directions in degrees (counter-clockwise from +x) and two-bone reach."""

from __future__ import annotations

import math

from ledhalsa_desktop.animation.rig import Point


def along(origin: Point, degrees: float, length: float) -> Point:
    radians = math.radians(degrees)
    return (origin[0] + length * math.cos(radians), origin[1] + length * math.sin(radians))


def direction_of(start: Point, end: Point) -> float:
    return math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))


def distance(a: Point, b: Point) -> float:
    return math.hypot(b[0] - a[0], b[1] - a[1])


def two_bone(base: Point, target: Point, first: float, second: float, bend: float) -> tuple[float, float]:
    """Directions of two bones from base whose end lands on target (or as near as their length allows).

    The joint between them bends by the returned amount on the side bend (+1: counter-clockwise from the
    straight line, -1: clockwise) points away from. Returns (first bone's direction, bend in degrees >= 0).
    """
    reach = distance(base, target)
    reach = min(max(reach, abs(first - second) + 1e-6), first + second - 1e-6)
    line = direction_of(base, target)
    cos_offset = (first * first + reach * reach - second * second) / (2.0 * first * reach)
    offset = math.degrees(math.acos(max(-1.0, min(1.0, cos_offset))))
    cos_inner = (first * first + second * second - reach * reach) / (2.0 * first * second)
    inner = math.degrees(math.acos(max(-1.0, min(1.0, cos_inner))))
    return line + bend * offset, 180.0 - inner


def wrap_degrees(degrees: float) -> float:
    return (degrees + 180.0) % 360.0 - 180.0
