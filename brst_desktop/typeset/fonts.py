"""The bundled faces: where their files are, and one shaping-ready font object per face.

Screen and paper use the same files: the GUI loads :func:`font_files` into Qt's font database,
ReportLab gets them through :func:`register_fonts` (for any code that uses plain ReportLab text)
and the typesetter draws with :class:`~brst_desktop.typeset.glyphfont.GlyphFont` objects made once
per face and cached for the life of the process.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from brst_desktop.resources import resource_path
from brst_desktop.typeset.glyphfont import GlyphFont

#: ReportLab/Qt face name -> file under resources/fonts
FACE_FILES: dict[str, str] = {
    "Sarabun-Regular": "Sarabun-Regular.ttf",
    "Sarabun-Bold": "Sarabun-Bold.ttf",
    "Sarabun-Italic": "Sarabun-Italic.ttf",
    "Sarabun-BoldItalic": "Sarabun-BoldItalic.ttf",
    "DroidSansFallbackFull": "DroidSansFallbackFull.ttf",
}

#: The Chinese face has no bold or italic cut; it is used for every style.
FALLBACK_FACE = "DroidSansFallbackFull"

_register_lock = threading.Lock()
_registered = False


def font_files() -> dict[str, Path]:
    """Face name -> bundled TrueType file, for Qt's ``QFontDatabase.addApplicationFont``."""
    return {name: resource_path("fonts", file) for name, file in FACE_FILES.items()}


def primary_face(bold: bool, italic: bool) -> str:
    """The Sarabun cut for a style: Thai, Latin, digits and punctuation are printed in it."""
    if bold and italic:
        return "Sarabun-BoldItalic"
    if bold:
        return "Sarabun-Bold"
    if italic:
        return "Sarabun-Italic"
    return "Sarabun-Regular"


def register_fonts() -> None:
    """Register the bundled faces with ReportLab under their face names; safe to call often.

    Also registers the Sarabun family so ``<b>``/``<i>`` work for code that uses ReportLab's own
    Paragraph. Text printed through this package does not depend on the registration.
    """
    global _registered
    if _registered:
        return
    with _register_lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, path in font_files().items():
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            "Sarabun",
            normal="Sarabun-Regular",
            bold="Sarabun-Bold",
            italic="Sarabun-Italic",
            boldItalic="Sarabun-BoldItalic",
        )
        _registered = True


_glyph_font_lock = threading.Lock()


@cache
def _glyph_font_cached(name: str) -> GlyphFont:
    return GlyphFont(name, resource_path("fonts", FACE_FILES[name]))


def glyph_font(name: str) -> GlyphFont:
    """The shaping-ready font for a face name; parsed once (Droid Sans Fallback is 4 MB)."""
    with _glyph_font_lock:
        return _glyph_font_cached(name)
