"""Lessons read and one-time notices shown (added by migration 0004). Slow to import (SQLModel): load lazily."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Text
from sqlmodel import Field, SQLModel

MAX_SLUG_LENGTH = 80
MAX_NOTICE_PART_LENGTH = 60


class LessonReadRow(SQLModel, table=True):
    __tablename__ = "lesson_read"
    __table_args__ = (
        CheckConstraint(f"length(lesson_slug) BETWEEN 1 AND {MAX_SLUG_LENGTH}", name="lesson_read_slug_length"),
    )

    lesson_slug: str = Field(primary_key=True, sa_type=Text)
    read_utc: str = Field(sa_type=Text)


class NoticeShownRow(SQLModel, table=True):
    __tablename__ = "notice_shown"
    __table_args__ = (
        CheckConstraint(f"length(kind) BETWEEN 1 AND {MAX_NOTICE_PART_LENGTH}", name="notice_shown_kind_length"),
        CheckConstraint(f"length(key) BETWEEN 1 AND {MAX_NOTICE_PART_LENGTH}", name="notice_shown_key_length"),
    )

    kind: str = Field(primary_key=True, sa_type=Text)
    key: str = Field(primary_key=True, sa_type=Text)
    shown_utc: str = Field(sa_type=Text)
