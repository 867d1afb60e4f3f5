"""Installing the program's and Qt's own translations, and switching language while running."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from ledhalsa_desktop.paths import translations_dir

LOCALES = {
    "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def app_translation_file(language: str) -> Path:
    return translations_dir() / f"ledhalsa_{language}.qm"


def qt_translations_dir() -> str:
    bundled = translations_dir() / "qt"
    if bundled.is_dir():
        return str(bundled)
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class Translations:
    """Keeps the installed translators, so a new language replaces the old one at once."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language: str | None = None

    def use(self, language: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(LOCALES[language])
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_translations_dir()):
            self._installed.append(qt)
        own = QTranslator(app)
        if not own.load(str(app_translation_file(language))):
            raise FileNotFoundError(f"translation file missing: {app_translation_file(language)}")
        self._installed.append(own)
        for translator in self._installed:
            app.installTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language = language
