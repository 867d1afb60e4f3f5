"""The assessment: questions per joint, the function score, red flags and checking."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledhalsa_desktop.core.assessment import (
    RED_FLAGS,
    Assessment,
    AssessmentKind,
    ChairStand,
    Difficulty,
    FunctionQuestion,
    InvalidAssessment,
    JointChoice,
    Problem,
    RedFlag,
    Side,
    Urgency,
    check_assessment,
    compare,
    function_score,
    most_urgent,
    questions_for,
)
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.norms import Change, NormGrade
from ledhalsa_desktop.core.profile import Sex

DAY = date(2027, 3, 1)


def knee_assessment(**changes: object) -> Assessment:
    values: dict[str, object] = {
        "kind": AssessmentKind.START,
        "taken_on": DAY,
        "joints": (JointChoice(Joint.KNEE, Side.LEFT),),
        "pain_now": 4,
        "pain_last_week": 5,
        "answers": {question: Difficulty.SLIGHT for question in questions_for([Joint.KNEE])},
        "red_flags": dict.fromkeys(RED_FLAGS, False),
        "birth_year": 1955,
        "sex": Sex.FEMALE,
        "chair_stand": ChairStand(11),
    }
    values.update(changes)
    return Assessment(**values)  # type: ignore[arg-type]


def test_questions_are_asked_once_even_when_two_joints_share_them() -> None:
    both = questions_for([Joint.KNEE, Joint.HIP])
    assert len(both) == len(set(both))
    assert both[:4] == questions_for([Joint.KNEE])
    assert FunctionQuestion.PUT_ON_SOCKS in both
    assert all(q in questions_for([Joint.HAND]) for q in (FunctionQuestion.OPEN_JAR, FunctionQuestion.BUTTONS))


def test_function_score_ends_and_middle() -> None:
    questions = questions_for([Joint.KNEE])
    assert function_score(dict.fromkeys(questions, Difficulty.NONE)) == 100
    assert function_score(dict.fromkeys(questions, Difficulty.CANNOT)) == 0
    assert function_score(dict.fromkeys(questions, Difficulty.MODERATE)) == 50


@given(st.lists(st.sampled_from(list(Difficulty)), min_size=1, max_size=10))
def test_function_score_stays_within_0_and_100(values: list[Difficulty]) -> None:
    answers = dict(zip(list(FunctionQuestion), values, strict=False))
    assert 0 <= function_score(answers) <= 100


def test_a_complete_assessment_passes_and_is_graded_against_the_norm() -> None:
    checked = check_assessment(knee_assessment(goal="  gå till   affären "))
    assert checked.goal == "gå till affären"
    assert checked.age == 72
    assert checked.chair_stand_grade is NormGrade.WITHIN
    assert checked.function_score == 75


def test_arms_needed_scores_zero_and_is_below_the_norm() -> None:
    assessment = knee_assessment(chair_stand=ChairStand(14, used_arms=True))
    assert assessment.chair_stand.score == 0
    assert assessment.chair_stand_grade is NormGrade.BELOW


def test_skipped_chair_stand_or_unknown_age_has_no_grade() -> None:
    assert knee_assessment(chair_stand=None).chair_stand_grade is None
    assert knee_assessment(birth_year=None).chair_stand_grade is None


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"joints": ()}, Problem.NO_JOINT),
        ({"joints": (JointChoice(Joint.KNEE, Side.LEFT), JointChoice(Joint.KNEE, Side.RIGHT))}, Problem.JOINT_TWICE),
        ({"birth_year": 2020}, Problem.BIRTH_YEAR_OUT_OF_RANGE),
        ({"red_flags": {}}, Problem.RED_FLAG_UNANSWERED),
        (
            {"red_flags": {**dict.fromkeys(RED_FLAGS, False), RedFlag.HOT_SWOLLEN_JOINT: True}},
            Problem.RED_FLAG_NOT_CLEARED,
        ),
        ({"pain_now": 11}, Problem.PAIN_OUT_OF_RANGE),
        ({"answers": {}}, Problem.QUESTION_UNANSWERED),
        ({"goal": "x" * 301}, Problem.GOAL_TOO_LONG),
        ({"chair_stand": ChairStand(-1)}, Problem.CHAIR_STANDS_OUT_OF_RANGE),
        ({"balance_seconds": 31}, Problem.BALANCE_OUT_OF_RANGE),
    ],
)
def test_each_problem_is_named(changes: dict[str, object], problem: Problem) -> None:
    with pytest.raises(InvalidAssessment) as raised:
        check_assessment(knee_assessment(**changes))
    assert problem in raised.value.problems


def test_a_red_flag_may_go_on_once_a_clinician_has_approved() -> None:
    flags = {**dict.fromkeys(RED_FLAGS, False), RedFlag.RECENT_SURGERY_OR_INJECTION: True}
    checked = check_assessment(knee_assessment(red_flags=flags, cleared_by_clinician=True))
    assert checked.red_flags_found == (RedFlag.RECENT_SURGERY_OR_INJECTION,)


def test_a_retest_needs_no_red_flag_answers() -> None:
    check_assessment(knee_assessment(kind=AssessmentKind.WEEK_6, red_flags={}))


def test_chest_pain_is_an_emergency_and_outranks_the_rest() -> None:
    assert most_urgent([RedFlag.LONG_MORNING_STIFFNESS, RedFlag.CHEST_PAIN_ON_EXERTION]) is Urgency.EMERGENCY
    assert most_urgent([RedFlag.HOT_SWOLLEN_JOINT, RedFlag.LONG_MORNING_STIFFNESS]) is Urgency.TODAY
    assert most_urgent([RedFlag.LONG_MORNING_STIFFNESS]) is Urgency.SOON
    assert most_urgent([]) is None


def test_a_retest_is_compared_with_the_start() -> None:
    start = knee_assessment(pain_last_week=6, chair_stand=ChairStand(10))
    later = knee_assessment(kind=AssessmentKind.WEEK_6, pain_last_week=3, chair_stand=ChairStand(12))
    comparison = compare(start, later)
    assert (comparison.pain_drop, comparison.pain_drop_percent) == (3, 50)
    assert comparison.chair_stand_change is Change.NO_CERTAIN_CHANGE
    assert comparison.chair_stand_difference == 2
    assert compare(knee_assessment(pain_last_week=0), later).pain_drop_percent is None
    assert compare(start, knee_assessment(chair_stand=None)).chair_stand_change is None
