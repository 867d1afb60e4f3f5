"""Every test runs off screen with its own temporary data folder and home, never the user's real data."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_isolated_home = tempfile.mkdtemp(prefix="ledhalsa-test-home-")
os.environ["HOME"] = _isolated_home
os.environ["XDG_DATA_HOME"] = str(Path(_isolated_home) / ".local" / "share")
os.environ["XDG_CONFIG_HOME"] = str(Path(_isolated_home) / ".config")
os.environ.pop("LEDHALSA_DATA_DIR", None)
os.environ["LEDHALSA_TTS_ENGINE"] = "mock"  # Qt's mock voice: speaks nothing, knows English but not Swedish

import pytest  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("LEDHALSA_DATA_DIR", str(folder))
    return folder
