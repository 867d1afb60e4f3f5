from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ledhalsa_desktop.core.profile import Profile, Sex
from ledhalsa_desktop.core.settings import Settings, Theme, VoiceSpeed
from ledhalsa_desktop.storage.sqlite_file import connect
from ledhalsa_desktop.storage.startup import StartupSnapshot, read_snapshot

from .helpers import folder_snapshot


def run_sql(db: Path, *statements: str, ignore_checks: bool = False) -> None:
    conn = connect(db)
    if ignore_checks:
        conn.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        conn.execute(statement)
    conn.close()


def test_a_new_database_gives_the_defaults(migrated_db: Path) -> None:
    assert read_snapshot(migrated_db) == StartupSnapshot(Settings(), Profile())


def test_stored_values_are_read(migrated_db: Path) -> None:
    run_sql(
        migrated_db,
        "UPDATE settings SET language = 'en', text_scale = 175, theme = 'high_contrast', welcome_completed = 1",
        "UPDATE profile SET name = 'Åsa Berg', birth_year = 1951, sex = 'female'",
    )
    before = folder_snapshot(migrated_db.parent)
    snapshot = read_snapshot(migrated_db)
    assert folder_snapshot(migrated_db.parent) == before
    assert snapshot.settings == Settings("en", 175, Theme.HIGH_CONTRAST, True)
    assert snapshot.profile == Profile("Åsa Berg", 1951, Sex.FEMALE)


def test_stored_voice_settings_are_read(migrated_db: Path) -> None:
    run_sql(migrated_db, "UPDATE settings SET voice_enabled = 0, voice_speed = 'fast'")
    settings = read_snapshot(migrated_db).settings
    assert settings == Settings(voice_enabled=False, voice_speed=VoiceSpeed.FAST)
    assert settings.voice_speed is VoiceSpeed.FAST


@pytest.mark.parametrize("speed", list(VoiceSpeed))
@pytest.mark.parametrize("enabled", [0, 1])
def test_every_voice_setting_is_read(migrated_db: Path, enabled: int, speed: VoiceSpeed) -> None:
    run_sql(migrated_db, f"UPDATE settings SET voice_enabled = {enabled}, voice_speed = '{speed.value}'")
    assert read_snapshot(migrated_db).settings == Settings(voice_enabled=bool(enabled), voice_speed=speed)


def test_values_still_in_the_wal_are_read(migrated_db: Path, writer: sqlite3.Connection) -> None:
    writer.execute("UPDATE settings SET text_scale = 150")
    assert read_snapshot(migrated_db).settings.text_scale == 150


@pytest.mark.parametrize(
    "settings_sql",
    [
        "UPDATE settings SET language = 'fi'",
        "UPDATE settings SET text_scale = 400",
        "UPDATE settings SET text_scale = 'large'",
        "UPDATE settings SET text_scale = 150.5",
        "UPDATE settings SET theme = 'neon'",
        "UPDATE settings SET welcome_completed = 7",
        "UPDATE settings SET voice_enabled = 7",
        "UPDATE settings SET voice_enabled = 'no'",
        "UPDATE settings SET voice_enabled = 0.5",
        "UPDATE settings SET voice_speed = 'turbo'",
        "UPDATE settings SET voice_speed = 3",
        "UPDATE settings SET voice_speed = x'00'",
    ],
)
def test_out_of_range_settings_fall_back_to_defaults(migrated_db: Path, settings_sql: str) -> None:
    run_sql(migrated_db, settings_sql, ignore_checks=True)
    assert read_snapshot(migrated_db).settings == Settings()


@pytest.mark.parametrize(
    "profile_sql",
    [
        "UPDATE profile SET name = '" + "x" * 61 + "'",
        "UPDATE profile SET name = 'a' || char(7) || 'b'",
        "UPDATE profile SET name = '   '",
        "UPDATE profile SET name = x'0102'",
        "UPDATE profile SET birth_year = 1850",
        "UPDATE profile SET birth_year = 'old'",
        "UPDATE profile SET sex = 'other'",
    ],
)
def test_out_of_range_profile_values_fall_back_to_none(migrated_db: Path, profile_sql: str) -> None:
    run_sql(migrated_db, profile_sql, ignore_checks=True)
    assert read_snapshot(migrated_db).profile == Profile()


def test_one_bad_value_does_not_spoil_the_others(migrated_db: Path) -> None:
    run_sql(migrated_db, "UPDATE settings SET language = 'en', text_scale = 999", ignore_checks=True)
    assert read_snapshot(migrated_db).settings == Settings(language="en")
    run_sql(migrated_db, "UPDATE settings SET voice_enabled = 0, voice_speed = 'warp'", ignore_checks=True)
    assert read_snapshot(migrated_db).settings == Settings(language="en", voice_enabled=False)


def test_missing_rows_give_the_defaults(migrated_db: Path) -> None:
    run_sql(migrated_db, "DELETE FROM settings", "DELETE FROM profile")
    assert read_snapshot(migrated_db) == StartupSnapshot(Settings(), Profile())
