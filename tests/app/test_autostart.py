"""Starting with the computer: the entry written and removed for Linux, Windows and macOS, in a temporary home."""

from __future__ import annotations

import plistlib
import shlex
import subprocess
from pathlib import Path

import pytest

from ledhalsa_desktop.autostart import AGENT_LABEL, RUN_VALUE, Autostart, launch_command
from ledhalsa_desktop.paths import default_data_dir

COMMAND = ["/opt/Ledhälsa med mellanslag/ledhalsa", "--tray", "--data-dir", "/home/anna/100% mina data"]


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {"OtherProgram": r"C:\Other\other.exe /background"}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        del self.values[name]


def desktop_exec_arguments(text: str) -> list[str]:
    """The Exec line read back as a desktop environment does: string escapes, then quoting, then %%."""
    line = next(line for line in text.splitlines() if line.startswith("Exec="))[len("Exec=") :]
    unescaped = line.replace("\\\\", "\\")
    return [argument.replace("%%", "%") for argument in shlex.split(unescaped)]


def test_the_command_starts_this_copy_in_the_tray() -> None:
    assert launch_command(executable="/usr/bin/python3", frozen=False) == [
        "/usr/bin/python3",
        "-m",
        "ledhalsa_desktop",
        "--tray",
    ]
    assert launch_command(executable="/opt/ledhalsa/ledhalsa", frozen=True) == ["/opt/ledhalsa/ledhalsa", "--tray"]


def test_the_data_folder_is_named_only_when_it_is_not_the_default(tmp_path: Path) -> None:
    assert "--data-dir" not in launch_command(default_data_dir(), executable="x", frozen=True)
    assert launch_command(tmp_path, executable="x", frozen=True) == ["x", "--tray", "--data-dir", str(tmp_path)]


def test_linux_writes_an_xdg_autostart_file_and_removes_it(tmp_path: Path) -> None:
    autostart = Autostart("linux", home=tmp_path, config_home=tmp_path / "config")
    assert not autostart.is_enabled()
    autostart.enable(COMMAND)
    entry = tmp_path / "config" / "autostart" / "ledhalsa.desktop"
    text = entry.read_text(encoding="utf-8")
    assert autostart.is_enabled()
    assert "[Desktop Entry]" in text and "Type=Application" in text
    assert "X-GNOME-Autostart-enabled=true" in text.splitlines()
    assert "Name=Ledhälsa" in text and "Name[sv]=Ledhälsa" in text
    assert desktop_exec_arguments(text) == COMMAND
    autostart.disable()
    assert not entry.exists() and not autostart.is_enabled()
    autostart.disable()  # already off: nothing to do


def test_linux_uses_dot_config_without_xdg_config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    autostart = Autostart("linux", home=tmp_path)
    autostart.enable(["ledhalsa", "--tray"])
    assert (tmp_path / ".config" / "autostart" / "ledhalsa.desktop").is_file()


def test_linux_leaves_a_file_that_is_not_ours(tmp_path: Path) -> None:
    autostart = Autostart("linux", home=tmp_path, config_home=tmp_path)
    folder = tmp_path / "autostart"
    folder.mkdir()
    theirs = folder / "ledhalsa.desktop"
    theirs.write_text("[Desktop Entry]\nType=Application\nExec=something-else\n", encoding="utf-8")
    other = folder / "other.desktop"
    other.write_text("[Desktop Entry]\nExec=other\n", encoding="utf-8")
    assert not autostart.is_enabled()
    autostart.disable()
    assert theirs.exists() and other.exists()


def test_linux_an_entry_turned_off_in_the_desktop_counts_as_off(tmp_path: Path) -> None:
    autostart = Autostart("linux", home=tmp_path, config_home=tmp_path)
    autostart.enable(["ledhalsa", "--tray"])
    path = autostart.desktop_file()
    path.write_text(path.read_text().replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"))
    assert not autostart.is_enabled()


def test_linux_an_unwritable_folder_is_an_oserror(tmp_path: Path) -> None:
    blocked = tmp_path / "config"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(OSError):
        Autostart("linux", home=tmp_path, config_home=blocked).enable(["ledhalsa", "--tray"])


def test_windows_sets_and_deletes_our_run_value_only(tmp_path: Path) -> None:
    registry = FakeRunKey()
    autostart = Autostart("win32", home=tmp_path, registry=registry)
    assert not autostart.is_enabled()
    autostart.enable(COMMAND)
    assert autostart.is_enabled()
    assert registry.values[RUN_VALUE] == subprocess.list2cmdline(COMMAND)
    assert registry.values[RUN_VALUE].startswith('"/opt/Ledhälsa med mellanslag/ledhalsa" --tray')
    autostart.disable()
    assert RUN_VALUE not in registry.values
    assert "OtherProgram" in registry.values
    autostart.disable()
    assert "Run" in autostart.where()


def test_macos_writes_a_launch_agent_and_removes_it(tmp_path: Path) -> None:
    autostart = Autostart("darwin", home=tmp_path)
    autostart.enable(COMMAND)
    agent = tmp_path / "Library" / "LaunchAgents" / "se.ledhalsa.app.plist"
    data = plistlib.loads(agent.read_bytes())
    assert data == {"Label": AGENT_LABEL, "ProgramArguments": COMMAND, "RunAtLoad": True}
    assert autostart.is_enabled()
    neighbour = agent.with_name("com.example.other.plist")
    neighbour.write_bytes(plistlib.dumps({"Label": "com.example.other"}))
    autostart.disable()
    assert not agent.exists() and neighbour.exists()
    assert not autostart.is_enabled()


def test_enabling_again_rewrites_the_command(tmp_path: Path) -> None:
    autostart = Autostart("linux", home=tmp_path, config_home=tmp_path)
    autostart.enable(["old", "--tray"])
    autostart.enable(["new", "--tray"])
    assert desktop_exec_arguments(autostart.desktop_file().read_text(encoding="utf-8")) == ["new", "--tray"]
    assert [path.name for path in autostart.desktop_file().parent.iterdir()] == ["ledhalsa.desktop"]
