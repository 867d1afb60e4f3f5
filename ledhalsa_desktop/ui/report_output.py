"""Making the report and the CSV files from a data folder: the same steps for the window and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPagedPaintDevice

from ledhalsa_desktop.core.csv_export import (
    CsvFormat,
    diary_header,
    diary_joints,
    diary_rows,
    session_header,
    session_rows,
    write_csv,
)
from ledhalsa_desktop.core.profile import Profile
from ledhalsa_desktop.core.report import ReportFacts
from ledhalsa_desktop.reporting import (
    DiaryFacts,
    diary_export_entries,
    diary_facts,
    report_facts,
    session_lines,
)
from ledhalsa_desktop.ui.progress_texts import csv_words
from ledhalsa_desktop.ui.report_pdf import ChartPainter, draw_report, write_pdf

if TYPE_CHECKING:
    from ledhalsa_desktop.training import Training


@dataclass(frozen=True)
class ReportSource:
    """Where the report's data comes from."""

    db_path: Path
    training: Training
    profile: Profile
    today: date
    language: str


def gather(source: ReportSource) -> tuple[ReportFacts, ChartPainter | None]:
    diary = diary_facts(source.db_path, source.today)
    facts = report_facts(source.db_path, source.training, source.profile, source.today, diary=diary)
    return facts, report_chart(source, facts, diary)


def report_chart(source: ReportSource, facts: ReportFacts, diary: DiaryFacts) -> ChartPainter | None:
    """The pain chart of the whole diary, or None while the diary is empty (the chart arrives with the diary)."""
    return None


def save_report(source: ReportSource, path: Path) -> int:
    """Writes the report as a PDF at `path`; returns the number of pages."""
    facts, chart = gather(source)
    return write_pdf(path, facts, source.language, chart)


def print_report(source: ReportSource, printer: QPagedPaintDevice) -> int:
    facts, chart = gather(source)
    return draw_report(printer, facts, source.language, chart)


def save_diary_csv(db_path: Path, today: date, language: str, path: Path) -> int:
    """Writes every diary entry up to today, one row each, oldest first; returns the number of rows."""
    entries = diary_export_entries(db_path, today)
    words, fmt = csv_words(), CsvFormat.for_language(language)
    joints = diary_joints(entries)
    write_csv(path, diary_header(words, joints), diary_rows(entries, joints, words, fmt), fmt)
    return len(entries)


def save_sessions_csv(training: Training, language: str, path: Path) -> int:
    """Writes every finished session of the program, one row each, oldest first; returns the number of rows."""
    lines = session_lines(training.active())
    words, fmt = csv_words(), CsvFormat.for_language(language)
    write_csv(path, session_header(words), session_rows(lines, words, fmt), fmt)
    return len(lines)
