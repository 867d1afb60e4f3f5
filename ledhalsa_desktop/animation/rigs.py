"""Every rig by name. The hand rig lives in its own module and is looked up only when asked for."""

from __future__ import annotations

import importlib

from ledhalsa_desktop.animation.front_rig import FRONT_RIG
from ledhalsa_desktop.animation.rig import Rig
from ledhalsa_desktop.animation.side_rig import SIDE_RIG

RIGS: dict[str, Rig] = {"side": SIDE_RIG, "front": FRONT_RIG}


def rig_named(name: str) -> Rig:
    """The rig called name ("side", "front" or "hand"); KeyError when there is none such."""
    if name == "hand" and "hand" not in RIGS:
        try:
            module = importlib.import_module("ledhalsa_desktop.animation.hand_rig")
        except ImportError as error:
            raise KeyError("hand") from error
        RIGS["hand"] = module.HAND_RIG
    return RIGS[name]
