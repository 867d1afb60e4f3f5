from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from ledhalsa_desktop.storage import models  # noqa: F401  (registers the tables in SQLModel.metadata)
from ledhalsa_desktop.storage.database import make_engine
from ledhalsa_desktop.storage.errors import DamagedDatabaseError, NewerDatabaseError
from ledhalsa_desktop.storage.inspect import DatabaseKind, inspect_database
from ledhalsa_desktop.storage.migrate import alembic_config, upgrade_to_head
from ledhalsa_desktop.storage.schema import VERSIONS_DIR, head_revision, known_revisions
from ledhalsa_desktop.storage.sqlite_file import connect

from .helpers import APP_VERSION, folder_snapshot, schema_description


def app_info(db: Path) -> dict[str, str]:
    conn = connect(db, read_only=True)
    try:
        return dict(conn.execute("SELECT key, value FROM app_info"))
    finally:
        conn.close()


def test_migrating_a_missing_file_creates_the_schema_with_default_rows(db_path: Path) -> None:
    upgrade_to_head(db_path, APP_VERSION)
    state = inspect_database(db_path)
    assert (state.kind, state.revision, state.written_by) == (DatabaseKind.CURRENT, head_revision(), APP_VERSION)
    conn = connect(db_path, read_only=True)
    try:
        settings = conn.execute(
            "SELECT id, language, text_scale, theme, welcome_completed, voice_enabled, voice_speed FROM settings"
        ).fetchall()
        profile = conn.execute("SELECT id, name, birth_year, sex FROM profile").fetchall()
        stamp = conn.execute("SELECT updated_utc FROM settings").fetchone()[0]
    finally:
        conn.close()
    assert settings == [(1, "sv", 100, "normal", 0, 1, "normal")]
    assert profile == [(1, None, None, None)]
    assert stamp.endswith("Z") and len(stamp) == len("2026-11-28T06:26:40Z")


def test_migrating_a_zero_byte_file(db_path: Path) -> None:
    db_path.touch()
    upgrade_to_head(db_path, APP_VERSION)
    assert inspect_database(db_path).kind is DatabaseKind.CURRENT


def test_migrating_an_empty_sqlite_database(db_path: Path) -> None:
    sqlite3.connect(db_path).execute("PRAGMA user_version = 0").connection.close()
    upgrade_to_head(db_path, APP_VERSION)
    assert inspect_database(db_path).kind is DatabaseKind.CURRENT


def test_migrated_database_is_in_wal_mode(migrated_db: Path) -> None:
    assert migrated_db.read_bytes()[18:20] == b"\x02\x02"


def test_app_versions_are_recorded(migrated_db: Path) -> None:
    assert app_info(migrated_db) == {"created_by_version": APP_VERSION, "last_written_by_version": APP_VERSION}
    upgrade_to_head(migrated_db, "0.2.0")
    assert app_info(migrated_db) == {"created_by_version": APP_VERSION, "last_written_by_version": "0.2.0"}


def test_a_second_upgrade_by_the_same_version_leaves_the_file_alone(migrated_db: Path) -> None:
    before = folder_snapshot(migrated_db.parent)
    upgrade_to_head(migrated_db, APP_VERSION)
    assert folder_snapshot(migrated_db.parent)[migrated_db.name][0] == before[migrated_db.name][0]


def test_a_newer_database_is_refused_and_not_written(migrated_db: Path) -> None:
    conn = connect(migrated_db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = folder_snapshot(migrated_db.parent)
    with pytest.raises(NewerDatabaseError):
        upgrade_to_head(migrated_db, APP_VERSION)
    assert folder_snapshot(migrated_db.parent) == before


def test_a_damaged_database_is_refused_and_not_written(db_path: Path) -> None:
    db_path.write_bytes(b"not a database at all" * 100)
    before = folder_snapshot(db_path.parent)
    with pytest.raises(DamagedDatabaseError):
        upgrade_to_head(db_path, APP_VERSION)
    assert folder_snapshot(db_path.parent) == before


def test_migrations_match_the_models(migrated_db: Path) -> None:
    engine = create_engine(f"sqlite:///{migrated_db}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(context, SQLModel.metadata) == []
    engine.dispose()


def test_migrations_and_models_make_the_same_tables_and_check_constraints(migrated_db: Path, tmp_path: Path) -> None:
    from_models = tmp_path / "from_models.db"
    engine = create_engine(f"sqlite:///{from_models}")
    SQLModel.metadata.create_all(engine)
    engine.dispose()
    from_migrations = schema_description(migrated_db)
    assert schema_description(from_models) == from_migrations
    assert from_migrations["tables"] == [
        "app_info",
        "assessment",
        "assessment_answer",
        "assessment_joint",
        "assessment_red_flag",
        "diary_draft",
        "diary_entry",
        "diary_pain",
        "exercise_feedback",
        "flare",
        "lesson_read",
        "notice_shown",
        "profile",
        "program",
        "program_change",
        "program_exercise",
        "red_flag_stop",
        "session_exercise",
        "settings",
        "sqlite_sequence",
        "training_session",
    ]
    settings = from_migrations["settings"]
    assert isinstance(settings, dict)
    assert ("settings_voice_speed_choice", "voice_speed IN ('slow', 'normal', 'fast')") in settings["checks"]
    assert ("settings_reminders_on_bool", "reminders_on IN (0, 1)") in settings["checks"]
    assert settings["CHECK keywords"] == len(settings["checks"]) == 10


SAMPLE_TABLE = "id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT 'x', CONSTRAINT c CHECK (a != '')"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("NOT NULL ", ""),
        ("'x'", "'y'"),
        ("a TEXT", "a INTEGER"),
        ("!=", "="),
        ("CONSTRAINT c", "CONSTRAINT d"),
        ("(a != '')", "(a != ''), CHECK (id > 0)"),
        ("PRIMARY KEY", "PRIMARY KEY AUTOINCREMENT"),
        ("'x'", "'x' UNIQUE"),
        ("id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT 'x'", "a TEXT NOT NULL DEFAULT 'x', id INTEGER PRIMARY KEY"),
    ],
)
def test_the_schema_description_sees_what_matters(tmp_path: Path, old: str, new: str) -> None:
    def described(name: str, create_sql: str) -> object:
        path = tmp_path / f"{name}.db"
        conn = sqlite3.connect(path)
        conn.execute(create_sql)
        conn.close()
        return schema_description(path)["t"]

    base = described("base", f"CREATE TABLE t ({SAMPLE_TABLE})")
    assert base == described("quoted", f'CREATE TABLE "t" (\n{SAMPLE_TABLE.replace(", ", ",   ")}\n)')
    assert old in SAMPLE_TABLE
    assert described("changed", f"CREATE TABLE t ({SAMPLE_TABLE.replace(old, new)})") != base


def test_schema_module_agrees_with_alembic() -> None:
    script = ScriptDirectory.from_config(alembic_config(Path("unused.db")))
    assert script.get_heads() == [head_revision()]
    oldest_first = [revision.revision for revision in reversed(list(script.walk_revisions()))]
    assert oldest_first == known_revisions()
    for earlier, later in zip(oldest_first, oldest_first[1:], strict=False):
        assert script.get_revision(later).down_revision == earlier
    assert script.get_revision(oldest_first[0]).down_revision is None


def test_revision_ids_are_numbered_from_0001_and_start_the_file_names() -> None:
    assert known_revisions() == [f"{number:04d}" for number in range(1, len(known_revisions()) + 1)]
    for revision in known_revisions():
        assert len(list(VERSIONS_DIR.glob(f"{revision}_*.py"))) == 1


def test_engine_connections_make_ddl_transactional(migrated_db: Path) -> None:
    engine = make_engine(migrated_db)
    with engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        connection.rollback()
    with engine.connect() as connection:
        tables = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE name = 'scratch'").fetchall()
    engine.dispose()
    assert tables == []
