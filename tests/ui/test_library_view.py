from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ledhalsa_desktop import content


def exercise_buttons(view) -> list[QPushButton]:  # noqa: ANN001
    return [b for b in view.pages.widget(0).findChildren(QPushButton) if b.isVisible()]


def test_browse_by_joint_and_category(make_window, qtbot) -> None:
    window = make_window(first_view="exercises", language="en", welcome_completed=True)
    view = window.view("exercises")
    knee_names = {e.name.en for e in content.catalogue().for_joint("knee")}
    assert {b.text() for b in exercise_buttons(view)} == knee_names
    qtbot.mouseClick(view.joint_buttons[2], Qt.MouseButton.LeftButton)
    hand_names = {e.name.en for e in content.catalogue().for_joint("hand")}
    qtbot.waitUntil(lambda: {b.text() for b in exercise_buttons(view)} == hand_names)


def test_an_exercise_shows_its_figure_steps_safety_and_levels(make_window, qtbot) -> None:
    window = make_window(first_view="exercises", language="en", welcome_completed=True)
    view = window.view("exercises")
    exercise = content.catalogue().by_id["sit_to_stand"]
    view.show_exercise(exercise)
    assert view.pages.currentIndex() == 1
    level = exercise.level(1)
    assert view.steps.text().startswith("1. " + level.steps.en[0])
    assert view.safety.text() == level.safety.en
    assert view.canvas.animation.name == level.animation
    assert view.driver.is_playing
    assert len(view.level_group.buttons()) == len(exercise.levels)
    qtbot.mouseClick(view.level_group.button(1), Qt.MouseButton.LeftButton)
    assert view.canvas.animation.name == exercise.level(2).animation
    assert view.steps.text().startswith("1. " + exercise.level(2).steps.en[0])
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == 0 and not view.driver.is_playing


def test_try_it_in_the_player(make_window, qtbot) -> None:
    window = make_window(first_view="exercises", language="en", welcome_completed=True)
    view = window.view("exercises")
    view.show_exercise(content.catalogue().by_id["bridge"], level=2)
    qtbot.mouseClick(view.try_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "session"
    player = window.view("session").player
    assert [(i.exercise_id, i.level) for i in player.items] == [("bridge", 2)]


def test_the_paused_figure_can_be_stepped(make_window, qtbot) -> None:
    window = make_window(first_view="exercises", language="en", welcome_completed=True)
    view = window.view("exercises")
    view.show_exercise(content.catalogue().by_id["mini_squat"])
    assert view.step_forward_button.isHidden()
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    assert not view.driver.is_playing and view.play_button.text() == "Play the figure"
    before = view.canvas.time
    qtbot.mouseClick(view.step_forward_button, Qt.MouseButton.LeftButton)
    assert view.canvas.time > before
    qtbot.mouseClick(view.step_back_button, Qt.MouseButton.LeftButton)
    assert abs(view.canvas.time - before) < 1e-6
