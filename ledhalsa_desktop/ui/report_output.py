"""Making the report and the CSV files from a data folder: the same steps for the window and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QFont, QGuiApplication, QPagedPaintDevice, QPainter

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
from ledhalsa_desktop.core.settings import Theme
from ledhalsa_desktop.reporting import (
    DiaryFacts,
    diary_export_entries,
    diary_facts,
    report_chart_data,
    report_facts,
    session_lines,
)
from ledhalsa_desktop.ui.progress_texts import csv_words
from ledhalsa_desktop.ui.report_pdf import ChartPainter, draw_report, write_pdf
from ledhalsa_desktop.ui.theme import THEMES

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


CHART_POINT_SIZE = 8.5  # the labels in the printed chart


def report_chart(source: ReportSource, facts: ReportFacts, diary: DiaryFacts) -> ChartPainter | None:
    """The diary's pain chart over the whole diary (the diary's "all" range: daily, weekly or monthly means),
    drawn with the diary's own painting code in the normal theme's colours; None while the diary is empty."""
    data = report_chart_data(source.db_path, source.today, diary.first_day)
    if data is None or not data.means:
        return None
    from ledhalsa_desktop.ui.pain_chart import ChartOptions, chart_texts, paint_pain_chart, series_from

    font = QFont(QGuiApplication.font().family())
    font.setPointSizeF(CHART_POINT_SIZE)
    program = facts.program
    options = ChartOptions(
        start=data.period.start,
        end=data.period.end,
        granularity=data.period.granularity,
        colors=THEMES[Theme.NORMAL],
        font=font,
        texts=chart_texts(data.period.granularity),
        session_days=data.session_days,
        reference=float(program.pain.start) if program is not None else None,
        locale=QLocale(),
    )
    series = series_from(data.means, [choice.joint for choice in facts.joints])

    def paint(painter: QPainter, rect: QRectF) -> None:
        paint_pain_chart(painter, rect, series, options)

    return paint


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
