"""Migration 0003 (assessment, program, sessions, changes, flares, pain diary) on a saved 0002 database."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from ledhalsa_desktop.opening import open_database
from ledhalsa_desktop.storage.backup import list_backups
from ledhalsa_desktop.storage.inspect import DatabaseKind, DatabaseState, inspect_database
from ledhalsa_desktop.storage.migrate import upgrade_to_head
from ledhalsa_desktop.storage.schema import head_revision
from ledhalsa_desktop.storage.sqlite_file import COMPANION_SUFFIXES, companion, connect, quick_check

from .helpers import NOW, SAVED_0002, copy_saved, schema_description, table_rows
from .test_migration_0002 import SilentAsker, assert_nothing_lost

NEXT_VERSION = "0.3.0"
SAVED_0002_SHA256 = "2761c3d7a5a6eb5f066aa3c954c8c0639902487028fa300e995f3d708868db16"
NEW_TABLES = [
    "assessment",
    "assessment_answer",
    "assessment_joint",
    "assessment_red_flag",
    "diary_draft",
    "diary_entry",
    "diary_pain",
    "flare",
    "program",
    "program_change",
    "program_exercise",
    "red_flag_stop",
    "session_exercise",
    "training_session",
]


@pytest.fixture
def saved_0002(db_path: Path) -> Path:
    return copy_saved(SAVED_0002, db_path)


def test_the_saved_file_is_the_landed_0002_schema_with_akes_data() -> None:
    for suffix in COMPANION_SUFFIXES:
        assert not companion(SAVED_0002, suffix).exists()
    assert quick_check(SAVED_0002) is None
    rows = table_rows(SAVED_0002)
    assert rows["profile"][0]["name"] == "Åke Öberg"
    assert rows["settings"][0]["voice_speed"] == "slow"
    assert len(rows["exercise_feedback"]) == 2
    assert inspect_database(SAVED_0002) == DatabaseState(DatabaseKind.OLDER, revision="0002", written_by="0.1.0")
    assert hashlib.sha256(SAVED_0002.read_bytes()).hexdigest() == SAVED_0002_SHA256, "the saved file is never remade"


def test_migrating_keeps_every_row_and_adds_empty_tables(saved_0002: Path) -> None:
    before = table_rows(saved_0002)
    upgrade_to_head(saved_0002, NEXT_VERSION)
    after = table_rows(saved_0002)
    assert_nothing_lost(before, after)
    for table in NEW_TABLES:
        assert after[table] == [], table
    assert inspect_database(saved_0002).kind is DatabaseKind.CURRENT
    assert head_revision() >= "0003"
    assert quick_check(saved_0002) is None


def test_a_migrated_0002_file_has_the_same_schema_as_a_new_one(saved_0002: Path, migrated_db: Path) -> None:
    upgrade_to_head(saved_0002, NEXT_VERSION)
    assert schema_description(saved_0002) == schema_description(migrated_db)


def test_opening_backs_up_the_0002_file_first(saved_0002: Path, backups_dir: Path) -> None:
    before = table_rows(saved_0002)
    opened = open_database(saved_0002, backups_dir, NOW, SilentAsker())
    assert opened.migrated
    (backup,) = list_backups(backups_dir)
    assert backup.reason == "premigrate"
    assert inspect_database(backup.path).revision == "0002"
    assert table_rows(backup.path) == before


def _insert_assessment(conn: sqlite3.Connection, **changes: object) -> int:
    values: dict[str, object] = {
        "kind": "start",
        "taken_on": "2027-01-04",
        "recorded_utc": "2027-01-04T09:00:00Z",
        "pain_now": 4,
        "pain_last_week": 5,
        "function_score": 60,
    }
    values.update(changes)
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor = conn.execute(f"INSERT INTO assessment ({columns}) VALUES ({marks})", tuple(values.values()))
    return int(cursor.lastrowid or 0)


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "week_7"},
        {"taken_on": "2027-02-30"},
        {"taken_on": "4 jan"},
        {"pain_now": 11},
        {"function_score": -1},
        {"chair_stands": 61},
        {"balance_seconds": 31},
        {"sex": "other"},
        {"goal": "x" * 301},
    ],
)
def test_the_new_tables_refuse_impossible_values(migrated_db: Path, changes: dict[str, object]) -> None:
    conn = connect(migrated_db)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            _insert_assessment(conn, **changes)
    finally:
        conn.close()


def test_training_days_and_dates_are_checked_and_children_follow_their_assessment(migrated_db: Path) -> None:
    conn = connect(migrated_db)
    try:
        assessment = _insert_assessment(conn)
        conn.execute("INSERT INTO assessment_joint VALUES (?, 'knee', 0, 'left')", (assessment,))
        insert_program = (
            "INSERT INTO program (assessment_id, created_utc, start_date, training_days) VALUES (?, ?, ?, ?)"
        )
        conn.execute(insert_program, (assessment, "2027-01-04T09:00:00Z", "2027-01-04", "0,2,4"))
        for days in ("0,2,9", "mon", "0"):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(insert_program, (assessment, "2027-01-04T09:00:00Z", "2027-01-04", days))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(insert_program, (999, "2027-01-04T09:00:00Z", "2027-01-04", "0,2,4"))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO flare (started_on, ended_on, recorded_utc) VALUES ('2027-01-10', '2027-01-09', 'x')"
            )
        conn.execute("DELETE FROM program")
        conn.execute("DELETE FROM assessment WHERE id = ?", (assessment,))
        assert conn.execute("SELECT count(*) FROM assessment_joint").fetchone()[0] == 0
    finally:
        conn.close()
