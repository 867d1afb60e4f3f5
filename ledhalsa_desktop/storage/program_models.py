"""The tables of the assessment, the program, its sessions and changes, and flares (added by migration 0003).

Slow to import (SQLModel): load lazily. The CHECK constraints repeat the rules core enforces, as the last line.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, Text, text
from sqlmodel import Field, SQLModel

from ledhalsa_desktop.core.assessment import MAX_GOAL_LENGTH, Activity, AssessmentKind, RedFlag, Side
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.profile import OLDEST_BIRTH_YEAR, Sex
from ledhalsa_desktop.core.session_notes import MAX_HURT_NOTE_LENGTH
from ledhalsa_desktop.storage.schema import BIRTH_YEAR_CEILING

MAX_ID_LENGTH = 60
MAX_KEY_LENGTH = 40
EFFORTS = ("light", "just_right", "hard", "too_hard")
COMPLETIONS = ("all", "partial", "none")
NEXT_DAYS = ("usual", "worse", "much_worse")
CHANGE_KINDS = ("start", "progress", "regress")
STEPS = ("reps", "hold", "level")


def _one_of(column: str, values: tuple[str, ...] | list[str]) -> str:
    return f"{column} IN ({', '.join(repr(str(value)) for value in values)})"


def _is_date(column: str) -> str:
    return f"date({column}, '+0 days') IS {column}"


def _is_bool(column: str) -> str:
    return f"{column} IN (0, 1)"


def _checks(table: str, **rules: str) -> tuple[CheckConstraint, ...]:
    return tuple(CheckConstraint(rule, name=f"{table}_{name}") for name, rule in rules.items())


def _dose_checks(table: str, prefix: str = "") -> tuple[CheckConstraint, ...]:
    return _checks(
        f"{table}_{prefix}".rstrip("_"),
        level_range=f"{prefix}level BETWEEN 1 AND 4",
        sets_range=f"{prefix}sets BETWEEN 1 AND 10",
        reps_range=f"{prefix}reps BETWEEN 1 AND 100",
        hold_seconds_range=f"{prefix}hold_seconds BETWEEN 0 AND 120",
    )


def _parent(target: str, *, cascade: bool, primary_key: bool = False, nullable: bool = False) -> Column:  # type: ignore[type-arg]
    foreign_key = ForeignKey(target, ondelete="CASCADE") if cascade else ForeignKey(target)
    return Column(Integer, foreign_key, primary_key=primary_key, nullable=nullable)


class AssessmentRow(SQLModel, table=True):
    __tablename__ = "assessment"
    __table_args__ = (
        *_checks(
            "assessment",
            kind_choice=_one_of("kind", list(AssessmentKind)),
            taken_on_date=_is_date("taken_on"),
            birth_year_range=f"birth_year BETWEEN {OLDEST_BIRTH_YEAR} AND {BIRTH_YEAR_CEILING}",
            sex_choice=_one_of("sex", list(Sex)),
            pain_now_range="pain_now BETWEEN 0 AND 10",
            pain_last_week_range="pain_last_week BETWEEN 0 AND 10",
            function_score_range="function_score BETWEEN 0 AND 100",
            activity_choice=_one_of("activity", list(Activity)),
            goal_length=f"length(goal) <= {MAX_GOAL_LENGTH}",
            chair_stands_range="chair_stands BETWEEN 0 AND 60",
            chair_used_arms_bool=_is_bool("chair_used_arms"),
            balance_seconds_range="balance_seconds BETWEEN 0 AND 30",
            cleared_by_clinician_bool=_is_bool("cleared_by_clinician"),
        ),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(sa_type=Text)
    taken_on: str = Field(sa_type=Text)
    recorded_utc: str = Field(sa_type=Text)
    birth_year: int | None = None
    sex: str | None = Field(default=None, sa_type=Text)
    pain_now: int
    pain_last_week: int
    function_score: int
    activity: str | None = Field(default=None, sa_type=Text)
    goal: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": text("''")})
    chair_stands: int | None = None
    chair_used_arms: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})
    balance_seconds: int | None = None
    cleared_by_clinician: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})


class AssessmentJointRow(SQLModel, table=True):
    __tablename__ = "assessment_joint"
    __table_args__ = _checks(
        "assessment_joint",
        joint_choice=_one_of("joint", list(Joint)),
        position_range="position BETWEEN 0 AND 2",
        side_choice=_one_of("side", list(Side)),
    )

    assessment_id: int = Field(sa_column=_parent("assessment.id", cascade=True, primary_key=True))
    joint: str = Field(primary_key=True, sa_type=Text)
    position: int
    side: str = Field(sa_type=Text)


class AssessmentRedFlagRow(SQLModel, table=True):
    __tablename__ = "assessment_red_flag"
    __table_args__ = _checks(
        "assessment_red_flag", flag_choice=_one_of("flag", list(RedFlag)), answer_bool=_is_bool("answer")
    )

    assessment_id: int = Field(sa_column=_parent("assessment.id", cascade=True, primary_key=True))
    flag: str = Field(primary_key=True, sa_type=Text)
    answer: bool


class AssessmentAnswerRow(SQLModel, table=True):
    __tablename__ = "assessment_answer"
    __table_args__ = _checks(
        "assessment_answer",
        question_length=f"length(question) BETWEEN 1 AND {MAX_ID_LENGTH}",
        difficulty_range="difficulty BETWEEN 0 AND 4",
    )

    assessment_id: int = Field(sa_column=_parent("assessment.id", cascade=True, primary_key=True))
    question: str = Field(primary_key=True, sa_type=Text)
    difficulty: int


class RedFlagStopRow(SQLModel, table=True):
    """The red-flag answers of an assessment that stopped at the red-flag page: the flags answered yes."""

    __tablename__ = "red_flag_stop"
    __table_args__ = (
        *_checks(
            "red_flag_stop",
            taken_on_date=_is_date("taken_on"),
            flags_list="length(flags) BETWEEN 1 AND 400 AND flags NOT GLOB '*[^a-z_,]*'",
        ),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    taken_on: str = Field(sa_type=Text)
    recorded_utc: str = Field(sa_type=Text)
    flags: str = Field(sa_type=Text)


class ProgramRow(SQLModel, table=True):
    __tablename__ = "program"
    __table_args__ = (
        *_checks(
            "program",
            start_date_date=_is_date("start_date"),
            training_days_list="length(training_days) BETWEEN 3 AND 13 AND training_days NOT GLOB '*[^0-6,]*'",
        ),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(sa_column=_parent("assessment.id", cascade=False))
    created_utc: str = Field(sa_type=Text)
    start_date: str = Field(sa_type=Text)
    training_days: str = Field(sa_type=Text)
    ended_utc: str | None = Field(default=None, sa_type=Text)
    advice_seen_utc: str | None = Field(default=None, sa_type=Text)


class ProgramExerciseRow(SQLModel, table=True):
    __tablename__ = "program_exercise"
    __table_args__ = (
        *_checks(
            "program_exercise",
            exercise_id_length=f"length(exercise_id) BETWEEN 1 AND {MAX_ID_LENGTH}",
            position_range="position BETWEEN 0 AND 30",
            joint_choice=_one_of("joint", list(Joint)),
            category_length=f"length(category) BETWEEN 1 AND {MAX_KEY_LENGTH}",
            why_length=f"length(why) BETWEEN 1 AND {MAX_KEY_LENGTH}",
        ),
        *_dose_checks("program_exercise"),
    )

    program_id: int = Field(sa_column=_parent("program.id", cascade=True, primary_key=True))
    exercise_id: str = Field(primary_key=True, sa_type=Text)
    position: int
    joint: str = Field(sa_type=Text)
    category: str = Field(sa_type=Text)
    why: str = Field(sa_type=Text)
    level: int
    sets: int
    reps: int
    hold_seconds: int


class TrainingSessionRow(SQLModel, table=True):
    __tablename__ = "training_session"
    __table_args__ = (
        *_checks(
            "training_session",
            day_date=_is_date("day"),
            week_range="week BETWEEN 1 AND 10000",
            lighter_bool=_is_bool("lighter"),
            completion_choice=_one_of("completion", COMPLETIONS),
            pain_during_range="pain_during BETWEEN 0 AND 10",
            effort_choice=_one_of("effort", EFFORTS),
            hurt_note_length=f"length(hurt_note) <= {MAX_HURT_NOTE_LENGTH}",
            next_day_choice=_one_of("next_day", NEXT_DAYS),
        ),
        Index("training_session_by_program_day", "program_id", "day"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    program_id: int = Field(sa_column=_parent("program.id", cascade=False))
    day: str = Field(sa_type=Text)
    week: int
    started_utc: str = Field(sa_type=Text)
    finished_utc: str | None = Field(default=None, sa_type=Text)
    lighter: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})
    completion: str = Field(default="none", sa_type=Text, sa_column_kwargs={"server_default": "none"})
    pain_during: int | None = None
    effort: str | None = Field(default=None, sa_type=Text)
    hurt_note: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": text("''")})
    next_day: str | None = Field(default=None, sa_type=Text)
    next_day_utc: str | None = Field(default=None, sa_type=Text)
    decided_utc: str | None = Field(default=None, sa_type=Text)


class SessionExerciseRow(SQLModel, table=True):
    __tablename__ = "session_exercise"
    __table_args__ = (
        *_checks(
            "session_exercise",
            exercise_id_length=f"length(exercise_id) BETWEEN 1 AND {MAX_ID_LENGTH}",
            position_range="position BETWEEN 0 AND 30",
        ),
        *_dose_checks("session_exercise"),
        *_checks(
            "session_exercise",
            sets_done_range="sets_done BETWEEN 0 AND 10",
            completed_bool=_is_bool("completed"),
            too_painful_bool=_is_bool("too_painful"),
        ),
    )

    session_id: int = Field(sa_column=_parent("training_session.id", cascade=True, primary_key=True))
    exercise_id: str = Field(primary_key=True, sa_type=Text)
    position: int
    level: int
    sets: int
    reps: int
    hold_seconds: int
    sets_done: int = Field(default=0, sa_column_kwargs={"server_default": text("0")})
    completed: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})
    too_painful: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})


class ProgramChangeRow(SQLModel, table=True):
    __tablename__ = "program_change"
    __table_args__ = (
        *_checks(
            "program_change",
            day_date=_is_date("day"),
            week_range="week BETWEEN 0 AND 10000",
            exercise_id_length=f"length(exercise_id) BETWEEN 1 AND {MAX_ID_LENGTH}",
            kind_choice=_one_of("kind", CHANGE_KINDS),
            step_choice=_one_of("step", STEPS),
            reason_length=f"length(reason) BETWEEN 1 AND {MAX_KEY_LENGTH}",
        ),
        *_dose_checks("program_change", "before_"),
        *_dose_checks("program_change", "after_"),
        Index("program_change_by_program_day", "program_id", "day"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    program_id: int = Field(sa_column=_parent("program.id", cascade=False))
    session_id: int | None = Field(sa_column=_parent("training_session.id", cascade=False, nullable=True))
    recorded_utc: str = Field(sa_type=Text)
    day: str = Field(sa_type=Text)
    week: int
    exercise_id: str = Field(sa_type=Text)
    kind: str = Field(sa_type=Text)
    step: str | None = Field(default=None, sa_type=Text)
    reason: str = Field(sa_type=Text)
    before_level: int | None = None
    before_sets: int | None = None
    before_reps: int | None = None
    before_hold_seconds: int | None = None
    after_level: int
    after_sets: int
    after_reps: int
    after_hold_seconds: int


class FlareRow(SQLModel, table=True):
    __tablename__ = "flare"
    __table_args__ = (
        *_checks(
            "flare",
            started_on_date=_is_date("started_on"),
            ended_on_date=_is_date("ended_on") + " AND ended_on >= started_on",
        ),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    started_on: str = Field(sa_type=Text)
    ended_on: str | None = Field(default=None, sa_type=Text)
    recorded_utc: str = Field(sa_type=Text)
