from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from ledhalsa_desktop.ui.single_instance import LOCK_NAME, SingleInstance, ask_running_copy_to_come_forward

HOLD_LOCK_AND_WAIT = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(100)
print("locked", flush=True)
time.sleep(60)
"""


def test_only_one_copy_per_data_folder(qapp, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_the_running_copy_is_asked_to_come_forward(qapp, qtbot, tmp_path: Path) -> None:
    running = SingleInstance(tmp_path)
    assert running.acquire()
    with qtbot.waitSignal(running.raise_requested, timeout=5000):
        assert ask_running_copy_to_come_forward(tmp_path)
    running.release()


def test_nobody_to_ask_when_no_copy_runs(qapp, tmp_path: Path) -> None:
    assert not ask_running_copy_to_come_forward(tmp_path)


def test_a_stale_lock_after_a_crash_is_taken_over(qapp, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK_AND_WAIT, str(tmp_path / LOCK_NAME)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert holder.stdout.readline().strip() == "locked"
    assert not SingleInstance(tmp_path).acquire()
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert (tmp_path / LOCK_NAME).exists()
    after_crash = SingleInstance(tmp_path)
    assert after_crash.acquire()
    after_crash.release()
