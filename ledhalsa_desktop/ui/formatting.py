"""Dates, times and sizes in the user's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def local_datetime_text(moment: datetime) -> str:
    """For example '28 november 2026 kl. 06:26' or '28 November 2026 at 06:26', in local time."""
    local = moment.astimezone()
    locale = QLocale()
    date = locale.toString(QDate(local.year, local.month, local.day), "d MMMM yyyy")
    time = locale.toString(QTime(local.hour, local.minute), "HH:mm")
    return QCoreApplication.translate("Formatting", "%1 at %2").replace("%1", date).replace("%2", time)


def size_text(size_bytes: int) -> str:
    return QLocale().formattedDataSize(size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
