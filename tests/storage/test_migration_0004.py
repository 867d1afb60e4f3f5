"""Migration 0004 (reminder settings, lessons read, notices shown) on a saved database of the landed 0003 schema."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import time
from pathlib import Path

import pytest

from ledhalsa_desktop.core.settings import Settings, Theme, VoiceSpeed
from ledhalsa_desktop.opening import open_database
from ledhalsa_desktop.storage.backup import list_backups
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.inspect import DatabaseKind, DatabaseState, inspect_database
from ledhalsa_desktop.storage.migrate import upgrade_to_head
from ledhalsa_desktop.storage.notices import (
    mark_lesson_read,
    read_lessons,
    record_shown,
    unmark_lesson_read,
    was_shown,
)
from ledhalsa_desktop.storage.repositories import load_settings
from ledhalsa_desktop.storage.schema import head_revision
from ledhalsa_desktop.storage.sqlite_file import COMPANION_SUFFIXES, companion, connect, quick_check
from ledhalsa_desktop.storage.startup import read_snapshot

from .helpers import NOW, SAVED_0003, copy_saved, schema_description, table_rows
from .test_migration_0002 import REMINDER_DEFAULTS, SilentAsker, assert_nothing_lost

NEXT_VERSION = "0.3.0"
# The saved file is the landed schema: it is never remade, so its bytes never change.
SAVED_0003_SHA256 = "7af5ae24800caa1e790df62c5d54578be386b32183497a25d86b9d9b2682080b"


@pytest.fixture
def saved_0003(db_path: Path) -> Path:
    return copy_saved(SAVED_0003, db_path)


def test_the_saved_file_is_the_landed_0003_schema_with_five_weeks_of_a_course() -> None:
    for suffix in COMPANION_SUFFIXES:
        assert not companion(SAVED_0003, suffix).exists()
    assert quick_check(SAVED_0003) is None
    rows = table_rows(SAVED_0003)
    assert rows["settings"][0]["language"] == "en"
    assert len(rows["training_session"]) == 13
    assert len(rows["diary_entry"]) == 39
    assert rows["program_change"], "the course has changes with their reasons"
    assert inspect_database(SAVED_0003) == DatabaseState(DatabaseKind.OLDER, revision="0003", written_by="0.2.0")
    assert hashlib.sha256(SAVED_0003.read_bytes()).hexdigest() == SAVED_0003_SHA256, "the saved file is never remade"


def test_migrating_keeps_every_row_and_value_and_adds_the_reminder_defaults(saved_0003: Path) -> None:
    before = table_rows(saved_0003)
    upgrade_to_head(saved_0003, NEXT_VERSION)
    after = table_rows(saved_0003)
    assert_nothing_lost(before, after)
    assert after["settings"] == [before["settings"][0] | REMINDER_DEFAULTS]
    assert after["lesson_read"] == []
    assert after["notice_shown"] == []
    assert inspect_database(saved_0003).kind is DatabaseKind.CURRENT
    assert head_revision() == "0004"
    assert quick_check(saved_0003) is None


def test_the_migrated_settings_read_the_same_through_every_path(saved_0003: Path) -> None:
    upgrade_to_head(saved_0003, NEXT_VERSION)
    expected = Settings(
        language="en",
        text_scale=150,
        theme=Theme.HIGH_CONTRAST,
        welcome_completed=True,
        voice_enabled=True,
        voice_speed=VoiceSpeed.FAST,
        reminders_on=True,
        reminder_time=time(10, 0),
        start_with_computer=False,
    )
    assert read_snapshot(saved_0003).settings == expected
    with Database(saved_0003) as db:
        assert load_settings(db) == expected


def test_a_migrated_0003_file_has_the_same_schema_as_a_new_one(saved_0003: Path, migrated_db: Path) -> None:
    upgrade_to_head(saved_0003, NEXT_VERSION)
    assert schema_description(saved_0003) == schema_description(migrated_db)


def test_opening_backs_up_the_0003_file_first(saved_0003: Path, backups_dir: Path) -> None:
    before = table_rows(saved_0003)
    opened = open_database(saved_0003, backups_dir, NOW, SilentAsker())
    assert opened.migrated
    (backup,) = list_backups(backups_dir)
    assert backup.reason == "premigrate"
    assert inspect_database(backup.path).revision == "0003"
    assert table_rows(backup.path) == before


@pytest.mark.parametrize(
    ("statement", "values"),
    [
        ("UPDATE settings SET reminder_time = ? WHERE id = 1", ("24:00",)),
        ("UPDATE settings SET reminder_time = ? WHERE id = 1", ("7:30",)),
        ("UPDATE settings SET reminder_time = ? WHERE id = 1", ("07:60",)),
        ("UPDATE settings SET reminders_on = ? WHERE id = 1", (2,)),
        ("UPDATE settings SET start_with_computer = ? WHERE id = 1", (-1,)),
        ("INSERT INTO lesson_read (lesson_slug, read_utc) VALUES (?, ?)", ("", "2026-11-28T10:00:00Z")),
        ("INSERT INTO notice_shown (kind, key, shown_utc) VALUES (?, ?, ?)", ("", "2026-11-27", "x")),
        ("INSERT INTO notice_shown (kind, key, shown_utc) VALUES (?, ?, ?)", ("missed_day", "x" * 61, "x")),
    ],
)
def test_the_new_columns_and_tables_refuse_impossible_values(
    saved_0003: Path, statement: str, values: tuple[object, ...]
) -> None:
    upgrade_to_head(saved_0003, NEXT_VERSION)
    conn = connect(saved_0003)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(statement, values)
    finally:
        conn.close()


def test_lessons_read_and_notices_shown_are_kept(saved_0003: Path) -> None:
    upgrade_to_head(saved_0003, NEXT_VERSION)
    with Database(saved_0003) as db:
        mark_lesson_read(db, "what-is-osteoarthritis", NOW)
        mark_lesson_read(db, "what-is-osteoarthritis", NOW)
        mark_lesson_read(db, "pain-during-exercise", NOW)
        unmark_lesson_read(db, "pain-during-exercise")
        unmark_lesson_read(db, "never-read")
        assert read_lessons(db) == {"what-is-osteoarthritis"}
        assert not was_shown(db, "missed_day", "2026-11-25")
        record_shown(db, "missed_day", "2026-11-25", NOW)
        record_shown(db, "missed_day", "2026-11-25", NOW)
        assert was_shown(db, "missed_day", "2026-11-25")
        assert not was_shown(db, "reminder", "2026-11-25")
        with pytest.raises(ValueError, match="kind"):
            record_shown(db, "", "2026-11-25", NOW)
    assert table_rows(saved_0003)["notice_shown"] == [
        {"kind": "missed_day", "key": "2026-11-25", "shown_utc": "2026-11-28T06:26:40Z"}
    ]
