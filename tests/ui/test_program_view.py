"""My program: the empty state, where you are, every exercise with its dose and why, days, and the changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from ledhalsa_desktop import content
from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.core.prescription import Prescription
from ledhalsa_desktop.core.progression import ChangeKind, NextDay
from ledhalsa_desktop.training import Training
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.program_texts import grouped_changes, prescription_text, why_sentence
from ledhalsa_desktop.ui.program_view import ProgramView, next_sessions
from ledhalsa_desktop.ui.widgets import scrolling
from tests.program.test_training import MONDAY, Calendar, knee_assessment, run_session

Made = tuple[ProgramView, AppState, Calendar]
Make = Callable[..., Made]


@pytest.fixture
def make_view(qtbot, make_state) -> Iterator[Make]:  # noqa: ANN001
    states: list[AppState] = []
    areas: list[QScrollArea] = []  # qtbot only keeps a weak reference

    def make(language: str = "en", *, program: bool = True, text_scale: int = 100) -> Made:
        state = make_state(language=language, text_scale=text_scale, welcome_completed=True)
        states.append(state)
        calendar = Calendar(MONDAY)
        state._training = Training(state.db_path, state.database, content.catalogue, calendar.now, calendar.today)
        if program:
            stored = state.save_assessment(knee_assessment())
            state.training.start_program(stored, (0, 2, 4))
        appearance = Appearance(state)
        appearance.apply()
        view = ProgramView(appearance)
        area = scrolling(view)
        qtbot.addWidget(area)
        areas.append(area)
        area.resize(1280, 720)
        area.show()
        qtbot.waitExposed(area)
        area.activateWindow()
        qtbot.waitUntil(area.isActiveWindow)
        return view, state, calendar

    yield make
    for state in states:
        state.close()


def shown_texts(widget: QWidget) -> list[str]:
    """The texts of the shown labels, top to bottom."""
    labels = [label for label in widget.findChildren(QLabel) if label.isVisibleTo(widget) and label.text().strip()]
    labels.sort(key=lambda label: label.mapTo(widget, label.rect().topLeft()).y())
    return [label.text() for label in labels]


def with_history(view: ProgramView, state: AppState, calendar: Calendar) -> None:
    """Two fine sessions, each answered 'back to usual' the next day: the program steps up twice."""
    for _ in range(2):
        plan, _ = run_session(state.training)
        calendar.day += timedelta(days=1)
        state.training.answer_next_day(plan.session_id, NextDay.USUAL)
        calendar.day += timedelta(days=6)
    view.refresh()
    QApplication.processEvents()  # new widgets in a shown layout are shown by a queued call


def test_without_a_program_it_offers_the_assessment(make_view, qtbot) -> None:
    view, _, _ = make_view(program=False)
    assert view.empty_card.isVisible() and not view.program_box.isVisible()
    assert view.assessment_button.text() == "Start the assessment"
    with qtbot.waitSignal(view.start_assessment):
        qtbot.mouseClick(view.assessment_button, Qt.MouseButton.LeftButton)


def test_where_you_are_and_the_main_button(make_view, qtbot) -> None:
    view, state, _ = make_view()
    assert not view.empty_card.isVisible() and view.program_box.isVisible()
    assert view.week_heading.text() == "Week 1 of 12"
    assert view.sessions_text.text() == "This week you have done 0 of 2 sessions."
    minutes = state.training.today().minutes
    assert view.minutes_text.text() == f"A session takes about {minutes} minutes."
    assert view.next_text.text() == "Your next session: today."
    assert view.start_button.text() == "Start today's session"
    assert view.start_button.height() >= 56
    with qtbot.waitSignal(view.start_session):
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)


def test_every_exercise_shows_its_dose_and_why(make_view) -> None:
    view, state, _ = make_view()
    active = state.training.active()
    texts = shown_texts(view)
    cards = [view.exercise_list.itemAt(index).widget() for index in range(view.exercise_list.count())]
    assert len(cards) == len(active.program.exercises) > 0
    for frame, item, prescription in zip(
        cards, active.program.exercises, active.state.current(active.program), strict=True
    ):
        card_texts = shown_texts(frame)
        assert why_sentence(item.why) and why_sentence(item.why) in card_texts
        assert f"Today: {prescription_text(prescription)}" in card_texts
        assert any(text.startswith(f"Level {prescription.level}: ") for text in card_texts)
        assert frame.accessibleName() in card_texts[0]
    assert "Nothing has changed yet. After your first sessions, each change is shown here with its reason." in texts


def test_changing_the_days_saves_at_once_and_says_saved(make_view, qtbot) -> None:
    view, state, _ = make_view()
    assert view.days.days() == (0, 2, 4)
    qtbot.mouseClick(view.days.buttons[1], Qt.MouseButton.LeftButton)  # Tuesday on
    assert state.training.active().program.training_days == (0, 1, 2, 4)
    assert view.days_status.isVisible() and view.days_status.text() == "Saved"
    assert view.days_error.isHidden()
    assert view.days.buttons[1].text() == "✓ Tuesday" and view.days.buttons[1].accessibleName() == "Tuesday"
    state.training.forget()
    assert state.training.active().program.training_days == (0, 1, 2, 4)
    # week 1 has 2 sessions: Monday (today) and Tuesday now
    assert view.next_list.text().splitlines()[:2] == ["• Today", "• Tomorrow"]


def test_one_day_is_refused_next_to_the_buttons_and_nothing_is_saved(make_view, qtbot) -> None:
    view, state, _ = make_view()
    qtbot.mouseClick(view.days.buttons[0], Qt.MouseButton.LeftButton)  # Monday off: 2 left, saved
    assert state.training.active().program.training_days == (2, 4)
    qtbot.mouseClick(view.days.buttons[2], Qt.MouseButton.LeftButton)  # Wednesday off: 1 left
    assert view.days.days() == (4,)
    assert state.training.active().program.training_days == (2, 4)
    assert view.days_error.isVisible()
    assert view.days_error.text() == (
        "Choose at least 2 days. Until then your training days stay as they were: Wednesday and Friday."
    )
    assert view.days_status.isHidden()
    assert view.days.buttons[2].hasFocus()
    assert view.days.buttons[2].accessibleDescription() == view.days_error.text()
    qtbot.mouseClick(view.days.buttons[3], Qt.MouseButton.LeftButton)  # Thursday on: 2 again, saved
    assert state.training.active().program.training_days == (3, 4)
    assert view.days_error.isHidden() and view.days_status.text() == "Saved"


def test_the_next_three_sessions_are_shown(make_view) -> None:
    view, state, _ = make_view()
    dates = next_sessions(state.training.active(), state.training.today())
    # week 1 has 2 sessions (Monday, Wednesday), week 2 starts on Monday again
    assert dates == (MONDAY, MONDAY + timedelta(days=2), MONDAY + timedelta(days=7))
    assert view.next_list.text().splitlines() == ["• Today", "• Wednesday 6 January", "• Monday 11 January"]


def test_a_full_week_moves_the_next_sessions_on(make_view) -> None:
    view, state, calendar = make_view()
    run_session(state.training)
    calendar.day += timedelta(days=2)
    run_session(state.training)
    view.refresh()
    assert view.sessions_text.text() == "You have done all 2 sessions this week. Well done!"
    assert view.next_text.text() == "You have exercised today. Your next session: Monday 11 January."
    assert view.start_button.isHidden()
    assert next_sessions(state.training.active(), state.training.today())[0] == MONDAY + timedelta(days=7)


def test_changes_are_listed_newest_first_with_their_reasons(make_view) -> None:
    view, state, calendar = make_view()
    with_history(view, state, calendar)
    changes = [c for c in state.training.active().state.changes if c.kind is not ChangeKind.START]
    assert {c.day for c in changes} == {MONDAY, MONDAY + timedelta(days=7)}
    assert view.changes_empty.isHidden()
    texts = shown_texts(view.changes_card)
    headings = [text for text in texts if text.startswith("After your session on")]
    assert headings == ["After your session on Monday 11 January:", "After your session on Monday 4 January:"]
    newest = grouped_changes([c for c in changes if c.day == MONDAY + timedelta(days=7)], "en")
    oldest = grouped_changes([c for c in changes if c.day == MONDAY], "en")
    assert texts.index(newest[0][1][0]) < texts.index(headings[1]) < texts.index(oldest[0][1][0])
    for sentence, lines in newest + oldest:
        assert sentence in texts and all(line in texts for line in lines)
    lead, lines = newest[0]
    assert (
        lead == "These get a little harder, because the last session went well: you did it all, the pain stayed "
        "at 4 or lower and was back to usual the next day:"
    )
    assert any(line.startswith("Heel slides: ") for line in lines)
    assert texts[-1].startswith("Where you started: on Monday 4 January")
    assert texts.count("•") == sum(max(1, len(lines)) for _, lines in newest + oldest)
    assert view.week_heading.text() == "Week 3 of 12"


def test_many_changes_show_the_latest_first_and_the_rest_on_request(make_view, qtbot) -> None:
    view, state, calendar = make_view()
    for _ in range(6):
        plan, _ = run_session(state.training)
        calendar.day += timedelta(days=1)
        state.training.answer_next_day(plan.session_id, NextDay.USUAL)
        calendar.day += timedelta(days=6)
    view.refresh()
    QApplication.processEvents()  # new widgets in a shown layout are shown by a queued call
    assert view.change_list.count() == 2
    assert view.more_changes.isVisible() and view.more_changes.text() == "Show all changes"
    qtbot.mouseClick(view.more_changes, Qt.MouseButton.LeftButton)
    assert view.change_list.count() == 6
    assert view.more_changes.text() == "Show only the latest changes"


def test_maintenance_after_week_12(make_view) -> None:
    view, _, calendar = make_view()
    calendar.day = MONDAY + timedelta(weeks=12)
    view.refresh()
    assert view.week_heading.text() == "Keeping it going"
    assert "2 sessions a week" in view.week_text.text()


def reading_order(widget: QWidget) -> list[str]:
    """The names a screen reader meets, in the order of the accessibility tree."""
    names: list[str] = []

    def walk(node: QAccessible) -> None:
        for index in range(node.childCount()):
            child = node.child(index)
            if not child.state().invisible:
                names.append(child.text(QAccessible.Text.Name))
                walk(child)

    walk(QAccessible.queryAccessibleInterface(widget))
    return names


def test_a_screen_reader_meets_everything_in_the_order_it_is_shown(make_view) -> None:
    view, state, calendar = make_view()
    with_history(view, state, calendar)
    names = reading_order(view)
    active = state.training.active()
    first_why = why_sentence(active.program.exercises[0].why)
    newest_day = active.state.changes[-1].day
    newest = grouped_changes([c for c in active.state.changes if c.day == newest_day], "en")[0][0]
    assert (
        names.index("Your exercises")
        < names.index(first_why)
        < names.index("Your training days")
        < names.index("What has changed and why")
        < names.index(newest)
        < names.index(view.started_text.text())
    )


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("sv", ("Starta dagens träning", "Måndag", "Söndag")),
        ("en", ("Start today's session", "Monday", "Sunday")),
    ],
)
def test_every_control_has_a_name_in_both_languages(make_view, language: str, names: tuple[str, ...]) -> None:
    view, state, calendar = make_view(language)
    with_history(view, state, calendar)
    controls = [w for w in view.findChildren(QAbstractButton) if w.isVisibleTo(view)]
    assert controls
    assert all(w.accessibleName().strip() for w in controls)
    assert view.start_button.accessibleName() == names[0]
    assert view.days.buttons[0].accessibleName() == names[1]
    assert view.days.buttons[6].accessibleName() == names[2]


def test_the_language_switches_at_once(make_view) -> None:
    view, state, _ = make_view("en")
    assert view.title.text() == "My program"
    view.appearance.set_language("sv")
    QApplication.processEvents()
    assert view.title.text() == "Mitt program"
    assert view.start_button.text() == "Starta dagens träning"
    assert view.days.buttons[0].text() == "✓ Måndag" and view.days.buttons[1].text() == "Tisdag"
    assert view.week_heading.text() == "Vecka 1 av 12"
    assert state.settings.language == "sv"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_nothing_is_cut_off_or_scrolls_sideways_at_200_per_cent(make_view, language: str) -> None:
    view, state, calendar = make_view(language, text_scale=200)
    with_history(view, state, calendar)
    QApplication.processEvents()
    area = view.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    assert area.horizontalScrollBar().maximum() == 0
    for widget in view.findChildren(QAbstractButton):
        if widget.isVisibleTo(view):
            assert widget.width() >= widget.sizeHint().width() - 1, widget.text()
            assert widget.width() >= 44 and widget.height() >= 44, widget.text()


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("en", ("1 set of 6 repetitions", "1 set of 3 holds, 8 seconds each", "2 sets of 6 repetitions")),
        (
            "sv",
            ("1 omgång med 6 repetitioner", "1 omgång med 3 håll, 8 sekunder vardera", "2 omgångar med 6 repetitioner"),
        ),
    ],
)
def test_one_set_reads_as_one(make_view, language: str, texts: tuple[str, ...]) -> None:
    make_view(language, program=False)
    one, hold, two = (
        Prescription("x", 1, 1, 6, 0),
        Prescription("x", 1, 1, 3, 8),
        Prescription("x", 1, 2, 6, 0),
    )
    assert (prescription_text(one), prescription_text(hold), prescription_text(two)) == texts
