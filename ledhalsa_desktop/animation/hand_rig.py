"""The hand rig: a right hand, fingers up, posed in three dimensions and seen straight on.

The hand is posed in 3-D and drawn as its projection on the picture's plane, so a finger bending toward the
viewer looks shorter and a fist shows the fingers folded down over the palm. Metres, the wrist at the origin.

Joints (degrees; 0 is a flat, straight hand):

- `<finger>_mcp`, `_pip`, `_dip` for index, middle, ring and little: flexion, −30..90, 0..100, 0..80 (a
  negative mcp lifts the finger backwards, off a table); `<finger>_spread`: −20..20, away from the middle
  finger (for the middle finger, toward the thumb).
- `thumb_cmc_abduction` −20..50: the thumb out to its side in the palm's plane (negative: in across the palm);
  `thumb_cmc_opposition` −20..80: out of the palm's plane to the palm side, turning its pad toward the fingers;
  `thumb_mcp` 0..60, `thumb_ip` −10..80: flexion. A relaxed thumb has abduction 20, the rest 0.
- `forearm_rotation` −180..45: the hand turned about the forearm. At 0 the palm faces the viewer (as you see
  your own right palm: the thumb on the right); −180 shows the back of the hand (the thumb on the left), as a
  hand lying palm down on a table seen from above; a little positive turns the thumb's side away, which opens
  up the thumb-to-fingertip "O".
- `forearm_tilt` 0..60: the fingers tipped away from the viewer, as a hand on a table in front of you is seen.

Points: `wrist`, `forearm_end`, the palm's corners (`palm_*`) and creases (`crease_*`), `<finger>_mcp`, `_pip`,
`_dip`, `_tip`, and `thumb_cmc`, `_mcp`, `_ip`, `_tip`. Segments: `forearm`, `palm`, `<digit>_1` (from the
knuckle; for the thumb, its metacarpal in the ball of the thumb), `<digit>_2`, `<digit>_3` (the fingertip).
The skeleton also carries each point's depth toward the viewer, which way each segment faces and where it
throws its shadow on a table under the palm, and lists the segments far to near.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from ledhalsa_desktop.animation.hand_anatomy import (
    DIGITS,
    FINGER_SHAPES,
    FINGERS,
    FOREARM_END,
    FOREARM_RADIUS,
    PALM_CREASES,
    PALM_OUTLINE,
    PALM_SURFACE,
    TAPER,
    THUMB_SHAPE,
)
from ledhalsa_desktop.animation.hand_vectors import Vec3, add, cross, dot, in_plane, negated, rotate
from ledhalsa_desktop.animation.rig import Point, Skeleton

FINGER_LIMITS = {"mcp": (-30.0, 90.0), "pip": (0.0, 100.0), "dip": (0.0, 80.0), "spread": (-20.0, 20.0)}
THUMB_LIMITS = {
    "thumb_cmc_abduction": (-20.0, 50.0),  # in the palm's plane, away from the index finger
    "thumb_cmc_opposition": (-20.0, 80.0),  # out of the palm's plane toward the palm side, turning its pad in
    "thumb_mcp": (0.0, 60.0),
    "thumb_ip": (-10.0, 80.0),
}
ROTATION_LIMITS = (-180.0, 45.0)  # forearm_rotation: positive turns the thumb's side away from the viewer
PRONATION = 1.0  # degrees the thumb turns its pad toward the fingers per degree of opposition
TILT_LIMITS = (0.0, 60.0)  # forearm_tilt: the fingers tipped away from the viewer, as on a table in front of you
FOREARM_AXIS: Vec3 = (0.0, 1.0, 0.0)
TILT_AXIS: Vec3 = (-1.0, 0.0, 0.0)
SHADOW_FALL = (-0.6, -0.4)  # how far a shadow falls across the table, in the hand's x and y, per metre of height
OUT_OF_PALM: Vec3 = (0.0, 0.0, 1.0)


@dataclass(frozen=True)
class HandSkeleton(Skeleton):
    """A skeleton with what the hand painter needs beyond the flat points.

    Its segments come far to near: the forearm, the digit segments behind the palm, the palm, the rest.
    """

    depth: Mapping[str, float]  # per point, metres toward the viewer from the knuckle joints' plane
    facing: Mapping[str, float]  # per digit segment and "palm": -1 its front faces the viewer, +1 its back does
    radii: Mapping[str, tuple[float, float]]  # per segment, half widths at its start and end
    shadows: Mapping[str, Point]  # per digit point, its shadow on a table under the palm


@dataclass(frozen=True)
class PosedHand:
    in_hand: dict[str, Vec3]  # the hand's own frame: x toward the thumb, y toward the fingers, z out of the palm
    seen: dict[str, Vec3]  # as the viewer sees it: x right, y up, z toward the viewer
    facing: dict[str, float]
    shadows: dict[str, Point]


def finger_curl(pose: Mapping[str, float], digit: str) -> float:
    """How far a finger (or the thumb) is curled: 0 straight, 1 every joint at the end of its range."""
    if digit == "thumb":
        names = ("thumb_mcp", "thumb_ip")
        return sum(max(0.0, pose[name]) for name in names) / sum(THUMB_LIMITS[name][1] for name in names)
    joints = ("mcp", "pip", "dip")
    return sum(max(0.0, pose[f"{digit}_{joint}"]) for joint in joints) / sum(FINGER_LIMITS[j][1] for j in joints)


@dataclass(frozen=True)
class _Chain:
    points: dict[str, Vec3]
    backs: dict[str, Vec3]  # per segment, the direction its back (the nail's side) faces


_CHAIN_NAMES = {
    digit: (
        tuple(
            f"{digit}_{name}"
            for name in (("cmc", "mcp", "ip", "tip") if digit == "thumb" else ("mcp", "pip", "dip", "tip"))
        ),
        tuple(f"{digit}_{index + 1}" for index in range(3)),
    )
    for digit in DIGITS
}


def _chain(
    digit: str,
    joints: tuple[str, ...],
    start: Vec3,
    along: Vec3,
    axis: Vec3,
    back: Vec3,
    lengths: tuple[float, float, float],
    pose: Mapping[str, float],
) -> _Chain:
    """Three bones from start, each bent about the same axis by its joint's angle (none for an empty name)."""
    point_names, segment_names = _CHAIN_NAMES[digit]
    points = {point_names[0]: start}
    backs: dict[str, Vec3] = {}
    # rotate(v, axis, bend) for the two fixed vectors, with what does not depend on the angle worked out once.
    ax, ay, az = axis
    along_across, back_across = cross(axis, along), cross(axis, back)
    along_dot, back_dot = dot(axis, along), dot(axis, back)
    x, y, z = start
    bend = 0.0
    for index in range(3):
        joint = joints[index]
        bend += pose[joint] if joint else 0.0
        angle = math.radians(bend)
        cos, sin = math.cos(angle), math.sin(angle)
        share = along_dot * (1.0 - cos)
        length = lengths[index]
        x += (along[0] * cos + along_across[0] * sin + ax * share) * length
        y += (along[1] * cos + along_across[1] * sin + ay * share) * length
        z += (along[2] * cos + along_across[2] * sin + az * share) * length
        points[point_names[index + 1]] = (x, y, z)
        share = back_dot * (1.0 - cos)
        backs[segment_names[index]] = (
            back[0] * cos + back_across[0] * sin + ax * share,
            back[1] * cos + back_across[1] * sin + ay * share,
            back[2] * cos + back_across[2] * sin + az * share,
        )
    return _Chain(points, backs)


_FINGER_JOINTS = {finger: (f"{finger}_mcp", f"{finger}_pip", f"{finger}_dip") for finger in FINGERS}


@lru_cache(maxsize=256)
def _finger_axes(finger: str, spread: float) -> tuple[Vec3, Vec3]:
    """The finger's direction when straight, and the axis its joints bend about."""
    shape = FINGER_SHAPES[finger]
    along = in_plane(shape.rest_angle + shape.spread_sign * spread)
    axis = rotate(cross(along, OUT_OF_PALM), OUT_OF_PALM, shape.convergence)  # leaning toward the thumb's base
    return along, axis


def _finger_chain(finger: str, pose: Mapping[str, float]) -> _Chain:
    shape = FINGER_SHAPES[finger]
    along, axis = _finger_axes(finger, pose[f"{finger}_spread"])
    start = (shape.mcp[0], shape.mcp[1], 0.0)
    return _chain(finger, _FINGER_JOINTS[finger], start, along, axis, negated(OUT_OF_PALM), shape.lengths, pose)


def _thumb_chain(pose: Mapping[str, float]) -> _Chain:
    shape = THUMB_SHAPE
    angle = shape.base_angle + pose["thumb_cmc_abduction"]
    along = in_plane(angle)
    toward_index = (-math.cos(math.radians(angle)), math.sin(math.radians(angle)), 0.0)
    turn = math.radians(shape.pad_turn)
    pad = add((0.0, 0.0, math.sin(turn)), toward_index, math.cos(turn))
    opposition = pose["thumb_cmc_opposition"]
    lift = cross(along, OUT_OF_PALM)
    along, pad = rotate(along, lift, opposition), rotate(pad, lift, opposition)
    pad = rotate(pad, along, -PRONATION * opposition)
    joints = ("", "thumb_mcp", "thumb_ip")
    start = (shape.cmc[0], shape.cmc[1], 0.0)
    return _chain("thumb", joints, start, along, cross(along, pad), negated(pad), shape.lengths, pose)


def _digit_segments(digit: str) -> list[tuple[str, str, str]]:
    names = ("cmc", "mcp", "ip", "tip") if digit == "thumb" else ("mcp", "pip", "dip", "tip")
    return [(f"{digit}_{index + 1}", f"{digit}_{names[index]}", f"{digit}_{names[index + 1]}") for index in range(3)]


def _radii() -> dict[str, tuple[float, float]]:
    radii = {"forearm": (FOREARM_RADIUS, FOREARM_RADIUS), "palm": (0.0, 0.0)}
    for finger in FINGERS:
        width = FINGER_SHAPES[finger].radius
        ends = (*TAPER, TAPER[-1] * 0.92)
        for index in range(3):
            radii[f"{finger}_{index + 1}"] = (width * ends[index], width * ends[index + 1])
    thumb = THUMB_SHAPE.radii
    for index, (start, end) in enumerate(zip(thumb, (*thumb[1:], thumb[-1] * 0.9), strict=True)):
        radii[f"thumb_{index + 1}"] = (start, end)
    return radii


RADII = _radii()
DIGIT_SEGMENTS = tuple(segment for digit in (*FINGERS, "thumb") for segment in _digit_segments(digit))
DIGIT_POINTS = tuple(dict.fromkeys(point for _, start, end in DIGIT_SEGMENTS for point in (start, end)))
FOREARM_SEGMENT = ("forearm", "forearm_end", "wrist")
PALM_SEGMENT = ("palm", "wrist", "middle_mcp")
IN_FRONT_OF_PALM = 0.004  # metres: digit segments less far out of the palm's plane are drawn under the palm


class HandRig:
    """A right hand, fingers up, the palm toward the viewer at forearm_rotation 0."""

    name = "hand"

    @property
    def joints(self) -> Mapping[str, tuple[float, float]]:
        joints = {f"{finger}_{joint}": limits for finger in FINGERS for joint, limits in FINGER_LIMITS.items()}
        joints.update(THUMB_LIMITS)
        joints["forearm_rotation"] = ROTATION_LIMITS
        joints["forearm_tilt"] = TILT_LIMITS
        return joints

    @property
    def frame(self) -> tuple[float, float, float, float]:
        return (-0.125, -0.06, 0.125, 0.205)

    def posed(self, pose: Mapping[str, float]) -> PosedHand:
        """The hand in three dimensions, in its own frame and as the viewer sees it."""
        points: dict[str, Vec3] = dict(_STILL_POINTS)
        backs: dict[str, Vec3] = {"palm": negated(OUT_OF_PALM)}
        for chain in (*(_finger_chain(finger, pose) for finger in FINGERS), _thumb_chain(pose)):
            points.update(chain.points)
            backs.update(chain.backs)
        turn, tilt = pose["forearm_rotation"], pose["forearm_tilt"]
        (ax, ay, az), (bx, by, bz), (cx, cy, cz) = _view_axes(turn, tilt)
        shadows = {}
        for name in DIGIT_POINTS:
            x, y, z = points[name]
            height = PALM_SURFACE - z  # above a table under the palm
            x, y, z = (x + SHADOW_FALL[0] * height, y + SHADOW_FALL[1] * height, PALM_SURFACE)
            shadows[name] = (ax * x + bx * y + cx * z, ay * x + by * y + cy * z)
        seen = dict(_still_seen(turn, tilt))
        for name, (x, y, z) in points.items():
            if name not in seen:
                seen[name] = (ax * x + bx * y + cx * z, ay * x + by * y + cy * z, az * x + bz * y + cz * z)
        return PosedHand(
            in_hand=points,
            seen=seen,
            facing={name: az * x + bz * y + cz * z for name, (x, y, z) in backs.items()},
            shadows=shadows,
        )

    def forward(self, pose: Mapping[str, float]) -> HandSkeleton:
        posed = self.posed(pose)
        points = posed.seen
        toward_viewer = -1.0 if posed.facing["palm"] > 0.0 else 1.0  # which side of the palm the viewer is on

        in_hand = posed.in_hand
        behind: list[tuple[float, int, tuple[str, str, str]]] = []  # (depth, order, segment)
        in_front: list[tuple[float, int, tuple[str, str, str]]] = []
        for order, segment in enumerate(DIGIT_SEGMENTS):
            _, start, end = segment
            mean = (in_hand[start][2] + in_hand[end][2]) / 2.0
            layer = behind if toward_viewer * mean < IN_FRONT_OF_PALM else in_front
            layer.append((points[start][2] + points[end][2], order, segment))
        behind.sort()  # by depth, ties in their usual order (as a stable sort by depth would leave them)
        in_front.sort()
        return HandSkeleton(
            points={name: (p[0], p[1]) for name, p in points.items()},
            segments=(FOREARM_SEGMENT, *(s for *_, s in behind), PALM_SEGMENT, *(s for *_, s in in_front)),
            depth={name: p[2] for name, p in points.items()},
            facing=posed.facing,
            radii=RADII,
            shadows=posed.shadows,
        )


_STILL_POINTS: dict[str, Vec3] = {
    "wrist": (0.0, 0.0, 0.0),
    "forearm_end": (*FOREARM_END, 0.0),
    **{name: (*xy, 0.0) for name, xy in (*PALM_OUTLINE.items(), *PALM_CREASES.items())},
}  # the points that move only with the forearm


@lru_cache(maxsize=64)
def _view_axes(turn: float, tilt: float) -> tuple[Vec3, Vec3, Vec3]:
    """Turning about the forearm, then tilting, is one linear map: where it takes the hand's axes."""
    return tuple(  # type: ignore[return-value]
        rotate(rotate(unit, FOREARM_AXIS, turn), TILT_AXIS, tilt)
        for unit in ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
    )


@lru_cache(maxsize=64)
def _still_seen(turn: float, tilt: float) -> dict[str, Vec3]:
    """The still points as the viewer sees them (do not change the dict: it is kept)."""
    (ax, ay, az), (bx, by, bz), (cx, cy, cz) = _view_axes(turn, tilt)
    return {
        name: (ax * x + bx * y + cx * z, ay * x + by * y + cy * z, az * x + bz * y + cz * z)
        for name, (x, y, z) in _STILL_POINTS.items()
    }


HAND_RIG = HandRig()


def ball_press(skeleton: HandSkeleton, centre: Point, radius: float) -> float:
    """How deep (metres) the deepest digit tip presses into a ball resting in the palm; negative, the gap between
    the ball and the nearest tip."""
    ball = (centre[0], centre[1], PALM_SURFACE + radius)
    return max(
        radius
        + skeleton.radii[f"{digit}_3"][1]
        - math.dist((*skeleton.points[f"{digit}_tip"], skeleton.depth[f"{digit}_tip"]), ball)
        for digit in DIGITS
    )


def neutral_pose() -> dict[str, float]:
    """A relaxed open hand, palm toward the viewer: fingers straight and together, the thumb beside them."""
    pose = dict.fromkeys(HAND_RIG.joints, 0.0)
    pose["thumb_cmc_abduction"] = 20.0
    return pose
