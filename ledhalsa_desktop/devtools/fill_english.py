"""The source texts are English, so the English catalogue takes each source text as its translation.

Run by `make translations` after lupdate; Swedish entries are left for a person to translate.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ENGLISH_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "ledhalsa_en.ts"


def fill(path: Path = ENGLISH_TS) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or message.get("numerus") == "yes":
            continue
        if translation.get("type") == "unfinished" or not translation.text:
            translation.text = message.findtext("source")
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    print(f"English texts filled in: {fill()}")
    sys.exit(0)
