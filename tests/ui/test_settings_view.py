from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ledhalsa_desktop.core.settings import Theme
from ledhalsa_desktop.storage.startup import read_snapshot
from ledhalsa_desktop.ui.message_dialog import MessageDialog
from ledhalsa_desktop.ui.theme import THEMES


def test_language_switches_at_once_everywhere(make_window, qtbot) -> None:
    window = make_window(first_view="settings")
    view = window.view("settings")
    assert view.title.text() == "Inställningar"
    assert window.nav_buttons["home"].text() == "Hem"
    qtbot.mouseClick(view.language.buttons[1], Qt.MouseButton.LeftButton)
    assert view.title.text() == "Settings"
    assert window.nav_buttons["home"].text() == "Home"
    assert window.view("home").first_heading.text() == "Start here"
    qtbot.mouseClick(view.language.buttons[0], Qt.MouseButton.LeftButton)
    assert window.view("home").first_heading.text() == "Börja här"


def test_text_size_applies_at_once_and_is_saved(make_window, qtbot, data_dir) -> None:
    window = make_window(first_view="settings")
    view = window.view("settings")
    before = view.title.sizeHint().height()
    qtbot.mouseClick(view.text_size.buttons[-1], Qt.MouseButton.LeftButton)
    assert QApplication.font().pointSize() == 28
    assert "font-size: 28pt" in QApplication.instance().styleSheet()
    assert view.title.sizeHint().height() > before * 1.5
    assert read_snapshot(data_dir / "ledhalsa.db").settings.text_scale == 200


def test_high_contrast_theme(make_window, qtbot, data_dir) -> None:
    window = make_window(first_view="settings")
    view = window.view("settings")
    qtbot.mouseClick(view.theme.buttons[1], Qt.MouseButton.LeftButton)
    assert THEMES[Theme.HIGH_CONTRAST].window in QApplication.instance().styleSheet()
    assert read_snapshot(data_dir / "ledhalsa.db").settings.theme is Theme.HIGH_CONTRAST


def test_birth_year_is_checked_next_to_the_field_and_kept(make_window, qtbot, data_dir) -> None:
    window = make_window(first_view="settings")
    form = window.view("settings").profile
    form.year_edit.setFocus()
    qtbot.keyClicks(form.year_edit, "19x2")
    form.save_birth_year()
    assert not form.year_error.isHidden()
    assert "fyra siffror" in form.year_error.text()
    assert form.year_edit.text() == "19x2"
    assert form.year_edit.property("invalid") is True
    form.year_edit.setText("1952")
    form.save_birth_year()
    assert form.year_error.isHidden()
    assert form.status.text() == "Sparat"
    assert read_snapshot(data_dir / "ledhalsa.db").profile.birth_year == 1952


def test_sex_and_name_are_saved(make_window, qtbot, data_dir) -> None:
    window = make_window(first_view="settings")
    form = window.view("settings").profile
    qtbot.mouseClick(form.sex_buttons[2], Qt.MouseButton.LeftButton)
    form.name_edit.setText("Bengt")
    form.save_name()
    profile = read_snapshot(data_dir / "ledhalsa.db").profile
    assert profile.sex == "unspecified"
    assert profile.name == "Bengt"


def test_backup_now_and_restore_after_confirmation(make_window, qtbot, data_dir, monkeypatch) -> None:
    window = make_window(first_view="settings")
    view = window.view("settings")
    view.profile.name_edit.setText("Före")
    view.profile.save_name()
    qtbot.mouseClick(view.backups.make_button, Qt.MouseButton.LeftButton)
    assert "klar" in view.backups.status.text()
    backups = window.state.list_backups()
    assert len(backups) == 1
    view.profile.name_edit.setText("Efter")
    view.profile.save_name()

    def confirm(dialog: MessageDialog) -> int:
        assert "Vill du gå tillbaka till kopian" in dialog.text.text()
        dialog.buttons["restore"].click()
        return 1

    monkeypatch.setattr(MessageDialog, "exec", confirm)
    view.backups.restore(backups[0])
    assert read_snapshot(data_dir / "ledhalsa.db").profile.name == "Före"
    assert view.profile.name_edit.text() == "Före"
    reasons = sorted(info.reason for info in window.state.list_backups())
    assert reasons == ["manual", "prerestore"]


def test_restore_is_not_done_without_confirmation(make_window, data_dir, monkeypatch) -> None:
    window = make_window(first_view="settings")
    view = window.view("settings")
    view.profile.name_edit.setText("Före")
    view.profile.save_name()
    info = window.state.make_backup()
    view.profile.name_edit.setText("Efter")
    view.profile.save_name()
    monkeypatch.setattr(MessageDialog, "exec", lambda dialog: dialog.buttons["cancel"].click() or 0)
    view.backups.restore(info)
    assert read_snapshot(data_dir / "ledhalsa.db").profile.name == "Efter"


def test_data_folder_is_shown(make_window, data_dir) -> None:
    window = make_window(first_view="settings")
    assert window.view("settings").folder_path.text().replace("\u200b", "") == str(data_dir)
