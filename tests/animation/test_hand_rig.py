"""The hand rig's kinematics: lengths that stay, flexion that shortens, a fist over the palm, the thumb's side."""

from __future__ import annotations

import math
import random

import pytest

from ledhalsa_desktop.animation.hand_anatomy import FINGER_SHAPES, FINGERS, THUMB_SHAPE
from ledhalsa_desktop.animation.hand_rig import (
    DIGIT_SEGMENTS,
    HAND_RIG,
    HandSkeleton,
    ball_press,
    finger_curl,
    neutral_pose,
)
from ledhalsa_desktop.animation.rig import Rig
from ledhalsa_desktop.animation.rigs import rig_named

LENGTHS = {f"{finger}_{n + 1}": FINGER_SHAPES[finger].lengths[n] for finger in FINGERS for n in range(3)} | {
    f"thumb_{n + 1}": THUMB_SHAPE.lengths[n] for n in range(3)
}


def posed(**joints: float) -> dict[str, float]:
    return neutral_pose() | joints


def fingers(mcp: float, pip: float, dip: float, **joints: float) -> dict[str, float]:
    bent = {
        f"{finger}_{joint}": angle
        for finger in FINGERS
        for joint, angle in zip(("mcp", "pip", "dip"), (mcp, pip, dip), strict=True)
    }
    return posed(**bent, **joints)


def random_pose(seed: int) -> dict[str, float]:
    chance = random.Random(seed)
    return {joint: chance.uniform(low, high) for joint, (low, high) in HAND_RIG.joints.items()}


def flat_length(skeleton: HandSkeleton, segment: str) -> float:
    _, start, end = next(s for s in skeleton.segments if s[0] == segment)
    return math.dist(skeleton.points[start], skeleton.points[end])


def test_the_hand_rig_is_a_rig_found_by_name() -> None:
    rig: Rig = HAND_RIG
    assert rig_named("hand") is rig
    assert HAND_RIG.name == "hand"
    x0, y0, x1, y1 = HAND_RIG.frame
    assert x0 < x1 and y0 < y1


def test_joint_ranges_are_human() -> None:
    joints = HAND_RIG.joints
    for finger in FINGERS:
        assert joints[f"{finger}_mcp"][1] == 90.0
        assert joints[f"{finger}_pip"][1] == 100.0
        assert joints[f"{finger}_dip"][1] == 80.0
        assert joints[f"{finger}_spread"] == (-20.0, 20.0)
    assert all(low < high for low, high in joints.values())
    assert {"thumb_cmc_abduction", "thumb_cmc_opposition", "thumb_mcp", "thumb_ip"} <= set(joints)


def test_a_straight_hand_is_life_size_with_the_thumb_on_the_right() -> None:
    skeleton = HAND_RIG.forward(neutral_pose())
    points = skeleton.points
    assert 0.18 <= points["middle_tip"][1] - points["wrist"][1] <= 0.20
    assert points["thumb_tip"][0] > points["index_tip"][0] > points["middle_tip"][0] > points["little_tip"][0]
    for segment, length in LENGTHS.items():
        assert flat_length(skeleton, segment) == pytest.approx(length)


def test_the_back_of_the_hand_shows_the_thumb_on_the_left() -> None:
    skeleton = HAND_RIG.forward(posed(forearm_rotation=-180.0))
    assert skeleton.points["thumb_tip"][0] < skeleton.points["little_tip"][0]
    assert skeleton.facing["palm"] == pytest.approx(1.0)
    assert skeleton.facing["index_3"] == pytest.approx(1.0)


@pytest.mark.parametrize("seed", range(8))
def test_segments_keep_their_length_in_any_pose(seed: int) -> None:
    points = HAND_RIG.posed(random_pose(seed)).seen
    for segment, start, end in DIGIT_SEGMENTS:
        assert math.dist(points[start], points[end]) == pytest.approx(LENGTHS[segment])


def test_spreading_keeps_the_fingers_in_the_palms_plane() -> None:
    spread = HAND_RIG.forward(posed(index_spread=20.0, middle_spread=10.0, ring_spread=15.0, little_spread=20.0))
    for finger in FINGERS:
        for n in (1, 2, 3):
            assert flat_length(spread, f"{finger}_{n}") == pytest.approx(LENGTHS[f"{finger}_{n}"])
    straight = HAND_RIG.forward(neutral_pose())
    assert spread.points["index_tip"][0] > straight.points["index_tip"][0]
    assert spread.points["little_tip"][0] < straight.points["little_tip"][0]


@pytest.mark.parametrize("finger", FINGERS)
def test_flexion_shows_as_a_shorter_finger_whose_tip_comes_down(finger: str) -> None:
    heights = []
    for angle in (0.0, 30.0, 60.0, 85.0):
        skeleton = HAND_RIG.forward(posed(**{f"{finger}_mcp": angle}))
        length, lean = LENGTHS[f"{finger}_1"], math.sin(math.radians(FINGER_SHAPES[finger].convergence))
        shortest = length * math.cos(math.radians(angle))
        assert shortest - 1e-9 <= flat_length(skeleton, f"{finger}_1") <= shortest + length * lean
        heights.append(skeleton.points[f"{finger}_tip"][1])
        assert skeleton.depth[f"{finger}_tip"] >= 0.0
    assert heights == sorted(heights, reverse=True)


def test_a_hook_bends_the_two_outer_joints_and_keeps_the_knuckles_straight() -> None:
    skeleton = HAND_RIG.forward(fingers(0.0, 95.0, 75.0))
    for finger in FINGERS:
        points = skeleton.points
        assert flat_length(skeleton, f"{finger}_1") == pytest.approx(LENGTHS[f"{finger}_1"])
        assert points[f"{finger}_tip"][1] < points[f"{finger}_pip"][1]
        assert points[f"{finger}_tip"][1] > points[f"{finger}_mcp"][1]
        assert skeleton.facing[f"{finger}_3"] > 0.5  # the nail shows


def test_a_full_fist_folds_the_fingers_down_over_the_palm_under_the_thumb() -> None:
    skeleton = HAND_RIG.forward(
        fingers(85.0, 100.0, 65.0, thumb_cmc_abduction=7.0, thumb_cmc_opposition=57.0, thumb_mcp=23.0, thumb_ip=35.0)
    )
    points = skeleton.points
    for finger in FINGERS:
        mcp, tip = points[f"{finger}_mcp"], points[f"{finger}_tip"]
        assert tip[1] < mcp[1] - 0.015
        assert abs(tip[0] - mcp[0]) < 0.03
    order = [segment[0] for segment in skeleton.segments]
    assert order.index("palm") < order.index("index_2") < order.index("thumb_3")
    assert skeleton.depth["thumb_tip"] > skeleton.depth["middle_dip"]


def test_the_thumb_reaches_across_the_palm_to_the_little_fingers_base() -> None:
    skeleton = HAND_RIG.forward(
        posed(thumb_cmc_abduction=-8.0, thumb_cmc_opposition=30.0, thumb_mcp=60.0, thumb_ip=26.0)
    )
    assert math.dist(skeleton.points["thumb_tip"], skeleton.points["little_mcp"]) < 0.015
    assert skeleton.depth["thumb_tip"] > 0.015  # in front of the palm, not in it


def test_segments_come_far_to_near_with_the_forearm_first() -> None:
    skeleton = HAND_RIG.forward(random_pose(3))
    names = [segment[0] for segment in skeleton.segments]
    assert names[0] == "forearm"
    assert sorted(names) == sorted(["forearm", "palm", *(segment[0] for segment in DIGIT_SEGMENTS)])
    palm = names.index("palm")
    depths = [skeleton.depth[start] + skeleton.depth[end] for _, start, end in skeleton.segments[palm + 1 :]]
    assert depths == sorted(depths)


def test_curl_runs_from_straight_to_a_full_bend() -> None:
    assert finger_curl(neutral_pose(), "index") == 0.0
    assert finger_curl(fingers(90.0, 100.0, 80.0), "ring") == pytest.approx(1.0)
    assert finger_curl(posed(thumb_mcp=60.0, thumb_ip=80.0), "thumb") == pytest.approx(1.0)


def test_a_ball_is_pressed_only_by_fingers_that_reach_into_it() -> None:
    open_hand = HAND_RIG.forward(neutral_pose())
    assert ball_press(open_hand, (0.0, 0.06), 0.03) < 0.0
    gripping = HAND_RIG.forward(fingers(60.0, 70.0, 45.0))
    assert ball_press(gripping, (0.0, 0.06), 0.03) > ball_press(open_hand, (0.0, 0.06), 0.03)


def test_a_lifted_finger_casts_its_shadow_further_on_the_table() -> None:
    flat = HAND_RIG.forward(posed(forearm_rotation=-180.0, forearm_tilt=45.0))
    lifted = HAND_RIG.forward(posed(forearm_rotation=-180.0, forearm_tilt=45.0, index_mcp=-30.0))
    assert lifted.points["index_tip"][1] > flat.points["index_tip"][1]  # lifted toward the viewer, tilted view
    gap = math.dist(lifted.points["index_tip"], lifted.shadows["index_tip"])
    assert gap > math.dist(flat.points["index_tip"], flat.shadows["index_tip"]) + 0.01
