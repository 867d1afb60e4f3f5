"""Reading the assessments, the program, its sessions, changes and flares with plain sqlite3.

Plain sqlite3 on purpose, like the start-up snapshot: Home shows today's session in the first window, and
importing SQLAlchemy would cost most of a second. Writing goes through the repositories (SQLModel).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ledhalsa_desktop.core.assessment import (
    Activity,
    Assessment,
    AssessmentKind,
    ChairStand,
    Difficulty,
    FunctionQuestion,
    JointChoice,
    RedFlag,
    Side,
)
from ledhalsa_desktop.core.catalogue import Category, Joint
from ledhalsa_desktop.core.dose_steps import Step
from ledhalsa_desktop.core.prescription import Prescription
from ledhalsa_desktop.core.profile import Sex
from ledhalsa_desktop.core.program import ProgramExercise, WhyReason
from ledhalsa_desktop.core.progression import Change, ChangeKind, Completion, Effort, NextDay, Reason
from ledhalsa_desktop.storage.sqlite_file import connect
from ledhalsa_desktop.storage.timestamps import parse_column_text


@dataclass(frozen=True)
class StoredAssessment:
    id: int
    assessment: Assessment


@dataclass(frozen=True)
class RedFlagStop:
    """An assessment that stopped at the red-flag page, and the signs answered yes."""

    taken_on: date
    flags: tuple[RedFlag, ...]


@dataclass(frozen=True)
class StoredProgram:
    id: int
    assessment_id: int
    created_utc: datetime
    start_date: date
    training_days: tuple[int, ...]
    exercises: tuple[ProgramExercise, ...]
    advice_seen_utc: datetime | None


@dataclass(frozen=True)
class SessionExercise:
    exercise_id: str
    prescription: Prescription
    sets_done: int
    completed: bool
    too_painful: bool


@dataclass(frozen=True)
class StoredSession:
    id: int
    day: date
    week: int
    started_utc: datetime
    finished_utc: datetime | None
    lighter: bool
    completion: Completion
    pain_during: int | None
    effort: Effort | None
    hurt_note: str
    next_day: NextDay | None
    decided: bool
    exercises: tuple[SessionExercise, ...]


@dataclass(frozen=True)
class Flare:
    id: int
    started_on: date
    ended_on: date | None


@contextmanager
def reading(db_path: Path) -> Iterator[sqlite3.Connection]:
    conn = connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("BEGIN")
        yield conn
    finally:
        conn.rollback()
        conn.close()


def _moment(text: str | None) -> datetime | None:
    return parse_column_text(text) if text else None


def read_assessments(conn: sqlite3.Connection) -> list[StoredAssessment]:
    """Every assessment, oldest first."""
    rows = conn.execute("SELECT * FROM assessment ORDER BY taken_on, id").fetchall()
    joints: dict[int, list[JointChoice]] = {}
    for row in conn.execute("SELECT assessment_id, joint, side FROM assessment_joint ORDER BY assessment_id, position"):
        joints.setdefault(row["assessment_id"], []).append(JointChoice(Joint(row["joint"]), Side(row["side"])))
    flags: dict[int, dict[RedFlag, bool]] = {}
    for row in conn.execute("SELECT assessment_id, flag, answer FROM assessment_red_flag"):
        flags.setdefault(row["assessment_id"], {})[RedFlag(row["flag"])] = bool(row["answer"])
    known = set(FunctionQuestion)
    answers: dict[int, dict[FunctionQuestion, Difficulty]] = {}
    for row in conn.execute("SELECT assessment_id, question, difficulty FROM assessment_answer"):
        # a question a later version no longer asks is left out rather than failing the whole assessment
        if row["question"] in known:
            answers.setdefault(row["assessment_id"], {})[FunctionQuestion(row["question"])] = Difficulty(
                row["difficulty"]
            )
    return [
        StoredAssessment(
            row["id"],
            Assessment(
                kind=AssessmentKind(row["kind"]),
                taken_on=date.fromisoformat(row["taken_on"]),
                joints=tuple(joints.get(row["id"], ())),
                pain_now=row["pain_now"],
                pain_last_week=row["pain_last_week"],
                answers=answers.get(row["id"], {}),
                red_flags=flags.get(row["id"], {}),
                cleared_by_clinician=bool(row["cleared_by_clinician"]),
                birth_year=row["birth_year"],
                sex=Sex(row["sex"]) if row["sex"] is not None else None,
                activity=Activity(row["activity"]) if row["activity"] is not None else None,
                goal=row["goal"],
                chair_stand=ChairStand(row["chair_stands"], bool(row["chair_used_arms"]))
                if row["chair_stands"] is not None
                else None,
                balance_seconds=row["balance_seconds"],
            ),
        )
        for row in rows
    ]


def read_active_program(conn: sqlite3.Connection) -> StoredProgram | None:
    row = conn.execute("SELECT * FROM program WHERE ended_utc IS NULL ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    exercises = conn.execute(
        "SELECT * FROM program_exercise WHERE program_id = ? ORDER BY position", (row["id"],)
    ).fetchall()
    return StoredProgram(
        id=row["id"],
        assessment_id=row["assessment_id"],
        created_utc=parse_column_text(row["created_utc"]),
        start_date=date.fromisoformat(row["start_date"]),
        training_days=tuple(int(part) for part in row["training_days"].split(",") if part),
        exercises=tuple(
            ProgramExercise(
                exercise_id=item["exercise_id"],
                joint=Joint(item["joint"]),
                category=Category(item["category"]),
                why=WhyReason(item["why"]),
                start=Prescription(
                    item["exercise_id"], item["level"], item["sets"], item["reps"], item["hold_seconds"]
                ),
            )
            for item in exercises
        ),
        advice_seen_utc=_moment(row["advice_seen_utc"]),
    )


def _prescription(row: sqlite3.Row) -> Prescription:
    return Prescription(row["exercise_id"], row["level"], row["sets"], row["reps"], row["hold_seconds"])


def read_sessions(conn: sqlite3.Connection, program_id: int) -> list[StoredSession]:
    """Every session of the program, oldest first, with what was prescribed and done of each exercise."""
    done: dict[int, list[SessionExercise]] = {}
    for item in conn.execute(
        "SELECT e.* FROM session_exercise e JOIN training_session s ON s.id = e.session_id"
        " WHERE s.program_id = ? ORDER BY e.session_id, e.position",
        (program_id,),
    ):
        done.setdefault(item["session_id"], []).append(
            SessionExercise(
                item["exercise_id"],
                _prescription(item),
                item["sets_done"],
                bool(item["completed"]),
                bool(item["too_painful"]),
            )
        )
    rows = conn.execute("SELECT * FROM training_session WHERE program_id = ? ORDER BY day, id", (program_id,))
    return [
        StoredSession(
            id=row["id"],
            day=date.fromisoformat(row["day"]),
            week=row["week"],
            started_utc=parse_column_text(row["started_utc"]),
            finished_utc=_moment(row["finished_utc"]),
            lighter=bool(row["lighter"]),
            completion=Completion(row["completion"]),
            pain_during=row["pain_during"],
            effort=Effort(row["effort"]) if row["effort"] is not None else None,
            hurt_note=row["hurt_note"],
            next_day=NextDay(row["next_day"]) if row["next_day"] is not None else None,
            decided=row["decided_utc"] is not None,
            exercises=tuple(done.get(row["id"], ())),
        )
        for row in rows
    ]


def read_changes(conn: sqlite3.Connection, program_id: int) -> list[Change]:
    """Every change of the program with its reason, oldest first."""
    rows = conn.execute("SELECT * FROM program_change WHERE program_id = ? ORDER BY id", (program_id,))
    return [_change(row) for row in rows]


def _change(row: sqlite3.Row) -> Change:
    exercise_id = row["exercise_id"]
    before = None
    if row["before_level"] is not None:
        before = Prescription(
            exercise_id, row["before_level"], row["before_sets"], row["before_reps"], row["before_hold_seconds"]
        )
    return Change(
        day=date.fromisoformat(row["day"]),
        week=row["week"],
        exercise_id=exercise_id,
        kind=ChangeKind(row["kind"]),
        step=Step(row["step"]) if row["step"] is not None else None,
        before=before,
        after=Prescription(
            exercise_id, row["after_level"], row["after_sets"], row["after_reps"], row["after_hold_seconds"]
        ),
        reason=Reason(row["reason"]),
    )


def read_flares(conn: sqlite3.Connection) -> list[Flare]:
    rows = conn.execute("SELECT id, started_on, ended_on FROM flare ORDER BY started_on, id")
    return [
        Flare(
            row["id"],
            date.fromisoformat(row["started_on"]),
            date.fromisoformat(row["ended_on"]) if row["ended_on"] else None,
        )
        for row in rows
    ]


def read_red_flag_stops(conn: sqlite3.Connection) -> list[RedFlagStop]:
    known = set(RedFlag)
    return [
        RedFlagStop(
            date.fromisoformat(row["taken_on"]),
            tuple(RedFlag(name) for name in row["flags"].split(",") if name in known),
        )
        for row in conn.execute("SELECT taken_on, flags FROM red_flag_stop ORDER BY taken_on, id")
    ]
