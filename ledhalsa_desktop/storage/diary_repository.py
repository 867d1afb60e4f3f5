"""Writing the pain diary (slow to import: load lazily); reading it is in diary_records.

A deleted entry is only marked deleted (deleted_utc), so undo brings it back exactly as it was.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session

from ledhalsa_desktop.core.diary import DiaryEntry, checked_entry
from ledhalsa_desktop.storage.database import Database
from ledhalsa_desktop.storage.diary_models import (
    DRAFT_ROW_ID,
    MAX_DRAFT_LENGTH,
    DiaryDraftRow,
    DiaryEntryRow,
    DiaryPainRow,
)
from ledhalsa_desktop.storage.timestamps import column_text


class EntryNotFound(LookupError):
    pass


def save_entry(db: Database, entry: DiaryEntry, today: date, now: datetime) -> int:
    """Stores a new entry, checked against `today` (InvalidEntry otherwise); returns its id."""
    checked = checked_entry(entry, today)
    stamp = column_text(now)
    with db.session() as session:
        row = DiaryEntryRow(recorded_utc=stamp, updated_utc=stamp, day="", time="")
        _fill(row, checked)
        session.add(row)
        session.flush()
        if row.id is None:
            raise RuntimeError("the database gave the new diary entry no id")
        _add_pains(session, row.id, checked)
        return row.id


def update_entry(db: Database, entry_id: int, entry: DiaryEntry, today: date, now: datetime) -> None:
    """Replaces what an entry says (its day, time, pains and answers); EntryNotFound for a missing or deleted one."""
    checked = checked_entry(entry, today)
    with db.session() as session:
        row = session.get(DiaryEntryRow, entry_id)
        if row is None or row.deleted_utc is not None:
            raise EntryNotFound(entry_id)
        _fill(row, checked)
        row.updated_utc = column_text(now)
        session.add(row)
        session.execute(delete(DiaryPainRow).where(DiaryPainRow.entry_id == entry_id))  # type: ignore[arg-type]
        _add_pains(session, entry_id, checked)


def delete_entry(db: Database, entry_id: int, now: datetime) -> None:
    """Marks an entry deleted: it no longer shows, and undo_delete brings it back."""
    _set_deleted(db, entry_id, column_text(now))


def undo_delete(db: Database, entry_id: int) -> None:
    _set_deleted(db, entry_id, None)


def _set_deleted(db: Database, entry_id: int, stamp: str | None) -> None:
    with db.session() as session:
        row = session.get(DiaryEntryRow, entry_id)
        if row is None:
            raise EntryNotFound(entry_id)
        row.deleted_utc = stamp
        session.add(row)


def _fill(row: DiaryEntryRow, entry: DiaryEntry) -> None:
    row.day = entry.day.isoformat()
    row.time = entry.time.strftime("%H:%M")
    row.stiffness = entry.stiffness.value if entry.stiffness is not None else None
    row.sleep_disturbed = entry.sleep_disturbed
    row.medicine = entry.medicine.value
    row.medicine_note = entry.medicine_note
    row.flare = entry.flare
    row.note = entry.note


def _add_pains(session: Session, entry_id: int, entry: DiaryEntry) -> None:
    for joint, pain in entry.pains.items():
        session.add(DiaryPainRow(entry_id=entry_id, joint=joint.value, pain=pain))


def save_draft(db: Database, data: Mapping[str, Any], now: datetime) -> None:
    """Keeps the form being typed (a JSON object of the UI's own making) until it is saved or cleared."""
    text = json.dumps(dict(data), ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_DRAFT_LENGTH:
        raise ValueError(f"the draft is {len(text)} characters, at most {MAX_DRAFT_LENGTH} are kept")
    with db.session() as session:
        row = session.get(DiaryDraftRow, DRAFT_ROW_ID)
        if row is None:
            row = DiaryDraftRow(id=DRAFT_ROW_ID, data=text, updated_utc=column_text(now))
        else:
            row.data, row.updated_utc = text, column_text(now)
        session.add(row)


def clear_draft(db: Database) -> None:
    with db.session() as session:
        session.execute(delete(DiaryDraftRow))
