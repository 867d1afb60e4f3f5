"""The pose of an animation at any moment: keyframes blended with their easing, the cycle repeating."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable

from ledhalsa_desktop.animation.model import Animation, Keyframe


def linear(s: float) -> float:
    return s


def ease_in_out(s: float) -> float:
    return s * s * (3.0 - 2.0 * s)


def ease_in(s: float) -> float:
    return s * s


def ease_out(s: float) -> float:
    return 1.0 - (1.0 - s) * (1.0 - s)


EASINGS: dict[str, Callable[[float], float]] = {
    "linear": linear,
    "in_out": ease_in_out,
    "in": ease_in,
    "out": ease_out,
}


def cycle_time(animation: Animation, t: float) -> float:
    """t folded into one cycle, 0 <= result < duration."""
    folded = math.fmod(t, animation.duration)
    if folded < 0.0:
        folded += animation.duration
    return 0.0 if folded >= animation.duration else folded


def surrounding_keyframes(animation: Animation, t: float) -> tuple[Keyframe, Keyframe, float]:
    """The keyframes on either side of t (within one cycle) and the eased weight of the later one."""
    keyframes = animation.keyframes
    times = [keyframe.t for keyframe in keyframes]
    index = max(0, min(bisect.bisect_right(times, t) - 1, len(keyframes) - 2))
    before, after = keyframes[index], keyframes[index + 1]
    span = after.t - before.t
    s = min(1.0, max(0.0, (t - before.t) / span))
    return before, after, EASINGS[before.ease](s)


def pose_at(animation: Animation, t: float) -> dict[str, float]:
    """The pose at time t (seconds, wrapping around the cycle), every joint blended with the same eased weight."""
    before, after, weight = surrounding_keyframes(animation, cycle_time(animation, t))
    return {joint: value + (after.pose[joint] - value) * weight for joint, value in before.pose.items()}


def cue_times(animation: Animation, kind: str) -> tuple[float, ...]:
    """When in the cycle the given cue word is spoken."""
    return tuple(cue.t for cue in animation.cues if cue.cue == kind)


def cue_at(animation: Animation, t: float) -> str:
    """The most recent cue at time t within the cycle."""
    folded = cycle_time(animation, t)
    current = animation.cues[0].cue
    for cue in animation.cues:
        if cue.t <= folded:
            current = cue.cue
    return current
