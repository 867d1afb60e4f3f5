"""The personal program through the window: assessment → program → today's session → questions → next day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from ledhalsa_desktop import content
from ledhalsa_desktop.core.assessment import (
    RED_FLAGS,
    Assessment,
    AssessmentKind,
    ChairStand,
    Difficulty,
    JointChoice,
    Side,
    questions_for,
)
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.progression import Completion, Effort
from ledhalsa_desktop.core.session_player import Phase
from ledhalsa_desktop.devtools.fake_calendar import FixedCalendar as Calendar
from ledhalsa_desktop.training import Training
from ledhalsa_desktop.ui.assessment_view import AssessmentOutcome
from ledhalsa_desktop.ui.main_window import MainWindow

MONDAY = date(2027, 1, 4)


def knee_assessment() -> Assessment:
    return Assessment(
        kind=AssessmentKind.START,
        taken_on=MONDAY,
        joints=(JointChoice(Joint.KNEE, Side.BOTH),),
        pain_now=3,
        pain_last_week=5,
        answers=dict.fromkeys(questions_for([Joint.KNEE]), Difficulty.SLIGHT),
        red_flags=dict.fromkeys(RED_FLAGS, False),
        birth_year=1950,
        chair_stand=ChairStand(11),
    )


@pytest.fixture
def calendar() -> Calendar:
    return Calendar(MONDAY)


@pytest.fixture
def window(make_window, calendar: Calendar) -> MainWindow:  # noqa: ANN001
    made = make_window(welcome_completed=True, language="en")
    state = made.state
    state._training = Training(state.db_path, state.database, content.catalogue, calendar.now, calendar.today)
    return made


def test_home_without_a_program_leads_to_the_assessment(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    home = window.view("home")
    assert home.first_card.isVisible() and not home.today.isVisible()
    qtbot.mouseClick(home.assessment_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "assessment"
    assert not any(button.isChecked() for button in window.nav_buttons.values())


def test_finishing_the_assessment_builds_the_program_and_home_shows_today(window: MainWindow) -> None:
    window.start_assessment()
    window.view("assessment").finished.emit(AssessmentOutcome(knee_assessment(), (0, 2, 4)))
    assert window.current_view() == "program"
    active = window.state.training.active()
    assert active is not None and active.start.assessment.pain_last_week == 5
    assert window.state.profile.birth_year == 1950
    window.show_view("home")
    home = window.view("home")
    assert home.today.isVisible() and not home.first_card.isVisible()
    assert home.today.start_button.text() == "Start today's session"
    assert "Week 1 of 12" in home.today.week.text()


def run_to_the_end(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    session = window.view("session")
    assert session.plan is not None and session.end_button.isVisible()
    player = session.player
    for index in range(len(player.items)):
        player.state.done_items.add(index)
        session.record_progress()
        player.next_exercise()
    session.after_command()
    assert session.pages.currentWidget() is session.questions


def test_a_program_session_asks_three_questions_and_shows_what_changes(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.state.training.start_program(window.state.save_assessment(knee_assessment()), (0, 2, 4))
    window.show_view("home")
    qtbot.mouseClick(window.view("home").today.start_button, Qt.MouseButton.LeftButton)
    session = window.view("session")
    assert window.current_view() == "session"
    prescriptions = window.state.training.todays_prescriptions()
    assert [(item.exercise_id, item.reps) for item in session.player.items] == [
        (item.exercise_id, item.reps) for item in prescriptions
    ]
    run_to_the_end(window, qtbot)

    questions = session.questions
    qtbot.mouseClick(questions.save_button, Qt.MouseButton.LeftButton)
    assert questions.pain.error.isVisible()
    questions.pain.set_value(3)
    qtbot.mouseClick(questions.save_button, Qt.MouseButton.LeftButton)
    assert questions.effort_error.isVisible()
    questions.effort.set_value(Effort.JUST_RIGHT)
    questions.note.setText("  the right   knee  ")
    qtbot.mouseClick(questions.save_button, Qt.MouseButton.LeftButton)

    assert session.pages.currentWidget() is session.summary
    assert "If your pain is back to your usual level tomorrow" in session.summary.next_text.text()
    stored = window.state.training.active().sessions[-1]
    assert stored.completion is Completion.ALL and stored.pain_during == 3 and stored.hurt_note == "the right knee"


def test_high_pain_is_answered_with_a_lighter_next_time(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.state.training.start_program(window.state.save_assessment(knee_assessment()), (0, 2, 4))
    window.start_program_session()
    run_to_the_end(window, qtbot)
    session = window.view("session")
    session.questions.pain.set_value(7)
    session.questions.effort.set_value(Effort.HARD)
    session.questions.submit()
    assert session.summary.pain_advice.isVisible()
    assert "easier" in session.summary.next_text.text()


def test_the_day_after_home_asks_how_it_feels_and_says_what_changed(
    window: MainWindow,
    calendar: Calendar,
    qtbot,  # noqa: ANN001
) -> None:
    training = window.state.training
    training.start_program(window.state.save_assessment(knee_assessment()), (0, 2, 4))
    plan = training.begin_session()
    for item in plan.prescriptions:
        training.exercise_done(plan.session_id, item.exercise_id, sets_done=item.sets, completed=True)
    training.finish_session(plan.session_id, pain_during=2, effort=Effort.JUST_RIGHT)
    calendar.day += timedelta(days=1)
    window.show_view("settings")
    window.show_view("home")
    card = window.view("home").next_day
    assert card.isVisible()
    assert card.heading.text() == "How does it feel after your last session?"
    card.choices.set_value(card.choices.values[0])
    assert card.isVisible() and card.result.isVisible()
    assert "Thank you" in card.result.text() and "These get a little harder" in card.result.text()
    assert training.active().sessions[-1].decided
    window.show_view("settings")
    window.show_view("home")
    assert not card.isVisible()


def test_ending_a_session_halfway_keeps_what_was_done(window: MainWindow, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from ledhalsa_desktop.ui.message_dialog import MessageDialog

    window.state.training.start_program(window.state.save_assessment(knee_assessment()), (0, 2, 4))
    window.start_program_session()
    session = window.view("session")
    session.player.state.done_items.add(0)
    session.record_progress()
    monkeypatch.setattr(MessageDialog, "ask", lambda self: "end")
    qtbot.mouseClick(session.end_button, Qt.MouseButton.LeftButton)
    assert session.player.phase is Phase.FINISHED
    assert session.pages.currentWidget() is session.questions
    session.questions.pain.set_value(2)
    session.questions.effort.set_value(Effort.LIGHT)
    session.questions.submit()
    stored = window.state.training.active().sessions[-1]
    assert stored.completion is Completion.PARTIAL
    assert [item.completed for item in stored.exercises][:2] == [True, False]


def test_a_flare_offers_a_lighter_session(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.state.training.start_program(window.state.save_assessment(knee_assessment()), (0, 2, 4))
    window.show_view("home")
    card = window.view("home").today
    qtbot.mouseClick(card.flare_button, Qt.MouseButton.LeftButton)
    assert card.flare_text.isVisible() and card.flare_button.text() == "The flare is over"
    window.show_view("session")
    session = window.view("session")
    assert session.intro_lighter.isVisible() and not session.intro_start.isVisible()
    qtbot.mouseClick(session.intro_lighter, Qt.MouseButton.LeftButton)
    assert session.plan is not None and session.plan.lighter


def test_a_stop_at_the_red_flag_page_is_stored(window: MainWindow) -> None:
    from ledhalsa_desktop.core.assessment import RedFlag
    from ledhalsa_desktop.storage.program_records import read_red_flag_stops, reading

    window.start_assessment()
    window.view("assessment").red_flags_stopped.emit((RedFlag.HOT_SWOLLEN_JOINT,))
    with reading(window.state.db_path) as conn:
        assert [stop.flags for stop in read_red_flag_stops(conn)] == [(RedFlag.HOT_SWOLLEN_JOINT,)]


def test_starting_again_while_a_session_is_under_way_goes_back_to_it(window: MainWindow) -> None:
    window.state.training.start_program(window.state.save_assessment(knee_assessment()), (0, 2, 4))
    window.start_program_session()
    session = window.view("session")
    plan = session.plan
    window.show_view("home")
    window.start_program_session()
    assert session.plan is plan
    assert len(window.state.training.active().sessions) == 1
