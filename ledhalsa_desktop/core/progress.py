"""Progress: pain now against the start, chair stands over time, and sessions done against planned.

Plain Python (no Qt, no SQL), over the assessment, the program's calendar and the days sessions were done.

- Pain: the start is the usual pain in the week before the first assessment (0–10). "Now" is the diary's
  average over the last 7 days when the diary has entries then, else over the last 28 days; without diary
  entries it is the usual pain given at the latest retest. A positive drop means less pain.
- Chair stands: each test against the age and sex norm of its day, and each retest against the start by
  the rule that a change of fewer than 3 stands is no certain change (core.norms).
- Sessions: for every program week so far, the sessions planned and the sessions done (a finished session
  where at least something was done). "Planned so far" counts the planned days before today, and today's
  too once a session is done today (a training day that is still ahead this evening is not yet missed).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ledhalsa_desktop.core.assessment import Assessment, AssessmentKind
from ledhalsa_desktop.core.norms import Change, NormGrade, NormRange, chair_stand_norm, compare_chair_stands
from ledhalsa_desktop.core.program import Program
from ledhalsa_desktop.core.progression import Completion

RECENT_DAYS = 7  # the diary's "now" is the average of this many days, like "the last week" at the assessment
FALLBACK_DAYS = 28  # when nothing was written in the last week
CHANGE_PRECISION = 1  # decimals kept in a drop in points


class PainSource(StrEnum):
    DIARY = "diary"
    RETEST = "retest"


class PainTrend(StrEnum):
    LESS = "less"  # at least one point less than at the start
    ABOUT_THE_SAME = "about_the_same"
    MORE = "more"  # at least one point more


@dataclass(frozen=True)
class PainNow:
    """The pain now on the 0–10 scale, where it comes from and the days it covers."""

    value: float
    source: PainSource
    first_day: date
    last_day: date
    days: int  # days with at least one value
    window_days: int | None = None  # the diary's window (7 or 28 days up to today); None for a retest


@dataclass(frozen=True)
class PainChange:
    start: int  # the usual pain in the week before the first assessment
    start_day: date
    now: PainNow | None  # None: no diary entries and no retest yet

    @property
    def drop(self) -> float | None:
        """Points less than at the start (negative: more pain), to one decimal."""
        if self.now is None:
            return None
        return round(self.start - self.now.value, CHANGE_PRECISION)

    @property
    def percent(self) -> int | None:
        """The drop as a whole per cent of the start; None when the start was 0 or there is no "now"."""
        drop = self.drop
        if drop is None or self.start == 0:
            return None
        return round(100 * drop / self.start)

    @property
    def trend(self) -> PainTrend | None:
        drop = self.drop
        if drop is None:
            return None
        if drop >= 1:
            return PainTrend.LESS
        if drop <= -1:
            return PainTrend.MORE
        return PainTrend.ABOUT_THE_SAME


def recent_pain(
    daily: Mapping[date, float], today: date, *, days: int = RECENT_DAYS, fallback_days: int = FALLBACK_DAYS
) -> PainNow | None:
    """The diary's average pain over the last `days` days up to today (each day weighs the same), or over the
    last `fallback_days` when the shorter window is empty; None when both are empty."""
    for window in (days, fallback_days):
        first = today - timedelta(days=window - 1)
        values = [(day, value) for day, value in daily.items() if first <= day <= today]
        if values:
            mean = sum(value for _, value in values) / len(values)
            return PainNow(
                value=mean,
                source=PainSource.DIARY,
                first_day=min(day for day, _ in values),
                last_day=max(day for day, _ in values),
                days=len(values),
                window_days=window,
            )
    return None


def pain_change(start: Assessment, retests: Sequence[Assessment], diary: PainNow | None) -> PainChange:
    """Pain now against the start: the diary's recent average when there is one, else the latest retest."""
    now = diary
    if now is None and retests:
        latest = max(retests, key=lambda item: item.taken_on)
        now = PainNow(float(latest.pain_last_week), PainSource.RETEST, latest.taken_on, latest.taken_on, 1)
    return PainChange(start=start.pain_last_week, start_day=start.taken_on, now=now)


# chair stands


@dataclass(frozen=True)
class ChairStandResult:
    day: date
    kind: AssessmentKind
    score: int | None  # None: the test was skipped
    used_arms: bool
    norm: NormRange | None  # None without a birth year
    grade: NormGrade | None
    difference: int | None  # against the start; None for the start itself or when either was skipped
    change: Change | None


def chair_stand_series(start: Assessment, retests: Sequence[Assessment]) -> list[ChairStandResult]:
    """The first test and each retest, oldest first, each with its norm and its change against the start."""
    results = []
    first = start.chair_stand
    for assessment in (start, *sorted(retests, key=lambda item: item.taken_on)):
        result = assessment.chair_stand
        age = assessment.age
        norm = chair_stand_norm(age, assessment.sex) if age is not None else None
        difference = change = None
        if assessment is not start and result is not None and first is not None:
            difference = result.score - first.score
            change = compare_chair_stands(first.score, result.score)
        results.append(
            ChairStandResult(
                day=assessment.taken_on,
                kind=assessment.kind,
                score=result.score if result is not None else None,
                used_arms=result.used_arms if result is not None else False,
                norm=norm,
                grade=norm.grade(result.score) if norm is not None and result is not None else None,
                difference=difference,
                change=change,
            )
        )
    return results


# sessions


def counts_as_done(finished: bool, completion: Completion) -> bool:
    """A session counts as done when it was finished and at least part of it was done."""
    return finished and completion is not Completion.NONE


@dataclass(frozen=True)
class WeekSessions:
    week: int
    first_day: date
    last_day: date
    planned: int
    done: int
    current: bool  # the week today is in: still going on
    planned_so_far: int  # planned days that have passed (see the module's docstring)

    @property
    def all_done(self) -> bool:
        return self.done >= self.planned


def sessions_per_week(program: Program, done_days: Iterable[date], today: date) -> list[WeekSessions]:
    """Every program week from the first to the one today is in, with sessions planned and done."""
    last_week = program.week_of(today)
    days = [day for day in done_days if program.start_date <= day <= today]
    by_week = Counter(program.week_of(day) for day in days)
    done_today = today in days
    weeks = []
    for week in range(1, last_week + 1):
        first = program.start_date + timedelta(days=7 * (week - 1))
        weeks.append(
            WeekSessions(
                week=week,
                first_day=first,
                last_day=first + timedelta(days=6),
                planned=program.sessions_planned(week),
                done=by_week.get(week, 0),
                current=week == last_week,
                planned_so_far=sum(
                    1 for day in program.planned_dates(week) if day < today or (day == today and done_today)
                ),
            )
        )
    return weeks


@dataclass(frozen=True)
class SessionTotals:
    done: int
    planned: int  # planned days up to and including the last day counted

    @property
    def percent(self) -> int | None:
        return round(100 * self.done / self.planned) if self.planned else None


def totals(weeks: Sequence[WeekSessions]) -> SessionTotals:
    """Sessions done in these weeks against the days planned in them so far."""
    return SessionTotals(done=sum(item.done for item in weeks), planned=sum(item.planned_so_far for item in weeks))


class BlockKind(StrEnum):
    FIRST_HALF = "first_half"  # weeks 1–6
    SECOND_HALF = "second_half"  # weeks 7–12
    MAINTENANCE = "maintenance"  # week 13 on
    LAST_FOUR_WEEKS = "last_four_weeks"


LAST_WEEKS = 4


@dataclass(frozen=True)
class SessionBlock:
    """A stretch of weeks told as one line: the first or second half of the 12 weeks, the weeks after, or the
    last four weeks."""

    kind: BlockKind
    first_week: int
    last_week: int
    totals: SessionTotals


def session_blocks(weeks: Sequence[WeekSessions]) -> list[SessionBlock]:
    """The weeks so far in a few lines, for the report: the program's two halves, the weeks after it and,
    once past the 12 weeks, the last four weeks."""
    spans = [(BlockKind.FIRST_HALF, 1, 6), (BlockKind.SECOND_HALF, 7, 12), (BlockKind.MAINTENANCE, 13, None)]
    blocks = []
    for kind, first, last in spans:
        chosen = [item for item in weeks if item.week >= first and (last is None or item.week <= last)]
        if chosen:
            blocks.append(SessionBlock(kind, chosen[0].week, chosen[-1].week, totals(chosen)))
    if len(weeks) > Program.PROGRAM_WEEKS:
        chosen = list(weeks[-LAST_WEEKS:])
        blocks.append(SessionBlock(BlockKind.LAST_FOUR_WEEKS, chosen[0].week, chosen[-1].week, totals(chosen)))
    return blocks
