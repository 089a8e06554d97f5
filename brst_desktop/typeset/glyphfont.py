"""A TrueType face that ReportLab embeds by glyph id, with a text layer that gives the source back.

ReportLab's own TrueType path addresses glyphs through Unicode: a glyph that HarfBuzz substituted
(Sarabun's ``uni0E48.narrow`` tone mark over ป) has no code point, so ReportLab invents a
private-use one (``TTFont.hbAddPrivate``) and its ToUnicode map sends it to itself; copying the
printed text then yields U+E000 instead of the tone mark, and several of its drawing paths drop the
substitution altogether. Here the unit of encoding is the pair *(glyph, the source text it
stands for)*, where a glyph is one of the face's or a grapheme's glyphs drawn as one composite
(see subset.py): every pair gets a one-byte code in a 256-code subset, the subset font maps the
code to the glyph, and the ToUnicode CMap maps it to that text. The same glyph used for two
different texts (``n`` alone and ``n`` followed by the space it carries) gets two codes.

:class:`GlyphFont` follows ReportLab's "delayed font" protocol: it enrols itself in
``doc.delayedFonts`` when first used on a document and writes its subsets in ``addObjects`` when the
document is saved, exactly as :class:`reportlab.pdfbase.ttfonts.TTFont` does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from weakref import WeakKeyDictionary

import uharfbuzz
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFontFace

from brst_desktop.typeset.subset import Cluster, GlyphRef, build_subset

_CODES_PER_SUBSET = 256
#: how far glyphs seen for the first time fill a subset; the rest is for glyphs that continue a
#: line in the subset of the glyph before them (see :meth:`GlyphFont.encode_group`)
_FILL_NEW = 240
_TAG_BASE = 900000  # subset tags from JAAAAA up; ReportLab numbers its own from AAAAAA


class GlyphFace(TTFontFace):
    """ReportLab's TrueType parser and subsetter, driven by glyph ids instead of characters."""

    # Set by ReportLab's parser, left out of its type stubs: the file's bytes, and the scale from
    # font units to PDF glyph space (1000 units per em).
    _ttf_data: bytes
    _pdfScale: Callable[[float], float]

    def __init__(self, filename: str) -> None:
        super().__init__(filename)
        #: the font's real cmap (code point -> glyph id), kept for coverage questions
        # ReportLab's parser sets charToGlyph without a type; say what it is.
        self.charToGlyph: dict[int, int]
        self.cmap: dict[int, int] = dict(self.charToGlyph)

    def make_glyph_subset(self, refs: list[GlyphRef]) -> bytes:
        """A TrueType subset whose cmap maps code ``i`` to ``refs[i]`` (see subset.py)."""
        return build_subset(self, refs)

    def glyph_width(self, ref: GlyphRef) -> float:
        """Advance of a glyph or cluster in PDF glyph space (1000 units per em)."""
        if isinstance(ref, Cluster):
            return self._pdfScale(ref.advance)
        return self._pdfScale(self.hmetrics[ref][0])


class _SubsetFont(pdfdoc.PDFTrueTypeFont):
    """The font dictionary of one subset. ReportLab's font object has no constructor arguments:
    it writes whichever of the attributes it lists by name are set, so they are declared here."""

    __Comment__: str
    Name: str
    BaseFont: str
    FirstChar: int
    LastChar: int
    Widths: pdfdoc.PDFArray
    ToUnicode: pdfdoc.PDFObjectReference
    FontDescriptor: pdfdoc.PDFObjectReference


@dataclass
class _DocState:
    """What one document has used of a font: its codes, subsets, and PDF name."""

    internal_name: str
    #: where each (glyph id, text, extra width) was first given a code: (subset, code)
    codes: dict[tuple[GlyphRef, str, int], tuple[int, int]] = field(default_factory=dict)
    subsets: list[list[tuple[GlyphRef, str, int]]] = field(default_factory=list)
    #: per subset, its code for each key it holds (a key may live in several subsets)
    members: list[dict[tuple[GlyphRef, str, int], int]] = field(default_factory=list)

    def add(self, subset: int, key: tuple[GlyphRef, str, int]) -> int:
        entries = self.subsets[subset]
        code = self.members[subset][key] = len(entries)
        entries.append(key)
        return code


def utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(name: str, entries: list[tuple[GlyphRef, str, int]]) -> str:
    """A ToUnicode CMap sending code ``i`` to ``entries[i]``'s text (several characters allowed)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <FF>",
        "endcodespacerange",
    ]
    # a glyph that stands for no text (the nikhahit HarfBuzz splits off SARA AM) maps to the
    # empty string; left unmapped, extractors would fall back to its raw code
    mapped = list(enumerate(text for _gid, text, _extra in entries))
    # a bfchar block may hold at most 100 entries
    for start in range(0, len(mapped), 100):
        block = mapped[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(f"<{code:02X}> <{utf16_hex(text)}>" for code, text in block)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class GlyphFont:
    """One bundled face: HarfBuzz font, coverage, metrics, and PDF embedding by glyph id."""

    _dynamicFont = 1  # tells ReportLab's document to call addObjects at save time

    def __init__(self, name: str, path: Path) -> None:
        self.fontName = name
        self.path = path
        self.face = GlyphFace(str(path))
        self.upem: int = self.face.unitsPerEm
        self.cmap = self.face.cmap
        self.hb_font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(self.face._ttf_data)))
        extents = self.hb_font.get_font_extents("ltr")
        #: ascender and descender (positive) in ems, from hhea as HarfBuzz and Qt read them
        self.ascent: float = extents.ascender / self.upem
        self.descent: float = -extents.descender / self.upem
        self._states: WeakKeyDictionary[object, _DocState] = WeakKeyDictionary()
        self._state_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"GlyphFont({self.fontName!r})"

    def has(self, codepoint: int) -> bool:
        return codepoint in self.cmap

    def _state(self, doc: object) -> _DocState:
        state = self._states.get(doc)
        if state is None:
            fm = doc.fontMapping  # type: ignore[attr-defined]
            internal = "F" + repr(len(fm) + 1)
            fm[f"{self.fontName}#glyphs"] = "/" + internal
            doc.delayedFonts.append(self)  # type: ignore[attr-defined]
            state = self._states[doc] = _DocState(internal)
        return state

    def resource(self, doc: object, subset: int) -> str:
        """The PDF font resource name of one of this font's subsets in ``doc``."""
        return f"/{self._state(doc).internal_name}+{subset}"

    def encode(
        self,
        doc: object,
        ref: GlyphRef,
        text: str,
        extra: int = 0,
        near: int | None = None,
    ) -> tuple[int, int]:
        """Subset number and one-byte code that draw ``ref`` and extract as ``text``.

        ``extra`` (1000 units per em) widens the code's advance in the Widths array without
        touching the outline: the room a justified line adds after a glyph, and the way back
        from a mark that HarfBuzz shifted left, belong to the glyph so that text extractors,
        which read a rightward jump of the pen between two glyphs as a word gap, see none.

        ``near``: see :meth:`encode_group`.
        """
        key = (ref, text, extra)
        # Fast path: most glyphs of a page were coded already. Take exactly the choice
        # encode_group would make for a key that is present, without its lock and bookkeeping
        # (a document is drawn by one thread; only the slow path changes the state).
        state = self._states.get(doc)
        if state is not None:
            if near is None:
                found = state.codes.get(key)
                if found is not None:
                    return found
            elif near < len(state.subsets):
                code = state.members[near].get(key)
                if code is not None:
                    return near, code
        subset, codes = self.encode_group(doc, [key], near)
        return subset, codes[0]

    def encode_group(
        self,
        doc: object,
        keys: list[tuple[GlyphRef, str, int]],
        near: int | None = None,
    ) -> tuple[int, list[int]]:
        """One subset holding every ``(glyph, text, extra)`` of ``keys``, and their codes.

        Each change of subset starts a new text-showing operator, and pdfium judges the text
        of each operator on its own (it sorts operators by position, and reads a gap between
        two as a space). So codes follow the glyph before them: ``near`` (that glyph's subset)
        is used when it holds the keys or has room for them, duplicating a key another subset
        already has. New glyphs fill a subset only to ``_FILL_NEW`` codes, so an older subset
        keeps room for the glyphs that continue a line drawn in it.
        """
        with self._state_lock:
            state = self._state(doc)
            wanted = list(dict.fromkeys(keys))

            def room(subset: int, limit: int) -> bool:
                members = state.members[subset]
                missing = sum(1 for key in wanted if key not in members)
                return len(state.subsets[subset]) + missing <= limit

            chosen = -1
            limit = _CODES_PER_SUBSET
            if near is not None and near < len(state.subsets) and room(near, limit):
                chosen = near
            else:
                home = state.codes.get(wanted[0])
                if home is not None and room(home[0], len(state.subsets[home[0]])):
                    chosen = home[0]  # it has them all
                elif state.subsets and room(len(state.subsets) - 1, _FILL_NEW):
                    chosen = len(state.subsets) - 1
                else:
                    state.subsets.append([])
                    state.members.append({})
                    chosen = len(state.subsets) - 1
            members = state.members[chosen]
            codes = []
            for key in keys:
                code = members.get(key)
                if code is None:
                    code = state.add(chosen, key)
                    state.codes.setdefault(key, (chosen, code))
                codes.append(code)
        return chosen, codes

    def addObjects(self, doc: object) -> None:
        """Write one simple TrueType font per subset, each with widths and a ToUnicode CMap."""
        state = self._states.pop(doc, None)
        if state is None:
            return
        face = self.face
        compress = doc.compression  # type: ignore[attr-defined]
        for number, entries in enumerate(state.subsets):
            internal = f"{state.internal_name}+{number}"
            # a subset tag of our own, so ReportLab's TTFont of the same face (same document)
            # never collides with ours in the document's named objects
            tag = SUBSETN(_TAG_BASE + number)
            base_name = b"".join((tag, b"+", face.name)).decode("pdfdoc")
            refs = [ref for ref, _text, _extra in entries]

            pdf_font = _SubsetFont()
            pdf_font.__Comment__ = f"Font {self.fontName} glyph subset {number}"
            pdf_font.Name = internal
            pdf_font.BaseFont = base_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(entries) - 1
            widths = [face.glyph_width(ref) + extra for ref, _text, extra in entries]
            pdf_font.Widths = pdfdoc.PDFArray(widths)

            cmap_stream = pdfdoc.PDFStream()
            cmap_stream.content = to_unicode_cmap(base_name, entries)
            if compress:
                cmap_stream.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap_stream, "toUnicodeCMap:" + base_name)  # type: ignore[attr-defined]

            font_file = pdfdoc.PDFStream()
            font_file.content = face.make_glyph_subset(refs)
            font_file.dictionary["Length1"] = len(font_file.content)
            if compress:
                font_file.filters = [pdfdoc.PDFZCompress]
            file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({base_name})")  # type: ignore[attr-defined]
            descriptor = pdfdoc.PDFDictionary(
                {
                    "Type": "/FontDescriptor",
                    "Ascent": face.ascent,
                    "CapHeight": face.capHeight,
                    "Descent": face.descent,
                    "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                    "FontBBox": pdfdoc.PDFArray(face.bbox),
                    "FontName": pdfdoc.PDFName(base_name),
                    "ItalicAngle": face.italicAngle,
                    "StemV": face.stemV,
                    "FontFile2": file_ref,
                    "MissingWidth": face.defaultWidth,
                }
            )
            pdf_font.FontDescriptor = doc.Reference(descriptor, "fontDescriptor:" + base_name)  # type: ignore[attr-defined]
            doc.Reference(pdf_font, internal)  # type: ignore[attr-defined]
            doc.idToObject["BasicFonts"].dict[internal] = pdf_font  # type: ignore[attr-defined]
