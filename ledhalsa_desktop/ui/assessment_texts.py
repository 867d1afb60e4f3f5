"""How the assessment's codes read in the user's language: joints and sides, red flags, questions, answers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ledhalsa_desktop.core.assessment import Activity, Difficulty, FunctionQuestion, RedFlag, Side, Urgency
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.norms import NormGrade
from ledhalsa_desktop.core.profile import Sex


def sex_name(sex: Sex) -> str:
    return {
        Sex.FEMALE: QCoreApplication.translate("AssessmentTexts", "Woman"),
        Sex.MALE: QCoreApplication.translate("AssessmentTexts", "Man"),
        Sex.UNSPECIFIED: QCoreApplication.translate("AssessmentTexts", "Prefer not to say"),
    }[sex]


def joint_heading(joint: Joint) -> str:
    return {
        Joint.KNEE: QCoreApplication.translate("AssessmentTexts", "Knees"),
        Joint.HIP: QCoreApplication.translate("AssessmentTexts", "Hips"),
        Joint.HAND: QCoreApplication.translate("AssessmentTexts", "Hands"),
    }[joint]


def no_trouble_text(joint: Joint) -> str:
    return {
        Joint.KNEE: QCoreApplication.translate("AssessmentTexts", "No trouble with my knees"),
        Joint.HIP: QCoreApplication.translate("AssessmentTexts", "No trouble with my hips"),
        Joint.HAND: QCoreApplication.translate("AssessmentTexts", "No trouble with my hands"),
    }[joint]


def side_text(joint: Joint, side: Side) -> str:
    """ "Left knee", "Both hips" …"""
    texts = {
        (Joint.KNEE, Side.LEFT): QCoreApplication.translate("AssessmentTexts", "Left knee"),
        (Joint.KNEE, Side.RIGHT): QCoreApplication.translate("AssessmentTexts", "Right knee"),
        (Joint.KNEE, Side.BOTH): QCoreApplication.translate("AssessmentTexts", "Both knees"),
        (Joint.HIP, Side.LEFT): QCoreApplication.translate("AssessmentTexts", "Left hip"),
        (Joint.HIP, Side.RIGHT): QCoreApplication.translate("AssessmentTexts", "Right hip"),
        (Joint.HIP, Side.BOTH): QCoreApplication.translate("AssessmentTexts", "Both hips"),
        (Joint.HAND, Side.LEFT): QCoreApplication.translate("AssessmentTexts", "Left hand"),
        (Joint.HAND, Side.RIGHT): QCoreApplication.translate("AssessmentTexts", "Right hand"),
        (Joint.HAND, Side.BOTH): QCoreApplication.translate("AssessmentTexts", "Both hands"),
    }
    return texts[(joint, side)]


def red_flag_question(flag: RedFlag) -> str:
    return {
        RedFlag.HOT_SWOLLEN_JOINT: QCoreApplication.translate(
            "AssessmentTexts",
            "Is a joint hot, red and swollen right now, perhaps with a fever? Or have you had a sudden, very "
            "painful attack in a joint, like gout?",
        ),
        RedFlag.INJURY_OR_RAPID_WORSENING: QCoreApplication.translate(
            "AssessmentTexts",
            "Have you hurt the joint or had a fall recently? Or has the joint quickly become much worse, or "
            "changed shape?",
        ),
        RedFlag.LONG_MORNING_STIFFNESS: QCoreApplication.translate(
            "AssessmentTexts",
            "Are your joints stiff for more than half an hour after you get up in the morning? Or are "
            "several joints swollen?",
        ),
        RedFlag.WEIGHT_LOSS_OR_NIGHT_PAIN: QCoreApplication.translate(
            "AssessmentTexts",
            "Have you lost weight without trying? Do you have pain at night that does not ease when you "
            "move? Or have you had cancer and now have a new pain in a bone?",
        ),
        RedFlag.CHEST_PAIN_ON_EXERTION: QCoreApplication.translate(
            "AssessmentTexts",
            "Do you get chest pain, become very short of breath, or feel dizzy or faint when you exert yourself?",
        ),
        RedFlag.RECENT_SURGERY_OR_INJECTION: QCoreApplication.translate(
            "AssessmentTexts",
            "Have you had an operation or an injection in a joint in the last three months? Or has a "
            "surgeon told you to limit what you do?",
        ),
    }[flag]


def red_flag_short(flag: RedFlag) -> str:
    """The sign in a few words, for the list on the stop page."""
    return {
        RedFlag.HOT_SWOLLEN_JOINT: QCoreApplication.translate(
            "AssessmentTexts", "a hot, red or swollen joint, or a sudden painful attack"
        ),
        RedFlag.INJURY_OR_RAPID_WORSENING: QCoreApplication.translate(
            "AssessmentTexts", "a recent injury or fall, or a joint that quickly got worse"
        ),
        RedFlag.LONG_MORNING_STIFFNESS: QCoreApplication.translate(
            "AssessmentTexts", "long morning stiffness, or several swollen joints"
        ),
        RedFlag.WEIGHT_LOSS_OR_NIGHT_PAIN: QCoreApplication.translate(
            "AssessmentTexts", "weight loss, pain at night, or new bone pain after cancer"
        ),
        RedFlag.CHEST_PAIN_ON_EXERTION: QCoreApplication.translate(
            "AssessmentTexts", "chest pain, breathlessness, dizziness or fainting when you exert yourself"
        ),
        RedFlag.RECENT_SURGERY_OR_INJECTION: QCoreApplication.translate(
            "AssessmentTexts", "a recent operation or joint injection, or a surgeon's limits"
        ),
    }[flag]


def urgency_title(urgency: Urgency) -> str:
    return {
        Urgency.EMERGENCY: QCoreApplication.translate("AssessmentTexts", "Call 112 now if you have these symptoms"),
        Urgency.TODAY: QCoreApplication.translate("AssessmentTexts", "Contact healthcare today"),
        Urgency.SOON: QCoreApplication.translate("AssessmentTexts", "Talk to healthcare before you start"),
    }[urgency]


def urgency_advice(urgency: Urgency) -> str:
    return {
        Urgency.EMERGENCY: QCoreApplication.translate(
            "AssessmentTexts",
            "Chest pain, shortness of breath, dizziness or fainting when you exert yourself can be a sign of "
            "heart trouble. If you have chest pain or feel faint right now, call 112 now. If it has passed, "
            "call 1177 today for advice. Do not start the exercises until a doctor has checked you.",
        ),
        Urgency.TODAY: QCoreApplication.translate(
            "AssessmentTexts",
            "A hot, red and swollen joint can be an infection or a gout attack, and it needs treatment soon. "
            "Call 1177 or your health centre today. Wait with the exercises until you have been checked.",
        ),
        Urgency.SOON: QCoreApplication.translate(
            "AssessmentTexts",
            "What you describe should be looked at by a doctor or a physiotherapist before you start "
            "exercising on your own. Book a visit at your health centre, or call 1177 for advice.",
        ),
    }[urgency]


def function_question(question: FunctionQuestion) -> str:
    return {
        FunctionQuestion.STAIRS: QCoreApplication.translate("AssessmentTexts", "Walking up or down stairs"),
        FunctionQuestion.RISE_FROM_CHAIR: QCoreApplication.translate("AssessmentTexts", "Getting up from a chair"),
        FunctionQuestion.WALK_15_MINUTES: QCoreApplication.translate("AssessmentTexts", "Walking for 15 minutes"),
        FunctionQuestion.SQUAT_OR_KNEEL: QCoreApplication.translate(
            "AssessmentTexts", "Squatting or kneeling, for example to pick something up from the floor"
        ),
        FunctionQuestion.PUT_ON_SOCKS: QCoreApplication.translate("AssessmentTexts", "Putting on socks and shoes"),
        FunctionQuestion.IN_AND_OUT_OF_CAR: QCoreApplication.translate(
            "AssessmentTexts", "Getting in and out of a car"
        ),
        FunctionQuestion.OPEN_JAR: QCoreApplication.translate("AssessmentTexts", "Opening a jar or a bottle"),
        FunctionQuestion.BUTTONS: QCoreApplication.translate("AssessmentTexts", "Doing up buttons"),
        FunctionQuestion.CARRY_BAG: QCoreApplication.translate("AssessmentTexts", "Carrying a full shopping bag"),
        FunctionQuestion.WRITE_OR_CUT: QCoreApplication.translate(
            "AssessmentTexts", "Writing by hand or cutting with a knife"
        ),
    }[question]


def difficulty_name(difficulty: Difficulty) -> str:
    return {
        Difficulty.NONE: QCoreApplication.translate("AssessmentTexts", "Not difficult"),
        Difficulty.SLIGHT: QCoreApplication.translate("AssessmentTexts", "A little difficult"),
        Difficulty.MODERATE: QCoreApplication.translate("AssessmentTexts", "Quite difficult"),
        Difficulty.SEVERE: QCoreApplication.translate("AssessmentTexts", "Very difficult"),
        Difficulty.CANNOT: QCoreApplication.translate("AssessmentTexts", "I cannot do it"),
    }[difficulty]


def activity_name(activity: Activity) -> str:
    return {
        Activity.RARELY: QCoreApplication.translate("AssessmentTexts", "Rarely or never"),
        Activity.ONE_OR_TWO_DAYS: QCoreApplication.translate("AssessmentTexts", "1–2 days a week"),
        Activity.THREE_TO_FIVE_DAYS: QCoreApplication.translate("AssessmentTexts", "3–5 days a week"),
        Activity.MOST_DAYS: QCoreApplication.translate("AssessmentTexts", "Almost every day"),
    }[activity]


def grade_name(grade: NormGrade) -> str:
    return {
        NormGrade.BELOW: QCoreApplication.translate("AssessmentTexts", "below the normal range"),
        NormGrade.WITHIN: QCoreApplication.translate("AssessmentTexts", "within the normal range"),
        NormGrade.ABOVE: QCoreApplication.translate("AssessmentTexts", "above the normal range"),
    }[grade]


def day_name(weekday: int) -> str:
    """Monday is 0, as in Python's date.weekday(); the name in the user's language, with a capital letter."""
    name = QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def number(value: int) -> str:
    return QLocale().toString(value)
