"""The side-view rig: an adult of about 1.70 m seen from the right, facing +x.

The near side is the right ("_r"), the far side the left ("_l"). Angles are in degrees, 0 in the upright
standing position:
- trunk: forward lean of the trunk from the body's vertical (negative leans back, as at the top of a bridge);
- neck: head bent forward from the trunk line;
- hip: flexion between trunk and thigh (90 when sitting upright; negative moves the thigh behind the trunk);
- knee: flexion (0 straight, never negative); ankle: dorsiflexion (toes up; negative points the toes);
- shoulder: flexion, arm forward and up from hanging along the trunk; elbow: flexion.
root_x, root_y (metres) place the pelvis (the hip joints); root_angle turns the whole body counter-clockwise
(90 lies the body on its back with the head to the left).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from ledhalsa_desktop.animation.planar import along, two_bone, wrap_degrees
from ledhalsa_desktop.animation.rig import Point, Skeleton

THIGH = 0.42
SHIN = 0.40
SOLE_BELOW_ANKLE = 0.08
HEEL_BEHIND_ANKLE = 0.06
TOE_BEFORE_ANKLE = 0.19
TRUNK = 0.51
NECK_BASE = 0.54
NECK = 0.09
HEAD_CENTRE = 0.06
HEAD_RADIUS = 0.11
UPPER_ARM = 0.30
FOREARM = 0.25
HAND = 0.33  # elbow to the middle of the palm
STANDING_HIP_HEIGHT = THIGH + SHIN + SOLE_BELOW_ANKLE

SIDES = ("r", "l")

JOINTS: dict[str, tuple[float, float]] = {
    "root_x": (-3.0, 3.0),
    "root_y": (-0.5, 3.0),
    "root_angle": (-180.0, 180.0),
    "trunk": (-40.0, 100.0),
    "neck": (-40.0, 50.0),
    **{f"hip_{side}": (-30.0, 130.0) for side in SIDES},
    **{f"knee_{side}": (0.0, 150.0) for side in SIDES},
    **{f"ankle_{side}": (-50.0, 35.0) for side in SIDES},
    **{f"shoulder_{side}": (-60.0, 180.0) for side in SIDES},
    **{f"elbow_{side}": (0.0, 150.0) for side in SIDES},
}

# Far limbs first, so that the trunk and the near limbs are drawn over them.
SEGMENTS: tuple[tuple[str, str, str], ...] = (
    ("upper_arm_l", "shoulder_l", "elbow_l"),
    ("forearm_l", "elbow_l", "hand_l"),
    ("thigh_l", "hip_l", "knee_l"),
    ("shin_l", "knee_l", "ankle_l"),
    ("foot_l", "heel_l", "toe_l"),
    ("pelvis", "seat", "pelvis"),
    ("trunk", "pelvis", "shoulder_r"),
    ("neck", "neck", "head_base"),
    ("head", "head_base", "head"),
    ("thigh_r", "hip_r", "knee_r"),
    ("shin_r", "knee_r", "ankle_r"),
    ("foot_r", "heel_r", "toe_r"),
    ("upper_arm_r", "shoulder_r", "elbow_r"),
    ("forearm_r", "elbow_r", "hand_r"),
)

LEG_POINTS = {f"{name}_{side}": side for side in SIDES for name in ("ankle", "heel", "toe")}
ARM_ENDS = (("hand", HAND), ("wrist", FOREARM))
ARM_POINTS = {f"{name}_{side}": (side, length) for side in SIDES for name, length in ARM_ENDS}


_SIDE_NAMES = tuple(
    (
        *(f"{joint}_{side}" for joint in ("hip", "knee", "ankle", "shoulder", "elbow")),
        *(f"{bone}_{side}" for bone in ("thigh", "shin", "foot", "upper_arm", "forearm")),
    )
    for side in SIDES
)  # per side: its joints' names, then its bones'
_POINT_NAMES = tuple(
    tuple(f"{name}_{side}" for name in ("hip", "knee", "ankle", "heel", "toe", "shoulder", "elbow", "wrist", "hand"))
    for side in SIDES
)


def turned(offset: Point, degrees: float) -> Point:
    """offset (x forward, y up in the body) turned by degrees."""
    x, y = along((0.0, 0.0), degrees, offset[0])
    u, v = along((0.0, 0.0), degrees + 90.0, offset[1])
    return (x + u, y + v)


def plus(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


class SideRig:
    name = "side"
    joints: Mapping[str, tuple[float, float]] = JOINTS
    frame: tuple[float, float, float, float] = (-1.15, -0.10, 1.15, 1.90)

    def directions(self, pose: Mapping[str, float]) -> dict[str, float]:
        """World directions (degrees) of every bone of the pose."""
        turn = pose["root_angle"]
        trunk = pose["trunk"]
        result = {"trunk": turn + 90.0 - trunk, "head": turn + 90.0 - trunk - pose["neck"]}
        for hip, knee, ankle, shoulder, elbow, thigh_name, shin_name, foot_name, upper_name, fore_name in _SIDE_NAMES:
            thigh = turn - 90.0 + pose[hip] - trunk
            shin = thigh - pose[knee]
            upper_arm = turn - 90.0 - trunk + pose[shoulder]
            result[thigh_name] = thigh
            result[shin_name] = shin
            result[foot_name] = shin + 90.0 + pose[ankle]
            result[upper_name] = upper_arm
            result[fore_name] = upper_arm + pose[elbow]
        return result

    def forward(self, pose: Mapping[str, float]) -> Skeleton:
        turn = pose["root_angle"]
        # Each bone's direction as (cos, sin), found once: most bones place more than one point.
        degrees = self.directions(pose)
        bones = {name: (math.cos(math.radians(d)), math.sin(math.radians(d))) for name, d in degrees.items()}

        def at(origin: Point, bone: tuple[float, float], length: float) -> Point:
            return (origin[0] + length * bone[0], origin[1] + length * bone[1])

        pelvis = (pose["root_x"], pose["root_y"])
        trunk, head = bones["trunk"], bones["head"]
        shoulder = at(pelvis, trunk, TRUNK)
        neck = at(pelvis, trunk, NECK_BASE)
        head_base = at(neck, head, NECK)
        points: dict[str, Point] = {
            "pelvis": pelvis,
            "neck": neck,
            "head_base": head_base,
            "head": at(head_base, head, HEAD_CENTRE),
            "seat": plus(pelvis, turned((-0.03, -0.10), turn)),
            "sacrum": plus(pelvis, turned((-0.10, 0.0), turn)),
            "upper_back": plus(at(pelvis, trunk, 0.44), along((0.0, 0.0), degrees["trunk"] + 90.0, 0.10)),
        }
        for names, (_, _, _, _, _, thigh_name, shin_name, foot_name, upper_name, fore_name) in zip(
            _POINT_NAMES, _SIDE_NAMES, strict=True
        ):
            knee = at(pelvis, bones[thigh_name], THIGH)
            ankle = at(knee, bones[shin_name], SHIN)
            foot = bones[foot_name]
            sole = (ankle[0] + SOLE_BELOW_ANKLE * foot[1], ankle[1] - SOLE_BELOW_ANKLE * foot[0])  # foot - 90°
            elbow = at(shoulder, bones[upper_name], UPPER_ARM)
            forearm = bones[fore_name]
            hip_n, knee_n, ankle_n, heel_n, toe_n, shoulder_n, elbow_n, wrist_n, hand_n = names
            points[hip_n] = pelvis
            points[knee_n] = knee
            points[ankle_n] = ankle
            points[heel_n] = at(sole, foot, -HEEL_BEHIND_ANKLE)
            points[toe_n] = at(sole, foot, TOE_BEFORE_ANKLE)
            points[shoulder_n] = shoulder
            points[elbow_n] = elbow
            points[wrist_n] = at(elbow, forearm, FOREARM)
            points[hand_n] = at(elbow, forearm, HAND)
        return Skeleton(points=points, segments=SEGMENTS)

    def reach(
        self, pose: Mapping[str, float], point: str, target: Point, skeleton: Skeleton | None = None
    ) -> dict[str, float] | None:
        if point not in LEG_POINTS and point not in ARM_POINTS:
            return None
        points = (skeleton or self.forward(pose)).points
        if point in LEG_POINTS:
            return self._reach_with_leg(pose, points, LEG_POINTS[point], point, target)
        side, length = ARM_POINTS[point]
        return self._reach_with_arm(pose, points[f"shoulder_{side}"], side, length, target)

    def _reach_with_leg(
        self, pose: Mapping[str, float], points: Mapping[str, Point], side: str, point: str, target: Point
    ) -> dict[str, float]:
        ankle, end = points[f"ankle_{side}"], points[point]
        ankle_target = (target[0] - end[0] + ankle[0], target[1] - end[1] + ankle[1])
        foot = self.directions(pose)[f"foot_{side}"]
        thigh, knee = two_bone(points["pelvis"], ankle_target, THIGH, SHIN, bend=1.0)
        shin = thigh - knee
        body_thigh = thigh - pose["root_angle"]
        return dict(pose) | {
            f"hip_{side}": wrap_degrees(body_thigh + 90.0 + pose["trunk"]),
            f"knee_{side}": knee,
            f"ankle_{side}": wrap_degrees(foot - shin - 90.0),
        }

    def _reach_with_arm(
        self, pose: Mapping[str, float], shoulder: Point, side: str, length: float, target: Point
    ) -> dict[str, float]:
        upper_arm, elbow = two_bone(shoulder, target, UPPER_ARM, length, bend=-1.0)
        body_upper_arm = upper_arm - pose["root_angle"]
        return dict(pose) | {
            f"shoulder_{side}": wrap_degrees(body_upper_arm + 90.0 + pose["trunk"]),
            f"elbow_{side}": elbow,
        }


SIDE_RIG = SideRig()
