"""Small plain-sqlite3 reads for the progress view and the report that the diary's own reads do not cover."""

from __future__ import annotations

import sqlite3
from datetime import date


def count_diary_entries(conn: sqlite3.Connection, first: date, last: date) -> int:
    """Diary entries from `first` to `last` (both included) that are not deleted."""
    row = conn.execute(
        "SELECT count(*) FROM diary_entry WHERE day BETWEEN ? AND ? AND deleted_utc IS NULL",
        (first.isoformat(), last.isoformat()),
    ).fetchone()
    return int(row[0])
