"""Clean user text and cut it into runs, each printed in a face that has its characters.

Font choice follows Qt's own fallback so that screen and paper agree: the style's Sarabun cut
for every character it has (Thai, Latin, digits, punctuation), Droid Sans Fallback for the rest
(Han, CJK punctuation, kana, Hangul...). A combining mark stays in the face of its base so the
two are shaped together. A character no bundled face has stays in Sarabun, where HarfBuzz maps
it to the .notdef glyph (a hollow box): visible on paper, and the text layer still holds it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from brst_desktop.typeset.fonts import FALLBACK_FACE, glyph_font, primary_face

_LINE_SEPARATORS = {"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n", "\t": " "}
_JOINERS = {0x200C, 0x200D}  # ZWNJ, ZWJ belong to the cluster around them


def clean_text(text: str) -> str:
    """Normalise line ends to ``\\n``, tabs to spaces, and drop other control characters.

    Lone surrogates (possible from a broken clipboard) become U+FFFD. Only C0/C1 controls are
    dropped: format characters (ZWSP, ZWJ, bidi marks) are meaningful and HarfBuzz hides them.
    """
    if text.isascii() and text.isprintable():
        return text
    text = text.replace("\r\n", "\n")
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if code < 0x20 or 0x7F <= code <= 0x9F or ch in _LINE_SEPARATORS:
            if ch == "\n":
                out.append(ch)
            else:
                replacement = _LINE_SEPARATORS.get(ch)
                if replacement:
                    out.append(replacement)
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


@cache
def is_mark(ch: str) -> bool:
    """A character that attaches to the one before it (combining mark or joiner)."""
    return (
        unicodedata.category(ch) in ("Mn", "Mc", "Me")
        or ord(ch) in _JOINERS
        or (0xFE00 <= ord(ch) <= 0xFE0F)
    )


@dataclass(frozen=True, slots=True)
class Run:
    """Characters ``[start, end)`` of the paragraph, one face, one span (style)."""

    start: int
    end: int
    face: str
    span: int


def itemize(
    text: str, span_of: Sequence[int], bold_italic: Sequence[tuple[bool, bool]]
) -> list[Run]:
    """Runs of ``text`` split at span changes, face changes and line feeds (which get no glyph).

    ``span_of[i]`` is the span index of character ``i``; ``bold_italic[span]`` its style.
    """
    fallback = glyph_font(FALLBACK_FACE)
    runs: list[Run] = []
    run_start = 0
    run_face = ""
    run_span = -1
    primaries: dict[int, tuple[str, object]] = {}
    for i, ch in enumerate(text):
        span = span_of[i]
        if ch == "\n":
            if run_face:
                runs.append(Run(run_start, i, run_face, run_span))
            run_face = ""
            continue
        if span not in primaries:
            name = primary_face(*bold_italic[span])
            primaries[span] = (name, glyph_font(name))
        primary_name, primary = primaries[span]
        code = ord(ch)
        if run_face and span == run_span and is_mark(ch):
            continue  # stays with its base
        if primary.has(code):  # type: ignore[attr-defined]
            face = primary_name
        elif fallback.has(code):
            face = FALLBACK_FACE
        else:
            face = primary_name
        if face != run_face or span != run_span:
            if run_face:
                runs.append(Run(run_start, i, run_face, run_span))
            run_start, run_face, run_span = i, face, span
    if run_face:
        runs.append(Run(run_start, len(text), run_face, run_span))
    return runs
