"""Run the real program and progression rules over a scripted course of sessions, and print the doses as CSV.

    python -m ledhalsa_desktop.devtools.simulate --joints knee[,hip,hand] --scenario FILE.csv
        [--function-score 0..100] [--chair-stand below|within|above|none] [--pain-now 0..10]
        [--start YYYY-MM-DD] [--training-days 0,2,4]

The program is built with `build_program` (defaults: function score 50, chair stand within the norm, pain
now 4, start Monday 2027-01-04, training days Monday, Wednesday and Friday) and each session goes through
`decide`, exactly as in the app.

The scenario is a CSV file with a header and one row per session, in order:

    week,session,pain_during,effort,next_day,completed[,flare]

- `week` 1 or more and `session` 1 or more, each row after the one before;
- `pain_during` and `effort` 0–10, or empty when not answered;
- `next_day` usual, worse or much_worse, or empty when not answered;
- `completed` all, partial or none (partial and none leave no exercise named: a partial session counts
  every exercise as done, a session of none counts none);
- `flare` (optional column) 1 when the person reported a flare before the session, 0 or empty otherwise.
Blank lines and lines starting with `#` are skipped.

A session's date is the program's planned date for it (`Program.planned_dates(week)[session - 1]`); a
session beyond the week's planned ones is put on the day after the previous session. A bad row stops the
run with `FILE:LINE: column: problem` on stderr and exit code 2.

Output, one row per exercise per session:

    week,session,exercise,level,sets,reps,hold_s,change,reason

with the dose prescribed for that session before its feedback is applied (on a flare row the person is
offered `lighter_session` of it for that one session; the program's dose is what is shown). `change` is
start, none, progress or regress against the previous session's dose of that exercise, and `reason` the
Reason of that change (empty for none).
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TextIO, TypeVar

from ledhalsa_desktop.content import catalogue
from ledhalsa_desktop.core.catalogue import Catalogue, Joint
from ledhalsa_desktop.core.norms import NormGrade
from ledhalsa_desktop.core.program import (
    DEFAULT_TRAINING_DAYS,
    InvalidProgramInputs,
    Program,
    ProgramInputs,
    build_program,
)
from ledhalsa_desktop.core.progression import (
    Change,
    Completion,
    NextDay,
    SessionReport,
    decide,
    effort_from_score,
    initial_state,
)

INPUT_COLUMNS = ("week", "session", "pain_during", "effort", "next_day", "completed")
FLARE_COLUMN = "flare"
OUTPUT_COLUMNS = ("week", "session", "exercise", "level", "sets", "reps", "hold_s", "change", "reason")
DEFAULT_FUNCTION_SCORE = 50
DEFAULT_CHAIR_STAND = "within"
DEFAULT_PAIN_NOW = 4
DEFAULT_START = date(2027, 1, 4)  # a Monday
NO_CHANGE = "none"
EXIT_OK = 0
EXIT_USAGE = 2


T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


class ScenarioError(ValueError):
    """A bad scenario row; the message names the file, the line and the column."""


@dataclass(frozen=True)
class ScenarioRow:
    line: int
    week: int
    session: int
    pain_during: int | None
    effort: int | None
    next_day: NextDay | None
    completion: Completion
    flare: bool


def read_scenario(path: Path) -> list[ScenarioRow]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ScenarioError(f"{path}: could not be read ({error})") from error
    numbered = [(number, line) for number, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    if not numbered:
        raise ScenarioError(f"{path}: empty; the first line must be {','.join(INPUT_COLUMNS)}")
    header_line, header_text = numbered[0]
    header = [name.strip() for name in next(csv.reader([header_text]))]
    if header not in (list(INPUT_COLUMNS), [*INPUT_COLUMNS, FLARE_COLUMN]):
        expected = f"{','.join(INPUT_COLUMNS)}[,{FLARE_COLUMN}]"
        raise ScenarioError(f"{path}:{header_line}: header: must be {expected}, is {','.join(header)}")
    rows: list[ScenarioRow] = []
    for number, text in numbered[1:]:
        cells = [cell.strip() for cell in next(csv.reader([text]))]
        if len(cells) != len(header):
            raise ScenarioError(f"{path}:{number}: needs {len(header)} columns ({','.join(header)}), has {len(cells)}")
        row = _parse_row(dict(zip(header, cells, strict=True)), _Place(path, number))
        if rows and (row.week, row.session) <= (rows[-1].week, rows[-1].session):
            raise ScenarioError(
                f"{path}:{number}: week/session: {row.week}/{row.session} must come after "
                f"{rows[-1].week}/{rows[-1].session}"
            )
        rows.append(row)
    return rows


@dataclass(frozen=True)
class _Place:
    path: Path
    line: int

    def error(self, column: str, problem: str) -> ScenarioError:
        return ScenarioError(f"{self.path}:{self.line}: {column}: {problem}")


def _parse_row(cells: dict[str, str], place: _Place) -> ScenarioRow:
    return ScenarioRow(
        line=place.line,
        week=_required(_number(cells, "week", place, 1, None), "week", place),
        session=_required(_number(cells, "session", place, 1, None), "session", place),
        pain_during=_number(cells, "pain_during", place, 0, 10),
        effort=_number(cells, "effort", place, 0, 10),
        next_day=_choice(cells, "next_day", NextDay, place),
        completion=_required(_choice(cells, "completed", Completion, place), "completed", place),
        flare=_number(cells, FLARE_COLUMN, place, 0, 1) == 1,
    )


def _required(value: T | None, column: str, place: _Place) -> T:
    if value is None:
        raise place.error(column, "must not be empty")
    return value


def _number(cells: dict[str, str], column: str, place: _Place, low: int, high: int | None) -> int | None:
    """The whole number in the column, or None when it is empty."""
    text = cells.get(column, "")
    if not text:
        return None
    allowed = f"from {low} to {high}" if high is not None else f"of {low} or more"
    try:
        value = int(text)
    except ValueError:
        raise place.error(column, f"must be a whole number {allowed}, is {text!r}") from None
    if value < low or (high is not None and value > high):
        raise place.error(column, f"must be a whole number {allowed}, is {value}")
    return value


def _choice(cells: dict[str, str], column: str, kind: type[E], place: _Place) -> E | None:
    """The value named in the column, or None when it is empty."""
    text = cells.get(column, "")
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        raise place.error(column, f"must be one of {', '.join(kind)}, is {text!r}") from None


def simulate(program: Program, rows: Sequence[ScenarioRow], catalogue: Catalogue) -> list[tuple[object, ...]]:
    """One output row per exercise per session (without the header)."""
    state = initial_state(program)
    last_changes: dict[str, Change] = {change.exercise_id: change for change in state.changes}
    output: list[tuple[object, ...]] = []
    previous_day: date | None = None
    for row in rows:
        for exercise_id in program.exercise_ids:
            dose = state.prescriptions[exercise_id]
            change = last_changes.get(exercise_id)
            kind, reason = (change.kind.value, change.reason.value) if change else (NO_CHANGE, "")
            output.append(
                (row.week, row.session, exercise_id, dose.level, dose.sets, dose.reps, dose.hold_seconds, kind, reason)
            )
        day = session_day(program, row, previous_day)
        report = SessionReport(
            day=day,
            week=row.week,
            pain_during=row.pain_during,
            effort=effort_from_score(row.effort) if row.effort is not None else None,
            completion=row.completion,
            next_day=row.next_day,
        )
        state, changes = decide(program, state, report, catalogue, flare=row.flare)
        last_changes = {change.exercise_id: change for change in changes}
        previous_day = day
    return output


def session_day(program: Program, row: ScenarioRow, previous_day: date | None) -> date:
    planned = program.planned_dates(row.week)
    if row.session <= len(planned):
        return planned[row.session - 1]
    return (previous_day or planned[-1]) + timedelta(days=1)


def write_csv(rows: Sequence[tuple[object, ...]], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(OUTPUT_COLUMNS)
    writer.writerows(rows)


def _joints(text: str) -> tuple[Joint, ...]:
    names = [name.strip() for name in text.split(",")]
    try:
        return tuple(Joint(name) for name in names)
    except ValueError:
        raise argparse.ArgumentTypeError(f"joints are {', '.join(Joint)}, separated by commas; not {text!r}") from None


def _training_days(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(day) for day in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"training days are weekday numbers 0–6, such as 0,2,4; not {text!r}"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ledhalsa_desktop.devtools.simulate",
        description="Run the program and progression rules over a scripted course of sessions; print CSV.",
    )
    parser.add_argument("--joints", type=_joints, required=True, help="affected joints, most bothersome first")
    parser.add_argument("--scenario", type=Path, required=True, metavar="FILE.csv")
    parser.add_argument("--function-score", type=int, default=DEFAULT_FUNCTION_SCORE, metavar="0..100")
    parser.add_argument("--chair-stand", choices=(*NormGrade, "none"), default=DEFAULT_CHAIR_STAND)
    parser.add_argument("--pain-now", type=int, default=DEFAULT_PAIN_NOW, metavar="0..10")
    parser.add_argument("--start", type=date.fromisoformat, default=DEFAULT_START, metavar="YYYY-MM-DD")
    parser.add_argument("--training-days", type=_training_days, default=DEFAULT_TRAINING_DAYS, metavar="0,2,4")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        inputs = ProgramInputs(
            joints=args.joints,
            function_score=args.function_score,
            chair_stand=None if args.chair_stand == "none" else NormGrade(args.chair_stand),
            pain_now=args.pain_now,
            start_date=args.start,
            training_days=args.training_days,
        )
        rows = read_scenario(args.scenario)
    except (InvalidProgramInputs, ScenarioError) as error:
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    program = build_program(inputs, catalogue())
    try:
        write_csv(simulate(program, rows, catalogue()), out or sys.stdout)
    except BrokenPipeError:  # the reader stopped early, as `| head` does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
