"""Reminders as the running program uses them: the program's calendar and sessions, the settings, and the
notices already shown (a day's reminder, a missed day), put to the rules in core.reminders. No Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ledhalsa_desktop.core import reminders
from ledhalsa_desktop.core.reminders import Plan

if TYPE_CHECKING:
    from ledhalsa_desktop.appstate import AppState

log = logging.getLogger("ledhalsa")
REMINDER = "reminder"
MISSED_DAY = "missed_day"


def local_zone(name: str = "") -> tzinfo:
    """The user's time zone by its IANA name (which knows the daylight-saving rules); without the zone
    database, the offset in force now (right again at each check, as the timers check every few minutes)."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # no zone database (Windows without tzdata)
            log.warning("time zone %r is not known here; using the current offset", name)
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


class Reminding:
    def __init__(self, state: AppState, zone: Callable[[], tzinfo] = local_zone) -> None:
        self.state = state
        self._zone = zone

    def zone(self) -> tzinfo:
        return self._zone()

    def plan(self) -> Plan | None:
        active = self.state.training.active()
        if active is None:
            return None
        done = frozenset(item.day for item in active.sessions if item.finished_utc is not None)
        return Plan(active.program.start_date, tuple(active.program.training_days), done)

    def _shown(self, kind: str, day: date) -> bool:
        from ledhalsa_desktop.storage.notice_records import was_shown
        from ledhalsa_desktop.storage.sqlite_file import connect

        conn = connect(self.state.db_path, read_only=True)
        try:
            return was_shown(conn, kind, day.isoformat())
        finally:
            conn.close()

    def _record(self, kind: str, day: date, now: datetime) -> None:
        from ledhalsa_desktop.storage.notices import record_shown

        record_shown(self.state.database(), kind, day.isoformat(), now)

    # the day's reminder

    def next_moment(self, now: datetime) -> datetime | None:
        settings = self.state.settings
        if not settings.reminders_on:
            return None
        return reminders.next_reminder(now, self.plan(), settings.reminder_time, self.zone())

    def due(self, now: datetime) -> date | None:
        """The day whose reminder should show now, if any (not yet shown, reminders on)."""
        settings = self.state.settings
        if not settings.reminders_on:
            return None
        zone = self.zone()
        today = now.astimezone(zone).date()
        shown = {today} if self._shown(REMINDER, today) else set()
        return reminders.reminder_due(now, self.plan(), settings.reminder_time, zone, shown)

    def reminded(self, day: date, now: datetime) -> None:
        self._record(REMINDER, day, now)

    # a missed day

    def missed_day(self, now: datetime) -> date | None:
        today = now.astimezone(self.zone()).date()
        missed = reminders.missed_day(today, self.plan())
        if missed is None or self._shown(MISSED_DAY, missed):
            return None
        return missed

    def missed_day_mentioned(self, day: date, now: datetime) -> None:
        self._record(MISSED_DAY, day, now)
