from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from ledhalsa_desktop.storage.recovery import move_aside

from .helpers import NOW, copy_while_open, overwrite, set_language, stored_language


def digests(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.iterdir()}


def test_move_aside_keeps_every_byte(migrated_db: Path) -> None:
    overwrite(migrated_db, 2 * 4096 + 8, os.urandom(4000))
    before = digests(migrated_db.parent)[migrated_db.name]
    moved = move_aside(migrated_db, NOW)
    assert moved == migrated_db.parent / "ledhalsa.damaged-2026-11-28_062640.db"
    assert not migrated_db.exists()
    assert digests(migrated_db.parent) == {moved.name: before}


def test_move_aside_takes_the_wal_and_shm_along(tmp_path: Path, migrated_db: Path, writer: sqlite3.Connection) -> None:
    set_language(writer, "en")
    crashed = tmp_path / "crashed"
    copy_while_open(migrated_db.parent, crashed, with_shm=True)
    before = digests(crashed)
    moved = move_aside(crashed / migrated_db.name, NOW)
    after = digests(crashed)
    assert sorted(after) == sorted(name.replace("ledhalsa.db", moved.name) for name in before)
    assert sorted(after.values()) == sorted(before.values())
    assert stored_language(moved) == "en"


def test_move_aside_never_overwrites_an_earlier_one(db_path: Path) -> None:
    db_path.write_bytes(b"first damaged file")
    first = move_aside(db_path, NOW)
    db_path.write_bytes(b"second damaged file")
    second = move_aside(db_path, NOW)
    assert second.name == "ledhalsa.damaged-2026-11-28_062640-2.db"
    assert first.read_bytes() == b"first damaged file"
    assert second.read_bytes() == b"second damaged file"


def test_move_aside_of_a_missing_file(db_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        move_aside(db_path, NOW)
