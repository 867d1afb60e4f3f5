"""Plays an animation in a loop for the exercise library: a ~60 fps timer while playing, nothing while paused.

driver = AnimationDriver(parent)
driver.time_changed.connect(canvas.set_time)
driver.set_animation(animation)
driver.play()
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

from ledhalsa_desktop.animation.model import Animation

FRAME_INTERVAL_MS = 16
STEP_SECONDS = 1.0 / 30.0
MIN_SPEED, MAX_SPEED = 0.5, 1.5


class AnimationDriver(QObject):
    """Moves an animation's time on: time_changed(t) with t within the cycle, cue_reached(word) as cues pass."""

    time_changed = Signal(float)
    cue_reached = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        animation: Animation | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """clock, seconds from any start, is there for tests; the driver's own QElapsedTimer otherwise."""
        super().__init__(parent)
        self._animation = animation
        self._time = 0.0
        self._speed = 1.0
        self._elapsed = QElapsedTimer()
        self._clock = clock or self._elapsed_seconds
        self._last_tick = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_INTERVAL_MS)
        self._timer.timeout.connect(self.tick)

    @property
    def animation(self) -> Animation | None:
        return self._animation

    @property
    def time(self) -> float:
        return self._time

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def is_playing(self) -> bool:
        return self._timer.isActive()

    def set_animation(self, animation: Animation | None) -> None:
        self._animation = animation
        self._time = 0.0
        if animation is None:
            self.pause()
        self.time_changed.emit(0.0)

    def set_speed(self, speed: float) -> None:
        """How fast the figure moves, 0.5 (half speed) to 1.5."""
        self._speed = min(MAX_SPEED, max(MIN_SPEED, float(speed)))

    def play(self) -> None:
        if self._animation is None or self.is_playing:
            return
        self._elapsed.start()
        self._last_tick = self._clock()
        self._timer.start()
        first = self._animation.cues[0]
        if self._time == first.t:
            self.cue_reached.emit(first.cue)

    def pause(self) -> None:
        self._timer.stop()

    def step(self, frames: int = 1) -> None:
        """When paused, move by whole frames of 1/30 s (negative goes back)."""
        if self._animation is None or self.is_playing:
            return
        self._move_to(self._time + frames * STEP_SECONDS, announce_cues=frames > 0)

    def tick(self) -> None:
        """One timer beat: move on by the real time since the last beat, times the speed."""
        if self._animation is None:
            return
        now = self._clock()
        passed, self._last_tick = max(0.0, now - self._last_tick), now
        self._move_to(self._time + passed * self._speed, announce_cues=True)

    def _elapsed_seconds(self) -> float:
        return self._elapsed.nsecsElapsed() / 1e9 if self._elapsed.isValid() else 0.0

    def _move_to(self, t: float, announce_cues: bool) -> None:
        animation = self._animation
        assert animation is not None
        before = self._time
        duration = animation.duration
        if announce_cues:
            for word in passed_cues(animation, before, t):
                self.cue_reached.emit(word)
        self._time = t % duration
        if self._time < 0.0 or math.isclose(self._time, duration):
            self._time = 0.0
        self.time_changed.emit(self._time)


def passed_cues(animation: Animation, start: float, end: float) -> list[str]:
    """The cues whose time lies in (start, end], the cycle repeating; a cue at 0 counts when a cycle begins."""
    if end <= start:
        return []
    duration = animation.duration
    words: list[str] = []
    cycle = math.floor(start / duration)
    while cycle * duration <= end:
        for cue in animation.cues:
            moment = cycle * duration + cue.t
            if start < moment <= end:
                words.append(cue.cue)
        cycle += 1
    return words
