from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ledhalsa_desktop.storage.backup import BackupInfo, BackupReason
from ledhalsa_desktop.ui.error_dialog import ErrorDialog
from ledhalsa_desktop.ui.message_dialog import MessageDialog
from ledhalsa_desktop.ui.startup_dialogs import DialogAsker
from tests.ui.test_accessibility import accessible_name, shown_interactive

BACKUP = BackupInfo(Path("b.db"), datetime(2026, 11, 27, 8, 0, tzinfo=UTC), BackupReason.START, 4096)


def every_dialog(tmp_path: Path) -> list[MessageDialog]:
    asker = DialogAsker()
    return [
        asker.newer_dialog("2.0.0"),
        asker.damaged_dialog("file is not a database", BACKUP),
        asker.damaged_dialog("file is not a database", None),
        asker.recovered_dialog(tmp_path / "ledhalsa.damaged-x.db", BACKUP),
        ErrorDialog("Traceback", tmp_path / "ledhalsa.log"),
    ]


@pytest.mark.parametrize("scale", [100, 200])
def test_dialogs_show_all_their_text_and_large_named_buttons(make_window, tmp_path: Path, scale: int) -> None:
    make_window(text_scale=scale)
    for dialog in every_dialog(tmp_path):
        dialog.show()
        QApplication.processEvents()
        for label in (dialog.heading, dialog.text):
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        for widget in shown_interactive(dialog):
            assert accessible_name(widget).strip()
            assert widget.width() >= 44 and widget.height() >= 44
            assert widget.width() >= widget.minimumSizeHint().width(), accessible_name(widget)
        dialog.close()


@pytest.mark.parametrize(("pressed", "restores"), [("restore", True), ("fresh", False)])
def test_the_damaged_question_is_answered_by_its_buttons(qapp, monkeypatch, pressed: str, restores: bool) -> None:
    monkeypatch.setattr(MessageDialog, "exec", lambda dialog: dialog.buttons[pressed].click() or 1)
    assert DialogAsker().damaged("broken", BACKUP) is restores


def test_without_a_backup_there_is_nothing_to_restore(qapp, monkeypatch) -> None:
    monkeypatch.setattr(MessageDialog, "exec", lambda dialog: dialog.buttons["fresh"].click() or 1)
    assert DialogAsker().damaged("broken", None) is False
