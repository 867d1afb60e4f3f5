from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ledhalsa_desktop.core.profile import Profile, ProfileProblem, Sex
from ledhalsa_desktop.core.settings import Settings, SettingsError, Theme
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.repositories import load_profile, load_settings, save_profile, save_settings
from ledhalsa_desktop.storage.row_values import InvalidProfileError
from ledhalsa_desktop.storage.sqlite_file import companion, connect

from .helpers import NOW


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
    wanted = Settings(language="en", text_scale=125, theme=Theme.HIGH_CONTRAST, welcome_completed=True)
    save_settings(database, wanted, NOW)
    assert load_settings(database) == wanted
    assert stored_row(migrated_db, "settings") == (1, "en", 125, "high_contrast", 1, "2026-11-28T06:26:40Z")


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


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE settings SET language = 'de'",
        "UPDATE settings SET text_scale = 99",
        "UPDATE settings SET text_scale = 201",
        "UPDATE settings SET theme = 'dark'",
        "UPDATE settings SET welcome_completed = 2",
        "UPDATE settings SET language = NULL",
        "INSERT INTO settings (id, updated_utc) VALUES (2, 'x')",
        "UPDATE profile SET name = '" + "x" * 61 + "'",
        "UPDATE profile SET birth_year = 1899",
        "UPDATE profile SET birth_year = 2101",
        "UPDATE profile SET sex = 'other'",
        "UPDATE profile SET updated_utc = NULL",
        "INSERT INTO profile (id, updated_utc) VALUES (2, 'x')",
        "INSERT INTO app_info (key, value) VALUES ('k', NULL)",
    ],
)
def test_check_constraints_are_the_last_line_of_defence(migrated_db: Path, statement: str) -> None:
    conn = connect(migrated_db)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(statement)
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
