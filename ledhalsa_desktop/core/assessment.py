"""The function assessment: what is asked, how the answers are checked, and how they are scored.

The function questions are the program's own plain-language questions, scored into the program's own
function score from 0 (cannot do any of it) to 100 (no difficulty at all); they are not KOOS or HOOS.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import IntEnum, StrEnum
from types import MappingProxyType

from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.norms import (
    BALANCE_LIMIT_SECONDS,
    MAX_CHAIR_STANDS,
    Change,
    NormGrade,
    age_on,
    compare_chair_stands,
    grade_chair_stand,
)
from ledhalsa_desktop.core.profile import OLDEST_BIRTH_YEAR, YOUNGEST_AGE, Sex

MAX_GOAL_LENGTH = 300
PAIN_RANGE = (0, 10)


class AssessmentKind(StrEnum):
    START = "start"
    WEEK_6 = "week_6"
    WEEK_12 = "week_12"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class RedFlag(StrEnum):
    """The signs that mean healthcare should look first; one yes/no question each, in this order."""

    HOT_SWOLLEN_JOINT = "hot_swollen_joint"
    INJURY_OR_RAPID_WORSENING = "injury_or_rapid_worsening"
    LONG_MORNING_STIFFNESS = "long_morning_stiffness"
    WEIGHT_LOSS_OR_NIGHT_PAIN = "weight_loss_or_night_pain"
    CHEST_PAIN_ON_EXERTION = "chest_pain_on_exertion"
    RECENT_SURGERY_OR_INJECTION = "recent_surgery_or_injection"


RED_FLAGS: tuple[RedFlag, ...] = tuple(RedFlag)


class Urgency(StrEnum):
    """How soon to seek care when a red flag is answered yes."""

    EMERGENCY = "emergency"  # call 112 now
    TODAY = "today"  # contact healthcare (1177) today
    SOON = "soon"  # book a visit before starting


URGENCY: Mapping[RedFlag, Urgency] = MappingProxyType(
    {
        RedFlag.HOT_SWOLLEN_JOINT: Urgency.TODAY,
        RedFlag.INJURY_OR_RAPID_WORSENING: Urgency.SOON,
        RedFlag.LONG_MORNING_STIFFNESS: Urgency.SOON,
        RedFlag.WEIGHT_LOSS_OR_NIGHT_PAIN: Urgency.SOON,
        RedFlag.CHEST_PAIN_ON_EXERTION: Urgency.EMERGENCY,
        RedFlag.RECENT_SURGERY_OR_INJECTION: Urgency.SOON,
    }
)


class Difficulty(IntEnum):
    NONE = 0
    SLIGHT = 1
    MODERATE = 2
    SEVERE = 3
    CANNOT = 4


class FunctionQuestion(StrEnum):
    STAIRS = "stairs"
    RISE_FROM_CHAIR = "rise_from_chair"
    WALK_15_MINUTES = "walk_15_minutes"
    SQUAT_OR_KNEEL = "squat_or_kneel"
    PUT_ON_SOCKS = "put_on_socks"
    IN_AND_OUT_OF_CAR = "in_and_out_of_car"
    OPEN_JAR = "open_jar"
    BUTTONS = "buttons"
    CARRY_BAG = "carry_bag"
    WRITE_OR_CUT = "write_or_cut"


QUESTIONS_BY_JOINT: Mapping[Joint, tuple[FunctionQuestion, ...]] = MappingProxyType(
    {
        Joint.KNEE: (
            FunctionQuestion.STAIRS,
            FunctionQuestion.RISE_FROM_CHAIR,
            FunctionQuestion.WALK_15_MINUTES,
            FunctionQuestion.SQUAT_OR_KNEEL,
        ),
        Joint.HIP: (
            FunctionQuestion.STAIRS,
            FunctionQuestion.RISE_FROM_CHAIR,
            FunctionQuestion.PUT_ON_SOCKS,
            FunctionQuestion.IN_AND_OUT_OF_CAR,
        ),
        Joint.HAND: (
            FunctionQuestion.OPEN_JAR,
            FunctionQuestion.BUTTONS,
            FunctionQuestion.CARRY_BAG,
            FunctionQuestion.WRITE_OR_CUT,
        ),
    }
)


class Activity(StrEnum):
    """How often the person is active for half an hour or more (walking, gardening, cycling …)."""

    RARELY = "rarely"
    ONE_OR_TWO_DAYS = "one_or_two_days"
    THREE_TO_FIVE_DAYS = "three_to_five_days"
    MOST_DAYS = "most_days"


class Problem(StrEnum):
    """What can be wrong in an assessment; the UI turns each into a sentence next to the right step."""

    NO_JOINT = "no_joint"
    JOINT_TWICE = "joint_twice"
    BIRTH_YEAR_OUT_OF_RANGE = "birth_year_out_of_range"
    RED_FLAG_UNANSWERED = "red_flag_unanswered"
    RED_FLAG_NOT_CLEARED = "red_flag_not_cleared"
    PAIN_OUT_OF_RANGE = "pain_out_of_range"
    QUESTION_UNANSWERED = "question_unanswered"
    GOAL_TOO_LONG = "goal_too_long"
    CHAIR_STANDS_OUT_OF_RANGE = "chair_stands_out_of_range"
    BALANCE_OUT_OF_RANGE = "balance_out_of_range"


class InvalidAssessment(ValueError):
    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(", ".join(self.problems))


@dataclass(frozen=True)
class JointChoice:
    joint: Joint
    side: Side


@dataclass(frozen=True)
class ChairStand:
    """A 30-second chair stand result; `used_arms` scores 0 whatever was counted."""

    stands: int
    used_arms: bool = False

    @property
    def score(self) -> int:
        return 0 if self.used_arms else self.stands


@dataclass(frozen=True)
class Assessment:
    kind: AssessmentKind
    taken_on: date
    joints: tuple[JointChoice, ...]  # the one that bothers most first
    pain_now: int
    pain_last_week: int
    answers: Mapping[FunctionQuestion, Difficulty]
    red_flags: Mapping[RedFlag, bool] = field(default_factory=dict)
    cleared_by_clinician: bool = False
    birth_year: int | None = None
    sex: Sex | None = None
    activity: Activity | None = None
    goal: str = ""
    chair_stand: ChairStand | None = None  # None: skipped
    balance_seconds: int | None = None  # None: skipped

    @property
    def affected_joints(self) -> tuple[Joint, ...]:
        return tuple(choice.joint for choice in self.joints)

    @property
    def function_score(self) -> int:
        return function_score(self.answers)

    @property
    def age(self) -> int | None:
        return age_on(self.birth_year, self.taken_on.year) if self.birth_year is not None else None

    @property
    def chair_stand_grade(self) -> NormGrade | None:
        if self.chair_stand is None or self.age is None:
            return None
        return grade_chair_stand(self.chair_stand.score, self.age, self.sex)

    @property
    def red_flags_found(self) -> tuple[RedFlag, ...]:
        return tuple(flag for flag in RED_FLAGS if self.red_flags.get(flag))


def questions_for(joints: Iterable[Joint]) -> tuple[FunctionQuestion, ...]:
    """The questions for these joints, each once, in the order of the joints given."""
    chosen: list[FunctionQuestion] = []
    for joint in joints:
        chosen.extend(question for question in QUESTIONS_BY_JOINT[joint] if question not in chosen)
    return tuple(chosen)


def function_score(answers: Mapping[FunctionQuestion, Difficulty]) -> int:
    """100 when nothing is difficult, 0 when nothing can be done; the mean over the questions answered."""
    if not answers:
        return 0
    worst = len(answers) * Difficulty.CANNOT
    return round(100 * (worst - sum(int(value) for value in answers.values())) / worst)


def most_urgent(flags: Iterable[RedFlag]) -> Urgency | None:
    urgencies = {URGENCY[flag] for flag in flags}
    for urgency in (Urgency.EMERGENCY, Urgency.TODAY, Urgency.SOON):
        if urgency in urgencies:
            return urgency
    return None


def problems_of(assessment: Assessment) -> tuple[Problem, ...]:
    """Every problem with the assessment, empty when it can be stored."""
    problems: list[Problem] = []
    joints = assessment.affected_joints
    if not joints:
        problems.append(Problem.NO_JOINT)
    if len(set(joints)) != len(joints):
        problems.append(Problem.JOINT_TWICE)
    if assessment.birth_year is not None and not (
        OLDEST_BIRTH_YEAR <= assessment.birth_year <= assessment.taken_on.year - YOUNGEST_AGE
    ):
        problems.append(Problem.BIRTH_YEAR_OUT_OF_RANGE)
    if assessment.kind is AssessmentKind.START:
        if any(flag not in assessment.red_flags for flag in RED_FLAGS):
            problems.append(Problem.RED_FLAG_UNANSWERED)
        if assessment.red_flags_found and not assessment.cleared_by_clinician:
            problems.append(Problem.RED_FLAG_NOT_CLEARED)
    low, high = PAIN_RANGE
    if not (low <= assessment.pain_now <= high and low <= assessment.pain_last_week <= high):
        problems.append(Problem.PAIN_OUT_OF_RANGE)
    if any(question not in assessment.answers for question in questions_for(joints)):
        problems.append(Problem.QUESTION_UNANSWERED)
    if len(assessment.goal) > MAX_GOAL_LENGTH:
        problems.append(Problem.GOAL_TOO_LONG)
    if assessment.chair_stand is not None and not 0 <= assessment.chair_stand.stands <= MAX_CHAIR_STANDS:
        problems.append(Problem.CHAIR_STANDS_OUT_OF_RANGE)
    if assessment.balance_seconds is not None and not 0 <= assessment.balance_seconds <= BALANCE_LIMIT_SECONDS:
        problems.append(Problem.BALANCE_OUT_OF_RANGE)
    return tuple(problems)


def check_assessment(assessment: Assessment) -> Assessment:
    """The assessment with its goal tidied, or InvalidAssessment naming every problem."""
    tidied = replace(assessment, goal=" ".join(assessment.goal.split()))
    problems = problems_of(tidied)
    if problems:
        raise InvalidAssessment(problems)
    return tidied


@dataclass(frozen=True)
class Comparison:
    """A retest against the first assessment: positive numbers are improvements."""

    pain_drop: int
    pain_drop_percent: int | None  # None when the start pain was 0
    function_gain: int
    chair_stand_change: Change | None  # None when either test was skipped
    chair_stand_difference: int | None


def compare(start: Assessment, retest: Assessment) -> Comparison:
    pain_drop = start.pain_last_week - retest.pain_last_week
    percent = round(100 * pain_drop / start.pain_last_week) if start.pain_last_week else None
    change: Change | None = None
    difference: int | None = None
    if start.chair_stand is not None and retest.chair_stand is not None:
        difference = retest.chair_stand.score - start.chair_stand.score
        change = compare_chair_stands(start.chair_stand.score, retest.chair_stand.score)
    return Comparison(pain_drop, percent, retest.function_score - start.function_score, change, difference)
