"""How the catalogue's codes read in the user's language: categories, equipment, doses, joints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def joint_name(joint: str) -> str:
    return {
        "knee": QCoreApplication.translate("ExerciseTexts", "Knee"),
        "hip": QCoreApplication.translate("ExerciseTexts", "Hip"),
        "hand": QCoreApplication.translate("ExerciseTexts", "Hand"),
    }[joint]


def category_name(category: str) -> str:
    return {
        "warm_up": QCoreApplication.translate("ExerciseTexts", "Warm-up"),
        "core_stability": QCoreApplication.translate("ExerciseTexts", "Core stability and posture"),
        "postural_orientation": QCoreApplication.translate("ExerciseTexts", "Alignment: knee over foot"),
        "strength": QCoreApplication.translate("ExerciseTexts", "Strength"),
        "functional": QCoreApplication.translate("ExerciseTexts", "Everyday movements and balance"),
        "mobility": QCoreApplication.translate("ExerciseTexts", "Mobility"),
        "grip_strength": QCoreApplication.translate("ExerciseTexts", "Grip strength"),
        "thumb": QCoreApplication.translate("ExerciseTexts", "Thumb"),
        "fine_motor": QCoreApplication.translate("ExerciseTexts", "Fine finger control"),
    }.get(category, category)


def equipment_name(equipment: str) -> str:
    return {
        "none": QCoreApplication.translate("ExerciseTexts", "No equipment"),
        "chair": QCoreApplication.translate("ExerciseTexts", "a sturdy chair"),
        "wall": QCoreApplication.translate("ExerciseTexts", "a wall"),
        "step": QCoreApplication.translate("ExerciseTexts", "a low step or the bottom stair"),
        "mat": QCoreApplication.translate("ExerciseTexts", "a mat or a rug"),
        "table": QCoreApplication.translate("ExerciseTexts", "a table"),
        "towel": QCoreApplication.translate("ExerciseTexts", "a towel"),
        "soft_ball": QCoreApplication.translate("ExerciseTexts", "a soft ball"),
    }.get(equipment, equipment)


def equipment_text(equipment: tuple[str, ...]) -> str:
    if not equipment or equipment == ("none",):
        return equipment_name("none")
    names = [equipment_name(item) for item in equipment]
    return QCoreApplication.translate("ExerciseTexts", "You need: %1").replace("%1", ", ".join(names))


def dose_text(sets: int, reps: int, hold_seconds: int) -> str:
    locale = QLocale()
    if hold_seconds:
        text = QCoreApplication.translate("ExerciseTexts", "%1 sets of %2 holds, %3 seconds each")
        return (
            text.replace("%1", locale.toString(sets))
            .replace("%2", locale.toString(reps))
            .replace("%3", locale.toString(hold_seconds))
        )
    text = QCoreApplication.translate("ExerciseTexts", "%1 sets of %2 repetitions")
    return text.replace("%1", locale.toString(sets)).replace("%2", locale.toString(reps))


def side_text(side: str) -> str:
    if side == "one_at_a_time":
        return QCoreApplication.translate("ExerciseTexts", "One side at a time: first the right, then the left.")
    return ""
