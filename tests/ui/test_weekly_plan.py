"""The weekly plan for the fridge: which week and days, every exercise with its dose, the PDF and the printer."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from ledhalsa_desktop.core.assessment import Difficulty, JointChoice, Side, questions_for
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.profile import Profile
from ledhalsa_desktop.ui.program_texts import exercise_name, prescription_text
from ledhalsa_desktop.ui.weekly_plan_pdf import (
    Measure,
    PlanRow,
    page_breaks,
    page_layout,
    plan_images,
    plan_week,
    weekly_plan,
    write_plan_pdf,
)
from tests.program.test_training import MONDAY, knee_assessment
from tests.ui.test_program_view import make_view  # noqa: F401 (a fixture)

EVERY_JOINT = (
    JointChoice(Joint.KNEE, Side.BOTH),
    JointChoice(Joint.HIP, Side.LEFT),
    JointChoice(Joint.HAND, Side.BOTH),
)


def test_the_plan_is_this_program_week_until_its_sessions_are_past() -> None:
    days = (0, 2, 4)
    start = MONDAY - timedelta(weeks=2)
    assert plan_week(start, days, MONDAY) == 3
    assert plan_week(start, days, MONDAY + timedelta(days=4)) == 3  # Friday's session is still to come
    assert plan_week(start, days, MONDAY + timedelta(days=5)) == 4  # Saturday: the next week


def test_every_training_day_and_exercise_with_its_dose(make_view) -> None:  # noqa: F811
    view, state, calendar = make_view("sv")
    calendar.day = MONDAY + timedelta(days=15)  # week 3: three sessions
    state.training.forget()
    plan = weekly_plan(state.training, "Anna", calendar.day, "sv")
    assert plan is not None
    assert plan.week == 3 and plan.days == (
        MONDAY + timedelta(days=14),
        MONDAY + timedelta(days=16),
        MONDAY + timedelta(days=18),
    )
    prescriptions = state.training.todays_prescriptions()
    assert [row.name for row in plan.rows] == [exercise_name(item.exercise_id, "sv") for item in prescriptions]
    for row, item in zip(plan.rows, prescriptions, strict=True):
        assert prescription_text(item) in row.detail and row.detail.startswith(f"Nivå {item.level}:")


def test_the_pdf_is_one_large_print_page_for_a_normal_program(make_view, tmp_path: Path) -> None:  # noqa: F811
    view, state, calendar = make_view("en")
    plan = weekly_plan(state.training, "Anna", calendar.day, "en")
    assert plan is not None and len(plan.days) == 2  # the first weeks: two sessions
    path = tmp_path / "plan.pdf"
    assert write_plan_pdf(path, plan) == 1
    assert path.read_bytes().startswith(b"%PDF")
    images = plan_images(plan)
    assert len(images) == 1 and images[0].width() < images[0].height()  # A4 upright


def test_a_long_program_still_fits_and_a_longer_one_goes_on_to_a_second_page(make_view, tmp_path: Path) -> None:  # noqa: F811
    view, state, calendar = make_view("sv", program=False)
    answers = dict.fromkeys(questions_for([Joint.KNEE, Joint.HIP, Joint.HAND]), Difficulty.MODERATE)
    stored = state.save_assessment(knee_assessment(joints=EVERY_JOINT, answers=answers))
    state.training.start_program(stored, (0, 2, 4))
    calendar.day = MONDAY + timedelta(days=15)
    plan = weekly_plan(state.training, "Anna", calendar.day, "sv")
    assert plan is not None and len(plan.rows) >= 7
    assert write_plan_pdf(tmp_path / "long.pdf", plan) == 1
    longer = replace(plan, rows=plan.rows * 2 + (PlanRow("Extra", "Nivå 1: " + "lång text " * 12),))
    assert write_plan_pdf(tmp_path / "longer.pdf", longer) == 2
    probe = QImage(10, 10, QImage.Format.Format_RGB32)
    rect = page_layout().paintRectPoints()
    pages = page_breaks(Measure(probe, "Sans"), longer, rect.width(), rect.height())
    assert pages[0][0] == 0 and pages[-1][1] == len(longer.rows) + 1  # every row, and the whole session's row
    assert all(end == following for (_, end), (following, _) in zip(pages, pages[1:], strict=False))


def test_the_card_saves_the_pdf_and_prints(make_view, tmp_path: Path) -> None:  # noqa: F811
    view, state, calendar = make_view("sv")
    state.change_profile(Profile(name="Anna"))
    card = view.plan_card
    assert card.isVisibleTo(view)
    saved = tmp_path / "veckoschema"
    card.choose_file = lambda default: saved
    card.save_button.click()
    assert (tmp_path / "veckoschema.pdf").read_bytes().startswith(b"%PDF")
    assert card.status.isVisible() and "veckoschema" in card.status.text()
    printed = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(printed))
        made.setPageLayout(page_layout())
        return made

    card.choose_printer = printer
    card.print_button.click()
    assert printed.read_bytes().startswith(b"%PDF")
    assert card.status.text() == "Veckoschemat har skickats till skrivaren."
    for control in (card.save_button, card.print_button):
        assert control.height() >= 44 and control.accessibleName()


def test_a_folder_that_cannot_be_written_is_said_below_the_buttons(make_view, tmp_path: Path) -> None:  # noqa: F811
    view, state, calendar = make_view("en")
    card = view.plan_card
    card.choose_file = lambda default: tmp_path / "missing" / "plan.pdf"
    card.save_button.click()
    assert card.status.property("role") == "error" and "could not be saved" in card.status.text()
    assert card.save_button.hasFocus()
