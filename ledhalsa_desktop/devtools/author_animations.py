"""The body exercises' animations, described in Python and written to resources/animations/.

    python -m ledhalsa_desktop.devtools.author_animations [NAME ...]

Each exercise is a few keyframes of the joints that matter, built from a handful of base poses; the writer
settles every keyframe on its contacts (see animation_authoring). Then it loads each file back and prints
what the kinematic checks still find.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from ledhalsa_desktop.animation.checks import problems_of
from ledhalsa_desktop.animation.loader import load_animation
from ledhalsa_desktop.animation.model import AnimationError
from ledhalsa_desktop.animation.rig import Point, Skeleton
from ledhalsa_desktop.animation.side_rig import SIDE_RIG
from ledhalsa_desktop.devtools.animation_authoring import Exercise, Frame, Pose, Rest, moved_to, reached, write
from ledhalsa_desktop.paths import animations_dir

# ---- side view ----

SIDE_STAND: Pose = {
    "root_x": 0.0,
    "root_y": 0.9,
    "root_angle": 0.0,
    "trunk": 0.0,
    "neck": 0.0,
    "hip_r": 0.0,
    "hip_l": 0.0,
    "knee_r": 0.0,
    "knee_l": 0.0,
    "ankle_r": 0.0,
    "ankle_l": 0.0,
    "shoulder_r": 2.0,
    "shoulder_l": -2.0,
    "elbow_r": 12.0,
    "elbow_l": 12.0,
}

CHAIR_FRONT = 0.10
SEAT_AT = -0.16  # where the seated body's seat point rests
SEATED_HEELS = 0.20
RISING_HEELS = 0.13  # feet a little back, ready to stand
CHAIR = {"kind": "chair", "x": CHAIR_FRONT}
MAT = {"kind": "mat", "x": -0.95}


def side(**joints: float) -> Pose:
    return SIDE_STAND | joints


def flat(pose: Pose, *sides: str) -> Pose:
    """pose with the feet of sides level with the ground (for the body's own turn)."""
    sides = sides or ("r", "l")
    result = dict(pose)
    for s in sides:
        result[f"ankle_{s}"] = pose[f"knee_{s}"] + pose["trunk"] - pose[f"hip_{s}"] - pose["root_angle"]
    return result


def both(name: str, value: float) -> dict[str, float]:
    return {f"{name}_r": value, f"{name}_l": value}


def feet_on_floor(heel_x: float, *sides: str) -> list[Rest]:
    return [Rest((f"heel_{s}", f"toe_{s}"), "floor", x=heel_x) for s in sides or ("r", "l")]


def thigh_point(side_name: str, fraction: float = 0.6, above: float = 0.08) -> Callable[[Skeleton], Point]:
    """A point on top of a thigh, for a hand resting on it."""

    def aim(skeleton: Skeleton) -> Point:
        hip, knee = skeleton.points[f"hip_{side_name}"], skeleton.points[f"knee_{side_name}"]
        dx, dy = knee[0] - hip[0], knee[1] - hip[1]
        length = (dx * dx + dy * dy) ** 0.5
        return (hip[0] + dx * fraction - dy / length * above, hip[1] + dy * fraction + dx / length * above)

    return aim


def on_thighs(fraction: float = 0.6) -> dict[str, Callable[[Skeleton], Point]]:
    return {"hand_r": thigh_point("r", fraction), "hand_l": thigh_point("l", fraction)}


def seated(heels: float = SEATED_HEELS, **joints: float) -> Pose:
    """Sitting upright on the chair, feet flat on the floor with the heels at x = heels."""
    pose = flat(side(trunk=-2.0, **both("hip", 90.0), **both("knee", 90.0), **both("shoulder", 25.0)) | joints)
    pose = moved_to(pose, "side", "seat", (SEAT_AT, 0.45))
    for s in ("r", "l"):
        pose = reached(pose, "side", f"heel_{s}", (heels, 0.0))
    return pose


def leaned(pose: Pose, trunk: float) -> Pose:
    """pose with the trunk leaning trunk degrees from the body's vertical, the thighs where they were."""
    change = trunk - pose["trunk"]
    return pose | {"trunk": trunk, "hip_r": pose["hip_r"] + change, "hip_l": pose["hip_l"] + change}


def marching_seated() -> Exercise:
    base = seated()
    lift_r = base | {"hip_r": base["hip_r"] + 28.0, "knee_r": base["knee_r"] + 22.0, "ankle_r": -10.0}
    lift_l = base | {"hip_l": base["hip_l"] + 28.0, "knee_l": base["knee_l"] + 22.0, "ankle_l": -10.0}
    hands = on_thighs()
    return Exercise(
        name="marching_seated",
        rig="side",
        duration=4.0,
        frames=[
            Frame(0.0, base, hands=hands),
            Frame(1.0, lift_r, hands=hands),
            Frame(2.0, base, hands=hands),
            Frame(3.0, lift_l, hands=hands),
        ],
        cues=[(0.0, "lift"), (1.0, "lower"), (2.0, "lift"), (3.0, "lower")],
        rests=[
            Rest(("seat",), "seat", x=SEAT_AT),
            Rest(("heel_r", "toe_r"), "floor", from_t=2.0, x=SEATED_HEELS),
            Rest(("heel_l", "toe_l"), "floor", to_t=2.0, x=SEATED_HEELS),
        ],
        props=[CHAIR],
        working=["thigh_r", "thigh_l"],
        arrow=("thigh_r", 0.1, 1.0),
    )


def squat() -> Exercise:
    stand = side()
    bottom = flat(
        side(trunk=40.0, **both("hip", 100.0), **both("knee", 85.0), **both("shoulder", 80.0), **both("elbow", 5.0))
    )
    return Exercise(
        name="squat",
        rig="side",
        duration=4.0,
        frames=[Frame(0.0, stand), Frame(1.6, bottom), Frame(2.2, bottom), Frame(3.6, stand)],
        cues=[(0.0, "down"), (1.6, "hold"), (2.2, "up")],
        rests=feet_on_floor(-0.06),
        working=["thigh_r", "thigh_l"],
        arrow=("pelvis", 0.1, 1.6),
    )


def sit_to_stand(
    name: str,
    hands: dict,
    arms: dict[str, float],
    timing: tuple[float, ...],
    leaning_hands: dict | None = None,
    rising_hands: dict | None = None,
) -> Exercise:
    lean_t, rise_t, stand_t, down_t, lower_t, touch_t, duration = timing
    base = seated(RISING_HEELS, trunk=5.0, **arms)
    lean = leaned(base, 42.0)
    rising = flat(side(trunk=30.0, **both("hip", 60.0), **both("knee", 50.0), **arms))
    stand = side(**arms)
    return Exercise(
        name=name,
        rig="side",
        duration=duration,
        frames=[
            Frame(0.0, base, hands=hands),
            Frame(lean_t, lean, hands=leaning_hands or hands),
            Frame(rise_t, rising, hands=rising_hands or hands),
            Frame(stand_t, stand, hands=hands),
            Frame(down_t, stand, hands=hands),
            Frame(lower_t, rising, hands=rising_hands or hands),
            Frame(touch_t, lean, hands=leaning_hands or hands),
        ],
        cues=[(0.0, "up"), (down_t, "down")],
        rests=[
            *feet_on_floor(RISING_HEELS),
            Rest(("seat",), "seat", to_t=lean_t, x=SEAT_AT),
            Rest(("seat",), "seat", from_t=touch_t, x=SEAT_AT),
        ],
        props=[CHAIR],
        working=["thigh_r", "thigh_l"],
        arrow=("pelvis", lean_t, stand_t),
    )


def sit_to_stand_hands_on_thighs() -> Exercise:
    return sit_to_stand(
        "sit_to_stand_hands_on_thighs",
        on_thighs(0.7),
        {},
        (0.8, 1.5, 2.2, 2.7, 3.4, 4.1, 5.0),
        leaning_hands=on_thighs(1.0),
        rising_hands=on_thighs(0.35),
    )


def lying(**joints: float) -> Pose:
    pose = side(root_angle=90.0, **both("shoulder", 4.0), **both("elbow", 4.0), **both("ankle", -10.0)) | joints
    return moved_to(pose, "side", "sacrum", (0.0, 0.02))


def heel_slide() -> Exercise:
    straight = lying()
    bent = lying(hip_r=70.0, knee_r=112.0, ankle_r=-35.0)
    return Exercise(
        name="heel_slide",
        rig="side",
        duration=5.0,
        frames=[Frame(0.0, straight), Frame(2.0, bent), Frame(2.6, bent), Frame(4.6, straight)],
        cues=[(0.0, "bend"), (2.6, "straighten")],
        rests=[
            Rest(("sacrum",), "mat"),
            Rest(("upper_back",), "mat"),
            Rest(("heel_r",), "mat", slides=True),
            Rest(("heel_l",), "mat"),
        ],
        props=[MAT],
        working=["thigh_r", "shin_r"],
        arrow=("thigh_r", 0.1, 2.0),
    )


def standing_at(pelvis: Point, heels: dict[str, Point], rig: str = "side", **joints: float) -> Pose:
    """A standing pose with the pelvis at pelvis and each listed foot's heel reached to its place, feet flat."""
    pose = side(**joints) if rig == "side" else front(**joints)
    pose = flat(pose, *heels) if rig == "side" else front_flat(pose, *heels)
    pose = moved_to(pose, rig, "pelvis", pelvis)
    for s_, heel in heels.items():
        pose = reached(pose, rig, f"heel_{s_}", heel)
    return pose


def across_chest(side_name: str) -> Callable[[Skeleton], Point]:
    """A hand resting on the chest, arms crossed."""

    def aim(skeleton: Skeleton) -> Point:
        pelvis, shoulder = skeleton.points["pelvis"], skeleton.points[f"shoulder_{side_name}"]
        ux, uy = shoulder[0] - pelvis[0], shoulder[1] - pelvis[1]
        length = (ux * ux + uy * uy) ** 0.5
        ux, uy = ux / length, uy / length
        return (shoulder[0] + uy * 0.15 - ux * 0.13, shoulder[1] - ux * 0.15 - uy * 0.13)

    return aim


def on_hips(side_name: str) -> Callable[[Skeleton], Point]:
    def aim(skeleton: Skeleton) -> Point:
        pelvis, shoulder = skeleton.points["pelvis"], skeleton.points[f"shoulder_{side_name}"]
        return (pelvis[0] + (shoulder[0] - pelvis[0]) * 0.2, pelvis[1] + (shoulder[1] - pelvis[1]) * 0.2)

    return aim


ARMS_CROSSED = {"hand_r": across_chest("r"), "hand_l": across_chest("l")}
HANDS_ON_HIPS = {"hand_r": on_hips("r"), "hand_l": on_hips("l")}
CHAIR_BESIDE = {"kind": "chair", "x": 0.61, "back_height": 0.92}  # beside the body, its back by the near hand
CHAIR_AHEAD = {"kind": "chair", "x": 0.71, "back_height": 0.92}  # its back in front of the standing body
BOTH_HANDS_ON_CHAIR = [Rest(("hand_r",), "chair_back"), Rest(("hand_l",), "chair_back")]


def marching_standing(name: str, supported: bool) -> Exercise:
    swing = 0.0 if supported else 1.0
    stand = side()
    lift_r = stand | {
        "hip_r": 72.0,
        "knee_r": 78.0,
        "ankle_r": -8.0,
        "shoulder_r": -18.0 * swing,
        "shoulder_l": 25.0 * swing,
        "elbow_l": 12 + 25.0 * swing,
    }
    lift_l = stand | {
        "hip_l": 72.0,
        "knee_l": 78.0,
        "ankle_l": -8.0,
        "shoulder_r": 25.0 * swing + 8.0 * (1 - swing),
        "elbow_r": 12 + 25.0 * swing,
        "shoulder_l": -18.0 * swing,
    }
    rests = [
        Rest(("heel_l", "toe_l"), "floor", to_t=2.0, x=-0.06),
        Rest(("heel_r", "toe_r"), "floor", from_t=2.0, x=-0.06),
    ]
    return Exercise(
        name=name,
        rig="side",
        duration=4.0,
        frames=[Frame(0.0, stand), Frame(1.0, lift_r), Frame(2.0, stand), Frame(3.0, lift_l)],
        cues=[(0.0, "lift"), (1.0, "lower"), (2.0, "lift"), (3.0, "lower")],
        rests=rests + ([Rest(("hand_r",), "chair_back")] if supported else []),
        props=[CHAIR_BESIDE] if supported else [],
        working=["thigh_r", "thigh_l"],
        arrow=("thigh_r", 0.1, 1.0),
    )


def knee_extension_seated(name: str, lowering: float) -> Exercise:
    base = seated()
    hands = {"hand_r": lambda _: (-0.02, 0.47), "hand_l": lambda _: (-0.02, 0.47)}
    straight = base | {"knee_r": 2.0, "ankle_r": 12.0}
    down_t = 2.5 + lowering
    return Exercise(
        name=name,
        rig="side",
        duration=down_t + 0.5,
        frames=[
            Frame(0.0, base, hands=hands),
            Frame(1.5, straight, hands=hands),
            Frame(2.5, straight, hands=hands),
            Frame(down_t, base, hands=hands),
        ],
        cues=[(0.0, "straighten"), (1.5, "hold"), (2.5, "lower")],
        rests=[
            Rest(("seat",), "seat", x=SEAT_AT),
            Rest(("heel_l", "toe_l"), "floor", x=SEATED_HEELS),
            Rest(("heel_r", "toe_r"), "floor", from_t=down_t, x=SEATED_HEELS),
        ],
        props=[CHAIR],
        working=["thigh_r", "shin_r"],
        arrow=("shin_r", 0.1, 1.5),
    )


def sit_to_stand_hover() -> Exercise:
    stand = side()
    hover = leaned(seated(RISING_HEELS, trunk=5.0) | {}, 42.0)
    hover = moved_to(hover, "side", "seat", (SEAT_AT + 0.02, 0.48))
    hover = reached(reached(hover, "side", "heel_r", (RISING_HEELS, 0.0)), "side", "heel_l", (RISING_HEELS, 0.0))
    rising = flat(side(trunk=30.0, **both("hip", 60.0), **both("knee", 50.0)))
    return Exercise(
        name="sit_to_stand_hover",
        rig="side",
        duration=4.6,
        frames=[
            Frame(0.0, stand, hands=ARMS_CROSSED),
            Frame(0.9, rising, hands=ARMS_CROSSED),
            Frame(1.8, hover, hands=ARMS_CROSSED),
            Frame(2.6, hover, hands=ARMS_CROSSED),
            Frame(3.4, rising, hands=ARMS_CROSSED),
            Frame(4.2, stand, hands=ARMS_CROSSED),
        ],
        cues=[(0.0, "down"), (1.8, "hold"), (2.6, "up")],
        rests=feet_on_floor(RISING_HEELS),
        props=[CHAIR],
        working=["thigh_r", "thigh_l"],
        arrow=("pelvis", 0.1, 1.8),
    )


def mini_squat_support() -> Exercise:
    stand = side()
    bottom = flat(side(trunk=16.0, **both("hip", 46.0), **both("knee", 38.0)))
    return Exercise(
        name="mini_squat_support",
        rig="side",
        duration=4.0,
        frames=[Frame(0.0, stand), Frame(1.5, bottom), Frame(2.1, bottom), Frame(3.6, stand)],
        cues=[(0.0, "down"), (2.1, "up")],
        rests=[*feet_on_floor(-0.06), *BOTH_HANDS_ON_CHAIR],
        props=[CHAIR_AHEAD],
        working=["thigh_r", "thigh_l"],
        arrow=("pelvis", 0.1, 1.5),
    )


def hook_lying(hip: float = 48.0, knee: float = 100.0, **joints: float) -> Pose:
    pose = flat(lying(**both("hip", hip), **both("knee", knee)) | joints)
    for s_ in ("r", "l"):
        where = SIDE_RIG.forward(pose).points[f"heel_{s_}"]
        pose = reached(pose, "side", f"heel_{s_}", (where[0], 0.02))
    return pose


def straight_leg_raise() -> Exercise:
    down = flat(lying(hip_l=48.0, knee_l=100.0, hip_r=-2.0, knee_r=0.0, ankle_r=5.0), "l")
    up = down | {"hip_r": 45.0, "ankle_r": 10.0}
    return Exercise(
        name="straight_leg_raise",
        rig="side",
        duration=4.5,
        frames=[Frame(0.0, down), Frame(1.5, up), Frame(2.5, up), Frame(4.0, down)],
        cues=[(0.0, "lift"), (1.5, "hold"), (2.5, "lower")],
        rests=[
            Rest(("sacrum",), "mat"),
            Rest(("upper_back",), "mat"),
            Rest(("heel_l", "toe_l"), "mat"),
            Rest(("heel_r",), "mat", from_t=4.0),
        ],
        props=[MAT],
        working=["thigh_r"],
        arrow=("shin_r", 0.1, 1.5),
    )


def bridge_top(down: Pose, trunk: float, feet: tuple[str, ...]) -> Pose:
    """The top of a bridge: the upper back where it was, the trunk tilted by trunk, the planted feet kept."""
    anchor = SIDE_RIG.forward(down).points["upper_back"]
    top = leaned(down, trunk) | both("shoulder", trunk + 4.0) | {"neck": -trunk}
    top = moved_to(top, "side", "upper_back", anchor)
    for s_ in feet:
        top = reached(top, "side", f"heel_{s_}", SIDE_RIG.forward(down).points[f"heel_{s_}"])
    return top


def straight_bridge(down: Pose, feet: tuple[str, ...]) -> Pose:
    """The bridge's top where shoulders, hips and knees make a straight line (the hip straight)."""
    hip = f"hip_{feet[0]}"
    best = min((bridge_top(down, -trunk / 2.0, feet) for trunk in range(0, 80)), key=lambda top: abs(top[hip]))
    return best


def bridge() -> Exercise:
    down = hook_lying()
    top = straight_bridge(down, ("r", "l"))
    return Exercise(
        name="bridge",
        rig="side",
        duration=4.5,
        frames=[Frame(0.0, down), Frame(1.5, top), Frame(2.5, top), Frame(4.0, down)],
        cues=[(0.0, "lift"), (1.5, "hold"), (2.5, "lower")],
        rests=[
            Rest(("upper_back",), "mat"),
            Rest(("heel_r", "toe_r"), "mat"),
            Rest(("heel_l", "toe_l"), "mat"),
            Rest(("sacrum",), "mat", from_t=4.0),
        ],
        props=[MAT],
        working=["pelvis", "thigh_r", "thigh_l"],
        arrow=("pelvis", 0.1, 1.5),
    )


def bridge_single_leg() -> Exercise:
    down = hook_lying()
    top = straight_bridge(down, ("r",))

    def extended(pose: Pose) -> Pose:
        """The far leg held straight, its thigh alongside the near one."""
        return pose | {"hip_l": pose["hip_r"], "knee_l": 0.0, "ankle_l": 0.0}

    return Exercise(
        name="bridge_single_leg",
        rig="side",
        duration=4.5,
        frames=[
            Frame(0.0, extended(down)),
            Frame(1.5, extended(top)),
            Frame(2.5, extended(top)),
            Frame(4.0, extended(down)),
        ],
        cues=[(0.0, "lift"), (1.5, "hold"), (2.5, "lower")],
        rests=[
            Rest(("upper_back",), "mat"),
            Rest(("heel_r", "toe_r"), "mat"),
            Rest(("sacrum",), "mat", from_t=4.0),
        ],
        props=[MAT],
        working=["pelvis", "thigh_r"],
        arrow=("pelvis", 0.1, 1.5),
    )


STEP = {"kind": "step", "x": 0.0, "width": 0.42}
WALL = {"kind": "wall", "x": 0.58}
ON_STEP = (0.06, 0.17)
BELOW_STEP = (-0.36, 0.0)


def step_up(name: str, wall: bool, knee_lift: bool) -> Exercise:
    start = standing_at((-0.10, 0.85), {"r": ON_STEP, "l": BELOW_STEP}, trunk=10.0)
    rising = standing_at((0.07, 0.99), {"r": ON_STEP}, trunk=8.0, hip_l=-4.0, knee_l=85.0, ankle_l=-10.0)
    above = standing_at((0.14, 1.05), {"r": ON_STEP}, trunk=4.0, hip_l=32.0, knee_l=62.0, ankle_l=8.0)
    if knee_lift:
        top = standing_at((0.17, 1.06), {"r": ON_STEP}, trunk=2.0, hip_l=90.0, knee_l=90.0, ankle_l=-10.0)
    else:
        top = standing_at((0.17, 1.06), {"r": ON_STEP, "l": ON_STEP}, trunk=2.0)
    lowering = standing_at((0.0, 0.96), {"r": ON_STEP}, trunk=8.0, hip_l=-10.0, knee_l=45.0, ankle_l=-5.0)
    frames = [Frame(0.0, start), Frame(0.9, rising)]
    if not knee_lift:
        frames.append(Frame(1.5, above))
    frames += [Frame(2.0, top), Frame(2.6, top), Frame(3.1, above), Frame(3.6, lowering), Frame(4.1, start)]
    rests = [
        Rest(("heel_r", "toe_r"), "step", x=ON_STEP[0]),
        Rest(("heel_l", "toe_l"), "floor", from_t=4.1, x=BELOW_STEP[0]),
    ]
    if not knee_lift:
        rests.append(Rest(("heel_l", "toe_l"), "step", from_t=2.0, to_t=2.6, x=ON_STEP[0]))
    if wall:
        rests.append(Rest(("hand_r",), "wall", y=1.18))
    cues = [(0.0, "up"), (2.0, "hold"), (2.6, "down")] if knee_lift else [(0.0, "up"), (2.6, "down")]
    return Exercise(
        name=name,
        rig="side",
        duration=4.5,
        frames=frames,
        cues=cues,
        rests=rests,
        props=[STEP, WALL] if wall else [STEP],
        working=["thigh_r", "thigh_l"] if knee_lift else ["thigh_r"],
        arrow=("pelvis", 0.1, 2.0),
    )


def on_rear_toe(pose: Pose, toe: Point) -> Pose:
    """pose with the left foot's toe on toe, the heel lifted as far as the ankle needs (up to 30 degrees)."""
    for _ in range(6):
        pose = reached(pose, "side", "toe_l", toe)
        pose["ankle_l"] = min(pose["ankle_l"], 30.0)
    return pose


def forward_lunge() -> Exercise:
    heel_l = (-0.45, 0.0)
    stand = standing_at((-0.39, 0.9), {"l": heel_l, "r": heel_l})
    toe = SIDE_RIG.forward(stand).points["toe_l"]
    swing = standing_at((-0.30, 0.89), {"l": heel_l}, trunk=3.0, hip_r=45.0, knee_r=50.0, ankle_r=5.0)
    landed = on_rear_toe(standing_at((-0.02, 0.80), {"r": (0.30, 0.0)}, trunk=3.0), toe)
    bottom = flat(side(trunk=4.0, hip_r=86.0, knee_r=82.0, hip_l=-2.0, knee_l=80.0), "r")
    bottom = on_rear_toe(moved_to(bottom, "side", "heel_r", (0.30, 0.0)), toe)
    return Exercise(
        name="forward_lunge",
        rig="side",
        duration=5.6,
        frames=[
            Frame(0.0, stand),
            Frame(0.8, swing),
            Frame(1.4, landed),
            Frame(2.4, bottom),
            Frame(3.0, bottom),
            Frame(4.0, landed),
            Frame(4.7, swing),
            Frame(5.3, stand),
        ],
        cues=[(0.0, "step"), (1.4, "down"), (3.0, "up"), (4.0, "step")],
        rests=[
            Rest(("toe_l", "heel_l"), "floor", to_t=0.8),
            Rest(("toe_l",), "floor", from_t=0.8, to_t=4.7),
            Rest(("toe_l", "heel_l"), "floor", from_t=4.7),
            Rest(("heel_r", "toe_r"), "floor", from_t=1.4, to_t=4.0, x=0.30),
        ],
        working=["thigh_r", "thigh_l"],
        arrow=("pelvis", 1.4, 2.4),
    )


def hip_extension_standing_support() -> Exercise:
    stand = side()
    back = stand | {"hip_r": -20.0, "knee_r": 6.0, "ankle_r": 16.0, "trunk": 2.0, "hip_l": 2.0}
    return Exercise(
        name="hip_extension_standing_support",
        rig="side",
        duration=4.0,
        frames=[Frame(0.0, stand), Frame(1.5, back), Frame(2.3, back), Frame(3.6, stand)],
        cues=[(0.0, "lift"), (1.5, "hold"), (2.3, "lower")],
        rests=[
            Rest(("heel_l", "toe_l"), "floor", x=-0.06),
            Rest(("heel_r", "toe_r"), "floor", from_t=3.6, x=-0.06),
            *BOTH_HANDS_ON_CHAIR,
        ],
        props=[CHAIR_AHEAD],
        working=["pelvis", "thigh_r"],
        arrow=("shin_r", 0.1, 1.5),
    )


def seated_hip_hinge() -> Exercise:
    base = seated()
    hinge = leaned(base, 38.0)
    return Exercise(
        name="seated_hip_hinge",
        rig="side",
        duration=4.4,
        frames=[
            Frame(0.0, base, hands=ARMS_CROSSED),
            Frame(1.6, hinge, hands=ARMS_CROSSED),
            Frame(2.4, hinge, hands=ARMS_CROSSED),
            Frame(4.0, base, hands=ARMS_CROSSED),
        ],
        cues=[(0.0, "bend"), (1.6, "hold"), (2.4, "up")],
        rests=[Rest(("seat",), "seat", x=SEAT_AT), *feet_on_floor(SEATED_HEELS)],
        props=[CHAIR],
        working=["trunk", "pelvis"],
        arrow=("trunk", 0.1, 1.6),
    )


def standing_hip_hinge() -> Exercise:
    stand = side()
    hinge = flat(side(trunk=45.0, **both("hip", 52.0), **both("knee", 14.0)))
    return Exercise(
        name="standing_hip_hinge",
        rig="side",
        duration=4.4,
        frames=[
            Frame(0.0, stand, hands=HANDS_ON_HIPS),
            Frame(1.6, hinge, hands=HANDS_ON_HIPS),
            Frame(2.4, hinge, hands=HANDS_ON_HIPS),
            Frame(4.0, stand, hands=HANDS_ON_HIPS),
        ],
        cues=[(0.0, "bend"), (1.6, "hold"), (2.4, "up")],
        rests=feet_on_floor(-0.06),
        working=["pelvis", "thigh_r"],
        arrow=("trunk", 0.1, 1.6),
    )


# ---- front view ----

FRONT_STAND: Pose = {
    "root_x": 0.0,
    "root_y": 0.9,
    "root_angle": 0.0,
    "trunk_lean": 0.0,
    "trunk_flex": 0.0,
    "neck": 0.0,
    **both("hip_flex", 0.0),
    **both("hip_abd", 0.0),
    **both("knee", 0.0),
    **both("ankle", 0.0),
    **both("shoulder_abd", 8.0),
    **both("elbow", 8.0),
}
FRONT_CHAIR = {"kind": "chair", "x": 0.83, "back_height": 0.92}  # on the body's left, its back by the hand
RIGHT_HEEL = -0.09
LEFT_HEEL = 0.09


def front(**joints: float) -> Pose:
    return FRONT_STAND | joints


def front_flat(pose: Pose, *sides: str) -> Pose:
    result = dict(pose)
    for s_ in sides or ("r", "l"):
        result[f"ankle_{s_}"] = pose[f"knee_{s_}"] - pose[f"hip_flex_{s_}"]
    return result


def front_exercise(name: str, duration: float, frames: list[Frame], cues, rests, supported: bool, **rest) -> Exercise:  # noqa: ANN001
    if supported:
        rests = [*rests, Rest(("hand_l",), "chair_back")]
    return Exercise(
        name=name,
        rig="front",
        duration=duration,
        frames=frames,
        cues=cues,
        rests=rests,
        props=[FRONT_CHAIR] if supported else [],
        **rest,
    )


def balance_arms(supported: bool) -> dict[str, float]:
    return {} if supported else {**both("shoulder_abd", 28.0), **both("elbow", 15.0)}


def knee_over_foot(name: str, supported: bool) -> Exercise:
    arms = balance_arms(supported)
    start = front(hip_abd_r=-3.0, hip_flex_l=15.0, knee_l=70.0, ankle_l=15.0, **arms)
    bend = front_flat(
        start | {"hip_flex_r": 42.0, "knee_r": 52.0, "trunk_flex": 16.0, "knee_l": 88.0, "ankle_l": 28.0}, "r"
    )
    return front_exercise(
        name,
        4.0,
        [Frame(0.0, start), Frame(1.5, bend), Frame(2.1, bend), Frame(3.6, start)],
        [(0.0, "bend"), (2.1, "straighten")],
        [Rest(("heel_r", "toe_r"), "floor", x=RIGHT_HEEL)],
        supported,
        working=["thigh_r", "shin_r"],
        arrow=("thigh_r", 0.1, 1.5),
    )


def single_leg_stance(name: str, supported: bool) -> Exercise:
    arms = balance_arms(supported)
    down = front(**arms)
    lifted = front(hip_abd_r=-3.0, hip_flex_l=22.0, knee_l=80.0, ankle_l=30.0, **arms)
    return front_exercise(
        name,
        5.2,
        [Frame(0.0, down), Frame(1.2, lifted), Frame(3.9, lifted), Frame(4.9, down)],
        [(0.0, "lift"), (1.2, "hold"), (3.9, "lower")],
        [Rest(("heel_r", "toe_r"), "floor", x=RIGHT_HEEL), Rest(("heel_l", "toe_l"), "floor", from_t=4.9, x=LEFT_HEEL)],
        supported,
        working=["thigh_r", "shin_r"],
        arrow=None,  # a still balance: the lifted foot says enough
    )


def side_leg_raise_support() -> Exercise:
    stand = front()
    out = front(hip_abd_r=28.0, hip_abd_l=-2.0)
    return front_exercise(
        "side_leg_raise_support",
        4.0,
        [Frame(0.0, stand), Frame(1.4, out), Frame(2.2, out), Frame(3.6, stand)],
        [(0.0, "lift"), (1.4, "hold"), (2.2, "lower")],
        [Rest(("heel_l", "toe_l"), "floor", x=LEFT_HEEL), Rest(("heel_r", "toe_r"), "floor", from_t=3.6, x=RIGHT_HEEL)],
        True,
        working=["pelvis", "thigh_r"],
        arrow=("shin_r", 0.1, 1.4),
    )


SIDE_MAT = {"kind": "mat", "x": -1.12, "width": 2.2}


def side_lying_leg_raise() -> Exercise:
    rest = front(
        root_angle=-90.0,
        trunk_lean=-8.0,
        neck=-12.0,
        shoulder_abd_l=172.0,
        elbow_l=0.0,
        shoulder_abd_r=12.0,
        elbow_r=10.0,
        hip_flex_l=22.0,
        knee_l=40.0,
        hip_abd_l=4.0,
        hip_abd_r=-8.0,
        **both("ankle", -15.0),
    )
    rest = moved_to(rest, "front", "flank_l", (-0.08, 0.02))
    lifted = rest | {"hip_abd_r": 24.0}
    return Exercise(
        name="side_lying_leg_raise",
        rig="front",
        duration=4.0,
        frames=[Frame(0.0, rest), Frame(1.4, lifted), Frame(2.2, lifted), Frame(3.6, rest)],
        cues=[(0.0, "lift"), (1.4, "hold"), (2.2, "lower")],
        rests=[Rest(("flank_l",), "mat"), Rest(("side_shoulder_l",), "mat")],
        props=[SIDE_MAT],
        working=["pelvis", "thigh_r"],
        arrow=("shin_r", 0.1, 1.4),
    )


EXERCISES: dict[str, Callable[[], Exercise]] = {
    "marching_seated": marching_seated,
    "marching_standing_support": lambda: marching_standing("marching_standing_support", True),
    "marching_standing": lambda: marching_standing("marching_standing", False),
    "heel_slide": heel_slide,
    "knee_extension_seated": lambda: knee_extension_seated("knee_extension_seated", 1.7),
    "knee_extension_seated_slow": lambda: knee_extension_seated("knee_extension_seated_slow", 5.0),
    "sit_to_stand_hands_on_thighs": sit_to_stand_hands_on_thighs,
    "sit_to_stand_arms_crossed": lambda: sit_to_stand(
        "sit_to_stand_arms_crossed", ARMS_CROSSED, {}, (0.8, 1.5, 2.2, 2.7, 3.4, 4.1, 5.0)
    ),
    "sit_to_stand_slow": lambda: sit_to_stand(
        "sit_to_stand_slow", ARMS_CROSSED, {}, (0.8, 1.5, 2.2, 2.7, 4.2, 5.7, 6.4)
    ),
    "sit_to_stand_hover": sit_to_stand_hover,
    "mini_squat_support": mini_squat_support,
    "squat": squat,
    "straight_leg_raise": straight_leg_raise,
    "bridge": bridge,
    "bridge_single_leg": bridge_single_leg,
    "step_up_support": lambda: step_up("step_up_support", wall=True, knee_lift=False),
    "step_up": lambda: step_up("step_up", wall=False, knee_lift=False),
    "step_up_knee_lift": lambda: step_up("step_up_knee_lift", wall=False, knee_lift=True),
    "forward_lunge": forward_lunge,
    "hip_extension_standing_support": hip_extension_standing_support,
    "seated_hip_hinge": seated_hip_hinge,
    "standing_hip_hinge": standing_hip_hinge,
    "knee_over_foot_support": lambda: knee_over_foot("knee_over_foot_support", True),
    "knee_over_foot": lambda: knee_over_foot("knee_over_foot", False),
    "single_leg_stance_support": lambda: single_leg_stance("single_leg_stance_support", True),
    "single_leg_stance": lambda: single_leg_stance("single_leg_stance", False),
    "side_leg_raise_support": side_leg_raise_support,
    "side_lying_leg_raise": side_lying_leg_raise,
}


def main(argv: list[str] | None = None) -> int:
    names = (sys.argv[1:] if argv is None else argv) or list(EXERCISES)
    folder = animations_dir()
    troubled = 0
    for name in names:
        path = write(EXERCISES[name](), folder)
        try:
            problems = problems_of(load_animation(path))
        except AnimationError as error:
            problems = {"loading": [str(error)]}
        troubled += bool(problems)
        print(f"{name}: {'ok' if not problems else ''}")
        for check, found in problems.items():
            print(f"  {check}: {len(found)} problems, first: {found[0]}")
    return 1 if troubled else 0


if __name__ == "__main__":
    raise SystemExit(main())
