from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from sqlalchemy import text

from ledhalsa_desktop.core.profile import Profile, ProfileProblem, Sex
from ledhalsa_desktop.core.settings import (
    LANGUAGES,
    MAX_TEXT_SCALE,
    MIN_TEXT_SCALE,
    Settings,
    SettingsError,
    Theme,
    VoiceSpeed,
)
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.repositories import load_profile, load_settings, save_profile, save_settings
from ledhalsa_desktop.storage.row_values import InvalidProfileError
from ledhalsa_desktop.storage.sqlite_file import companion, connect
from ledhalsa_desktop.storage.startup import read_snapshot

from .helpers import NOW

FEEDBACK_INSERT = "INSERT INTO exercise_feedback (recorded_utc, exercise_id, level, kind, switched_to_level) VALUES"


@pytest.fixture
def database(migrated_db: Path) -> Iterator[Database]:
    db = Database(migrated_db)
    yield db
    db.close()


def stored_row(db: Path, table: str) -> tuple[object, ...]:
    conn = connect(db, read_only=True)
    try:
        return tuple(conn.execute(f"SELECT * FROM {table}").fetchone())
    finally:
        conn.close()


def test_engine_connections_have_the_pragmas(database: Database) -> None:
    with database.engine.connect() as connection:
        values = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("busy_timeout", "journal_mode", "synchronous", "foreign_keys")
        }
    assert values == {"busy_timeout": 5000, "journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


def test_settings_round_trip(database: Database, migrated_db: Path) -> None:
    wanted = Settings(
        language="en",
        text_scale=125,
        theme=Theme.HIGH_CONTRAST,
        welcome_completed=True,
        voice_enabled=False,
        voice_speed=VoiceSpeed.SLOW,
        reminders_on=False,
        reminder_time=time(7, 5),
        start_with_computer=True,
    )
    save_settings(database, wanted, NOW)
    assert load_settings(database) == wanted
    assert stored_row(migrated_db, "settings") == (
        1,
        "en",
        125,
        "high_contrast",
        1,
        "2026-11-28T06:26:40Z",
        0,
        "slow",
        0,
        "07:05",
        1,
    )


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.builds(
        Settings,
        language=st.sampled_from(LANGUAGES),
        text_scale=st.integers(min_value=MIN_TEXT_SCALE, max_value=MAX_TEXT_SCALE),
        theme=st.sampled_from(list(Theme)),
        welcome_completed=st.booleans(),
        voice_enabled=st.booleans(),
        voice_speed=st.sampled_from(list(VoiceSpeed)),
    )
)
def test_every_valid_settings_round_trips(database: Database, migrated_db: Path, wanted: Settings) -> None:
    save_settings(database, wanted, NOW)
    assert load_settings(database) == wanted
    assert read_snapshot(migrated_db).settings == wanted


def test_profile_round_trip_with_a_tidied_name(database: Database, migrated_db: Path) -> None:
    stored = save_profile(database, Profile(name="  Åsa   Berg ", birth_year=1951, sex=Sex.FEMALE), NOW)
    assert stored == Profile(name="Åsa Berg", birth_year=1951, sex=Sex.FEMALE)
    assert load_profile(database) == stored
    assert stored_row(migrated_db, "profile") == (1, "Åsa Berg", 1951, "female", "2026-11-28T06:26:40Z")


def test_an_emptied_profile_is_stored_as_nulls(database: Database, migrated_db: Path) -> None:
    save_profile(database, Profile(name="Åsa", birth_year=1951, sex=Sex.FEMALE), NOW)
    assert save_profile(database, Profile(name="   "), NOW) == Profile()
    assert stored_row(migrated_db, "profile")[1:4] == (None, None, None)


@pytest.mark.parametrize(
    ("profile", "problem"),
    [
        (Profile(name="x" * 61), ProfileProblem.NAME_TOO_LONG),
        (Profile(name="a\x07b"), ProfileProblem.NAME_HAS_CONTROL_CHARACTERS),
        (Profile(birth_year=1899), ProfileProblem.BIRTH_YEAR_TOO_EARLY),
        (Profile(birth_year=NOW.year - 17), ProfileProblem.BIRTH_YEAR_TOO_LATE),
        (Profile(sex="other"), None),  # type: ignore[arg-type]
        (Profile(birth_year="1950"), None),  # type: ignore[arg-type]
    ],
)
def test_a_bad_profile_is_refused_before_the_database(
    database: Database, migrated_db: Path, profile: Profile, problem: ProfileProblem | None
) -> None:
    before = stored_row(migrated_db, "profile")
    with pytest.raises(InvalidProfileError) as raised:
        save_profile(database, profile, NOW)
    assert isinstance(raised.value, ValueError)
    assert raised.value.problem == problem
    assert stored_row(migrated_db, "profile") == before


def test_settings_that_slipped_past_validation_are_refused(database: Database) -> None:
    sneaky = Settings()
    object.__setattr__(sneaky, "text_scale", 500)
    with pytest.raises(SettingsError):
        save_settings(database, sneaky, NOW)
    not_a_bool = Settings()
    object.__setattr__(not_a_bool, "welcome_completed", "yes")
    with pytest.raises(SettingsError):
        save_settings(database, not_a_bool, NOW)
    for field, value in [("voice_enabled", 1), ("voice_enabled", None), ("voice_speed", "turbo"), ("voice_speed", 0.3)]:
        sneaky = Settings()
        object.__setattr__(sneaky, field, value)
        with pytest.raises(SettingsError):
            save_settings(database, sneaky, NOW)
    assert load_settings(database) == Settings()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE settings SET language = 'de'",
        "UPDATE settings SET text_scale = 99",
        "UPDATE settings SET text_scale = 201",
        "UPDATE settings SET theme = 'dark'",
        "UPDATE settings SET welcome_completed = 2",
        "UPDATE settings SET language = NULL",
        "UPDATE settings SET voice_enabled = 2",
        "UPDATE settings SET voice_enabled = -1",
        "UPDATE settings SET voice_enabled = NULL",
        "UPDATE settings SET voice_speed = 'turbo'",
        "UPDATE settings SET voice_speed = 'Slow'",
        "UPDATE settings SET voice_speed = NULL",
        "INSERT INTO settings (id, updated_utc) VALUES (2, 'x')",
        "UPDATE profile SET name = '" + "x" * 61 + "'",
        "UPDATE profile SET birth_year = 1899",
        "UPDATE profile SET birth_year = 2101",
        "UPDATE profile SET sex = 'other'",
        "UPDATE profile SET updated_utc = NULL",
        "INSERT INTO profile (id, updated_utc) VALUES (2, 'x')",
        "INSERT INTO app_info (key, value) VALUES ('k', NULL)",
        *(
            f"{FEEDBACK_INSERT} ({values})"
            for values in [
                "'2026-11-28T06:26:40Z', 'knee_sit_to_stand', 2, 'ouch', NULL",
                "'2026-11-28T06:26:40Z', 'knee_sit_to_stand', 2, 'Too_Hard', NULL",
                "'2026-11-28T06:26:40Z', 'knee_sit_to_stand', 2, NULL, NULL",
                "'2026-11-28T06:26:40Z', 'knee_sit_to_stand', 0, 'too_hard', NULL",
                "'2026-11-28T06:26:40Z', 'knee_sit_to_stand', 5, 'too_hard', NULL",
                "'2026-11-28T06:26:40Z', 'knee_sit_to_stand', NULL, 'too_hard', NULL",
                "'2026-11-28T06:26:40Z', 'knee_sit_to_stand', 2, 'too_painful', 0",
                "'2026-11-28T06:26:40Z', 'knee_sit_to_stand', 2, 'too_painful', 5",
                "'2026-11-28T06:26:40Z', '', 2, 'too_painful', 1",
                "'2026-11-28T06:26:40Z', '" + "x" * 61 + "', 2, 'too_painful', 1",
                "'2026-11-28T06:26:40Z', NULL, 2, 'too_painful', 1",
                "NULL, 'knee_sit_to_stand', 2, 'too_painful', 1",
            ]
        ),
    ],
)
def test_check_constraints_are_the_last_line_of_defence(migrated_db: Path, statement: str) -> None:
    conn = connect(migrated_db)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(statement)
    finally:
        conn.close()


@pytest.mark.parametrize(
    "values",
    [
        "'2026-11-28T06:26:40Z', 'knee_sit_to_stand', 2, 'too_painful', 1",
        "'2026-11-28T06:26:40Z', 'k', 1, 'too_hard', NULL",
        "'2026-11-28T06:26:40Z', '" + "x" * 60 + "', 4, 'too_hard', 4",
    ],
)
def test_the_check_constraints_let_good_rows_in(migrated_db: Path, values: str) -> None:
    conn = connect(migrated_db)
    try:
        conn.execute(f"{FEEDBACK_INSERT} ({values})")
    finally:
        conn.close()


def test_session_rolls_back_when_the_block_raises(database: Database) -> None:
    with pytest.raises(RuntimeError), database.session() as session:
        session.execute(text("UPDATE settings SET language = 'en'"))
        raise RuntimeError("stop")
    assert load_settings(database).language == "sv"


def test_close_checkpoints_the_wal(migrated_db: Path) -> None:
    database = Database(migrated_db)
    save_settings(database, Settings(language="en"), NOW)
    with database.engine.connect():
        assert companion(migrated_db, "-wal").exists()
    database.close()
    wal = companion(migrated_db, "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    conn = sqlite3.connect(f"{migrated_db.as_uri()}?immutable=1", uri=True)
    assert conn.execute("SELECT language FROM settings").fetchone() == ("en",)
    conn.close()
