"""What can be checked of a hand animation by numbers, beyond the checks every animation gets.

The hand has no floor and no contacts; instead its digits must not pass through each other, the palm, the
table or the ball, must stay in the picture, and the thumb must reach each fingertip it is cued to touch.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ledhalsa_desktop.animation.checks import Samples, holds_at_a_keyframe, joint_limits, loops, smooth
from ledhalsa_desktop.animation.hand_anatomy import FINGER_SHAPES, FINGERS, PALM_OUTLINE, PALM_SURFACE
from ledhalsa_desktop.animation.hand_rig import DIGIT_SEGMENTS, HAND_RIG, RADII, PosedHand, ball_press
from ledhalsa_desktop.animation.hand_vectors import Vec3
from ledhalsa_desktop.animation.model import Animation

TOUCH_DISTANCE = 0.01  # metres between thumb tip and fingertip that count as touching
CLEARANCE = 0.6  # two digits' segments keep at least this share of their summed half widths apart
PULP_CLEARANCE = 0.2  # fingertip pads pressed together may come this close
SKIN_GIVE = 0.006  # metres a digit may press into the palm's or the table's surface
BALL_GIVE = 0.4  # share of its radius a soft ball may be squeezed in
BALL_REACH = 0.005  # metres: a held ball is never further than this from the hand
KNUCKLE_MARGIN = 0.012  # metres below the knuckles, where a finger's base no longer counts as inside the palm
PALM_CORNERS = (
    "palm_ulnar_base",
    "palm_ulnar_side",
    "palm_ulnar_top",
    "palm_radial_top",
    "palm_radial_side",
    "palm_radial_base",
)


def _segment_distance(p1: Vec3, q1: Vec3, p2: Vec3, q2: Vec3) -> float:
    """The shortest distance between two line segments in space."""
    d1 = tuple(b - a for a, b in zip(p1, q1, strict=True))
    d2 = tuple(b - a for a, b in zip(p2, q2, strict=True))
    r = tuple(a - b for a, b in zip(p1, p2, strict=True))
    a, e, f = (sum(x * y for x, y in zip(u, v, strict=True)) for u, v in ((d1, d1), (d2, d2), (d2, r)))
    c, b = (sum(x * y for x, y in zip(u, v, strict=True)) for u, v in ((d1, r), (d1, d2)))
    denominator = a * e - b * b
    s = min(1.0, max(0.0, (b * f - c * e) / denominator)) if denominator > 1e-12 else 0.0
    t = (b * s + f) / e if e > 1e-12 else 0.0
    if t < 0.0 or t > 1.0:
        t = min(1.0, max(0.0, t))
        s = min(1.0, max(0.0, (b * t - c) / a)) if a > 1e-12 else 0.0
    return math.dist(
        tuple(p + d * s for p, d in zip(p1, d1, strict=True)), tuple(p + d * t for p, d in zip(p2, d2, strict=True))
    )


def _inside(point: tuple[float, float], polygon: list[tuple[float, float]]) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > point[1]) != (y2 > point[1]) and point[0] < x1 + (point[1] - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _palm_polygon() -> list[tuple[float, float]]:
    """The palm in the hand's own plane, its top edge a little below the knuckles where the fingers join it."""
    knuckles = [(FINGER_SHAPES[finger].mcp[0], FINGER_SHAPES[finger].mcp[1] - KNUCKLE_MARGIN) for finger in FINGERS]
    corners = [PALM_OUTLINE[name] for name in PALM_CORNERS]
    return [*corners[:3], *reversed(knuckles), *corners[3:]]


def _posed(samples: Samples) -> list[PosedHand]:
    return [HAND_RIG.posed(pose) for pose in samples.poses]


def in_the_picture(samples: Samples) -> list[str]:
    x0, y0, x1, y1 = HAND_RIG.frame
    problems = []
    for t, skeleton in zip(samples.times, samples.skeletons, strict=True):
        for name, (x, y) in skeleton.points.items():
            if not (x0 <= x <= x1 and y0 <= y <= y1):
                problems.append(f"t={t:.2f}: {name} at ({x:.3f}, {y:.3f}) is outside the picture")
    return problems


def digits_apart(samples: Samples) -> list[str]:
    """No digit passes through another; touching fingertip pads may press together."""
    problems = []
    for t, posed in zip(samples.times, _posed(samples), strict=True):
        points = posed.in_hand
        for index, (first, a1, b1) in enumerate(DIGIT_SEGMENTS):
            for second, a2, b2 in DIGIT_SEGMENTS[index + 1 :]:
                if first.split("_")[0] == second.split("_")[0]:
                    continue
                pads = "thumb_3" in (first, second) and first.endswith("_3") and second.endswith("_3")
                share = PULP_CLEARANCE if pads else CLEARANCE
                apart = _segment_distance(points[a1], points[b1], points[a2], points[b2])
                if apart < share * (max(RADII[first]) + max(RADII[second])):
                    problems.append(f"t={t:.2f}: {first} and {second} overlap ({apart:.3f} m apart)")
    return problems


def clear_of_palm(samples: Samples) -> list[str]:
    """Nothing bends into the palm: a digit over the palm stays in front of its skin."""
    polygon = _palm_polygon()
    problems = []
    for t, posed in zip(samples.times, _posed(samples), strict=True):
        for name, start, end in DIGIT_SEGMENTS:
            if name == "thumb_1":
                continue
            (x1, y1, z1), (x2, y2, z2) = posed.in_hand[start], posed.in_hand[end]
            for share in (0.0, 0.5, 1.0):
                point = (x1 + (x2 - x1) * share, y1 + (y2 - y1) * share, z1 + (z2 - z1) * share)
                radius = RADII[name][0] + (RADII[name][1] - RADII[name][0]) * share
                if _inside(point[:2], polygon) and point[2] - radius < PALM_SURFACE - SKIN_GIVE:
                    problems.append(f"t={t:.2f}: {name} goes into the palm")
    return problems


def on_the_table(samples: Samples) -> list[str]:
    """A hand lying palm down on a table keeps every digit above the table top."""
    if not samples.animation.props_of("table"):
        return []
    problems = []
    for t, posed in zip(samples.times, _posed(samples), strict=True):
        for name, start, end in DIGIT_SEGMENTS:
            for point_name in (start, end):
                if posed.in_hand[point_name][2] + RADII[name][1] > PALM_SURFACE + SKIN_GIVE:
                    problems.append(f"t={t:.2f}: {name} goes into the table")
    return problems


def holding_the_ball(samples: Samples) -> list[str]:
    """A soft ball stays in the hand, squeezed but never crushed."""
    problems = []
    for ball in samples.animation.props_of("soft_ball"):
        radius = ball.value("radius")
        for t, skeleton in zip(samples.times, samples.skeletons, strict=True):
            press = ball_press(skeleton, (ball.x, ball.value("y")), radius)
            if press > BALL_GIVE * radius:
                problems.append(f"t={t:.2f}: the fingers press {press:.3f} m into the ball")
            if press < -BALL_REACH:
                problems.append(f"t={t:.2f}: the ball is {-press:.3f} m from the hand")
    return problems


def touches_made(samples: Samples) -> list[str]:
    """The n-th "touch" cue has the thumb tip reach the n-th finger's tip before the next cue."""
    animation = samples.animation
    cues = animation.cues
    touches = [index for index, cue in enumerate(cues) if cue.cue == "touch"]
    if len(touches) > len(FINGERS):
        return [f"{len(touches)} touch cues, but only {len(FINGERS)} fingers"]
    posed = _posed(samples)
    problems = []
    for finger, index in zip(FINGERS, touches, strict=False):
        end = cues[index + 1].t if index + 1 < len(cues) else animation.duration
        window = [n for n, t in enumerate(samples.times) if cues[index].t <= t <= end]
        nearest = min(math.dist(posed[n].in_hand["thumb_tip"], posed[n].in_hand[f"{finger}_tip"]) for n in window)
        if nearest > TOUCH_DISTANCE:
            problems.append(f"the touch at t={cues[index].t} leaves the thumb {nearest:.3f} m from the {finger} finger")
    return problems


HAND_CHECKS: tuple[Callable[[Samples], list[str]], ...] = (
    joint_limits,
    smooth,
    loops,
    holds_at_a_keyframe,
    in_the_picture,
    digits_apart,
    clear_of_palm,
    on_the_table,
    holding_the_ball,
    touches_made,
)


def hand_problems(animation: Animation, count: int = 60) -> dict[str, list[str]]:
    """Every hand check's problems with the animation, by check name; only failing checks are listed."""
    samples = Samples(animation, count)
    found = {check.__name__: check(samples) for check in HAND_CHECKS}
    return {name: problems for name, problems in found.items() if problems}
