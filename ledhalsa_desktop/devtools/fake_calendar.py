"""A calendar that stands still until moved: for tests and devtools that run a program over many days."""

from __future__ import annotations

from datetime import UTC, date, datetime


class FixedCalendar:
    def __init__(self, day: date, hour: int = 10) -> None:
        self.day = day
        self.hour = hour

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        return datetime(self.day.year, self.day.month, self.day.day, self.hour, 0, tzinfo=UTC)
