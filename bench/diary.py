"""The diary and the report with 1 year and with 10 years of demo data: opening the diary view and drawing its
chart, and making the report for healthcare as a PDF; prints both and the ratio 10 years / 1 year.

Each data folder is measured in its own process, started as the window program starts (application,
settings, theme, translations), off screen. A measurement is the median of the runs after one warm-up run;
the first (cold) run is printed too. Goals (issue 5): the diary with 10 years ready in 150 ms or less of work
after start, and no more than 1.5 times the 1-year time.

    .venv/bin/python bench/diary.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DIARY_GOAL_MS = 150
RATIO_GOAL = 1.5


def _timed(action: Callable[[], object], runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return {"cold": times[0], "median": statistics.median(times[1:])}


def worker(data_dir: Path, runs: int) -> dict[str, dict[str, float] | None]:
    """Runs in a fresh process: start the program's pieces, then time the diary and the report."""
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from ledhalsa_desktop import content
    from ledhalsa_desktop.app import make_application
    from ledhalsa_desktop.appstate import AppState, utc_now
    from ledhalsa_desktop.opening import open_database
    from ledhalsa_desktop.paths import backup_dir, database_path
    from ledhalsa_desktop.training import Training
    from ledhalsa_desktop.ui.appearance import Appearance
    from ledhalsa_desktop.ui.report_output import ReportSource, save_report
    from ledhalsa_desktop.ui.startup_dialogs import PrintingAsker
    from ledhalsa_desktop.ui.theme import content_width
    from ledhalsa_desktop.ui.widgets import scrolling

    make_application()
    opened = open_database(database_path(data_dir), backup_dir(data_dir), utc_now(), PrintingAsker())
    state = AppState(data_dir, opened.snapshot.settings, opened.snapshot.profile)
    appearance = Appearance(state)
    appearance.apply()
    results: dict[str, dict[str, float] | None] = {}

    diary_view = _diary_view_maker()
    if diary_view is None:
        results["diary"] = None
    else:

        def open_diary() -> None:
            view = diary_view(appearance)
            view.setMaximumWidth(content_width(state.settings.text_scale))
            area = scrolling(view)
            area.resize(1030, 720)
            area.show()
            area.grab()  # lays out and paints everything shown, the chart included
            QApplication.processEvents()
            area.close()
            area.deleteLater()

        results["diary"] = _timed(open_diary, runs)

    with tempfile.TemporaryDirectory(prefix="ledhalsa-bench-report-") as folder:
        target = Path(folder) / "report.pdf"

        def make_report() -> None:
            training = Training(state.db_path, state.database, content.catalogue, utc_now)  # read afresh each time
            source = ReportSource(state.db_path, training, state.profile, date.today(), state.settings.language)
            save_report(source, target)

        results["report"] = _timed(make_report, runs)
    state.close()
    return results


def _diary_view_maker() -> Callable[..., object] | None:
    """The diary view's class, made as the main window makes it; None in a version without one."""
    try:
        from ledhalsa_desktop.ui.diary_view import DiaryView
    except ImportError:
        return None
    return DiaryView


def make_data(folder: Path, years: int) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "ledhalsa_desktop.devtools.demo_data", "--data-dir", str(folder), "--years", str(years)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def measure(folder: Path, runs: int, env: dict[str, str]) -> dict[str, dict[str, float] | None]:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", str(folder), "--runs", str(runs)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _line(name: str, one: dict[str, float] | None, ten: dict[str, float] | None, goal: str) -> str:
    if one is None or ten is None:
        return f"  {name:<28} not in this version yet"
    ratio = ten["median"] / one["median"]
    return (
        f"  {name:<28} {one['median']:7.0f} ms {ten['median']:9.0f} ms {ratio:7.2f}"
        f"   (first: {one['cold']:.0f} and {ten['cold']:.0f} ms){goal}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        print(json.dumps(worker(args.worker, args.runs)))
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="ledhalsa-bench-") as temp:
        one, ten = Path(temp) / "one-year", Path(temp) / "ten-years"
        made_one, made_ten = make_data(one, 1), make_data(ten, 10)
        first, second = measure(one, args.runs, env), measure(ten, args.runs, env)
    print(f"diary and report, median of {args.runs} runs after a warm-up (in process, off screen)")
    print(f"  demo data made in {made_one:.1f} s (1 year) and {made_ten:.1f} s (10 years)")
    print(f"  {'':<28} {'1 year':>10} {'10 years':>12} {'ratio':>7}")
    diary_goal = f"  goal: 10 years {DIARY_GOAL_MS} ms or less, ratio {RATIO_GOAL} or below"
    print(_line("open the diary, chart drawn", first["diary"], second["diary"], diary_goal))
    print(_line("make the report (PDF)", first["report"], second["report"], ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
