"""What every section needs while it builds its part of the story: the content, the language,
the paper and styles, page numbers from the previous layout pass, anchors and warnings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO
from typing import Any, TypeVar

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from brst_desktop.core import photos
from brst_desktop.core.models import BookLanguage, BookSection
from brst_desktop.export.advice import BookWarning, both
from brst_desktop.export.content import BookContent, EventInfo, PersonInfo
from brst_desktop.export.edition import ChangeSheet
from brst_desktop.export.flowables import Anchor, PageMark, Photo, PhotoPlaceholder
from brst_desktop.export.language import Language, Words
from brst_desktop.export.names import NameMarker, people_of, titled_name
from brst_desktop.export.styles import Paper, Styles
from brst_desktop.export.times import EventTimes, event_times
from brst_desktop.typeset import Paragraph, Span, TextStyle, paragraphs_of

#: Photos are printed at most this many pixels on their long side (about 300 dpi at 35 mm).
PHOTO_PIXELS = 420

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class TocEntry:
    key: str
    title: str
    level: int


@dataclass
class RenderContext:
    content: BookContent
    language: Language
    paper: Paper
    styles: Styles
    edition: int
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
    _photos: dict[Any, Any] = field(default_factory=dict)
    _names: NameMarker | None = None

    # -- passes ------------------------------------------------------------------------------
    def start_pass(self) -> None:
        self.drawn = {}
        self.marks = {}

    def page_number(self, key: str) -> str:
        """The page an anchor was drawn on in the previous pass ("00" before there was one)."""
        page = self.pages.get(key)
        return self.language.number(page) if page else "00"

    def _record(self, key: str, page: int) -> None:
        self.drawn.setdefault(key, page)

    def mark(self, key: str) -> PageMark:
        """A zero-size flowable recording its page in :attr:`marks` (not in the contents)."""
        return PageMark(key, self._record_mark)

    def _record_mark(self, key: str, page: int) -> None:
        self.marks.setdefault(key, page)

    def warn(self, message: BookWarning) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # -- text --------------------------------------------------------------------------------
    def pick(self, words: Words, sep: str = "\n") -> str:
        return self.language.pick(words.th, words.en, sep)

    def label(self, key: str) -> str:
        return self.language.label(key)

    def spans(
        self,
        text: str,
        *,
        bold: bool | None = None,
        color: str | None = None,
        whole_name: bool = False,
    ) -> list[Span]:
        """``text`` with every person's name in it kept together on a line (see names.py);
        ``whole_name`` for a name as printed by :meth:`person_name`."""
        if self._names is None:
            self._names = NameMarker(people_of(self.content))
        return self._names.spans(text, bold=bold, color=color, whole_name=whole_name)

    def para(self, text: str, style: TextStyle | None = None) -> Paragraph:
        """Any printed text: literal, with the names in it never broken inside a word."""
        return Paragraph(self.spans(text), style or self.styles.body)

    def name_para(self, text: str, style: TextStyle | None = None) -> Paragraph:
        """A paragraph that is a person's name (or a list of names)."""
        return Paragraph(self.spans(text, whole_name=True), style or self.styles.body)

    def paras(self, words: Words, style: TextStyle | None = None) -> list[Flowable]:
        """The book's form of a text as paragraphs, one per blank-line-separated block."""
        text = self.pick(words, "\n\n")
        style = style or self.styles.body
        return [self.para(block.strip("\n"), style) for block in paragraphs_of(text)]

    def bullets(self, words: Words) -> list[Flowable]:
        """One bullet per line (objectives are stored one per line)."""
        return [
            self.para(f"•\u00a0{text}", self.styles.bullet) for text in self._bullet_lines(words)
        ]

    def _bullet_lines(self, words: Words) -> list[str]:
        th = [line.strip() for line in words.th.splitlines() if line.strip()]
        en = [line.strip() for line in words.en.splitlines() if line.strip()]
        code = self.language.code
        if code is BookLanguage.THAI:
            return th or en
        if code is BookLanguage.ENGLISH:
            return en or th
        if len(th) == len(en):
            return [t if t == e else f"{t}\n{e}" for t, e in zip(th, en, strict=True)]
        return th + en

    def labelled(self, label: str, text: str, style: TextStyle | None = None) -> Paragraph | None:
        """``Venue: Yuelai International Convention Center``, the label in bold; None if empty."""
        if not text.strip():
            return None
        return Paragraph(
            [Span(f"{label}: ", bold=True), *self.spans(text.strip())], style or self.styles.body
        )

    def labelled_names(
        self, label: str, names: list[str], style: TextStyle | None = None
    ) -> Paragraph | None:
        """``Participants: A, B, C``: each name kept together, lines ending between them."""
        names = [n for n in names if n.strip()]
        if not names:
            return None
        spans = [Span(f"{label}: ", bold=True)]
        for index, name in enumerate(names):
            if index:
                spans.append(Span(", "))
            spans += self.spans(name, whole_name=True)
        return Paragraph(spans, style or self.styles.body)

    def anchor(self, key: str, title: str, level: int) -> Anchor:
        self.toc.append(TocEntry(key, title, level))
        return Anchor(key, title.replace("\n", " / "), level, self._record)

    def heading(self, key: str, title: str) -> list[Flowable]:
        """A section title: bookmark, outline entry and contents line."""
        return [self._room(), self.anchor(key, title, 0), self.para(title, self.styles.h1)]

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
        if not items:
            return []
        out = self.heading(section, self.language.section(section))
        for index, item in enumerate(items):
            if index and page_each:
                out.append(PageBreak())
            out += entry(self, item)
        return out

    def subheading(
        self, key: str | None, title: str, style: TextStyle | None = None
    ) -> list[Flowable]:
        heading = self.para(title, style or self.styles.h2)
        if key is None:
            return [self._room(), heading]
        return [self._room(), self.anchor(key, title, 1), heading]

    def _room(self) -> CondPageBreak:
        # A heading needs a few lines under it on the same page. Not keepWithNext: that wraps
        # heading and table in a KeepTogether, which moves a long table whole to the next page.
        return CondPageBreak(self.styles.base * 9)

    # -- people and times --------------------------------------------------------------------
    def person_name(
        self, person: PersonInfo, *, honorific: bool = True, native: bool = True
    ) -> str:
        """``ฯพณฯ หยิน เหอจวิ้น (阴和俊)`` / ``H.E. Yin Hejun (阴和俊)``."""

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
        text = self.language.pick(th, en, " / ")
        if native and person.native and person.native not in text:
            text = f"{text} ({person.native})"
        return text

    def times(self, event: EventInfo) -> EventTimes:
        return event_times(
            self.language,
            event.starts_at,
            event.ends_at,
            event.timezone,
            event.end_timezone,
            self.content.trip.home_timezone,
        )

    # -- photos ------------------------------------------------------------------------------
    def photo(self, person: PersonInfo, width: float, height: float) -> Flowable:
        """The person's photo, or a neutral placeholder (and a warning) if it cannot be read."""
        reader = self._photo_reader(person)
        if reader is None:
            caption = self.language.label("no_photo")
            return PhotoPlaceholder(width, height, caption, self.styles.cell_muted)
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


def _decode_photo(data: bytes) -> Any:
    """Check the image fully (within the bounds every picture has, see core/photos) and make a
    print-sized JPEG of it (embedded as is, no re-encoding by ReportLab, so sixty photos keep
    the PDF small and the export fast). Raises PhotoRefused for a picture that is not kept."""
    from PIL import Image, ImageOps
    from reportlab.lib.utils import ImageReader

    decoded = photos.decode(data, draft_side=PHOTO_PIXELS)
    image = decoded.image
    small_jpeg = (
        decoded.format == "JPEG"
        and max(decoded.width, decoded.height) <= PHOTO_PIXELS
        and image.mode in ("RGB", "L")
        and image.getexif().get(0x0112, 1) == 1
    )
    if small_jpeg:
        return ImageReader(BytesIO(data))
    # Scaled down first: the conversions below then copy a print-sized picture, not the source.
    image.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
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
