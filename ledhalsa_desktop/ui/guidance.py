"""The words the player shows and speaks: cue words, counts and short encouragements, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ledhalsa_desktop.core.session_player import Event


def cue_word(cue: str) -> str:
    words = {
        "up": QCoreApplication.translate("Guidance", "Up"),
        "down": QCoreApplication.translate("Guidance", "Down"),
        "hold": QCoreApplication.translate("Guidance", "Hold"),
        "lift": QCoreApplication.translate("Guidance", "Lift"),
        "lower": QCoreApplication.translate("Guidance", "Lower"),
        "bend": QCoreApplication.translate("Guidance", "Bend"),
        "straighten": QCoreApplication.translate("Guidance", "Straighten"),
        "step": QCoreApplication.translate("Guidance", "Step"),
        "squeeze": QCoreApplication.translate("Guidance", "Squeeze"),
        "release": QCoreApplication.translate("Guidance", "Let go"),
        "open": QCoreApplication.translate("Guidance", "Open"),
        "close": QCoreApplication.translate("Guidance", "Close"),
        "spread": QCoreApplication.translate("Guidance", "Spread"),
        "touch": QCoreApplication.translate("Guidance", "Touch"),
    }
    return words.get(cue, cue)


def spoken_text(event: Event, exercise_name: str) -> str:
    """What the voice says for an event of the player ('' for nothing)."""
    if event.kind == "exercise":
        return exercise_name
    if event.kind == "cue" and event.value != "hold":
        return cue_word(str(event.value))
    if event.kind == "count":
        return QLocale().toString(int(event.value))
    if event.kind == "hold":
        return QCoreApplication.translate("Guidance", "Hold")
    if event.kind == "rest":
        return QCoreApplication.translate("Guidance", "Rest")
    if event.kind == "switch_side":
        return QCoreApplication.translate("Guidance", "Change sides")
    if event.kind == "exercise_done":
        return QCoreApplication.translate("Guidance", "Well done!")
    if event.kind == "finished":
        return QCoreApplication.translate("Guidance", "Well done! The session is over.")
    return ""
