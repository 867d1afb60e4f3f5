"""Where the program's files live: the user's data folder and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "Ledhalsa"
DATA_DIR_ENV = "LEDHALSA_DATA_DIR"
DATABASE_NAME = "ledhalsa.db"
BACKUP_DIR_NAME = "backups"
LOG_DIR_NAME = "logs"


def default_data_dir() -> Path:
    """The platform's per-user folder for application data."""
    home = Path.home()
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
        return base / APP_DIR_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_DIR_NAME
    base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "ledhalsa"


def resolve_data_dir(cli_value: str | None) -> Path:
    """--data-dir, else $LEDHALSA_DATA_DIR, else the platform default."""
    chosen = cli_value or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def log_dir(data_dir: Path) -> Path:
    return data_dir / LOG_DIR_NAME


def resources_dir() -> Path:
    """The bundled resources: next to the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def exercises_dir() -> Path:
    return resources_dir() / "exercises"


def animations_dir() -> Path:
    return resources_dir() / "animations"


def lessons_dir() -> Path:
    return resources_dir() / "lessons"
