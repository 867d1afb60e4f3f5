"""Shared helpers for the storage tests."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ledhalsa_desktop.storage.sqlite_file import connect

APP_VERSION = "0.1.0"
DATA = Path(__file__).resolve().parent / "data"
# A user's database as the released 0.1.0 left it (schema 0001); see data/make_schema_0001.py.
SAVED_0001 = DATA / "schema_0001.db"
# The same for the landed schema 0002; see data/make_schema_0002.py.
SAVED_0002 = DATA / "schema_0002.db"
# The landed schema 0003 (version 0.2.0) with five weeks of a course; see data/make_schema_0003.py.
SAVED_0003 = DATA / "schema_0003.db"
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


def schema_description(db: Path) -> dict[str, object]:
    """What the file's schema means, table by table, leaving out how the CREATE statements happen to be written.

    A table rebuilt by a batch migration is stored as CREATE TABLE "name" (quoted, after the rename) and
    may list its parts in another order than create_all writes them; what the tables accept, reject and
    fill in by default is the same, and that is what is compared.
    """
    from sqlalchemy import create_engine
    from sqlalchemy import inspect as sa_inspect

    engine = create_engine(f"sqlite:///{db}")
    try:
        inspector = sa_inspect(engine)
        checks = {
            table: sorted(
                (str(check["name"]), " ".join(check["sqltext"].split()))
                for check in inspector.get_check_constraints(table)
            )
            for table in inspector.get_table_names()
        }
    finally:
        engine.dispose()
    conn = connect(db, read_only=True)
    try:
        master = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        tables = [name for kind, name, _, _ in master if kind == "table" and name != "alembic_version"]
        description: dict[str, object] = {
            "tables": sorted(tables),
            "views and triggers": sorted((kind, name) for kind, name, _, _ in master if kind in ("view", "trigger")),
        }
        for table in tables:
            sql = next(sql for kind, name, _, sql in master if kind == "table" and name == table)
            description[table] = {
                "columns": conn.execute(f"PRAGMA table_xinfo('{table}')").fetchall(),
                "kind": conn.execute(
                    f"SELECT type, wr, strict FROM pragma_table_list WHERE name = '{table}'"
                ).fetchall(),
                "autoincrement": "AUTOINCREMENT" in (sql or "").upper(),
                "checks": checks.get(table, []),
                "CHECK keywords": len(re.findall(r"\bCHECK\b", sql or "", re.IGNORECASE)),
                "foreign keys": conn.execute(f"PRAGMA foreign_key_list('{table}')").fetchall(),
                "indexes": {
                    index[1]: (index[2:], conn.execute(f"PRAGMA index_xinfo('{index[1]}')").fetchall())
                    for index in conn.execute(f"PRAGMA index_list('{table}')").fetchall()
                },
            }
        return description
    finally:
        conn.close()


def copy_saved(saved: Path, target: Path) -> Path:
    """A copy of a saved database to migrate; the saved file itself is never opened for writing."""
    shutil.copyfile(saved, target)
    return target


def table_rows(db: Path) -> dict[str, list[dict[str, object]]]:
    """Every row of every table (alembic_version aside), as column -> value, in rowid order."""
    conn = connect(db, read_only=True)
    try:
        conn.row_factory = sqlite3.Row
        names = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if name != "alembic_version"
        ]
        return {name: [dict(row) for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid')] for name in names}
    finally:
        conn.close()
