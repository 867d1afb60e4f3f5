"""Which schema revisions this program knows, read from the migration file names (no Alembic import)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
VERSION_TABLE = "alembic_version"
REVISION_FILE_NAME = re.compile(r"^(?P<revision>\d{4})_\w*\.py$")
# The database only bounds birth_year; core checks it against the current year before saving.
BIRTH_YEAR_CEILING = 2100


def known_revisions() -> list[str]:
    """Every revision shipped with the program, oldest first ('0001', '0002', ...)."""
    return list(_revisions_in_versions_dir())


@cache
def _revisions_in_versions_dir() -> tuple[str, ...]:
    names = (file.name for file in VERSIONS_DIR.iterdir())
    return tuple(sorted(match["revision"] for name in names if (match := REVISION_FILE_NAME.match(name))))


def head_revision() -> str:
    return known_revisions()[-1]
