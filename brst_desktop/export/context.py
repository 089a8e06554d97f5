"""What every section needs while it builds its part of the story: the content, the language,
the paper and styles, page numbers from the previous layout pass, anchors and warnings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from io import BytesIO
from typing import Any, TypeVar

from reportlab.platypus import Flowable, PageBreak

from brst_desktop.core import photos
from brst_desktop.core.models import BookLanguage, BookSection
from brst_desktop.export.advice import BookWarning, both
from brst_desktop.export.content import BookContent, EventInfo, PersonInfo
from brst_desktop.export.edition import ChangeSheet
from brst_desktop.export.flowables import (
    Anchor,
    KeepWithNext,
    LinkedParagraph,
    PageMark,
    PageReference,
    Photo,
    PhotoPlaceholder,
    Place,
    PlaceMark,
    fit_text,
    grid_table,
)
from brst_desktop.export.language import Language, Printed, Words
from brst_desktop.export.names import NameMarker, people_of, titled_name
from brst_desktop.export.styles import BENEATH_COLOR, Paper, Styles
from brst_desktop.export.times import EventTimes, event_times, programme_zones
from brst_desktop.typeset import Paragraph, Span, TextStyle, paragraphs_of, text_width

#: Photos are printed at most this many pixels on their long side (about 300 dpi at 35 mm).
PHOTO_PIXELS = 420
#: The emblem is printed larger and sharper (about 600 dpi at 40 mm).
EMBLEM_PIXELS = 1000

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class TocEntry:
    key: str
    title: Printed
    level: int


def _bullet(text: str) -> str:
    return f"•\u00a0{text}"


def _link_forms(person: PersonInfo) -> list[str]:
    """The forms of a person's name a link is put on: the full Thai, English and native."""
    forms = [person.name.th.strip(), person.name.en.strip(), person.native.strip()]
    return [f for f in forms if len(f) >= 2]


@dataclass
class RenderContext:
    content: BookContent
    language: Language
    paper: Paper
    styles: Styles
    #: the edition this export records; None for a draft (a preview, or ``--no-edition``)
    edition: int | None
    as_of: datetime
    changes: ChangeSheet | None = None
    #: anchor key -> page, from the previous pass (empty in the first)
    pages: dict[str, int] = field(default_factory=dict)
    total_pages: int = 0
    #: filled while the current pass draws
    drawn: dict[str, int] = field(default_factory=dict)
    #: page of each :class:`PageMark` (where a part ends), from the pass that drew last
    marks: dict[str, int] = field(default_factory=dict)
    toc: list[TocEntry] = field(default_factory=list)
    warnings: list[BookWarning] = field(default_factory=list)
    #: numbered copies of a classified book: (this copy, of how many); None: not numbered
    copy: tuple[int, int] | None = None
    #: several copies in one PDF: each copy's destinations get their own names
    copy_prefix: str = ""
    #: the first page of the current copy in a PDF that holds several (page numbers restart)
    copy_first_page: int = 1
    #: 1 in a PDF that holds several copies: each copy's bookmarks go under its own
    outline_shift: int = 0
    #: anchor keys a link may point at (the biographies and meeting briefs this book prints)
    targets: set[str] = field(default_factory=set)
    _photos: dict[Any, Any] = field(default_factory=dict)
    _names: NameMarker | None = None
    _part_start: int | None = None
    _link_pattern: re.Pattern[str] | None = None
    _link_forms: dict[str, str] = field(default_factory=dict)
    #: measurements a part makes once for the whole book (column widths)
    memo: dict[Any, Any] = field(default_factory=dict)
    #: the places (a part, a meeting brief) open where the layout is, the innermost last
    _places: list[Place] = field(default_factory=list)
    #: what the running head of the page being laid out names: the place open at its top, or
    #: the innermost that opened on it
    page_place: Place | None = None

    # -- passes ------------------------------------------------------------------------------
    def start_pass(self) -> None:
        self.drawn = {}
        self.marks = {}
        self._places = []
        self.page_place = None

    # -- places: what a page continues and its running head names ----------------------------
    def enter(self, place: Place) -> None:
        self._places.append(place)
        if self.page_place is None or self.page_place in self._places[:-1]:
            self.page_place = place  # a brief opening under its part's heading: the brief

    def leave(self, place: Place) -> None:
        if place in self._places:
            del self._places[self._places.index(place) :]

    def page_begins(self) -> None:
        self.page_place = self._places[-1] if self._places else None

    def continued_heading(self) -> list[Flowable]:
        """The heading a page opens with when the innermost open place runs onto it."""
        if not self._places or self._places[-1].heading is None:
            return []
        return self._places[-1].heading()

    def continued(self, text: Printed) -> Printed:
        """``<text> (ต่อ)`` / ``<text> (continued)``, both lines in a bilingual book."""
        more = self.label("continued")
        return Printed(
            f"{text.main} {more.main}", f"{text.beneath} {more.beneath}" if text.beneath else ""
        )

    def continued_line(self, text: Printed, style: TextStyle) -> Printed:
        """``<text> (ต่อ)`` on one line (each language), the title shortened at a word if it
        must be: a reminder of where the page is, not the whole heading again (an agreement's
        four-line title repeated over four lines of text)."""
        more = self.label("continued")
        width = self.paper.frame_width

        def one(line: str, words: str, line_style: TextStyle) -> str:
            room = width - text_width(f" {words}", line_style)
            return f"{fit_text(line.replace(chr(10), ' '), line_style, room)} {words}"

        beneath = ""
        if text.beneath:
            beneath = one(text.beneath, more.beneath, self.styles.beneath(style))
        return Printed(one(text.main, more.main, style), beneath)

    def placed(
        self,
        running: Printed,
        flowables: Sequence[Flowable],
        heading: tuple[Printed, TextStyle] | None = None,
    ) -> list[Flowable]:
        """``flowables`` as a place the running head names ``running``; ``heading`` (a title
        and its style): a page they run onto opens with that title marked continued."""
        make = None
        if heading is not None:
            title, style = heading

            def make() -> list[Flowable]:
                return self.heading_flowables(self.continued_line(title, style), style)

        place = Place(running.main.replace("\n", " "), make)
        return [
            PlaceMark(place, opens=True, sink=self),
            *flowables,
            PlaceMark(place, opens=False, sink=self),
        ]

    def page_number(self, key: str) -> str:
        """The page an anchor was drawn on in the previous pass ("00" before there was one)."""
        page = self.pages.get(key)
        return self.language.number(page) if page else "00"

    def dest(self, key: str) -> str:
        return f"{self.copy_prefix}{key}"

    def record(self, key: str, page: int) -> None:
        self.drawn.setdefault(key, page - self.copy_first_page + 1)

    def mark(self, key: str) -> PageMark:
        """A zero-size flowable recording its page in :attr:`marks` (not in the contents)."""
        return PageMark(key, self._record_mark)

    def _record_mark(self, key: str, page: int) -> None:
        self.marks.setdefault(key, page - self.copy_first_page + 1)

    def warn(self, message: BookWarning) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # -- text --------------------------------------------------------------------------------
    def text(self, words: Words) -> Printed:
        """The book's form of a Thai/English pair (see :meth:`Language.text`)."""
        return self.language.text(words.th, words.en)

    def label(self, key: str) -> Printed:
        return self.language.label(key)

    def spans(
        self,
        text: str | Printed,
        *,
        bold: bool | None = None,
        color: str | None = None,
        whole_name: bool = False,
    ) -> list[Span]:
        """``text`` with every person's name in it kept together on a line (see names.py);
        ``whole_name`` for a name as printed by :meth:`person_name`. A bilingual text gets its
        English on the next line in the lighter colour; a borrowed one says so."""
        if self._names is None:
            self._names = NameMarker(people_of(self.content))
        marker = self._names
        if isinstance(text, str):
            return marker.spans(text, bold=bold, color=color, whole_name=whole_name)
        out = marker.spans(text.main, bold=bold, color=color, whole_name=whole_name)
        if text.borrowed:
            out.append(Span(f" {self.language.borrowed_note()}", bold=False, color=BENEATH_COLOR))
        if text.beneath:
            out.append(Span("\n"))
            out += marker.spans(
                text.beneath, bold=False, color=BENEATH_COLOR, whole_name=whole_name
            )
        return out

    def para(
        self, text: str | Printed, style: TextStyle | None = None, *, bold: bool | None = None
    ) -> Paragraph:
        """Any printed text: literal, with the names in it never broken inside a word, and
        linked to their biographies."""
        return self.linked(Paragraph(self.spans(text, bold=bold), style or self.styles.body))

    def name_para(
        self, text: str | Printed, style: TextStyle | None = None, *, link: str | None = None
    ) -> Paragraph:
        """A paragraph that is a person's name (or a list of names); ``link``: the anchor it
        leads to."""
        paragraph = Paragraph(self.spans(text, whole_name=True), style or self.styles.body)
        if link is not None and link in self.targets:
            main = text.main if isinstance(text, Printed) else text
            return LinkedParagraph.of(paragraph, {main: link}, self)
        return paragraph

    def linked(self, paragraph: Paragraph) -> Paragraph:
        """Links every name of a person with a biography in this book to it (and keeps an
        English beneath its Thai, see :func:`_bonded`)."""
        _bonded(paragraph)
        if self._link_pattern is None:
            forms: dict[str, str] = {}
            for person in self.content.biographies:
                key = f"person:{person.id}"
                if key in self.targets:
                    forms.update((form, key) for form in _link_forms(person))
            self._link_forms = forms
            ordered = sorted(forms, key=lambda f: (-len(f), f))
            self._link_pattern = re.compile("|".join(map(re.escape, ordered)) or "(?!)")
        found = {m.group(): self._link_forms[m.group()] for m in self._link_pattern.finditer(
            paragraph.text)}  # fmt: skip
        return LinkedParagraph.of(paragraph, found, self) if found else paragraph

    def page_reference(self, words: Printed, key: str, style: TextStyle) -> PageReference:
        """``… หน้า 12`` (and the English beneath in a bilingual book), a link to ``key``."""
        return PageReference(
            words.main, key, self.page_number, style, self, beneath=words.beneath,
            beneath_color=BENEATH_COLOR,
        )  # fmt: skip

    def heading_flowables(self, text: Printed, style: TextStyle) -> list[Flowable]:
        """A heading; in a bilingual book the English beneath it, smaller and lighter."""
        out: list[Flowable] = [Paragraph(self.spans(text.main), style)]
        if text.beneath:
            out[0] = Paragraph(self.spans(text.main), replace(style, space_after=0))
            beneath = self.styles.beneath(style)
            out.append(Paragraph(self.spans(text.beneath), beneath))
        return out

    def paras(self, words: Words, style: TextStyle | None = None) -> list[Flowable]:
        """A long text as paragraphs, one per blank-line-separated block. In a bilingual book
        each Thai block is followed by its English (when the blocks pair up), in the lighter
        colour."""
        style = style or self.styles.body
        printed = self.text(words)
        blocks = [Printed(b.strip("\n")) for b in paragraphs_of(printed.main)]
        if printed.borrowed and blocks:
            blocks[-1] = Printed(blocks[-1].main, borrowed=True)
        under = [b.strip("\n") for b in paragraphs_of(printed.beneath)] if printed.beneath else []
        if under and len(under) == len(blocks):
            return [
                self.para(Printed(th.main, en), style) for th, en in zip(blocks, under, strict=True)
            ]
        light = replace(style, color=BENEATH_COLOR)
        out: list[Flowable] = [self.para(b, style) for b in blocks]
        return out + [self.para(b, light) for b in under]

    def bullets(self, words: Words) -> list[Flowable]:
        """One bullet per line (objectives are stored one per line)."""
        return [self.para(line.map(_bullet), self.styles.bullet) for line in self.lines(words)]

    def lines(self, words: Words) -> list[Printed]:
        """The lines of a text stored one item per line, paired Thai/English when they pair."""
        th = [line.strip() for line in words.th.splitlines() if line.strip()]
        en = [line.strip() for line in words.en.splitlines() if line.strip()]
        code = self.language.code
        if code is BookLanguage.THAI:
            return [Printed(t) for t in th] or [Printed(e, borrowed=True) for e in en]
        if code is BookLanguage.ENGLISH:
            return [Printed(e) for e in en] or [Printed(t, borrowed=True) for t in th]
        if len(th) == len(en):
            return [Printed(t, e if e != t else "") for t, e in zip(th, en, strict=True)]
        return [Printed(t) for t in th] + [Printed(e) for e in en]

    def labelled(
        self, key: str, value: str | Printed, style: TextStyle | None = None
    ) -> Paragraph | None:
        """``Venue: Yuelai International Convention Center``, the label in bold; None if
        empty. Bilingual: the English label and value on the line beneath, lighter."""
        printed = value if isinstance(value, Printed) else Printed(value.strip())
        if not printed.main.strip():
            return None
        label = self.label(key)
        spans = [Span(f"{label.main}", bold=True)]
        if label.beneath and not printed.beneath:
            spans.append(Span(f" {label.beneath}", bold=False, color=BENEATH_COLOR))
        spans.append(Span(": ", bold=True, label=True))
        spans += self.spans(printed.main)
        if printed.borrowed:
            spans.append(Span(f" {self.language.borrowed_note()}", color=BENEATH_COLOR))
        if printed.beneath:
            spans.append(Span("\n"))
            spans.append(
                Span(f"{label.beneath or label.main}: ", bold=True, color=BENEATH_COLOR, label=True)
            )
            spans += self.spans(printed.beneath, bold=False, color=BENEATH_COLOR)
        return self.linked(Paragraph(spans, style or self.styles.body))

    def labelled_names(
        self, key: str, names: list[Printed], style: TextStyle | None = None
    ) -> Paragraph | None:
        """``Participants: A, B, C``: each name kept together, lines ending between them. In a
        bilingual book each name is given in Thai (the English is in the delegation list)."""
        names = [n for n in names if n.main.strip()]
        if not names:
            return None
        label = self.label(key)
        spans = [Span(label.main, bold=True)]
        if label.beneath:
            spans.append(Span(f" {label.beneath}", bold=False, color=BENEATH_COLOR))
        spans.append(Span(": ", bold=True, label=True))
        for index, name in enumerate(names):
            if index:
                spans.append(Span(", "))
            spans += self.spans(name.main, whole_name=True)
        return self.linked(Paragraph(spans, style or self.styles.body))

    def begin_part(self) -> None:
        """A part of the book starts: its title goes before the entries its body adds to the
        contents (the body is built before the heading that goes on top of it)."""
        self._part_start = len(self.toc)

    def anchor(self, key: str, title: Printed | str, level: int) -> Anchor:
        text = title if isinstance(title, Printed) else Printed(title)
        entry = TocEntry(key, text, level)
        if level == 0 and self._part_start is not None:
            self.toc.insert(self._part_start, entry)
            self._part_start = None
        else:
            self.toc.append(entry)
        return Anchor(key, text.flat().replace("\n", " "), level, self)

    def keep(
        self, heading: Sequence[Flowable], follower: Sequence[Flowable], whole_up_to: float = 0.0
    ) -> list[Flowable]:
        """``heading`` with a guard that keeps it on the page of ``follower``'s first lines
        (of all of it when no taller than ``whole_up_to``)."""
        return [KeepWithNext(heading, follower, whole_up_to), *heading]

    def heading(self, key: str, title: Printed) -> list[Flowable]:
        """A section title: bookmark, outline entry and contents line."""
        return [self.anchor(key, title, 0), *self.heading_flowables(title, self.styles.h1)]

    def section(
        self,
        section: BookSection,
        parts: Sequence[Flowable],
        title: Printed | None = None,
        *,
        continued: bool = False,
    ) -> list[Flowable]:
        """A part of the book under its heading (nothing when it has nothing to print); the
        running head names it. ``continued``: a page it runs onto opens with its heading
        marked ``(ต่อ)`` (a part whose entries carry no heading of their own: the contents)."""
        if not parts:
            return []
        title = title or self.language.section(section)
        head = self.heading(section, title)
        again = (title, self.styles.h1) if continued else None
        return [*self.keep(head, parts), *self.placed(title, parts, again)]

    def entries(
        self,
        section: BookSection,
        items: Sequence[T],
        entry: Callable[[RenderContext, T], list[Flowable]],
        *,
        page_each: bool = False,
    ) -> list[Flowable]:
        """A section of one entry per item under its heading, or nothing when there are no
        items; ``page_each``: every entry after the first starts a new page."""
        out: list[Flowable] = []
        for index, item in enumerate(items):
            if index and page_each:
                out.append(PageBreak())
            out += entry(self, item)
        return self.section(section, out)

    def subheading(
        self,
        key: str | None,
        title: Printed | str,
        style: TextStyle | None = None,
        *,
        level: int = 1,
    ) -> list[Flowable]:
        """A heading inside a part; give it its follower with :meth:`keep`."""
        text = title if isinstance(title, Printed) else Printed(title)
        out = self.heading_flowables(text, style or self.styles.h2)
        if key is None:
            return out
        return [self.anchor(key, text, level), *out]

    def block(
        self,
        key: str | None,
        title: Printed | str,
        body: Sequence[Flowable],
        style: TextStyle | None = None,
        *,
        level: int = 1,
        continued: bool = False,
    ) -> list[Flowable]:
        """A subheading and what it heads, kept together at least for the first lines.
        ``continued``: an entry the running head names (a meeting brief), and a page it runs
        onto opens with its title marked ``(ต่อ)``."""
        if not body:
            return []
        if not continued:
            return [*self.keep(self.subheading(key, title, style, level=level), body), *body]
        # an entry of a third of a page or less is not parted: it goes whole to the next page
        # rather than leave a few lines there under its title (ต่อ)
        paper = self.paper
        third = (paper.height - paper.top_margin - paper.bottom_margin) / 3
        head = self.keep(self.subheading(key, title, style, level=level), body, third)
        text = title if isinstance(title, Printed) else Printed(title)
        return [*head, *self.placed(text, body, (text, style or self.styles.h2))]

    def table_block(
        self,
        title: Printed | str,
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        style: TextStyle | None = None,
        *,
        carry: Sequence[object] | None = None,
    ) -> list[Flowable]:
        """A table under its subheading, the heading its first row: a page the table runs
        onto opens with the heading marked ``(ต่อ)`` / ``(continued)`` above the column heads,
        and the heading never stays behind without a row. ``carry``: see BookTable."""
        style = style or self.styles.h2
        text = title if isinstance(title, Printed) else Printed(title)
        table = grid_table(
            rows,
            widths,
            title=self.heading_flowables(text, style),
            continued_title=self.heading_flowables(self.continued(text), style),
            carry=carry,
        )
        table.spaceBefore = style.space_before
        # the heading, the column heads and the first row (a short table whole) on one page
        return [KeepWithNext([], [table]), table]

    # -- people and times --------------------------------------------------------------------
    def person_name(
        self, person: PersonInfo, *, honorific: bool = True, native: bool = True
    ) -> Printed:
        """``ฯพณฯ หยิน เหอจวิ้น (阴和俊)`` / ``H.E. Yin Hejun (阴和俊)``; bilingual: the English
        form beneath the Thai."""
        th = (
            titled_name(person.honorific.th, person.name.th, thai=True)
            if honorific
            else person.name.th
        )
        en = (
            titled_name(person.honorific.en, person.name.en, thai=False)
            if honorific
            else person.name.en
        )
        text = self.language.text(th, en)
        # a name is not "borrowed" prose: a person without a Thai name is printed as written
        text = Printed(text.main, text.beneath)
        if native and person.native and person.native not in text.main:
            text = Printed(f"{text.main} ({person.native})", text.beneath)
        return text

    def times(self, event: EventInfo) -> EventTimes:
        return event_times(
            event.starts_at,
            event.ends_at,
            event.timezone,
            event.end_timezone,
            self.content.trip.home_timezone,
        )

    def zones(self) -> tuple[str, ...]:
        """The clocks the programme prints: destination, then home."""
        trip = self.content.trip
        return programme_zones(
            trip.destination_timezone,
            trip.home_timezone,
            ((e.timezone, e.starts_at) for e in self.content.programme),
        )

    # -- photos ------------------------------------------------------------------------------
    def photo(self, person: PersonInfo, width: float, height: float) -> Flowable:
        """The person's photo, or a neutral placeholder (and a warning) if it cannot be read."""
        reader = self._photo_reader(person)
        if reader is None:
            caption = self.language.label("no_photo").main
            return PhotoPlaceholder(width, height, caption, self.styles.cell_muted)
        return Photo(reader, width, height)

    def emblem(self, width: float) -> Flowable | None:
        """The office's emblem, ``width`` wide (its height from its proportions), or None."""
        data = self.content.emblem
        if data is None:
            return None
        if "emblem" not in self._photos:
            try:
                self._photos["emblem"] = _decode_photo(data.data, side=EMBLEM_PIXELS)
            except Exception:  # refused, or odd metadata: the cover is printed without it
                self.warn(
                    BookWarning(
                        "The office's emblem could not be read (damaged or not an image); the"
                        " cover was printed without it."
                    )
                )
                self._photos["emblem"] = None
        reader = self._photos["emblem"]
        if reader is None:
            return None
        pixels_w, pixels_h = reader.getSize()
        height = min(width * pixels_h / max(pixels_w, 1), width * 1.2)
        return Photo(reader, width, height)

    def _photo_reader(self, person: PersonInfo) -> Any | None:
        photo = person.photo
        if photo is None:
            return None
        if photo.id in self._photos:
            return self._photos[photo.id]
        reader = None
        try:
            reader = _decode_photo(photo.data)
        except Exception:  # refused, or odd metadata: one photo never fails the whole book
            name = both(person.name.th, person.name.en)
            self.warn(
                BookWarning(
                    "The photo of {name} could not be read (damaged or not an image); a"
                    " placeholder was printed instead.",
                    name=both(name.th or person.native, name.en or person.native),
                )
            )
        self._photos[photo.id] = reader
        return reader


def _decode_photo(data: bytes, *, side: int = PHOTO_PIXELS) -> Any:
    """Check the image fully (within the bounds every picture has, see core/photos) and make a
    print-sized JPEG of it (embedded as is, no re-encoding by ReportLab, so sixty photos keep
    the PDF small and the export fast). Raises PhotoRefused for a picture that is not kept."""
    from PIL import Image, ImageOps
    from reportlab.lib.utils import ImageReader

    decoded = photos.decode(data, draft_side=side)
    image = decoded.image
    small_jpeg = (
        decoded.format == "JPEG"
        and max(decoded.width, decoded.height) <= side
        and image.mode in ("RGB", "L")
        and image.getexif().get(0x0112, 1) == 1
    )
    if small_jpeg:
        return ImageReader(BytesIO(data))
    # Scaled down first: the conversions below then copy a print-sized picture, not the source.
    image.thumbnail((side, side))
    picture = ImageOps.exif_transpose(image)
    if picture.mode in ("RGBA", "LA", "P", "PA"):
        picture = picture.convert("RGBA")
        flat = Image.new("RGB", picture.size, "white")
        flat.paste(picture, mask=picture.getchannel("A"))
        picture = flat
    elif picture.mode not in ("RGB", "L"):
        picture = picture.convert("RGB")
    out = BytesIO()
    picture.save(out, "JPEG", quality=85)
    out.seek(0)
    return ImageReader(out)


def _bonded(paragraph: Paragraph) -> Paragraph:
    """The English beneath a Thai text starts no page: a page break between them would print
    the English alone at the top of the next page, away from the Thai it translates."""
    content = paragraph._content
    if isinstance(content, str):
        return paragraph
    offsets, at = [], 0
    for span in content:
        at += len(span.text)
        if span.text == "\n":
            offsets.append(at)
    paragraph.bonded = tuple(offsets)
    return paragraph
