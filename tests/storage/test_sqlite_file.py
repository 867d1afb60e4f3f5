from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from ledhalsa_desktop.storage.sqlite_file import checkpoint, companion, connect, quick_check

from .helpers import copy_while_open, folder_snapshot, overwrite, set_language, stored_language

PRAGMAS = ("busy_timeout", "journal_mode", "synchronous", "foreign_keys")
EXPECTED_PRAGMAS = {"busy_timeout": 5000, "journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


def pragma_values(conn: sqlite3.Connection) -> dict[str, object]:
    return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in PRAGMAS}


def test_read_write_connection_has_the_pragmas(db_path: Path) -> None:
    conn = connect(db_path)
    try:
        assert pragma_values(conn) == EXPECTED_PRAGMAS
    finally:
        conn.close()


def test_read_only_connection_has_the_pragmas_but_cannot_write(migrated_db: Path) -> None:
    conn = connect(migrated_db, read_only=True)
    try:
        values = pragma_values(conn)
        del values["journal_mode"]  # an immutable=1 connection ignores the log and reports 'delete'
        assert values == {name: value for name, value in EXPECTED_PRAGMAS.items() if name != "journal_mode"}
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("UPDATE settings SET language = 'en'")
    finally:
        conn.close()


def test_read_only_connection_to_a_missing_file_creates_nothing(data_dir: Path) -> None:
    with pytest.raises(sqlite3.OperationalError):
        connect(data_dir / "nothing.db", read_only=True)
    assert list(data_dir.iterdir()) == []


def test_read_only_changes_nothing_on_a_cleanly_closed_database(migrated_db: Path) -> None:
    before = folder_snapshot(migrated_db.parent)
    conn = connect(migrated_db, read_only=True)
    conn.execute("SELECT * FROM settings").fetchall()
    conn.close()
    assert folder_snapshot(migrated_db.parent) == before == {migrated_db.name: before[migrated_db.name]}


def test_read_only_sees_the_wal_of_a_live_writer_and_changes_neither_file(
    migrated_db: Path, writer: sqlite3.Connection
) -> None:
    set_language(writer, "en")
    wal = companion(migrated_db, "-wal")
    assert wal.stat().st_size > 0
    listing = sorted(os.listdir(migrated_db.parent))
    kept = {name: value for name, value in folder_snapshot(migrated_db.parent).items() if not name.endswith("-shm")}
    assert stored_language(migrated_db) == "en"
    after = {name: value for name, value in folder_snapshot(migrated_db.parent).items() if not name.endswith("-shm")}
    assert after == kept
    assert sorted(os.listdir(migrated_db.parent)) == listing


@pytest.mark.parametrize("with_shm", [True, False], ids=["wal-and-shm", "wal-only"])
def test_read_only_sees_the_wal_left_by_a_crash_and_changes_no_file(
    tmp_path: Path, migrated_db: Path, writer: sqlite3.Connection, with_shm: bool
) -> None:
    set_language(writer, "en")
    crashed = tmp_path / "crashed"
    copy_while_open(migrated_db.parent, crashed, with_shm=with_shm)
    crashed_db = crashed / migrated_db.name
    before = folder_snapshot(crashed)
    assert companion(crashed_db, "-wal").name in before
    assert stored_language(crashed_db) == "en"
    assert quick_check(crashed_db) is None
    assert folder_snapshot(crashed) == before


def test_checkpoint_moves_the_wal_into_the_database(migrated_db: Path, writer: sqlite3.Connection) -> None:
    set_language(writer, "en")
    wal = companion(migrated_db, "-wal")
    assert wal.stat().st_size > 0
    assert checkpoint(migrated_db) is True
    assert wal.stat().st_size == 0
    writer.close()
    conn = sqlite3.connect(f"{migrated_db.as_uri()}?immutable=1", uri=True)
    assert conn.execute("SELECT language FROM settings").fetchone() == ("en",)
    conn.close()


def test_checkpoint_of_a_missing_file_creates_nothing(data_dir: Path) -> None:
    with pytest.raises(FileNotFoundError):
        checkpoint(data_dir / "nothing.db")
    assert list(data_dir.iterdir()) == []


def test_quick_check_passes_a_sound_and_an_empty_database(migrated_db: Path, data_dir: Path) -> None:
    empty = data_dir / "empty.db"
    empty.touch()
    assert quick_check(migrated_db) is None
    assert quick_check(empty) is None


@pytest.mark.parametrize(
    "content",
    [b"hello, this is not a database\n" * 40, bytes(4096), os.urandom(8192), b"SQLite format 3\x00" + bytes(50)],
    ids=["text", "zeros", "random", "header-only"],
)
def test_quick_check_gives_a_reason_for_files_that_are_not_databases(data_dir: Path, content: bytes) -> None:
    path = data_dir / "garbage.db"
    path.write_bytes(content)
    reason = quick_check(path)
    assert isinstance(reason, str) and reason


def test_quick_check_gives_a_reason_for_a_missing_file(data_dir: Path) -> None:
    assert quick_check(data_dir / "nothing.db")


def test_quick_check_finds_an_overwritten_page(migrated_db: Path) -> None:
    page_size = 4096
    overwrite(migrated_db, 2 * page_size, os.urandom(page_size))
    assert quick_check(migrated_db)


@pytest.mark.parametrize("cut_pages", [1, 2.5, "half the file"])
def test_quick_check_finds_a_truncated_file(migrated_db: Path, cut_pages: float | str) -> None:
    # Cut whole pages, or through pages that hold something: the new database's last page may be an empty
    # table (sqlite_sequence), and cutting off only its unused bytes loses nothing SQLite could notice.
    page_size = 4096
    size = migrated_db.stat().st_size
    keep = size // 2 if isinstance(cut_pages, str) else size - int(cut_pages * page_size)
    with open(migrated_db, "r+b") as file:
        file.truncate(keep)
    assert quick_check(migrated_db)
