"""Storing assessments (slow to import: load lazily); reading them is in program_records."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from ledhalsa_desktop.core.assessment import Assessment, RedFlag, check_assessment
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.program_models import (
    AssessmentAnswerRow,
    AssessmentJointRow,
    AssessmentRedFlagRow,
    AssessmentRow,
    RedFlagStopRow,
)
from ledhalsa_desktop.storage.program_records import StoredAssessment, read_assessments, reading
from ledhalsa_desktop.storage.timestamps import column_text


def save_assessment(db: Database, assessment: Assessment, now: datetime) -> StoredAssessment:
    """Stores a checked assessment with its joints, red-flag answers and function answers, in one transaction."""
    checked = check_assessment(assessment)
    with db.session() as session:
        row = AssessmentRow(
            kind=checked.kind.value,
            taken_on=checked.taken_on.isoformat(),
            recorded_utc=column_text(now),
            birth_year=checked.birth_year,
            sex=checked.sex.value if checked.sex is not None else None,
            pain_now=checked.pain_now,
            pain_last_week=checked.pain_last_week,
            function_score=checked.function_score,
            activity=checked.activity.value if checked.activity is not None else None,
            goal=checked.goal,
            chair_stands=checked.chair_stand.stands if checked.chair_stand is not None else None,
            chair_used_arms=checked.chair_stand is not None and checked.chair_stand.used_arms,
            balance_seconds=checked.balance_seconds,
            cleared_by_clinician=checked.cleared_by_clinician,
        )
        session.add(row)
        session.flush()
        if row.id is None:
            raise RuntimeError("the database gave the new assessment no id")
        assessment_id = row.id
        for position, choice in enumerate(checked.joints):
            session.add(
                AssessmentJointRow(
                    assessment_id=assessment_id, joint=choice.joint.value, position=position, side=choice.side.value
                )
            )
        for flag, answer in checked.red_flags.items():
            session.add(AssessmentRedFlagRow(assessment_id=assessment_id, flag=flag.value, answer=answer))
        for question, difficulty in checked.answers.items():
            session.add(
                AssessmentAnswerRow(assessment_id=assessment_id, question=question.value, difficulty=int(difficulty))
            )
    return StoredAssessment(assessment_id, checked)


def load_assessments(db: Database) -> list[StoredAssessment]:
    """Every assessment, oldest first."""
    with reading(db.path) as conn:
        return read_assessments(conn)


def load_assessment(db: Database, assessment_id: int) -> StoredAssessment | None:
    return next((item for item in load_assessments(db) if item.id == assessment_id), None)


def save_red_flag_stop(db: Database, taken_on: date, flags: Iterable[RedFlag], now: datetime) -> int:
    """Stores that an assessment stopped at the red-flag page, with the signs answered yes."""
    names = sorted({RedFlag(flag).value for flag in flags})
    if not names:
        raise ValueError("a red-flag stop needs at least one sign answered yes")
    with db.session() as session:
        row = RedFlagStopRow(taken_on=taken_on.isoformat(), recorded_utc=column_text(now), flags=",".join(names))
        session.add(row)
        session.flush()
        if row.id is None:
            raise RuntimeError("the database gave the red-flag stop no id")
        return row.id
