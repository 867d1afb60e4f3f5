"""How schema_0001.db was made, kept for the record. Do not run it again to "update" the file.

schema_0001.db is a user's database exactly as the released program (schema 0001, version 0.1.0) left
it: only migration 0001 applied, some things the user chose and typed, checkpointed so that no -wal
file belongs to it. The migration tests start from a copy of it; regenerating it with a later
migration 0001 (which must never change anyway) would hide exactly what those tests are there to catch.

    .venv/bin/python -m tests.storage.data.make_schema_0001
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command

from ledhalsa_desktop.storage.app_info import record_app_version
from ledhalsa_desktop.storage.migrate import alembic_config
from ledhalsa_desktop.storage.sqlite_file import COMPANION_SUFFIXES, checkpoint, companion, connect, quick_check

TARGET = Path(__file__).resolve().parent / "schema_0001.db"
RELEASED_VERSION = "0.1.0"


def make(target: Path) -> None:
    if target.exists():
        sys.exit(f"{target} exists already: it is the released schema and is never remade")
    command.upgrade(alembic_config(target), "0001")
    record_app_version(target, RELEASED_VERSION)
    conn = connect(target)
    try:
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "UPDATE settings SET language = 'en', text_scale = 150, theme = 'high_contrast',"
                " welcome_completed = 1, updated_utc = '2026-11-20T08:15:00Z' WHERE id = 1"
            )
            conn.execute(
                "UPDATE profile SET name = 'Birgitta', birth_year = 1948, sex = 'female',"
                " updated_utc = '2026-11-20T08:14:00Z' WHERE id = 1"
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
