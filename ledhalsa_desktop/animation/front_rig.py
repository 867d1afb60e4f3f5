"""The front-view rig: the same adult facing the viewer, so the right side ("_r") is on the viewer's left.

The legs move in three dimensions and are seen straight from the front (a bent knee shows as a shorter leg);
the trunk and the arms move in the picture's plane. Angles in degrees, 0 upright:
- trunk_lean: the trunk leaning to the viewer's right (the person's left); trunk_flex: leaning forward;
- neck: the head tilted to the viewer's right, from the trunk;
- hip_flex, hip_abd: the thigh forward, and out to its own side; knee: flexion; ankle: dorsiflexion;
- shoulder_abd: the arm out to its own side; elbow: the forearm bending back towards the body's midline.
root_x, root_y (metres) place the middle of the pelvis; root_angle turns the whole body counter-clockwise
(-90 lays it on its left side with the head to the right).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from ledhalsa_desktop.animation.planar import along, two_bone, wrap_degrees
from ledhalsa_desktop.animation.rig import Point, Skeleton
from ledhalsa_desktop.animation.side_rig import (
    FOREARM,
    HAND,
    HEEL_BEHIND_ANKLE,
    NECK_BASE,
    SHIN,
    SOLE_BELOW_ANKLE,
    THIGH,
    TOE_BEFORE_ANKLE,
    TRUNK,
    UPPER_ARM,
)

Vector = tuple[float, float, float]

HIP_HALF_WIDTH = 0.09
PELVIS_HALF_WIDTH = 0.17
SHOULDER_HALF_WIDTH = 0.18
HEAD_CENTRE = 0.15

SIDES = {"r": -1.0, "l": 1.0}  # which way (along x, facing the viewer) each side of the body lies

JOINTS: dict[str, tuple[float, float]] = {
    "root_x": (-3.0, 3.0),
    "root_y": (-0.5, 3.0),
    "root_angle": (-180.0, 180.0),
    "trunk_lean": (-30.0, 30.0),
    "trunk_flex": (-20.0, 60.0),
    "neck": (-35.0, 35.0),
    **{f"hip_flex_{side}": (-30.0, 130.0) for side in SIDES},
    **{f"hip_abd_{side}": (-20.0, 45.0) for side in SIDES},
    **{f"knee_{side}": (0.0, 150.0) for side in SIDES},
    **{f"ankle_{side}": (-50.0, 35.0) for side in SIDES},
    **{f"shoulder_abd_{side}": (-10.0, 180.0) for side in SIDES},
    **{f"elbow_{side}": (0.0, 150.0) for side in SIDES},
}

SEGMENTS: tuple[tuple[str, str, str], ...] = (
    ("thigh_r", "hip_r", "knee_r"),
    ("shin_r", "knee_r", "ankle_r"),
    ("foot_r", "heel_r", "toe_r"),
    ("thigh_l", "hip_l", "knee_l"),
    ("shin_l", "knee_l", "ankle_l"),
    ("foot_l", "heel_l", "toe_l"),
    ("pelvis", "hip_r", "hip_l"),
    ("trunk", "pelvis", "neck"),
    ("neck", "neck", "head_base"),
    ("head", "head_base", "head"),
    ("upper_arm_r", "shoulder_r", "elbow_r"),
    ("forearm_r", "elbow_r", "hand_r"),
    ("upper_arm_l", "shoulder_l", "elbow_l"),
    ("forearm_l", "elbow_l", "hand_l"),
)

ARM_ENDS = (("hand", HAND), ("wrist", FOREARM))
ARM_POINTS = {f"{name}_{side}": (side, length) for side in SIDES for name, length in ARM_ENDS}


def sagittal(degrees_from_down: float, length: float = 1.0) -> Vector:
    """A vector in the body's side plane, turned forward (towards the viewer) from straight down."""
    radians = math.radians(degrees_from_down)
    return (0.0, -length * math.cos(radians), length * math.sin(radians))


def turned_in_picture(vector: Vector, degrees: float) -> Vector:
    radians = math.radians(degrees)
    cos, sin = math.cos(radians), math.sin(radians)
    x, y, z = vector
    return (x * cos - y * sin, x * sin + y * cos, z)


class FrontRig:
    name = "front"
    joints: Mapping[str, tuple[float, float]] = JOINTS
    frame: tuple[float, float, float, float] = (-1.15, -0.10, 1.15, 1.90)

    def forward(self, pose: Mapping[str, float]) -> Skeleton:
        turn = pose["root_angle"]
        root = (pose["root_x"], pose["root_y"])

        def place(offset: Vector) -> Point:
            x, y, _ = turned_in_picture(offset, turn)
            return (root[0] + x, root[1] + y)

        lean = -pose["trunk_lean"]
        flex = math.radians(pose["trunk_flex"])
        trunk = turned_in_picture((0.0, math.cos(flex), math.sin(flex)), lean)
        across = turned_in_picture((1.0, 0.0, 0.0), lean)
        head_up = turned_in_picture((0.0, 1.0, 0.0), lean - pose["neck"])
        shoulder_middle = scaled(trunk, TRUNK)
        neck = scaled(trunk, NECK_BASE)
        head_base = added(neck, scaled(head_up, 0.07))
        points: dict[str, Point] = {
            "pelvis": place((0.0, 0.0, 0.0)),
            "neck": place(neck),
            "head_base": place(head_base),
            "head": place(added(head_base, scaled(head_up, HEAD_CENTRE - 0.07))),
        }
        trunk_down = turn + 90.0 + lean - 180.0
        for side, outward in SIDES.items():
            hip: Vector = (outward * HIP_HALF_WIDTH, 0.0, 0.0)
            spread = outward * pose[f"hip_abd_{side}"]
            bend = pose[f"hip_flex_{side}"]
            shin_angle = bend - pose[f"knee_{side}"]
            foot_angle = shin_angle + 90.0 + pose[f"ankle_{side}"]
            knee = added(hip, turned_in_picture(sagittal(bend, THIGH), spread))
            ankle = added(knee, turned_in_picture(sagittal(shin_angle, SHIN), spread))
            sole = added(ankle, turned_in_picture(sagittal(foot_angle - 90.0, SOLE_BELOW_ANKLE), spread))
            along_foot = turned_in_picture(sagittal(foot_angle), spread)
            shoulder = added(shoulder_middle, scaled(across, outward * SHOULDER_HALF_WIDTH))
            points |= {
                f"hip_{side}": place(hip),
                f"flank_{side}": place((outward * PELVIS_HALF_WIDTH, 0.0, 0.0)),
                f"knee_{side}": place(knee),
                f"ankle_{side}": place(ankle),
                f"heel_{side}": place(added(sole, scaled(along_foot, -HEEL_BEHIND_ANKLE))),
                f"toe_{side}": place(added(sole, scaled(along_foot, TOE_BEFORE_ANKLE))),
                f"shoulder_{side}": place(shoulder),
                f"side_shoulder_{side}": place(added(shoulder, scaled(across, outward * 0.06))),
            }
            upper_arm, forearm = self.arm_directions(pose, side, trunk_down)
            elbow = along(points[f"shoulder_{side}"], upper_arm, UPPER_ARM)
            points |= {
                f"elbow_{side}": elbow,
                f"wrist_{side}": along(elbow, forearm, FOREARM),
                f"hand_{side}": along(elbow, forearm, HAND),
            }
        return Skeleton(points=points, segments=SEGMENTS)

    @staticmethod
    def arm_directions(pose: Mapping[str, float], side: str, trunk_down: float) -> tuple[float, float]:
        outward = SIDES[side]
        upper_arm = trunk_down + outward * pose[f"shoulder_abd_{side}"]
        return upper_arm, upper_arm - outward * pose[f"elbow_{side}"]

    def reach(
        self, pose: Mapping[str, float], point: str, target: Point, skeleton: Skeleton | None = None
    ) -> dict[str, float] | None:
        if point not in ARM_POINTS:
            return None
        side, length = ARM_POINTS[point]
        outward = SIDES[side]
        shoulder = (skeleton or self.forward(pose)).points[f"shoulder_{side}"]
        upper_arm, elbow = two_bone(shoulder, target, UPPER_ARM, length, bend=outward)
        trunk_down = pose["root_angle"] + 90.0 - pose["trunk_lean"] - 180.0
        return dict(pose) | {
            f"shoulder_abd_{side}": wrap_degrees(outward * (upper_arm - trunk_down)),
            f"elbow_{side}": elbow,
        }


def scaled(vector: Vector, factor: float) -> Vector:
    return (vector[0] * factor, vector[1] * factor, vector[2] * factor)


def added(a: Vector, b: Vector) -> Vector:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


FRONT_RIG = FrontRig()
