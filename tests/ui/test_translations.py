"""Every user-visible text is translated into Swedish and English, and the catalogues match the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from ledhalsa_desktop.paths import translations_dir
from tests.ui.screens import every_screen

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("sv", "en")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def catalogue(language: str) -> Path:
    return translations_dir() / f"ledhalsa_{language}.ts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    untranslated = [
        key
        for key, message in messages(catalogue(language)).items()
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (message.findtext("translation") or "").strip()
    ]
    assert not untranslated


def test_both_languages_have_the_same_messages() -> None:
    assert messages(catalogue("sv")).keys() == messages(catalogue("en")).keys()


def test_placeholders_survive_translation() -> None:
    for (_, source), message in messages(catalogue("sv")).items():
        for marker in ("%1", "%2", "\n"):
            assert source.count(marker) == (message.findtext("translation") or "").count(marker), source


def test_the_catalogues_hold_every_text_in_the_code(tmp_path: Path) -> None:
    """lupdate over the sources finds nothing new: a text added without a translation fails here."""
    sources = [str(p) for p in (ROOT / "ledhalsa_desktop").rglob("*.py") if "migrations" not in p.parts]
    for language in LANGUAGES:
        copy = tmp_path / f"ledhalsa_{language}.ts"
        shutil.copy(catalogue(language), copy)
        lupdate = Path(sys.executable).with_name("pyside6-lupdate")
        result = subprocess.run(
            [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "0 new" in result.stdout, result.stdout
        assert messages(copy).keys() == messages(catalogue(language)).keys()


def shown_texts(window: QWidget) -> list[str]:
    return [
        w.text()
        for w in window.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton) and w.isVisible() and w.text().strip()
    ]


def test_no_english_text_is_left_on_the_swedish_screens(make_window) -> None:
    english_only = {
        source
        for (_, source), message in messages(catalogue("sv")).items()
        if message.findtext("translation") != source and "%1" not in source
    }
    window = make_window(language="sv")
    leftovers = []
    for screen in every_screen(window):
        leftovers += [f"{screen}: {text!r}" for text in shown_texts(window) if text in english_only]
    assert not leftovers


def test_qt_own_dialog_texts_follow_the_language(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from ledhalsa_desktop.ui.i18n import Translations

    translations = Translations()
    translations.use("sv")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    translations.use("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
