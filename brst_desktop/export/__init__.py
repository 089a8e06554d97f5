"""The briefing book as a PDF: every part a delegation needs, in Thai, English or both.

Headless (no Qt widgets): the GUI calls :func:`export_book` / :func:`render_book` from a worker
thread, the ``export`` sub-command calls the same functions.
"""

from brst_desktop.export.book import (
    ExportResult,
    RenderedBook,
    export_book,
    render_book,
    render_content,
    save_edition,
)
from brst_desktop.export.content import BookNotFoundError
from brst_desktop.export.protection import PdfPasswordError, check_password
from brst_desktop.export.target import ExportTargetError

__all__ = [
    "BookNotFoundError",
    "ExportResult",
    "ExportTargetError",
    "PdfPasswordError",
    "RenderedBook",
    "check_password",
    "export_book",
    "render_book",
    "render_content",
    "save_edition",
]
