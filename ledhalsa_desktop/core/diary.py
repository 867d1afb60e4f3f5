"""The pain diary: what an entry holds, how it is checked, and the numbers behind its chart and summary.

An entry belongs to the person's local calendar day and a local time of day (hours and minutes); several
entries a day are fine. Checking returns every problem at once as codes; the UI words each one next to its
field. The chart and the summary work on daily values (the mean of a day's entries for a joint), which the
database computes; the Python here is the reference those SQL queries are tested against.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from enum import StrEnum
from types import MappingProxyType

from ledhalsa_desktop.core.assessment import PAIN_RANGE
from ledhalsa_desktop.core.catalogue import JOINTS, Joint

MAX_NOTE_LENGTH = 1000
MAX_MEDICINE_NOTE_LENGTH = 200
EARLIEST_DAY = date(2000, 1, 1)  # an earlier day is a typing mistake, not a diary entry
WEEK_DAYS = 7


class Stiffness(StrEnum):
    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class Medicine(StrEnum):
    NONE = "none"
    PARACETAMOL = "paracetamol"
    ANTI_INFLAMMATORY = "anti_inflammatory"
    OTHER = "other"


STIFFNESS: tuple[Stiffness, ...] = tuple(Stiffness)
MEDICINES: tuple[Medicine, ...] = tuple(Medicine)


class Problem(StrEnum):
    """What can be wrong with an entry; the UI says each in a sentence next to its field."""

    FUTURE_DAY = "future_day"
    DAY_TOO_EARLY = "day_too_early"
    NO_PAIN = "no_pain"
    PAIN_OUT_OF_RANGE = "pain_out_of_range"
    MEDICINE_NOTE_WITHOUT_OTHER = "medicine_note_without_other"
    MEDICINE_NOTE_TOO_LONG = "medicine_note_too_long"
    NOTE_TOO_LONG = "note_too_long"


class Field(StrEnum):
    """The parts of the form a problem belongs to."""

    DAY = "day"
    PAIN = "pain"
    MEDICINE = "medicine"
    NOTE = "note"


PROBLEM_FIELD: Mapping[Problem, Field] = MappingProxyType(
    {
        Problem.FUTURE_DAY: Field.DAY,
        Problem.DAY_TOO_EARLY: Field.DAY,
        Problem.NO_PAIN: Field.PAIN,
        Problem.PAIN_OUT_OF_RANGE: Field.PAIN,
        Problem.MEDICINE_NOTE_WITHOUT_OTHER: Field.MEDICINE,
        Problem.MEDICINE_NOTE_TOO_LONG: Field.MEDICINE,
        Problem.NOTE_TOO_LONG: Field.NOTE,
    }
)


class InvalidEntry(ValueError):
    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(", ".join(self.problems))


@dataclass(frozen=True)
class DiaryEntry:
    day: date  # the local calendar day
    time: time  # local, hours and minutes
    pains: Mapping[Joint, int]  # 0–10 for each joint written about, at least one
    stiffness: Stiffness | None = None  # None: not answered
    sleep_disturbed: bool | None = None  # None: not answered
    medicine: Medicine = Medicine.NONE
    medicine_note: str = ""  # what was taken, only with Medicine.OTHER
    flare: bool = False
    note: str = ""

    @property
    def joints(self) -> tuple[Joint, ...]:
        """The joints written about, in the catalogue's order (knee, hip, hand)."""
        return tuple(joint for joint in JOINTS if joint in self.pains)


@dataclass(frozen=True)
class StoredEntry:
    id: int
    entry: DiaryEntry


def tidy_note(text: str) -> str:
    """Runs of spaces become one, each line is trimmed, and at most one empty line is kept between paragraphs."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def tidy_line(text: str) -> str:
    """One line: every run of spaces and line breaks becomes one space."""
    return " ".join(text.split())


def tidy_entry(entry: DiaryEntry) -> DiaryEntry:
    """The entry as it is stored: notes tidied, the time to the minute, the pains in a fixed order."""
    return replace(
        entry,
        time=time(entry.time.hour, entry.time.minute),
        pains=MappingProxyType(
            {joint: entry.pains[joint] for joint in entry.joints}
            | {key: value for key, value in entry.pains.items() if key not in JOINTS}  # refused by the check
        ),
        medicine_note=tidy_line(entry.medicine_note),
        note=tidy_note(entry.note),
    )


def problems_of(entry: DiaryEntry, today: date) -> tuple[Problem, ...]:
    """Every problem with the entry as given (tidy it first), empty when it can be stored."""
    problems: list[Problem] = []
    if entry.day > today:
        problems.append(Problem.FUTURE_DAY)
    elif entry.day < EARLIEST_DAY:
        problems.append(Problem.DAY_TOO_EARLY)
    low, high = PAIN_RANGE
    if not entry.pains:
        problems.append(Problem.NO_PAIN)
    elif any(
        not isinstance(joint, Joint) or isinstance(pain, bool) or not isinstance(pain, int) or not low <= pain <= high
        for joint, pain in entry.pains.items()
    ):
        problems.append(Problem.PAIN_OUT_OF_RANGE)
    if entry.medicine_note and entry.medicine is not Medicine.OTHER:
        problems.append(Problem.MEDICINE_NOTE_WITHOUT_OTHER)
    if len(entry.medicine_note) > MAX_MEDICINE_NOTE_LENGTH:
        problems.append(Problem.MEDICINE_NOTE_TOO_LONG)
    if len(entry.note) > MAX_NOTE_LENGTH:
        problems.append(Problem.NOTE_TOO_LONG)
    return tuple(problems)


def check_entry(entry: DiaryEntry, today: date) -> tuple[Problem, ...]:
    """Every problem with the entry once tidied (lengths count what would be stored); empty when it is fine."""
    return problems_of(tidy_entry(entry), today)


def checked_entry(entry: DiaryEntry, today: date) -> DiaryEntry:
    """The tidied entry, or InvalidEntry naming every problem."""
    tidied = tidy_entry(entry)
    problems = problems_of(tidied, today)
    if problems:
        raise InvalidEntry(problems)
    return tidied


# The chart and the summary


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class ChartRange(StrEnum):
    FOUR_WEEKS = "4w"
    TWELVE_WEEKS = "12w"
    ALL = "all"


RANGE_DAYS: Mapping[ChartRange, int] = MappingProxyType({ChartRange.FOUR_WEEKS: 28, ChartRange.TWELVE_WEEKS: 84})
DAILY_UP_TO_DAYS = 42  # a longer range is drawn as weekly means
WEEKLY_UP_TO_DAYS = 2 * 365  # and a longer one still as monthly means


@dataclass(frozen=True)
class PainMean:
    """The mean pain of one joint over a period: a day (the mean of its entries), a week or a month.

    A week's or a month's mean is the mean of its daily values, so a day with three entries counts once;
    `days` is how many days had an entry for the joint.
    """

    start: date
    joint: Joint
    mean: float
    days: int = 1


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    granularity: Granularity


def chart_period(chart_range: ChartRange, today: date, first_day: date | None) -> Period:
    """The days a range covers, ending today, and how finely it is drawn."""
    if chart_range is ChartRange.ALL:
        start = min(first_day or today, today)
        start = min(start, today - timedelta(days=RANGE_DAYS[ChartRange.FOUR_WEEKS] - 1))
    else:
        start = today - timedelta(days=RANGE_DAYS[chart_range] - 1)
    return Period(start, today, granularity_for((today - start).days + 1))


def granularity_for(days: int) -> Granularity:
    if days <= DAILY_UP_TO_DAYS:
        return Granularity.DAY
    if days <= WEEKLY_UP_TO_DAYS:
        return Granularity.WEEK
    return Granularity.MONTH


def period_start(day: date, granularity: Granularity) -> date:
    """The first day of the day's period: itself, its week's Monday, or the first of its month."""
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    return day


def daily_means(entries: Iterable[DiaryEntry]) -> list[PainMean]:
    """Each day's mean pain per joint, by day then joint (the database's daily query does the same)."""
    pains: dict[tuple[date, Joint], list[int]] = defaultdict(list)
    for entry in entries:
        for joint, pain in entry.pains.items():
            pains[(entry.day, joint)].append(pain)
    return [
        PainMean(day, joint, sum(values) / len(values), 1)
        for (day, joint), values in sorted(pains.items(), key=lambda item: (item[0][0], JOINTS.index(item[0][1])))
    ]


def period_means(daily: Iterable[PainMean], granularity: Granularity) -> list[PainMean]:
    """Weekly or monthly means of daily values, by period then joint; daily values are returned as they are."""
    rows = list(daily)
    if granularity is Granularity.DAY:
        return sorted(rows, key=lambda row: (row.start, JOINTS.index(row.joint)))
    grouped: dict[tuple[date, Joint], list[float]] = defaultdict(list)
    for row in rows:
        grouped[(period_start(row.start, granularity), row.joint)].append(row.mean)
    return [
        PainMean(start, joint, sum(values) / len(values), len(values))
        for (start, joint), values in sorted(grouped.items(), key=lambda item: (item[0][0], JOINTS.index(item[0][1])))
    ]


@dataclass(frozen=True)
class JointSummary:
    """How a joint's pain went over the range: the mean of its first week with entries and of its last week.

    `compared` is False when all the entries fit in one week, so there is only one mean to tell (`last`).
    """

    joint: Joint
    first: float
    last: float
    compared: bool = True

    @property
    def first_rounded(self) -> int:
        return rounded(self.first)

    @property
    def last_rounded(self) -> int:
        return rounded(self.last)


def rounded(value: float) -> int:
    """Half up, as people round (Python's round() would make 4.5 into 4)."""
    return math.floor(value + 0.5)


def summary_numbers(daily: Sequence[PainMean], joints: Sequence[Joint] | None = None) -> list[JointSummary]:
    """Per joint: the mean of the daily values in the first 7 days from its first entry, and in the last 7.

    The weeks are counted from the first and the last day with an entry for that joint, so a range that
    starts before the diary does still compares real weeks. Joints without entries are left out; `joints`
    gives the order (else the catalogue's).
    """
    by_joint: dict[Joint, list[PainMean]] = defaultdict(list)
    for row in daily:
        by_joint[row.joint].append(row)
    order = list(joints) if joints is not None else list(JOINTS)
    order += [joint for joint in JOINTS if joint not in order]
    found: list[JointSummary] = []
    for joint in order:
        rows = sorted(by_joint.get(joint, []), key=lambda row: row.start)
        if not rows:
            continue
        first_day, last_day = rows[0].start, rows[-1].start
        if (last_day - first_day).days < WEEK_DAYS:
            found.append(JointSummary(joint, _mean(rows), _mean(rows), compared=False))
            continue
        first = [row for row in rows if row.start < first_day + timedelta(days=WEEK_DAYS)]
        last = [row for row in rows if row.start > last_day - timedelta(days=WEEK_DAYS)]
        found.append(JointSummary(joint, _mean(first), _mean(last)))
    return found


def _mean(rows: Sequence[PainMean]) -> float:
    return sum(row.mean for row in rows) / len(rows)


@dataclass(frozen=True)
class Week:
    """An ISO week (Monday to Sunday), as the list groups entries."""

    year: int
    number: int
    monday: date

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)


def week_of(day: date) -> Week:
    year, number, _ = day.isocalendar()
    return Week(year, number, day - timedelta(days=day.weekday()))


def group_by_week(entries: Iterable[StoredEntry]) -> list[tuple[Week, list[StoredEntry]]]:
    """Entries grouped by ISO week (Monday to Sunday), newest week and newest entry first."""
    groups: dict[date, list[StoredEntry]] = defaultdict(list)
    for item in entries:
        groups[week_of(item.entry.day).monday].append(item)
    return [
        (
            week_of(monday),
            sorted(groups[monday], key=lambda item: (item.entry.day, item.entry.time, item.id), reverse=True),
        )
        for monday in sorted(groups, reverse=True)
    ]
