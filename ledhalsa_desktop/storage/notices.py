"""Lessons read, and notices that are shown once (a weekly lesson suggestion, a missed day, a day's reminder).

Slow to import (SQLModel): load lazily.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import select

from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.notice_models import (
    MAX_NOTICE_PART_LENGTH,
    MAX_SLUG_LENGTH,
    LessonReadRow,
    NoticeShownRow,
)
from ledhalsa_desktop.storage.timestamps import column_text


def _checked(text: str, limit: int, what: str) -> str:
    if not isinstance(text, str) or not 1 <= len(text) <= limit:
        raise ValueError(f"{what} must be text of 1 to {limit} characters, not {text!r}")
    return text


def mark_lesson_read(db: Database, slug: str, now: datetime) -> None:
    """Marks the lesson read (again: the first time it was read is kept)."""
    _checked(slug, MAX_SLUG_LENGTH, "a lesson's slug")
    with db.session() as session:
        if session.get(LessonReadRow, slug) is None:
            session.add(LessonReadRow(lesson_slug=slug, read_utc=column_text(now)))


def unmark_lesson_read(db: Database, slug: str) -> None:
    with db.session() as session:
        row = session.get(LessonReadRow, slug)
        if row is not None:
            session.delete(row)


def read_lessons(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.exec(select(LessonReadRow.lesson_slug)).all())


def was_shown(db: Database, kind: str, key: str) -> bool:
    with db.session() as session:
        return session.get(NoticeShownRow, (kind, key)) is not None


def record_shown(db: Database, kind: str, key: str, now: datetime) -> None:
    """Notes that the notice kind (e.g. "missed_day") was shown for key (e.g. "2026-11-24"); once is enough."""
    _checked(kind, MAX_NOTICE_PART_LENGTH, "a notice's kind")
    _checked(key, MAX_NOTICE_PART_LENGTH, "a notice's key")
    with db.session() as session:
        if session.get(NoticeShownRow, (kind, key)) is None:
            session.add(NoticeShownRow(kind=kind, key=key, shown_utc=column_text(now)))
