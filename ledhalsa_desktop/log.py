"""Logging to a rotating file in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ledhalsa_desktop.paths import log_dir

LOG_FILE_NAME = "ledhalsa.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3

log = logging.getLogger("ledhalsa")


def log_file(data_dir: Path) -> Path:
    return log_dir(data_dir) / LOG_FILE_NAME


def setup_logging(data_dir: Path) -> Path:
    """Send the program's log to data_dir/logs/ledhalsa.log, rotated; returns the file's path."""
    path = log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
