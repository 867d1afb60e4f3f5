"""Opening the database file with the standard library's sqlite3, the same way every time."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
MAX_REASON_LENGTH = 200


def companion(db_path: Path, suffix: str) -> Path:
    """The file SQLite keeps next to the database, e.g. 'ledhalsa.db-wal'."""
    return db_path.with_name(db_path.name + suffix)


def apply_pragmas(conn: sqlite3.Connection, *, read_only: bool = False, foreign_keys: bool = True) -> None:
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if not read_only:
        (mode,) = conn.execute("PRAGMA journal_mode=WAL").fetchone()
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"could not switch the database to WAL (got {mode!r})")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with the program's pragmas, in autocommit mode (begin transactions explicitly).

    read_only never creates a file and never writes the database or its -wal; the -shm index is
    written only when this process already has it open through a read-write connection.
    """
    path = Path(path)
    if read_only:
        conn = _open_read_only(path)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        apply_pragmas(conn, read_only=read_only)
    except BaseException:
        conn.close()
        raise
    return conn


def _open_read_only(path: Path) -> sqlite3.Connection:
    # A plain mode=ro connection to a WAL database creates the -wal and -shm files when they are
    # missing, so the way of opening depends on which of them exist:
    # - no -wal, or an empty one and no -shm: no connection is open and the main file holds every
    #   committed page, so immutable=1 reads it without touching anything;
    # - -wal and -shm: readonly_shm=1 reads the log without writing the shared-memory index
    #   (SQLite rebuilds the index in private memory when the file is stale or damaged);
    # - -wal with content but no -shm: SQLite cannot read that log without creating the index file,
    #   so the database and its log are copied aside and read from memory.
    if not path.is_file():
        raise sqlite3.OperationalError(f"unable to open database file: {path} does not exist")
    wal = companion(path, "-wal")
    shm = companion(path, "-shm")
    wal_size = wal.stat().st_size if wal.exists() else 0
    uri = path.resolve().as_uri()
    if not wal.exists() or (wal_size == 0 and not shm.exists()):
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
    if shm.exists():
        return sqlite3.connect(f"{uri}?mode=ro&readonly_shm=1", uri=True, isolation_level=None)
    return _copy_into_memory(path, wal)


def _copy_into_memory(path: Path, wal: Path) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        with tempfile.TemporaryDirectory(prefix="ledhalsa-read-") as folder:
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, companion(copy, "-wal"))
            source = sqlite3.connect(copy, isolation_level=None)
            try:
                source.backup(memory)
            finally:
                source.close()
        memory.execute("PRAGMA query_only=ON")
    except BaseException:
        memory.close()
        raise
    return memory


def checkpoint(path: Path) -> bool:
    """Moves everything in the -wal file into the database and empties the log; True when complete."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(path)
    conn = connect(path)
    try:
        busy, log_frames, checkpointed_frames = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    return busy == 0 and log_frames == checkpointed_frames


def has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as file:
        return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def check_connection(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick integrity check on an open connection: None when ok, else what is wrong."""
    messages = [str(row[0]) for row in conn.execute("PRAGMA quick_check(3)").fetchall()]
    if messages == ["ok"]:
        return None
    return shorten("; ".join(messages) or "integrity check gave no answer")


def quick_check(path: Path) -> str | None:
    """None when the file is a sound SQLite database (an empty file counts), else a short reason."""
    path = Path(path)
    try:
        if not path.exists():
            return "the file does not exist"
        if not path.is_file():
            return "not a regular file"
        if path.stat().st_size == 0:
            return None
        if not has_sqlite_header(path):
            return "not an SQLite database"
        conn = connect(path, read_only=True)
        try:
            return check_connection(conn)
        finally:
            conn.close()
    except sqlite3.Error as error:
        return shorten(str(error) or type(error).__name__)
    except OSError as error:
        return shorten(f"cannot read the file: {error.strerror or error}")


def shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_REASON_LENGTH else text[: MAX_REASON_LENGTH - 1] + "…"
