"""What every rig (side view, front view, hand) offers the rest of the animation package.

A rig turns a pose (joint angles in degrees, plus where the body's root is) into a skeleton: named points
in metres, x to the right and y up, the floor at y = 0. Rigs are plain Python, with no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

Point = tuple[float, float]


@dataclass(frozen=True)
class Skeleton:
    """Named joint positions (metres) and, for drawing, the limbs as pairs of point names."""

    points: Mapping[str, Point]
    segments: tuple[tuple[str, str, str], ...]  # (segment name, from point, to point), drawn in this order


class Rig(Protocol):
    name: str

    @property
    def joints(self) -> Mapping[str, tuple[float, float]]:
        """Every joint angle the rig takes, with its human range in degrees (min, max)."""

    @property
    def frame(self) -> tuple[float, float, float, float]:
        """The area (x_min, y_min, x_max, y_max in metres) a canvas shows for this rig, props included."""

    def forward(self, pose: Mapping[str, float]) -> Skeleton:
        """Forward kinematics: the skeleton for a full pose (joint angles and the root keys)."""


class ReachingRig(Rig, Protocol):
    def reach(
        self, pose: Mapping[str, float], point: str, target: Point, skeleton: Skeleton | None = None
    ) -> dict[str, float] | None:
        """The pose with the limb that ends in point bent so that point lands on target (as near as it can);
        None when point does not end a limb this rig can bend. skeleton, when given, is forward(pose)."""
