"""The command line: `ledhalsa [--data-dir DIR] [--lang sv|en] [--text-scale 100..200] [--view NAME] ...`.

`--report FILE.pdf` and `--export-csv FILE.csv` make the report and the CSV files from the data without
showing a window (see app.run_outputs).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from ledhalsa_desktop import __version__
from ledhalsa_desktop.core.settings import LANGUAGES, MAX_TEXT_SCALE, MIN_TEXT_SCALE
from ledhalsa_desktop.paths import resolve_data_dir
from ledhalsa_desktop.views import PLANNED_VIEWS, VIEWS

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NEEDS_ANSWER = 3


@dataclass(frozen=True)
class Options:
    data_dir: Path
    language: str | None
    text_scale: int | None
    view: str | None
    smoke: bool
    started: float
    report: Path | None = None
    export_csv: Path | None = None
    tray: bool = False


def _text_scale(value: str) -> int:
    try:
        scale = int(value.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not MIN_TEXT_SCALE <= scale <= MAX_TEXT_SCALE:
        raise argparse.ArgumentTypeError(f"choose a text size from {MIN_TEXT_SCALE} to {MAX_TEXT_SCALE}")
    return scale


def _view(value: str) -> str:
    if value in VIEWS:
        return value
    if value in PLANNED_VIEWS:
        raise argparse.ArgumentTypeError(
            f"the view {value!r} is not in this version yet; choose one of: {', '.join(VIEWS)}"
        )
    raise argparse.ArgumentTypeError(f"there is no view called {value!r}; choose one of: {', '.join(VIEWS)}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ledhalsa",
        description="Ledhälsa: a home exercise program for knee, hip and hand osteoarthritis.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="the folder for your data (default: your app-data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language for this start: sv or en")
    parser.add_argument(
        "--text-scale", type=_text_scale, metavar="100..200", help="text size in per cent for this start"
    )
    parser.add_argument("--view", type=_view, metavar="NAME", help=f"open on a view: {', '.join(VIEWS)}")
    parser.add_argument("--smoke", action="store_true", help="start, paint the first view, print the time and exit")
    parser.add_argument("--self-test", action="store_true", help="check this installed copy and exit")
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start quietly with only the icon in the system tray (the window minimised where there is no tray)",
    )
    parser.add_argument(
        "--report",
        type=Path,
        metavar="FILE.pdf",
        help="write the report for healthcare as a PDF file and exit, without a window",
    )
    parser.add_argument(
        "--export-csv",
        type=Path,
        metavar="FILE.csv",
        help="write the pain diary to FILE.csv and the training sessions to FILE-sessions.csv next to it, "
        "and exit, without a window (semicolons and decimal commas in Swedish, commas in English)",
    )
    parser.add_argument("--version", action="version", version=f"Ledhälsa {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = build_parser().parse_args(argv)
    if args.self_test:
        from ledhalsa_desktop.selftest import run_self_test

        return run_self_test()
    options = Options(
        data_dir=resolve_data_dir(args.data_dir),
        language=args.lang,
        text_scale=args.text_scale,
        view=args.view,
        smoke=args.smoke,
        started=started,
        report=args.report,
        export_csv=args.export_csv,
        tray=args.tray,
    )
    if options.report is not None or options.export_csv is not None:
        from ledhalsa_desktop.app import run_outputs

        return run_outputs(options)
    from ledhalsa_desktop.app import run

    return run(options)


def run_and_exit() -> NoReturn:
    """The program's entry point: main(), then out at once with its exit code.

    By the time main() returns, the database is closed and checkpointed, the single-instance lock released and
    the tray icon removed. Tearing down the interpreter and every Qt object after that only delays the end of
    the process (about 100 ms with a year of data), so the logs and the output are flushed and the process ends.
    """
    code = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
