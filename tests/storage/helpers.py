"""Shared helpers for the storage tests."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ledhalsa_desktop.storage.sqlite_file import connect

APP_VERSION = "0.1.0"
NOW = datetime(2026, 11, 28, 6, 26, 40, tzinfo=UTC)

FolderSnapshot = dict[str, tuple[str, int]]


def folder_snapshot(folder: Path) -> FolderSnapshot:
    """Every file in the folder with the SHA-256 of its bytes and its mtime."""
    return {
        path.name: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def copy_while_open(source_dir: Path, target_dir: Path, *, with_shm: bool) -> None:
    """What a crash leaves behind: the files exactly as they are while a connection is open."""
    target_dir.mkdir()
    for path in source_dir.iterdir():
        if path.name.endswith("-shm") and not with_shm:
            continue
        shutil.copy2(path, target_dir / path.name)


def set_language(conn: sqlite3.Connection, language: str) -> None:
    conn.execute("UPDATE settings SET language = ? WHERE id = 1", (language,))


def stored_language(db: Path) -> str:
    conn = connect(db, read_only=True)
    try:
        return str(conn.execute("SELECT language FROM settings WHERE id = 1").fetchone()[0])
    finally:
        conn.close()


def overwrite(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as file:
        file.seek(offset)
        file.write(data)
