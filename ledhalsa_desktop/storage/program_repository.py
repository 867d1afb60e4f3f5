"""Storing the program, its sessions, its changes and flares (slow to import: load lazily).

The session reports are the record of what happened; the changes made from them are stored with their
reasons so that the history can be shown and printed as it was told to the person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlmodel import Session, col, select

from ledhalsa_desktop.core.prescription import Prescription
from ledhalsa_desktop.core.program import ProgramExercise
from ledhalsa_desktop.core.progression import Change, Completion, Effort, NextDay
from ledhalsa_desktop.core.session_notes import clean_note
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.program_models import (
    FlareRow,
    ProgramChangeRow,
    ProgramExerciseRow,
    ProgramRow,
    SessionExerciseRow,
    TrainingSessionRow,
)
from ledhalsa_desktop.storage.program_records import (
    Flare,
    StoredProgram,
    StoredSession,
    read_active_program,
    read_changes,
    read_flares,
    read_sessions,
    reading,
)
from ledhalsa_desktop.storage.timestamps import column_text


class InvalidSessionValue(ValueError):
    """A session value that must not reach the database."""


def _days_text(days: Iterable[int]) -> str:
    return ",".join(str(day) for day in days)


def _days(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part)


def create_program(
    db: Database,
    assessment_id: int,
    start_date: date,
    training_days: Sequence[int],
    exercises: Sequence[ProgramExercise],
    start_changes: Sequence[Change],
    now: datetime,
) -> int:
    """Stores a new program (ending any earlier one) with its exercises and their start changes."""
    with db.session() as session:
        for earlier in session.exec(select(ProgramRow).where(col(ProgramRow.ended_utc).is_(None))).all():
            earlier.ended_utc = column_text(now)
            session.add(earlier)
        row = ProgramRow(
            assessment_id=assessment_id,
            created_utc=column_text(now),
            start_date=start_date.isoformat(),
            training_days=_days_text(training_days),
        )
        session.add(row)
        session.flush()
        if row.id is None:
            raise RuntimeError("the database gave the new program no id")
        for position, item in enumerate(exercises):
            start = item.start
            session.add(
                ProgramExerciseRow(
                    program_id=row.id,
                    exercise_id=item.exercise_id,
                    position=position,
                    joint=item.joint.value,
                    category=item.category.value,
                    why=item.why.value,
                    level=start.level,
                    sets=start.sets,
                    reps=start.reps,
                    hold_seconds=start.hold_seconds,
                )
            )
        _add_changes(session, row.id, None, start_changes, now)
        return row.id


def load_active_program(db: Database) -> StoredProgram | None:
    with reading(db.path) as conn:
        return read_active_program(conn)


def set_training_days(db: Database, program_id: int, training_days: Sequence[int]) -> None:
    with db.session() as session:
        row = _program_row(session, program_id)
        row.training_days = _days_text(training_days)
        session.add(row)


def acknowledge_advice(db: Database, program_id: int, now: datetime) -> None:
    with db.session() as session:
        row = _program_row(session, program_id)
        row.advice_seen_utc = column_text(now)
        session.add(row)


def _program_row(session: Session, program_id: int) -> ProgramRow:
    row = session.get(ProgramRow, program_id)
    if row is None:
        raise KeyError(f"no program {program_id}")
    return row


def begin_session(
    db: Database,
    program_id: int,
    day: date,
    week: int,
    prescriptions: Sequence[Prescription],
    *,
    lighter: bool,
    now: datetime,
) -> int:
    """Stores the start of a session with the doses prescribed for it; returns its id."""
    with db.session() as session:
        row = TrainingSessionRow(
            program_id=program_id, day=day.isoformat(), week=week, started_utc=column_text(now), lighter=lighter
        )
        session.add(row)
        session.flush()
        if row.id is None:
            raise RuntimeError("the database gave the new session no id")
        for position, item in enumerate(prescriptions):
            session.add(
                SessionExerciseRow(
                    session_id=row.id,
                    exercise_id=item.exercise_id,
                    position=position,
                    level=item.level,
                    sets=item.sets,
                    reps=item.reps,
                    hold_seconds=item.hold_seconds,
                )
            )
        return row.id


def record_exercise(
    db: Database, session_id: int, exercise_id: str, *, sets_done: int, completed: bool, too_painful: bool
) -> None:
    """What was done of one exercise, saved as soon as it is known so a stopped session keeps it."""
    with db.session() as session:
        row = session.get(SessionExerciseRow, (session_id, exercise_id))
        if row is None:
            raise KeyError(f"session {session_id} has no exercise {exercise_id}")
        if not 0 <= sets_done <= row.sets:
            raise InvalidSessionValue(f"sets_done must be from 0 to {row.sets}, is {sets_done}")
        row.sets_done = sets_done
        row.completed = completed
        row.too_painful = row.too_painful or too_painful
        session.add(row)


def change_exercise_level(db: Database, session_id: int, exercise_id: str, prescription: Prescription) -> None:
    """The person took an easier level during the session: the session records the dose actually done."""
    with db.session() as session:
        row = session.get(SessionExerciseRow, (session_id, exercise_id))
        if row is None:
            raise KeyError(f"session {session_id} has no exercise {exercise_id}")
        row.level, row.sets, row.reps, row.hold_seconds = (
            prescription.level,
            prescription.sets,
            prescription.reps,
            prescription.hold_seconds,
        )
        session.add(row)


def finish_session(
    db: Database,
    session_id: int,
    *,
    completion: Completion,
    pain_during: int | None,
    effort: Effort | None,
    hurt_note: str,
    now: datetime,
) -> None:
    note = clean_note(hurt_note)
    if pain_during is not None and not 0 <= pain_during <= 10:
        raise InvalidSessionValue(f"pain must be from 0 to 10, is {pain_during}")
    with db.session() as session:
        row = _session_row(session, session_id)
        row.completion = Completion(completion).value
        row.pain_during = pain_during
        row.effort = Effort(effort).value if effort is not None else None
        row.hurt_note = note
        row.finished_utc = column_text(now)
        session.add(row)


def answer_next_day(db: Database, session_id: int, next_day: NextDay, now: datetime) -> None:
    with db.session() as session:
        row = _session_row(session, session_id)
        row.next_day = NextDay(next_day).value
        row.next_day_utc = column_text(now)
        session.add(row)


def store_decision(db: Database, program_id: int, session_id: int, changes: Sequence[Change], now: datetime) -> None:
    """Marks the session as decided and stores the changes it brought, in one transaction."""
    with db.session() as session:
        row = _session_row(session, session_id)
        if row.decided_utc is not None:
            raise RuntimeError(f"session {session_id} was decided already")
        row.decided_utc = column_text(now)
        session.add(row)
        _add_changes(session, program_id, session_id, changes, now)


def _session_row(session: Session, session_id: int) -> TrainingSessionRow:
    row = session.get(TrainingSessionRow, session_id)
    if row is None:
        raise KeyError(f"no session {session_id}")
    return row


def load_sessions(db: Database, program_id: int) -> list[StoredSession]:
    with reading(db.path) as conn:
        return read_sessions(conn, program_id)


def _add_changes(
    session: Session, program_id: int, session_id: int | None, changes: Iterable[Change], now: datetime
) -> None:
    for change in changes:
        before = change.before
        session.add(
            ProgramChangeRow(
                program_id=program_id,
                session_id=session_id,
                recorded_utc=column_text(now),
                day=change.day.isoformat(),
                week=change.week,
                exercise_id=change.exercise_id,
                kind=change.kind.value,
                step=change.step.value if change.step is not None else None,
                reason=change.reason.value,
                before_level=before.level if before else None,
                before_sets=before.sets if before else None,
                before_reps=before.reps if before else None,
                before_hold_seconds=before.hold_seconds if before else None,
                after_level=change.after.level,
                after_sets=change.after.sets,
                after_reps=change.after.reps,
                after_hold_seconds=change.after.hold_seconds,
            )
        )


def load_changes(db: Database, program_id: int) -> list[Change]:
    with reading(db.path) as conn:
        return read_changes(conn, program_id)


def add_flare(db: Database, started_on: date, now: datetime) -> int:
    with db.session() as session:
        row = FlareRow(started_on=started_on.isoformat(), recorded_utc=column_text(now))
        session.add(row)
        session.flush()
        if row.id is None:
            raise RuntimeError("the database gave the new flare no id")
        return row.id


def end_flare(db: Database, flare_id: int, ended_on: date) -> None:
    with db.session() as session:
        row = session.get(FlareRow, flare_id)
        if row is None:
            raise KeyError(f"no flare {flare_id}")
        if ended_on < date.fromisoformat(row.started_on):
            raise InvalidSessionValue("a flare cannot end before it started")
        row.ended_on = ended_on.isoformat()
        session.add(row)


def load_flares(db: Database) -> list[Flare]:
    with reading(db.path) as conn:
        return read_flares(conn)
