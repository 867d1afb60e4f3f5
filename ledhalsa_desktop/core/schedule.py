"""The program's calendar: 7-day weeks counted from the start date, sessions a week, retests and maintenance.

Week 1 is the start date and the six days after it, whatever weekday the program starts on. Weeks 1–2 have
2 sessions, weeks 3–12 have 3, and after week 12 the program goes on as maintenance with 2 a week; never
more than the number of training days. A week's sessions fall on its first training days.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

PROGRAM_WEEKS = 12
RETEST_WEEKS: tuple[int, ...] = (6, 12)
DEFAULT_TRAINING_DAYS: tuple[int, ...] = (0, 2, 4)  # Monday, Wednesday, Friday
TRAINING_DAYS_RANGE = (2, 7)
STARTING_WEEKS = 2
SESSIONS_WHILE_STARTING = 2
SESSIONS_IN_PROGRAM = 3
SESSIONS_IN_MAINTENANCE = 2
DAYS_A_WEEK = 7


def week_of(start: date, day: date) -> int:
    """1-based week of the program; days before the start are in week 0."""
    if day < start:
        return 0
    return (day - start).days // DAYS_A_WEEK + 1


def is_maintenance(week: int) -> bool:
    return week > PROGRAM_WEEKS


def sessions_planned(week: int, training_days: Collection[int]) -> int:
    if week < 1:
        return 0
    if week <= STARTING_WEEKS:
        wanted = SESSIONS_WHILE_STARTING
    elif is_maintenance(week):
        wanted = SESSIONS_IN_MAINTENANCE
    else:
        wanted = SESSIONS_IN_PROGRAM
    return min(wanted, len(training_days))


def planned_dates(start: date, training_days: Collection[int], week: int) -> tuple[date, ...]:
    if week < 1:
        return ()
    first = start + timedelta(days=DAYS_A_WEEK * (week - 1))
    block = (first + timedelta(days=offset) for offset in range(DAYS_A_WEEK))
    days = tuple(day for day in block if day.weekday() in training_days)
    return days[: sessions_planned(week, training_days)]


def next_planned_date(start: date, training_days: Collection[int], today: date, done: Collection[date]) -> date:
    """The first planned date from today on that has no session yet."""
    week = max(1, week_of(start, today))
    while True:
        for day in planned_dates(start, training_days, week):
            if day >= today and day not in done:
                return day
        week += 1


def retest_due(start: date, today: date, retests_done: Collection[int]) -> int | None:
    """The latest retest week that has begun, unless it is done; a missed retest gives way to the next one."""
    week = week_of(start, today)
    begun = [retest for retest in RETEST_WEEKS if retest <= week]
    if not begun or begun[-1] in retests_done:
        return None
    return begun[-1]
