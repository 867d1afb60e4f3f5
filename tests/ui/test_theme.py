from __future__ import annotations

import pytest

from ledhalsa_desktop.core.settings import Theme
from ledhalsa_desktop.ui.contrast import contrast_ratio
from ledhalsa_desktop.ui.theme import THEMES, point_size, style_sheet


def test_contrast_ratio_of_known_pairs() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", list(Theme))
def test_every_text_colour_reaches_7_to_1(theme: Theme) -> None:
    weak = {
        name: round(contrast_ratio(fg, bg), 2)
        for name, (fg, bg) in THEMES[theme].text_pairs().items()
        if contrast_ratio(fg, bg) < 7
    }
    assert not weak


@pytest.mark.parametrize("theme", list(Theme))
def test_borders_and_focus_ring_reach_3_to_1(theme: Theme) -> None:
    weak = {
        name: round(contrast_ratio(fg, bg), 2)
        for name, (fg, bg) in THEMES[theme].outline_pairs().items()
        if contrast_ratio(fg, bg) < 3
    }
    assert not weak


def test_body_text_is_14_points_at_100_and_28_at_200() -> None:
    assert point_size(100) == 14
    assert point_size(200) == 28
    sheet = style_sheet(THEMES[Theme.NORMAL], 100)
    assert "font-size: 14pt" in sheet
    assert "min-height: 44px" in sheet
    assert "min-height: 56px" in sheet
