"""The guided exercise player as a plain state machine, driven by a clock the caller (or a test) supplies.

One item is one exercise at a dose. It runs in rounds: each set once, or for one side at a time each set on
the right side and then on the left. Within a round the figure's animation plays one repetition per cycle;
where the dose has a hold, the figure stops at the animation's hold cue for that many seconds. Between
rounds there is a rest (or a short pause to change sides), which the person may skip. Nothing moves on by
itself at the start or end of an exercise: the person starts each exercise and chooses to go on.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

SWITCH_SIDE_SECONDS = 10
MIN_SPEED = 0.5
MAX_SPEED = 1.5


class Phase(StrEnum):
    READY = "ready"
    MOVING = "moving"
    HOLDING = "holding"
    RESTING = "resting"
    SWITCHING = "switching"
    EXERCISE_DONE = "exercise_done"
    FINISHED = "finished"


class Side(StrEnum):
    BOTH = "both"
    RIGHT = "right"
    LEFT = "left"


@dataclass(frozen=True)
class Motion:
    """What the player needs to know of an animation: its length and its cues (time, word)."""

    duration: float
    cues: tuple[tuple[float, str], ...]

    @property
    def hold_at(self) -> float | None:
        return next((t for t, word in self.cues if word == "hold"), None)


@dataclass(frozen=True)
class PlayerItem:
    exercise_id: str
    level: int
    sets: int
    reps: int
    hold_seconds: int
    rest_seconds: int
    one_side_at_a_time: bool
    motion: Motion

    def rounds(self) -> list[tuple[int, Side]]:
        sides = (Side.RIGHT, Side.LEFT) if self.one_side_at_a_time else (Side.BOTH,)
        return [(number, side) for number in range(1, self.sets + 1) for side in sides]


@dataclass(frozen=True)
class Event:
    """Something the person should hear or see announced: kind, and a word or number with it."""

    kind: str  # exercise, cue, count, hold, rest, switch_side, exercise_done, finished, paused, resumed
    value: str | int = ""


@dataclass
class PlayerState:
    item_index: int = 0
    phase: Phase = Phase.READY
    round_index: int = 0
    rep: int = 1
    animation_time: float = 0.0
    countdown: float = 0.0
    paused: bool = False
    held_this_rep: bool = False
    done_items: set[int] = field(default_factory=set)


class SessionPlayer:
    def __init__(self, items: list[PlayerItem], now: float) -> None:
        if not items:
            raise ValueError("a session needs at least one exercise")
        self.items = list(items)
        self.state = PlayerState()
        self.speed = 1.0
        self._last = now
        self._events: list[Event] = [Event("exercise", items[0].exercise_id)]

    # what the view shows
    @property
    def item(self) -> PlayerItem:
        return self.items[self.state.item_index]

    @property
    def phase(self) -> Phase:
        return self.state.phase

    @property
    def set_number(self) -> int:
        return self.item.rounds()[self.state.round_index][0]

    @property
    def side(self) -> Side:
        return self.item.rounds()[self.state.round_index][1]

    @property
    def countdown_seconds(self) -> int:
        """Whole seconds left of a hold, rest or side change, counted up (2.1 s left shows as 3)."""
        return max(0, int(-(-self.state.countdown // 1)))

    def drain_events(self) -> list[Event]:
        events, self._events = self._events, []
        return events

    # commands
    def start(self) -> None:
        if self.state.phase is Phase.READY and not self.state.paused:
            self._begin_round(first=True)

    def pause(self) -> None:
        if not self.state.paused and self.state.phase not in (Phase.FINISHED,):
            self.state.paused = True
            self._events.append(Event("paused"))

    def resume(self, now: float) -> None:
        if self.state.paused:
            self.state.paused = False
            self._last = now
            self._events.append(Event("resumed"))

    def toggle_pause(self, now: float) -> None:
        if self.state.paused:
            self.resume(now)
        elif self.state.phase is Phase.READY:
            self.start()
        else:
            self.pause()

    def set_speed(self, speed: float) -> None:
        self.speed = min(MAX_SPEED, max(MIN_SPEED, speed))

    def skip_countdown(self) -> None:
        """Skip a rest or a side change (not a hold: a hold ends when its time is up or the person stops)."""
        if self.state.phase in (Phase.RESTING, Phase.SWITCHING):
            self._begin_round(first=False)

    def next_exercise(self) -> None:
        if self.state.item_index + 1 < len(self.items):
            self._go_to(self.state.item_index + 1)
        else:
            self._finish()

    def previous_exercise(self) -> None:
        self._go_to(max(0, self.state.item_index - 1))

    def go_on(self) -> None:
        """After an exercise is done: on to the next one (or the end)."""
        if self.state.phase is Phase.EXERCISE_DONE:
            self.next_exercise()

    def stop(self) -> None:
        """End the session now, keeping what was done."""
        if self.state.phase is not Phase.FINISHED:
            self._finish()

    def sets_done(self, index: int) -> int:
        """Whole sets finished of an item (for one side at a time, a set counts when both sides are done)."""
        item = self.items[index]
        if index in self.state.done_items:
            return item.sets
        if index != self.state.item_index:
            return 0
        # round_index moves on when a round ends, so it counts the rounds finished
        return self.state.round_index // (2 if item.one_side_at_a_time else 1)

    def replace_item(self, item: PlayerItem) -> None:
        """Use another level (or dose) for the current exercise, starting it again from the beginning."""
        self.items[self.state.item_index] = item
        self._go_to(self.state.item_index)

    # time
    def update(self, now: float) -> None:
        elapsed = max(0.0, now - self._last)
        self._last = now
        if self.state.paused:
            return
        while elapsed > 1e-9 and self.state.phase in (Phase.MOVING, Phase.HOLDING, Phase.RESTING, Phase.SWITCHING):
            elapsed = self._advance(elapsed)

    def _advance(self, elapsed: float) -> float:
        state = self.state
        if state.phase is Phase.MOVING:
            return self._move(elapsed)
        used = min(elapsed, state.countdown)
        state.countdown -= used
        if state.countdown <= 1e-9:
            if state.phase is Phase.HOLDING:
                state.phase = Phase.MOVING
            else:
                self._begin_round(first=False)
        return elapsed - used

    def _move(self, elapsed: float) -> float:
        state, item = self.state, self.item
        motion = item.motion
        start = state.animation_time
        target = start + elapsed * self.speed
        hold_at = motion.hold_at if item.hold_seconds > 0 and not state.held_this_rep else None
        end = motion.duration
        if hold_at is not None and start <= hold_at <= target:
            end = hold_at
        stop = min(target, end)
        for t, word in motion.cues:
            if word == "hold" and item.hold_seconds == 0:
                continue
            if start < t <= stop or (start == 0.0 and t == 0.0 and stop > 0.0):
                self._events.append(Event("cue", word))
        state.animation_time = stop
        used = (stop - start) / self.speed
        if hold_at is not None and stop >= hold_at:
            state.phase = Phase.HOLDING
            state.countdown = float(item.hold_seconds)
            state.held_this_rep = True
            self._events.append(Event("hold", item.hold_seconds))
        elif stop >= motion.duration - 1e-9:
            self._finish_rep()
        return elapsed - used if stop < target else 0.0

    def _finish_rep(self) -> None:
        state, item = self.state, self.item
        self._events.append(Event("count", state.rep))
        state.animation_time = 0.0
        state.held_this_rep = False
        if state.rep < item.reps:
            state.rep += 1
            return
        if state.round_index + 1 < len(item.rounds()):
            next_side = item.rounds()[state.round_index + 1][1]
            changing_side = next_side is Side.LEFT
            state.phase = Phase.SWITCHING if changing_side else Phase.RESTING
            state.countdown = float(SWITCH_SIDE_SECONDS if changing_side else item.rest_seconds)
            state.round_index += 1
            self._events.append(Event("switch_side" if changing_side else "rest", int(state.countdown)))
            return
        state.phase = Phase.EXERCISE_DONE
        state.done_items.add(state.item_index)
        self._events.append(Event("exercise_done", item.exercise_id))

    def _begin_round(self, *, first: bool) -> None:
        state = self.state
        state.phase = Phase.MOVING
        state.rep = 1
        state.animation_time = 0.0
        state.countdown = 0.0
        state.held_this_rep = False
        if first:
            state.round_index = 0

    def _go_to(self, index: int) -> None:
        done = self.state.done_items
        self.state = replace(PlayerState(), item_index=index, done_items=done, paused=False)
        self._events.append(Event("exercise", self.item.exercise_id))

    def _finish(self) -> None:
        self.state.phase = Phase.FINISHED
        self._events.append(Event("finished", len(self.state.done_items)))
