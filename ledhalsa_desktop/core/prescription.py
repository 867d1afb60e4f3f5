"""The part of an exercise's dose that the program changes, where each level starts, and how long a session takes.

Tempo and rest always come from the catalogue level; the program only sets the level, sets, repetitions and
hold. A first dose is lower than the catalogue's: at most 2 sets, about 75 % of the repetitions (at least 3),
and for an exercise with a hold the same repetitions with about 75 % of the hold (at least 5 s, never more
than the catalogue's).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ledhalsa_desktop.core.catalogue import Catalogue, Dose, Exercise, Level

MAX_START_SETS = 2
START_PERCENT = 75
MIN_START_REPS = 3
MIN_HOLD_SECONDS = 5
CHANGEOVER_SECONDS = 30


def percent_of(value: int, percent: int) -> int:
    """`percent` % of `value`, rounded half up, in whole numbers (no float rounding surprises)."""
    return (value * percent + 50) // 100


@dataclass(frozen=True)
class Prescription:
    exercise_id: str
    level: int
    sets: int
    reps: int  # for an exercise with a hold, the number of holds
    hold_seconds: int  # 0 when nothing is held

    def level_in(self, catalogue: Catalogue) -> Level:
        return catalogue.by_id[self.exercise_id].level(self.level)

    def dose_in(self, level: Level) -> Dose:
        """The level's dose with this prescription's sets, repetitions and hold."""
        return replace(
            level.dose, sets=self.sets, reps=self.reps, hold_seconds=self.hold_seconds, tempo_hold=self.hold_seconds
        )

    def dose(self, catalogue: Catalogue) -> Dose:
        return self.dose_in(self.level_in(catalogue))


def starting_prescription(exercise: Exercise, level_number: int, *, sets: int | None = None) -> Prescription:
    """The first dose at a level; `sets` (when given) caps the sets, so that a change of level changes nothing else."""
    dose = exercise.level(level_number).dose
    start_sets = min(dose.sets, MAX_START_SETS, sets if sets is not None else dose.sets)
    if dose.is_hold:
        reps = dose.reps
        hold = min(dose.hold_seconds, max(MIN_HOLD_SECONDS, percent_of(dose.hold_seconds, START_PERCENT)))
    else:
        reps = min(dose.reps, max(MIN_START_REPS, percent_of(dose.reps, START_PERCENT)))
        hold = 0
    return Prescription(exercise.id, level_number, start_sets, reps, hold)


def exercise_seconds(prescription: Prescription, catalogue: Catalogue) -> int:
    """One exercise as `Level.estimated_seconds` counts it, plus the changeover to the next one."""
    level = prescription.level_in(catalogue)
    return replace(level, dose=prescription.dose_in(level)).estimated_seconds + CHANGEOVER_SECONDS


def estimated_seconds(prescriptions: Iterable[Prescription], catalogue: Catalogue) -> int:
    return sum(exercise_seconds(prescription, catalogue) for prescription in prescriptions)


def estimated_minutes(prescriptions: Iterable[Prescription], catalogue: Catalogue) -> int:
    """The session's length in whole minutes, rounded half up."""
    return (estimated_seconds(prescriptions, catalogue) + 30) // 60
