"""A guard against a reference-count fault in PySide6 6.12 on Python 3.11.

There, every Qt method that returns nothing hands Python a None it has not counted, so each call takes one
reference from None (methods returning a bool do the same with True and False). Python 3.12 and later make
these immortal and do not care; on 3.11 a few thousand calls (a few hundred painted frames) use up None's
references and the interpreter aborts ("none_dealloc").
Giving None a vast number of references makes it as good as immortal, as it is in later Pythons.
"""

from __future__ import annotations

import ctypes
import sys

ENOUGH = 1 << 40


def keep_none_alive() -> None:
    """Make None, True and False effectively immortal on Pythons before 3.12 (the count is the object's first field)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for constant in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(constant))
        if count.value < ENOUGH // 2:
            count.value += ENOUGH
