from __future__ import annotations

from PySide6.QtCore import Qt

from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.pain_scale import PainScale


def make_scale(qtbot, make_state, language: str = "en", width: int = 1100) -> PainScale:  # noqa: ANN001
    appearance = Appearance(make_state(language=language))
    appearance.apply()
    scale = PainScale("How much pain do you have right now?")
    qtbot.addWidget(scale)
    scale.resize(width, 300)
    scale.show()
    qtbot.waitExposed(scale)
    scale.activateWindow()
    qtbot.waitUntil(scale.isActiveWindow)
    return scale


def names(scale: PainScale) -> list[str]:
    return [button.accessibleName() for button in scale.buttons]


def test_eleven_buttons_with_the_words_at_the_ends(qtbot, make_state) -> None:
    scale = make_scale(qtbot, make_state)
    assert [button.text() for button in scale.buttons] == [str(n) for n in range(11)]
    assert names(scale)[0] == "0, no pain"
    assert names(scale)[10] == "10, worst imaginable"
    assert names(scale)[5] == "5"
    assert scale.low_word.text() == "0 = no pain" and scale.high_word.text() == "10 = worst imaginable"
    assert scale.buttons[3].accessibleDescription() == "How much pain do you have right now?"
    assert all(button.width() >= 56 and button.height() >= 56 for button in scale.buttons)
    assert len({button.y() for button in scale.buttons}) == 1, "one row when there is room"


def test_the_words_are_swedish_in_swedish(qtbot, make_state) -> None:
    scale = make_scale(qtbot, make_state, language="sv")
    assert names(scale)[0] == "0, ingen smärta"
    assert names(scale)[10] == "10, värsta tänkbara"


def test_a_click_picks_and_set_value_changes_or_clears(qtbot, make_state) -> None:
    scale = make_scale(qtbot, make_state)
    seen: list[object] = []
    scale.valueChanged.connect(seen.append)
    assert scale.value() is None
    qtbot.mouseClick(scale.buttons[4], Qt.MouseButton.LeftButton)
    assert scale.value() == 4 and seen == [4]
    scale.set_value(7)
    assert scale.value() == 7 and scale.buttons[7].isChecked() and not scale.buttons[4].isChecked()
    scale.set_value(None)
    assert scale.value() is None and not any(button.isChecked() for button in scale.buttons)
    assert seen == [4, 7, None]


def test_arrows_move_and_space_or_enter_picks(qtbot, make_state) -> None:
    scale = make_scale(qtbot, make_state)
    scale.setFocus()
    qtbot.waitUntil(scale.buttons[0].hasFocus)
    qtbot.keyClick(scale.buttons[0], Qt.Key.Key_Right)
    qtbot.keyClick(scale.buttons[1], Qt.Key.Key_Right)
    assert scale.buttons[2].hasFocus() and scale.value() is None, "moving does not pick"
    qtbot.keyClick(scale.buttons[2], Qt.Key.Key_Space)
    assert scale.value() == 2
    qtbot.keyClick(scale.buttons[2], Qt.Key.Key_End)
    assert scale.buttons[10].hasFocus()
    qtbot.keyClick(scale.buttons[10], Qt.Key.Key_Left)
    qtbot.keyClick(scale.buttons[9], Qt.Key.Key_Return)
    assert scale.value() == 9
    qtbot.keyClick(scale.buttons[9], Qt.Key.Key_Home)
    assert scale.buttons[0].hasFocus() and scale.value() == 9


def test_the_scale_is_one_tab_stop_at_the_picked_number(qtbot, make_state) -> None:
    scale = make_scale(qtbot, make_state)
    tab_stops = [button for button in scale.buttons if button.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == [scale.buttons[0]]
    scale.set_value(6)
    tab_stops = [button for button in scale.buttons if button.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == [scale.buttons[6]]
    assert scale.choices.focus_button() is scale.buttons[6]


def test_a_message_goes_under_the_buttons_with_the_focus(qtbot, make_state) -> None:
    scale = make_scale(qtbot, make_state)
    scale.show_error("Choose a number.")
    assert scale.error.isVisible() and scale.error.text() == "Choose a number."
    qtbot.waitUntil(scale.buttons[0].hasFocus)
    qtbot.mouseClick(scale.buttons[1], Qt.MouseButton.LeftButton)
    assert not scale.error.isVisible()


def test_the_row_wraps_when_narrow(qtbot, make_state) -> None:
    scale = make_scale(qtbot, make_state, width=360)
    qtbot.waitUntil(lambda: len({button.y() for button in scale.buttons}) > 1)
    assert all(button.geometry().right() <= scale.width() for button in scale.buttons)
