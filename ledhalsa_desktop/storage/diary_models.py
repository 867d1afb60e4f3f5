"""The pain diary's tables (added by migration 0003): entries, their pains per joint, and the draft being typed.

Slow to import (SQLModel): load lazily. The CHECK constraints repeat the rules core enforces, as the last line.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, Text, text
from sqlmodel import Field, SQLModel

from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.diary import MAX_MEDICINE_NOTE_LENGTH, MAX_NOTE_LENGTH, Medicine, Stiffness

DRAFT_ROW_ID = 1
MAX_DRAFT_LENGTH = 20000


def _one_of(column: str, values: list[str]) -> str:
    return f"{column} IN ({', '.join(repr(str(value)) for value in values)})"


def _checks(table: str, **rules: str) -> tuple[CheckConstraint, ...]:
    return tuple(CheckConstraint(rule, name=f"{table}_{name}") for name, rule in rules.items())


class DiaryEntryRow(SQLModel, table=True):
    __tablename__ = "diary_entry"
    __table_args__ = (
        *_checks(
            "diary_entry",
            day_date="date(day, '+0 days') IS day",
            time_hhmm="length(time) = 5 AND time GLOB '[0-2][0-9]:[0-5][0-9]' AND time <= '23:59'",
            stiffness_choice=_one_of("stiffness", list(Stiffness)),
            sleep_disturbed_bool="sleep_disturbed IN (0, 1)",
            medicine_choice=_one_of("medicine", list(Medicine)),
            medicine_note_other=(
                f"length(medicine_note) <= {MAX_MEDICINE_NOTE_LENGTH} "
                f"AND (medicine = '{Medicine.OTHER.value}' OR medicine_note = '')"
            ),
            flare_bool="flare IN (0, 1)",
            note_length=f"length(note) <= {MAX_NOTE_LENGTH}",
        ),
        Index("diary_entry_by_day", "day", "time"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    day: str = Field(sa_type=Text)
    time: str = Field(sa_type=Text)
    recorded_utc: str = Field(sa_type=Text)
    updated_utc: str = Field(sa_type=Text)
    stiffness: str | None = Field(default=None, sa_type=Text)
    sleep_disturbed: bool | None = None
    medicine: str = Field(default=Medicine.NONE.value, sa_type=Text, sa_column_kwargs={"server_default": "none"})
    medicine_note: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": text("''")})
    flare: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})
    note: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": text("''")})
    deleted_utc: str | None = Field(default=None, sa_type=Text)


class DiaryPainRow(SQLModel, table=True):
    __tablename__ = "diary_pain"
    __table_args__ = _checks(
        "diary_pain", joint_choice=_one_of("joint", list(Joint)), pain_range="pain BETWEEN 0 AND 10"
    )

    entry_id: int = Field(
        sa_column=Column(Integer, ForeignKey("diary_entry.id", ondelete="CASCADE"), primary_key=True, nullable=False)
    )
    joint: str = Field(primary_key=True, sa_type=Text)
    pain: int


class DiaryDraftRow(SQLModel, table=True):
    """The entry being typed, as JSON, so nothing is lost when the program closes in the middle of it."""

    __tablename__ = "diary_draft"
    __table_args__ = _checks(
        "diary_draft",
        single_row=f"id = {DRAFT_ROW_ID}",
        data_object=f"length(data) BETWEEN 2 AND {MAX_DRAFT_LENGTH} AND data GLOB '{{*}}'",
    )

    id: int = Field(default=DRAFT_ROW_ID, primary_key=True, sa_column_kwargs={"autoincrement": False})
    data: str = Field(sa_type=Text)
    updated_utc: str = Field(sa_type=Text)
