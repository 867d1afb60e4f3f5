"""The assessment wizard on its own: each step's checks and messages, Back, the red-flag stop page, the timed
tests on a fake clock, the result sentences, retests, and UX.md's rules on every screen in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QWidget

from ledhalsa_desktop.core.assessment import (
    RED_FLAGS,
    Activity,
    Assessment,
    AssessmentKind,
    ChairStand,
    Difficulty,
    FunctionQuestion,
    JointChoice,
    RedFlag,
    Side,
    questions_for,
)
from ledhalsa_desktop.core.catalogue import Joint
from ledhalsa_desktop.core.profile import Profile, Sex
from ledhalsa_desktop.ui import assessment_result as result
from ledhalsa_desktop.ui.appearance import Appearance
from ledhalsa_desktop.ui.assessment_view import AssessmentOutcome, AssessmentView
from ledhalsa_desktop.ui.balance_test import BalancePhase
from ledhalsa_desktop.ui.chair_stand_test import StandPhase
from ledhalsa_desktop.ui.voice import Voice
from tests.ui.test_accessibility import MIN_TARGET, accessible_name, shown_interactive
from tests.ui.test_translations import catalogue, messages, shown_texts

TODAY = date(2026, 3, 2)
BORN = 1950  # 76 on TODAY: the chair-stand band 75–79 (women 10–15, men 11–17)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_view(
    qtbot,  # noqa: ANN001
    make_state,  # noqa: ANN001
    *,
    language: str = "en",
    profile: Profile | None = None,
    retest_of: Assessment | None = None,
    kind: AssessmentKind = AssessmentKind.START,
    **settings: object,
) -> tuple[AssessmentView, FakeClock]:
    state = make_state(language=language, welcome_completed=True, **settings)
    if profile is not None:
        state.profile = profile
    appearance = Appearance(state)
    appearance.apply()
    clock = FakeClock()
    view = AssessmentView(appearance, Voice(engine="mock"), retest_of=retest_of, kind=kind, clock=clock, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view, clock


def click(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer(view: AssessmentView) -> None:
    """Answer whatever the current screen asks that is still unanswered, the way a typical person might."""
    screen = view.screen
    if screen == "about":
        if not view.about.year_edit.text():
            view.about.year_edit.setText(str(BORN))
        if view.about.sex.value() is None:
            view.about.sex.set_value(Sex.FEMALE)
    elif screen == "joints" and not view.joints.chosen():
        view.joints.sides[Joint.KNEE].set_value(Side.LEFT)
    elif screen == "red_flags":
        for choices in view.red_flags.answers.values():
            if choices.value() is None:
                choices.set_value(False)
    elif screen == "stop":
        view.stop_page.approved.setChecked(True)
    elif screen == "pain":
        for scale, value in ((view.pain.pain_now, 2), (view.pain.pain_week, 4)):
            if scale.value() is None:
                scale.set_value(value)
    elif screen == "function":
        for question in view.function.shown:
            if view.function.choices[question].value() is None:
                view.function.choices[question].set_value(Difficulty.SLIGHT)
    elif screen == "activity" and view.activity.activity.value() is None:
        view.activity.activity.set_value(Activity.THREE_TO_FIVE_DAYS)
    elif screen == "chair_stand" and view.chair_stand.phase is StandPhase.INTRO:
        view.chair_stand.type_result()
        view.chair_stand.count_field.set_value(12)


def run_to(view: AssessmentView, screen: str) -> None:
    for _ in range(20):
        if view.screen == screen:
            return
        answer(view)
        view.next()
    raise AssertionError(f"never reached {screen}, stuck at {view.screen}")


def finish(view: AssessmentView) -> AssessmentOutcome:
    seen: list[AssessmentOutcome] = []
    view.finished.connect(seen.append)
    run_to(view, "result")
    view.next()
    assert len(seen) == 1
    return seen[0]


def focused(qtbot, widget: QWidget) -> bool:  # noqa: ANN001
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget or widget.isAncestorOf(QApplication.focusWidget()))
    return True


# step 1: about you
def test_each_step_says_where_you_are_and_the_first_is_filled_from_the_profile(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state, language="sv", profile=Profile(birth_year=1948, sex=Sex.MALE))
    assert view.progress.text() == "Steg 1 av 8"
    assert view.about.year_edit.text() == "1948"
    assert view.about.sex.value() is Sex.MALE
    view.next()
    assert view.screen == "joints" and view.progress.text() == "Steg 2 av 8"


def test_about_you_needs_a_year_or_an_age_and_a_choice_of_sex(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    click(qtbot, view.next_button)
    assert view.screen == "about"
    assert view.about.year_error.isVisible()
    assert "year of birth" in view.about.year_error.text()
    assert view.about.sex_error.isVisible()
    assert focused(qtbot, view.about.year_edit), "the focus goes to the first problem"
    view.about.year_edit.setText("19x")
    view.about.sex.set_value(Sex.UNSPECIFIED)
    click(qtbot, view.next_button)
    assert "Write only digits" in view.about.year_error.text()
    assert not view.about.sex_error.isVisible()
    view.about.year_edit.setText("2020")
    click(qtbot, view.next_button)
    assert "for adults" in view.about.year_error.text()
    view.about.year_edit.setText("73")
    click(qtbot, view.next_button)
    assert view.screen == "joints"
    assert view.about.birth_year() == TODAY.year - 73
    assert view.about.chosen_sex() is Sex.UNSPECIFIED


# step 2: joints
def test_joints_need_one_and_which_bothers_most_when_several(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "joints")
    assert not view.joints.most_box.isVisible()
    click(qtbot, view.next_button)
    assert view.screen == "joints" and view.joints.joints_error.isVisible()
    assert focused(qtbot, view.joints.sides[Joint.KNEE].focus_button())
    click(qtbot, view.joints.sides[Joint.KNEE].buttons[3])  # both knees
    assert not view.joints.joints_error.isVisible()
    click(qtbot, view.joints.sides[Joint.HAND].buttons[2])  # right hand
    assert view.joints.most_box.isVisible()
    assert [b.isVisibleTo(view.joints.most) for b in view.joints.most.buttons] == [True, False, True]
    click(qtbot, view.next_button)
    assert view.joints.most_error.isVisible() and "bothers you most" in view.joints.most_error.text()
    click(qtbot, view.joints.most.buttons[2])  # the hand bothers most
    assert view.joints.joint_choices() == (JointChoice(Joint.HAND, Side.RIGHT), JointChoice(Joint.KNEE, Side.BOTH))
    click(qtbot, view.next_button)
    assert view.screen == "red_flags"


# step 3: red flags and the stop page
def test_every_red_flag_needs_an_answer(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "red_flags")
    view.red_flags.answers[RedFlag.HOT_SWOLLEN_JOINT].set_value(False)
    click(qtbot, view.next_button)
    assert view.screen == "red_flags"
    assert not view.red_flags.flag_errors[RedFlag.HOT_SWOLLEN_JOINT].isVisible()
    assert all(view.red_flags.flag_errors[flag].isVisible() for flag in RED_FLAGS[1:])
    assert focused(qtbot, view.red_flags.answers[RED_FLAGS[1]].focus_button())


@pytest.mark.parametrize(
    ("flag", "words"),
    [
        (RedFlag.CHEST_PAIN_ON_EXERTION, "112"),
        (RedFlag.HOT_SWOLLEN_JOINT, "today"),
        (RedFlag.LONG_MORNING_STIFFNESS, "before you start"),
    ],
)
def test_a_yes_leads_to_a_stop_page_that_says_what_to_do(qtbot, make_state, flag: RedFlag, words: str) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "red_flags")
    for each in RED_FLAGS:
        view.red_flags.answers[each].set_value(each is flag)
    click(qtbot, view.next_button)
    assert view.screen == "stop"
    assert view.progress.text() == "Step 3 of 8"
    assert words in view.stop_page.title.text() + view.stop_page.intro.text()
    assert view.next_button.text() == "Go on with the assessment"
    assert view.next_button.property("role") == "", "closing is the main action here"


def test_no_way_on_from_the_stop_page_without_the_approval(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "red_flags")
    answer(view)
    view.red_flags.answers[RedFlag.RECENT_SURGERY_OR_INJECTION].set_value(True)
    view.next()
    click(qtbot, view.next_button)
    assert view.screen == "stop" and view.stop_page.approved_error.isVisible()
    assert focused(qtbot, view.stop_page.approved)
    qtbot.mouseClick(view.stop_page.approved, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert not view.stop_page.approved_error.isVisible()
    click(qtbot, view.next_button)
    assert view.screen == "pain"
    click(qtbot, view.back_button)
    assert view.screen == "stop" and view.stop_page.approved.isChecked()
    outcome = finish(view)
    assert outcome.assessment.cleared_by_clinician
    assert outcome.assessment.red_flags_found == (RedFlag.RECENT_SURGERY_OR_INJECTION,)


def test_the_stop_page_closes_the_assessment(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "red_flags")
    answer(view)
    view.red_flags.answers[RedFlag.CHEST_PAIN_ON_EXERTION].set_value(True)
    with qtbot.waitSignal(view.red_flags_stopped) as told:
        view.next()
    assert told.args == [(RedFlag.CHEST_PAIN_ON_EXERTION,)]
    with qtbot.waitSignal(view.cancelled):
        click(qtbot, view.stop_page.close_button)


def test_without_red_flags_back_from_pain_skips_the_stop_page(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "pain")
    click(qtbot, view.back_button)
    assert view.screen == "red_flags"


# step 4 and 5: pain and function
def test_both_pain_questions_need_a_number(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "pain")
    click(qtbot, view.pain.pain_week.buttons[5])
    click(qtbot, view.next_button)
    assert view.screen == "pain"
    assert view.pain.pain_now.error.isVisible() and not view.pain.pain_week.error.isVisible()
    assert focused(qtbot, view.pain.pain_now.buttons[0])
    qtbot.keyClick(view.pain.pain_now.buttons[0], Qt.Key.Key_Right)
    qtbot.keyClick(view.pain.pain_now.buttons[1], Qt.Key.Key_Space)
    click(qtbot, view.next_button)
    assert view.screen == "function"


def test_the_function_questions_follow_the_joints_chosen(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "joints")
    view.joints.sides[Joint.HIP].set_value(Side.RIGHT)
    view.joints.sides[Joint.HAND].set_value(Side.BOTH)
    view.joints.most.set_value(Joint.HAND)
    run_to(view, "function")
    assert view.function.shown == questions_for([Joint.HAND, Joint.HIP])
    assert all(view.function.frames[q].isVisible() for q in view.function.shown)
    assert not view.function.frames[FunctionQuestion.WALK_15_MINUTES].isVisible()
    first = view.function.shown[0]
    for question in view.function.shown[1:]:
        view.function.choices[question].set_value(Difficulty.MODERATE)
    click(qtbot, view.next_button)
    assert view.screen == "function" and view.function.question_errors[first].isVisible()
    assert [b.text() for b in view.function.choices[first].buttons] == [
        "Not difficult",
        "A little difficult",
        "Quite difficult",
        "Very difficult",
        "I cannot do it",
    ]
    click(qtbot, view.function.choices[first].buttons[4])
    click(qtbot, view.next_button)
    assert view.screen == "activity"


# step 6: activity and goal
def test_activity_is_asked_and_the_goal_is_optional_but_not_too_long(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "activity")
    click(qtbot, view.next_button)
    assert view.screen == "activity" and view.activity.activity_error.isVisible()
    view.activity.activity.set_value(Activity.RARELY)
    view.activity.goal.setPlainText("x" * 305)
    assert view.activity.counter.text() == "305 of at most 300 characters"
    click(qtbot, view.next_button)
    assert view.screen == "activity" and "5 characters too long" in view.activity.goal_error.text()
    assert focused(qtbot, view.activity.goal)
    assert view.activity.goal.toPlainText() == "x" * 305, "nothing typed is lost"
    view.activity.goal.setPlainText("  Walk to   the shop  ")
    click(qtbot, view.next_button)
    assert view.screen == "chair_stand"
    assert finish(view).assessment.goal == "Walk to the shop"


# step 7: the chair stand test
def test_the_chair_stand_test_counts_down_times_30_seconds_and_counts(qtbot, make_state) -> None:
    view, clock = make_view(qtbot, make_state)
    run_to(view, "chair_stand")
    test = view.chair_stand
    assert test.canvas.animation.name == "sit_to_stand_arms_crossed"
    click(qtbot, test.start_button)
    assert test.phase is StandPhase.COUNTDOWN and test.time_label.text() == "3"
    assert not test.count_button.isVisible()
    assert test.timer.isActive()
    clock.now += 1.0
    test.tick()
    assert test.time_label.text() == "2"
    clock.now += 2.0
    test.tick()
    assert test.phase is StandPhase.RUNNING and test.time_label.text() == "30"
    assert test.count_button.isVisible()
    assert "Start! Stand up and sit down." in view.voice.spoken
    click(qtbot, test.count_button)
    click(qtbot, test.count_button)
    clock.now += 10.2
    test.tick()
    assert test.time_label.text() == "20"
    assert test.count_label.text() == "Stands: 2"
    click(qtbot, view.next_button)
    assert view.screen == "chair_stand" and "still running" in test.run_error.text()
    clock.now += 20.0
    test.tick()
    assert test.phase is StandPhase.DONE and not test.timer.isActive()
    assert view.voice.spoken[-1] == "Stop. Sit down and rest."
    assert test.count_field.value() == 2
    test.count_field.plus.click()
    assert test.result() == ChairStand(3)
    click(qtbot, view.next_button)
    assert view.screen == "balance"


def test_space_counts_a_stand_wherever_the_focus_is_in_the_test(qtbot, make_state) -> None:
    view, clock = make_view(qtbot, make_state)
    run_to(view, "chair_stand")
    test = view.chair_stand
    test.start()
    clock.now += 3.0
    test.tick()
    assert focused(qtbot, test.count_button)
    qtbot.keyClick(test.count_button, Qt.Key.Key_Space)
    test.stop_button.setFocus()
    assert focused(qtbot, test.stop_button)
    qtbot.keyClick(test.stop_button, Qt.Key.Key_Space)
    assert test.stands == 2 and test.phase is StandPhase.RUNNING, "Space never stops the test by mistake"


def test_the_test_can_be_stopped_and_started_again(qtbot, make_state) -> None:
    view, clock = make_view(qtbot, make_state)
    run_to(view, "chair_stand")
    test = view.chair_stand
    test.start()
    clock.now += 5.0
    test.tick()
    test.count_stand()
    click(qtbot, test.stop_button)
    assert test.phase is StandPhase.INTRO and test.stopped_note.isVisible() and not test.timer.isActive()
    clock.now += 600.0  # nothing happens while the person takes their time
    test.tick()
    assert test.phase is StandPhase.INTRO
    click(qtbot, test.start_button)
    assert test.phase is StandPhase.COUNTDOWN and test.stands == 0


def test_needing_the_arms_scores_zero(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "chair_stand")
    click(qtbot, view.chair_stand.manual_button)
    view.chair_stand.count_field.set_value(9)
    qtbot.mouseClick(view.chair_stand.arms, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert view.chair_stand.arms_note.isVisible()
    outcome = finish(view)
    assert outcome.assessment.chair_stand == ChairStand(9, used_arms=True)
    assert outcome.assessment.chair_stand.score == 0
    assert "needed your arms" in view.result_page.chair.text.text()


def test_the_chair_stand_test_can_be_skipped_but_not_forgotten(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "chair_stand")
    click(qtbot, view.next_button)
    assert view.screen == "chair_stand" and view.chair_stand.intro_error.isVisible()
    assert focused(qtbot, view.chair_stand.start_button)
    click(qtbot, view.chair_stand.skip_button)
    assert view.screen == "balance", "skipping goes on by itself"
    click(qtbot, view.back_button)
    assert view.chair_stand.phase is StandPhase.SKIPPED and view.chair_stand.result() is None
    outcome = finish(view)
    assert outcome.assessment.chair_stand is None
    assert "skipped the chair stand test" in view.result_page.start.text.text()


# step 8: balance
def test_the_balance_clock_stops_at_30_seconds_or_on_stop(qtbot, make_state) -> None:
    view, clock = make_view(qtbot, make_state)
    run_to(view, "balance")
    test = view.balance
    click(qtbot, test.start_button)
    clock.now += 3.0
    test.tick()
    assert test.phase is BalancePhase.RUNNING
    clock.now += 12.7
    test.tick()
    assert test.time_label.text() == "12"
    qtbot.keyClick(test.stop_button, Qt.Key.Key_Space)
    assert test.phase is BalancePhase.DONE and test.result() == 12
    click(qtbot, test.again_button)
    click(qtbot, test.start_button)
    clock.now += 40.0
    test.tick()
    assert test.phase is BalancePhase.DONE and test.result() == 30
    click(qtbot, test.again_button)
    click(qtbot, test.skip_button)
    assert view.screen == "result"
    assert finish(view).assessment.balance_seconds is None


# the result page
def assessment(stands: int | None = 12, *, sex: Sex | None = Sex.FEMALE, pain_now: int = 2, **changes) -> Assessment:  # noqa: ANN003
    joints = (JointChoice(Joint.KNEE, Side.BOTH),)
    values = {
        "kind": AssessmentKind.START,
        "taken_on": TODAY,
        "joints": joints,
        "pain_now": pain_now,
        "pain_last_week": 5,
        "answers": {q: Difficulty.SLIGHT for q in questions_for([Joint.KNEE])},
        "red_flags": {flag: False for flag in RED_FLAGS},
        "birth_year": BORN,
        "sex": sex,
        "chair_stand": None if stands is None else ChairStand(stands),
    }
    values.update(changes)
    return Assessment(**values)


@pytest.mark.parametrize(
    ("stands", "sex", "words"),
    [
        (8, Sex.FEMALE, "below the normal range"),
        (12, Sex.FEMALE, "within the normal range"),
        (16, Sex.FEMALE, "above the normal range"),
        (16, Sex.MALE, "within the normal range"),
    ],
)
def test_chair_stands_against_the_norm_for_age_and_sex(qapp, stands: int, sex: Sex, words: str) -> None:
    sentence = result.chair_stand_sentence(assessment(stands, sex=sex))
    assert f"You stood up {stands} times in 30 seconds." in sentence
    assert words in sentence
    group, low, high = ("women", 10, 15) if sex is Sex.FEMALE else ("men", 11, 17)
    assert f"For {group} aged 75–79, the normal range is {low}–{high} times." in sentence


def test_without_a_sex_the_norm_covers_both(qapp) -> None:
    sentence = result.chair_stand_sentence(assessment(16, sex=Sex.UNSPECIFIED))
    assert "For women and men aged 75–79, the normal range is 10–17 times." in sentence


def test_the_starting_level_and_why(qapp) -> None:
    fit = assessment(12)
    assert result.starting_level(fit) == 2
    assert result.level_sentence(fit, 2).startswith("You start at level 2")
    held_back = assessment(8, pain_now=5)
    assert result.starting_level(held_back) == 1
    sentence = result.level_sentence(held_back, 1)
    assert "below the normal range" in sentence and "pain right now is above 3" in sentence
    assert "fairly difficult" not in sentence


def test_the_function_score_in_words(qapp) -> None:
    assert "75 out of 100" in result.function_sentence(75)
    assert "a little difficult" in result.function_sentence(75)
    assert "very hard" in result.function_sentence(10)


def test_the_result_page_and_the_training_days(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "result")
    page = view.result_page
    assert view.progress.text() == "" and view.next_button.text() == "Create my program"
    assert "2 out of 10" in page.pain.text.text()
    assert "within the normal range" in page.chair.text.text()
    assert "weeks 6 and 12" in page.next_steps.text.text()
    assert page.training_days() == (0, 2, 4)
    assert [b.text() for b in page.days.buttons][:2] == ["Monday", "Tuesday"]
    click(qtbot, page.days.buttons[0])
    click(qtbot, page.days.buttons[2])
    seen: list[AssessmentOutcome] = []
    view.finished.connect(seen.append)
    click(qtbot, view.next_button)
    assert not seen and page.days_error.isVisible() and "at least 2 days" in page.days_error.text()
    qtbot.waitUntil(lambda: not page.days_error.visibleRegion().isEmpty())  # scrolled into sight
    assert focused(qtbot, page.days.buttons[0])
    click(qtbot, page.days.buttons[5])
    assert not page.days_error.isVisible()
    click(qtbot, view.next_button)
    assert seen[0].training_days == (4, 5)
    assert seen[0].assessment.kind is AssessmentKind.START
    assert seen[0].assessment.taken_on == TODAY


def test_back_always_works_and_keeps_every_answer(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state)
    run_to(view, "result")
    before = view.assessment()
    while view.screen != "about":
        click(qtbot, view.back_button)
    assert view.about.year_edit.text() == str(BORN)
    run_to(view, "result")
    assert view.assessment() == before


def test_cancel_on_the_first_step(qtbot, make_state, monkeypatch) -> None:
    view, _ = make_view(qtbot, make_state)
    assert view.back_button.text() == "Cancel"
    with qtbot.waitSignal(view.cancelled):
        click(qtbot, view.back_button)
    run_to(view, "joints")
    click(qtbot, view.back_button)
    asked: list[bool] = []
    monkeypatch.setattr(view, "confirm_cancel", lambda: asked.append(True) or False)
    with qtbot.assertNotEmitted(view.cancelled):
        click(qtbot, view.back_button)
    assert asked, "answers beyond the first step are not thrown away without asking"


# retests
def test_a_retest_asks_pain_function_and_chair_stands_and_compares(qtbot, make_state) -> None:
    start = assessment(10, pain_now=4, pain_last_week=6)
    view, _ = make_view(qtbot, make_state, retest_of=start, kind=AssessmentKind.WEEK_6)
    assert view.screens == ("pain", "function", "chair_stand", "result")
    assert view.progress.text() == "Step 1 of 3"
    assert "week 6" in view.pain.intro.text()
    view.pain.pain_now.set_value(2)
    view.pain.pain_week.set_value(3)
    view.next()
    assert view.function.shown == questions_for([Joint.KNEE])
    for question in view.function.shown:
        view.function.choices[question].set_value(Difficulty.NONE)
    view.next()
    assert view.progress.text() == "Step 3 of 3"
    view.chair_stand.type_result()
    view.chair_stand.count_field.set_value(12)
    view.next()
    assert view.screen == "result" and view.next_button.text() == "Save the result"
    page = view.result_page
    assert "6 at the start and is 3 now" in page.pain.text.text() and "50 per cent" in page.pain.text.text()
    assert "no certain change" in page.chair.text.text()
    seen: list[AssessmentOutcome] = []
    view.finished.connect(seen.append)
    view.next()
    retest = seen[0].assessment
    assert seen[0].training_days == ()
    assert retest.kind is AssessmentKind.WEEK_6
    assert (retest.joints, retest.birth_year, retest.sex) == (start.joints, start.birth_year, start.sex)


def test_a_retest_change_of_three_stands_is_a_real_one(qapp) -> None:
    start = assessment(10)
    better = assessment(13, kind=AssessmentKind.WEEK_12, red_flags={})
    worse = assessment(7, kind=AssessmentKind.WEEK_12, red_flags={})
    assert "a real improvement" in result.comparison_sentences(start, better)[2]
    assert "3 fewer" in result.comparison_sentences(start, worse)[2]
    skipped = assessment(None, kind=AssessmentKind.WEEK_12, red_flags={})
    assert "cannot be compared" in result.comparison_sentences(start, skipped)[2]


def test_a_retest_needs_the_start_assessment(qtbot, make_state) -> None:
    with pytest.raises(ValueError):
        make_view(qtbot, make_state, kind=AssessmentKind.WEEK_12)


# every screen: names, sizes, 200 %, Swedish
def every_screen(view: AssessmentView, clock: FakeClock) -> Iterator[str]:
    def shown(name: str) -> str:
        QApplication.processEvents()
        return name

    for name in ("about", "joints", "red_flags", "pain", "function", "activity", "chair_stand", "balance"):
        run_to(view, name)
        yield shown(name)
    view.go_to("joints")
    view.joints.sides[Joint.HAND].set_value(Side.BOTH)
    view.joints.most.set_value(Joint.HAND)
    yield shown("joints, two chosen")
    view.go_to("about")
    view.about.year_edit.setText("x")
    view.next()
    yield shown("about, with a message")
    view.about.year_edit.setText(str(BORN))
    run_to(view, "red_flags")
    view.red_flags.answers[RedFlag.CHEST_PAIN_ON_EXERTION].set_value(True)
    view.next()
    view.next()
    yield shown("stop page, with a message")
    view.red_flags.answers[RedFlag.CHEST_PAIN_ON_EXERTION].set_value(False)
    run_to(view, "chair_stand")
    view.chair_stand.start()
    yield shown("chair stand countdown")
    clock.now += 3.0
    view.chair_stand.tick()
    yield shown("chair stand running")
    clock.now += 30.0
    view.chair_stand.tick()
    view.chair_stand.arms.setChecked(True)
    yield shown("chair stand result")
    run_to(view, "balance")
    view.balance.start()
    clock.now += 3.0
    view.balance.tick()
    yield shown("balance running")
    view.balance.stop()
    yield shown("balance result")
    run_to(view, "result")
    yield shown("result")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_control_has_a_name_and_room(qtbot, make_state, language: str) -> None:
    view, clock = make_view(qtbot, make_state, language=language)
    problems = []
    for screen in every_screen(view, clock):
        for widget in shown_interactive(view):
            label = f"{screen}: {type(widget).__name__} {accessible_name(widget)!r}"
            if not accessible_name(widget).strip():
                problems.append(f"{label} has no accessible name")
            if widget.width() < MIN_TARGET or widget.height() < MIN_TARGET:
                problems.append(f"{label} is {widget.width()}x{widget.height()}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_nothing_is_cut_off_at_200_per_cent(qtbot, make_state, language: str) -> None:
    view, clock = make_view(qtbot, make_state, language=language, text_scale=200)
    problems = []
    for screen in every_screen(view, clock):
        for area in view.findChildren(QAbstractScrollArea):
            if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
                problems.append(f"{screen}: sideways scrolling needed")
        for widget in shown_interactive(view):
            needed = widget.sizeHint() if isinstance(widget, QPushButton) else widget.minimumSizeHint()
            if widget.width() < needed.width() - 1:
                problems.append(f"{screen}: {accessible_name(widget)!r} is squeezed")
    assert not problems, "\n".join(problems)


def test_no_english_is_left_on_the_swedish_screens(qtbot, make_state) -> None:
    english_only = {
        source
        for (_, source), message in messages(catalogue("sv")).items()
        if message.findtext("translation") != source and "%1" not in source
    }
    view, clock = make_view(qtbot, make_state, language="sv")
    leftovers = []
    for screen in every_screen(view, clock):
        leftovers += [f"{screen}: {text!r}" for text in shown_texts(view) if text in english_only]
    assert not leftovers
    assert view.next_button.text() == "Skapa mitt program"


def test_the_language_can_change_on_any_step(qtbot, make_state) -> None:
    view, _ = make_view(qtbot, make_state, language="en")
    run_to(view, "pain")
    view.appearance.set_language("sv")
    QApplication.processEvents()
    assert view.progress.text() == "Steg 4 av 8"
    assert view.pain.pain_now.buttons[0].accessibleName() == "0, ingen smärta"
    assert view.back_button.text() == "Tillbaka"


def test_in_the_window_back_and_next_stay_in_sight_at_200_per_cent(make_window) -> None:
    window = make_window(first_view="assessment", language="sv", text_scale=200, welcome_completed=True)
    view = window.view("assessment")
    for screen in ("about", "pain", "function"):
        run_to(view, screen)
        QApplication.processEvents()
        assert window.areas["assessment"].verticalScrollBar().maximum() == 0, f"{screen}: the window scrolls"
        assert view.next_button.visibleRegion().boundingRect() == view.next_button.rect(), screen
        assert view.back_button.visibleRegion().boundingRect() == view.back_button.rect(), screen
