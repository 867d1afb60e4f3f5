"""The user's time zone by its IANA name, as the system has it (Qt knows it on every platform)."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QTimeZone

from ledhalsa_desktop.reminding import local_zone


def system_zone() -> tzinfo:
    return local_zone(bytes(QTimeZone.systemTimeZoneId().data()).decode())
