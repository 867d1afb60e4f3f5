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
    """Installs the translators for a language; a new language replaces the old one at once.

    The installed translators belong to the application, so they are kept on the class: whichever
    instance switches language removes what any other installed.
    """

    _installed: list[QTranslator] = []

    def __init__(self) -> None:
        self.language: str | None = None

    def use(self, language: str) -> None:
        app = QCoreApplication.instance()
        for translator in Translations._installed:
            app.removeTranslator(translator)
        Translations._installed = []
        QLocale.setDefault(LOCALES[language])
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_translations_dir()):
            Translations._installed.append(qt)
        own = QTranslator(app)
        if not own.load(str(app_translation_file(language))):
            raise FileNotFoundError(f"translation file missing: {app_translation_file(language)}")
        Translations._installed.append(own)
        for translator in Translations._installed:
            app.installTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language = language
