"""Voice settings (on/off, speed) and the exercise_feedback table ("it hurts too much" / "it is too hard").

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

The settings row keeps every value it had; the two new columns get their defaults (voice on, normal
speed). SQLite cannot add a CHECK constraint to an existing table, so the table is rebuilt in batch
mode: a new table is created, the rows are copied across, the old table dropped and the new one renamed,
all in the migration's one transaction.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _settings_columns_as_in_0001() -> sa.Table:
    """The settings table's columns exactly as 0001 made them: the structure the rebuild copies from.

    Stated here rather than reflected from the file, so the rebuild never depends on how SQLAlchemy
    happens to read the table back (and never silently drops a constraint it could not read).
    """
    return sa.Table(
        "settings",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("language", sa.Text(), nullable=False, server_default="sv"),
        sa.Column("text_scale", sa.Integer(), nullable=False, server_default=sa.text("100")),
        sa.Column("theme", sa.Text(), nullable=False, server_default="normal"),
        sa.Column("welcome_completed", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.Column("updated_utc", sa.Text(), nullable=False),
    )


def _settings_checks_as_in_0001() -> tuple[sa.CheckConstraint, ...]:
    """0001's CHECK constraints, handed to the rebuild as a list so the new table states them in this order."""
    return (
        sa.CheckConstraint("id = 1", name="settings_single_row"),
        sa.CheckConstraint("language IN ('sv', 'en')", name="settings_language_choice"),
        sa.CheckConstraint("text_scale BETWEEN 100 AND 200", name="settings_text_scale_range"),
        sa.CheckConstraint("theme IN ('normal', 'high_contrast')", name="settings_theme_choice"),
        sa.CheckConstraint("welcome_completed IN (0, 1)", name="settings_welcome_completed_bool"),
    )


def upgrade() -> None:
    with op.batch_alter_table(
        "settings",
        copy_from=_settings_columns_as_in_0001(),
        table_args=_settings_checks_as_in_0001(),
        recreate="always",
    ) as batch:
        batch.add_column(sa.Column("voice_enabled", sa.Boolean(), nullable=False, server_default=sa.text("1")))
        batch.add_column(sa.Column("voice_speed", sa.Text(), nullable=False, server_default="normal"))
        batch.create_check_constraint("settings_voice_enabled_bool", "voice_enabled IN (0, 1)")
        batch.create_check_constraint("settings_voice_speed_choice", "voice_speed IN ('slow', 'normal', 'fast')")

    op.create_table(
        "exercise_feedback",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("recorded_utc", sa.Text(), nullable=False),
        sa.Column("exercise_id", sa.Text(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("switched_to_level", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(exercise_id) BETWEEN 1 AND 60", name="exercise_feedback_exercise_id_length"),
        sa.CheckConstraint("level BETWEEN 1 AND 4", name="exercise_feedback_level_range"),
        sa.CheckConstraint("kind IN ('too_painful', 'too_hard')", name="exercise_feedback_kind_choice"),
        sa.CheckConstraint("switched_to_level BETWEEN 1 AND 4", name="exercise_feedback_switched_to_level_range"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    raise RuntimeError("the program never downgrades a user's database")
