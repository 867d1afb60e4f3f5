"""Progress: pain change, chair stands with norms and the 3-stand rule, and sessions per week done against planned."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledhalsa_desktop.core.assessment import (
    RED_FLAGS,
    Assessment,
    AssessmentKind,
    ChairStand,
    Difficulty,
    JointChoice,
    Side,
    questions_for,
)
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.norms import Change, NormGrade
from ledhalsa_desktop.core.profile import Sex
from ledhalsa_desktop.core.program import Program, ProgramInputs
from ledhalsa_desktop.core.progress import (
    BlockKind,
    PainSource,
    PainTrend,
    chair_stand_series,
    counts_as_done,
    pain_change,
    recent_pain,
    session_blocks,
    sessions_per_week,
    totals,
)
from ledhalsa_desktop.core.progression import Completion

MONDAY = date(2027, 1, 4)


def assessment(
    day: date = MONDAY, kind: AssessmentKind = AssessmentKind.START, *, pain: int = 6, stands: int | None = 9, **more
) -> Assessment:
    values: dict[str, object] = {
        "kind": kind,
        "taken_on": day,
        "joints": (JointChoice(Joint.KNEE, Side.RIGHT),),
        "pain_now": pain,
        "pain_last_week": pain,
        "answers": dict.fromkeys(questions_for([Joint.KNEE]), Difficulty.MODERATE),
        "red_flags": dict.fromkeys(RED_FLAGS, False),
        "birth_year": 1952,
        "sex": Sex.FEMALE,
        "chair_stand": ChairStand(stands) if stands is not None else None,
    }
    values.update(more)
    return Assessment(**values)  # type: ignore[arg-type]


def program(start: date = MONDAY, days: tuple[int, ...] = (0, 2, 4)) -> Program:
    inputs = ProgramInputs(
        joints=(Joint.KNEE,), function_score=50, chair_stand=None, pain_now=5, start_date=start, training_days=days
    )
    return Program(inputs, ())


# pain


def test_without_diary_or_retest_there_is_no_now() -> None:
    change = pain_change(assessment(pain=6), [], None)
    assert (change.start, change.now, change.drop, change.percent, change.trend) == (6, None, None, None, None)


def test_the_latest_retest_is_now_without_a_diary() -> None:
    retests = [
        assessment(MONDAY + timedelta(weeks=12), AssessmentKind.WEEK_12, pain=3),
        assessment(MONDAY + timedelta(weeks=6), AssessmentKind.WEEK_6, pain=5),
    ]
    change = pain_change(assessment(pain=6), retests, None)
    assert change.now is not None
    assert (change.now.source, change.now.value, change.now.last_day) == (
        PainSource.RETEST,
        3.0,
        MONDAY + timedelta(weeks=12),
    )
    assert (change.drop, change.percent, change.trend) == (3.0, 50, PainTrend.LESS)


def test_the_diary_comes_before_a_retest() -> None:
    today = MONDAY + timedelta(weeks=13)
    daily = {today - timedelta(days=offset): value for offset, value in enumerate([4.0, 3.0, 5.0, 4.0])}
    diary = recent_pain(daily, today)
    change = pain_change(assessment(pain=5), [assessment(MONDAY + timedelta(weeks=12), AssessmentKind.WEEK_12)], diary)
    assert change.now is diary
    assert change.now.value == 4.0 and change.now.days == 4
    assert (change.drop, change.percent, change.trend) == (1.0, 20, PainTrend.LESS)


def test_recent_pain_uses_the_last_week_then_four_weeks() -> None:
    today = date(2027, 5, 31)
    daily = {today - timedelta(days=6): 2.0, today - timedelta(days=7): 9.0, today - timedelta(days=20): 7.0}
    last_week = recent_pain(daily, today)
    assert last_week is not None and (last_week.value, last_week.days) == (2.0, 1)
    del daily[today - timedelta(days=6)]
    month = recent_pain(daily, today)
    assert month is not None and (month.value, month.days) == (8.0, 2)
    assert month.first_day == today - timedelta(days=20) and month.last_day == today - timedelta(days=7)
    assert recent_pain({today - timedelta(days=28): 5.0}, today) is None
    assert recent_pain({today + timedelta(days=1): 5.0}, today) is None  # the future is not "now"


def test_a_rise_in_pain_is_a_negative_drop() -> None:
    change = pain_change(
        assessment(pain=3), [assessment(MONDAY + timedelta(weeks=6), AssessmentKind.WEEK_6, pain=5)], None
    )
    assert (change.drop, change.percent, change.trend) == (-2.0, -67, PainTrend.MORE)


def test_a_start_without_pain_has_no_percent() -> None:
    change = pain_change(
        assessment(pain=0), [assessment(MONDAY + timedelta(weeks=6), AssessmentKind.WEEK_6, pain=0)], None
    )
    assert (change.drop, change.percent, change.trend) == (0.0, None, PainTrend.ABOUT_THE_SAME)


@given(start=st.integers(0, 10), now=st.floats(0, 10, allow_nan=False))
def test_drop_and_percent_agree(start: int, now: float) -> None:
    diary = recent_pain({MONDAY: now}, MONDAY)
    change = pain_change(assessment(pain=start), [], diary)
    assert change.drop == round(start - now, 1)
    if start:
        assert change.percent == round(100 * change.drop / start)
    assert (change.trend is PainTrend.LESS) == (change.drop >= 1)
    assert (change.trend is PainTrend.MORE) == (change.drop <= -1)


# chair stands


def test_chair_stands_with_norms_and_the_three_stand_rule() -> None:
    start = assessment(stands=9)
    week_6 = assessment(MONDAY + timedelta(weeks=6), AssessmentKind.WEEK_6, stands=11)
    week_12 = assessment(MONDAY + timedelta(weeks=12), AssessmentKind.WEEK_12, stands=13)
    series = chair_stand_series(start, [week_12, week_6])
    assert [item.kind for item in series] == [AssessmentKind.START, AssessmentKind.WEEK_6, AssessmentKind.WEEK_12]
    assert [item.score for item in series] == [9, 11, 13]
    # a woman of 75 in 2027: the 75–79 band, 10–15 stands
    assert all((item.norm.low, item.norm.high) == (10, 15) for item in series)
    assert [item.grade for item in series] == [NormGrade.BELOW, NormGrade.WITHIN, NormGrade.WITHIN]
    assert [item.difference for item in series] == [None, 2, 4]
    assert [item.change for item in series] == [None, Change.NO_CERTAIN_CHANGE, Change.BETTER]


def test_a_skipped_test_or_arms_used() -> None:
    start = assessment(stands=None)
    retest = assessment(MONDAY + timedelta(weeks=6), AssessmentKind.WEEK_6, chair_stand=ChairStand(8, used_arms=True))
    first, second = chair_stand_series(start, [retest])
    assert (first.score, first.grade, first.change) == (None, None, None)
    assert (second.score, second.used_arms, second.grade, second.change) == (0, True, NormGrade.BELOW, None)


def test_no_norm_without_a_birth_year() -> None:
    (only,) = chair_stand_series(assessment(birth_year=None), [])
    assert (only.norm, only.grade) == (None, None)


def test_fewer_stands_by_three_is_worse() -> None:
    start = assessment(stands=12)
    _, retest = chair_stand_series(start, [assessment(MONDAY + timedelta(weeks=6), AssessmentKind.WEEK_6, stands=9)])
    assert (retest.difference, retest.change) == (-3, Change.WORSE)


# sessions


@pytest.mark.parametrize(
    ("finished", "completion", "done"),
    [
        (True, Completion.ALL, True),
        (True, Completion.PARTIAL, True),
        (True, Completion.NONE, False),
        (False, Completion.ALL, False),
    ],
)
def test_what_counts_as_done(finished: bool, completion: Completion, done: bool) -> None:
    assert counts_as_done(finished, completion) is done


def test_sessions_per_week_so_far() -> None:
    plan = program()
    today = MONDAY + timedelta(days=16)  # Wednesday of week 3
    done = [MONDAY, MONDAY + timedelta(days=2), MONDAY + timedelta(days=9), MONDAY + timedelta(days=14)]
    weeks = sessions_per_week(plan, done, today)
    assert [(w.week, w.planned, w.done, w.current) for w in weeks] == [
        (1, 2, 2, False),
        (2, 2, 1, False),
        (3, 3, 1, True),
    ]
    assert weeks[2].first_day == MONDAY + timedelta(days=14) and weeks[2].last_day == MONDAY + timedelta(days=20)
    # planned so far: 2 + 2 + the Monday of week 3; today, Wednesday, counts once a session is done today
    assert (totals(weeks).done, totals(weeks).planned) == (4, 5)
    assert totals(weeks).percent == 80
    later = sessions_per_week(plan, [*done, today], today)
    assert (totals(later).done, totals(later).planned) == (5, 6)


def test_no_weeks_before_the_start_and_later_sessions_left_out() -> None:
    plan = program()
    assert sessions_per_week(plan, [MONDAY], MONDAY - timedelta(days=1)) == []
    (week,) = sessions_per_week(plan, [MONDAY, MONDAY + timedelta(days=3)], MONDAY + timedelta(days=1))
    assert week.done == 1


def test_session_blocks_for_a_long_program() -> None:
    plan = program()
    today = MONDAY + timedelta(weeks=20, days=6)  # the Sunday ending week 21
    every_planned = [day for week in range(1, 22) for day in plan.planned_dates(week)]
    weeks = sessions_per_week(plan, every_planned[:-1], today)
    blocks = session_blocks(weeks)
    assert [(b.kind, b.first_week, b.last_week) for b in blocks] == [
        (BlockKind.FIRST_HALF, 1, 6),
        (BlockKind.SECOND_HALF, 7, 12),
        (BlockKind.MAINTENANCE, 13, 21),
        (BlockKind.LAST_FOUR_WEEKS, 18, 21),
    ]
    assert [(b.totals.done, b.totals.planned) for b in blocks] == [(16, 16), (18, 18), (17, 18), (7, 8)]


def test_session_blocks_early_on() -> None:
    plan = program()
    weeks = sessions_per_week(plan, [MONDAY], MONDAY + timedelta(days=3))
    (block,) = session_blocks(weeks)
    assert (block.kind, block.totals.done, block.totals.planned) == (BlockKind.FIRST_HALF, 1, 2)
