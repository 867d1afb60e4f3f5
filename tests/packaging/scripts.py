"""The packaging scripts (packaging/linux/*.py), imported the way they run: from their own folder."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def linux_script(name: str) -> ModuleType:
    if str(LINUX) not in sys.path:
        sys.path.insert(0, str(LINUX))
    return importlib.import_module(name)
