"""Writing a PDF whole or not at all: drawn into a temporary file beside the target, which then takes its place."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPdfWriter

from ledhalsa_desktop import __version__

PDF_DPI = 300


def write_pdf_file(path: Path, layout: QPageLayout, title: str, draw: Callable[[QPdfWriter], int]) -> int:
    """draw(writer) onto a new PDF at path (300 dpi, the page layout, the title); returns what draw returns, the
    number of pages. On any failure the target is left as it was and the temporary file removed."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(layout)
        writer.setTitle(title)
        writer.setCreator(f"Ledhälsa {__version__}")
        pages = draw(writer)
        del writer  # closes the file
        os.replace(temporary, path)
        return pages
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
