"""The questions a start may have to ask about the data file, as dialogs or, for --smoke, printed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from ledhalsa_desktop.opening import NeedsAnswer
from ledhalsa_desktop.storage.backup import BackupInfo
from ledhalsa_desktop.ui.formatting import local_datetime_text
from ledhalsa_desktop.ui.message_dialog import MessageDialog


class StartupMessages(QObject):
    def newer(self, written_by: str | None) -> str:
        version = written_by or self.tr("a newer version")
        return self.tr(
            "Your data was saved by Ledhälsa %1, which is newer than this program. To keep your data safe, "
            "this program will not open it. Please install the newer version of Ledhälsa."
        ).replace("%1", version)

    def damaged(self, backup: BackupInfo | None) -> str:
        if backup is None:
            return self.tr(
                "Your data file could not be read: it is damaged. It will be kept aside, not deleted, and "
                "there is no backup to go back to, so the program will start with empty data."
            )
        return self.tr(
            "Your data file could not be read: it is damaged. It will be kept aside, not deleted. There is "
            "a backup from %1. Do you want to continue with that backup?"
        ).replace("%1", local_datetime_text(backup.created_utc))

    def recovered(self, moved_to: Path, restored: BackupInfo | None) -> str:
        kept = self.tr("The damaged file is kept as %1 in your data folder.").replace("%1", moved_to.name)
        if restored is None:
            return self.tr("The program has started with empty data.") + " " + kept
        when = local_datetime_text(restored.created_utc)
        return self.tr("Your data from %1 is back.").replace("%1", when) + " " + kept

    def reason(self, reason: str) -> str:
        return self.tr("What the computer reported: %1").replace("%1", reason)

    def already_running(self) -> str:
        return self.tr("Ledhälsa is already open with this data folder. Do you want to switch to the open window?")


class PrintingAsker:
    """For --smoke: prints the question and stops before anything is changed."""

    def __init__(self) -> None:
        self.messages = StartupMessages()

    def refuse_newer(self, written_by: str | None) -> None:
        raise NeedsAnswer(self.messages.newer(written_by))

    def damaged(self, reason: str, backup: BackupInfo | None) -> bool:
        raise NeedsAnswer(self.messages.damaged(backup) + f" ({reason})")

    def recovered(self, moved_to: Path, restored: BackupInfo | None) -> None:
        raise NeedsAnswer(self.messages.recovered(moved_to, restored))


class DialogAsker:
    """Asks in dialogs; each dialog is built apart from being shown, so it can be looked at and tested."""

    def __init__(self) -> None:
        self.messages = StartupMessages()

    @staticmethod
    def _dialog(title: str, text: str, buttons: list[tuple[str, str]], details: str = "") -> MessageDialog:
        return MessageDialog(title, text, buttons, details=details)

    def newer_dialog(self, written_by: str | None) -> MessageDialog:
        close = QCoreApplication.translate("StartupMessages", "Close")
        title = QCoreApplication.translate("StartupMessages", "Your data is from a newer version")
        return self._dialog(title, self.messages.newer(written_by), [("close", close)])

    def damaged_dialog(self, reason: str, backup: BackupInfo | None) -> MessageDialog:
        if backup is None:
            buttons = [("fresh", QCoreApplication.translate("StartupMessages", "Continue"))]
        else:
            buttons = [
                ("restore", QCoreApplication.translate("StartupMessages", "Use the backup")),
                ("fresh", QCoreApplication.translate("StartupMessages", "Start with empty data")),
            ]
        title = QCoreApplication.translate("StartupMessages", "Your data file could not be read")
        return self._dialog(title, self.messages.damaged(backup), buttons, details=self.messages.reason(reason))

    def recovered_dialog(self, moved_to: Path, restored: BackupInfo | None) -> MessageDialog:
        ok = QCoreApplication.translate("StartupMessages", "OK")
        title = QCoreApplication.translate("StartupMessages", "Your data file has been dealt with")
        return self._dialog(title, self.messages.recovered(moved_to, restored), [("ok", ok)])

    def refuse_newer(self, written_by: str | None) -> None:
        self.newer_dialog(written_by).ask()

    def damaged(self, reason: str, backup: BackupInfo | None) -> bool:
        return self.damaged_dialog(reason, backup).ask() == "restore" and backup is not None

    def recovered(self, moved_to: Path, restored: BackupInfo | None) -> None:
        self.recovered_dialog(moved_to, restored).ask()
