"""Step sizes and each level's range: about 10 % a step, never more than 15 %, between a floor and a top."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledhalsa_desktop.content import catalogue as real_catalogue
from ledhalsa_desktop.core.dose_steps import (
    Step,
    floor_of_range,
    largest_step,
    step_down,
    step_size,
    step_up,
    top_of_range,
)
from ledhalsa_desktop.core.prescription import Prescription, starting_prescription


@pytest.mark.parametrize(
    ("value", "size"), [(1, 1), (3, 1), (9, 1), (14, 1), (15, 2), (20, 2), (24, 2), (25, 3), (60, 6)]
)
def test_a_step_is_ten_per_cent_rounded_half_up_and_at_least_one(value: int, size: int) -> None:
    assert step_size(value) == size


@given(st.integers(1, 200))
def test_a_step_never_adds_more_than_fifteen_per_cent_or_one(value: int) -> None:
    assert 1 <= step_size(value) <= largest_step(value)
    assert largest_step(value) == max(1, -(-value * 15 // 100))


@pytest.mark.parametrize(
    ("exercise_id", "level", "top", "floor"),
    [
        ("sit_to_stand", 1, 12, 4),  # 8 repetitions: up to 12, down to 4
        ("marching", 1, 15, 5),  # 10 repetitions: up to 15, down to 5
        ("thumb_opposition", 1, 8, 3),  # 5 repetitions: 7.5 rounds to 8; the floor is never below 3
        ("single_leg_stance", 1, 20, 5),  # a 10 s hold: up to 20 s, down to 5 s
        ("mini_squat", 3, 10, 5),  # a 5 s hold
        ("sit_to_stand", 4, 6, 3),  # a 3 s hold: the floor is the hold itself
    ],
)
def test_top_and_floor_of_a_levels_range(exercise_id: str, level: int, top: int, floor: int) -> None:
    exercise = real_catalogue().by_id[exercise_id]
    assert top_of_range(exercise.level(level)) == top
    assert floor_of_range(exercise, level) == floor


def test_every_starting_dose_lies_between_floor_and_top() -> None:
    for exercise in real_catalogue():
        for level in exercise.levels:
            start = starting_prescription(exercise, level.number)
            value = start.hold_seconds if level.dose.is_hold else start.reps
            assert floor_of_range(exercise, level.number) <= value <= top_of_range(level) <= 60


def test_steps_up_change_only_repetitions_or_only_the_hold() -> None:
    catalogue = real_catalogue()
    assert step_up(Prescription("sit_to_stand", 1, 2, 6, 0), catalogue.by_id["sit_to_stand"]) == (
        Prescription("sit_to_stand", 1, 2, 7, 0),
        Step.REPS,
    )
    assert step_up(Prescription("single_leg_stance", 1, 2, 2, 15), catalogue.by_id["single_leg_stance"]) == (
        Prescription("single_leg_stance", 1, 2, 2, 17),
        Step.HOLD,
    )
    assert step_up(Prescription("sit_to_stand", 1, 2, 11, 0), catalogue.by_id["sit_to_stand"]) == (
        Prescription("sit_to_stand", 1, 2, 12, 0),
        Step.REPS,
    )


def test_at_the_top_the_next_level_starts_at_its_starting_dose_with_the_same_sets() -> None:
    squat = real_catalogue().by_id["mini_squat"]
    assert step_up(Prescription("mini_squat", 1, 1, 12, 0), squat) == (
        Prescription("mini_squat", 2, 1, 6, 0),
        Step.LEVEL,
    )
    assert step_up(Prescription("mini_squat", 3, 2, 6, 10), squat) is None  # the top of the last level


def test_steps_down_to_the_floor_then_the_level_below_and_no_lower_than_level_one() -> None:
    squat = real_catalogue().by_id["mini_squat"]
    assert step_down(Prescription("mini_squat", 2, 2, 10, 0), squat) == (
        Prescription("mini_squat", 2, 2, 9, 0),
        Step.REPS,
    )
    assert step_down(Prescription("mini_squat", 2, 2, 4, 0), squat) == (
        Prescription("mini_squat", 1, 2, 6, 0),
        Step.LEVEL,
    )
    assert step_down(Prescription("mini_squat", 3, 2, 6, 6), squat) == (
        Prescription("mini_squat", 3, 2, 6, 5),
        Step.HOLD,
    )
    assert step_down(Prescription("mini_squat", 1, 2, 4, 0), squat) is None
