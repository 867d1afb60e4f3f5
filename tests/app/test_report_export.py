"""`--report` and `--export-csv` as whole processes: files made without a window, exit codes, and the data left
alone (a newer or damaged database refused before anything is changed)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from ledhalsa_desktop.cli import EXIT_FAILED, EXIT_NEEDS_ANSWER, build_parser
from ledhalsa_desktop.devtools.demo_data import make_demo
from tests.app.run_program import run_program, snapshot_files


def pdf_text(path: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    from ledhalsa_desktop.app import make_application

    make_application()
    document = QPdfDocument()
    document.load(str(path))
    assert document.pageCount() in (1, 2)
    return " ".join(" ".join(document.getAllText(page).text() for page in range(document.pageCount())).split())


def empty_data(folder: Path) -> Path:
    """A data folder as a first start leaves it: the database made, nothing else."""
    from ledhalsa_desktop.appstate import utc_now
    from ledhalsa_desktop.opening import open_database
    from ledhalsa_desktop.paths import backup_dir, database_path
    from ledhalsa_desktop.ui.startup_dialogs import PrintingAsker

    open_database(database_path(folder), backup_dir(folder), utc_now(), PrintingAsker())
    return folder


def content_of(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo")
    make_demo(data, 0.4, seed=2, today=date.today())
    return data


def test_report_and_files_in_swedish_leave_the_data_as_it_was(demo: Path, tmp_path: Path) -> None:
    before = content_of(demo / "ledhalsa.db")
    report, diary = tmp_path / "rapport.pdf", tmp_path / "dagbok.csv"
    result = run_program("--data-dir", str(demo), "--report", str(report), "--export-csv", str(diary))
    assert result.returncode == 0, result.stderr
    assert f"report: {report} (" in result.stdout
    assert f"diary: {diary} (" in result.stdout
    assert f"sessions: {tmp_path / 'dagbok-sessions.csv'} (" in result.stdout
    text = pdf_text(report)
    for expected in ("Rapport till vården", "Anna Lindqvist", "Tester", "Smärta", "Träningspass", "1177"):
        assert expected in text
    assert "Uppföljning vecka 6" in text and "10–15" in text  # a retest and the chair-stand norm (75 years)
    assert "Smärta, 0 till 10" in text and "Vid starten: 6" in text  # the diary's chart, with the start pain
    raw = diary.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.split(b"\r\n")[0]
    sessions = (tmp_path / "dagbok-sessions.csv").read_bytes().decode("utf-8-sig")
    assert sessions.splitlines()[0].startswith("Datum;")
    assert content_of(demo / "ledhalsa.db") == before


def test_files_in_english(demo: Path, tmp_path: Path) -> None:
    result = run_program("--data-dir", str(demo), "--lang", "en", "--export-csv", str(tmp_path / "diary.csv"))
    assert result.returncode == 0, result.stderr
    header = (tmp_path / "diary.csv").read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Date,Time,") and ";" not in header
    assert not (tmp_path / "report.pdf").exists()


def test_a_report_without_a_program_says_so(tmp_path: Path) -> None:
    data = empty_data(tmp_path / "data")
    result = run_program("--data-dir", str(data), "--lang", "en", "--report", str(tmp_path / "report.pdf"))
    assert result.returncode == 0, result.stderr
    assert "No program yet" in pdf_text(tmp_path / "report.pdf")


def test_a_newer_or_damaged_database_is_refused_untouched(tmp_path: Path) -> None:
    data = empty_data(tmp_path / "data")
    with sqlite3.connect(data / "ledhalsa.db") as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.execute("UPDATE app_info SET value = '7.3.0' WHERE key = 'last_written_by_version'")
    db.close()
    before = snapshot_files(data)
    result = run_program("--data-dir", str(data), "--lang", "en", "--report", str(tmp_path / "r.pdf"))
    assert result.returncode == EXIT_NEEDS_ANSWER
    assert "Ledhälsa 7.3.0, which is newer than this program" in result.stderr
    assert snapshot_files(data) == before and not (tmp_path / "r.pdf").exists()

    (data / "ledhalsa.db").write_bytes(b"this is not a database at all" * 100)
    before = snapshot_files(data)
    result = run_program("--data-dir", str(data), "--lang", "en", "--export-csv", str(tmp_path / "d.csv"))
    assert result.returncode == EXIT_NEEDS_ANSWER
    assert "damaged" in result.stderr
    assert snapshot_files(data) == before and not (tmp_path / "d.csv").exists()


def test_no_data_or_no_folder_is_an_error(tmp_path: Path) -> None:
    result = run_program("--data-dir", str(tmp_path / "nothing"), "--lang", "en", "--report", str(tmp_path / "r.pdf"))
    assert result.returncode == EXIT_FAILED
    assert "There is no Ledhälsa data in" in result.stderr
    assert not (tmp_path / "nothing").exists()


def test_a_missing_output_folder_is_explained(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "r.pdf"
    result = run_program("--data-dir", str(demo), "--lang", "en", "--report", str(target))
    assert result.returncode == EXIT_FAILED
    assert "does not exist" in result.stderr


def test_the_options_are_understood_and_documented(capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser().parse_args(["--report", "a.pdf", "--export-csv", "b.csv"])
    assert (args.report, args.export_csv) == (Path("a.pdf"), Path("b.csv"))
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "FILE-sessions.csv" in help_text and "--report FILE.pdf" in help_text
