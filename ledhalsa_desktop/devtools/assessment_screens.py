"""Render every screen of the assessment to PNG: each step, the red-flag stop page, the chair-stand countdown
and the test running, the result page and a retest's result, in Swedish and English at 100 % and 200 % text.

    python -m ledhalsa_desktop.devtools.assessment_screens OUTDIR [--theme high_contrast]

Each screen is saved as shown in a 1280×720 window (`…-window.png`) and as its whole scrolling page
(`…-page.png`), so that nothing below the fold goes unseen.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

from ledhalsa_desktop.core.profile import Profile, Sex
from ledhalsa_desktop.core.settings import Settings, Theme

LANGUAGES = ("sv", "en")
SCALES = (100, 200)
WINDOW_SIZE = (1280, 720)
TODAY = date(2026, 3, 2)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def fill_start(view: object) -> None:
    """Answer the first steps the way a typical person might."""
    from ledhalsa_desktop.core.assessment import Activity, Difficulty, Side
    from ledhalsa_desktop.core.catalogue import Joint

    view.joints.sides[Joint.KNEE].set_value(Side.BOTH)
    view.joints.sides[Joint.HAND].set_value(Side.RIGHT)
    view.joints.most.set_value(Joint.KNEE)
    for choices in view.red_flags.answers.values():
        choices.set_value(False)
    view.pain.pain_now.set_value(3)
    view.pain.pain_week.set_value(5)
    view.activity.activity.set_value(Activity.ONE_OR_TWO_DAYS)
    view.activity.goal.setPlainText("Gå till affären utan att behöva vila.")
    for choices in view.function.choices.values():
        choices.set_value(Difficulty.SLIGHT)


def render(outdir: Path, theme: Theme) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from ledhalsa_desktop.app import make_application
    from ledhalsa_desktop.appstate import AppState, utc_now
    from ledhalsa_desktop.core.assessment import (
        Assessment,
        AssessmentKind,
        ChairStand,
        Difficulty,
        JointChoice,
        RedFlag,
        Side,
        questions_for,
    )
    from ledhalsa_desktop.core.catalogue import Joint
    from ledhalsa_desktop.opening import open_database
    from ledhalsa_desktop.paths import backup_dir, database_path
    from ledhalsa_desktop.ui.appearance import Appearance
    from ledhalsa_desktop.ui.assessment_view import AssessmentView
    from ledhalsa_desktop.ui.i18n import Translations
    from ledhalsa_desktop.ui.startup_dialogs import PrintingAsker
    from ledhalsa_desktop.ui.voice import Voice

    make_application()
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    translations = Translations()
    joints = (JointChoice(Joint.KNEE, Side.BOTH), JointChoice(Joint.HAND, Side.RIGHT))
    first = Assessment(
        kind=AssessmentKind.START,
        taken_on=date(2025, 12, 8),
        joints=joints,
        pain_now=5,
        pain_last_week=6,
        answers={question: Difficulty.MODERATE for question in questions_for([Joint.KNEE, Joint.HAND])},
        red_flags={flag: False for flag in RedFlag},
        birth_year=1951,
        sex=Sex.FEMALE,
        chair_stand=ChairStand(8),
    )
    with tempfile.TemporaryDirectory(prefix="ledhalsa-assessment-screens-") as temp:
        data_dir = Path(temp)
        open_database(database_path(data_dir), backup_dir(data_dir), utc_now(), PrintingAsker())
        profile = Profile(name="Anna", birth_year=1951, sex=Sex.FEMALE)
        for language in LANGUAGES:
            for scale in SCALES:
                settings = Settings(language=language, text_scale=scale, theme=theme)
                appearance = Appearance(AppState(data_dir, settings, profile), translations)
                appearance.apply()
                tag = f"{language}-{scale}-{theme.value}"
                clock = FakeClock()
                view = AssessmentView(appearance, Voice(engine="mock"), clock=clock, today=TODAY)
                view.resize(*WINDOW_SIZE)
                view.show()

                def save(name: str, view: object = view, tag: str = tag) -> None:
                    QApplication.processEvents()
                    for kind, widget in (("window", view), ("page", view.current_step)):
                        path = outdir / f"assessment-{name}-{kind}-{tag}.png"
                        widget.grab().save(str(path))
                        written.append(path)

                fill_start(view)
                for name in view.screens:
                    if name in ("stop", "result"):
                        continue
                    number = view.step_number(name)
                    view.go_to(name)
                    if name == "function":
                        view.function.set_questions(questions_for([Joint.KNEE, Joint.HAND]))
                    for test in (view.chair_stand, view.balance):
                        test.driver.pause()
                        test.canvas.set_time(1.4)  # the figure mid-movement rather than at rest
                    save(f"{number:02d}-{name}")
                view.go_to("about")
                view.about.year_edit.setText("19a")
                view.about.sex.set_value(None)
                view.next()
                save("01-about-errors")
                view.about.year_edit.setText("1951")
                view.about.sex.set_value(Sex.FEMALE)

                view.red_flags.answers[RedFlag.CHEST_PAIN_ON_EXERTION].set_value(True)
                view.red_flags.answers[RedFlag.INJURY_OR_RAPID_WORSENING].set_value(True)
                view.go_to("red_flags")
                view.next()
                save("03b-stop-emergency")
                view.next()
                save("03c-stop-not-approved")
                view.red_flags.answers[RedFlag.CHEST_PAIN_ON_EXERTION].set_value(False)
                view.go_to("red_flags")
                view.next()
                save("03d-stop-soon")
                view.stop_page.approved.setChecked(True)
                view.red_flags.answers[RedFlag.INJURY_OR_RAPID_WORSENING].set_value(False)

                view.go_to("chair_stand")
                view.chair_stand.start()
                clock.now += 1.2
                view.chair_stand.tick()
                save("07b-chair-countdown")
                clock.now += 12.0
                view.chair_stand.tick()
                for _ in range(6):
                    view.chair_stand.count_stand()
                save("07c-chair-running")
                clock.now += 30.0
                view.chair_stand.tick()
                view.chair_stand.arms.setChecked(False)
                save("07d-chair-done")
                view.chair_stand.arms.setChecked(True)
                save("07e-chair-arms")
                view.chair_stand.arms.setChecked(False)
                view.chair_stand.count_field.set_value(11)

                view.go_to("balance")
                view.balance.start()
                clock.now += 9.5
                view.balance.tick()
                save("08b-balance-running")
                view.balance.stop()
                save("08c-balance-done")

                view.go_to("activity")
                view.next()
                view.next()
                view.next()
                save("09-result")
                view.result_page.days.set_days([2])
                view.next()
                save("09b-result-days-error")

                retest = AssessmentView(
                    appearance,
                    Voice(engine="mock"),
                    retest_of=first,
                    kind=AssessmentKind.WEEK_6,
                    clock=clock,
                    today=TODAY,
                )
                retest.resize(*WINDOW_SIZE)
                retest.show()
                save("r1-pain", retest)
                retest.pain.pain_now.set_value(2)
                retest.pain.pain_week.set_value(3)
                for question in retest.function.shown:
                    retest.function.choices[question].set_value(Difficulty.SLIGHT)
                retest.next()
                retest.next()
                save("r3-chair", retest)
                retest.chair_stand.type_result()
                retest.chair_stand.count_field.set_value(10)
                retest.next()
                save("r4-result", retest)
                for widget in (view, retest):
                    widget.close()
                    widget.deleteLater()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--theme", choices=[theme.value for theme in Theme], default=Theme.NORMAL.value)
    args = parser.parse_args()
    written = render(args.outdir, Theme(args.theme))
    print(f"assessment screens: {len(written)} pictures in {args.outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
