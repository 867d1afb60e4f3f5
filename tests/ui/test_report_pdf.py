"""The report for healthcare: one or two A4 pages even after years, the expected headings and numbers, the same
pages as images and as a PDF, and a report without a program."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from ledhalsa_desktop.core.assessment import RedFlag
from ledhalsa_desktop.core.profile import Sex
from ledhalsa_desktop.core.progress import recent_pain
from ledhalsa_desktop.core.report import FlarePeriod, RedFlagStop, gather_report
from ledhalsa_desktop.ui.i18n import Translations
from ledhalsa_desktop.ui.report_layout import Measure, Pages, Paragraph, Table
from ledhalsa_desktop.ui.report_pdf import default_file_name, page_images, write_pdf
from tests.core.test_progress import MONDAY
from tests.core.test_report import course


@pytest.fixture
def language(qapp, request: pytest.FixtureRequest):  # noqa: ANN001, ANN201
    translations = Translations()
    translations.use(request.param)
    yield request.param
    translations.use("sv")


def long_course_facts(years: int = 2):  # noqa: ANN201
    today = MONDAY + timedelta(weeks=52 * years)
    painful = tuple(MONDAY + timedelta(weeks=week) for week in range(3, 52 * years, 5))
    flares = [FlarePeriod(MONDAY + timedelta(days=d), MONDAY + timedelta(days=d + 5)) for d in range(40, 700, 60)]
    stops = [RedFlagStop(MONDAY - timedelta(days=d), (RedFlag.CHEST_PAIN_ON_EXERTION,)) for d in range(1, 40, 4)]
    diary = recent_pain({today - timedelta(days=1): 3.0, today - timedelta(days=3): 4.0}, today)
    return gather_report(
        made_on=today,
        name="Anna Lindqvist",
        birth_year=1952,
        sex=Sex.FEMALE,
        course=course(today, painful_days=painful),
        flares=flares,
        red_flag_stops=stops,
        diary_pain=diary,
        diary_first_day=MONDAY,
        diary_entries=700,
    )


def chart(painter: QPainter, rect: QRectF) -> None:
    painter.fillRect(rect, QColor("#ccddee"))


def pdf_text(path: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    assert document.pageCount() in (1, 2)
    return " ".join(" ".join(document.getAllText(page).text() for page in range(document.pageCount())).split())


@pytest.mark.parametrize("language", ["sv", "en"], indirect=True)
def test_years_of_history_fit_on_two_pages(language: str, tmp_path: Path) -> None:
    facts = long_course_facts()
    assert facts.flares.left_out > 0 and facts.red_flag_stops.left_out > 0
    images = page_images(facts, language, chart)
    assert len(images) == 2
    assert images[0].width() < images[0].height()  # A4 upright
    pages = write_pdf(tmp_path / "report.pdf", facts, language, chart)
    assert pages == 2
    text = pdf_text(tmp_path / "report.pdf")
    expected = {
        "sv": ("Rapport till vården", "Tester", "Smärta", "Träningspass", "Programmet nu", "Att notera", "Sida 2 av 2"),
        "en": ("Report for healthcare", "Tests", "Pain", "Sessions", "The program now", "Worth noting", "Page 2 of 2"),
    }[language]
    for heading in expected:
        assert heading in text, heading
    assert "Anna Lindqvist" in text and "1177" in text
    assert "13" in text  # the chair stands at week 12
    assert ("2,5" if language == "sv" else "2.5") in text  # six before, 3.5 in the diary now


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_report_without_a_program_or_diary(language: str) -> None:
    facts = gather_report(
        made_on=date(2027, 2, 1), name=None, birth_year=None, sex=None, course=None, flares=[], red_flag_stops=[]
    )
    (image,) = page_images(facts, language)
    assert image.width() > 0
    assert default_file_name("2027-02-01") == "Ledhälsa report 2027-02-01.pdf"


def test_a_pdf_that_cannot_be_written_leaves_nothing(qapp, tmp_path: Path) -> None:
    facts = long_course_facts(1)
    with pytest.raises(OSError):
        write_pdf(tmp_path / "missing" / "report.pdf", facts, "sv")
    assert not (tmp_path / "missing").exists()


def test_a_long_table_breaks_between_rows_and_repeats_its_heading(qapp) -> None:
    from PySide6.QtGui import QImage

    device = QImage(10, 10, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(110 / 0.0254))
    device.setDotsPerMeterY(round(110 / 0.0254))
    m = Measure(device, "DejaVu Sans")
    table = Table(["A", "B"], [[str(n), "x"] for n in range(80)], [0.5, 0.5])
    pages = Pages(m, 400, 500).add([Paragraph("Before"), table])
    assert len(pages) >= 2
    for page in pages:
        assert all(placed.y + placed.block.height(m, 400) <= 500 + 0.01 for placed in page)
    second = pages[1][0].block
    assert second.with_header and second.first > 0  # a new page starts with the heading row again
