"""The personal program: what the assessment tells it, the exercises chosen for it, and its calendar.

`build_program` is deterministic: the same inputs and catalogue always give the same program. Everyone
starts at level 1, except that level 2 is the start for someone who reports little difficulty
(function score 70 or more), whose chair-stand result is within or above the norm and whose pain now is
3 or less. The choice of exercises and the fitting into 15–20 minutes are in `exercise_choice`; the doses
in `prescription`; the calendar in `schedule`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar

from ledhalsa_desktop.core import schedule
from ledhalsa_desktop.core.catalogue import Catalogue, Category, Joint
from ledhalsa_desktop.core.exercise_choice import Planned, choose_exercises, fit_session
from ledhalsa_desktop.core.norms import NormGrade
from ledhalsa_desktop.core.prescription import (
    Prescription,
    estimated_minutes,
    estimated_seconds,
    starting_prescription,
)
from ledhalsa_desktop.core.schedule import DEFAULT_TRAINING_DAYS, PROGRAM_WEEKS, RETEST_WEEKS, TRAINING_DAYS_RANGE

__all__ = [
    "DEFAULT_TRAINING_DAYS",
    "PROGRAM_WEEKS",
    "RETEST_WEEKS",
    "InvalidProgramInputs",
    "Prescription",
    "Program",
    "ProgramExercise",
    "ProgramInputs",
    "WhyReason",
    "build_program",
    "estimated_minutes",
    "estimated_seconds",
    "starting_level",
]

FUNCTION_SCORE_RANGE = (0, 100)
PAIN_RANGE = (0, 10)
LEVEL_TWO_MIN_FUNCTION = 70
LEVEL_TWO_MAX_PAIN = 3
LEVEL_TWO_CHAIR_STAND = (NormGrade.WITHIN, NormGrade.ABOVE)
HIGHEST_START_LEVEL = 2


class InvalidProgramInputs(ValueError):
    """An input the program cannot be built from; `field` names it."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


class WhyReason(StrEnum):
    """Why an exercise is in the program; the UI writes one sentence for each."""

    WARM_UP = "warm_up"
    CORE_STABILITY = "core_stability"
    POSTURAL_ORIENTATION = "postural_orientation"
    STRENGTH = "strength"
    FUNCTIONAL = "functional"
    HAND_MOBILITY = "hand_mobility"
    GRIP_STRENGTH = "grip_strength"
    THUMB = "thumb"
    FINE_MOTOR = "fine_motor"


WHY_FOR_CATEGORY: dict[Category, WhyReason] = {
    Category.WARM_UP: WhyReason.WARM_UP,
    Category.CORE_STABILITY: WhyReason.CORE_STABILITY,
    Category.POSTURAL_ORIENTATION: WhyReason.POSTURAL_ORIENTATION,
    Category.STRENGTH: WhyReason.STRENGTH,
    Category.FUNCTIONAL: WhyReason.FUNCTIONAL,
    Category.MOBILITY: WhyReason.HAND_MOBILITY,
    Category.GRIP_STRENGTH: WhyReason.GRIP_STRENGTH,
    Category.THUMB: WhyReason.THUMB,
    Category.FINE_MOTOR: WhyReason.FINE_MOTOR,
}


@dataclass(frozen=True)
class ProgramInputs:
    joints: tuple[Joint, ...]  # most bothersome first
    function_score: int  # 0–100, 100 = no difficulty
    chair_stand: NormGrade | None  # None = skipped, or the arms were needed
    pain_now: int  # 0–10
    start_date: date
    training_days: tuple[int, ...] = DEFAULT_TRAINING_DAYS  # weekday numbers, 0 = Monday

    def __post_init__(self) -> None:
        joints = tuple(self.joints) if isinstance(self.joints, tuple | list) else None
        if not joints:
            raise InvalidProgramInputs("joints", "needs at least one affected joint")
        if any(joint not in tuple(Joint) for joint in joints):
            raise InvalidProgramInputs("joints", f"must be among {', '.join(Joint)}, is {joints!r}")
        if len(set(joints)) != len(joints):
            raise InvalidProgramInputs("joints", "names a joint twice")
        object.__setattr__(self, "joints", tuple(Joint(joint) for joint in joints))
        _check_whole_number("function_score", self.function_score, FUNCTION_SCORE_RANGE)
        if self.chair_stand is not None:
            if self.chair_stand not in tuple(NormGrade):
                raise InvalidProgramInputs("chair_stand", f"must be a NormGrade or None, is {self.chair_stand!r}")
            object.__setattr__(self, "chair_stand", NormGrade(self.chair_stand))
        _check_whole_number("pain_now", self.pain_now, PAIN_RANGE)
        if type(self.start_date) is not date:
            raise InvalidProgramInputs("start_date", f"must be a date, is {self.start_date!r}")
        _check_training_days(self.training_days)
        object.__setattr__(self, "training_days", tuple(self.training_days))


def _check_whole_number(field: str, value: object, allowed: tuple[int, int]) -> None:
    low, high = allowed
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidProgramInputs(field, f"must be a whole number from {low} to {high}, is {value!r}")


def _check_training_days(days: object) -> None:
    low, high = TRAINING_DAYS_RANGE
    if not isinstance(days, tuple | list) or any(isinstance(day, bool) or not isinstance(day, int) for day in days):
        raise InvalidProgramInputs("training_days", f"must be weekday numbers 0–6, is {days!r}")
    if any(not 0 <= day <= 6 for day in days):
        raise InvalidProgramInputs("training_days", f"weekday numbers go from 0 (Monday) to 6 (Sunday), is {days!r}")
    if list(days) != sorted(set(days)):
        raise InvalidProgramInputs("training_days", f"must be sorted, each day once, is {days!r}")
    if not low <= len(days) <= high:
        raise InvalidProgramInputs("training_days", f"needs {low} to {high} days, has {len(days)}")


@dataclass(frozen=True)
class ProgramExercise:
    exercise_id: str
    joint: Joint  # the most bothersome affected joint it serves
    category: Category
    why: WhyReason
    start: Prescription


@dataclass(frozen=True)
class Program:
    inputs: ProgramInputs
    exercises: tuple[ProgramExercise, ...]  # in session order

    PROGRAM_WEEKS: ClassVar[int] = PROGRAM_WEEKS
    RETEST_WEEKS: ClassVar[tuple[int, ...]] = RETEST_WEEKS

    @property
    def start_date(self) -> date:
        return self.inputs.start_date

    @property
    def training_days(self) -> tuple[int, ...]:
        return self.inputs.training_days

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        return tuple(item.exercise_id for item in self.exercises)

    def exercise(self, exercise_id: str) -> ProgramExercise:
        for item in self.exercises:
            if item.exercise_id == exercise_id:
                return item
        raise KeyError(f"{exercise_id} is not in the program")

    def start_prescriptions(self) -> tuple[Prescription, ...]:
        return tuple(item.start for item in self.exercises)

    def week_of(self, day: date) -> int:
        return schedule.week_of(self.start_date, day)

    @staticmethod
    def is_maintenance(week: int) -> bool:
        return schedule.is_maintenance(week)

    def sessions_planned(self, week: int) -> int:
        return schedule.sessions_planned(week, self.training_days)

    def planned_dates(self, week: int) -> tuple[date, ...]:
        return schedule.planned_dates(self.start_date, self.training_days, week)

    def next_planned_date(self, today: date, done: Collection[date]) -> date:
        return schedule.next_planned_date(self.start_date, self.training_days, today, done)

    def retest_due(self, today: date, retests_done: Collection[int]) -> int | None:
        return schedule.retest_due(self.start_date, today, retests_done)


def starting_level(inputs: ProgramInputs) -> int:
    fit = (
        inputs.function_score >= LEVEL_TWO_MIN_FUNCTION
        and inputs.chair_stand in LEVEL_TWO_CHAIR_STAND
        and inputs.pain_now <= LEVEL_TWO_MAX_PAIN
    )
    return HIGHEST_START_LEVEL if fit else 1


def build_program(inputs: ProgramInputs, catalogue: Catalogue) -> Program:
    choices = choose_exercises(inputs.joints, catalogue)
    if not choices:
        raise InvalidProgramInputs("joints", f"the catalogue has no exercises for {', '.join(inputs.joints)}")
    level = starting_level(inputs)
    planned = [
        Planned(choice, starting_prescription(choice.exercise, min(level, len(choice.exercise.levels))))
        for choice in choices
    ]
    return Program(
        inputs=inputs,
        exercises=tuple(
            ProgramExercise(
                exercise_id=item.choice.exercise.id,
                joint=item.choice.joint,
                category=item.choice.exercise.category,
                why=WHY_FOR_CATEGORY[item.choice.exercise.category],
                start=item.prescription,
            )
            for item in fit_session(planned, catalogue)
        ),
    )
