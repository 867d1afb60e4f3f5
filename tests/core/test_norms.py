"""Chair-stand and balance norms: every row of the tables and its edges, and the change rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledhalsa_desktop.core.norms import (
    Change,
    NormGrade,
    NormRange,
    balance_mean_seconds,
    chair_stand_norm,
    compare_chair_stands,
    grade_chair_stand,
)
from ledhalsa_desktop.core.profile import Sex

# age band, women's range, men's range (Rikli & Jones 1999, as in CLINICAL.md)
TABLE = [
    ((60, 64), (12, 17), (14, 19)),
    ((65, 69), (11, 16), (12, 18)),
    ((70, 74), (10, 15), (12, 17)),
    ((75, 79), (10, 15), (11, 17)),
    ((80, 84), (9, 14), (10, 15)),
    ((85, 89), (8, 13), (8, 14)),
    ((90, 94), (4, 11), (7, 12)),
]


@pytest.mark.parametrize(("ages", "women", "men"), TABLE)
def test_every_row_at_both_ends_of_its_age_band(ages, women, men) -> None:  # noqa: ANN001
    for age in ages:
        assert (chair_stand_norm(age, Sex.FEMALE).low, chair_stand_norm(age, Sex.FEMALE).high) == women
        assert (chair_stand_norm(age, Sex.MALE).low, chair_stand_norm(age, Sex.MALE).high) == men


@pytest.mark.parametrize(("ages", "women", "men"), TABLE)
def test_grades_at_the_edges_of_each_range(ages, women, men) -> None:  # noqa: ANN001
    for sex, (low, high) in ((Sex.FEMALE, women), (Sex.MALE, men)):
        age = ages[0]
        assert grade_chair_stand(low - 1, age, sex) is NormGrade.BELOW
        assert grade_chair_stand(low, age, sex) is NormGrade.WITHIN
        assert grade_chair_stand(high, age, sex) is NormGrade.WITHIN
        assert grade_chair_stand(high + 1, age, sex) is NormGrade.ABOVE


@pytest.mark.parametrize(("ages", "women", "men"), TABLE)
@pytest.mark.parametrize("sex", [None, Sex.UNSPECIFIED])
def test_without_a_sex_the_range_spans_both(ages, women, men, sex) -> None:  # noqa: ANN001
    norm = chair_stand_norm(ages[1], sex)
    assert (norm.low, norm.high) == (min(women[0], men[0]), max(women[1], men[1]))


def test_ages_outside_the_table_use_the_nearest_band() -> None:
    assert chair_stand_norm(45, Sex.FEMALE) == NormRange(60, 64, 12, 17)
    assert chair_stand_norm(59, Sex.MALE) == NormRange(60, 64, 14, 19)
    assert chair_stand_norm(99, Sex.FEMALE) == NormRange(90, 94, 4, 11)


def test_zero_stands_is_below_every_range() -> None:
    for age in range(40, 101):
        for sex in (Sex.FEMALE, Sex.MALE, None):
            assert grade_chair_stand(0, age, sex) is NormGrade.BELOW


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        (10, 12, Change.NO_CERTAIN_CHANGE),
        (10, 13, Change.BETTER),
        (10, 8, Change.NO_CERTAIN_CHANGE),
        (10, 7, Change.WORSE),
        (10, 10, Change.NO_CERTAIN_CHANGE),
    ],
)
def test_fewer_than_three_stands_is_no_certain_change(before: int, after: int, change: Change) -> None:
    assert compare_chair_stands(before, after) is change


@given(st.integers(0, 60), st.integers(0, 60))
def test_change_is_symmetric(before: int, after: int) -> None:
    forward, backward = compare_chair_stands(before, after), compare_chair_stands(after, before)
    assert (forward is Change.NO_CERTAIN_CHANGE) == (backward is Change.NO_CERTAIN_CHANGE)


@pytest.mark.parametrize(
    ("age", "seconds"),
    [(30, 40), (40, 40), (49, 40), (50, 37), (59, 37), (60, 27), (69, 27), (70, 15), (79, 15), (80, 6), (95, 6)],
)
def test_balance_means_by_age(age: int, seconds: int) -> None:
    assert balance_mean_seconds(age) == seconds
