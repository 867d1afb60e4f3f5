"""Settings' list of backups: make one now, or put one back after a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ledhalsa_desktop.appstate import AppState
from ledhalsa_desktop.storage.backup import BackupError, BackupInfo
from ledhalsa_desktop.ui.formatting import local_datetime_text, size_text
from ledhalsa_desktop.ui.message_dialog import MessageDialog
from ledhalsa_desktop.ui.widgets import button, show_status, text_label

SHOWN_BACKUPS = 8


class BackupsPanel(QWidget):
    restored = Signal()

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.explain = text_label()
        self.make_button = button()
        self.make_button.clicked.connect(self.make_backup)
        row = QHBoxLayout()
        row.addWidget(self.make_button)
        row.addStretch(1)
        self.status = text_label("success")
        self.status.hide()
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addLayout(self.rows)
        self.retranslate()

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "A copy of your data is saved automatically when you start the program, and the older "
                "copies are thinned out over time. You can put an earlier copy back."
            )
        )
        self.make_button.setText(self.tr("Make a backup now"))
        self.refresh()

    def reason_text(self, reason: str) -> str:
        return {
            "start": self.tr("made automatically"),
            "manual": self.tr("made by you"),
            "premigrate": self.tr("made before an update"),
            "prerestore": self.tr("made before a restore"),
        }.get(reason, reason)

    def refresh(self) -> None:
        while self.rows.count():
            old = self.rows.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.deleteLater()
        backups = self.state.list_backups()
        if not backups:
            empty = text_label("muted")
            empty.setText(self.tr("There are no backups yet."))
            self.rows.addWidget(empty)
            return
        for info in backups[:SHOWN_BACKUPS]:
            self.rows.addWidget(self._row(info))

    def _row(self, info: BackupInfo) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        when = local_datetime_text(info.created_utc)
        label = text_label()
        label.setText(f"{when} · {size_text(info.size_bytes)} · {self.reason_text(info.reason)}")
        restore = button()
        restore.setText(self.tr("Restore"))
        restore.setAccessibleName(self.tr("Restore the copy from %1").replace("%1", when))
        restore.clicked.connect(lambda: self.restore(info))
        layout.addWidget(label, 1)
        layout.addWidget(restore)
        return row

    def make_backup(self) -> None:
        try:
            info = self.state.make_backup()
        except (BackupError, OSError) as error:
            show_status(self.status, self.tr("The backup could not be made: %1").replace("%1", str(error)), "error")
        else:
            when = local_datetime_text(info.created_utc)
            show_status(self.status, self.tr("Backup made: %1.").replace("%1", when))
        self.refresh()

    def restore(self, info: BackupInfo) -> None:
        when = local_datetime_text(info.created_utc)
        question = MessageDialog(
            self.tr("Restore a backup"),
            self.tr("Put back the copy from %1?").replace("%1", when)
            + " "
            + self.tr(
                "What you have entered since then will be replaced. A copy of your data as it is now is "
                "saved first, so you can change your mind later."
            ),
            [("restore", self.tr("Restore")), ("cancel", self.tr("Cancel"))],
            parent=self,
        )
        if question.ask() != "restore":
            return
        self.state.restore(info)
        show_status(self.status, self.tr("Your data from %1 is back.").replace("%1", when))
        self.refresh()
        self.restored.emit()
