"""core, storage and animation never import Qt; core does not reach for the database either."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "ledhalsa_desktop"
QT_FREE = ("core", "storage", "animation")
FORBIDDEN_IN_CORE = ("ledhalsa_desktop.storage", "ledhalsa_desktop.ui", "sqlalchemy", "sqlmodel", "alembic")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_free_layers_do_not_import_qt() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for layer in QT_FREE
        for path in (PACKAGE / layer).rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("ledhalsa_desktop.ui")
    ]
    assert not offenders


def test_core_is_plain_python() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in (PACKAGE / "core").rglob("*.py")
        for name in imported_modules(path)
        if name.startswith(FORBIDDEN_IN_CORE)
    ]
    assert not offenders


def test_import_linter_contracts_hold() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout + result.stderr
