"""The facts of the report for healthcare ("Rapport till vården"), gathered from the program and the diary.

Plain Python (no Qt, no SQL): the caller reads the data and passes it in; `ui.report_pdf` draws the facts.
A report can be made without a program (it then says so) and without diary entries.
Long histories are cut to what fits one or two pages: the latest notable events, with the number left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from ledhalsa_desktop.core.assessment import Assessment, AssessmentKind, Comparison, JointChoice, RedFlag, compare
from ledhalsa_desktop.core.prescription import Prescription
from ledhalsa_desktop.core.profile import Sex
from ledhalsa_desktop.core.program import Program
from ledhalsa_desktop.core.progress import (
    ChairStandResult,
    PainChange,
    PainNow,
    SessionBlock,
    SessionTotals,
    chair_stand_series,
    pain_change,
    session_blocks,
    sessions_per_week,
    totals,
)
from ledhalsa_desktop.core.progression import Change, ChangeKind, ProgressionState

T = TypeVar("T")
LATEST_EVENTS = 5  # flares and red-flag stops listed at most; older ones are counted
LATEST_REGRESSION_DAYS = 3  # sessions whose steps back are listed


@dataclass(frozen=True)
class FlarePeriod:
    started_on: date
    ended_on: date | None  # None: not marked as over


@dataclass(frozen=True)
class RedFlagStop:
    """An assessment that stopped at the red-flag page."""

    day: date
    flags: tuple[RedFlag, ...]


@dataclass(frozen=True)
class TestResult:
    """One assessment's results: the first one or a retest."""

    kind: AssessmentKind
    day: date
    pain_now: int
    pain_last_week: int
    function_score: int
    chair: ChairStandResult
    balance_seconds: int | None
    comparison: Comparison | None  # against the first assessment; None for the first itself


@dataclass(frozen=True)
class ExerciseDose:
    exercise_id: str
    start: Prescription
    current: Prescription


@dataclass(frozen=True)
class Limited(Generic[T]):
    """The latest items (newest first) and how many older ones were left out."""

    items: tuple[T, ...]
    left_out: int


def latest(items: Sequence[T], limit: int = LATEST_EVENTS) -> Limited[T]:
    """`items` oldest first in, the newest `limit` of them newest first out."""
    kept = tuple(reversed(items[-limit:])) if limit else ()
    return Limited(kept, len(items) - len(kept))


@dataclass(frozen=True)
class ProgramFacts:
    start_date: date
    week: int
    maintenance: bool
    training_days: tuple[int, ...]
    tests: tuple[TestResult, ...]  # oldest first
    pain: PainChange
    blocks: tuple[SessionBlock, ...]
    total: SessionTotals
    doses: tuple[ExerciseDose, ...]  # in session order
    regressions: Limited[tuple[Change, ...]]  # the steps back of each session (same day), newest first
    advise_physio: bool


@dataclass(frozen=True)
class ReportFacts:
    made_on: date
    name: str | None
    birth_year: int | None
    sex: Sex | None
    joints: tuple[JointChoice, ...]  # the one that bothers most first
    period_start: date | None  # None: nothing recorded yet
    period_end: date
    program: ProgramFacts | None
    flares: Limited[FlarePeriod]
    red_flags_at_start: tuple[RedFlag, ...]  # answered yes at the first assessment (then cleared by a clinician)
    red_flag_stops: Limited[RedFlagStop]
    diary_entries: int  # in the period

    @property
    def has_program(self) -> bool:
        return self.program is not None


@dataclass(frozen=True)
class ActiveCourse:
    """What the report needs of the program in use (see training.ActiveProgram)."""

    program: Program
    start: Assessment
    retests: tuple[Assessment, ...]
    state: ProgressionState
    done_days: tuple[date, ...]  # sessions that count as done (core.progress.counts_as_done)


def test_results(start: Assessment, retests: Sequence[Assessment]) -> tuple[TestResult, ...]:
    ordered = (start, *sorted(retests, key=lambda item: item.taken_on))
    chairs = chair_stand_series(start, ordered[1:])
    return tuple(
        TestResult(
            kind=item.kind,
            day=item.taken_on,
            pain_now=item.pain_now,
            pain_last_week=item.pain_last_week,
            function_score=item.function_score,
            chair=chair,
            balance_seconds=item.balance_seconds,
            comparison=compare(start, item) if item is not start else None,
        )
        for item, chair in zip(ordered, chairs, strict=True)
    )


def regressions_by_day(changes: Sequence[Change]) -> list[tuple[Change, ...]]:
    """The steps back, one group per session day, oldest first."""
    days: dict[date, list[Change]] = {}
    for change in changes:
        if change.kind is ChangeKind.REGRESS:
            days.setdefault(change.day, []).append(change)
    return [tuple(group) for _, group in sorted(days.items())]


def program_facts(course: ActiveCourse, today: date, diary_pain: PainNow | None) -> ProgramFacts:
    program, state = course.program, course.state
    weeks = sessions_per_week(program, course.done_days, today)
    week = max(1, program.week_of(today))
    return ProgramFacts(
        start_date=program.start_date,
        week=week,
        maintenance=program.is_maintenance(week),
        training_days=program.training_days,
        tests=test_results(course.start, course.retests),
        pain=pain_change(course.start, course.retests, diary_pain),
        blocks=tuple(session_blocks(weeks)),
        total=totals(weeks),
        doses=tuple(
            ExerciseDose(item.exercise_id, item.start, current)
            for item, current in zip(program.exercises, state.current(program), strict=True)
        ),
        regressions=latest(regressions_by_day(state.changes), LATEST_REGRESSION_DAYS),
        advise_physio=state.advise_physio,
    )


def gather_report(
    *,
    made_on: date,
    name: str | None,
    birth_year: int | None,
    sex: Sex | None,
    course: ActiveCourse | None,
    flares: Sequence[FlarePeriod],
    red_flag_stops: Sequence[RedFlagStop],
    diary_pain: PainNow | None = None,
    diary_first_day: date | None = None,
    diary_entries: int = 0,
) -> ReportFacts:
    """The report's facts. The period runs from the program's start (or the first diary day, if earlier)
    to `made_on`; flares and red-flag stops are those on or before `made_on`, oldest first in."""
    starts = [day for day in (course.program.start_date if course else None, diary_first_day) if day is not None]
    start = course.start if course is not None else None
    return ReportFacts(
        made_on=made_on,
        name=(name or "").strip() or None,
        birth_year=start.birth_year if start is not None and start.birth_year is not None else birth_year,
        sex=start.sex if start is not None and start.sex is not None else sex,
        joints=start.joints if start is not None else (),
        period_start=min(starts) if starts else None,
        period_end=made_on,
        program=program_facts(course, made_on, diary_pain) if course is not None else None,
        flares=latest(
            sorted((item for item in flares if item.started_on <= made_on), key=lambda item: item.started_on)
        ),
        red_flags_at_start=start.red_flags_found if start is not None else (),
        red_flag_stops=latest(
            sorted((item for item in red_flag_stops if item.day <= made_on), key=lambda item: item.day)
        ),
        diary_entries=diary_entries,
    )
