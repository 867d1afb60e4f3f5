"""Tools for writing body animations in Python: poses from a base, keyframes settled on their contacts.

An exercise is described as a few keyframes of the joints that matter; `settle` then places the body so
that its contacts rest exactly where they should (the body carried by the first resting point, each limb
bent to reach its own), and hands follow body-relative targets. The result is written as a format-1 file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ledhalsa_desktop.animation.model import PROP_FIELDS, Animation, Prop
from ledhalsa_desktop.animation.rig import Point, Skeleton
from ledhalsa_desktop.animation.rigs import rig_named
from ledhalsa_desktop.animation.surfaces import chair_back_x, placed_on, surface_of

Pose = dict[str, float]
HandTarget = Callable[[Skeleton], Point]
ROOT_LENGTHS = ("root_x", "root_y")
LIMB_ENDS = ("heel", "toe", "ankle", "hand", "wrist")


@dataclass(frozen=True)
class Rest:
    """A contact as written in the file, with where its first point goes (x or y) when that is not obvious."""

    points: tuple[str, ...]
    on: str
    from_t: float | None = None
    to_t: float | None = None
    slides: bool = False
    x: float | None = None
    y: float | None = None

    def window(self, duration: float) -> tuple[float, float]:
        return (self.from_t or 0.0, duration if self.to_t is None else self.to_t)


@dataclass
class Frame:
    t: float
    pose: Pose
    ease: str = "in_out"
    hands: dict[str, HandTarget] = field(default_factory=dict)


@dataclass
class Exercise:
    name: str
    rig: str
    duration: float
    frames: list[Frame]
    cues: list[tuple[float, str]]
    rests: list[Rest]
    props: list[dict] = field(default_factory=list)
    working: list[str] = field(default_factory=list)
    arrow: tuple[str, float, float] | None = None


def is_limb_end(point: str) -> bool:
    return point.split("_")[0] in LIMB_ENDS


def scene(exercise: Exercise) -> Animation:
    """An Animation holding only the props, for looking up surfaces."""
    props = tuple(
        Prop(item["kind"], item["x"], {k: item.get(k, d) for k, (d, _, _) in PROP_FIELDS[item["kind"]].items()})
        for item in exercise.props
    )
    return Animation(exercise.name, exercise.rig, exercise.duration, props, (), ())


def first_target(exercise: Exercise, rest: Rest, where: Point) -> Point:
    """Where a rest's first point goes when nothing has placed it yet."""
    setting = scene(exercise)
    if rest.on == "chair_back":
        chair = min(setting.props_of("chair"), key=lambda prop: abs(chair_back_x(prop) - where[0]))
        return (chair_back_x(chair), chair.value("back_height"))
    level, _ = surface_of(setting, rest.on, where)
    wanted = (where[0] if rest.x is None else rest.x, where[1] if rest.y is None else rest.y)
    return placed_on(wanted, level)


def active(rest: Rest, t: float, duration: float) -> bool:
    start, end = rest.window(duration)
    return start <= t <= end or (t == 0.0 and end == duration)


def settle(exercise: Exercise, frame: Frame, planted: dict[int, Point]) -> Pose:
    """The frame's pose moved and bent so that its active rests are where they belong (recorded in planted)."""
    rig = rig_named(exercise.rig)
    pose = dict(frame.pose)
    resting = [(n, rest) for n, rest in enumerate(exercise.rests) if active(rest, frame.t, exercise.duration)]
    if not resting:
        return pose
    carriers = [item for item in resting if not is_limb_end(item[1].points[0])] or resting[:1]
    for n, rest in carriers[:1]:
        where = rig.forward(pose).points[rest.points[0]]
        target = planted.setdefault(n, first_target(exercise, rest, where))
        if rest.slides:
            target = first_target(exercise, rest, where)
        pose["root_x"] += target[0] - where[0]
        pose["root_y"] += target[1] - where[1]
    for n, rest in resting:
        if (n, rest) in carriers[:1] or not is_limb_end(rest.points[0]):
            continue
        where = rig.forward(pose).points[rest.points[0]]
        target = planted.setdefault(n, first_target(exercise, rest, where))
        if rest.slides:
            target = first_target(exercise, rest, where)
        pose = rig.reach(pose, rest.points[0], target) or pose
    for point, aim in frame.hands.items():
        pose = rig.reach(pose, point, aim(rig.forward(pose))) or pose
    return pose


def rounded(pose: Mapping[str, float]) -> Pose:
    return {joint: round(value, 4 if joint in ROOT_LENGTHS else 2) for joint, value in pose.items()}


def file_data(exercise: Exercise) -> dict:
    planted: dict[int, Point] = {}
    first = exercise.frames[0]
    frames = [*exercise.frames, Frame(exercise.duration, first.pose, first.ease, first.hands)]
    start = settle(exercise, first, planted)
    poses = [start] + [settle(exercise, frame, planted) for frame in frames[1:-1]] + [start]
    contacts = []
    for rest in exercise.rests:
        item: dict = {"points": list(rest.points), "on": rest.on}
        if rest.from_t is not None:
            item["from_t"] = rest.from_t
        if rest.to_t is not None:
            item["to_t"] = rest.to_t
        if rest.slides:
            item["slides"] = True
        contacts.append(item)
    return {
        "format": 1,
        "name": exercise.name,
        "rig": exercise.rig,
        "duration": exercise.duration,
        "props": exercise.props,
        "keyframes": [
            {"t": frame.t, "ease": frame.ease, "pose": rounded(pose)} for frame, pose in zip(frames, poses, strict=True)
        ],
        "cues": [{"t": t, "cue": cue} for t, cue in exercise.cues],
        "working": exercise.working,
        "arrow": None
        if exercise.arrow is None
        else dict(zip(("segment", "from_t", "to_t"), exercise.arrow, strict=True)),
        "contacts": contacts,
    }


def write(exercise: Exercise, folder: Path) -> Path:
    path = folder / f"{exercise.name}.json"
    path.write_text(readable_json(file_data(exercise)) + "\n", encoding="utf-8")
    return path


def readable_json(data: dict) -> str:
    """One line per keyframe, cue and prop, so that a file reads keyframe by keyframe."""
    lines = ["{"]
    items = list(data.items())
    for index, (key, value) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        if isinstance(value, list) and value:
            lines.append(f'  "{key}": [')
            lines += [f"    {json.dumps(item, ensure_ascii=False)}," for item in value]
            lines[-1] = lines[-1].rstrip(",")
            lines.append(f"  ]{comma}")
        else:
            lines.append(f'  "{key}": {json.dumps(value, ensure_ascii=False)}{comma}')
    lines.append("}")
    return "\n".join(lines)


def moved_to(pose: Mapping[str, float], rig_name: str, point: str, target: Point) -> Pose:
    """pose shifted (root only) so that point lands on target."""
    where = rig_named(rig_name).forward(pose).points[point]
    shift = (target[0] - where[0], target[1] - where[1])
    return dict(pose) | {"root_x": pose["root_x"] + shift[0], "root_y": pose["root_y"] + shift[1]}


def reached(pose: Mapping[str, float], rig_name: str, point: str, target: Point) -> Pose:
    """pose with the limb ending in point bent to put it on target."""
    rig = rig_named(rig_name)
    result = rig.reach(pose, point, target)
    if result is None:
        raise ValueError(f"{point} ends no limb of the {rig_name} rig")
    return result
