"""The first schema: app_info, profile and settings, each settings and profile as a single row.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

NOW_UTC_SQL = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"


def upgrade() -> None:
    op.create_table(
        "app_info",
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    profile = op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("sex", sa.Text(), nullable=True),
        sa.Column("updated_utc", sa.Text(), nullable=False),
        sa.CheckConstraint("id = 1", name="profile_single_row"),
        sa.CheckConstraint("length(name) <= 60", name="profile_name_length"),
        sa.CheckConstraint("birth_year BETWEEN 1900 AND 2100", name="profile_birth_year_range"),
        sa.CheckConstraint("sex IN ('female', 'male', 'unspecified')", name="profile_sex_choice"),
    )
    settings = op.create_table(
        "settings",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("language", sa.Text(), nullable=False, server_default="sv"),
        sa.Column("text_scale", sa.Integer(), nullable=False, server_default=sa.text("100")),
        sa.Column("theme", sa.Text(), nullable=False, server_default="normal"),
        sa.Column("welcome_completed", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.Column("updated_utc", sa.Text(), nullable=False),
        sa.CheckConstraint("id = 1", name="settings_single_row"),
        sa.CheckConstraint("language IN ('sv', 'en')", name="settings_language_choice"),
        sa.CheckConstraint("text_scale BETWEEN 100 AND 200", name="settings_text_scale_range"),
        sa.CheckConstraint("theme IN ('normal', 'high_contrast')", name="settings_theme_choice"),
        sa.CheckConstraint("welcome_completed IN (0, 1)", name="settings_welcome_completed_bool"),
    )
    op.execute(sa.insert(settings).values(id=1, updated_utc=sa.text(NOW_UTC_SQL)))
    op.execute(sa.insert(profile).values(id=1, updated_utc=sa.text(NOW_UTC_SQL)))


def downgrade() -> None:
    raise RuntimeError("the program never downgrades a user's database")
