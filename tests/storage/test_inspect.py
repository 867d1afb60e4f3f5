from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from ledhalsa_desktop.storage import inspect as inspect_module
from ledhalsa_desktop.storage.inspect import DatabaseKind, DatabaseState, inspect_database
from ledhalsa_desktop.storage.schema import head_revision
from ledhalsa_desktop.storage.sqlite_file import connect

from .helpers import APP_VERSION, SAVED_0001, copy_saved, copy_while_open, folder_snapshot, overwrite, set_language


def inspect_unchanged(path: Path) -> DatabaseState:
    before = folder_snapshot(path.parent) if path.parent.exists() else None
    state = inspect_database(path)
    after = folder_snapshot(path.parent) if path.parent.exists() else None
    assert after == before
    return state


def make_newer(db: Path) -> None:
    conn = connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.execute("UPDATE app_info SET value = '9.9.0' WHERE key = 'last_written_by_version'")
    conn.close()


def test_missing(db_path: Path) -> None:
    assert inspect_unchanged(db_path) == DatabaseState(DatabaseKind.MISSING)


def test_zero_byte_file_is_empty(db_path: Path) -> None:
    db_path.touch()
    assert inspect_unchanged(db_path) == DatabaseState(DatabaseKind.EMPTY)


def test_sqlite_database_without_tables_is_empty(db_path: Path) -> None:
    conn = connect(db_path)
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    assert inspect_unchanged(db_path).kind is DatabaseKind.EMPTY


def test_current(migrated_db: Path) -> None:
    state = inspect_unchanged(migrated_db)
    assert state == DatabaseState(DatabaseKind.CURRENT, revision=head_revision(), written_by=APP_VERSION)


def test_current_with_changes_still_in_the_wal(migrated_db: Path, writer: sqlite3.Connection, tmp_path: Path) -> None:
    set_language(writer, "en")
    assert inspect_database(migrated_db).kind is DatabaseKind.CURRENT
    crashed = tmp_path / "crashed"
    copy_while_open(migrated_db.parent, crashed, with_shm=False)
    assert inspect_unchanged(crashed / migrated_db.name).kind is DatabaseKind.CURRENT


def test_older(db_path: Path) -> None:
    copy_saved(SAVED_0001, db_path)
    assert inspect_unchanged(db_path) == DatabaseState(DatabaseKind.OLDER, revision="0001", written_by="0.1.0")


def test_older_than_a_head_yet_to_come(migrated_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    known = [*inspect_module.known_revisions(), "9998"]
    monkeypatch.setattr(inspect_module, "known_revisions", lambda: known)
    monkeypatch.setattr(inspect_module, "head_revision", lambda: known[-1])
    assert inspect_unchanged(migrated_db).kind is DatabaseKind.OLDER


def test_newer_names_the_version_that_wrote_it(migrated_db: Path) -> None:
    make_newer(migrated_db)
    assert inspect_unchanged(migrated_db) == DatabaseState(DatabaseKind.NEWER, revision="9999", written_by="9.9.0")


def test_newer_without_app_info(migrated_db: Path) -> None:
    make_newer(migrated_db)
    conn = connect(migrated_db)
    conn.execute("DROP TABLE app_info")
    conn.close()
    assert inspect_unchanged(migrated_db) == DatabaseState(DatabaseKind.NEWER, revision="9999", written_by=None)


@pytest.mark.parametrize(
    "content",
    [b"garbage " * 1000, os.urandom(10_000), bytes(4096)],
    ids=["text", "random", "zeros"],
)
def test_garbage_is_damaged(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    state = inspect_unchanged(db_path)
    assert state.kind is DatabaseKind.DAMAGED and state.detail


@pytest.mark.parametrize("page", [1, 2, 3])
def test_overwritten_page_is_damaged(migrated_db: Path, page: int) -> None:
    overwrite(migrated_db, page * 4096 + 8, os.urandom(4000))
    state = inspect_unchanged(migrated_db)
    assert state.kind is DatabaseKind.DAMAGED and state.detail


def test_truncated_file_is_damaged(migrated_db: Path) -> None:
    with open(migrated_db, "r+b") as file:
        file.truncate(migrated_db.stat().st_size // 2)
    state = inspect_unchanged(migrated_db)
    assert state.kind is DatabaseKind.DAMAGED and state.detail


def test_someone_elses_database_is_not_taken_as_empty(db_path: Path) -> None:
    conn = connect(db_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    state = inspect_unchanged(db_path)
    assert state.kind is DatabaseKind.DAMAGED and state.detail


def test_a_folder_in_place_of_the_file_is_damaged(db_path: Path) -> None:
    db_path.mkdir()
    assert inspect_database(db_path).kind is DatabaseKind.DAMAGED
