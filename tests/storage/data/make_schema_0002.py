"""How schema_0002.db was made, kept for the record. Do not run it again to "update" the file.

schema_0002.db is a user's database as the landed version 0.1.0 (schema 0002) left it: migrations 0001 and 0002,
settings with voice choices, a profile, and two "too painful" presses in the player; checkpointed so
that no -wal file belongs to it.

    .venv/bin/python -m tests.storage.data.make_schema_0002
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command

from ledhalsa_desktop.storage.app_info import record_app_version
from ledhalsa_desktop.storage.migrate import alembic_config
from ledhalsa_desktop.storage.sqlite_file import COMPANION_SUFFIXES, checkpoint, companion, connect, quick_check

TARGET = Path(__file__).resolve().parent / "schema_0002.db"
RELEASED_VERSION = "0.1.0"


def make(target: Path) -> None:
    if target.exists():
        sys.exit(f"{target} exists already: it is the released schema and is never remade")
    command.upgrade(alembic_config(target), "0002")
    record_app_version(target, RELEASED_VERSION)
    conn = connect(target)
    try:
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "UPDATE settings SET language = 'sv', text_scale = 175, theme = 'normal', welcome_completed = 1,"
                " voice_enabled = 0, voice_speed = 'slow', updated_utc = '2026-11-27T18:02:00Z' WHERE id = 1"
            )
            conn.execute(
                "UPDATE profile SET name = 'Åke Öberg', birth_year = 1951, sex = 'male',"
                " updated_utc = '2026-11-27T18:01:00Z' WHERE id = 1"
            )
            conn.executemany(
                "INSERT INTO exercise_feedback (recorded_utc, exercise_id, level, kind, switched_to_level)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    ("2026-11-27T18:10:00Z", "mini_squat", 2, "too_painful", 1),
                    ("2026-11-27T18:14:30Z", "step_up", 1, "too_painful", None),
                ],
            )
    finally:
        conn.close()
    if not checkpoint(target):
        sys.exit("the checkpoint did not complete")
    for suffix in COMPANION_SUFFIXES:
        companion(target, suffix).unlink(missing_ok=True)
    problem = quick_check(target)
    if problem is not None:
        sys.exit(f"the new file failed its check: {problem}")


if __name__ == "__main__":
    make(TARGET)
