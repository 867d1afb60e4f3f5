"""What the Linux packages share: the version, the architecture, the build folder and the icon sizes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD_DIR = ROOT / "dist" / "ledhalsa"
OUT_DIR = ROOT / "dist"
HERE = Path(__file__).resolve().parent
DESKTOP_FILE = HERE / "ledhalsa.desktop"
ICONS_DIR = ROOT / "resources" / "icons" / "app"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def read_version(root: Path = ROOT) -> str:
    """The version in ledhalsa_desktop/__init__.py, read as text (nothing is imported)."""
    text = (root / "ledhalsa_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise ValueError("no __version__ in ledhalsa_desktop/__init__.py")
    return found.group(1)


def architecture() -> str:
    """Debian's name for this machine's architecture (amd64, arm64 ...)."""
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def require_build(build_dir: Path) -> None:
    if not (build_dir / "ledhalsa").is_file():
        raise SystemExit(f"no build in {build_dir}: run `make dist` first")
