"""Alembic's entry point: runs the migrations on the connection that migrate.py hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from ledhalsa_desktop.storage.errors import StorageError


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=None,
        render_as_batch=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise StorageError(f"migration left {len(broken)} broken references, e.g. {tuple(broken[0])}")


def run_with_own_engine(database_url: str) -> None:
    from ledhalsa_desktop.storage.database import make_engine

    engine = make_engine(database_url.removeprefix("sqlite:///"), for_migration=True)
    try:
        with engine.connect() as connection:
            run_migrations(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise StorageError("migrations run only on a live database file, never as SQL scripts")

given_connection = context.config.attributes.get("connection")
if given_connection is not None:
    run_migrations(given_connection)
else:
    run_with_own_engine(context.config.get_main_option("sqlalchemy.url") or "")
