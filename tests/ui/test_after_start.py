from __future__ import annotations

from ledhalsa_desktop.app import after_start


def test_a_backup_is_made_after_start_only_when_the_data_changed(make_window) -> None:
    window = make_window(welcome_completed=True)
    state = window.state
    after_start(state, window)
    assert [info.reason for info in state.list_backups()] == ["start"]
    first = state.list_backups()[0].path
    after_start(state, window)
    assert len(state.list_backups()) == 1
    view = window.view("settings")
    view.profile.name_edit.setText("Ny")
    view.profile.save_name()
    after_start(state, window)
    assert len(state.list_backups()) == 1, "one automatic backup a day is kept"
    assert state.list_backups()[0].path != first
    assert "Senaste säkerhetskopia" in window.view("home").backup_text.text()
