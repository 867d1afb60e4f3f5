"""The installed entry point ends the process at once after main(), with everything flushed.

That main's exit code (0, 1, 3) becomes the process's is tested with the report and export (test_report_export).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .run_program import program_env


def test_the_smoke_start_ends_with_its_output_and_log_written(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ledhalsa_desktop", "--data-dir", str(tmp_path), "--smoke"],
        env=program_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke: ready in ")
    assert "started with" in (tmp_path / "logs" / "ledhalsa.log").read_text(encoding="utf-8")

