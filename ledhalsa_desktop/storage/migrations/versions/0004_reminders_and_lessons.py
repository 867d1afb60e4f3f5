"""Reminder settings (on/off, time, start with the computer), lessons read, and one-time notices shown.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

The settings row keeps every value it had; the new columns get their defaults (reminders on at 10:00, not
started with the computer). As in 0002, the settings table is rebuilt in batch mode to add its CHECK
constraints, copying from its structure as 0002 left it (0003 did not touch it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

REMINDER_TIME_RULE = (
    "length(reminder_time) = 5 AND reminder_time GLOB '[0-2][0-9]:[0-5][0-9]' AND reminder_time <= '23:59'"
)


def _settings_columns_as_in_0003() -> sa.Table:
    return sa.Table(
        "settings",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("language", sa.Text(), nullable=False, server_default="sv"),
        sa.Column("text_scale", sa.Integer(), nullable=False, server_default=sa.text("100")),
        sa.Column("theme", sa.Text(), nullable=False, server_default="normal"),
        sa.Column("welcome_completed", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.Column("updated_utc", sa.Text(), nullable=False),
        sa.Column("voice_enabled", sa.Boolean(), nullable=False, server_default=sa.text("1")),
        sa.Column("voice_speed", sa.Text(), nullable=False, server_default="normal"),
    )


def _settings_checks_as_in_0003() -> tuple[sa.CheckConstraint, ...]:
    return (
        sa.CheckConstraint("id = 1", name="settings_single_row"),
        sa.CheckConstraint("language IN ('sv', 'en')", name="settings_language_choice"),
        sa.CheckConstraint("text_scale BETWEEN 100 AND 200", name="settings_text_scale_range"),
        sa.CheckConstraint("theme IN ('normal', 'high_contrast')", name="settings_theme_choice"),
        sa.CheckConstraint("welcome_completed IN (0, 1)", name="settings_welcome_completed_bool"),
        sa.CheckConstraint("voice_enabled IN (0, 1)", name="settings_voice_enabled_bool"),
        sa.CheckConstraint("voice_speed IN ('slow', 'normal', 'fast')", name="settings_voice_speed_choice"),
    )


def upgrade() -> None:
    with op.batch_alter_table(
        "settings",
        copy_from=_settings_columns_as_in_0003(),
        table_args=_settings_checks_as_in_0003(),
        recreate="always",
    ) as batch:
        batch.add_column(sa.Column("reminders_on", sa.Boolean(), nullable=False, server_default=sa.text("1")))
        batch.add_column(sa.Column("reminder_time", sa.Text(), nullable=False, server_default="10:00"))
        batch.add_column(sa.Column("start_with_computer", sa.Boolean(), nullable=False, server_default=sa.text("0")))
        batch.create_check_constraint("settings_reminders_on_bool", "reminders_on IN (0, 1)")
        batch.create_check_constraint("settings_reminder_time_hhmm", REMINDER_TIME_RULE)
        batch.create_check_constraint("settings_start_with_computer_bool", "start_with_computer IN (0, 1)")

    op.create_table(
        "lesson_read",
        sa.Column("lesson_slug", sa.Text(), primary_key=True),
        sa.Column("read_utc", sa.Text(), nullable=False),
        sa.CheckConstraint("length(lesson_slug) BETWEEN 1 AND 80", name="lesson_read_slug_length"),
    )
    op.create_table(
        "notice_shown",
        sa.Column("kind", sa.Text(), primary_key=True),
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("shown_utc", sa.Text(), nullable=False),
        sa.CheckConstraint("length(kind) BETWEEN 1 AND 60", name="notice_shown_kind_length"),
        sa.CheckConstraint("length(key) BETWEEN 1 AND 60", name="notice_shown_key_length"),
    )


def downgrade() -> None:
    raise RuntimeError("the program never downgrades a user's database")
