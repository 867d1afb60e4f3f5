"""Starting Ledhälsa quietly in the tray when the computer starts: an XDG autostart file on Linux, a value under
the per-user Run key on Windows, a LaunchAgent on macOS. Turning it off removes only our own entry.

No Qt. The platform, the home and config folders and the Windows registry are injectable for tests.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ledhalsa_desktop.paths import default_data_dir

TRAY_FLAG = "--tray"
DESKTOP_FILE_NAME = "ledhalsa.desktop"
OUR_MARK = "X-Ledhalsa-Autostart"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Ledhalsa"
AGENT_LABEL = "se.ledhalsa.app"


def launch_command(
    data_dir: Path | None = None,
    *,
    executable: str = sys.executable,
    frozen: bool = bool(getattr(sys, "frozen", False)),
) -> list[str]:
    """The command that starts this copy in the tray; `--data-dir` only for a folder other than the default."""
    command = [executable] if frozen else [executable, "-m", "ledhalsa_desktop"]
    command.append(TRAY_FLAG)
    if data_dir is not None and Path(data_dir) != default_data_dir():
        command += ["--data-dir", str(data_dir)]
    return command


class RunKey(Protocol):
    """The values under HKCU\\...\\Run: what the Windows side needs of the registry."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class WindowsRunKey:
    """The real per-user Run key, through winreg (Windows only)."""

    def get(self, name: str) -> str | None:
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        import winreg  # type: ignore[import-not-found]

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


def _desktop_exec(command: Sequence[str]) -> str:
    """The Exec line of a desktop entry: arguments quoted as the Desktop Entry specification asks."""
    parts = []
    for argument in command:
        argument = argument.replace("%", "%%")
        if any(char in argument for char in " \t\n\"'\\><~|&;$*?#()`="):
            escaped = "".join("\\" + char if char in '"`$\\' else char for char in argument)
            argument = f'"{escaped}"'
        parts.append(argument.replace("\\", "\\\\"))  # the string value's own escaping comes on top
    return " ".join(parts)


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@dataclass
class Autostart:
    platform: str = sys.platform
    home: Path = field(default_factory=Path.home)
    config_home: Path | None = None  # $XDG_CONFIG_HOME; read from the environment when not given
    registry: RunKey | None = None

    # where the entry is

    @property
    def system(self) -> str:
        if self.platform.startswith("win"):
            return "windows"
        return "macos" if self.platform == "darwin" else "linux"

    def desktop_file(self) -> Path:
        config = self.config_home or Path(os.environ.get("XDG_CONFIG_HOME") or self.home / ".config")
        return config / "autostart" / DESKTOP_FILE_NAME

    def agent_file(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"

    def _run_key(self) -> RunKey:
        if self.registry is None:
            self.registry = WindowsRunKey()
        return self.registry

    def where(self) -> str:
        """Where the entry is kept, to show the user."""
        if self.system == "windows":
            return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"
        return str(self.agent_file() if self.system == "macos" else self.desktop_file())

    # on, off, and whether it is on

    def enable(self, command: Sequence[str]) -> None:
        """Writes (or rewrites) our entry; OSError when it cannot be written."""
        if self.system == "windows":
            self._run_key().set(RUN_VALUE, subprocess.list2cmdline(list(command)))
        elif self.system == "macos":
            agent = {"Label": AGENT_LABEL, "ProgramArguments": list(command), "RunAtLoad": True}
            _write_atomically(self.agent_file(), plistlib.dumps(agent))
        else:
            _write_atomically(self.desktop_file(), self._desktop_entry(command).encode("utf-8"))

    def disable(self) -> None:
        """Removes our entry, if there is one; anything else in the same place is left alone."""
        if self.system == "windows":
            if self._run_key().get(RUN_VALUE) is not None:
                self._run_key().delete(RUN_VALUE)
            return
        path = self.agent_file() if self.system == "macos" else self.desktop_file()
        if self._is_ours(path):
            path.unlink()

    def is_enabled(self) -> bool:
        if self.system == "windows":
            return self._run_key().get(RUN_VALUE) is not None
        path = self.agent_file() if self.system == "macos" else self.desktop_file()
        if not self._is_ours(path):
            return False
        if self.system == "linux":
            lines = path.read_text(encoding="utf-8").splitlines()
            return "Hidden=true" not in lines and "X-GNOME-Autostart-enabled=false" not in lines
        return True

    def _is_ours(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError:
            return False
        if self.system == "macos":
            try:
                return plistlib.loads(data).get("Label") == AGENT_LABEL
            except Exception:
                return False
        return f"{OUR_MARK}=true" in data.decode("utf-8", errors="replace").splitlines()

    @staticmethod
    def _desktop_entry(command: Sequence[str]) -> str:
        return "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Name=Ledhälsa",
                "Name[sv]=Ledhälsa",
                "Comment=Starts Ledhälsa quietly in the system tray, to remind you of your training days",
                "Comment[sv]=Startar Ledhälsa i bakgrunden, så att du blir påmind om dina träningsdagar",
                f"Exec={_desktop_exec(command)}",
                "Icon=ledhalsa",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                f"{OUR_MARK}=true",
                "",
            ]
        )
