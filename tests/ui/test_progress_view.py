"""The progress view: empty without a program; with a course, pain, chair stands, weeks, exercises and changes;
the report saved and printed, the CSV files saved, problems said next to the buttons; names, sizes, 200 %."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.devtools.demo_data import make_demo
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.progress_view import CHANGE_DAYS_STEP, WEEKS_SHOWN, ProgressView
from ledhalsa_desktop.ui.widgets import scrolling


@pytest.fixture
def make_view(qtbot, make_state, data_dir: Path) -> Iterator[Callable[..., tuple[ProgressView, QScrollArea]]]:  # noqa: ANN001
    states: list[AppState] = []

    def make(*, demo_years: float | None = None, **settings: object) -> tuple[ProgressView, QScrollArea]:
        if demo_years is not None:
            make_demo(data_dir, demo_years, seed=5, today=date.today())
        state = make_state(**settings)
        states.append(state)
        appearance = Appearance(state)
        appearance.apply()
        view = ProgressView(appearance)
        area = scrolling(view)
        qtbot.addWidget(area)
        area.resize(1030, 720)
        area.show()
        qtbot.waitExposed(area)
        area.activateWindow()
        qtbot.waitUntil(area.isActiveWindow)
        return view, area

    yield make
    for state in states:
        state.close()


def texts(widget: QWidget) -> str:
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget) and label.text()
    )


def test_without_a_program(make_view, qtbot) -> None:  # noqa: ANN001
    view, _ = make_view(language="en")
    assert view.empty_card.isVisible() and not view.program_box.isVisible()
    assert view.report_card.isVisible() and view.diary_csv_button.isVisible()
    assert not view.sessions_csv_button.isVisible()
    assert view.assessment_button.property("role") == "primary" and not view.save_pdf_button.property("role")
    with qtbot.waitSignal(view.start_assessment):
        qtbot.mouseClick(view.assessment_button, Qt.MouseButton.LeftButton)


def test_with_a_course(make_view, qtbot) -> None:  # noqa: ANN001
    view, _ = make_view(demo_years=0.5, language="sv")
    assert view.program_box.isVisible() and not view.empty_card.isVisible()
    assert view.save_pdf_button.property("role") == "primary"
    assert view.pain_big.text().startswith("6 → ")
    assert "Innan du började" in view.pain_text.text() and "av 10" in view.pain_text.text()
    assert "GLA:D" in view.pain_context.text()
    # the start and both retests, with the 3-stand rule under them
    assert view.chair_list.count() == 3
    chair = texts(view.chair_box)
    assert chair.startswith("Start, ") and "Uppföljning vecka 12" in chair and "Jämfört med starten" in chair
    assert "färre än 3" in view.chair_rule.text()
    assert view.weeks.count() == 3 * WEEKS_SHOWN  # the week, its boxes and the count in words
    assert "den här veckan" in view.weeks.itemAtPosition(0, 0).widget().text()
    assert view.weeks.itemAtPosition(0, 2).widget().text().endswith(" av 2")
    assert "Sedan starten har du gjort" in view.sessions_total.text()
    assert view.exercise_list.count() == len(view.active.program.exercises)
    shown = view.change_list.count()
    assert 0 < shown <= CHANGE_DAYS_STEP
    if view.more_changes.isVisible():
        qtbot.mouseClick(view.more_changes, Qt.MouseButton.LeftButton)
        assert view.change_list.count() > shown
        assert view.more_changes.hasFocus() or not view.more_changes.isVisible()


def test_the_report_is_saved_and_printed(make_view, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    view, _ = make_view(demo_years=0.3, language="sv")
    chosen: list[tuple[str, Path]] = []

    def choose(title: str, default: Path, kind: str) -> Path:
        chosen.append((title, default))
        return tmp_path / "min rapport"

    view.choose_file = choose
    view.save_pdf_button.click()
    assert chosen[0][0] == "Spara rapport som PDF"
    assert chosen[0][1].name == f"Ledhälsa rapport {date.today().isoformat()}.pdf"
    saved = tmp_path / "min rapport.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert view.report_status.isVisible() and "Rapporten är sparad" in view.report_status.text()

    printed = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setOutputFileName(str(printed))
        return device

    view.choose_printer = printer
    view.print_button.click()
    assert printed.read_bytes().startswith(b"%PDF")
    assert "skickats till skrivaren" in view.report_status.text()


def test_cancelling_the_dialog_does_nothing(make_view, tmp_path: Path) -> None:
    view, _ = make_view(language="en")
    view.choose_file = lambda title, default, kind: None
    view.choose_printer = lambda: None
    view.save_pdf_button.click()
    view.diary_csv_button.click()
    view.print_button.click()
    assert not view.report_status.isVisible()


def test_the_csv_files_are_saved(make_view, tmp_path: Path) -> None:
    view, _ = make_view(demo_years=0.2, language="en")
    view.choose_file = lambda title, default, kind: tmp_path / default.name
    view.diary_csv_button.click()
    assert "The diary is saved" in view.report_status.text()
    view.sessions_csv_button.click()
    assert "The sessions are saved" in view.report_status.text()
    today = date.today().isoformat()
    diary = (tmp_path / f"Ledhälsa diary {today}.csv").read_bytes().decode("utf-8-sig")
    sessions = (tmp_path / f"Ledhälsa sessions {today}.csv").read_bytes().decode("utf-8-sig")
    assert diary.startswith("Date,Time,Pain, knee") is False and diary.startswith('Date,Time,"Pain, knee (0–10)"')
    assert sessions.startswith("Date,Program week,")


def test_a_file_that_cannot_be_written_is_explained_next_to_the_button(make_view, tmp_path: Path) -> None:
    view, _ = make_view(demo_years=0.2, language="en")
    view.choose_file = lambda title, default, kind: tmp_path / "missing" / "file.csv"
    view.sessions_csv_button.setFocus()
    view.sessions_csv_button.click()
    assert view.report_status.property("role") == "error"
    assert "could not be saved there" in view.report_status.text()
    assert view.sessions_csv_button.hasFocus()


def accessible_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_names_sizes_and_nothing_cut_off_at_200_per_cent(make_view, language: str) -> None:
    view, area = make_view(demo_years=0.3, language=language, text_scale=200)
    buttons = [w for w in view.findChildren(QAbstractButton) if w.isVisibleTo(view)]
    assert buttons
    for widget in buttons:
        assert accessible_name(widget).strip(), widget.text()
        assert widget.width() >= 44 and widget.height() >= 44, accessible_name(widget)
        assert widget.width() >= widget.sizeHint().width() - 1, f"{accessible_name(widget)!r} is squeezed"
    assert area.horizontalScrollBar().maximum() == 0
    assert texts(view)
