"""Which versions of the program created the database and wrote to it last (table app_info)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ledhalsa_desktop.storage.sqlite_file import connect

CREATED_BY_VERSION = "created_by_version"
LAST_WRITTEN_BY_VERSION = "last_written_by_version"


def read_app_info(conn: sqlite3.Connection) -> dict[str, str]:
    return {str(key): str(value) for key, value in conn.execute("SELECT key, value FROM app_info")}


def record_app_version(db_path: Path, app_version: str) -> None:
    """Notes app_version as the last writer (and as the creator if none is recorded); writes only on change."""
    if not app_version.strip():
        raise ValueError("app_version must not be empty")
    conn = connect(db_path)
    try:
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            info = read_app_info(conn)
            if CREATED_BY_VERSION not in info:
                conn.execute("INSERT INTO app_info (key, value) VALUES (?, ?)", (CREATED_BY_VERSION, app_version))
            if info.get(LAST_WRITTEN_BY_VERSION) != app_version:
                conn.execute(
                    "INSERT INTO app_info (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (LAST_WRITTEN_BY_VERSION, app_version),
                )
    finally:
        conn.close()
