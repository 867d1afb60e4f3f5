"""The colours of the exercise figure, its props and its arrow, in the normal and the high-contrast theme."""

from __future__ import annotations

from dataclasses import dataclass

from ledhalsa_desktop.core.settings import Theme


@dataclass(frozen=True)
class FigureStyle:
    background: str
    floor: str
    outline: str
    skin: str
    skin_shade: str
    hair: str
    shirt: str
    trousers: str
    shoes: str
    working: str
    prop: str
    prop_shade: str
    arrow: str


FIGURE_STYLES: dict[Theme, FigureStyle] = {
    Theme.NORMAL: FigureStyle(
        background="#FFFFFF",
        floor="#8A8378",
        outline="#3A3632",
        skin="#E8B894",
        skin_shade="#CF9A74",
        hair="#9A9A9A",
        shirt="#3C7DB3",
        trousers="#3F4A5A",
        shoes="#2B2B2B",
        working="#E0703A",
        prop="#B9A58A",
        prop_shade="#8E7B63",
        arrow="#B83A00",
    ),
    Theme.HIGH_CONTRAST: FigureStyle(
        background="#000000",
        floor="#FFFFFF",
        outline="#FFFFFF",
        skin="#F2C9A5",
        skin_shade="#D9A27A",
        hair="#DDDDDD",
        shirt="#4FA3FF",
        trousers="#9BA8BA",
        shoes="#777777",
        working="#FFE600",
        prop="#7A6A55",
        prop_shade="#B9A58A",
        arrow="#00E5FF",
    ),
}
