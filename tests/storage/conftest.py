"""Fixtures for the storage tests: every test works in its own temporary data folder."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from ledhalsa_desktop import paths
from ledhalsa_desktop.storage.sqlite_file import connect

from .helpers import APP_VERSION


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ledhalsa_desktop.storage.migrate import upgrade_to_head

    path = tmp_path_factory.mktemp("template") / paths.DATABASE_NAME
    upgrade_to_head(path, APP_VERSION)
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return paths.database_path(data_dir)


@pytest.fixture
def backups_dir(data_dir: Path) -> Path:
    return paths.backup_dir(data_dir)


@pytest.fixture
def migrated_db(db_path: Path, migrated_template: Path) -> Path:
    """A database at the newest schema, closed cleanly (no -wal file)."""
    shutil.copyfile(migrated_template, db_path)
    return db_path


@pytest.fixture
def writer(migrated_db: Path) -> Iterator[sqlite3.Connection]:
    """An open read-write connection that never checkpoints by itself, so changes stay in the -wal."""
    conn = connect(migrated_db)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    yield conn
    conn.close()
