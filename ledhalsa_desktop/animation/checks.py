"""What can be checked of a figure by numbers: limits, contacts, the floor, the props, smoothness, the loop.

Each check samples one cycle evenly and returns the problems it found, in words (an empty list is good).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ledhalsa_desktop.animation.model import Animation
from ledhalsa_desktop.animation.posing import planted_points, solved_pose_at
from ledhalsa_desktop.animation.rig import Skeleton
from ledhalsa_desktop.animation.rigs import rig_named
from ledhalsa_desktop.animation.surfaces import CONTACT_TOLERANCE, on_surface, seat_span, step_span, surface_of

SAMPLES = 60
MAX_ANGLE_STEP = 15.0  # degrees between neighbouring samples
MAX_ROOT_STEP = 0.10  # metres between neighbouring samples
LIMIT_SLACK = 1e-6
SEAT_THICKNESS = 0.05
ROOT_LENGTHS = ("root_x", "root_y")


class Samples:
    """One cycle of an animation, sampled evenly: times, solved poses and skeletons."""

    def __init__(self, animation: Animation, count: int = SAMPLES) -> None:
        self.animation = animation
        self.rig = rig_named(animation.rig)
        self.times = [animation.duration * n / count for n in range(count + 1)]
        self.poses = [solved_pose_at(animation, t) for t in self.times[:-1]]
        self.poses.append(solved_pose_at(animation, animation.duration - 1e-9))
        self.skeletons: list[Skeleton] = [self.rig.forward(pose) for pose in self.poses]


def joint_limits(samples: Samples) -> list[str]:
    problems = []
    for t, pose in zip(samples.times, samples.poses, strict=True):
        for joint, (low, high) in samples.rig.joints.items():
            if not low - LIMIT_SLACK <= pose[joint] <= high + LIMIT_SLACK:
                problems.append(f"t={t:.2f}: {joint} = {pose[joint]:.1f} outside {low:g}..{high:g}")
    return problems


def contacts_held(samples: Samples) -> list[str]:
    animation = samples.animation
    planted = planted_points(animation)
    problems = []
    for t, skeleton in zip(samples.times, samples.skeletons, strict=True):
        for index, contact in enumerate(animation.contacts):
            if not contact.active(min(t, animation.duration)):
                continue
            for point in contact.points:
                where = skeleton.points[point]
                level, span = surface_of(animation, contact.on, where)
                if not on_surface(where, level, span):
                    problems.append(f"t={t:.2f}: {point} at ({where[0]:.3f}, {where[1]:.3f}) is off the {contact.on}")
                elif not contact.slides and math.dist(where, planted[(index, point)]) > CONTACT_TOLERANCE:
                    problems.append(f"t={t:.2f}: {point} slid {math.dist(where, planted[(index, point)]):.3f} m")
    return problems


def always_supported(samples: Samples) -> list[str]:
    """A standing, sitting or lying body always rests on something."""
    if not samples.animation.contacts:
        return ["the figure has no contacts: it would float"]
    return [
        f"t={t:.2f}: nothing holds the figure up"
        for t in samples.times
        if not any(contact.active(min(t, samples.animation.duration)) for contact in samples.animation.contacts)
    ]


def above_floor(samples: Samples) -> list[str]:
    problems = []
    for t, skeleton in zip(samples.times, samples.skeletons, strict=True):
        problems += [
            f"t={t:.2f}: {name} is {-y:.3f} m under the floor"
            for name, (_, y) in skeleton.points.items()
            if y < -CONTACT_TOLERANCE
        ]
    return problems


def clear_of_props(samples: Samples) -> list[str]:
    """No point of the body inside a step or a chair's seat."""
    boxes: list[tuple[str, float, float, float, float]] = []
    for step in samples.animation.props_of("step"):
        low, high = step_span(step)
        boxes.append(("step", low, high, 0.0, step.value("height")))
    for chair in samples.animation.props_of("chair"):
        low, high = seat_span(chair)
        top = chair.value("seat_height")
        boxes.append(("chair seat", low, high, top - SEAT_THICKNESS, top))
    problems = []
    for t, skeleton in zip(samples.times, samples.skeletons, strict=True):
        for name, (x, y) in skeleton.points.items():
            for kind, left, right, bottom, top in boxes:
                inside = left + CONTACT_TOLERANCE < x < right - CONTACT_TOLERANCE
                if inside and bottom < y < top - CONTACT_TOLERANCE:
                    problems.append(f"t={t:.2f}: {name} is inside the {kind}")
    return problems


def smooth(samples: Samples) -> list[str]:
    problems = []
    for n in range(1, len(samples.poses)):
        before, after = samples.poses[n - 1], samples.poses[n]
        for joint in before:
            limit = MAX_ROOT_STEP if joint in ROOT_LENGTHS else MAX_ANGLE_STEP
            if abs(after[joint] - before[joint]) > limit:
                problems.append(f"t={samples.times[n]:.2f}: {joint} jumps by {after[joint] - before[joint]:.2f}")
    return problems


def loops(samples: Samples) -> list[str]:
    first, last = samples.poses[0], samples.poses[-1]
    return [
        f"{joint} is {first[joint]:.3f} at the start but {last[joint]:.3f} at the end"
        for joint in first
        if abs(first[joint] - last[joint]) > (0.002 if joint in ROOT_LENGTHS else 0.2)
    ]


def holds_at_a_keyframe(samples: Samples) -> list[str]:
    """The figure freezes at the hold cue, so the hold must be where a keyframe defines the held pose."""
    times = {keyframe.t for keyframe in samples.animation.keyframes}
    return [
        f"the hold at t={cue.t} is not at a keyframe"
        for cue in samples.animation.cues
        if cue.cue == "hold" and cue.t not in times
    ]


BODY_CHECKS: tuple[Callable[[Samples], list[str]], ...] = (
    joint_limits,
    contacts_held,
    always_supported,
    above_floor,
    clear_of_props,
    smooth,
    loops,
    holds_at_a_keyframe,
)


def problems_of(animation: Animation, count: int = SAMPLES) -> dict[str, list[str]]:
    """Every check's problems with the animation, by check name; only failing checks are listed."""
    if animation.rig == "hand":
        from ledhalsa_desktop.animation.hand_checks import hand_problems  # hand_checks builds on this module

        return hand_problems(animation, count)
    samples = Samples(animation, count)
    found = {check.__name__: check(samples) for check in BODY_CHECKS}
    return {name: problems for name, problems in found.items() if problems}
