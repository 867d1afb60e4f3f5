"""How schema_0003.db was made, kept for the record. Do not run it again to "update" the file.

schema_0003.db is a user's database as the landed version 0.2.0 (schema 0003) left it: five weeks of the
demo course (devtools.demo_data, seed 3, last day 2026-11-27): an assessment, a program with sessions and
changes, flares and pain-diary entries, plus English, 150 % text and high contrast in the settings;
checkpointed so that no -wal file belongs to it.

    .venv/bin/python -m tests.storage.data.make_schema_0003
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

from ledhalsa_desktop.devtools.demo_data import make_demo
from ledhalsa_desktop.paths import database_path
from ledhalsa_desktop.storage.app_info import record_app_version
from ledhalsa_desktop.storage.sqlite_file import COMPANION_SUFFIXES, checkpoint, companion, connect, quick_check

TARGET = Path(__file__).resolve().parent / "schema_0003.db"
RELEASED_VERSION = "0.2.0"


def make(target: Path) -> None:
    if target.exists():
        sys.exit(f"{target} exists already: it is the released schema and is never remade")
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        make_demo(data_dir, years=0.1, seed=3, today=date(2026, 11, 27))
        made = database_path(data_dir)
        record_app_version(made, RELEASED_VERSION)
        conn = connect(made)
        try:
            with conn:
                conn.execute(
                    "UPDATE settings SET language = 'en', text_scale = 150, theme = 'high_contrast',"
                    " voice_speed = 'fast', updated_utc = '2026-11-27T19:40:00Z' WHERE id = 1"
                )
        finally:
            conn.close()
        if not checkpoint(made):
            sys.exit("the checkpoint did not complete")
        for suffix in COMPANION_SUFFIXES:
            companion(made, suffix).unlink(missing_ok=True)
        shutil.copyfile(made, target)
    problem = quick_check(target)
    if problem is not None:
        sys.exit(f"the new file failed its check: {problem}")


if __name__ == "__main__":
    make(TARGET)
