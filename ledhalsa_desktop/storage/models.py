"""The tables as SQLModel classes (slow to import: load lazily). Migrations never import this module."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Text, text
from sqlmodel import Field, SQLModel

from ledhalsa_desktop.core.profile import MAX_NAME_LENGTH, OLDEST_BIRTH_YEAR, Sex
from ledhalsa_desktop.core.settings import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    MAX_TEXT_SCALE,
    MIN_TEXT_SCALE,
    Theme,
    VoiceSpeed,
)
from ledhalsa_desktop.storage.feedback import HIGHEST_LEVEL, LOWEST_LEVEL, MAX_EXERCISE_ID_LENGTH, FeedbackKind
from ledhalsa_desktop.storage.schema import BIRTH_YEAR_CEILING

SINGLE_ROW_ID = 1
REMINDER_TIME_RULE = (
    "length(reminder_time) = 5 AND reminder_time GLOB '[0-2][0-9]:[0-5][0-9]' AND reminder_time <= '23:59'"
)


def _one_of(column: str, values: tuple[str, ...] | list[str]) -> str:
    return f"{column} IN ({', '.join(repr(str(value)) for value in values)})"


class AppInfo(SQLModel, table=True):
    __tablename__ = "app_info"

    key: str = Field(primary_key=True, sa_type=Text)
    value: str = Field(sa_type=Text)


class ProfileRow(SQLModel, table=True):
    __tablename__ = "profile"
    __table_args__ = (
        CheckConstraint(f"id = {SINGLE_ROW_ID}", name="profile_single_row"),
        CheckConstraint(f"length(name) <= {MAX_NAME_LENGTH}", name="profile_name_length"),
        CheckConstraint(
            f"birth_year BETWEEN {OLDEST_BIRTH_YEAR} AND {BIRTH_YEAR_CEILING}", name="profile_birth_year_range"
        ),
        CheckConstraint(_one_of("sex", list(Sex)), name="profile_sex_choice"),
    )

    id: int = Field(default=SINGLE_ROW_ID, primary_key=True, sa_column_kwargs={"autoincrement": False})
    name: str | None = Field(default=None, sa_type=Text)
    birth_year: int | None = None
    sex: str | None = Field(default=None, sa_type=Text)
    updated_utc: str = Field(sa_type=Text)


class SettingsRow(SQLModel, table=True):
    __tablename__ = "settings"
    __table_args__ = (
        CheckConstraint(f"id = {SINGLE_ROW_ID}", name="settings_single_row"),
        CheckConstraint(_one_of("language", LANGUAGES), name="settings_language_choice"),
        CheckConstraint(f"text_scale BETWEEN {MIN_TEXT_SCALE} AND {MAX_TEXT_SCALE}", name="settings_text_scale_range"),
        CheckConstraint(_one_of("theme", list(Theme)), name="settings_theme_choice"),
        CheckConstraint("welcome_completed IN (0, 1)", name="settings_welcome_completed_bool"),
        CheckConstraint("voice_enabled IN (0, 1)", name="settings_voice_enabled_bool"),
        CheckConstraint(_one_of("voice_speed", list(VoiceSpeed)), name="settings_voice_speed_choice"),
        CheckConstraint("reminders_on IN (0, 1)", name="settings_reminders_on_bool"),
        CheckConstraint(REMINDER_TIME_RULE, name="settings_reminder_time_hhmm"),
        CheckConstraint("start_with_computer IN (0, 1)", name="settings_start_with_computer_bool"),
    )

    id: int = Field(default=SINGLE_ROW_ID, primary_key=True, sa_column_kwargs={"autoincrement": False})
    language: str = Field(default=DEFAULT_LANGUAGE, sa_type=Text, sa_column_kwargs={"server_default": "sv"})
    text_scale: int = Field(default=MIN_TEXT_SCALE, sa_column_kwargs={"server_default": text("100")})
    theme: str = Field(default=Theme.NORMAL.value, sa_type=Text, sa_column_kwargs={"server_default": "normal"})
    welcome_completed: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})
    updated_utc: str = Field(sa_type=Text)
    # Added by migration 0002, which appends them after updated_utc: the order here follows the file.
    voice_enabled: bool = Field(default=True, sa_column_kwargs={"server_default": text("1")})
    voice_speed: str = Field(
        default=VoiceSpeed.NORMAL.value, sa_type=Text, sa_column_kwargs={"server_default": "normal"}
    )
    # Added by migration 0004, after voice_speed.
    reminders_on: bool = Field(default=True, sa_column_kwargs={"server_default": text("1")})
    reminder_time: str = Field(default="10:00", sa_type=Text, sa_column_kwargs={"server_default": "10:00"})
    start_with_computer: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})


def _level_range(column: str) -> str:
    return f"{column} BETWEEN {LOWEST_LEVEL} AND {HIGHEST_LEVEL}"


class ExerciseFeedbackRow(SQLModel, table=True):
    __tablename__ = "exercise_feedback"
    __table_args__ = (
        CheckConstraint(
            f"length(exercise_id) BETWEEN 1 AND {MAX_EXERCISE_ID_LENGTH}", name="exercise_feedback_exercise_id_length"
        ),
        CheckConstraint(_level_range("level"), name="exercise_feedback_level_range"),
        CheckConstraint(_one_of("kind", list(FeedbackKind)), name="exercise_feedback_kind_choice"),
        CheckConstraint(_level_range("switched_to_level"), name="exercise_feedback_switched_to_level_range"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    recorded_utc: str = Field(sa_type=Text)
    exercise_id: str = Field(sa_type=Text)
    level: int
    kind: str = Field(sa_type=Text)
    switched_to_level: int | None = None


# The program's and the diary's tables live in their own modules; importing them here registers them with
# SQLModel.metadata.
from ledhalsa_desktop.storage import diary_models, notice_models, program_models  # noqa: E402, F401
