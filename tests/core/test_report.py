"""The report's facts: with and without a program, tests with comparisons, sessions, doses and notable events."""

from __future__ import annotations

from datetime import date, timedelta

from ledhalsa_desktop import content
from ledhalsa_desktop.core.assessment import AssessmentKind, RedFlag
from ledhalsa_desktop.core.norms import Change as StandChange
from ledhalsa_desktop.core.profile import Sex
from ledhalsa_desktop.core.program import build_program
from ledhalsa_desktop.core.progress import BlockKind, PainSource, recent_pain
from ledhalsa_desktop.core.progression import (
    ChangeKind,
    Completion,
    Effort,
    NextDay,
    Reason,
    SessionReport,
    decide,
    initial_state,
)
from ledhalsa_desktop.core.report import (
    ActiveCourse,
    FlarePeriod,
    RedFlagStop,
    gather_report,
    latest,
    regressions_by_day,
)
from ledhalsa_desktop.training import program_inputs
from tests.core.test_progress import MONDAY, assessment


def course(today: date, *, painful_days: tuple[date, ...] = ()) -> ActiveCourse:
    start = assessment(pain=6, stands=9, red_flags={flag: flag is RedFlag.LONG_MORNING_STIFFNESS for flag in RedFlag})
    catalogue = content.catalogue()
    program = build_program(program_inputs(start, MONDAY, (0, 2, 4)), catalogue)
    state = initial_state(program)
    done = []
    for week in range(1, program.week_of(today) + 1):
        for day in program.planned_dates(week):
            if day >= today:
                continue
            painful = day in painful_days
            report = SessionReport(
                day, week, 6 if painful else 3, Effort.JUST_RIGHT, Completion.ALL, next_day=NextDay.USUAL
            )
            state, _ = decide(program, state, report, catalogue)
            done.append(day)
    retests = tuple(
        assessment(MONDAY + timedelta(days=days), kind, pain=pain, stands=stands)
        for days, kind, pain, stands in ((37, AssessmentKind.WEEK_6, 5, 10), (79, AssessmentKind.WEEK_12, 4, 13))
        if MONDAY + timedelta(days=days) < today
    )
    return ActiveCourse(program, start, retests, state, tuple(done))


def test_a_report_without_a_program() -> None:
    facts = gather_report(
        made_on=MONDAY,
        name="  Anna  ",
        birth_year=1950,
        sex=Sex.FEMALE,
        course=None,
        flares=[FlarePeriod(MONDAY - timedelta(days=3), None), FlarePeriod(MONDAY + timedelta(days=3), None)],
        red_flag_stops=[RedFlagStop(MONDAY - timedelta(days=10), (RedFlag.HOT_SWOLLEN_JOINT,))],
    )
    assert not facts.has_program and facts.program is None
    assert (facts.name, facts.birth_year, facts.sex, facts.joints) == ("Anna", 1950, Sex.FEMALE, ())
    assert facts.period_start is None
    assert [item.started_on for item in facts.flares.items] == [MONDAY - timedelta(days=3)]  # not the future one
    assert facts.red_flag_stops.items[0].flags == (RedFlag.HOT_SWOLLEN_JOINT,)
    assert facts.red_flags_at_start == ()


def test_a_report_with_a_program_after_14_weeks() -> None:
    today = MONDAY + timedelta(weeks=14)
    painful = (MONDAY + timedelta(weeks=9),)
    diary = recent_pain({today - timedelta(days=1): 3.0, today - timedelta(days=2): 4.0}, today)
    facts = gather_report(
        made_on=today,
        name="",
        birth_year=None,
        sex=None,
        course=course(today, painful_days=painful),
        flares=[FlarePeriod(MONDAY + timedelta(days=50), MONDAY + timedelta(days=55))],
        red_flag_stops=[],
        diary_pain=diary,
        diary_first_day=MONDAY - timedelta(days=5),
        diary_entries=90,
    )
    program = facts.program
    assert program is not None
    assert facts.name is None
    assert (facts.birth_year, facts.sex) == (1952, Sex.FEMALE)  # from the assessment
    assert facts.period_start == MONDAY - timedelta(days=5)
    assert (program.week, program.maintenance) == (15, True)
    assert [item.kind for item in program.tests] == [
        AssessmentKind.START,
        AssessmentKind.WEEK_6,
        AssessmentKind.WEEK_12,
    ]
    assert program.tests[0].comparison is None
    assert program.tests[2].comparison is not None and program.tests[2].comparison.pain_drop == 2
    assert program.tests[2].chair.change is StandChange.BETTER
    assert program.pain.now is not None and program.pain.now.source is PainSource.DIARY
    assert program.pain.drop == 2.5
    assert [block.kind for block in program.blocks] == [
        BlockKind.FIRST_HALF,
        BlockKind.SECOND_HALF,
        BlockKind.MAINTENANCE,
        BlockKind.LAST_FOUR_WEEKS,
    ]
    assert program.total.done == program.total.planned == 2 * 2 + 10 * 3 + 2 * 2
    assert len(program.doses) == len(course(today).program.exercises)
    assert all(item.current.exercise_id == item.start.exercise_id for item in program.doses)
    (day_changes,) = program.regressions.items
    assert {change.day for change in day_changes} == set(painful)
    assert all(change.reason is Reason.PAIN_DURING_HIGH for change in day_changes)
    assert program.regressions.left_out == 0
    assert facts.red_flags_at_start == (RedFlag.LONG_MORNING_STIFFNESS,)
    assert facts.diary_entries == 90


def test_latest_keeps_the_newest_first() -> None:
    kept = latest([1, 2, 3, 4, 5, 6, 7, 8], 3)
    assert (kept.items, kept.left_out) == ((8, 7, 6), 5)
    assert latest([1], 3).items == (1,)
    assert latest([], 3).left_out == 0


def test_regressions_are_grouped_by_session_day() -> None:
    today = MONDAY + timedelta(weeks=8)
    painful = (MONDAY + timedelta(weeks=3), MONDAY + timedelta(weeks=5))
    groups = regressions_by_day(course(today, painful_days=painful).state.changes)
    assert [group[0].day for group in groups] == list(painful)
    assert all(change.kind is ChangeKind.REGRESS for group in groups for change in group)
