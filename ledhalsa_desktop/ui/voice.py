"""Spoken guidance with Qt's text-to-speech, where the computer has a voice for the language.

QtTextToSpeech is imported only when a voice is first wanted: on Linux it needs the PulseAudio library,
and the program must work (silently) where that or a voice is missing.
"""

from __future__ import annotations

import logging
import os
from enum import StrEnum

from PySide6.QtCore import QLocale, QObject, Signal

from ledhalsa_desktop.core.settings import VoiceSpeed

log = logging.getLogger("ledhalsa")
ENGINE_ENV = "LEDHALSA_TTS_ENGINE"


class VoiceProblem(StrEnum):
    NO_SPEECH_SUPPORT = "no_speech_support"
    NO_ENGINE = "no_engine"
    NO_VOICE_FOR_LANGUAGE = "no_voice_for_language"


class Voice(QObject):
    reading_finished = Signal()  # what was being said came to its end, or was stopped

    def __init__(self, engine: str | None = None) -> None:
        super().__init__()
        self._engine_name = engine if engine is not None else os.environ.get(ENGINE_ENV)
        self._speech: object | None = None
        self._loaded = False
        self.problem: VoiceProblem | None = None
        self.enabled = True
        self.language = "sv"
        self.spoken: list[str] = []

    def _load(self) -> object | None:
        if self._loaded:
            return self._speech
        self._loaded = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except (ImportError, OSError) as error:
            log.info("no text-to-speech: %s", error)
            self.problem = VoiceProblem.NO_SPEECH_SUPPORT
            return None
        engines = [name for name in QTextToSpeech.availableEngines() if name != "mock" or self._engine_name]
        name = self._engine_name or (engines[0] if engines else "")
        if not name:
            self.problem = VoiceProblem.NO_ENGINE
            return None
        speech = QTextToSpeech(name, self)
        if speech.state() == QTextToSpeech.State.Error:
            log.info("text-to-speech engine %s failed: %s", name, speech.errorString())
            self.problem = VoiceProblem.NO_ENGINE
            return None
        speech.stateChanged.connect(self._state_changed)
        self._speech = speech
        return speech

    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self.reading_finished.emit()

    def configure(self, language: str, enabled: bool, speed: VoiceSpeed) -> None:
        self.language = language
        self.enabled = enabled
        speech = self._load() if enabled else self._speech
        if speech is not None:
            self._use(speech, language, speed)

    def ready_to_read(self, language: str, speed: VoiceSpeed) -> bool:
        """Get the voice ready for a text the person asks to hear (a lesson), also when guidance is off."""
        self.language = language
        speech = self._load()
        if speech is not None:
            self._use(speech, language, speed)
        return self.available

    def _use(self, speech: object, language: str, speed: VoiceSpeed) -> None:
        wanted = QLocale(language)
        matching = [loc for loc in speech.availableLocales() if loc.language() == wanted.language()]
        if matching:
            speech.setLocale(matching[0])
            self.problem = None
        else:
            self.problem = VoiceProblem.NO_VOICE_FOR_LANGUAGE
        speech.setRate(VoiceSpeed(speed).speech_rate)

    @property
    def available(self) -> bool:
        if self._load() is None:
            return False
        return self.problem is None

    def say(self, text: str) -> None:
        """Say text now (cutting off anything still being said); silent when off or unavailable."""
        if not self.enabled or not text or not self.available:
            return
        self.spoken = [*self.spoken[-49:], text]
        self._speech.say(text)

    def read_aloud(self, text: str) -> bool:
        """Read a text the person asked to hear, whether or not guidance is on; False when there is no voice."""
        if not text or not self.available:
            return False
        self.spoken = [*self.spoken[-49:], text]
        self._speech.say(text)
        return True

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()
