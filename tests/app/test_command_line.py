from __future__ import annotations

import pytest

from ledhalsa_desktop import __version__
from ledhalsa_desktop.cli import build_parser
from ledhalsa_desktop.paths import resolve_data_dir
from tests.app.run_program import run_program


def test_version_is_printed() -> None:
    result = run_program("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Ledhälsa {__version__}"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--view", "kitchen"],
            "there is no view called 'kitchen'; choose one of: "
            "home, program, session, diary, progress, exercises, lessons, settings, assessment",
        ),
        (["--text-scale", "250"], "choose a text size from 100 to 200"),
        (["--text-scale", "big"], "'big' is not a whole number"),
        (["--lang", "de"], "invalid choice: 'de'"),
    ],
)
def test_bad_arguments_are_explained(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(argv)
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err


def test_good_arguments_are_understood() -> None:
    args = build_parser().parse_args(["--lang", "en", "--text-scale", "150%", "--view", "settings", "--smoke"])
    assert (args.lang, args.text_scale, args.view, args.smoke) == ("en", 150, "settings", True)
    assert build_parser().parse_args(["--view", "lessons"]).view == "lessons"


def test_data_dir_comes_from_the_option_then_the_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LEDHALSA_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("LEDHALSA_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_data_dir(None) == tmp_path / "xdg" / "ledhalsa"
