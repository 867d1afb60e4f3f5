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
from ledhalsa_desktop.animation.hand_vectors import Vec3, add, cross, in_plane, negated, rotate
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
    names = ("cmc", "mcp", "ip", "tip") if digit == "thumb" else ("mcp", "pip", "dip", "tip")
    points = {f"{digit}_{names[0]}": start}
    backs: dict[str, Vec3] = {}
    position, bend = start, 0.0
    for index, (joint, length) in enumerate(zip(joints, lengths, strict=True)):
        bend += pose[joint] if joint else 0.0
        position = add(position, rotate(along, axis, bend), length)
        points[f"{digit}_{names[index + 1]}"] = position
        backs[f"{digit}_{index + 1}"] = rotate(back, axis, bend)
    return _Chain(points, backs)


def _finger_chain(finger: str, pose: Mapping[str, float]) -> _Chain:
    shape = FINGER_SHAPES[finger]
    along = in_plane(shape.rest_angle + shape.spread_sign * pose[f"{finger}_spread"])
    axis = rotate(cross(along, OUT_OF_PALM), OUT_OF_PALM, shape.convergence)  # leaning toward the thumb's base
    joints = (f"{finger}_mcp", f"{finger}_pip", f"{finger}_dip")
    start = (shape.mcp[0], shape.mcp[1], 0.0)
    return _chain(finger, joints, start, along, axis, negated(OUT_OF_PALM), shape.lengths, pose)


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
        points: dict[str, Vec3] = {"wrist": (0.0, 0.0, 0.0), "forearm_end": (*FOREARM_END, 0.0)}
        points.update({name: (*xy, 0.0) for name, xy in (*PALM_OUTLINE.items(), *PALM_CREASES.items())})
        backs: dict[str, Vec3] = {"palm": negated(OUT_OF_PALM)}
        for chain in (*(_finger_chain(finger, pose) for finger in FINGERS), _thumb_chain(pose)):
            points.update(chain.points)
            backs.update(chain.backs)
        turn, tilt = pose["forearm_rotation"], pose["forearm_tilt"]

        # Turning about the forearm, then tilting, is one linear map: its matrix, found by turning the axes.
        (ax, ay, az), (bx, by, bz), (cx, cy, cz) = (
            rotate(rotate(unit, FOREARM_AXIS, turn), TILT_AXIS, tilt)
            for unit in ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
        )

        def seen(v: Vec3) -> Vec3:
            x, y, z = v
            return (ax * x + bx * y + cx * z, ay * x + by * y + cy * z, az * x + bz * y + cz * z)

        shadows = {}
        for name in DIGIT_POINTS:
            x, y, z = points[name]
            height = PALM_SURFACE - z  # above a table under the palm
            shadow = seen((x + SHADOW_FALL[0] * height, y + SHADOW_FALL[1] * height, PALM_SURFACE))
            shadows[name] = (shadow[0], shadow[1])
        return PosedHand(
            in_hand=points,
            seen={name: seen(point) for name, point in points.items()},
            facing={name: seen(back)[2] for name, back in backs.items()},
            shadows=shadows,
        )

    def forward(self, pose: Mapping[str, float]) -> HandSkeleton:
        posed = self.posed(pose)
        points = posed.seen
        toward_viewer = -1.0 if posed.facing["palm"] > 0.0 else 1.0  # which side of the palm the viewer is on

        def depth(segment: tuple[str, str, str]) -> float:
            return points[segment[1]][2] + points[segment[2]][2]

        def behind_palm(segment: tuple[str, str, str]) -> bool:
            mean = (posed.in_hand[segment[1]][2] + posed.in_hand[segment[2]][2]) / 2.0
            return toward_viewer * mean < IN_FRONT_OF_PALM

        behind = sorted((s for s in DIGIT_SEGMENTS if behind_palm(s)), key=depth)
        in_front = sorted((s for s in DIGIT_SEGMENTS if not behind_palm(s)), key=depth)
        return HandSkeleton(
            points={name: (p[0], p[1]) for name, p in points.items()},
            segments=(FOREARM_SEGMENT, *behind, PALM_SEGMENT, *in_front),
            depth={name: p[2] for name, p in points.items()},
            facing=posed.facing,
            radii=RADII,
            shadows=posed.shadows,
        )


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
