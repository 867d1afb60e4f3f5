"""The measurements of the drawn hand: a right hand about 0.19 m long, palm toward the viewer, fingers up.

Metres, x to the right (the thumb's side), y up (toward the fingertips), the middle of the wrist crease at
the origin. Depth z points out of the palm toward the viewer.
"""

from __future__ import annotations

from dataclasses import dataclass

FINGERS = ("index", "middle", "ring", "little")
DIGITS = (*FINGERS, "thumb")


@dataclass(frozen=True)
class Finger:
    mcp: tuple[float, float]  # the knuckle joint, on the palm's top edge
    lengths: tuple[float, float, float]  # proximal, middle, distal phalanx
    radius: float  # half the width of the proximal phalanx
    rest_angle: float  # degrees from straight up, toward the thumb positive
    spread_sign: float  # +1 if spreading turns the finger toward the thumb
    convergence: float  # degrees the flexion axis is tilted, so a bent finger points toward the thumb's base


FINGER_SHAPES: dict[str, Finger] = {
    "index": Finger((0.026, 0.094), (0.040, 0.024, 0.020), 0.0092, 4.0, 1.0, 3.0),
    "middle": Finger((0.006, 0.099), (0.044, 0.027, 0.021), 0.0096, 0.0, 1.0, 6.0),
    "ring": Finger((-0.013, 0.095), (0.041, 0.026, 0.020), 0.0090, -4.0, -1.0, 9.0),
    "little": Finger((-0.030, 0.085), (0.032, 0.019, 0.018), 0.0078, -9.0, -1.0, 12.0),
}
TAPER = (1.0, 0.93, 0.86)  # each phalanx's half width, relative to the proximal one


@dataclass(frozen=True)
class Thumb:
    cmc: tuple[float, float]  # the saddle joint at the base of the palm
    lengths: tuple[float, float, float]  # metacarpal, proximal, distal phalanx
    radii: tuple[float, float, float]
    base_angle: float  # degrees from straight up at zero abduction
    pad_turn: float  # degrees the pad faces out of the palm plane at rest


THUMB_SHAPE = Thumb((0.020, 0.022), (0.044, 0.031, 0.027), (0.0145, 0.0112, 0.0102), 15.0, 30.0)

PALM_OUTLINE: dict[str, tuple[float, float]] = {
    "palm_ulnar_base": (-0.028, 0.0),
    "palm_ulnar_side": (-0.040, 0.052),
    "palm_ulnar_top": (-0.038, 0.082),
    "palm_radial_top": (0.035, 0.088),
    "palm_radial_side": (0.034, 0.048),
    "palm_radial_base": (0.026, 0.0),
}
PALM_CREASES: dict[str, tuple[float, float]] = {  # each crease runs from its _0 point, bent toward _1, to _2
    "crease_distal_0": (-0.036, 0.072),
    "crease_distal_1": (-0.005, 0.066),
    "crease_distal_2": (0.022, 0.082),
    "crease_proximal_0": (-0.037, 0.058),
    "crease_proximal_1": (-0.008, 0.052),
    "crease_proximal_2": (0.014, 0.064),
    "crease_thenar_0": (0.026, 0.080),
    "crease_thenar_2": (0.006, 0.006),
}
FOREARM_END = (0.0, -0.06)
FOREARM_RADIUS = 0.028
PALM_SURFACE = 0.012  # the palm's skin lies this far in front of the knuckle joints' centres
