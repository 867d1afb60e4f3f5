"""Blending between keyframes: exact at the keyframes, never beyond its neighbours, the cycle repeating."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ledhalsa_desktop.animation.model import Animation, Cue, Keyframe
from ledhalsa_desktop.animation.sampling import EASINGS, cue_at, cue_times, cycle_time, pose_at

JOINTS = ("a", "b", "c")
values = st.floats(min_value=-150.0, max_value=150.0, allow_nan=False)
poses = st.fixed_dictionaries({joint: values for joint in JOINTS})


ALL_EASES = st.sampled_from(("linear", "in_out", "in", "out"))


@st.composite
def animations(draw, eases=ALL_EASES) -> Animation:  # noqa: ANN001
    gaps = draw(st.lists(st.floats(min_value=0.05, max_value=2.0), min_size=1, max_size=5))
    times = [0.0]
    for gap in gaps:
        times.append(times[-1] + gap)
    first = draw(poses)
    middle = [draw(poses) for _ in times[1:-1]]
    keyframes = tuple(Keyframe(t, draw(eases), pose) for t, pose in zip(times, [first, *middle, first], strict=True))
    cues = (Cue(0.0, "down"), Cue(times[-1] / 2, "up"))
    return Animation("generated", "side", times[-1], (), keyframes, cues)


@given(animations())
def test_pose_at_a_keyframe_is_that_keyframe(animation: Animation) -> None:
    for keyframe in animation.keyframes[:-1]:
        pose = pose_at(animation, keyframe.t)
        assert all(abs(pose[joint] - keyframe.pose[joint]) < 1e-9 for joint in JOINTS)


@given(animations(eases=st.sampled_from(("linear", "in_out"))), st.floats(min_value=0.0, max_value=1.0))
def test_between_keyframes_values_stay_within_their_neighbours(animation: Animation, fraction: float) -> None:
    for before, after in zip(animation.keyframes, animation.keyframes[1:], strict=False):
        pose = pose_at(animation, before.t + (after.t - before.t) * fraction)
        for joint in JOINTS:
            low, high = sorted((before.pose[joint], after.pose[joint]))
            assert low - 1e-9 <= pose[joint] <= high + 1e-9


@given(animations(), st.floats(min_value=0.0, max_value=1.0), st.integers(min_value=-3, max_value=3))
def test_the_cycle_repeats(animation: Animation, fraction: float, cycles: int) -> None:
    t = animation.duration * fraction * 0.999
    here, there = pose_at(animation, t), pose_at(animation, t + cycles * animation.duration)
    assert all(abs(here[joint] - there[joint]) < 1e-6 for joint in JOINTS)
    assert 0.0 <= cycle_time(animation, t + cycles * animation.duration) < animation.duration


@given(st.floats(min_value=0.0, max_value=1.0))
def test_easings_run_from_0_to_1_without_overshoot(s: float) -> None:
    for easing in EASINGS.values():
        assert easing(0.0) == 0.0
        assert abs(easing(1.0) - 1.0) < 1e-12
        assert -1e-12 <= easing(s) <= 1.0 + 1e-12


def test_cue_times_and_the_latest_cue() -> None:
    keyframes = (Keyframe(0.0, "linear", {"a": 0.0}), Keyframe(4.0, "linear", {"a": 0.0}))
    animation = Animation("x", "side", 4.0, (), keyframes, (Cue(0.0, "down"), Cue(1.6, "hold"), Cue(2.0, "up")))
    assert cue_times(animation, "hold") == (1.6,)
    assert cue_times(animation, "lift") == ()
    assert [cue_at(animation, t) for t in (0.0, 1.7, 3.9, 5.7)] == ["down", "hold", "up", "hold"]
