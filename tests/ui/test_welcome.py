from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ledhalsa_desktop.storage.startup import read_snapshot
from ledhalsa_desktop.ui.welcome_view import STEPS


def test_first_run_shows_the_welcome_in_swedish(make_window) -> None:
    window = make_window()
    assert window.current_view() is None
    assert window.welcome.step == 0
    assert window.welcome.titles[0].text() == "Välkommen till Ledhälsa"
    assert window.welcome.progress.text() == "Steg 1 av 5"


def test_the_whole_welcome_flow_saves_choices_and_greets_by_name(make_window, qtbot, data_dir) -> None:
    window = make_window()
    welcome = window.welcome
    qtbot.mouseClick(welcome.language.buttons[1], Qt.MouseButton.LeftButton)
    assert welcome.next_button.text() == "Next"
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    assert STEPS[welcome.step] == "text_size"
    qtbot.mouseClick(welcome.text_size.buttons[2], Qt.MouseButton.LeftButton)
    assert QApplication.font().pointSize() == 21
    qtbot.mouseClick(welcome.back_button, Qt.MouseButton.LeftButton)
    assert welcome.step == 0
    for _ in range(len(STEPS) - 1):
        qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    assert STEPS[welcome.step] == "name"
    assert welcome.next_button.text() == "Start using Ledhälsa"
    welcome.profile.name_edit.setFocus()
    qtbot.keyClicks(welcome.profile.name_edit, "  Anna  ")
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)

    assert window.current_view() == "home"
    assert "Anna" in window.view("home").greeting.text()
    stored = read_snapshot(data_dir / "ledhalsa.db")
    assert stored.settings.welcome_completed
    assert stored.settings.language == "en"
    assert stored.settings.text_scale == 150
    assert stored.profile.name == "Anna"


def test_a_bad_name_stops_the_welcome_with_a_message_next_to_the_field(make_window, qtbot) -> None:
    window = make_window()
    welcome = window.welcome
    welcome.go_to(len(STEPS) - 1)
    welcome.profile.name_edit.setText("A" * 70)
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    assert window.current_view() is None
    assert welcome.profile.name_error.isVisible()
    assert "för långt" in welcome.profile.name_error.text()
    assert welcome.profile.name_edit.hasFocus()
    assert welcome.profile.name_edit.text() == "A" * 70


def test_the_welcome_is_not_shown_again_once_completed(make_window) -> None:
    window = make_window(welcome_completed=True)
    assert window.current_view() == "home"
