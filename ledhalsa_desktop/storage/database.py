"""The SQLAlchemy engine and sessions on the database file (slow to import: load lazily)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection
from sqlmodel import Session

from ledhalsa_desktop.storage.sqlite_file import apply_pragmas, checkpoint


def make_engine(db_path: Path | str, *, for_migration: bool = False) -> Engine:
    """An engine whose every connection has the program's pragmas and real transactions (DDL included).

    for_migration turns foreign keys off for the connection, as SQLite requires for table rebuilds:
    with them on, dropping the old copy of a table would cascade deletes into other tables.
    """
    engine = create_engine(URL.create("sqlite", database=str(db_path)))
    event.listen(engine, "connect", partial(_prepare_connection, foreign_keys=not for_migration))
    event.listen(engine, "begin", _begin_immediate if for_migration else _begin)
    return engine


def _prepare_connection(dbapi_connection: Any, _record: object, *, foreign_keys: bool) -> None:
    # sqlite3 on its own would not begin a transaction before DDL; the "begin" listener does it instead.
    dbapi_connection.isolation_level = None
    apply_pragmas(dbapi_connection, foreign_keys=foreign_keys)


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _begin_immediate(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """The open database: sessions for reading and writing, and a clean close on exit."""

    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path)
        self.engine = make_engine(self.path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Commits when the block ends normally, rolls back when it raises."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        """Closes every connection and empties the -wal file into the database."""
        self.engine.dispose()
        if self.path.is_file():
            checkpoint(self.path)

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
