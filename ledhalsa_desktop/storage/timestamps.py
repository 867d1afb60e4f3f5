"""How moments in time are written into file names and database columns (always UTC)."""

from __future__ import annotations

from datetime import UTC, datetime

FILE_STAMP_FORMAT = "%Y-%m-%d_%H%M%S"
COLUMN_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a timezone-aware datetime is required")
    return moment.astimezone(UTC)


def file_stamp(moment: datetime) -> str:
    """'2026-11-28_062640' for 06:26:40 UTC."""
    return as_utc(moment).strftime(FILE_STAMP_FORMAT)


def parse_file_stamp(text: str) -> datetime:
    return datetime.strptime(text, FILE_STAMP_FORMAT).replace(tzinfo=UTC)


def column_text(moment: datetime) -> str:
    """'2026-11-28T06:26:40Z', the form stored in *_utc columns."""
    return as_utc(moment).strftime(COLUMN_FORMAT)


def parse_column_text(text: str) -> datetime:
    """The moment stored as '2026-11-28T06:26:40Z', as an aware UTC datetime; ValueError otherwise."""
    if len(text) == len("2026-11-28T06:26:40Z") and text[10] == "T" and text[-1] == "Z":
        # strptime is about twenty times slower, which shows when years of sessions are read
        return datetime.fromisoformat(text)
    return datetime.strptime(text, COLUMN_FORMAT).replace(tzinfo=UTC)
