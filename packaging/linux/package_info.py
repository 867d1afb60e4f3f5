"""What the Linux packages share: the version, the architecture, the build folder and the icon sizes."""

from __future__ import annotations

import argparse
import re
import subprocess
from collections.abc import Callable
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


def run_maker(description: str | None, make: Callable[[Path, Path], Path], argv: list[str]) -> int:
    """The command line both makers share: --build-dir and --out-dir, then make(build_dir, out_dir)."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build-dir", type=Path, default=BUILD_DIR)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    target = make(args.build_dir, args.out_dir)
    print(f"{target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0
