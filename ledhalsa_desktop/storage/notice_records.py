"""Reading the lessons read and the notices shown with plain sqlite3, for Home's first paint.

Plain sqlite3 on purpose, like program_records: importing SQLAlchemy would cost most of a second at start.
Writing goes through `notices` (SQLModel).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ledhalsa_desktop.storage.sqlite_file import connect


def read_lessons(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT lesson_slug FROM lesson_read")}


def was_shown(conn: sqlite3.Connection, kind: str, key: str) -> bool:
    found = conn.execute("SELECT 1 FROM notice_shown WHERE kind = ? AND key = ?", (kind, key)).fetchone()
    return found is not None


def lessons_read(db_path: Path) -> set[str]:
    conn = connect(db_path, read_only=True)
    try:
        return read_lessons(conn)
    finally:
        conn.close()


def shown_and_read(db_path: Path, kind: str, key: str) -> tuple[bool, set[str]]:
    """Whether the notice was shown, and the lessons read, in one short read-only look."""
    conn = connect(db_path, read_only=True)
    try:
        return was_shown(conn, kind, key), read_lessons(conn)
    finally:
        conn.close()
