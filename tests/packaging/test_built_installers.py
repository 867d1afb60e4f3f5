"""The built program and the Linux installers (`make package`), as a user gets them.

Skipped unless LEDHALSA_BUILD_TESTS=1 (then a missing build is a failure): `.ci/run` builds and runs them.
"""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.packaging.scripts import ROOT, linux_script

pytestmark = pytest.mark.skipif(
    os.environ.get("LEDHALSA_BUILD_TESTS") != "1", reason="set LEDHALSA_BUILD_TESTS=1 after `make package`"
)
DIST = ROOT / "dist"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
TIMEOUT = 180


def frozen_env(home: Path) -> dict[str, str]:
    """What a user's session would have, without anything of the test run's Python or voice settings."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT)


def only(pattern: str) -> Path:
    found = sorted(DIST.glob(pattern))
    assert len(found) == 1, f"expected one {pattern} in dist/, found {found}"
    return found[0]


@pytest.fixture(scope="module")
def unpacked_deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("deb")
    subprocess.run(["dpkg-deb", "-x", str(only("ledhalsa_*.deb")), str(target)], check=True)
    return target


def test_built_program_passes_its_self_test(tmp_path: Path) -> None:
    result = run([str(DIST / "ledhalsa" / "ledhalsa"), "--self-test"], frozen_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("self-test: ok")


def test_built_program_starts_and_writes_the_report(tmp_path: Path) -> None:
    program, env, data = str(DIST / "ledhalsa" / "ledhalsa"), frozen_env(tmp_path), tmp_path / "data"
    smoke = run([program, "--data-dir", str(data), "--smoke"], env)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert re.search(r"smoke: ready in \d+ ms", smoke.stdout)
    report = run([program, "--data-dir", str(data), "--lang", "sv", "--report", str(tmp_path / "r.pdf")], env)
    assert report.returncode == 0, report.stdout + report.stderr
    assert (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"


def test_deb_control_fields() -> None:
    deb = only("ledhalsa_*.deb")
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Package: ledhalsa\n" in fields
    assert f"Version: {linux_script('package_info').read_version()}\n" in fields
    assert f"Architecture: {linux_script('package_info').architecture()}\n" in fields
    assert "libxcb-cursor0" in fields and "Description: " in fields


def test_deb_installs_program_menu_entry_and_icons(unpacked_deb: Path) -> None:
    assert (unpacked_deb / "opt" / "ledhalsa" / "ledhalsa").is_file()
    assert os.readlink(unpacked_deb / "usr" / "bin" / "ledhalsa") == "/opt/ledhalsa/ledhalsa"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(unpacked_deb / "usr" / "share" / "applications" / "ledhalsa.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Name[sv]"] == "Ledhälsa" and entry["Desktop Entry"]["Icon"] == "ledhalsa"
    hicolor = unpacked_deb / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert (hicolor / f"{size}x{size}" / "apps" / "ledhalsa.png").is_file()
    assert (hicolor / "scalable" / "apps" / "ledhalsa.svg").is_file()


def test_program_from_the_deb_runs_with_a_bare_environment(unpacked_deb: Path, tmp_path: Path) -> None:
    program = str(unpacked_deb / "opt" / "ledhalsa" / "ledhalsa")
    version = run(["env", "-i", "PATH=/usr/bin:/bin", f"HOME={tmp_path}", program, "--version"], {})
    assert version.returncode == 0 and linux_script("package_info").read_version() in version.stdout
    self_test = run(
        ["env", "-i", "PATH=/usr/bin:/bin", f"HOME={tmp_path}", "QT_QPA_PLATFORM=offscreen", program, "--self-test"],
        {},
    )
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr
    assert self_test.stdout.strip().endswith("self-test: ok")


def test_program_from_the_deb_loads_no_python_of_the_machine(unpacked_deb: Path, tmp_path: Path) -> None:
    """The dynamic loader's own account (LD_DEBUG) of every library it loads during --version."""
    program = str(unpacked_deb / "opt" / "ledhalsa" / "ledhalsa")
    env = dict(frozen_env(tmp_path), LD_DEBUG="libs")
    loaded = re.findall(r"calling init: (\S+)", run([program, "--version"], env).stderr)
    assert any("libpython" in path for path in loaded)
    outside = [path for path in loaded if "python" in path.lower() and not path.startswith(str(unpacked_deb))]
    assert outside == []


def test_every_library_outside_the_bundle_comes_from_a_declared_package(unpacked_deb: Path) -> None:
    make_deb = linux_script("make_deb")
    provided = {name for names in make_deb.SYSTEM_LIBRARIES.values() for name in names}
    folder = unpacked_deb / "opt" / "ledhalsa"
    bundled = {path.name for path in folder.rglob("*.so*")}
    needed: set[str] = set()
    for path in [folder / "ledhalsa", *folder.rglob("*.so*")]:
        if path.is_file() and not path.is_symlink():
            dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
            needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic))
    assert needed - bundled - provided == set()
    assert not any(name.startswith("libpython") for name in needed - bundled)


def test_tarball_holds_the_program_and_a_readme() -> None:
    archive = only("ledhalsa-*-linux-*.tar.gz")
    top = f"ledhalsa-{linux_script('package_info').read_version()}"
    with tarfile.open(archive) as tar:
        members = {member.name: member for member in tar.getmembers()}
        readme = tar.extractfile(members[f"{top}/README.txt"]).read().decode()
    assert members[f"{top}/ledhalsa"].mode & 0o111
    assert members[f"{top}/add-to-menu.sh"].mode & 0o111
    assert f"{top}/ledhalsa.desktop" in members and f"{top}/icons/ledhalsa-256.png" in members
    assert f"{top}/_internal/resources/translations/qt/qtbase_sv.qm" in members
    assert top in readme and "~/.local/share/ledhalsa" in readme
