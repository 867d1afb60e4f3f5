"""Start-up: `ledhalsa --smoke` with a year of data against a bare PySide6 window (a QLabel shown, then quit after
its first paint).

Both run as whole processes, alternating, off screen, after one untimed start each; prints both medians and the
ratio. Python may write its bytecode caches (an environment's PYTHONDONTWRITEBYTECODE is dropped for the runs), as
an installed program has them: pip compiles at install time and the frozen build carries .pyc files.

    .venv/bin/python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv)
label = QLabel("Hej")
watcher = FirstPaint()
app.installEventFilter(watcher)
label.show()
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def prepare_data(data_dir: Path, env: dict[str, str]) -> None:
    """A data folder that has been used for a year: a program with its sessions, the diary, settings and a name."""
    subprocess.run(
        [sys.executable, "-m", "ledhalsa_desktop.devtools.demo_data", "--data-dir", str(data_dir), "--years", "1"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    code = (
        "import sys; from pathlib import Path; from dataclasses import replace\n"
        "from ledhalsa_desktop.appstate import AppState\n"
        "from ledhalsa_desktop.core.profile import Profile\n"
        "from ledhalsa_desktop.storage.startup import read_snapshot\n"
        "d = Path(sys.argv[1]); s = read_snapshot(d / 'ledhalsa.db')\n"
        "state = AppState(d, s.settings, s.profile)\n"
        "state.change_settings(welcome_completed=True, text_scale=125)\n"
        "state.change_profile(Profile(name='Anna', birth_year=1951))\n"
        "state.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(data_dir)], env=env, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="ledhalsa-bench-") as temp:
        temp_dir = Path(temp)
        bare = temp_dir / "bare_window.py"
        bare.write_text(BARE_WINDOW, encoding="utf-8")
        data_dir = temp_dir / "data"
        prepare_data(data_dir, env)
        app_cmd = [sys.executable, "-m", "ledhalsa_desktop", "--data-dir", str(data_dir), "--smoke"]
        bare_cmd = [sys.executable, str(bare)]
        timed(app_cmd, env)
        timed(bare_cmd, env)
        app_times, bare_times = [], []
        for _ in range(args.runs):
            app_times.append(timed(app_cmd, env))
            bare_times.append(timed(bare_cmd, env))
    app_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    print(f"start-up with a year of data, median of {args.runs} runs (whole process, off screen)")
    print(f"  ledhalsa --smoke     {app_ms:7.0f} ms")
    print(f"  bare PySide6 window  {bare_ms:7.0f} ms")
    print(f"  ratio                {app_ms / bare_ms:7.2f}  (goal: 3 or below)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
