"""The Windows installer script and the macOS bundle's texts: what can be checked without those systems."""

from __future__ import annotations

import re

from tests.packaging.scripts import ROOT

PACKAGING = ROOT / "packaging"


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in (PACKAGING / "windows" / "ledhalsa.iss").read_text(encoding="utf-8").splitlines():
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        elif line.strip() and not line.startswith((";", "#")):
            sections.setdefault(current, []).append(line)
    return sections


def test_windows_installer_is_per_user_in_two_languages() -> None:
    sections = iss_sections()
    assert "PrivilegesRequired=lowest" in sections["Setup"]
    assert any(line.startswith("DefaultDirName={localappdata}") for line in sections["Setup"])
    languages = " ".join(sections["Languages"])
    assert 'Name: "sv"' in languages and 'Name: "en"' in languages
    assert all(line.split(".", 1)[0] in ("sv", "en") for line in sections["CustomMessages"])


def test_windows_installer_has_start_menu_entry_and_optional_desktop_shortcut() -> None:
    sections = iss_sections()
    assert any("{userprograms}" in line for line in sections["Icons"])
    desktop = [line for line in sections["Icons"] if "{userdesktop}" in line]
    assert desktop and "Tasks: desktopicon" in desktop[0]
    assert "Flags: unchecked" in sections["Tasks"][0]


def test_windows_uninstaller_leaves_the_users_data() -> None:
    sections = iss_sections()
    assert "UninstallDelete" not in sections
    removed = " ".join(sections.get("InstallDelete", []) + sections.get("Registry", []))
    assert "{userappdata}" not in removed and "APPDATA" not in removed.upper().replace("LOCALAPPDATA", "")


def test_macos_names_in_swedish_and_english() -> None:
    for language in ("sv", "en"):
        text = (PACKAGING / "macos" / f"{language}.lproj" / "InfoPlist.strings").read_text(encoding="utf-8")
        assert re.search(r'^"CFBundleDisplayName" = "Ledhälsa";$', text, re.MULTILINE)
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"CFBundleLocalizations": ["sv", "en"]' in spec and "BUNDLE(" in spec
