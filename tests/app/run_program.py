"""Run the program as a separate process, the way a user or another tool starts it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def program_env(**extra: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)


def run_program(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ledhalsa_desktop", *args],
        env=program_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def start_program(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ledhalsa_desktop", *args],
        env=program_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def snapshot_files(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file below folder with its modification time and bytes, to prove nothing was changed."""
    return {
        str(path.relative_to(folder)): (path.stat().st_mtime_ns, path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
