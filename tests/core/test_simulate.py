"""The simulator runs the real program and rules over the scenario files and prints one CSV row per exercise."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from ledhalsa_desktop.content import catalogue as real_catalogue
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.norms import NormGrade
from ledhalsa_desktop.core.program import Program, ProgramInputs, build_program
from ledhalsa_desktop.core.progression import Completion, NextDay
from ledhalsa_desktop.devtools.simulate import (
    DEFAULT_START,
    OUTPUT_COLUMNS,
    ScenarioRow,
    main,
    read_scenario,
    session_day,
)

SCENARIOS = Path(__file__).resolve().parent / "scenarios"
HEADER = "week,session,pain_during,effort,next_day,completed"
CHANGES = {"start", "none", "progress", "regress"}


def simulate(*args: str) -> list[dict[str, str]]:
    out = io.StringIO()
    assert main(list(args), out=out) == 0
    text = out.getvalue()
    assert text.splitlines()[0] == ",".join(OUTPUT_COLUMNS)
    return list(csv.DictReader(io.StringIO(text)))


def scenario(name: str, joints: str = "knee", *options: str) -> list[dict[str, str]]:
    return simulate("--joints", joints, "--scenario", str(SCENARIOS / name), *options)


def program_for(joints: tuple[Joint, ...]) -> Program:
    return build_program(ProgramInputs(joints, 50, NormGrade.WITHIN, 4, DEFAULT_START), real_catalogue())


@pytest.mark.parametrize("name", ["always_fine.csv", "pain_prone.csv", "flare_week5.csv"])
@pytest.mark.parametrize("joints", ["knee", "hip,knee,hand"])
def test_every_scenario_gives_one_row_per_exercise_per_session(name: str, joints: str) -> None:
    rows = scenario(name, joints)
    sessions = read_scenario(SCENARIOS / name)
    program = program_for(tuple(Joint(joint) for joint in joints.split(",")))
    assert len(sessions) == 2 * 2 + 10 * 3
    assert len(rows) == len(sessions) * len(program.exercises)
    assert [row["exercise"] for row in rows[: len(program.exercises)]] == list(program.exercise_ids)
    assert {row["change"] for row in rows[: len(program.exercises)]} == {"start"}
    previous: dict[str, tuple[str, ...]] = {}
    for row in rows:
        assert row["change"] in CHANGES
        assert (row["reason"] == "") == (row["change"] == "none")
        dose = (row["level"], row["sets"], row["reps"], row["hold_s"])
        if row["change"] == "none":
            assert dose == previous[row["exercise"]]
        elif row["change"] != "start":
            assert dose != previous[row["exercise"]]
        previous[row["exercise"]] = dose


def test_always_fine_goes_up_one_step_a_week_and_up_levels() -> None:
    rows = scenario("always_fine.csv")
    assert {row["change"] for row in rows} == {"start", "none", "progress"}
    squat = [row for row in rows if row["exercise"] == "mini_squat"]
    assert [row["reps"] for row in squat[:4]] == ["6", "7", "7", "8"]
    assert squat[-1]["level"] == "2"
    assert {row["reason"] for row in rows if row["change"] == "progress"} == {"all_well", "top_of_range_next_level"}


def test_pain_prone_steps_back_with_the_reason() -> None:
    rows = scenario("pain_prone.csv")
    regress = [row for row in rows if row["change"] == "regress"]
    assert regress
    assert {row["reason"] for row in regress} == {"pain_during_high", "next_day_worse", "next_day_much_worse"}
    first = next(row for row in rows if row["change"] == "regress")
    assert (first["week"], first["session"]) == ("3", "3")  # after the painful session 3/2


def test_flare_week5_holds_every_dose_through_the_flare_and_steps_up_after() -> None:
    rows = scenario("flare_week5.csv")
    by_session = {(row["week"], row["session"]): [] for row in rows}
    for row in rows:
        by_session[(row["week"], row["session"])].append(row["change"])
    for session in (("5", "2"), ("5", "3"), ("6", "1")):
        assert set(by_session[session]) == {"none"}
    assert set(by_session[("6", "2")]) == {"progress"}


def test_options_change_the_program() -> None:
    fit = scenario("always_fine.csv", "knee", "--function-score", "80", "--pain-now", "2", "--chair-stand", "above")
    assert {row["level"] for row in fit[:5]} == {"2"}
    skipped = scenario("always_fine.csv", "knee", "--function-score", "80", "--pain-now", "2", "--chair-stand", "none")
    assert {row["level"] for row in skipped[:5]} == {"1"}
    custom = scenario("always_fine.csv", "hand", "--start", "2027-03-03", "--training-days", "1,3")
    assert custom[0]["exercise"] == "finger_fan"


def test_a_session_beyond_the_weeks_planned_ones_is_the_day_after_the_previous() -> None:
    program = program_for((Joint.KNEE,))
    third = ScenarioRow(9, 1, 3, 2, 5, NextDay.USUAL, Completion.ALL, False)
    assert session_day(program, third, date(2027, 1, 6)) == date(2027, 1, 7)
    first = ScenarioRow(2, 1, 1, 2, 5, NextDay.USUAL, Completion.ALL, False)
    assert session_day(program, first, None) == DEFAULT_START
    assert session_day(program, third, None) == date(2027, 1, 6) + timedelta(days=1)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([HEADER, "1,1,11,5,usual,all"], ":2: pain_during: must be a whole number from 0 to 10, is 11"),
        ([HEADER, "1,1,2,five,usual,all"], ":2: effort: must be a whole number from 0 to 10, is 'five'"),
        ([HEADER, "1,1,2,5,better,all"], ":2: next_day: must be one of usual, worse, much_worse, is 'better'"),
        ([HEADER, "1,1,2,5,usual,"], ":2: completed: must not be empty"),
        ([HEADER, "# a comment", "", "1,1,2,5,usual,most"], ":4: completed: must be one of all, partial, none"),
        ([HEADER, "0,1,2,5,usual,all"], ":2: week: must be a whole number of 1 or more, is 0"),
        ([HEADER, "1,1,2,5,usual,all", "1,1,2,5,usual,all"], ":3: week/session: 1/1 must come after 1/1"),
        ([HEADER, "1,1,2,5,usual"], ":2: needs 6 columns"),
        ([HEADER + ",flare", "1,1,2,5,usual,all,2"], ":2: flare: must be a whole number from 0 to 1, is 2"),
        (["week,session,pain,effort,next_day,completed"], ":1: header: must be week,session,pain_during"),
        ([], "empty"),
    ],
)
def test_a_bad_scenario_names_file_line_and_column_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: list[str], message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["--joints", "knee", "--scenario", str(path)], out=out) == 2
    assert out.getvalue() == ""
    error = capsys.readouterr().err
    assert str(path) in error and message in error


def test_bad_options_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--joints", "elbow", "--scenario", str(SCENARIOS / "always_fine.csv")])
    assert caught.value.code == 2
    assert main(["--joints", "knee", "--scenario", str(tmp_path / "missing.csv")]) == 2
    assert main(["--joints", "knee", "--scenario", str(SCENARIOS / "always_fine.csv"), "--pain-now", "12"]) == 2
    assert "pain_now" in capsys.readouterr().err


def test_it_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ledhalsa_desktop.devtools.simulate", "--joints", "hip", "--scenario"]
        + [str(SCENARIOS / "pain_prone.csv")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(",".join(OUTPUT_COLUMNS) + "\n")
