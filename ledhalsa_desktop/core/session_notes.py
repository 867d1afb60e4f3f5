"""What the person may write after a session about anything that hurt."""

from __future__ import annotations

MAX_HURT_NOTE_LENGTH = 500


class NoteTooLong(ValueError):
    pass


def clean_note(text: str) -> str:
    """The note as it is stored: runs of spaces and line breaks become one space; NoteTooLong past the limit."""
    note = " ".join(text.split())
    if len(note) > MAX_HURT_NOTE_LENGTH:
        raise NoteTooLong(f"the note may be at most {MAX_HURT_NOTE_LENGTH} characters, has {len(note)}")
    return note
