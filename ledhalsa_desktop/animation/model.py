"""The animation format (version 1) as frozen dataclasses: one file is one repetition of one exercise.

See resources/animations/README.md for the file format these are read from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

FORMAT_VERSION = 1

RIG_NAMES = ("side", "front", "hand")

CUE_WORDS = (
    "up",
    "down",
    "hold",
    "lift",
    "lower",
    "bend",
    "straighten",
    "step",
    "squeeze",
    "release",
    "open",
    "close",
    "spread",
    "touch",
)

EASES = ("linear", "in_out", "in", "out")

# Every prop kind with its numbers: name -> (default, lowest, highest). Lengths in metres.
# x is the prop's left edge (the centre for a soft ball; the seat's front edge for a chair).
# facing is +1 or -1: which way a seated person faces (chair) or which way the face of a wall looks.
PROP_FIELDS: dict[str, dict[str, tuple[float, float, float]]] = {
    "chair": {
        "seat_height": (0.45, 0.35, 0.60),
        "seat_depth": (0.42, 0.30, 0.60),
        "back_height": (0.88, 0.60, 1.20),
        "facing": (1.0, -1.0, 1.0),
    },
    "wall": {"height": (2.0, 0.5, 3.0), "facing": (-1.0, -1.0, 1.0)},
    "step": {"width": (0.35, 0.20, 1.00), "height": (0.17, 0.05, 0.40)},
    "mat": {"width": (1.90, 0.50, 3.00), "thickness": (0.02, 0.005, 0.10)},
    "table": {"width": (0.80, 0.10, 3.00), "height": (0.75, -1.0, 1.20)},
    "soft_ball": {"y": (0.0, -2.0, 3.0), "radius": (0.04, 0.01, 0.30)},
    "towel": {"y": (0.0, -2.0, 3.0), "width": (0.30, 0.02, 2.00), "height": (0.06, 0.005, 0.50)},
}
PROP_X_RANGE = (-5.0, 5.0)

# Where a contact point rests. A fixed contact stays where it was at the contact's first moment; a sliding
# one only stays on the surface.
SURFACES = ("floor", "seat", "mat", "step", "chair_back", "wall", "table")


class AnimationError(ValueError):
    """An animation file that does not follow the format; the message names the file and the field."""


@dataclass(frozen=True)
class Prop:
    kind: str
    x: float
    values: Mapping[str, float] = field(default_factory=dict)  # every number of the kind, defaults filled in

    def value(self, name: str) -> float:
        return self.values[name]


@dataclass(frozen=True)
class Keyframe:
    t: float
    ease: str  # shapes the way from this keyframe to the next
    pose: Mapping[str, float]


@dataclass(frozen=True)
class Cue:
    t: float
    cue: str


@dataclass(frozen=True)
class Arrow:
    segment: str
    from_t: float
    to_t: float


@dataclass(frozen=True)
class Contact:
    """Points (of the rig's skeleton) that rest on a surface from from_t to to_t."""

    points: tuple[str, ...]
    on: str
    from_t: float
    to_t: float
    slides: bool = False

    def active(self, t: float) -> bool:
        return self.from_t <= t <= self.to_t


@dataclass(frozen=True)
class Animation:
    name: str
    rig: str
    duration: float
    props: tuple[Prop, ...]
    keyframes: tuple[Keyframe, ...]
    cues: tuple[Cue, ...]
    working: tuple[str, ...] = ()
    arrow: Arrow | None = None
    contacts: tuple[Contact, ...] = ()

    def props_of(self, kind: str) -> tuple[Prop, ...]:
        return tuple(prop for prop in self.props if prop.kind == kind)
