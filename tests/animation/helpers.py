"""A small valid side-view animation to build test files from."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from ledhalsa_desktop.animation.side_rig import JOINTS

STANDING = {joint: 0.0 for joint in JOINTS} | {"root_y": 0.9}
BENT = STANDING | {"trunk": 20.0, "hip_r": 30.0, "hip_l": 30.0, "knee_r": 30.0, "knee_l": 30.0, "root_y": 0.85}

VALID = {
    "format": 1,
    "name": "tiny",
    "rig": "side",
    "duration": 3.0,
    "props": [{"kind": "chair", "x": 0.6, "facing": 1}],
    "keyframes": [
        {"t": 0.0, "ease": "in_out", "pose": dict(STANDING)},
        {"t": 1.5, "ease": "linear", "pose": dict(BENT)},
        {"t": 3.0, "ease": "in_out", "pose": dict(STANDING)},
    ],
    "cues": [{"t": 0.0, "cue": "down"}, {"t": 1.5, "cue": "hold"}, {"t": 2.0, "cue": "up"}],
    "working": ["thigh_r"],
    "arrow": {"segment": "shin_r", "from_t": 0.1, "to_t": 1.5},
    "contacts": [],
}


def valid_data() -> dict:
    return copy.deepcopy(VALID)


def write_animation(folder: Path, data: dict, name: str = "tiny") -> Path:
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path
