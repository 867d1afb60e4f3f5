"""CSV files of the diary and the sessions that a spreadsheet opens as it should, in the user's language.

Swedish Excel expects semicolons between fields and decimal commas; English Excel expects commas and
decimal points. Both files start with a UTF-8 byte order mark, without which Excel on Windows reads the file
in the old Windows code page and garbles å, ä and ö. Fields with the separator, quotes or line breaks are
quoted (the csv module's minimal quoting), lines end with CRLF, and dates are ISO 8601 (2027-01-04), which
every spreadsheet reads as a date. Free text that starts like a formula (= + - @) gets a leading apostrophe
so that a spreadsheet shows it as text instead of running it; `read_csv` takes it away again.

The words (column headings, "yes", "partly" …) come from the caller in the user's language, keyed by the
names in `SESSION_COLUMNS`, `DIARY_COLUMNS` and the value keys below.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from ledhalsa_desktop.core.catalogue import JOINTS, Joint
from ledhalsa_desktop.core.diary import MEDICINES, STIFFNESS, DiaryEntry, Medicine, Stiffness
from ledhalsa_desktop.core.progression import Completion, Effort, NextDay

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_GUARD = "'"


@dataclass(frozen=True)
class CsvFormat:
    delimiter: str
    decimal: str

    @classmethod
    def for_language(cls, language: str) -> CsvFormat:
        return SWEDISH if language == "sv" else ENGLISH


SWEDISH = CsvFormat(delimiter=";", decimal=",")
ENGLISH = CsvFormat(delimiter=",", decimal=".")


def number_text(value: float | int | None, fmt: CsvFormat, decimals: int = 1) -> str:
    """A whole number as it is; any other number with `decimals` decimals and the language's decimal sign."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = f"{value:.{decimals}f}"
    return text.replace(".", fmt.decimal)


def free_text(value: str) -> str:
    """Text the person wrote, made safe from being read as a formula."""
    return TEXT_GUARD + value if value.startswith(FORMULA_STARTS) else value


def date_text(day: date) -> str:
    return day.isoformat()


def time_text(moment: time | None) -> str:
    return moment.strftime("%H:%M") if moment is not None else ""


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]], fmt: CsvFormat) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=fmt.delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return BOM + buffer.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], fmt: CsvFormat) -> None:
    """Writes the file whole or not at all: into a temporary file beside it, then moved into place."""
    text = csv_text(header, rows, fmt)
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_csv(path: Path, fmt: CsvFormat) -> list[list[str]]:
    """The rows of a file written by `write_csv` (the heading first), with free text as it was written."""
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=fmt.delimiter))
    return [[_unguarded(cell) for cell in row] for row in rows]


def _unguarded(cell: str) -> str:
    if cell.startswith(TEXT_GUARD) and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


# sessions

SESSION_COLUMNS = (
    "date",
    "week",
    "completed",
    "pain_during",
    "effort",
    "exercises_done",
    "exercises_in_session",
    "lighter",
    "next_day",
    "note",
)


@dataclass(frozen=True)
class SessionLine:
    """One finished session as the export tells it."""

    day: date
    week: int
    completion: Completion
    pain_during: int | None
    effort: Effort | None
    exercises_done: int
    exercises: int
    lighter: bool
    next_day: NextDay | None
    note: str


def completion_key(completion: Completion) -> str:
    return f"completion.{completion.value}"


def effort_key(effort: Effort) -> str:
    return f"effort.{effort.value}"


def next_day_key(next_day: NextDay) -> str:
    return f"next_day.{next_day.value}"


YES, NO = "yes", "no"


def session_rows(sessions: Iterable[SessionLine], words: Mapping[str, str], fmt: CsvFormat) -> list[list[str]]:
    return [
        [
            date_text(item.day),
            number_text(item.week, fmt),
            words[completion_key(item.completion)],
            number_text(item.pain_during, fmt),
            words[effort_key(item.effort)] if item.effort is not None else "",
            number_text(item.exercises_done, fmt),
            number_text(item.exercises, fmt),
            words[YES] if item.lighter else words[NO],
            words[next_day_key(item.next_day)] if item.next_day is not None else "",
            free_text(item.note),
        ]
        for item in sessions
    ]


def session_header(words: Mapping[str, str]) -> list[str]:
    return [words[f"column.{name}"] for name in SESSION_COLUMNS]


def session_words_needed() -> tuple[str, ...]:
    """Every key `session_rows` and `session_header` look up."""
    return (
        *(f"column.{name}" for name in SESSION_COLUMNS),
        *(completion_key(item) for item in Completion),
        *(effort_key(item) for item in Effort),
        *(next_day_key(item) for item in NextDay),
        YES,
        NO,
    )


# the diary

DIARY_COLUMNS_BEFORE = ("date", "time")
DIARY_COLUMNS_AFTER = ("stiffness", "sleep_disturbed", "medicine", "medicine_note", "flare", "note")


def pain_column_key(joint: Joint) -> str:
    return f"column.pain.{joint.value}"


def stiffness_key(stiffness: Stiffness) -> str:
    return f"stiffness.{stiffness.value}"


def medicine_key(medicine: Medicine) -> str:
    return f"medicine.{medicine.value}"


def diary_joints(entries: Iterable[DiaryEntry]) -> tuple[Joint, ...]:
    """The joints the entries write about, in the catalogue's order (knee, hip, hand): one pain column each."""
    found = {joint for entry in entries for joint in entry.pains}
    return tuple(joint for joint in JOINTS if joint in found)


def diary_header(words: Mapping[str, str], joints: Sequence[Joint]) -> list[str]:
    return [
        *(words[f"column.{name}"] for name in DIARY_COLUMNS_BEFORE),
        *(words[pain_column_key(joint)] for joint in joints),
        *(words[f"column.{name}"] for name in DIARY_COLUMNS_AFTER),
    ]


def _yes_no(value: bool | None, words: Mapping[str, str]) -> str:
    if value is None:
        return ""
    return words[YES] if value else words[NO]


def diary_rows(
    entries: Iterable[DiaryEntry], joints: Sequence[Joint], words: Mapping[str, str], fmt: CsvFormat
) -> list[list[str]]:
    """One row per entry, in the order given; a joint the entry does not write about is left empty."""
    return [
        [
            date_text(entry.day),
            time_text(entry.time),
            *(number_text(entry.pains.get(joint), fmt) for joint in joints),
            words[stiffness_key(entry.stiffness)] if entry.stiffness is not None else "",
            _yes_no(entry.sleep_disturbed, words),
            words[medicine_key(entry.medicine)],
            free_text(entry.medicine_note),
            _yes_no(entry.flare, words),
            free_text(entry.note),
        ]
        for entry in entries
    ]


def diary_words_needed() -> tuple[str, ...]:
    """Every key `diary_rows` and `diary_header` look up."""
    return (
        *(f"column.{name}" for name in (*DIARY_COLUMNS_BEFORE, *DIARY_COLUMNS_AFTER)),
        *(pain_column_key(joint) for joint in JOINTS),
        *(stiffness_key(item) for item in STIFFNESS),
        *(medicine_key(item) for item in MEDICINES),
        YES,
        NO,
    )


def sessions_file_for(diary_file: Path) -> Path:
    """Where the command line puts the sessions next to the diary: 'data.csv' → 'data-sessions.csv'."""
    suffix = diary_file.suffix or ".csv"
    return diary_file.with_name(f"{diary_file.stem}-sessions{suffix}")
