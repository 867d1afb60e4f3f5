"""One step up or down from a prescription: its size, and the range each level allows.

An exercise with a hold changes its hold; any other exercise changes its repetitions. Sets change only at a
level change, and never go up (a new level keeps the sets the person already does).

- Step size: max(1, 10 % of the current value, rounded half up); never more than max(1, 15 % rounded up).
- Top of a level's range: repetitions up to 150 % of the catalogue's (at most 20, never fewer than the
  catalogue's); holds up to twice the catalogue's (at most 60 s). At the top the next step is the next
  level at its starting dose; at the top of the last level there is no next step.
- Floor of a level's range: repetitions down to 50 % of the catalogue's (at least 3, never above the
  starting dose); holds down to 5 s (or the catalogue's hold when shorter). At the floor the step down is
  the level below at its starting dose; at the floor of level 1 there is no step down.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from ledhalsa_desktop.core.catalogue import Exercise, Level
from ledhalsa_desktop.core.prescription import MIN_HOLD_SECONDS, Prescription, percent_of, starting_prescription

STEP_PERCENT = 10
MAX_STEP_PERCENT = 15
TOP_REPS_PERCENT = 150
TOP_REPS_CAP = 20
TOP_HOLD_PERCENT = 200
TOP_HOLD_CAP = 60
FLOOR_REPS_PERCENT = 50
MIN_FLOOR_REPS = 3


class Step(StrEnum):
    """What a change changed."""

    REPS = "reps"
    HOLD = "hold"
    LEVEL = "level"


def step_size(value: int) -> int:
    return max(1, percent_of(value, STEP_PERCENT))


def largest_step(value: int) -> int:
    """The most a single step may add: 15 % rounded up, or one."""
    return max(1, -(-value * MAX_STEP_PERCENT // 100))


def top_of_range(level: Level) -> int:
    """The most repetitions (or, for a hold, seconds of hold) at this level."""
    dose = level.dose
    if dose.is_hold:
        return max(dose.hold_seconds, min(TOP_HOLD_CAP, percent_of(dose.hold_seconds, TOP_HOLD_PERCENT)))
    return max(dose.reps, min(TOP_REPS_CAP, percent_of(dose.reps, TOP_REPS_PERCENT)))


def floor_of_range(exercise: Exercise, level_number: int) -> int:
    """The fewest repetitions (or, for a hold, seconds of hold) at this level."""
    dose = exercise.level(level_number).dose
    start = starting_prescription(exercise, level_number)
    if dose.is_hold:
        return min(start.hold_seconds, MIN_HOLD_SECONDS)
    return min(start.reps, max(MIN_FLOOR_REPS, percent_of(dose.reps, FLOOR_REPS_PERCENT)))


def varied(prescription: Prescription, level: Level) -> tuple[Step, int]:
    """Which part of the dose steps up and down at this level, and its value now."""
    if level.dose.is_hold:
        return Step.HOLD, prescription.hold_seconds
    return Step.REPS, prescription.reps


def with_value(prescription: Prescription, step: Step, value: int) -> Prescription:
    if step is Step.HOLD:
        return replace(prescription, hold_seconds=value)
    return replace(prescription, reps=value)


def step_up(prescription: Prescription, exercise: Exercise) -> tuple[Prescription, Step] | None:
    """One step harder, or None at the top of the last level."""
    level = exercise.level(prescription.level)
    step, value = varied(prescription, level)
    top = top_of_range(level)
    if value < top:
        return with_value(prescription, step, min(top, value + step_size(value))), step
    harder = exercise.harder(prescription.level)
    if harder is None:
        return None
    return starting_prescription(exercise, harder.number, sets=prescription.sets), Step.LEVEL


def step_down(prescription: Prescription, exercise: Exercise) -> tuple[Prescription, Step] | None:
    """One step easier, or None at the floor of level 1."""
    step, value = varied(prescription, exercise.level(prescription.level))
    floor = floor_of_range(exercise, prescription.level)
    if value > floor:
        return with_value(prescription, step, max(floor, value - step_size(value))), step
    easier = exercise.easier(prescription.level)
    if easier is None:
        return None
    return starting_prescription(exercise, easier.number, sets=prescription.sets), Step.LEVEL
