from __future__ import annotations

from PySide6.QtCore import Qt

from ledhalsa_desktop import content
from ledhalsa_desktop.core.session_player import Phase
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.message_dialog import MessageDialog
from ledhalsa_desktop.ui.session_view import SessionView
from ledhalsa_desktop.ui.voice import Voice


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_view(qtbot, make_state, language: str = "en") -> tuple[SessionView, FakeClock]:  # noqa: ANN001
    state = make_state(language=language, welcome_completed=True)
    appearance = Appearance(state)
    appearance.apply()
    clock = FakeClock()
    view = SessionView(appearance, Voice(engine="mock"), clock=clock)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    return view, clock


def run(view: SessionView, clock: FakeClock, seconds: float, step: float = 0.05) -> None:
    end = clock.now + seconds
    while clock.now < end:
        clock.now += step
        view.tick()


def test_the_sample_session_is_offered_and_starts(qtbot, make_state) -> None:
    view, clock = make_view(qtbot, make_state)
    assert view.pages.currentIndex() == 0
    assert view.intro_start.text() == "Start the short session"
    qtbot.mouseClick(view.intro_start, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == 1
    first = content.sample_session()[0]
    assert view.player.item.exercise_id == first.exercise_id
    assert view.status.text() == "Get ready"
    assert view.main_button.text() == "Start the exercise"
    assert view.voice.spoken[-1] == view.exercise_title.text()


def test_counters_follow_the_figure_and_the_voice_counts(qtbot, make_state) -> None:
    view, clock = make_view(qtbot, make_state)
    view.start_sample()
    qtbot.mouseClick(view.main_button, Qt.MouseButton.LeftButton)
    assert view.player.phase is Phase.MOVING
    assert view.timer.isActive()
    cycle = view.player.item.motion.duration
    run(view, clock, cycle * 2 + 0.2)
    assert view.rep_value.text().startswith("3 of")
    assert view.set_value.text().startswith("1 of")
    assert "1" in view.voice.spoken and "2" in view.voice.spoken
    assert view.canvas.animation is not None


def test_space_pauses_and_nothing_runs_while_paused(qtbot, make_state) -> None:
    view, clock = make_view(qtbot, make_state)
    view.start_sample()
    view.activateWindow()
    view.pause_button.setFocus()
    qtbot.waitUntil(view.pause_button.hasFocus)
    qtbot.keyClick(view.pause_button, Qt.Key.Key_Space)
    assert view.player.phase is Phase.MOVING
    run(view, clock, 0.5)
    qtbot.keyClick(view.pause_button, Qt.Key.Key_Space)
    assert view.player.state.paused and not view.timer.isActive()
    frozen = view.player.state.animation_time
    run(view, clock, 30)
    assert view.player.state.animation_time == frozen
    assert view.status.text() == "Paused" and view.pause_button.text() == "Continue"


def test_arrow_keys_move_between_exercises_and_the_end_shows_the_finish(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    view.start_sample()
    view.activateWindow()
    view.pause_button.setFocus()
    qtbot.waitUntil(view.pause_button.hasFocus)
    qtbot.keyClick(view.pause_button, Qt.Key.Key_Right)
    assert view.player.state.item_index == 1
    qtbot.keyClick(view.pause_button, Qt.Key.Key_Left)
    assert view.player.state.item_index == 0
    for _ in content.SAMPLE_SESSION:
        view.next_exercise()
    assert view.pages.currentIndex() == 2
    assert view.finish_title.text() == "The session is over"
    assert view.finish_text.text().startswith("You skipped the exercises this time")


def test_speed_and_mirror(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    view.start_sample()
    qtbot.mouseClick(view.slower_button, Qt.MouseButton.LeftButton)
    assert view.player.speed == 0.75
    for _ in range(5):
        view.change_speed(+1)
    assert view.player.speed == 1.5 and not view.faster_button.isEnabled()
    qtbot.mouseClick(view.mirror_button, Qt.MouseButton.LeftButton)
    assert view.canvas.mirrored


def test_too_painful_pauses_records_and_offers_the_easier_level(qtbot, make_state, monkeypatch) -> None:
    view, _ = make_view(qtbot, make_state)
    exercise = content.catalogue().by_id["sit_to_stand"]
    view.play([content.player_item("sit_to_stand", exercise.level(2))])
    view.main_action()
    offered: list[list[str]] = []

    def choose_easier(dialog: MessageDialog) -> int:
        offered.append(list(dialog.buttons))
        assert view.player.state.paused
        dialog.buttons["easier"].click()
        return 1

    monkeypatch.setattr(MessageDialog, "exec", choose_easier)
    qtbot.mouseClick(view.hurts_button, Qt.MouseButton.LeftButton)
    assert offered == [["easier", "skip", "continue"]]
    assert view.player.item.level == 1 and view.player.phase is Phase.READY
    from ledhalsa_desktop.storage.repositories import list_exercise_feedback

    feedback = list_exercise_feedback(view.appearance.state.database())
    assert [(f.exercise_id, f.level, f.switched_to_level) for f in feedback] == [("sit_to_stand", 2, 1)]


def test_the_lowest_level_offers_no_easier_level(qtbot, make_state, monkeypatch) -> None:
    view, _ = make_view(qtbot, make_state)
    view.start_sample()
    monkeypatch.setattr(MessageDialog, "exec", lambda dialog: dialog.buttons["continue"].click() or 1)
    offered = []
    monkeypatch.setattr(MessageDialog, "ask", lambda dialog: offered.append(list(dialog.buttons)) or "continue")
    view.too_painful()
    assert offered == [["skip", "continue"]]
    assert not view.player.state.paused


def test_swedish_guidance_words(qtbot, make_state) -> None:
    view, clock = make_view(qtbot, make_state, language="sv")
    view.start_sample()
    view.main_action()
    run(view, clock, 0.2)
    assert view.status.text() in {"Upp", "Ner", "Lyft", "Sänk", "Böj", "Sträck"}
    assert view.main_button.isHidden()
