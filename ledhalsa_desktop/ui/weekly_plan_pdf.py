"""The weekly plan for the fridge door: this program week's training days, the exercises at today's levels and
doses, and a big box to tick for each exercise on each day, in large print on A4 (PDF, printer or images).

A grid: one row per exercise (its name, level and dose), one column per training day with a box in each row,
and a last row for the whole session. Rows that do not fit go on to a second page under the day headings again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)

from ledhalsa_desktop.core import schedule
from ledhalsa_desktop.ui.pdf_file import write_pdf_file
from ledhalsa_desktop.ui.program_texts import exercise_name, level_name, prescription_text
from ledhalsa_desktop.ui.report_layout import ACCENT, INK, RULE, SHADE, WRAP, Measure, Style

if TYPE_CHECKING:
    from ledhalsa_desktop.training import Training

MARGIN_MM = 15.0
TITLE = Style(24, bold=True, color=ACCENT, space_after=4)
SUBTITLE = Style(15, space_after=8)
BODY = Style(14, space_after=8)
NAME = Style(14, bold=True, space_after=0)
DOSE = Style(14, space_after=0)
DAY = Style(14, bold=True, space_after=0)
CALM = Style(14, space_after=0)
BOX = 28.0  # points: a box a shaky hand can tick
PAD = 5.0
FIRST_COLUMN = 0.5  # of the width; the rest is shared by the days
CENTRED_WRAP = WRAP & ~int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignHCenter)


@dataclass(frozen=True)
class PlanRow:
    name: str
    detail: str  # level and dose


@dataclass(frozen=True)
class WeeklyPlan:
    name: str
    week: int
    maintenance: bool
    first: date
    last: date
    days: tuple[date, ...]
    rows: tuple[PlanRow, ...]


def plan_week(start: date, training_days: tuple[int, ...], today: date) -> int:
    """The program week to print: this one, or the next once this one's planned days are all past."""
    week = max(1, schedule.week_of(start, today))
    if not any(day >= today for day in schedule.planned_dates(start, training_days, week)):
        week += 1
    return week


def weekly_plan(training: Training, name: str, today: date, language: str) -> WeeklyPlan | None:
    active = training.active()
    if active is None:
        return None
    program = active.program
    week = plan_week(program.start_date, program.training_days, today)
    first = program.start_date + timedelta(days=7 * (week - 1))
    rows = tuple(
        PlanRow(
            exercise_name(item.exercise_id, language),
            QCoreApplication.translate("WeeklyPlan", "Level %1: %2. %3")
            .replace("%1", QLocale().toString(item.level))
            .replace("%2", level_name(item, language))
            .replace("%3", prescription_text(item)),
        )
        for item in training.todays_prescriptions()
    )
    return WeeklyPlan(
        name=name,
        week=week,
        maintenance=program.is_maintenance(week),
        first=first,
        last=first + timedelta(days=6),
        days=program.planned_dates(week),
        rows=rows,
    )


# texts


def _date(day: date, pattern: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def title_text() -> str:
    return QCoreApplication.translate("WeeklyPlan", "My exercise week")


def default_file_name(first: date) -> str:
    return QCoreApplication.translate("WeeklyPlan", "Ledhälsa weekly plan %1.pdf").replace("%1", first.isoformat())


def subtitle_text(plan: WeeklyPlan) -> str:
    period = f"{_date(plan.first, 'd MMMM')} – {_date(plan.last, 'd MMMM yyyy')}"
    if plan.maintenance:
        week = QCoreApplication.translate("WeeklyPlan", "Keeping it going")
    else:
        week = QCoreApplication.translate("WeeklyPlan", "Week %1 of 12").replace("%1", QLocale().toString(plan.week))
    return " · ".join(part for part in (plan.name, week, period) if part)


def how_text() -> str:
    return QCoreApplication.translate(
        "WeeklyPlan", "Put a cross in the box when you have done an exercise. Take your time, and rest between them."
    )


def session_row_text() -> str:
    return QCoreApplication.translate("WeeklyPlan", "The whole session done")


def calm_text() -> str:
    return QCoreApplication.translate(
        "WeeklyPlan",
        "Some pain while exercising is all right, up to 4 of 10, if it has settled by the next day. If it hurts "
        "more than that, or is not better the next day, take it easier next time; if it keeps on, talk to a "
        "physiotherapist or call 1177.",
    )


def day_heading(day: date, *, short: bool = False) -> str:
    return f"{_date(day, 'ddd' if short else 'dddd').capitalize()}\n{_date(day, 'd MMM')}"


# drawing


class Grid:
    """The rows of the plan measured for a page width, and drawn from a given row onwards."""

    def __init__(self, m: Measure, plan: WeeklyPlan, width: float) -> None:
        self.m = m
        self.plan = plan
        self.width = width
        self.first_width = width * FIRST_COLUMN
        columns = max(1, len(plan.days))
        self.day_width = (width - self.first_width) / columns
        text_width = self.first_width - 2 * PAD
        room = self.day_width - 2 * PAD
        self.short = any(m.text_width(line, DAY) > room for day in plan.days for line in day_heading(day).split("\n"))
        headings = [day_heading(day, short=self.short) for day in plan.days]
        self.header_height = max([m.text_height(text, DAY, room) for text in headings] + [0]) + 2 * PAD
        self.heights = [
            max(BOX, m.text_height(row.name, NAME, text_width) + m.text_height(row.detail, DOSE, text_width)) + 2 * PAD
            for row in plan.rows
        ]
        self.heights.append(max(BOX, m.text_height(session_row_text(), NAME, text_width)) + 2 * PAD)

    def rows_that_fit(self, first: int, room: float) -> int:
        used, end = self.header_height, first
        while end < len(self.heights) and used + self.heights[end] <= room:
            used += self.heights[end]
            end += 1
        return max(end, first + 1)

    def draw(self, painter: QPainter, top: float, first: int, end: int) -> float:
        s = self.m.scale
        painter.fillRect(QRectF(0, top * s, self.width * s, self.header_height * s), QColor(SHADE))
        painter.setFont(self.m.font(DAY))
        painter.setPen(QColor(INK))
        for column, day in enumerate(self.plan.days):
            left = self.first_width + column * self.day_width
            rect = QRectF(
                (left + PAD) * s, (top + PAD) * s, (self.day_width - 2 * PAD) * s, (self.header_height - 2 * PAD) * s
            )
            painter.drawText(rect, CENTRED_WRAP, day_heading(day, short=self.short))
        y = top + self.header_height
        for index in range(first, end):
            height = self.heights[index]
            self._row(painter, index, y, height)
            y += height
            painter.setPen(QPen(QColor(RULE), 0.8 * s))
            painter.drawLine(0, round(y * s), round(self.width * s), round(y * s))
        return y

    def _row(self, painter: QPainter, index: int, y: float, height: float) -> None:
        s, m = self.m.scale, self.m
        text_width = self.first_width - 2 * PAD
        painter.setPen(QColor(INK))
        if index < len(self.plan.rows):
            row = self.plan.rows[index]
            name_height = m.text_height(row.name, NAME, text_width)
            painter.setFont(m.font(NAME))
            painter.drawText(QRectF(PAD * s, (y + PAD) * s, text_width * s, name_height * s), WRAP, row.name)
            painter.setFont(m.font(DOSE))
            detail_height = m.text_height(row.detail, DOSE, text_width)
            painter.drawText(
                QRectF(PAD * s, (y + PAD + name_height) * s, text_width * s, detail_height * s), WRAP, row.detail
            )
        else:
            painter.setFont(m.font(NAME))
            middle = WRAP & ~int(Qt.AlignmentFlag.AlignTop) | int(Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(
                QRectF(PAD * s, (y + PAD) * s, text_width * s, (height - 2 * PAD) * s), middle, session_row_text()
            )
        painter.setPen(QPen(QColor(INK), 2.0 * s))
        for column in range(len(self.plan.days)):
            left = self.first_width + column * self.day_width + (self.day_width - BOX) / 2
            painter.drawRect(QRectF(left * s, (y + (height - BOX) / 2) * s, BOX * s, BOX * s))


def _text(painter: QPainter, m: Measure, text: str, style: Style, y: float, width: float) -> float:
    height = m.text_height(text, style, width)
    painter.setFont(m.font(style))
    painter.setPen(QColor(style.color))
    painter.drawText(QRectF(0, y * m.scale, width * m.scale, height * m.scale), WRAP, text)
    return y + height + style.space_after


def page_breaks(m: Measure, plan: WeeklyPlan, width: float, height: float) -> list[tuple[int, int]]:
    """The rows on each page: (first, end) pairs."""
    grid = Grid(m, plan, width)
    top = _head_height(m, plan, width)
    room_last = height - top - _calm_height(m, width) - BODY.space_after
    breaks, first = [], 0
    while first < len(grid.heights):
        end = grid.rows_that_fit(
            first, (room_last if not breaks else height - _calm_height(m, width) - BODY.space_after)
        )
        breaks.append((first, end))
        first = end
    return breaks


def _head_height(m: Measure, plan: WeeklyPlan, width: float) -> float:
    return sum(
        m.text_height(text, style, width) + style.space_after
        for text, style in ((title_text(), TITLE), (subtitle_text(plan), SUBTITLE), (how_text(), BODY))
    )


def _calm_height(m: Measure, width: float) -> float:
    return m.text_height(calm_text(), CALM, width) + 10.0


def draw_page(
    painter: QPainter,
    m: Measure,
    plan: WeeklyPlan,
    width: float,
    height: float,
    rows: tuple[int, int],
    first_page: bool,
) -> None:
    y = 0.0
    if first_page:
        y = _text(painter, m, title_text(), TITLE, y, width)
        y = _text(painter, m, subtitle_text(plan), SUBTITLE, y, width)
        y = _text(painter, m, how_text(), BODY, y, width)
    Grid(m, plan, width).draw(painter, y, *rows)
    calm_top = height - _calm_height(m, width) + 10.0
    painter.setPen(QPen(QColor(RULE), 0.8 * m.scale))
    painter.drawLine(0, round((calm_top - 6) * m.scale), round(width * m.scale), round((calm_top - 6) * m.scale))
    _text(painter, m, calm_text(), CALM, calm_top, width)


def page_layout() -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
    )


def draw_plan(device: QPagedPaintDevice, plan: WeeklyPlan) -> int:
    """Draws the plan on a PDF writer or a printer (already set up); returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the weekly plan could not be started: the file or printer cannot be written")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = Measure(device, QGuiApplication.font().family())
        rect = device.pageLayout().paintRectPoints()
        pages = page_breaks(m, plan, float(rect.width()), float(rect.height()))
        for index, rows in enumerate(pages):
            if index > 0 and not device.newPage():
                raise OSError("the next page of the weekly plan could not be started")
            draw_page(painter, m, plan, float(rect.width()), float(rect.height()), rows, index == 0)
        return len(pages)
    finally:
        painter.end()


def write_plan_pdf(path: Path, plan: WeeklyPlan) -> int:
    """Writes the plan as a PDF, whole or not at all; returns the number of pages."""
    return write_pdf_file(path, page_layout(), title_text(), lambda writer: draw_plan(writer, plan))


def plan_images(plan: WeeklyPlan, dpi: int = 110) -> list[QImage]:
    """The plan's pages as images, to look at and to test."""
    layout = page_layout()
    full, paint = layout.fullRectPoints(), layout.paintRectPoints()
    scale = dpi / 72.0
    dots = round(dpi / 0.0254)
    probe = QImage(1, 1, QImage.Format.Format_RGB32)
    probe.setDotsPerMeterX(dots)
    probe.setDotsPerMeterY(dots)
    m = Measure(probe, QGuiApplication.font().family())
    width, height = float(paint.width()), float(paint.height())
    images = []
    for index, rows in enumerate(page_breaks(m, plan, width, height)):
        image = QImage(QSizeF(full.width() * scale, full.height() * scale).toSize(), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(paint.left() * scale, paint.top() * scale)
        draw_page(painter, m, plan, width, height, rows, index == 0)
        painter.end()
        images.append(image)
    return images
