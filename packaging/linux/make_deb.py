"""Makes dist/ledhalsa_VERSION_ARCH.deb from the one-folder build in dist/ledhalsa/ (`make package`).

    python packaging/linux/make_deb.py [--build-dir dist/ledhalsa] [--out-dir dist]

The program goes to /opt/ledhalsa, with /usr/bin/ledhalsa pointing to it, a menu entry in Swedish and
English and the icon in the usual sizes. The package is built with dpkg-deb from a staged tree; files
belong to root. Removing the package never touches the user's data (~/.local/share/ledhalsa).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from package_info import (
    DESKTOP_FILE,
    ICON_SIZES,
    ICONS_DIR,
    architecture,
    read_version,
    require_build,
    run_maker,
)

MAINTAINER = "Ledhälsa <ledhalsa@example.org>"
HOMEPAGE = "https://example.org/ledhalsa"
# What the build does not bundle: the C library, OpenGL/EGL, the X and Wayland connections, the sound server's
# client (for the voice), and (in case the build machine lacked them) the libraries Qt's xcb plugin needs.
# The names are the same in Debian 12 and Ubuntu 22.04 and 24.04.
DEPENDS = (
    "libc6",
    "libgl1",
    "libegl1",
    "libxcb1",
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libpulse0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
)
# Without these the program works the same, silently (no voice) or without the system's printers.
RECOMMENDS = ("libspeechd2", "speech-dispatcher", "speech-dispatcher-espeak-ng", "libcups2")
# The library file names that DEPENDS and RECOMMENDS provide, checked against the build by the tests.
SYSTEM_LIBRARIES = {
    "libc6": ("libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libresolv.so.2",
              "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "libutil.so.1"),
    "libgl1": ("libGL.so.1",),
    "libegl1": ("libEGL.so.1",),
    "libxcb1": ("libxcb.so.1",),
    "libxcb-cursor0": ("libxcb-cursor.so.0",),
    "libxkbcommon-x11-0": ("libxkbcommon-x11.so.0",),
    "libfontconfig1": ("libfontconfig.so.1",),
    "libdbus-1-3": ("libdbus-1.so.3",),
    "libpulse0": ("libpulse.so.0",),
    "libwayland-client0": ("libwayland-client.so.0",),
    "libwayland-cursor0": ("libwayland-cursor.so.0",),
    "libwayland-egl1": ("libwayland-egl.so.1",),
    "libspeechd2": ("libspeechd.so.2",),
    "libcups2": ("libcups.so.2",),
}
DESCRIPTION = """\
Home exercise program for knee, hip and hand osteoarthritis
 Ledhälsa leads you through regular, well-dosed exercise at home, with a
 personal program, animated exercises, spoken guidance and a pain diary.
 It speaks Swedish and English and works entirely offline: your data stays
 on this computer. Ledhälsa is not a medical product."""


def control_text(version: str, arch: str, installed_kb: int) -> str:
    fields = {
        "Package": "ledhalsa",
        "Version": version,
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_kb),
        "Depends": ", ".join(DEPENDS),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "misc",
        "Priority": "optional",
        "Homepage": HOMEPAGE,
        "Description": DESCRIPTION,
    }
    return "".join(f"{name}: {value}\n" for name, value in fields.items())


def tree_size_kb(folder: Path) -> int:
    total = sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())
    return (total + 1023) // 1024


def stage(build_dir: Path, root: Path) -> None:
    """The files of the package, laid out under root as they will be installed."""
    shutil.copytree(build_dir, root / "opt" / "ledhalsa", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "ledhalsa").symlink_to("/opt/ledhalsa/ledhalsa")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(DESKTOP_FILE, applications / "ledhalsa.desktop")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copyfile(ICONS_DIR / f"ledhalsa-{size}.png", folder / "ledhalsa.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(ICONS_DIR / "ledhalsa.svg", hicolor / "scalable" / "apps" / "ledhalsa.svg")
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)


def make_deb(build_dir: Path, out_dir: Path) -> Path:
    require_build(build_dir)
    version, arch = read_version(), architecture()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"ledhalsa_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="ledhalsa-deb-") as temp:
        root = Path(temp) / "root"
        stage(build_dir, root)
        debian = root / "DEBIAN"
        debian.mkdir(mode=0o755)
        (debian / "control").write_text(control_text(version, arch, tree_size_kb(root)), encoding="utf-8")
        subprocess.run(
            ["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str]) -> int:
    return run_maker(__doc__, make_deb, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
