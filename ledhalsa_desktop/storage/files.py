"""Small file operations that keep data safe: renames that never overwrite, durable directory entries."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def rename_without_overwriting(source: Path, target: Path) -> None:
    if target.exists():
        raise FileExistsError(target)
    source.rename(target)


def sync_directory(directory: Path) -> None:
    """Makes renames and new files in the folder survive a power cut (where the system allows it)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
