"""CSV export: Swedish and English formats, quoting of awkward notes, formula guarding, and the round trip."""

from __future__ import annotations

import csv
import io
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.csv_export import (
    BOM,
    ENGLISH,
    SWEDISH,
    CsvFormat,
    SessionLine,
    csv_text,
    diary_header,
    diary_joints,
    diary_rows,
    diary_words_needed,
    free_text,
    number_text,
    read_csv,
    session_header,
    session_rows,
    session_words_needed,
    sessions_file_for,
    write_csv,
)
from ledhalsa_desktop.core.diary import DiaryEntry, Medicine, Stiffness
from ledhalsa_desktop.core.progression import Completion, Effort, NextDay

AWKWARD = 'Ont; men "bra" dag,\nockså på kvällen\r\nslut'


def words() -> dict[str, str]:
    """Every key the export asks for, as itself (the UI gives real words)."""
    return {key: key for key in (*session_words_needed(), *diary_words_needed())}


def entry(**changes: object) -> DiaryEntry:
    values: dict[str, object] = {
        "day": date(2027, 3, 1),
        "time": time(8, 30),
        "pains": {Joint.KNEE: 5, Joint.HIP: 3},
        "stiffness": Stiffness.MILD,
        "sleep_disturbed": False,
        "medicine": Medicine.NONE,
        "flare": False,
        "note": "",
    }
    values.update(changes)
    return DiaryEntry(**values)  # type: ignore[arg-type]


def session(**changes: object) -> SessionLine:
    values: dict[str, object] = {
        "day": date(2027, 3, 2),
        "week": 9,
        "completion": Completion.ALL,
        "pain_during": 3,
        "effort": Effort.JUST_RIGHT,
        "exercises_done": 6,
        "exercises": 6,
        "lighter": False,
        "next_day": NextDay.USUAL,
        "note": "",
    }
    values.update(changes)
    return SessionLine(**values)  # type: ignore[arg-type]


def test_formats_per_language() -> None:
    assert CsvFormat.for_language("sv") == SWEDISH == CsvFormat(";", ",")
    assert CsvFormat.for_language("en") == ENGLISH == CsvFormat(",", ".")


@pytest.mark.parametrize(
    ("value", "fmt", "text"),
    [(3, SWEDISH, "3"), (3.25, SWEDISH, "3,2"), (3.25, ENGLISH, "3.2"), (4.0, SWEDISH, "4,0"), (None, ENGLISH, "")],
)
def test_numbers(value: float | None, fmt: CsvFormat, text: str) -> None:
    assert number_text(value, fmt) == text


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_text_that_looks_like_a_formula_is_guarded(start: str) -> None:
    assert free_text(f"{start}1 promenad") == f"'{start}1 promenad"
    assert free_text("1 promenad") == "1 promenad"


def test_swedish_file_opens_in_swedish_excel(tmp_path: Path) -> None:
    path = tmp_path / "dagbok.csv"
    joints = diary_joints([entry()])
    write_csv(path, diary_header(words(), joints), diary_rows([entry(note=AWKWARD)], joints, words(), SWEDISH), SWEDISH)
    raw = path.read_bytes()
    assert raw.startswith(BOM.encode("utf-8"))
    text = raw.decode("utf-8-sig")
    header = text.split("\r\n", 1)[0]
    assert header.split(";")[:4] == ["column.date", "column.time", "column.pain.knee", "column.pain.hip"]
    # the note is one quoted field with its quotes doubled and its line breaks kept
    assert '"Ont; men ""bra"" dag,\nockså på kvällen\r\nslut"' in text
    assert text.endswith("\r\n")


def test_english_file_uses_commas(tmp_path: Path) -> None:
    path = tmp_path / "diary.csv"
    joints = (Joint.KNEE,)
    write_csv(path, diary_header(words(), joints), diary_rows([entry()], joints, words(), ENGLISH), ENGLISH)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[1] == "2027-03-01,08:30,5,stiffness.mild,no,medicine.none,,no,"


def test_diary_round_trip_with_awkward_notes(tmp_path: Path) -> None:
    entries = [
        entry(note=AWKWARD),
        entry(day=date(2027, 3, 2), pains={Joint.HAND: 7}, stiffness=None, sleep_disturbed=None, flare=True),
        entry(medicine=Medicine.OTHER, medicine_note="=gel; 2 ggr", note="-2 efter promenaden"),
    ]
    joints = diary_joints(entries)
    assert joints == (Joint.KNEE, Joint.HIP, Joint.HAND)
    for fmt in (SWEDISH, ENGLISH):
        path = tmp_path / "diary.csv"
        write_csv(path, diary_header(words(), joints), diary_rows(entries, joints, words(), fmt), fmt)
        header, *rows = read_csv(path, fmt)
        assert len(header) == 2 + 3 + 6
        assert [row[-1] for row in rows] == [AWKWARD, "", "-2 efter promenaden"]
        assert rows[2][-3] == "=gel; 2 ggr"
        assert rows[1][2:5] == ["", "", "7"]
        assert rows[1][5:7] == ["", ""]  # stiffness and sleep not answered
        assert rows[1][-2] == "yes"


def test_sessions_round_trip(tmp_path: Path) -> None:
    lines = [
        session(),
        session(
            completion=Completion.PARTIAL,
            pain_during=None,
            effort=None,
            exercises_done=4,
            lighter=True,
            next_day=None,
            note=AWKWARD,
        ),
    ]
    path = tmp_path / "sessions.csv"
    write_csv(path, session_header(words()), session_rows(lines, words(), SWEDISH), SWEDISH)
    header, first, second = read_csv(path, SWEDISH)
    assert header[0] == "column.date" and len(header) == 10
    assert first == [
        "2027-03-02",
        "9",
        "completion.all",
        "3",
        "effort.just_right",
        "6",
        "6",
        "no",
        "next_day.usual",
        "",
    ]
    assert second[2:] == ["completion.partial", "", "", "4", "6", "yes", "", AWKWARD]


@settings(max_examples=60, deadline=None)
@given(note=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=80))
def test_any_note_survives(note: str) -> None:
    joints = (Joint.KNEE,)
    for fmt in (SWEDISH, ENGLISH):
        text = csv_text(diary_header(words(), joints), diary_rows([entry(note=note)], joints, words(), fmt), fmt)
        rows = list(csv.reader(io.StringIO(text.removeprefix(BOM), newline=""), delimiter=fmt.delimiter))
        cell = rows[1][-1]
        assert (cell[1:] if cell != note else cell) == note


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "missing-folder" / "diary.csv"
    with pytest.raises(OSError):
        write_csv(path, ["a"], [["b"]], SWEDISH)
    assert not path.exists()


def test_the_sessions_file_sits_next_to_the_diary() -> None:
    assert sessions_file_for(Path("/x/dagbok.csv")) == Path("/x/dagbok-sessions.csv")
    assert sessions_file_for(Path("/x/export")) == Path("/x/export-sessions.csv")
