"""The figure at any moment: the blended pose, with its contacts held where the keyframes put them.

Blending joint angles keeps every point where the keyframes put it only at the keyframes themselves; in
between, a planted foot would slide a little. So the first active contact carries the body (the root moves to
keep it in place) and every other active contact that ends a limb bends that limb to stay put.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ledhalsa_desktop.animation.model import Animation, Contact
from ledhalsa_desktop.animation.rig import Point, Skeleton
from ledhalsa_desktop.animation.rigs import rig_named
from ledhalsa_desktop.animation.sampling import cycle_time, pose_at
from ledhalsa_desktop.animation.surfaces import placed_on, surface_of

_planted_cache: dict[int, tuple[Animation, dict[tuple[int, str], Point]]] = {}


def planted_points(animation: Animation) -> dict[tuple[int, str], Point]:
    """Where each fixed contact's points rest: (contact index, point) -> position at the contact's start."""
    cached = _planted_cache.get(id(animation))
    if cached is not None and cached[0] is animation:
        return cached[1]
    rig = rig_named(animation.rig)
    planted: dict[tuple[int, str], Point] = {}
    for index, contact in enumerate(animation.contacts):
        start = rig.forward(pose_at(animation, contact.from_t)).points
        for point in contact.points:
            planted[(index, point)] = start[point]
    if len(_planted_cache) > 256:
        _planted_cache.clear()
    _planted_cache[id(animation)] = (animation, planted)
    return planted


def contact_target(animation: Animation, index: int, contact: Contact, point: str, now: Point) -> Point:
    if not contact.slides:
        return planted_points(animation)[(index, point)]
    level, _ = surface_of(animation, contact.on, now)
    return placed_on(now, level)


def solved_pose_at(animation: Animation, t: float) -> dict[str, float]:
    """The pose at time t with the animation's contacts held."""
    return _solved(animation, t)[0]


def _solved(animation: Animation, t: float) -> tuple[dict[str, float], Skeleton | None]:
    """The pose at time t with the animation's contacts held, and its skeleton if finding the pose gave it."""
    folded = cycle_time(animation, t)
    pose = pose_at(animation, folded)
    active = [(index, contact) for index, contact in enumerate(animation.contacts) if contact.active(folded)]
    if not active:
        return pose, None
    rig = rig_named(animation.rig)
    index, carrier = active[0]
    anchor = carrier.points[0]
    unplaced = rig.forward(pose)
    now = unplaced.points[anchor]
    target = contact_target(animation, index, carrier, anchor, now)
    dx, dy = target[0] - now[0], target[1] - now[1]
    pose = moved(pose, dx, dy)
    # Moving the root moves every point by as much, so the skeleton need not be worked out again.
    placed = translated(unplaced, dx, dy)
    reach = getattr(rig, "reach", None)
    if reach is None or len(active) == 1:
        return pose, placed
    # Each reach bends only its own limb, so the skeleton placed by the carrier serves them all.
    bent_any = False
    for index, contact in active[1:]:
        point = contact.points[0]
        now = placed.points[point]
        bent = reach(pose, point, contact_target(animation, index, contact, point, now), placed)
        if bent is not None:
            pose, bent_any = bent, True
    return pose, None if bent_any else placed


def moved(pose: Mapping[str, float], dx: float, dy: float) -> dict[str, float]:
    return dict(pose) | {"root_x": pose["root_x"] + dx, "root_y": pose["root_y"] + dy}


def translated(skeleton: Skeleton, dx: float, dy: float) -> Skeleton:
    """The skeleton with every point moved by (dx, dy)."""
    points = {name: (x + dx, y + dy) for name, (x, y) in skeleton.points.items()}
    if type(skeleton) is Skeleton:  # the usual case, several times quicker than replace()
        return Skeleton(points, skeleton.segments)
    return replace(skeleton, points=points)


def skeleton_at(animation: Animation, t: float) -> Skeleton:
    """The skeleton the figure shows at time t."""
    pose, skeleton = _solved(animation, t)
    return skeleton if skeleton is not None else rig_named(animation.rig).forward(pose)
