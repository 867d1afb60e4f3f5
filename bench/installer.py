"""The Linux installers' size and the frozen program's start-up, against a bare PySide6 window (a QLabel, quit
after its first paint) frozen by the same PyInstaller with its default options (one folder, nothing left out).

    make package && .venv/bin/python bench/installer.py [--runs N] [--reuse]

The bare window is frozen in /tmp/ledhalsa-bench-bare/ (--reuse keeps an earlier build there) and packed into a
.deb and a .tar.gz the same way as ours, for a like-for-like size. Start-up is the whole process, off screen:
`ledhalsa --smoke` with a year of data against the bare window, alternating, the median of each.
Goals: the .deb under 60 MB and no larger than the bare window's; start-up within 3 times the bare window's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from startup import BARE_WINDOW, prepare_data, timed

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BARE_DIR = Path(tempfile.gettempdir()) / "ledhalsa-bench-bare"
MB = 1e6


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def only(pattern: str) -> Path:
    found = sorted(DIST.glob(pattern))
    if len(found) != 1:
        raise SystemExit(f"expected one {pattern} in dist/ (run `make package`), found {len(found)}")
    return found[0]


def freeze_bare_window(reuse: bool) -> Path:
    program = BARE_DIR / "dist" / "bare_window"
    if reuse and (program / "bare_window").is_file():
        return program
    shutil.rmtree(BARE_DIR, ignore_errors=True)
    BARE_DIR.mkdir(parents=True)
    script = BARE_DIR / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--distpath", str(BARE_DIR / "dist"), "--workpath", str(BARE_DIR / "build"),
         "--specpath", str(BARE_DIR), str(script)],
        check=True,
        capture_output=True,
    )
    return program


def pack_bare_window(program: Path, reuse: bool) -> tuple[Path, Path]:
    """A .deb (xz, from a staged /opt tree, as make_deb does) and a .tar.gz (gzip -9) of the bare window."""
    deb, tarball = BARE_DIR / "bare-window.deb", BARE_DIR / "bare-window.tar.gz"
    if reuse and deb.is_file() and tarball.is_file():
        return deb, tarball
    with tempfile.TemporaryDirectory(prefix="ledhalsa-bench-deb-") as temp:
        root = Path(temp)
        shutil.copytree(program, root / "opt" / "bare-window", symlinks=True)
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(
            "Package: bare-window\nVersion: 1.0\nArchitecture: all\nMaintainer: bench <bench@example.org>\n"
            "Description: a bare PySide6 window\n",
            encoding="utf-8",
        )
        subprocess.run(
            ["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(root), str(deb)], check=True, capture_output=True
        )
    with tarfile.open(tarball, "w:gz", compresslevel=9) as archive:
        archive.add(program, arcname="bare-window")
    return deb, tarball


def start_up(ours: Path, bare: Path, runs: int) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("LEDHALSA_TTS_ENGINE", None)
    with tempfile.TemporaryDirectory(prefix="ledhalsa-bench-") as temp:
        data_dir = Path(temp) / "data"
        prepare_data(data_dir, env)
        ours_cmd = [str(ours), "--data-dir", str(data_dir), "--smoke"]
        bare_cmd = [str(bare)]
        timed(ours_cmd, env)
        timed(bare_cmd, env)
        ours_times, bare_times = [], []
        for _ in range(runs):
            ours_times.append(timed(ours_cmd, env))
            bare_times.append(timed(bare_cmd, env))
    return statistics.median(ours_times) * 1000, statistics.median(bare_times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--reuse", action="store_true", help="use the bare window frozen by an earlier run")
    args = parser.parse_args()
    folder, deb, tarball = DIST / "ledhalsa", only("ledhalsa_*.deb"), only("ledhalsa-*-linux-*.tar.gz")
    if not (folder / "ledhalsa").is_file():
        raise SystemExit("no dist/ledhalsa/ledhalsa: run `make package` first")
    bare = freeze_bare_window(args.reuse)
    bare_deb, bare_tarball = pack_bare_window(bare, args.reuse)
    sizes = [
        (".deb", deb.stat().st_size, bare_deb.stat().st_size),
        (".tar.gz", tarball.stat().st_size, bare_tarball.stat().st_size),
        ("unpacked folder", folder_size(folder), folder_size(bare)),
    ]
    print("size (MB)                  Ledhälsa  bare window (PyInstaller defaults)  ratio")
    for name, ours, theirs in sizes:
        print(f"  {name:<22} {ours / MB:8.1f}  {theirs / MB:8.1f}{'':26}{ours / theirs:5.2f}")
    deb_size, bare_deb_size = sizes[0][1], sizes[0][2]
    print(
        f"  goal: the .deb under 60 MB ({'met' if deb_size < 60 * MB else 'NOT met'}) and no larger than the bare "
        f"window's ({'met' if deb_size <= bare_deb_size else 'NOT met'})"
    )
    ours_ms, bare_ms = start_up(folder / "ledhalsa", bare / "bare_window", args.runs)
    ratio = ours_ms / bare_ms
    print(f"start-up, frozen, median of {args.runs} runs (whole process, off screen)")
    print(f"  ledhalsa --smoke (a year of data)  {ours_ms:7.0f} ms")
    print(f"  bare window                        {bare_ms:7.0f} ms")
    verdict = "met" if ratio <= 3 else "NOT met"
    print(f"  ratio                              {ratio:7.2f}  (goal: 3 or below: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
