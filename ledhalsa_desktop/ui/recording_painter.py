"""A QPainter that can write down the drawing it is asked to do, so that the same drawing can be done again later
without working it out again: a looping animation shows the same moments cycle after cycle.

    painter = RecordingPainter(widget)
    painter.start_recording()
    ...draw...
    drawing = painter.stop_recording()
    replay(painter, drawing)   # later, onto any painter in the same state

A drawing holds the arguments it was given, so what is drawn must not change them afterwards (the figure's
painters make new paths, points and lines for every call, and keep pens and pictures unchanged).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtGui import QPainter

Drawing = list[tuple[Callable[..., Any], tuple[Any, ...]]]

# Every call that draws or changes how the next is drawn (the getters are left as they are).
RECORDED = tuple(
    name
    for name in dir(QPainter)
    if name.startswith(("draw", "erase", "fill", "reset", "restore", "rotate", "save", "scale", "set", "shear"))
    or name == "translate"
)


class RecordingPainter(QPainter):
    """A QPainter that also writes down its drawing calls between start_recording and stop_recording."""

    _drawing: Drawing | None = None

    def start_recording(self) -> None:
        self._drawing = []

    def stop_recording(self) -> Drawing:
        drawing, self._drawing = self._drawing or [], None
        return drawing


def _recorded(method: Callable[..., Any]) -> Callable[..., Any]:
    def call(self: RecordingPainter, *args: Any) -> Any:
        drawing = self._drawing
        if drawing is not None:
            drawing.append((method, args))
        return method(self, *args)

    call.__name__ = method.__name__
    return call


for _name in RECORDED:
    setattr(RecordingPainter, _name, _recorded(getattr(QPainter, _name)))


def replay(painter: QPainter, drawing: Drawing) -> None:
    """The recorded calls again, in order, on painter."""
    for method, args in drawing:
        method(painter, *args)


MAX_RECORDED_CALLS = 60_000  # a cycle of the busiest hand exercise at normal speed: some 50 MB with its pictures
MAX_LOOKS = 2  # facing either way (a session turns the figure for the other side)


class DrawingStore:
    """Drawings by look (whatever settles their pixels but the moment) and moment, within a budget of recorded
    calls. When the budget is spent no more are kept: a loop comes to its moments in turn, so the ones kept go
    on serving, where dropping old ones for new would leave none there when the loop comes round."""

    def __init__(self, budget: int = MAX_RECORDED_CALLS) -> None:
        self.budget = budget
        self._looks: dict[Hashable, dict[Hashable, Drawing]] = {}
        self._calls = 0

    def __len__(self) -> int:
        return sum(map(len, self._looks.values()))

    def get(self, look: Hashable, moment: Hashable) -> Drawing | None:
        drawings = self._looks.get(look)
        return None if drawings is None else drawings.get(moment)

    def has_room(self, look: Hashable) -> bool:
        """Whether a drawing for look could be kept: the budget not spent, or look a new one (for which the
        oldest look gives way)."""
        return self._calls < self.budget or (look not in self._looks and bool(self._looks))

    def put(self, look: Hashable, moment: Hashable, drawing: Drawing) -> None:
        drawings = self._looks.get(look)
        if drawings is None:
            while self._looks and (len(self._looks) >= MAX_LOOKS or self._calls >= self.budget):
                oldest = next(iter(self._looks))
                self._calls -= sum(map(len, self._looks.pop(oldest).values()))
            drawings = self._looks[look] = {}
        elif self._calls >= self.budget:
            return
        drawings[moment] = drawing
        self._calls += len(drawing)
