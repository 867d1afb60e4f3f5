from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from ledhalsa_desktop.log import setup_logging
from ledhalsa_desktop.ui.error_dialog import ErrorDialog
from ledhalsa_desktop.ui.exception_hook import ExceptionHook
from ledhalsa_desktop.ui.i18n import Translations


def raise_and_catch() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError("the sky fell")
    except RuntimeError as error:
        return type(error), error, error.__traceback__


def test_an_uncaught_error_is_logged_and_shown_kindly(qapp, tmp_path: Path, monkeypatch) -> None:
    Translations().use("sv")
    log_path = setup_logging(tmp_path)
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    ExceptionHook(log_path, interactive=True)(*raise_and_catch())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "the sky fell" in log_path.read_text(encoding="utf-8")
    assert "Traceback" in log_path.read_text(encoding="utf-8")
    dialog = shown[0]
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.copied))).replace("\u200b", "")
    assert "Traceback" not in texts
    assert str(log_path) in texts
    assert "Något gick fel" in texts


def test_copy_details_puts_the_traceback_on_the_clipboard(qapp, tmp_path: Path) -> None:
    dialog = ErrorDialog("Traceback: details here", tmp_path / "ledhalsa.log")
    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == "Traceback: details here"
    assert not dialog.copied.isHidden() and dialog.copied.text()
    assert isinstance(dialog, QDialog)


def test_a_start_that_may_not_wait_exits_with_an_error_instead(qapp, tmp_path: Path, monkeypatch, capsys) -> None:
    exits: list[int] = []
    monkeypatch.setattr("ledhalsa_desktop.ui.exception_hook.QApplication.exit", lambda code: exits.append(code))
    monkeypatch.setattr(ErrorDialog, "exec", lambda dialog: pytest.fail("no dialog in --smoke"))
    ExceptionHook(tmp_path / "ledhalsa.log", interactive=False)(*raise_and_catch())
    assert exits == [1]
    assert "the sky fell" in capsys.readouterr().err
