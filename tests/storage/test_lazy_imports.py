from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

START_UP_MODULES = [
    "ledhalsa_desktop.storage.startup",
    "ledhalsa_desktop.storage.inspect",
    "ledhalsa_desktop.storage.sqlite_file",
    "ledhalsa_desktop.storage.schema",
    "ledhalsa_desktop.storage.backup",
    "ledhalsa_desktop.storage.backup_rotation",
    "ledhalsa_desktop.storage.recovery",
    "ledhalsa_desktop.storage.app_info",
    "ledhalsa_desktop.storage.feedback",
    "ledhalsa_desktop.storage.program_records",
    "ledhalsa_desktop.storage.diary_records",
    "ledhalsa_desktop.storage.notice_records",
    "ledhalsa_desktop.training",
]
ORM_MODULES = [
    "ledhalsa_desktop.storage.models",
    "ledhalsa_desktop.storage.database",
    "ledhalsa_desktop.storage.repositories",
    "ledhalsa_desktop.storage.migrate",
    "ledhalsa_desktop.storage.program_repository",
    "ledhalsa_desktop.storage.assessment_repository",
    "ledhalsa_desktop.storage.diary_repository",
]
HEAVY = ["sqlalchemy", "sqlmodel", "alembic"]
QT = ["PySide6", "shiboken6"]

PROBE = f"""
import importlib, json, sys
loaded = lambda names: sorted(name for name in names if name in sys.modules)
for module in {START_UP_MODULES!r}:
    importlib.import_module(module)
after_start_up = loaded({HEAVY + QT!r})
for module in {ORM_MODULES!r}:
    importlib.import_module(module)
print(json.dumps({{"after_start_up": after_start_up, "qt_at_end": loaded({QT!r})}}))
"""


def test_start_up_modules_load_no_orm_and_no_module_loads_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO_ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    report = json.loads(result.stdout)
    assert report == {"after_start_up": [], "qt_at_end": []}
