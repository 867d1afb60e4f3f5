"""The Linux packages' texts and the icon files, checked without building anything."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess

import pytest

from tests.packaging.scripts import LINUX, ROOT, linux_script

APP_ICONS = ROOT / "resources" / "icons" / "app"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_control_file_has_the_fields_dpkg_needs() -> None:
    make_deb = linux_script("make_deb")
    text = make_deb.control_text("1.2.3", "amd64", 150000)
    fields = dict(line.split(": ", 1) for line in text.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "ledhalsa"
    assert fields["Version"] == "1.2.3"
    assert fields["Architecture"] == "amd64"
    assert fields["Installed-Size"] == "150000"
    assert "@" in fields["Maintainer"]
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3"):
        assert package in fields["Depends"].split(", ")
    assert text.endswith("\n") and "\n\n" not in text  # one paragraph
    assert set(make_deb.SYSTEM_LIBRARIES) <= set(make_deb.DEPENDS) | set(make_deb.RECOMMENDS)


def test_version_is_the_package_version() -> None:
    from ledhalsa_desktop import __version__

    assert linux_script("package_info").read_version() == __version__


def test_desktop_entry_names_the_program_in_swedish_and_english() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keep Name[sv] as written
    entry.read(LINUX / "ledhalsa.desktop", encoding="utf-8")
    values = entry["Desktop Entry"]
    assert values["Type"] == "Application"
    assert values["Exec"] == "ledhalsa"
    assert values["Icon"] == "ledhalsa"
    assert values["Name"] == values["Name[sv]"] == "Ledhälsa"
    assert "artros" in values["Comment[sv]"] and "osteoarthritis" in values["Comment"]
    assert values["Terminal"] == "false"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils is not installed")
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(LINUX / "ledhalsa.desktop")], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_tarball_readme_names_the_version_and_the_data_folder() -> None:
    text = linux_script("make_tarball").readme_text("9.8.7", "amd64")
    assert "ledhalsa-9.8.7-linux-amd64.tar.gz" in text and "{" not in text
    assert "~/.local/share/ledhalsa" in text


def test_icon_pngs_have_their_sizes() -> None:
    for size in linux_script("package_info").ICON_SIZES:
        assert png_size((APP_ICONS / f"ledhalsa-{size}.png").read_bytes()) == (size, size)
    assert (APP_ICONS / "ledhalsa.svg").read_text(encoding="utf-8").startswith("<svg")


def test_ico_holds_a_png_for_each_size_up_to_256() -> None:
    data = (APP_ICONS / "ledhalsa.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * index : 22 + 16 * index])
        width, height = png_size(data[offset : offset + length])
        assert width == height == (side or 256)
        sizes.append(width)
    assert {16, 32, 48, 256} <= set(sizes)


def test_icns_holds_pngs_up_to_1024() -> None:
    data = (APP_ICONS / "ledhalsa.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, position = {}, 8
    while position < len(data):
        kind, length = data[position : position + 4], struct.unpack(">I", data[position + 4 : position + 8])[0]
        found[kind] = png_size(data[position + 8 : position + length])[0]
        position += length
    assert found == {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}


def test_window_icon_has_every_size(qapp: object) -> None:
    from PySide6.QtCore import QSize

    from ledhalsa_desktop.ui.icons import app_icon

    sizes = app_icon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(256, 256) in sizes
