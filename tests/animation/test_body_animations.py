"""Every side- and front-view animation loads and passes every kinematic check."""

from __future__ import annotations

import json

import pytest

from ledhalsa_desktop.animation.checks import problems_of
from ledhalsa_desktop.animation.loader import load_animation
from ledhalsa_desktop.animation.posing import solved_pose_at
from ledhalsa_desktop.paths import animations_dir

BODY_ANIMATIONS = sorted(
    path for path in animations_dir().glob("*.json") if json.loads(path.read_text("utf-8")).get("rig") != "hand"
)

REQUIRED = {
    "marching_seated",
    "marching_standing_support",
    "marching_standing",
    "heel_slide",
    "knee_extension_seated",
    "knee_extension_seated_slow",
    "sit_to_stand_hands_on_thighs",
    "sit_to_stand_arms_crossed",
    "sit_to_stand_slow",
    "sit_to_stand_hover",
    "mini_squat_support",
    "squat",
    "straight_leg_raise",
    "bridge",
    "bridge_single_leg",
    "step_up_support",
    "step_up",
    "step_up_knee_lift",
    "forward_lunge",
    "hip_extension_standing_support",
    "seated_hip_hinge",
    "standing_hip_hinge",
    "knee_over_foot_support",
    "knee_over_foot",
    "single_leg_stance_support",
    "single_leg_stance",
    "side_leg_raise_support",
    "side_lying_leg_raise",
}
FRONT_VIEW = {
    "knee_over_foot_support",
    "knee_over_foot",
    "single_leg_stance_support",
    "single_leg_stance",
    "side_leg_raise_support",
    "side_lying_leg_raise",
}


def test_every_catalogued_body_animation_is_there() -> None:
    assert {path.stem for path in BODY_ANIMATIONS} >= REQUIRED


@pytest.mark.parametrize("path", BODY_ANIMATIONS, ids=[path.stem for path in BODY_ANIMATIONS])
def test_animation_passes_every_check(path) -> None:  # noqa: ANN001
    animation = load_animation(path)
    assert animation.rig == ("front" if animation.name in FRONT_VIEW else "side")
    assert 3.0 <= animation.duration <= 8.5
    assert problems_of(animation) == {}


@pytest.mark.parametrize("path", BODY_ANIMATIONS, ids=[path.stem for path in BODY_ANIMATIONS])
def test_the_held_pose_is_the_pose_at_the_hold_cue(path) -> None:  # noqa: ANN001
    animation = load_animation(path)
    for cue in animation.cues:
        if cue.cue == "hold":
            keyframe = next(keyframe for keyframe in animation.keyframes if keyframe.t == cue.t)
            solved = solved_pose_at(animation, cue.t)
            assert all(abs(solved[joint] - keyframe.pose[joint]) < 0.5 for joint in ("knee_r", "knee_l"))
