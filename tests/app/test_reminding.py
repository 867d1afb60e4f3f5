"""The user's zone for the reminders: by its name, or the offset in force when the zone database lacks it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from ledhalsa_desktop.reminding import local_zone


def test_a_known_zone_by_its_name() -> None:
    assert local_zone("Europe/Stockholm") == ZoneInfo("Europe/Stockholm")


def test_an_unknown_or_missing_name_falls_back_to_the_offset_now() -> None:
    for name in ("Nowhere/Atlantis", "", "../etc"):
        zone = local_zone(name)
        assert zone.utcoffset(datetime.now()) == datetime.now().astimezone().utcoffset()
