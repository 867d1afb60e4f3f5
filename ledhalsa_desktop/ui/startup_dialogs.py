"""The questions a start may have to ask about the data file, as dialogs or, for --smoke, printed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from ledhalsa_desktop.opening import NeedsAnswer
from ledhalsa_desktop.storage.backup import BackupInfo
from ledhalsa_desktop.ui.formatting import local_datetime_text


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
    def __init__(self) -> None:
        self.messages = StartupMessages()

    def _box(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox()
        box.setIcon(icon)
        box.setWindowTitle(QCoreApplication.translate("StartupMessages", "Ledhälsa"))
        box.setText(text)
        return box

    def refuse_newer(self, written_by: str | None) -> None:
        box = self._box(QMessageBox.Icon.Warning, self.messages.newer(written_by))
        box.addButton(QCoreApplication.translate("StartupMessages", "Close"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def damaged(self, reason: str, backup: BackupInfo | None) -> bool:
        box = self._box(QMessageBox.Icon.Warning, self.messages.damaged(backup))
        box.setDetailedText(reason)
        if backup is None:
            box.addButton(QCoreApplication.translate("StartupMessages", "Continue"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            return False
        use = box.addButton(
            QCoreApplication.translate("StartupMessages", "Use the backup"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("StartupMessages", "Start with empty data"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(use)
        box.exec()
        return box.clickedButton() is use

    def recovered(self, moved_to: Path, restored: BackupInfo | None) -> None:
        box = self._box(QMessageBox.Icon.Information, self.messages.recovered(moved_to, restored))
        box.addButton(QCoreApplication.translate("StartupMessages", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
