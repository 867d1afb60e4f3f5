"""The assessment, red-flag stops, the personal program, training sessions, program changes, flares and the
pain diary.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Only new tables: every existing row stays as it was. Local calendar dates are stored as 'YYYY-MM-DD'
and checked with SQLite's date(); moments are UTC text as in the earlier tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _is_date(column: str) -> str:
    return f"date({column}, '+0 days') IS {column}"


def _is_bool(column: str) -> str:
    return f"{column} IN (0, 1)"


def _dose_columns(prefix: str, *, nullable: bool) -> list[sa.Column]:
    return [
        sa.Column(f"{prefix}level", sa.Integer(), nullable=nullable),
        sa.Column(f"{prefix}sets", sa.Integer(), nullable=nullable),
        sa.Column(f"{prefix}reps", sa.Integer(), nullable=nullable),
        sa.Column(f"{prefix}hold_seconds", sa.Integer(), nullable=nullable),
    ]


def _dose_checks(table: str, prefix: str) -> list[sa.CheckConstraint]:
    name = f"{table}_{prefix}" if prefix else f"{table}_"
    return [
        sa.CheckConstraint(f"{prefix}level BETWEEN 1 AND 4", name=f"{name}level_range"),
        sa.CheckConstraint(f"{prefix}sets BETWEEN 1 AND 10", name=f"{name}sets_range"),
        sa.CheckConstraint(f"{prefix}reps BETWEEN 1 AND 100", name=f"{name}reps_range"),
        sa.CheckConstraint(f"{prefix}hold_seconds BETWEEN 0 AND 120", name=f"{name}hold_seconds_range"),
    ]


def upgrade() -> None:
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("taken_on", sa.Text(), nullable=False),
        sa.Column("recorded_utc", sa.Text(), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("sex", sa.Text(), nullable=True),
        sa.Column("pain_now", sa.Integer(), nullable=False),
        sa.Column("pain_last_week", sa.Integer(), nullable=False),
        sa.Column("function_score", sa.Integer(), nullable=False),
        sa.Column("activity", sa.Text(), nullable=True),
        sa.Column("goal", sa.Text(), nullable=False, server_default=sa.text("''")),
        sa.Column("chair_stands", sa.Integer(), nullable=True),
        sa.Column("chair_used_arms", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.Column("balance_seconds", sa.Integer(), nullable=True),
        sa.Column("cleared_by_clinician", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.CheckConstraint("kind IN ('start', 'week_6', 'week_12')", name="assessment_kind_choice"),
        sa.CheckConstraint(_is_date("taken_on"), name="assessment_taken_on_date"),
        sa.CheckConstraint("birth_year BETWEEN 1900 AND 2100", name="assessment_birth_year_range"),
        sa.CheckConstraint("sex IN ('female', 'male', 'unspecified')", name="assessment_sex_choice"),
        sa.CheckConstraint("pain_now BETWEEN 0 AND 10", name="assessment_pain_now_range"),
        sa.CheckConstraint("pain_last_week BETWEEN 0 AND 10", name="assessment_pain_last_week_range"),
        sa.CheckConstraint("function_score BETWEEN 0 AND 100", name="assessment_function_score_range"),
        sa.CheckConstraint(
            "activity IN ('rarely', 'one_or_two_days', 'three_to_five_days', 'most_days')",
            name="assessment_activity_choice",
        ),
        sa.CheckConstraint("length(goal) <= 300", name="assessment_goal_length"),
        sa.CheckConstraint("chair_stands BETWEEN 0 AND 60", name="assessment_chair_stands_range"),
        sa.CheckConstraint(_is_bool("chair_used_arms"), name="assessment_chair_used_arms_bool"),
        sa.CheckConstraint("balance_seconds BETWEEN 0 AND 30", name="assessment_balance_seconds_range"),
        sa.CheckConstraint(_is_bool("cleared_by_clinician"), name="assessment_cleared_by_clinician_bool"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "assessment_joint",
        sa.Column("assessment_id", sa.Integer(), sa.ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("joint", sa.Text(), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("side", sa.Text(), nullable=False),
        sa.CheckConstraint("joint IN ('knee', 'hip', 'hand')", name="assessment_joint_joint_choice"),
        sa.CheckConstraint("position BETWEEN 0 AND 2", name="assessment_joint_position_range"),
        sa.CheckConstraint("side IN ('left', 'right', 'both')", name="assessment_joint_side_choice"),
    )
    op.create_table(
        "assessment_red_flag",
        sa.Column("assessment_id", sa.Integer(), sa.ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("flag", sa.Text(), primary_key=True),
        sa.Column("answer", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "flag IN ('hot_swollen_joint', 'injury_or_rapid_worsening', 'long_morning_stiffness', "
            "'weight_loss_or_night_pain', 'chest_pain_on_exertion', 'recent_surgery_or_injection')",
            name="assessment_red_flag_flag_choice",
        ),
        sa.CheckConstraint(_is_bool("answer"), name="assessment_red_flag_answer_bool"),
    )
    op.create_table(
        "assessment_answer",
        sa.Column("assessment_id", sa.Integer(), sa.ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("question", sa.Text(), primary_key=True),
        sa.Column("difficulty", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(question) BETWEEN 1 AND 60", name="assessment_answer_question_length"),
        sa.CheckConstraint("difficulty BETWEEN 0 AND 4", name="assessment_answer_difficulty_range"),
    )
    op.create_table(
        "red_flag_stop",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("taken_on", sa.Text(), nullable=False),
        sa.Column("recorded_utc", sa.Text(), nullable=False),
        sa.Column("flags", sa.Text(), nullable=False),
        sa.CheckConstraint(_is_date("taken_on"), name="red_flag_stop_taken_on_date"),
        sa.CheckConstraint(
            "length(flags) BETWEEN 1 AND 400 AND flags NOT GLOB '*[^a-z_,]*'", name="red_flag_stop_flags_list"
        ),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "program",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("assessment_id", sa.Integer(), sa.ForeignKey("assessment.id"), nullable=False),
        sa.Column("created_utc", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Text(), nullable=False),
        sa.Column("training_days", sa.Text(), nullable=False),
        sa.Column("ended_utc", sa.Text(), nullable=True),
        sa.Column("advice_seen_utc", sa.Text(), nullable=True),
        sa.CheckConstraint(_is_date("start_date"), name="program_start_date_date"),
        sa.CheckConstraint(
            "length(training_days) BETWEEN 3 AND 13 AND training_days NOT GLOB '*[^0-6,]*'",
            name="program_training_days_list",
        ),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "program_exercise",
        sa.Column("program_id", sa.Integer(), sa.ForeignKey("program.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("exercise_id", sa.Text(), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("joint", sa.Text(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        *_dose_columns("", nullable=False),
        sa.CheckConstraint("length(exercise_id) BETWEEN 1 AND 60", name="program_exercise_exercise_id_length"),
        sa.CheckConstraint("position BETWEEN 0 AND 30", name="program_exercise_position_range"),
        sa.CheckConstraint("joint IN ('knee', 'hip', 'hand')", name="program_exercise_joint_choice"),
        sa.CheckConstraint("length(category) BETWEEN 1 AND 40", name="program_exercise_category_length"),
        sa.CheckConstraint("length(why) BETWEEN 1 AND 40", name="program_exercise_why_length"),
        *_dose_checks("program_exercise", ""),
    )
    op.create_table(
        "training_session",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("program_id", sa.Integer(), sa.ForeignKey("program.id"), nullable=False),
        sa.Column("day", sa.Text(), nullable=False),
        sa.Column("week", sa.Integer(), nullable=False),
        sa.Column("started_utc", sa.Text(), nullable=False),
        sa.Column("finished_utc", sa.Text(), nullable=True),
        sa.Column("lighter", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.Column("completion", sa.Text(), nullable=False, server_default="none"),
        sa.Column("pain_during", sa.Integer(), nullable=True),
        sa.Column("effort", sa.Text(), nullable=True),
        sa.Column("hurt_note", sa.Text(), nullable=False, server_default=sa.text("''")),
        sa.Column("next_day", sa.Text(), nullable=True),
        sa.Column("next_day_utc", sa.Text(), nullable=True),
        sa.Column("decided_utc", sa.Text(), nullable=True),
        sa.CheckConstraint(_is_date("day"), name="training_session_day_date"),
        sa.CheckConstraint("week BETWEEN 1 AND 10000", name="training_session_week_range"),
        sa.CheckConstraint(_is_bool("lighter"), name="training_session_lighter_bool"),
        sa.CheckConstraint("completion IN ('all', 'partial', 'none')", name="training_session_completion_choice"),
        sa.CheckConstraint("pain_during BETWEEN 0 AND 10", name="training_session_pain_during_range"),
        sa.CheckConstraint(
            "effort IN ('light', 'just_right', 'hard', 'too_hard')", name="training_session_effort_choice"
        ),
        sa.CheckConstraint("length(hurt_note) <= 500", name="training_session_hurt_note_length"),
        sa.CheckConstraint("next_day IN ('usual', 'worse', 'much_worse')", name="training_session_next_day_choice"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "session_exercise",
        sa.Column(
            "session_id", sa.Integer(), sa.ForeignKey("training_session.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("exercise_id", sa.Text(), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        *_dose_columns("", nullable=False),
        sa.Column("sets_done", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("completed", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.Column("too_painful", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.CheckConstraint("length(exercise_id) BETWEEN 1 AND 60", name="session_exercise_exercise_id_length"),
        sa.CheckConstraint("position BETWEEN 0 AND 30", name="session_exercise_position_range"),
        *_dose_checks("session_exercise", ""),
        sa.CheckConstraint("sets_done BETWEEN 0 AND 10", name="session_exercise_sets_done_range"),
        sa.CheckConstraint(_is_bool("completed"), name="session_exercise_completed_bool"),
        sa.CheckConstraint(_is_bool("too_painful"), name="session_exercise_too_painful_bool"),
    )
    op.create_table(
        "program_change",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("program_id", sa.Integer(), sa.ForeignKey("program.id"), nullable=False),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("training_session.id"), nullable=True),
        sa.Column("recorded_utc", sa.Text(), nullable=False),
        sa.Column("day", sa.Text(), nullable=False),
        sa.Column("week", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("step", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        *_dose_columns("before_", nullable=True),
        *_dose_columns("after_", nullable=False),
        sa.CheckConstraint(_is_date("day"), name="program_change_day_date"),
        sa.CheckConstraint("week BETWEEN 0 AND 10000", name="program_change_week_range"),
        sa.CheckConstraint("length(exercise_id) BETWEEN 1 AND 60", name="program_change_exercise_id_length"),
        sa.CheckConstraint("kind IN ('start', 'progress', 'regress')", name="program_change_kind_choice"),
        sa.CheckConstraint("step IN ('reps', 'hold', 'level')", name="program_change_step_choice"),
        sa.CheckConstraint("length(reason) BETWEEN 1 AND 40", name="program_change_reason_length"),
        *_dose_checks("program_change", "before_"),
        *_dose_checks("program_change", "after_"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "flare",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("started_on", sa.Text(), nullable=False),
        sa.Column("ended_on", sa.Text(), nullable=True),
        sa.Column("recorded_utc", sa.Text(), nullable=False),
        sa.CheckConstraint(_is_date("started_on"), name="flare_started_on_date"),
        sa.CheckConstraint(_is_date("ended_on") + " AND ended_on >= started_on", name="flare_ended_on_date"),
        sqlite_autoincrement=True,
    )
    op.create_index("training_session_by_program_day", "training_session", ["program_id", "day"])
    op.create_index("program_change_by_program_day", "program_change", ["program_id", "day"])
    _create_diary()


def _create_diary() -> None:
    """Diary entries (deleted ones kept with deleted_utc, so undo can bring them back), their pains, the draft."""
    op.create_table(
        "diary_entry",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("day", sa.Text(), nullable=False),
        sa.Column("time", sa.Text(), nullable=False),
        sa.Column("recorded_utc", sa.Text(), nullable=False),
        sa.Column("updated_utc", sa.Text(), nullable=False),
        sa.Column("stiffness", sa.Text(), nullable=True),
        sa.Column("sleep_disturbed", sa.Boolean(), nullable=True),
        sa.Column("medicine", sa.Text(), nullable=False, server_default="none"),
        sa.Column("medicine_note", sa.Text(), nullable=False, server_default=sa.text("''")),
        sa.Column("flare", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.Column("note", sa.Text(), nullable=False, server_default=sa.text("''")),
        sa.Column("deleted_utc", sa.Text(), nullable=True),
        sa.CheckConstraint(_is_date("day"), name="diary_entry_day_date"),
        sa.CheckConstraint(
            "length(time) = 5 AND time GLOB '[0-2][0-9]:[0-5][0-9]' AND time <= '23:59'", name="diary_entry_time_hhmm"
        ),
        sa.CheckConstraint("stiffness IN ('none', 'mild', 'moderate', 'severe')", name="diary_entry_stiffness_choice"),
        sa.CheckConstraint(_is_bool("sleep_disturbed"), name="diary_entry_sleep_disturbed_bool"),
        sa.CheckConstraint(
            "medicine IN ('none', 'paracetamol', 'anti_inflammatory', 'other')", name="diary_entry_medicine_choice"
        ),
        sa.CheckConstraint(
            "length(medicine_note) <= 200 AND (medicine = 'other' OR medicine_note = '')",
            name="diary_entry_medicine_note_other",
        ),
        sa.CheckConstraint(_is_bool("flare"), name="diary_entry_flare_bool"),
        sa.CheckConstraint("length(note) <= 1000", name="diary_entry_note_length"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "diary_pain",
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("diary_entry.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("joint", sa.Text(), primary_key=True),
        sa.Column("pain", sa.Integer(), nullable=False),
        sa.CheckConstraint("joint IN ('knee', 'hip', 'hand')", name="diary_pain_joint_choice"),
        sa.CheckConstraint("pain BETWEEN 0 AND 10", name="diary_pain_pain_range"),
    )
    op.create_table(
        "diary_draft",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("updated_utc", sa.Text(), nullable=False),
        sa.CheckConstraint("id = 1", name="diary_draft_single_row"),
        sa.CheckConstraint("length(data) BETWEEN 2 AND 20000 AND data GLOB '{*}'", name="diary_draft_data_object"),
    )
    op.create_index("diary_entry_by_day", "diary_entry", ["day", "time"])


def downgrade() -> None:
    raise RuntimeError("the program never downgrades a user's database")
