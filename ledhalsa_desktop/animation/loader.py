"""Reading animation files: strict, so that a mistake in a file is found when it is loaded, not on screen."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from pathlib import Path

from ledhalsa_desktop.animation.model import (
    CUE_WORDS,
    EASES,
    FORMAT_VERSION,
    PROP_FIELDS,
    PROP_X_RANGE,
    RIG_NAMES,
    SURFACES,
    Animation,
    AnimationError,
    Arrow,
    Contact,
    Cue,
    Keyframe,
    Prop,
)
from ledhalsa_desktop.animation.rig import Rig
from ledhalsa_desktop.animation.rigs import rig_named
from ledhalsa_desktop.animation.surfaces import CONTACT_TOLERANCE, on_surface, surface_of

REQUIRED_KEYS = ("format", "name", "rig", "duration", "keyframes", "cues")
OPTIONAL_KEYS = ("props", "working", "arrow", "contacts")
NAME_PATTERN = re.compile(r"[a-z][a-z0-9_]*")
MAX_DURATION = 60.0
MIN_CUES, MAX_CUES = 2, 5
SAME_POSE_TOLERANCE = 1e-6


class Reader:
    """Checks one file's fields, naming the file and the field in every complaint."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str, problem: str) -> AnimationError:
        return AnimationError(f"{self.path.name}: {field}: {problem}")

    def mapping(self, value: object, field: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict:
        if not isinstance(value, dict):
            raise self.fail(field, f"must be an object, not {type(value).__name__}")
        unknown = sorted(set(value) - set(required) - set(optional))
        if unknown:
            raise self.fail(field, f"unknown key {unknown[0]!r} (allowed: {', '.join(required + optional)})")
        missing = [key for key in required if key not in value]
        if missing:
            raise self.fail(field, f"missing key {missing[0]!r}")
        return value

    def number(self, value: object, field: str, low: float, high: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise self.fail(field, f"must be a number, not {value!r}")
        if not low <= value <= high:
            raise self.fail(field, f"{value} is outside {low:g}..{high:g}")
        return float(value)

    def text(self, value: object, field: str, allowed: tuple[str, ...] | None = None) -> str:
        if not isinstance(value, str) or not value:
            raise self.fail(field, f"must be a non-empty string, not {value!r}")
        if allowed is not None and value not in allowed:
            raise self.fail(field, f"{value!r} is not one of {', '.join(allowed)}")
        return value

    def listing(self, value: object, field: str) -> list:
        if not isinstance(value, list):
            raise self.fail(field, f"must be a list, not {type(value).__name__}")
        return value


def load_animation(path: Path | str) -> Animation:
    """Read and check one animation file; AnimationError names the file and the field when it is wrong."""
    path = Path(path)
    reader = Reader(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise reader.fail("file", f"cannot be read ({error})") from error
    except json.JSONDecodeError as error:
        raise reader.fail("file", f"is not valid JSON ({error})") from error
    return animation_from(data, reader)


def load_animations(folder: Path | str) -> dict[str, Animation]:
    """Every animation (*.json) in folder, by name."""
    return {animation.name: animation for animation in map(load_animation, sorted(Path(folder).glob("*.json")))}


def animation_from(data: object, reader: Reader) -> Animation:
    data = reader.mapping(data, "file", REQUIRED_KEYS, OPTIONAL_KEYS)
    if isinstance(data["format"], bool) or data["format"] != FORMAT_VERSION:
        raise reader.fail("format", f"must be {FORMAT_VERSION}, not {data['format']!r}")
    name = reader.text(data["name"], "name")
    if not NAME_PATTERN.fullmatch(name) or name != reader.path.stem:
        raise reader.fail("name", f"{name!r} must be lower-case letters, digits and _, and match the file name")
    rig_name = reader.text(data["rig"], "rig", RIG_NAMES)
    try:
        rig = rig_named(rig_name)
    except KeyError as error:
        raise reader.fail("rig", f"the {rig_name!r} rig is not available") from error
    duration = reader.number(data["duration"], "duration", 0.0, MAX_DURATION)
    if duration <= 0.0:
        raise reader.fail("duration", "must be more than 0")
    keyframes = read_keyframes(data["keyframes"], reader, rig, duration)
    skeleton = rig.forward(keyframes[0].pose)
    segments = {segment[0] for segment in skeleton.segments}
    animation = Animation(
        name=name,
        rig=rig_name,
        duration=duration,
        props=tuple(read_props(data.get("props", []), reader)),
        keyframes=keyframes,
        cues=read_cues(data["cues"], reader, duration),
        working=read_working(data.get("working", []), reader, segments),
        arrow=read_arrow(data.get("arrow"), reader, segments, duration),
        contacts=read_contacts(data.get("contacts", []), reader, set(skeleton.points), keyframes),
    )
    check_contacts_at_keyframes(animation, rig, reader)
    return animation


def read_props(value: object, reader: Reader) -> list[Prop]:
    props = []
    for index, item in enumerate(reader.listing(value, "props")):
        field = f"props[{index}]"
        if not isinstance(item, dict):
            raise reader.fail(field, "must be an object")
        kind = reader.text(item.get("kind"), f"{field}.kind", tuple(PROP_FIELDS))
        numbers = PROP_FIELDS[kind]
        item = reader.mapping(item, field, ("kind", "x"), tuple(numbers))
        values = {
            key: reader.number(item.get(key, default), f"{field}.{key}", low, high)
            for key, (default, low, high) in numbers.items()
        }
        if "facing" in values and values["facing"] not in (-1.0, 1.0):
            raise reader.fail(f"{field}.facing", "must be 1 or -1")
        props.append(Prop(kind, reader.number(item["x"], f"{field}.x", *PROP_X_RANGE), values))
    return props


def read_keyframes(value: object, reader: Reader, rig: Rig, duration: float) -> tuple[Keyframe, ...]:
    items = reader.listing(value, "keyframes")
    if len(items) < 2:
        raise reader.fail("keyframes", "needs at least two keyframes (the start pose at 0 and again at the end)")
    keyframes: list[Keyframe] = []
    for index, item in enumerate(items):
        field = f"keyframes[{index}]"
        item = reader.mapping(item, field, ("t", "ease", "pose"))
        t = reader.number(item["t"], f"{field}.t", 0.0, duration)
        if keyframes and t <= keyframes[-1].t:
            raise reader.fail(f"{field}.t", f"{t} must come after the previous keyframe's {keyframes[-1].t}")
        ease = reader.text(item["ease"], f"{field}.ease", EASES)
        keyframes.append(Keyframe(t, ease, read_pose(item["pose"], reader, f"{field}.pose", rig)))
    if keyframes[0].t != 0.0:
        raise reader.fail("keyframes[0].t", "the first keyframe must be at 0")
    if keyframes[-1].t != duration:
        raise reader.fail(f"keyframes[{len(keyframes) - 1}].t", f"the last keyframe must be at the duration {duration}")
    first, last = keyframes[0].pose, keyframes[-1].pose
    differing = [joint for joint in first if abs(first[joint] - last[joint]) > SAME_POSE_TOLERANCE]
    if differing:
        raise reader.fail(
            f"keyframes[{len(keyframes) - 1}].pose.{differing[0]}", "the last pose must equal the first, so it loops"
        )
    return tuple(keyframes)


def read_pose(value: object, reader: Reader, field: str, rig: Rig) -> dict[str, float]:
    joints: Mapping[str, tuple[float, float]] = rig.joints
    pose = reader.mapping(value, field, tuple(joints))
    return {joint: reader.number(pose[joint], f"{field}.{joint}", *limits) for joint, limits in joints.items()}


def read_cues(value: object, reader: Reader, duration: float) -> tuple[Cue, ...]:
    items = reader.listing(value, "cues")
    if not MIN_CUES <= len(items) <= MAX_CUES:
        raise reader.fail("cues", f"needs {MIN_CUES} to {MAX_CUES} cues, not {len(items)}")
    cues: list[Cue] = []
    for index, item in enumerate(items):
        field = f"cues[{index}]"
        item = reader.mapping(item, field, ("t", "cue"))
        t = reader.number(item["t"], f"{field}.t", 0.0, duration)
        if t >= duration:
            raise reader.fail(f"{field}.t", "must come before the end of the cycle")
        if cues and t <= cues[-1].t:
            raise reader.fail(f"{field}.t", "cues must be in order of time, one at a time")
        cues.append(Cue(t, reader.text(item["cue"], f"{field}.cue", CUE_WORDS)))
    if cues[0].t != 0.0:
        raise reader.fail("cues[0].t", "the first cue must be at 0")
    if sum(cue.cue == "hold" for cue in cues) > 1:
        raise reader.fail("cues", "at most one hold per cycle")
    return tuple(cues)


def read_working(value: object, reader: Reader, segments: set[str]) -> tuple[str, ...]:
    names: list[str] = []
    for index, item in enumerate(reader.listing(value, "working")):
        name = reader.text(item, f"working[{index}]", tuple(sorted(segments)))
        if name in names:
            raise reader.fail(f"working[{index}]", f"{name!r} is listed twice")
        names.append(name)
    return tuple(names)


def read_arrow(value: object, reader: Reader, segments: set[str], duration: float) -> Arrow | None:
    if value is None:
        return None
    item = reader.mapping(value, "arrow", ("segment", "from_t", "to_t"))
    segment = reader.text(item["segment"], "arrow.segment", tuple(sorted(segments)))
    from_t = reader.number(item["from_t"], "arrow.from_t", 0.0, duration)
    to_t = reader.number(item["to_t"], "arrow.to_t", 0.0, duration)
    if to_t <= from_t:
        raise reader.fail("arrow.to_t", "must come after from_t")
    return Arrow(segment, from_t, to_t)


def read_contacts(
    value: object, reader: Reader, points: set[str], keyframes: tuple[Keyframe, ...]
) -> tuple[Contact, ...]:
    times = [keyframe.t for keyframe in keyframes]
    contacts = []
    for index, item in enumerate(reader.listing(value, "contacts")):
        field = f"contacts[{index}]"
        item = reader.mapping(item, field, ("points", "on"), ("from_t", "to_t", "slides"))
        names = reader.listing(item["points"], f"{field}.points")
        if not names:
            raise reader.fail(f"{field}.points", "needs at least one point")
        names = [reader.text(name, f"{field}.points[{n}]", tuple(sorted(points))) for n, name in enumerate(names)]
        on = reader.text(item["on"], f"{field}.on", SURFACES)
        from_t = reader.number(item.get("from_t", times[0]), f"{field}.from_t", times[0], times[-1])
        to_t = reader.number(item.get("to_t", times[-1]), f"{field}.to_t", times[0], times[-1])
        for key, t in (("from_t", from_t), ("to_t", to_t)):
            if t not in times:
                raise reader.fail(f"{field}.{key}", f"{t} must be the time of a keyframe")
        if to_t <= from_t:
            raise reader.fail(f"{field}.to_t", "must come after from_t")
        slides = item.get("slides", False)
        if not isinstance(slides, bool):
            raise reader.fail(f"{field}.slides", "must be true or false")
        contacts.append(Contact(tuple(names), on, from_t, to_t, slides))
    return tuple(contacts)


def check_contacts_at_keyframes(animation: Animation, rig: Rig, reader: Reader) -> None:
    """Every keyframe within a contact's time has the contact's points on the surface, and fixed ones unmoved."""
    if animation.contacts and "root_x" not in rig.joints:
        raise reader.fail("contacts", f"the {animation.rig} rig cannot hold contacts")
    skeletons = [rig.forward(keyframe.pose).points for keyframe in animation.keyframes]
    for index, contact in enumerate(animation.contacts):
        field = f"contacts[{index}]"
        inside = [n for n, keyframe in enumerate(animation.keyframes) if contact.active(keyframe.t)]
        for point in contact.points:
            start = skeletons[inside[0]][point]
            for n in inside:
                where = skeletons[n][point]
                try:
                    level, span = surface_of(animation, contact.on, where)
                except LookupError as error:
                    raise reader.fail(f"{field}.on", str(error)) from error
                if not on_surface(where, level, span):
                    raise reader.fail(
                        f"keyframes[{n}]", f"{point} at ({where[0]:.3f}, {where[1]:.3f}) is not on the {contact.on}"
                    )
                if not contact.slides and math.dist(where, start) > CONTACT_TOLERANCE:
                    raise reader.fail(f"keyframes[{n}]", f"{point} moved from where it rests on the {contact.on}")
