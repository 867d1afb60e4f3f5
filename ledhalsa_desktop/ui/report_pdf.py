"""The report for healthcare ("Rapport till vården"), drawn with QPainter: to a PDF (Qt's own PDF writer), to a
printer from the system print dialog, or to images to look at, all with the same drawing code.

One to two A4 pages in the user's language: who and when, the joints, the tests with norms, the pain and its
chart, sessions done against planned, the program now with its doses, notable events, and on every page the
disclaimer and the page number.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
)

from ledhalsa_desktop.core.progression import Change, Reason
from ledhalsa_desktop.core.report import ProgramFacts, ReportFacts, TestResult
from ledhalsa_desktop.ui.assessment_texts import red_flag_short, sex_name
from ledhalsa_desktop.ui.pdf_file import write_pdf_file
from ledhalsa_desktop.ui.program_texts import (
    exercise_name,
    level_name,
    prescription_text,
    reason_text,
    weekday_name,
)
from ledhalsa_desktop.ui.progress_texts import (
    block_name,
    capitalised,
    context_sentence,
    disclaimer,
    done_of_planned,
    flare_text,
    grade_text,
    joints_text,
    long_date,
    norm_text,
    number,
    pain_summary,
    stand_change_text,
    stands_rule_sentence,
    stands_text,
    test_name,
    totals_sentence,
)
from ledhalsa_desktop.ui.report_layout import (
    SMALL,
    TITLE,
    Block,
    Bullet,
    Heading,
    Lead,
    Measure,
    Pages,
    Paragraph,
    Picture,
    Placed,
    Spacer,
    Style,
    Table,
)

MARGIN_MM = 18.0
FOOTER_POINTS = 34.0
CHART_POINTS = 150.0

ChartPainter = Callable[[QPainter, QRectF], None]


def report_title() -> str:
    return QCoreApplication.translate("ReportPdf", "Report for healthcare")


def default_file_name(made_on_iso: str) -> str:
    """'Ledhälsa rapport 2026-11-28.pdf' or 'Ledhälsa report 2026-11-28.pdf'."""
    return QCoreApplication.translate("ReportPdf", "Ledhälsa report %1.pdf").replace("%1", made_on_iso)


# what the report says


def _about(facts: ReportFacts) -> list[list[str]]:
    rows: list[list[str]] = []
    if facts.name:
        rows.append([QCoreApplication.translate("ReportPdf", "Name"), facts.name])
    if facts.birth_year is not None:
        age = facts.made_on.year - facts.birth_year
        rows.append(
            [
                QCoreApplication.translate("ReportPdf", "Born"),
                QCoreApplication.translate("ReportPdf", "%1 (%2 years this year)")
                .replace("%1", str(facts.birth_year))
                .replace("%2", number(age)),
            ]
        )
    if facts.sex is not None:
        rows.append([QCoreApplication.translate("ReportPdf", "Sex"), sex_name(facts.sex)])
    if facts.joints:
        rows.append([QCoreApplication.translate("ReportPdf", "Joints"), capitalised(joints_text(facts.joints))])
    if facts.period_start is not None:
        rows.append(
            [
                QCoreApplication.translate("ReportPdf", "Period"),
                f"{long_date(facts.period_start)} – {long_date(facts.period_end)}",
            ]
        )
    program = facts.program
    if program is not None:
        where = (
            QCoreApplication.translate("ReportPdf", "Week %1: keeping it going after the 12 weeks, 2 sessions a week")
            if program.maintenance
            else QCoreApplication.translate("ReportPdf", "Week %1 of 12")
        ).replace("%1", number(program.week))
        rows.append([QCoreApplication.translate("ReportPdf", "Program"), where])
        days = ", ".join(weekday_name(day) for day in program.training_days)
        rows.append([QCoreApplication.translate("ReportPdf", "Training days"), capitalised(days)])
    rows.append(
        [
            QCoreApplication.translate("ReportPdf", "Pain diary"),
            QCoreApplication.translate("ReportPdf", "%1 entries").replace("%1", number(facts.diary_entries))
            if facts.diary_entries
            else QCoreApplication.translate("ReportPdf", "no entries"),
        ]
    )
    return rows


def _about_table(pairs: list[list[str]]) -> Table:
    """The label and value pairs in two columns side by side, filled down the left column first."""
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:]
    rows = [[*a, *(right[i] if i < len(right) else ["", ""])] for i, a in enumerate(left)]
    return Table(["", "", "", ""], rows, [0.16, 0.34, 0.16, 0.34], show_header=False, bold_columns=(0, 2))


def _tests_table(tests: tuple[TestResult, ...]) -> Table:
    header = [""] + [f"{test_name(item.kind)}\n{long_date(item.day)}" for item in tests]
    rows = [
        [QCoreApplication.translate("ReportPdf", "Pain now (0–10)")] + [number(item.pain_now) for item in tests],
        [QCoreApplication.translate("ReportPdf", "Usual pain the week before (0–10)")]
        + [number(item.pain_last_week) for item in tests],
        [QCoreApplication.translate("ReportPdf", "Function score (0–100, the program's own)")]
        + [number(item.function_score) for item in tests],
        [QCoreApplication.translate("ReportPdf", "Chair stands in 30 seconds")]
        + [stands_text(item.chair) for item in tests],
        [QCoreApplication.translate("ReportPdf", "Normal range for age and sex")]
        + [f"{norm_text(item.chair.norm)}: {grade_text(item.chair)}" if item.chair.norm else "–" for item in tests],
        [QCoreApplication.translate("ReportPdf", "Chair stands against the start")]
        + [stand_change_text(item.chair) for item in tests],
        [QCoreApplication.translate("ReportPdf", "Standing on one leg (seconds)")]
        + [number(item.balance_seconds) if item.balance_seconds is not None else "–" for item in tests],
    ]
    first = 0.31
    rest = (1 - first) / max(1, len(tests))
    return Table(header, rows, [first] + [rest] * len(tests), first_column_bold=True)


def _sessions_table(program: ProgramFacts) -> Table:
    header = [
        QCoreApplication.translate("ReportPdf", "Weeks"),
        QCoreApplication.translate("ReportPdf", "Sessions done of planned"),
        QCoreApplication.translate("ReportPdf", "Share"),
    ]
    rows = [
        [
            block_name(block),
            done_of_planned(block.totals.done, block.totals.planned),
            f"{number(block.totals.percent)} %" if block.totals.percent is not None else "–",
        ]
        for block in program.blocks
    ]
    return Table(header, rows, [0.5, 0.3, 0.2])


def _doses_table(program: ProgramFacts, language: str) -> Table:
    header = [
        QCoreApplication.translate("ReportPdf", "Exercise"),
        QCoreApplication.translate("ReportPdf", "Level now"),
        QCoreApplication.translate("ReportPdf", "Dose now"),
        QCoreApplication.translate("ReportPdf", "At the start"),
    ]
    rows = [
        [
            exercise_name(item.exercise_id, language),
            f"{number(item.current.level)}: {level_name(item.current, language)}",
            prescription_text(item.current),
            QCoreApplication.translate("ReportPdf", "Level %1, %2")
            .replace("%1", number(item.start.level))
            .replace("%2", prescription_text(item.start)),
        ]
        for item in program.doses
    ]
    return Table(header, rows, [0.22, 0.26, 0.26, 0.26])


def regression_lines(changes: tuple[Change, ...], language: str) -> list[str]:
    """One session's steps back: the day, the exercises and the reason, one line per reason."""
    reasons: dict[Reason, list[str]] = {}
    for change in changes:
        reasons.setdefault(change.reason, []).append(exercise_name(change.exercise_id, language))
    return [
        QCoreApplication.translate("ReportPdf", "%1: %2, because %3.")
        .replace("%1", long_date(changes[0].day))
        .replace("%2", QLocale().createSeparatedList(names))
        .replace("%3", reason_text(reason))
        for reason, names in reasons.items()
    ]


def _more(left_out: int) -> str:
    return QCoreApplication.translate("ReportPdf", "… and %1 earlier.").replace("%1", number(left_out))


def _more_times(left_out: int) -> str:
    return QCoreApplication.translate("ReportPdf", "… and after %1 earlier sessions.").replace("%1", number(left_out))


def _events(facts: ReportFacts, language: str) -> list[Block]:
    blocks: list[Block] = []
    program = facts.program
    if program is not None and program.advise_physio:
        blocks.append(
            Bullet(
                QCoreApplication.translate(
                    "ReportPdf",
                    "The program has advised contacting a physiotherapist: the pain rose after exercise more than "
                    "once within a short time.",
                )
            )
        )
    if program is not None and program.regressions.items:
        blocks.append(
            Paragraph(QCoreApplication.translate("ReportPdf", "Exercises made easier, and why:"), Style(10, bold=True))
        )
        for changes in program.regressions.items:
            blocks.extend(Bullet(text) for text in regression_lines(changes, language))
        if program.regressions.left_out:
            blocks.append(Paragraph(_more_times(program.regressions.left_out), SMALL))
    if facts.flares.items:
        flares = "; ".join(flare_text(item) for item in facts.flares.items)
        if facts.flares.left_out:
            flares += " " + _more(facts.flares.left_out)
        blocks.append(
            Paragraph(
                QCoreApplication.translate("ReportPdf", "Flares (periods of more pain and swelling than usual):"),
                Style(10, bold=True),
            )
        )
        blocks.append(Bullet(flares))
    red_flags: list[Block] = []
    if program is not None:
        if facts.red_flags_at_start:
            signs = "; ".join(red_flag_short(flag) for flag in facts.red_flags_at_start)
            red_flags.append(
                Bullet(
                    QCoreApplication.translate(
                        "ReportPdf",
                        "At the first assessment, answered yes to: %1. Confirmed that a doctor or physiotherapist "
                        "had approved exercise.",
                    ).replace("%1", signs)
                )
            )
        else:
            red_flags.append(
                Bullet(
                    QCoreApplication.translate(
                        "ReportPdf", "At the first assessment, answered no to every question about warning signs."
                    )
                )
            )
    for stop in facts.red_flag_stops.items:
        signs = "; ".join(red_flag_short(flag) for flag in stop.flags)
        red_flags.append(
            Bullet(
                QCoreApplication.translate(
                    "ReportPdf", "%1: an assessment stopped at the warning signs, answered yes to: %2."
                )
                .replace("%1", long_date(stop.day))
                .replace("%2", signs)
            )
        )
    if facts.red_flag_stops.left_out:
        red_flags.append(Paragraph(_more(facts.red_flag_stops.left_out), SMALL))
    if red_flags:
        blocks.append(
            Paragraph(QCoreApplication.translate("ReportPdf", "Warning signs (red flags):"), Style(10, bold=True))
        )
        blocks.extend(red_flags)
    if not blocks:
        blocks.append(Paragraph(QCoreApplication.translate("ReportPdf", "Nothing to note.")))
    return blocks


def report_blocks(facts: ReportFacts, language: str, chart: ChartPainter | None) -> list[Block]:
    blocks: list[Block] = [
        Paragraph(report_title(), TITLE),
        Paragraph(
            QCoreApplication.translate(
                "ReportPdf", "From Ledhälsa, a home exercise program for osteoarthritis. Made on %1."
            ).replace("%1", long_date(facts.made_on)),
            SMALL,
        ),
        Spacer(4),
        _about_table(_about(facts)),
    ]
    program = facts.program
    if program is None:
        blocks += [
            Heading(QCoreApplication.translate("ReportPdf", "Program")),
            Paragraph(
                QCoreApplication.translate(
                    "ReportPdf",
                    "No program yet: the assessment that the program is made from has not been done.",
                )
            ),
        ]
    else:
        blocks += [
            Heading(QCoreApplication.translate("ReportPdf", "Tests")),
            _tests_table(program.tests),
            Paragraph(stands_rule_sentence(), SMALL),
            Paragraph(
                QCoreApplication.translate(
                    "ReportPdf",
                    "Normal ranges: 30-second chair stand test, Rikli and Jones 1999 (25th to 75th percentile).",
                ),
                SMALL,
            ),
            Heading(QCoreApplication.translate("ReportPdf", "Pain")),
            Paragraph(pain_summary(program.pain)),
            Paragraph(context_sentence(program.pain, [item.joint for item in facts.joints], program.week), SMALL),
        ]
    if chart is not None:
        if program is None:
            blocks.append(Heading(QCoreApplication.translate("ReportPdf", "Pain")))
        blocks.append(Picture(CHART_POINTS, chart))
    if program is not None:
        blocks += [
            Heading(QCoreApplication.translate("ReportPdf", "Sessions")),
            Lead(totals_sentence(program.total)),
            _sessions_table(program),
            Heading(QCoreApplication.translate("ReportPdf", "The program now")),
            _doses_table(program, language),
        ]
    blocks.append(Heading(QCoreApplication.translate("ReportPdf", "Worth noting")))
    blocks += _events(facts, language)
    return blocks


# drawing


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _family() -> str:
    return QGuiApplication.font().family()


def layout_pages(m: Measure, width: float, height: float, blocks: list[Block]) -> list[list[Placed]]:
    return Pages(m, width, height - FOOTER_POINTS).add(blocks)


def _footer(painter: QPainter, m: Measure, width: float, height: float, page: int, pages: int) -> None:
    s = m.scale
    top = height - FOOTER_POINTS + 8
    painter.setPen(QColor(SMALL.color))
    painter.drawLine(0, round(top * s), round(width * s), round(top * s))
    numbering = (
        QCoreApplication.translate("ReportPdf", "Page %1 of %2")
        .replace("%1", number(page))
        .replace("%2", number(pages))
    )
    numbering_width = m.text_width(numbering, SMALL) + 6
    Paragraph(disclaimer(), SMALL).draw(painter, m, 0, top + 3, width - numbering_width - 12)
    Paragraph(numbering, SMALL).draw(painter, m, width - numbering_width, top + 3, numbering_width)


def draw_page(
    painter: QPainter, m: Measure, width: float, height: float, pages: list[list[Placed]], index: int
) -> None:
    for placed in pages[index]:
        placed.block.draw(painter, m, 0.0, placed.y, width)
    _footer(painter, m, width, height, index + 1, len(pages))


def draw_report(device: QPagedPaintDevice, facts: ReportFacts, language: str, chart: ChartPainter | None) -> int:
    """Draws the whole report on a PDF writer or a printer (already set up); returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the report could not be started: the file or printer cannot be written")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = Measure(device, _family())
        rect = device.pageLayout().paintRectPoints()
        width, height = float(rect.width()), float(rect.height())
        pages = layout_pages(m, width, height, report_blocks(facts, language, chart))
        for index in range(len(pages)):
            if index > 0 and not device.newPage():
                raise OSError("the next page of the report could not be started")
            draw_page(painter, m, width, height, pages, index)
        return len(pages)
    finally:
        painter.end()


def write_pdf(path: Path, facts: ReportFacts, language: str, chart: ChartPainter | None = None) -> int:
    """Writes the report as a PDF, whole or not at all (through a temporary file beside it); returns the pages."""
    return write_pdf_file(
        path, _page_layout(), report_title(), lambda writer: draw_report(writer, facts, language, chart)
    )


def prepare_printer(printer: object) -> None:
    """A4 with the report's margins, as the starting point of the print dialog."""
    printer.setPageLayout(_page_layout())  # type: ignore[attr-defined]


def page_images(facts: ReportFacts, language: str, chart: ChartPainter | None = None, dpi: int = 110) -> list[QImage]:
    """The report's pages as images (white A4 pages with the margins), to look at and to test."""
    layout = _page_layout()
    full, paint = layout.fullRectPoints(), layout.paintRectPoints()
    scale = dpi / 72.0
    dots_per_meter = round(dpi / 0.0254)
    probe = QImage(1, 1, QImage.Format.Format_RGB32)
    probe.setDotsPerMeterX(dots_per_meter)
    probe.setDotsPerMeterY(dots_per_meter)
    m = Measure(probe, _family())
    width, height = float(paint.width()), float(paint.height())
    pages = layout_pages(m, width, height, report_blocks(facts, language, chart))
    images = []
    for index in range(len(pages)):
        image = QImage(QSizeF(full.width() * scale, full.height() * scale).toSize(), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(dots_per_meter)
        image.setDotsPerMeterY(dots_per_meter)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(paint.left() * scale, paint.top() * scale)
        draw_page(painter, m, width, height, pages, index)
        painter.end()
        images.append(image)
    return images
