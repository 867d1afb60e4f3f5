"""Storing and reading assessments (slow to import: load lazily)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

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
    check_assessment,
)
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.profile import Sex
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.program_models import (
    AssessmentAnswerRow,
    AssessmentJointRow,
    AssessmentRedFlagRow,
    AssessmentRow,
)
from ledhalsa_desktop.storage.timestamps import column_text


@dataclass(frozen=True)
class StoredAssessment:
    id: int
    assessment: Assessment


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
    with db.session() as session:
        rows = session.exec(select(AssessmentRow).order_by(col(AssessmentRow.taken_on), col(AssessmentRow.id))).all()
        return [StoredAssessment(row.id, _assessment(session, row)) for row in rows if row.id is not None]


def load_assessment(db: Database, assessment_id: int) -> StoredAssessment | None:
    with db.session() as session:
        row = session.get(AssessmentRow, assessment_id)
        if row is None or row.id is None:
            return None
        return StoredAssessment(row.id, _assessment(session, row))


def _assessment(session: Session, row: AssessmentRow) -> Assessment:
    joints = session.exec(
        select(AssessmentJointRow)
        .where(AssessmentJointRow.assessment_id == row.id)
        .order_by(col(AssessmentJointRow.position))
    ).all()
    flags = session.exec(select(AssessmentRedFlagRow).where(AssessmentRedFlagRow.assessment_id == row.id)).all()
    answers = session.exec(select(AssessmentAnswerRow).where(AssessmentAnswerRow.assessment_id == row.id)).all()
    known_questions = set(FunctionQuestion)
    return Assessment(
        kind=AssessmentKind(row.kind),
        taken_on=date.fromisoformat(row.taken_on),
        joints=tuple(JointChoice(Joint(joint.joint), Side(joint.side)) for joint in joints),
        pain_now=row.pain_now,
        pain_last_week=row.pain_last_week,
        # A question a later version no longer asks is left out rather than failing the whole assessment.
        answers={
            FunctionQuestion(answer.question): Difficulty(answer.difficulty)
            for answer in answers
            if answer.question in known_questions
        },
        red_flags={RedFlag(flag.flag): bool(flag.answer) for flag in flags},
        cleared_by_clinician=bool(row.cleared_by_clinician),
        birth_year=row.birth_year,
        sex=Sex(row.sex) if row.sex is not None else None,
        activity=Activity(row.activity) if row.activity is not None else None,
        goal=row.goal,
        chair_stand=ChairStand(row.chair_stands, bool(row.chair_used_arms)) if row.chair_stands is not None else None,
        balance_seconds=row.balance_seconds,
    )
