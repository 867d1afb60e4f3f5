from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ledhalsa_desktop.core.session_player import (
    SWITCH_SIDE_SECONDS,
    Event,
    Motion,
    Phase,
    PlayerItem,
    SessionPlayer,
    Side,
)

SQUAT = Motion(duration=4.0, cues=((0.0, "down"), (1.5, "hold"), (2.0, "up")))


def item(**changes: object) -> PlayerItem:
    values = dict(
        exercise_id="squat",
        level=1,
        sets=2,
        reps=3,
        hold_seconds=0,
        rest_seconds=30,
        one_side_at_a_time=False,
        motion=SQUAT,
    )
    values.update(changes)
    return PlayerItem(**values)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def run(self, player: SessionPlayer, seconds: float, step: float = 0.1) -> None:
        end = self.now + seconds
        while self.now < end - 1e-9:
            self.now = min(end, self.now + step)
            player.update(self.now)


def kinds(events: list[Event], kind: str) -> list[object]:
    return [e.value for e in events if e.kind == kind]


def test_nothing_moves_until_the_person_starts() -> None:
    clock = FakeClock()
    player = SessionPlayer([item()], clock.now)
    clock.run(player, 60)
    assert player.phase is Phase.READY
    assert player.state.animation_time == 0.0


def test_repetitions_sets_and_rest_follow_the_animation_cycles() -> None:
    clock = FakeClock()
    player = SessionPlayer([item()], clock.now)
    player.start()
    clock.run(player, 4.0 * 3 - 0.05)
    assert player.state.rep == 3 and player.phase is Phase.MOVING
    clock.run(player, 0.1)
    assert player.phase is Phase.RESTING and player.countdown_seconds == 30
    events = player.drain_events()
    assert kinds(events, "count") == [1, 2, 3]
    assert kinds(events, "cue").count("down") == 3 and "hold" not in kinds(events, "cue")
    assert kinds(events, "rest") == [30]
    clock.run(player, 30)
    assert player.phase is Phase.MOVING and player.set_number == 2 and player.state.rep == 1
    clock.run(player, 12)
    assert player.phase is Phase.EXERCISE_DONE
    assert kinds(player.drain_events(), "exercise_done") == ["squat"]


def test_a_hold_stops_the_figure_at_the_hold_cue_for_the_dose_seconds() -> None:
    clock = FakeClock()
    player = SessionPlayer([item(hold_seconds=5, reps=1, sets=1)], clock.now)
    player.start()
    clock.run(player, 1.6)
    assert player.phase is Phase.HOLDING
    assert player.state.animation_time == 1.5
    assert player.countdown_seconds == 5
    clock.run(player, 4.8)
    assert player.phase is Phase.HOLDING and player.state.animation_time == 1.5
    clock.run(player, 0.5)
    assert player.phase is Phase.MOVING
    clock.run(player, 2.5)
    assert player.phase is Phase.EXERCISE_DONE
    events = player.drain_events()
    assert kinds(events, "hold") == [5]
    assert kinds(events, "cue") == ["down", "hold", "up"]


def test_one_side_at_a_time_does_right_then_left_each_set() -> None:
    clock = FakeClock()
    player = SessionPlayer([item(one_side_at_a_time=True, reps=1)], clock.now)
    player.start()
    seen = []
    for _ in range(4):
        seen.append((player.set_number, player.side))
        clock.run(player, 4.05)
        if player.phase in (Phase.RESTING, Phase.SWITCHING):
            expected = SWITCH_SIDE_SECONDS if player.phase is Phase.SWITCHING else 30
            assert player.countdown_seconds == expected
            player.skip_countdown()
    assert seen == [(1, Side.RIGHT), (1, Side.LEFT), (2, Side.RIGHT), (2, Side.LEFT)]
    assert player.phase is Phase.EXERCISE_DONE


def test_pause_freezes_everything_and_nothing_times_out() -> None:
    clock = FakeClock()
    player = SessionPlayer([item()], clock.now)
    player.start()
    clock.run(player, 1.0)
    player.pause()
    frozen = player.state.animation_time
    clock.run(player, 600)
    assert player.state.animation_time == frozen and player.state.paused
    player.resume(clock.now)
    clock.run(player, 0.5)
    assert abs(player.state.animation_time - (frozen + 0.5)) < 1e-6


def test_rest_can_be_skipped_but_a_hold_cannot() -> None:
    clock = FakeClock()
    player = SessionPlayer([item(hold_seconds=10)], clock.now)
    player.start()
    clock.run(player, 1.6)
    player.skip_countdown()
    assert player.phase is Phase.HOLDING


def test_speed_changes_the_figure_but_not_the_clock_of_holds() -> None:
    clock = FakeClock()
    player = SessionPlayer([item(hold_seconds=4, reps=1, sets=1)], clock.now)
    player.set_speed(0.5)
    player.start()
    clock.run(player, 3.05)
    assert player.phase is Phase.HOLDING
    clock.run(player, 4.0)
    assert player.phase is Phase.MOVING
    player.set_speed(9)
    assert player.speed == 1.5


def test_next_previous_and_finishing_the_session() -> None:
    clock = FakeClock()
    player = SessionPlayer([item(exercise_id="a"), item(exercise_id="b")], clock.now)
    player.next_exercise()
    assert player.item.exercise_id == "b" and player.phase is Phase.READY
    player.previous_exercise()
    assert player.item.exercise_id == "a"
    player.next_exercise()
    player.next_exercise()
    assert player.phase is Phase.FINISHED
    assert kinds(player.drain_events(), "exercise") == ["a", "b", "a", "b"]


def test_an_easier_level_replaces_the_exercise_from_its_start() -> None:
    clock = FakeClock()
    player = SessionPlayer([item(level=2)], clock.now)
    player.start()
    clock.run(player, 5)
    player.pause()
    player.replace_item(item(level=1))
    assert player.item.level == 1 and player.phase is Phase.READY and not player.state.paused
    assert player.state.rep == 1


@settings(max_examples=40, deadline=None)
@given(
    sets=st.integers(1, 3),
    reps=st.integers(1, 5),
    hold=st.integers(0, 3),
    one_side=st.booleans(),
    step=st.floats(0.02, 0.7),
)
def test_every_dose_runs_to_its_end_with_the_right_counts(
    sets: int, reps: int, hold: int, one_side: bool, step: float
) -> None:
    clock = FakeClock()
    dose = item(sets=sets, reps=reps, hold_seconds=hold, one_side_at_a_time=one_side, rest_seconds=30)
    player = SessionPlayer([dose], clock.now)
    player.start()
    events: list[Event] = []
    for _ in range(20000):
        if player.phase is Phase.EXERCISE_DONE:
            break
        clock.run(player, step, step)
        events += player.drain_events()
    assert player.phase is Phase.EXERCISE_DONE
    rounds = sets * (2 if one_side else 1)
    assert len(kinds(events, "count")) == rounds * reps
    assert len(kinds(events, "hold")) == (rounds * reps if hold else 0)


def test_stop_ends_the_session_and_sets_done_counts_whole_sets() -> None:
    two_sides = PlayerItem("a", 1, 2, 1, 0, 30, True, Motion(1.0, ((0.5, "up"),)))
    player = SessionPlayer([two_sides, two_sides], 0.0)
    player.start()
    player.update(1.0)  # first side of set 1 done
    assert player.phase is Phase.SWITCHING and player.sets_done(0) == 0
    player.skip_countdown()
    player.update(2.0)  # second side done: one whole set
    assert player.sets_done(0) == 1 and player.sets_done(1) == 0
    player.stop()
    assert player.phase is Phase.FINISHED
    player.stop()
    assert [event.kind for event in player.drain_events()].count("finished") == 1
