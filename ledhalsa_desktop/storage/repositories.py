"""Reading and saving settings, profile and exercise feedback through SQLModel (slow to import: load lazily)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select

from ledhalsa_desktop.core.profile import Profile
from ledhalsa_desktop.core.settings import Settings, reminder_time_text
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.feedback import ExerciseFeedback, FeedbackKind, check_feedback, is_level
from ledhalsa_desktop.storage.models import SINGLE_ROW_ID, ExerciseFeedbackRow, ProfileRow, SettingsRow
from ledhalsa_desktop.storage.row_values import (
    profile_for_row,
    profile_from_row,
    settings_for_row,
    settings_from_row,
)
from ledhalsa_desktop.storage.timestamps import as_utc, column_text, parse_column_text


def load_settings(db: Database) -> Settings:
    with db.session() as session:
        row = session.get(SettingsRow, SINGLE_ROW_ID)
        if row is None:
            return Settings()
        return settings_from_row(
            row.language,
            row.text_scale,
            row.theme,
            row.welcome_completed,
            row.voice_enabled,
            row.voice_speed,
            row.reminders_on,
            row.reminder_time,
            row.start_with_computer,
        )


def save_settings(db: Database, settings: Settings, now: datetime) -> None:
    checked = settings_for_row(settings)
    with db.session() as session:
        row = session.get(SettingsRow, SINGLE_ROW_ID) or SettingsRow(updated_utc=column_text(now))
        row.language = checked.language
        row.text_scale = checked.text_scale
        row.theme = checked.theme.value
        row.welcome_completed = checked.welcome_completed
        row.voice_enabled = checked.voice_enabled
        row.voice_speed = checked.voice_speed.value
        row.reminders_on = checked.reminders_on
        row.reminder_time = reminder_time_text(checked.reminder_time)
        row.start_with_computer = checked.start_with_computer
        row.updated_utc = column_text(now)
        session.add(row)


def load_profile(db: Database) -> Profile:
    with db.session() as session:
        row = session.get(ProfileRow, SINGLE_ROW_ID)
        if row is None:
            return Profile()
        return profile_from_row(row.name, row.birth_year, row.sex)


def save_profile(db: Database, profile: Profile, now: datetime) -> Profile:
    """Saves the profile (name tidied) and returns it as stored; InvalidProfileError on a bad value."""
    checked = profile_for_row(profile, current_year=as_utc(now).year)
    with db.session() as session:
        row = session.get(ProfileRow, SINGLE_ROW_ID) or ProfileRow(updated_utc=column_text(now))
        row.name = checked.name
        row.birth_year = checked.birth_year
        row.sex = checked.sex.value if checked.sex is not None else None
        row.updated_utc = column_text(now)
        session.add(row)
    return checked


def record_exercise_feedback(
    db: Database,
    exercise_id: str,
    level: int,
    kind: FeedbackKind | str,
    switched_to_level: int | None,
    now: datetime,
) -> int:
    """Stores one "it hurts too much" / "it is too hard" and returns its id; InvalidFeedbackError on a bad value."""
    exercise_id, level, checked_kind, switched_to_level = check_feedback(exercise_id, level, kind, switched_to_level)
    row = ExerciseFeedbackRow(
        recorded_utc=column_text(now),
        exercise_id=exercise_id,
        level=level,
        kind=checked_kind.value,
        switched_to_level=switched_to_level,
    )
    with db.session() as session:
        session.add(row)
        session.flush()
        row_id = row.id
    if row_id is None:
        raise RuntimeError("the database gave the new feedback no id")
    return row_id


def list_exercise_feedback(db: Database) -> list[ExerciseFeedback]:
    """Every stored feedback, newest first (a row that somehow cannot be read is left out, not changed)."""
    with db.session() as session:
        statement = select(ExerciseFeedbackRow).order_by(
            col(ExerciseFeedbackRow.recorded_utc).desc(), col(ExerciseFeedbackRow.id).desc()
        )
        rows = session.exec(statement).all()
    return [feedback for row in rows if (feedback := _feedback_from_row(row)) is not None]


def _feedback_from_row(row: ExerciseFeedbackRow) -> ExerciseFeedback | None:
    try:
        recorded = parse_column_text(row.recorded_utc)
        kind = FeedbackKind(row.kind)
    except (ValueError, TypeError):
        return None
    if row.id is None or not isinstance(row.exercise_id, str) or not is_level(row.level):
        return None
    if row.switched_to_level is not None and not is_level(row.switched_to_level):
        return None
    return ExerciseFeedback(row.id, recorded, row.exercise_id, row.level, kind, row.switched_to_level)
