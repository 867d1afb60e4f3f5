from __future__ import annotations

from PySide6.QtCore import Qt

from ledhalsa_desktop.core.settings import VoiceSpeed
from ledhalsa_desktop.storage.startup import read_snapshot
from ledhalsa_desktop.ui.voice import Voice, VoiceProblem


def test_the_mock_voice_speaks_english_but_has_no_swedish(qapp) -> None:
    voice = Voice(engine="mock")
    voice.configure("en", True, VoiceSpeed.NORMAL)
    assert voice.available
    voice.say("Up")
    assert voice.spoken == ["Up"]
    voice.configure("sv", True, VoiceSpeed.NORMAL)
    assert not voice.available and voice.problem is VoiceProblem.NO_VOICE_FOR_LANGUAGE
    voice.say("Upp")
    assert voice.spoken == ["Up"]


def test_voice_off_says_nothing(qapp) -> None:
    voice = Voice(engine="mock")
    voice.configure("en", False, VoiceSpeed.NORMAL)
    voice.say("Up")
    assert voice.spoken == []


def test_a_missing_engine_is_a_problem_not_a_crash(qapp) -> None:
    voice = Voice(engine="no-such-engine")
    voice.configure("en", True, VoiceSpeed.NORMAL)
    assert not voice.available
    voice.say("Up")
    assert voice.spoken == []


def test_settings_turn_the_voice_off_and_explain_a_missing_voice(make_window, qtbot, data_dir) -> None:
    window = make_window(first_view="settings", language="sv", welcome_completed=True)
    section = window.view("settings").voice
    assert "ingen röst" in section.problem.text()
    assert not section.sample.isEnabled()
    qtbot.mouseClick(section.off_button, Qt.MouseButton.LeftButton)
    assert read_snapshot(data_dir / "ledhalsa.db").settings.voice_enabled is False


def test_settings_voice_speed_is_saved(make_window, qtbot, data_dir) -> None:
    window = make_window(first_view="settings", language="en", welcome_completed=True)
    section = window.view("settings").voice
    assert section.problem.isHidden()
    qtbot.mouseClick(section.speed_buttons[0], Qt.MouseButton.LeftButton)
    assert read_snapshot(data_dir / "ledhalsa.db").settings.voice_speed is VoiceSpeed.SLOW
    qtbot.mouseClick(section.sample, Qt.MouseButton.LeftButton)
    assert section.voice.spoken[-1] == "Up. Down. Hold. Well done!"
