"""Every hand animation loads, passes the hand's kinematic checks, and shows its exercise."""

from __future__ import annotations

import json
import math

import pytest

from ledhalsa_desktop.animation.hand_anatomy import FINGERS
from ledhalsa_desktop.animation.hand_checks import TOUCH_DISTANCE, hand_problems
from ledhalsa_desktop.animation.hand_rig import HAND_RIG, HandSkeleton, ball_press
from ledhalsa_desktop.animation.loader import load_animation
from ledhalsa_desktop.animation.model import Animation
from ledhalsa_desktop.animation.sampling import cue_times, pose_at
from ledhalsa_desktop.paths import animations_dir

REQUIRED = {
    "finger_fan",
    "tendon_glide_hook",
    "tendon_glide_full",
    "soft_fist",
    "ball_squeeze",
    "finger_lift",
    "thumb_opposition",
    "thumb_across_palm",
}
HAND_ANIMATIONS = sorted(
    path for path in animations_dir().glob("*.json") if json.loads(path.read_text("utf-8")).get("rig") == "hand"
)


def animation(name: str) -> Animation:
    return load_animation(animations_dir() / f"{name}.json")


def skeleton_at(name: str, t: float) -> HandSkeleton:
    return HAND_RIG.forward(pose_at(animation(name), t))


def hold_time(loaded: Animation) -> float:
    return cue_times(loaded, "hold")[0]


def test_every_catalogued_hand_animation_is_there() -> None:
    assert {path.stem for path in HAND_ANIMATIONS} >= REQUIRED


@pytest.mark.parametrize("path", HAND_ANIMATIONS, ids=lambda path: path.stem)
def test_a_hand_animation_loads_and_passes_every_check(path) -> None:  # noqa: ANN001
    loaded = load_animation(path)
    assert loaded.rig == "hand"
    assert hand_problems(loaded) == {}


@pytest.mark.parametrize("path", HAND_ANIMATIONS, ids=lambda path: path.stem)
def test_a_repetition_is_calm_and_loops(path) -> None:  # noqa: ANN001
    loaded = load_animation(path)
    assert 3.0 <= loaded.duration <= 6.0
    assert 2 <= len(loaded.cues) <= 5
    assert loaded.keyframes[0].pose == loaded.keyframes[-1].pose
    assert loaded.contacts == ()
    assert HAND_RIG.forward(pose_at(loaded, 0.0)).points == HAND_RIG.forward(pose_at(loaded, loaded.duration)).points


def test_the_fan_spreads_the_fingers_and_closes_them() -> None:
    fan = animation("finger_fan")

    def width(t: float) -> float:
        points = HAND_RIG.forward(pose_at(fan, t)).points
        return abs(points["index_tip"][0] - points["little_tip"][0])

    assert width(hold_time(fan)) > width(0.0) + 0.03


def test_the_hook_bends_only_the_outer_joints() -> None:
    hook = animation("tendon_glide_hook")
    pose = pose_at(hook, hold_time(hook))
    for finger in FINGERS:
        assert abs(pose[f"{finger}_mcp"]) < 5.0
        assert pose[f"{finger}_pip"] > 80.0 and pose[f"{finger}_dip"] > 60.0


@pytest.mark.parametrize("name", ["tendon_glide_full", "soft_fist"])
def test_a_fist_folds_the_fingers_over_the_palm_with_the_thumb_outside(name: str) -> None:
    loaded = animation(name)
    t = hold_time(loaded) if cue_times(loaded, "hold") else cue_times(loaded, "open")[0]
    skeleton = HAND_RIG.forward(pose_at(loaded, t))
    points = skeleton.points
    for finger in FINGERS:
        assert points[f"{finger}_tip"][1] < points[f"{finger}_mcp"][1]
    assert skeleton.depth["thumb_tip"] > 0.025  # not tucked in against the palm
    if name == "tendon_glide_full":
        order = [segment[0] for segment in skeleton.segments]
        assert order.index("thumb_3") > order.index("index_2")
        assert skeleton.depth["thumb_tip"] > max(skeleton.depth[f"{finger}_tip"] for finger in FINGERS)
        assert points["thumb_tip"][0] < points["index_mcp"][0]  # across the front of the fist
    else:
        assert points["thumb_tip"][0] > points["middle_mcp"][0]  # resting on the index finger's side


def test_the_ball_is_squeezed_at_the_hold_and_let_go_after() -> None:
    squeeze = animation("ball_squeeze")
    ball = squeeze.props_of("soft_ball")[0]

    def press(t: float) -> float:
        return ball_press(HAND_RIG.forward(pose_at(squeeze, t)), (ball.x, ball.value("y")), ball.value("radius"))

    assert press(hold_time(squeeze)) > press(0.0) + 0.005
    assert press(0.0) > -0.003  # the fingers still hold it when they let go


def test_the_finger_lift_raises_the_thumb_then_each_finger_in_turn() -> None:
    lift = animation("finger_lift")
    assert lift.props_of("table")
    starts = cue_times(lift, "lift")
    assert len(starts) == 5
    for digit, start in zip(("thumb", *FINGERS), starts, strict=True):
        posed = HAND_RIG.posed(pose_at(lift, start + 0.6))
        heights = {name: -posed.in_hand[f"{name}_tip"][2] for name in ("thumb", *FINGERS)}
        assert max(heights, key=heights.__getitem__) == digit
        assert heights[digit] > 0.02
    assert HAND_RIG.forward(pose_at(lift, 0.0)).facing["palm"] > 0.5  # the back of the hand, seen from above


def test_the_thumb_touches_each_fingertip_in_turn() -> None:
    opposition = animation("thumb_opposition")
    touches = cue_times(opposition, "touch")
    ends = [*touches[1:], opposition.duration]
    assert len(touches) == len(FINGERS) - 1 or len(touches) == len(FINGERS)
    times = [opposition.duration * n / 60 for n in range(61)]
    for finger, start, end in zip(FINGERS, touches, ends, strict=False):
        nearest = min(
            math.dist(posed.in_hand["thumb_tip"], posed.in_hand[f"{finger}_tip"])
            for posed in (HAND_RIG.posed(pose_at(opposition, t)) for t in times if start <= t <= end)
        )
        assert nearest <= TOUCH_DISTANCE
    last = HAND_RIG.posed(pose_at(opposition, cue_times(opposition, "open")[0]))
    assert math.dist(last.in_hand["thumb_tip"], last.in_hand["little_tip"]) <= TOUCH_DISTANCE


def test_the_thumb_bends_across_the_palm_to_the_little_fingers_base() -> None:
    across = animation("thumb_across_palm")
    skeleton = HAND_RIG.forward(pose_at(across, hold_time(across)))
    assert math.dist(skeleton.points["thumb_tip"], skeleton.points["little_mcp"]) < 0.015
    wide = max(HAND_RIG.forward(pose_at(across, across.duration * n / 60)).points["thumb_tip"][0] for n in range(60))
    assert wide > HAND_RIG.forward(pose_at(across, 0.0)).points["thumb_tip"][0] + 0.01  # then out to the side
