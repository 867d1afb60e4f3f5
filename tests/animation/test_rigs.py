"""Forward kinematics and reaching for the side and front rigs, and the rig registry."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledhalsa_desktop.animation.front_rig import FRONT_RIG
from ledhalsa_desktop.animation.loader import load_animation
from ledhalsa_desktop.animation.posing import skeleton_at
from ledhalsa_desktop.animation.rigs import RIGS, rig_named
from ledhalsa_desktop.animation.side_rig import SIDE_RIG, STANDING_HIP_HEIGHT
from ledhalsa_desktop.paths import animations_dir

LIMBS = ("thigh_r", "shin_r", "thigh_l", "shin_l", "upper_arm_r", "upper_arm_l", "trunk")


def pose_strategy(rig):  # noqa: ANN001, ANN201
    joints = {
        joint: st.floats(
            min_value=max(low, -2.0) if joint.startswith("root_") and joint != "root_angle" else low,
            max_value=min(high, 2.0) if joint.startswith("root_") and joint != "root_angle" else high,
        )
        for joint, (low, high) in rig.joints.items()
    }
    return st.fixed_dictionaries(joints)


def segment_lengths(skeleton) -> dict[str, float]:  # noqa: ANN001
    points = skeleton.points
    return {name: math.dist(points[a], points[b]) for name, a, b in skeleton.segments if name in LIMBS}


@pytest.mark.parametrize("rig", [SIDE_RIG, FRONT_RIG], ids=["side", "front"])
def test_standing_straight_puts_the_soles_on_the_floor(rig) -> None:  # noqa: ANN001
    pose = {joint: 0.0 for joint in rig.joints} | {"root_y": STANDING_HIP_HEIGHT}
    points = rig.forward(pose).points
    for point in ("heel_r", "toe_r", "heel_l", "toe_l"):
        assert abs(points[point][1]) < 1e-9
    assert 1.6 < points["head"][1] + 0.11 < 1.8


@settings(max_examples=60)
@given(pose_strategy(SIDE_RIG))
def test_side_bones_keep_their_length_in_any_pose(pose: dict[str, float]) -> None:
    rest = segment_lengths(SIDE_RIG.forward({joint: 0.0 for joint in SIDE_RIG.joints}))
    moved = segment_lengths(SIDE_RIG.forward(pose))
    assert all(abs(moved[name] - rest[name]) < 1e-9 for name in rest)


def test_bones_keep_their_length_through_every_animation() -> None:
    for path in sorted(animations_dir().glob("*.json")):
        animation = load_animation(path)
        if animation.rig != "side":
            continue
        lengths = [segment_lengths(skeleton_at(animation, animation.duration * n / 30)) for n in range(30)]
        for name in LIMBS:
            values = [frame[name] for frame in lengths]
            assert max(values) - min(values) < 1e-9, (animation.name, name)


@pytest.mark.parametrize("point", ["heel_r", "toe_l", "hand_r", "wrist_l"])
def test_side_reach_lands_the_point_on_a_reachable_target(point: str) -> None:
    pose = {joint: 0.0 for joint in SIDE_RIG.joints} | {"root_y": 0.9, "trunk": 10.0}
    start = SIDE_RIG.forward(pose).points[point]
    target = (start[0] + 0.1, start[1] + 0.15)
    reached = SIDE_RIG.reach(pose, point, target)
    assert reached is not None
    assert math.dist(SIDE_RIG.forward(reached).points[point], target) < 1e-6
    side = point[-1]
    assert reached.get(f"knee_{side}", 0.0) >= 0.0 and reached.get(f"elbow_{side}", 0.0) >= 0.0


def test_front_reach_moves_a_hand_and_leaves_legs_alone() -> None:
    pose = {joint: 0.0 for joint in FRONT_RIG.joints} | {"root_y": 0.9}
    target = (0.4, 0.95)
    reached = FRONT_RIG.reach(pose, "hand_l", target)
    assert reached is not None
    assert math.dist(FRONT_RIG.forward(reached).points["hand_l"], target) < 1e-6
    assert FRONT_RIG.reach(pose, "heel_r", (0.0, 0.0)) is None


def test_the_registry_names_every_rig() -> None:
    assert rig_named("side") is SIDE_RIG and rig_named("front") is FRONT_RIG
    assert set(RIGS) >= {"side", "front"}
    with pytest.raises(KeyError):
        rig_named("tail")
