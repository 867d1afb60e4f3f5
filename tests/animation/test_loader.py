"""The loader accepts a good file and refuses each kind of mistake, naming the file and the field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ledhalsa_desktop.animation.loader import load_animation, load_animations
from ledhalsa_desktop.animation.model import AnimationError
from tests.animation.helpers import valid_data, write_animation


def test_a_valid_file_loads(tmp_path: Path) -> None:
    animation = load_animation(write_animation(tmp_path, valid_data()))
    assert animation.name == "tiny"
    assert animation.rig == "side"
    assert [cue.cue for cue in animation.cues] == ["down", "hold", "up"]
    assert animation.props[0].value("seat_height") == 0.45  # a default filled in
    assert animation.arrow is not None and animation.arrow.segment == "shin_r"


def test_load_animations_reads_a_folder_by_name(tmp_path: Path) -> None:
    write_animation(tmp_path, valid_data())
    assert list(load_animations(tmp_path)) == ["tiny"]


def set_key(path: str, value: object) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        *parents, last = path.split(".")
        target = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is DELETE:
            del target[int(last) if last.isdigit() else last]
        elif last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value

    return change


DELETE = object()

MISTAKES = {
    "unknown top-level key": (set_key("colour", "red"), "file: unknown key 'colour'"),
    "missing cues": (set_key("cues", DELETE), "file: missing key 'cues'"),
    "wrong format": (set_key("format", 2), "format: must be 1"),
    "format as true": (set_key("format", True), "format: must be 1"),
    "name not the file's": (set_key("name", "other"), "name:"),
    "unknown rig": (set_key("rig", "top"), "rig: 'top' is not one of"),
    "duration as text": (set_key("duration", "3"), "duration: must be a number"),
    "zero duration": (set_key("duration", 0), "duration: must be more than 0"),
    "unknown prop": (set_key("props.0.kind", "sofa"), "props[0].kind: 'sofa' is not one of"),
    "prop number out of range": (set_key("props.0.seat_height", 2.0), "props[0].seat_height: 2.0 is outside"),
    "prop key of another kind": (set_key("props.0.radius", 0.1), "props[0]: unknown key 'radius'"),
    "chair facing sideways": (set_key("props.0.facing", 0), "props[0].facing: must be 1 or -1"),
    "one keyframe": (lambda data: data.update(keyframes=data["keyframes"][:1]), "keyframes: needs at least two"),
    "first keyframe late": (set_key("keyframes.0.t", 0.5), "keyframes[0].t: the first keyframe must be at 0"),
    "times out of order": (set_key("keyframes.1.t", 0.0), "keyframes[1].t"),
    "last keyframe early": (set_key("keyframes.2.t", 2.5), "keyframes[2].t: the last keyframe must be at"),
    "unknown ease": (set_key("keyframes.1.ease", "bouncy"), "keyframes[1].ease: 'bouncy' is not one of"),
    "unknown joint": (set_key("keyframes.1.pose.tail", 3.0), "keyframes[1].pose: unknown key 'tail'"),
    "missing joint": (set_key("keyframes.1.pose.knee_r", DELETE), "keyframes[1].pose: missing key 'knee_r'"),
    "knee bent backwards": (set_key("keyframes.1.pose.knee_r", -10.0), "keyframes[1].pose.knee_r: -10.0 is outside"),
    "joint as text": (set_key("keyframes.1.pose.hip_r", "30"), "keyframes[1].pose.hip_r: must be a number"),
    "not a loop": (set_key("keyframes.2.pose.trunk", 5.0), "keyframes[2].pose.trunk: the last pose must equal"),
    "unknown cue": (set_key("cues.1.cue", "jump"), "cues[1].cue: 'jump' is not one of"),
    "first cue late": (set_key("cues.0.t", 0.2), "cues[0].t: the first cue must be at 0"),
    "cues out of order": (set_key("cues.2.t", 1.0), "cues[2].t: cues must be in order"),
    "cue at the end": (set_key("cues.2.t", 3.0), "cues[2].t: must come before the end"),
    "two holds": (set_key("cues.2.cue", "hold"), "cues: at most one hold"),
    "one cue": (lambda data: data.update(cues=data["cues"][:1]), "cues: needs 2 to 5 cues"),
    "unknown working segment": (set_key("working.0", "tail"), "working[0]: 'tail' is not one of"),
    "arrow backwards": (set_key("arrow.to_t", 0.05), "arrow.to_t: must come after from_t"),
    "arrow on no segment": (set_key("arrow.segment", "wing"), "arrow.segment: 'wing' is not one of"),
    "contact on an unknown point": (
        set_key("contacts", [{"points": ["tail"], "on": "floor"}]),
        "contacts[0].points[0]: 'tail' is not one of",
    ),
    "contact on an unknown surface": (
        set_key("contacts", [{"points": ["heel_r"], "on": "sofa"}]),
        "contacts[0].on: 'sofa' is not one of",
    ),
    "contact window not at keyframes": (
        set_key("contacts", [{"points": ["heel_r"], "on": "floor", "from_t": 0.7}]),
        "contacts[0].from_t: 0.7 must be the time of a keyframe",
    ),
    "contact on a missing prop": (
        set_key("contacts", [{"points": ["heel_r"], "on": "step"}]),
        "contacts[0].on: a contact on a step needs a step",
    ),
    "foot off the floor it should be on": (
        set_key("contacts", [{"points": ["hand_r"], "on": "floor"}]),
        "keyframes[0]: hand_r at",
    ),
    "planted foot that slides": (
        set_key("keyframes.1.pose.root_x", 0.2),
        "keyframes[1]: heel_r moved",
    ),
}


@pytest.mark.parametrize("mistake", MISTAKES, ids=list(MISTAKES))
def test_each_mistake_is_refused_with_file_and_field(tmp_path: Path, mistake: str) -> None:
    change, message = MISTAKES[mistake]
    data = valid_data()
    if mistake == "planted foot that slides":
        data["contacts"] = [{"points": ["heel_r", "toe_r"], "on": "floor", "to_t": 1.5}]
        data["keyframes"][1]["pose"] = dict(data["keyframes"][0]["pose"])
    change(data)
    with pytest.raises(AnimationError) as caught:
        load_animation(write_animation(tmp_path, data))
    assert str(caught.value).startswith("tiny.json: ")
    assert message in str(caught.value)


def test_broken_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tiny.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(AnimationError, match=r"tiny.json: file: is not valid JSON"):
        load_animation(path)
