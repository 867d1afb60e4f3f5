"""Age and sex norms for the function tests, and how to read a change between two tests.

30-second chair stand: Rikli & Jones 1999, the 25th–75th percentile of full stands by age band and sex.
Single-leg stance with eyes open: Springer 2007, the mean hold by age band.
A chair-stand change of fewer than 3 stands is within the test's measurement error (Ho-Henriksson 2024).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ledhalsa_desktop.core.profile import Sex

CHAIR_STAND_SECONDS = 30
MAX_CHAIR_STANDS = 60
BALANCE_LIMIT_SECONDS = 30
CERTAIN_CHANGE_STANDS = 3
LOW_FUNCTION_STANDS = 8


class NormGrade(StrEnum):
    BELOW = "below"
    WITHIN = "within"
    ABOVE = "above"


class Change(StrEnum):
    BETTER = "better"
    NO_CERTAIN_CHANGE = "no_certain_change"
    WORSE = "worse"


@dataclass(frozen=True)
class NormRange:
    """The normal range (25th to 75th percentile) for one age band; `low` and `high` are included."""

    first_age: int
    last_age: int
    low: int
    high: int

    def grade(self, value: int) -> NormGrade:
        if value < self.low:
            return NormGrade.BELOW
        if value > self.high:
            return NormGrade.ABOVE
        return NormGrade.WITHIN


# (first age, last age, women low, women high, men low, men high)
_CHAIR_STAND_TABLE: tuple[tuple[int, int, int, int, int, int], ...] = (
    (60, 64, 12, 17, 14, 19),
    (65, 69, 11, 16, 12, 18),
    (70, 74, 10, 15, 12, 17),
    (75, 79, 10, 15, 11, 17),
    (80, 84, 9, 14, 10, 15),
    (85, 89, 8, 13, 8, 14),
    (90, 94, 4, 11, 7, 12),
)
NORM_FIRST_AGE = _CHAIR_STAND_TABLE[0][0]
NORM_LAST_AGE = _CHAIR_STAND_TABLE[-1][1]

# (first age, last age or None for "and older", mean seconds)
_BALANCE_TABLE: tuple[tuple[int, int | None, int], ...] = (
    (40, 49, 40),
    (50, 59, 37),
    (60, 69, 27),
    (70, 79, 15),
    (80, None, 6),
)


def chair_stand_norm(age: int, sex: Sex | None) -> NormRange:
    """The normal range for the age band; people younger or older than the table get its nearest band.

    Without a sex (not given, or "rather not say") the range spans both: the lower low and the higher high.
    """
    band = min(max(age, NORM_FIRST_AGE), NORM_LAST_AGE)
    for first, last, women_low, women_high, men_low, men_high in _CHAIR_STAND_TABLE:
        if first <= band <= last:
            if sex is Sex.FEMALE:
                return NormRange(first, last, women_low, women_high)
            if sex is Sex.MALE:
                return NormRange(first, last, men_low, men_high)
            return NormRange(first, last, min(women_low, men_low), max(women_high, men_high))
    raise AssertionError("the table covers every clamped age")


def grade_chair_stand(stands: int, age: int, sex: Sex | None) -> NormGrade:
    return chair_stand_norm(age, sex).grade(stands)


def compare_chair_stands(before: int, after: int) -> Change:
    difference = after - before
    if abs(difference) < CERTAIN_CHANGE_STANDS:
        return Change.NO_CERTAIN_CHANGE
    return Change.BETTER if difference > 0 else Change.WORSE


def balance_mean_seconds(age: int) -> int:
    """The average single-leg stance for the age (people under 40 get the 40–49 figure)."""
    for _first, last, seconds in _BALANCE_TABLE:
        if last is None or age <= last:
            return seconds
    raise AssertionError("the last band has no upper age")


def age_on(birth_year: int, year: int) -> int:
    """The age reached during `year` (the program asks for a birth year, not a birthday)."""
    return year - birth_year
