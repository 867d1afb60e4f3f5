"""Makes dist/ledhalsa-VERSION-linux-ARCH.tar.gz from the build in dist/ledhalsa/ (`make package`).

    python packaging/linux/make_tarball.py [--build-dir dist/ledhalsa] [--out-dir dist]

For people without a package manager: one folder, ledhalsa-VERSION/, with the program, a short README.txt,
the menu entry, the icons and add-to-menu.sh, which puts Ledhälsa in the user's own applications menu.
"""

from __future__ import annotations

import sys
import tarfile
from pathlib import Path

from package_info import (
    DESKTOP_FILE,
    HERE,
    ICON_SIZES,
    ICONS_DIR,
    architecture,
    read_version,
    require_build,
    run_maker,
)


def readme_text(version: str, arch: str) -> str:
    template = (HERE / "README.txt").read_text(encoding="utf-8")
    return template.replace("{version}", version).replace("{arch}", arch)


def _owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_tarball(build_dir: Path, out_dir: Path) -> Path:
    require_build(build_dir)
    version, arch = read_version(), architecture()
    top = f"ledhalsa-{version}"
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"ledhalsa-{version}-linux-{arch}.tar.gz"
    readme = out_dir / f".README-{version}.txt"
    readme.write_text(readme_text(version, arch), encoding="utf-8")
    try:
        with tarfile.open(target, "w:gz", compresslevel=9) as archive:
            archive.add(build_dir, arcname=top, filter=_owned_by_root)
            archive.add(readme, arcname=f"{top}/README.txt", filter=_owned_by_root)
            archive.add(DESKTOP_FILE, arcname=f"{top}/ledhalsa.desktop", filter=_owned_by_root)
            archive.add(HERE / "add-to-menu.sh", arcname=f"{top}/add-to-menu.sh", filter=_owned_by_root)
            for size in ICON_SIZES:
                name = f"ledhalsa-{size}.png"
                archive.add(ICONS_DIR / name, arcname=f"{top}/icons/{name}", filter=_owned_by_root)
    finally:
        readme.unlink()
    return target


def main(argv: list[str]) -> int:
    return run_maker(__doc__, make_tarball, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
