"""`--tray`: a quiet start with only the tray icon; the rest of the command line unchanged."""

from __future__ import annotations

from ledhalsa_desktop.autostart import TRAY_FLAG
from ledhalsa_desktop.cli import build_parser


def test_the_tray_flag_is_off_unless_given() -> None:
    assert build_parser().parse_args([]).tray is False
    args = build_parser().parse_args([TRAY_FLAG, "--data-dir", "/tmp/x", "--lang", "sv"])
    assert args.tray is True and args.data_dir == "/tmp/x" and args.lang == "sv"
