"""Multi-script typesetting for the PDF: Thai, Latin and Chinese shaped by HarfBuzz, broken into
lines by Qt's segmenter, and drawn glyph by glyph so marks and the text layer survive.

Headless: imports QtCore only (``QTextBoundaryFinder``), never QtGui or QtWidgets.
"""

from brst_desktop.typeset.drawing import layout_only
from brst_desktop.typeset.fonts import font_files, register_fonts
from brst_desktop.typeset.paragraph import Paragraph, draw_line, paragraphs_of, text_width
from brst_desktop.typeset.style import Span, TextStyle

__all__ = [
    "Paragraph",
    "Span",
    "TextStyle",
    "draw_line",
    "font_files",
    "layout_only",
    "paragraphs_of",
    "register_fonts",
    "text_width",
]
