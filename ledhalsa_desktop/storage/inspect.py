"""What state the database file is in, found without writing anything."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ledhalsa_desktop.storage.app_info import LAST_WRITTEN_BY_VERSION
from ledhalsa_desktop.storage.schema import VERSION_TABLE, head_revision, known_revisions
from ledhalsa_desktop.storage.sqlite_file import check_connection, connect, has_sqlite_header, shorten


class DatabaseKind(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"
    DAMAGED = "damaged"


@dataclass(frozen=True)
class DatabaseState:
    kind: DatabaseKind
    revision: str | None = None
    written_by: str | None = None
    detail: str | None = None


def inspect_database(path: Path) -> DatabaseState:
    """Never writes. Raises OSError only when the file exists but cannot be read at all."""
    path = Path(path)
    if not path.exists():
        return DatabaseState(DatabaseKind.MISSING)
    if not path.is_file():
        return _damaged("not a regular file")
    if path.stat().st_size == 0:
        return DatabaseState(DatabaseKind.EMPTY)
    if not has_sqlite_header(path):
        return _damaged("not an SQLite database")
    try:
        conn = connect(path, read_only=True)
        try:
            return _state_of(conn)
        finally:
            conn.close()
    except sqlite3.Error as error:
        return _damaged(str(error) or type(error).__name__)


def _state_of(conn: sqlite3.Connection) -> DatabaseState:
    problem = check_connection(conn)
    if problem is not None:
        return _damaged(problem)
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    own_tables = {name for name in tables if not name.startswith("sqlite_")} - {VERSION_TABLE}
    revisions = (
        [str(row[0]) for row in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
        if VERSION_TABLE in tables
        else []
    )
    if not revisions:
        if own_tables:
            return _damaged("tables without a schema version: not a Ledhälsa database")
        return DatabaseState(DatabaseKind.EMPTY)
    written_by = _last_written_by(conn) if "app_info" in tables else None
    revision = ", ".join(revisions)
    known = known_revisions()
    if any(one not in known for one in revisions):
        return DatabaseState(DatabaseKind.NEWER, revision=revision, written_by=written_by)
    if len(revisions) > 1:
        return _damaged(f"several schema versions at once: {revision}")
    kind = DatabaseKind.CURRENT if revision == head_revision() else DatabaseKind.OLDER
    return DatabaseState(kind, revision=revision, written_by=written_by)


def _last_written_by(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM app_info WHERE key = ?", (LAST_WRITTEN_BY_VERSION,)).fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _damaged(detail: str) -> DatabaseState:
    return DatabaseState(DatabaseKind.DAMAGED, detail=shorten(detail))
