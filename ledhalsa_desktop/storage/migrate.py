"""Bringing a database file up to the newest schema with the Alembic migrations shipped in the package.

Slow to import (Alembic and SQLAlchemy): load lazily. Make a "premigrate" backup before calling.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from ledhalsa_desktop.storage.app_info import record_app_version
from ledhalsa_desktop.storage.database import make_engine
from ledhalsa_desktop.storage.errors import DamagedDatabaseError, NewerDatabaseError
from ledhalsa_desktop.storage.inspect import DatabaseKind, inspect_database
from ledhalsa_desktop.storage.schema import MIGRATIONS_DIR


def alembic_config(db_path: Path) -> Config:
    """Alembic's settings built in code, so no alembic.ini has to be shipped."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}".replace("%", "%%"))
    return config


def upgrade_to_head(db_path: Path, app_version: str) -> None:
    """Migrates a missing, empty or older database to the newest schema and records app_version.

    Refuses (before writing anything) a database from a newer program or one that fails its check.
    """
    db_path = Path(db_path)
    state = inspect_database(db_path)
    if state.kind is DatabaseKind.NEWER:
        raise NewerDatabaseError(state.revision, state.written_by)
    if state.kind is DatabaseKind.DAMAGED:
        raise DamagedDatabaseError(state.detail or "unknown problem")
    if state.kind is not DatabaseKind.CURRENT:
        _run_alembic_upgrade(db_path)
    record_app_version(db_path, app_version)


def _run_alembic_upgrade(db_path: Path) -> None:
    engine = make_engine(db_path, for_migration=True)
    try:
        with engine.connect() as connection:
            config = alembic_config(db_path)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if connection.in_transaction():
                connection.commit()
    finally:
        engine.dispose()
