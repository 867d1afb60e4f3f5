"""The little vector arithmetic the hand rig needs, in plain tuples."""

from __future__ import annotations

import math

Vec3 = tuple[float, float, float]


def add(a: Vec3, b: Vec3, scale: float = 1.0) -> Vec3:
    """a plus scale times b."""
    return (a[0] + b[0] * scale, a[1] + b[1] * scale, a[2] + b[2] * scale)


def cross(a: Vec3, b: Vec3) -> Vec3:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def dot(a: Vec3, b: Vec3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def negated(a: Vec3) -> Vec3:
    return (-a[0], -a[1], -a[2])


def rotate(v: Vec3, axis: Vec3, degrees: float) -> Vec3:
    """v turned about a unit axis, counter-clockwise seen from the axis's tip."""
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    across = cross(axis, v)
    along = dot(axis, v) * (1.0 - cos)
    return (
        v[0] * cos + across[0] * sin + axis[0] * along,
        v[1] * cos + across[1] * sin + axis[1] * along,
        v[2] * cos + across[2] * sin + axis[2] * along,
    )


def in_plane(degrees_from_up: float) -> Vec3:
    """A unit vector in the picture's plane, turned clockwise from straight up."""
    angle = math.radians(degrees_from_up)
    return (math.sin(angle), math.cos(angle), 0.0)
