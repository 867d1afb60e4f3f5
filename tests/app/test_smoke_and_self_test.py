"""`--smoke` and `--self-test` as whole processes: exit codes, output, and files left untouched."""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

from ledhalsa_desktop.cli import EXIT_NEEDS_ANSWER
from tests.app.run_program import run_program, snapshot_files, start_program


def test_smoke_starts_on_a_new_data_folder_and_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for _ in range(2):
        result = run_program("--data-dir", str(data), "--smoke")
        assert result.returncode == 0, result.stderr
        assert re.search(r"^smoke: ready in \d+ ms$", result.stdout, re.MULTILINE)
    assert (data / "ledhalsa.db").exists()
    # The process ends at once after main() (cli.run_and_exit): the log must have been flushed before that.
    assert (data / "logs" / "ledhalsa.log").read_text(encoding="utf-8").count("started with") == 2


def test_smoke_opens_each_view_and_language(tmp_path: Path) -> None:
    for view, lang in (("home", "en"), ("settings", "sv")):
        result = run_program(
            "--data-dir", str(tmp_path), "--smoke", "--view", view, "--lang", lang, "--text-scale", "200"
        )
        assert result.returncode == 0, result.stderr


def test_smoke_asks_instead_of_opening_a_newer_database(tmp_path: Path) -> None:
    assert run_program("--data-dir", str(tmp_path), "--smoke").returncode == 0
    with sqlite3.connect(tmp_path / "ledhalsa.db") as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.execute("UPDATE app_info SET value = '7.3.0' WHERE key = 'last_written_by_version'")
    db.close()
    before = snapshot_files(tmp_path)
    result = run_program("--data-dir", str(tmp_path), "--smoke", "--lang", "en")
    assert result.returncode == EXIT_NEEDS_ANSWER
    assert "Ledhälsa 7.3.0, which is newer than this program" in result.stdout
    assert snapshot_files(tmp_path) == before


def test_smoke_asks_instead_of_recovering_a_damaged_database(tmp_path: Path) -> None:
    (tmp_path / "ledhalsa.db").write_bytes(b"this is not a database at all" * 100)
    before = snapshot_files(tmp_path)
    result = run_program("--data-dir", str(tmp_path), "--smoke")
    assert result.returncode == EXIT_NEEDS_ANSWER
    assert "skadad" in result.stdout
    assert snapshot_files(tmp_path) == before


def test_a_second_copy_is_refused_and_the_first_is_asked_to_come_forward(tmp_path: Path) -> None:
    first = start_program("--data-dir", str(tmp_path))
    try:
        log = tmp_path / "logs" / "ledhalsa.log"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "started with" not in (log.read_text() if log.exists() else ""):
            time.sleep(0.1)
        smoke = run_program("--data-dir", str(tmp_path), "--smoke")
        assert smoke.returncode == EXIT_NEEDS_ANSWER
        assert "redan öppet" in smoke.stdout
        second = run_program("--data-dir", str(tmp_path))
        assert second.returncode == 0
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and "asked to come forward" not in log.read_text():
            time.sleep(0.1)
        assert "asked to come forward" in log.read_text()
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=10)


def test_self_test_reports_each_check_and_passes() -> None:
    result = run_program("--self-test", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "self-test: ok"
    assert "translations: sv, en (with Qt's own)" in lines
    assert any(line.startswith("database: ") for line in lines)
    assert "views rendered: 9" in lines
    assert lines[-2] == "lessons: 9 sv, 9 en"
    exercises = lines[-3]
    assert re.fullmatch(r"exercises: \d+ knee, \d+ hip, \d+ hand; levels: \d+; animations rendered: \d+", exercises)
