"""Rendering a book and exporting it: the public entry points of :mod:`brst_desktop.export`.

``render_book`` gives the PDF bytes (the GUI's live preview); ``export_book`` also writes the
file atomically and records the edition. Both read the database in one short session, then lay
out pages with no session open, so the GUI can call them from a worker thread.

Layout runs in passes: the first finds on which page each part starts and how many pages there
are; the next prints the contents' page numbers and ``x / y`` with them. A third pass runs only
if the numbers changed the layout (they are given the width of two digits in the first).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from brst_desktop.core import history
from brst_desktop.core import models as m
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database
from brst_desktop.core.registry import parent_key
from brst_desktop.errors import UserError
from brst_desktop.export import card
from brst_desktop.export.advice import BookWarning
from brst_desktop.export.content import BookContent, find_book, load_content
from brst_desktop.export.context import RenderContext
from brst_desktop.export.document import BookDocument, CopyStart
from brst_desktop.export.edition import change_sheet, content_hash, snapshot
from brst_desktop.export.language import CLASSIFICATION_WORDS, Language, Words
from brst_desktop.export.protection import BookEncryption, check_password
from brst_desktop.export.sections import (
    agreements,
    annexes,
    biographies,
    changes,
    contents,
    cover,
    delegation,
    meetings,
    overview,
    programme,
    protocol,
    topics,
)
from brst_desktop.export.styles import PAPERS, Paper, Styles
from brst_desktop.export.target import check_target, write_atomically
from brst_desktop.export.vocabulary import book_vocabulary
from brst_desktop.typeset import layout_only
from brst_desktop.typeset.vocabulary import using as using_vocabulary

#: ``progress(done, total, message)``; ``total`` is 100 (percent).
Progress = Callable[[int, int, str], None]

SECTION_BUILDERS: dict[str, Callable[[RenderContext], list[Flowable]]] = {
    m.BookSection.COVER: cover.build,
    m.BookSection.CHANGES: changes.build,
    m.BookSection.OVERVIEW: overview.build,
    m.BookSection.PROGRAMME: programme.build,
    m.BookSection.DELEGATION: delegation.build,
    m.BookSection.MEETINGS: meetings.build,
    m.BookSection.BIOGRAPHIES: biographies.build,
    m.BookSection.TOPICS: topics.build,
    m.BookSection.AGREEMENTS: agreements.build,
    m.BookSection.PROTOCOL: protocol.build,
    m.BookSection.ANNEXES: annexes.build,
}

MAX_PASSES = 4
#: numbered copies of a classified book printed at once
MAX_COPIES = 500


@dataclass
class RenderedBook:
    pdf: bytes
    pages: int
    warnings: list[BookWarning]
    #: anchor key ("programme", "person:<id>", ...) -> page number
    section_pages: dict[str, int]
    #: every PDF made: one per numbered copy, or one holding them all (``pdf`` is the first)
    pdfs: list[bytes] = field(default_factory=list)
    #: numbered copies (None: not numbered)
    copies: int | None = None


@dataclass(frozen=True)
class EditionRecord:
    """What recording a printed book as an edition saves (its number is printed on it)."""

    content: BookContent
    trip_id: uuid.UUID
    number: int
    as_of: datetime
    digest: str
    language: str
    paper: str


@dataclass
class ExportResult:
    path: Path
    pages: int
    #: the edition this export prints and records; None for a draft (``ร่าง`` on every page)
    edition: int | None
    warnings: list[BookWarning] = field(default_factory=list)
    book_id: uuid.UUID | None = None
    content_hash: str = ""
    #: encrypted with a password (which the result does not hold)
    protected: bool = False
    #: The edition to record, for :func:`save_edition` (None once recorded).
    to_record: EditionRecord | None = None
    #: What recording the edition changed (nothing until it is recorded).
    changes: ChangeSet = field(default_factory=ChangeSet)
    #: a classified book (ลับ and above) saved without a password: say so where it is seen
    unprotected_classified: bool = False
    #: every file written: one per numbered copy, or the one file (``path`` is the first)
    paths: list[Path] = field(default_factory=list)


def _sections(ctx: RenderContext) -> list[str]:
    """The book's chosen parts in order, with the change sheet placed at the front if asked."""
    chosen = [s for s in ctx.content.book.sections if s in SECTION_BUILDERS or s == "contents"]
    if ctx.changes is not None and m.BookSection.CHANGES not in chosen:
        front = 0
        while front < len(chosen) and chosen[front] in (
            m.BookSection.COVER,
            m.BookSection.CONTENTS,
        ):
            front += 1
        chosen.insert(front, m.BookSection.CHANGES)
    return chosen


def _book_story(ctx: RenderContext) -> list[Flowable]:
    if ctx.paper.key is m.PaperSize.CARD:
        return card.build(ctx)
    parts: list[tuple[str, list[Flowable]]] = []
    for key in _sections(ctx):
        if key == m.BookSection.CONTENTS:
            parts.append((key, []))  # filled once the other parts have named their anchors
            continue
        ctx.begin_part()
        flowables = SECTION_BUILDERS[key](ctx)
        if flowables:
            parts.append((key, flowables))
    parts = [
        (key, contents.build(ctx) if key == m.BookSection.CONTENTS else flowables)
        for key, flowables in parts
    ]
    story: list[Flowable] = []
    for key, flowables in parts:
        if not flowables:
            continue
        if story:
            story += [NextPageTemplate("body"), PageBreak()]
        elif key != m.BookSection.COVER:
            story.append(NextPageTemplate("body"))
        story += flowables
    return story


def _link_targets(content: BookContent, paper: m.PaperSize) -> set[str]:
    """The anchors a name or an event may link to: the biographies and meeting briefs this
    book prints."""
    if paper is m.PaperSize.CARD:
        return set()
    chosen = set(content.book.sections)
    targets: set[str] = set()
    if m.BookSection.BIOGRAPHIES in chosen:
        targets |= {f"person:{p.id}" for p in content.biographies}
    if m.BookSection.MEETINGS in chosen:
        targets |= {f"meeting:{e.id}" for e in content.events if e.has_brief}
    return targets


def _fresh_context(
    content: BookContent,
    lang: Language,
    paper: Paper,
    edition: int | None,
    as_of: datetime,
    copy: tuple[int, int] | None,
) -> RenderContext:
    ctx = RenderContext(
        content=content,
        language=lang,
        paper=paper,
        styles=Styles(paper.base_size),
        edition=edition,
        as_of=as_of,
        copy=copy,
        targets=_link_targets(content, paper.key),
    )
    ctx.changes = change_sheet(content, content.book.changes_since_edition)
    for message in content.warnings:
        ctx.warn(message)
    return ctx


def _build(
    ctx: RenderContext,
    story: list[Flowable],
    password: str | None,
    advance: Callable[[], None] | None,
    *,
    glyphs: bool = True,
) -> tuple[bytes, int]:
    """One layout pass: the PDF and its page count."""
    buffer = BytesIO()
    # Each pass is a whole PDF, the last one kept: each gets its own keys and salts.
    encrypt = None if password is None else BookEncryption(password)
    document = BookDocument(buffer, ctx, on_flowable=advance, encrypt=encrypt)
    for flowable in story:  # a flowable moved to the next page in one pass is marked
        flowable.__dict__.pop("_postponed", None)  # (multiBuild undoes it the same way)
    with nullcontext() if glyphs else layout_only():
        document.build(list(story))
    return buffer.getvalue(), document.page


def render_content(
    content: BookContent,
    *,
    language: str | None = None,
    paper: str | None = None,
    edition: int | None = None,
    as_of: datetime | None = None,
    progress: Progress | None = None,
    password: str | None = None,
    copies: int | None = None,
    one_file: bool = False,
) -> RenderedBook:
    """Lay out ``content`` as a PDF (no database needed); with a ``password``, encrypted
    (see :mod:`brst_desktop.export.protection`; None or "" for none).

    ``edition`` None prints a draft (``ร่าง`` / ``DRAFT`` on every page). ``copies``: numbered
    copies (``ชุดที่ 3 ของ 20 ชุด`` on the cover and every page): one PDF each, or with
    ``one_file`` one PDF holding them all. A classified book (ลับ and above) is always
    numbered, one copy unless more are asked for.
    """
    password = check_password(password)  # refused before the slow part
    book = content.book
    lang = Language(language or book.language, thai_numerals=book.thai_numerals)
    paper_spec = PAPERS[m.PaperSize(paper or book.paper)]
    as_of = as_of or datetime.now(UTC)
    if copies is None and book.classification is not m.Classification.UNCLASSIFIED:
        copies = 1
    if copies is not None and not 1 <= copies <= MAX_COPIES:
        raise UserError("The number of copies must be between 1 and {most}.", most=MAX_COPIES)
    first_copy = (1, copies) if copies is not None else None
    ctx = _fresh_context(content, lang, paper_spec, edition, as_of, first_copy)

    # Streams are left binary (zlib only): ASCII85 would add a quarter to the size and, in pure
    # Python, a good part of the time spent on photos.
    rl_config.useA85 = 0
    # The story is made once and laid out again in each pass, as platypus's multiBuild does:
    # what changes between passes (page numbers) is read at draw time. The book's names are
    # words to the line breaker, in the paragraphs made now and the lines drawn later.
    with using_vocabulary(book_vocabulary(content)):
        rendered = _render_passes(ctx, paper_spec, password, progress, copies)
        if copies is not None and copies > 1:
            rendered.pdfs = _copies(
                ctx, content, lang, paper_spec, edition, as_of, password, copies, one_file,
                progress,
            )  # fmt: skip
            rendered.pdf = rendered.pdfs[0]
    if progress is not None:
        progress(98, 100, "layout done")
    return rendered


def _render_passes(
    ctx: RenderContext,
    paper_spec: Paper,
    password: str | None,
    progress: Progress | None,
    copies: int | None,
) -> RenderedBook:
    """Lay the story out until page numbers are stable (the first copy of numbered ones)."""
    story = _book_story(ctx)
    pdf = b""
    pages = 0
    extra = (copies or 1) - 1 if copies else 0
    for number in range(1, MAX_PASSES + 1):
        ctx.start_pass()
        span = (5 + 45 * (number - 1), 5 + 45 * number) if number <= 2 else (95, 98)
        if extra:
            span = (span[0] // 2, span[1] // 2)
        pdf, pages = _build(
            ctx,
            story,
            password,
            _advancer(progress, span, len(story), f"laying out pages (pass {number})"),
            # The first pass can never be the last (it only learns the page count), so its
            # PDF is thrown away: lay it out without writing glyphs.
            glyphs=number > 1,
        )
        stable = pages == ctx.total_pages and ctx.drawn == ctx.pages
        ctx.total_pages = pages
        ctx.pages = dict(ctx.drawn)
        if stable:
            break
    meetings.check_lengths(ctx)
    if paper_spec.key is m.PaperSize.CARD and pages > card.SIDES:
        ctx.warn(
            BookWarning(
                "The programme does not fit on one card even in 8 pt type on both sides; it"
                " runs to {pages} pages.",
                pages=pages,
            )
        )
    return RenderedBook(pdf, pages, list(ctx.warnings), dict(ctx.pages), pdfs=[pdf],
                        copies=copies)  # fmt: skip


def _advancer(
    progress: Progress | None, span: tuple[int, int], total: int, message: str
) -> Callable[[], None] | None:
    if progress is None:
        return None
    drawn = 0
    total = max(total, 1)

    def advance() -> None:
        nonlocal drawn
        drawn += 1
        if drawn % 8 == 0:
            done = span[0] + (span[1] - span[0]) * min(drawn, total) // total
            progress(done, 100, message)

    return advance


def _copies(
    laid_out: RenderContext,
    content: BookContent,
    lang: Language,
    paper: Paper,
    edition: int | None,
    as_of: datetime,
    password: str | None,
    copies: int,
    one_file: bool,
    progress: Progress | None,
) -> list[bytes]:
    """The numbered copies after the first was laid out: the page numbers it found serve them
    all (a copy differs only in its number), so each copy is one more pass."""

    def context(number: int) -> RenderContext:
        ctx = _fresh_context(content, lang, paper, edition, as_of, (number, copies))
        ctx.pages, ctx.total_pages = dict(laid_out.pages), laid_out.total_pages
        return ctx

    if one_file:
        ctx = context(1)
        ctx.outline_shift = 1
        story: list[Flowable] = []
        for number in range(1, copies + 1):
            if story:
                story += [NextPageTemplate("cover"), PageBreak()]
            story.append(CopyStart(ctx, number, copies))
            ctx.toc, ctx.copy = [], (number, copies)  # the cover prints its copy's number
            story += _book_story(ctx)
        ctx.start_pass()
        pdf, _pages = _build(
            ctx, story, password, _advancer(progress, (50, 97), len(story), "numbering copies")
        )
        return [pdf]
    pdfs = []
    for number in range(1, copies + 1):
        ctx = context(number)
        story = _book_story(ctx)
        ctx.start_pass()
        pdf, _pages = _build(ctx, story, password, None)
        pdfs.append(pdf)
        if progress is not None:
            progress(50 + 47 * number // copies, 100, f"copy {number} of {copies}")
    return pdfs


def _resolve_book_id(book_id: uuid.UUID | str | None) -> uuid.UUID | str | None:
    if isinstance(book_id, str):
        try:
            return uuid.UUID(book_id)
        except ValueError:
            return book_id  # a prefix, resolved by find_book
    return book_id


def render_book(
    db: Database,
    book_id: uuid.UUID | str | None,
    *,
    language: str | None = None,
    paper: str | None = None,
    progress: Progress | None = None,
    trip_id: uuid.UUID | str | None = None,
    changes_since: int | None = None,
) -> bytes:
    """The book as PDF bytes, for a preview: nothing is written and no edition is recorded."""
    if progress is not None:
        progress(0, 100, "reading the trip")
    with db.session() as session:
        book, trip = find_book(session, _resolve_book_id(book_id), trip_id)
        content = load_content(session, book, trip, changes_since)
    if changes_since is not None:
        content = _with_changes_since(content, changes_since)
    return render_content(content, language=language, paper=paper, progress=progress).pdf


def _with_changes_since(content: BookContent, number: int) -> BookContent:
    return replace(content, book=replace(content.book, changes_since_edition=number or None))


def export_book(
    db: Database,
    book_id: uuid.UUID | str | None,
    out_path: Path | str,
    *,
    language: str | None = None,
    paper: str | None = None,
    progress: Progress | None = None,
    record_edition: bool = True,
    trip_id: uuid.UUID | str | None = None,
    changes_since: int | None = None,
    password: str | None = None,
    as_of: datetime | None = None,
    copies: int | None = None,
    one_file: bool = False,
    draft: bool = False,
) -> ExportResult:
    """Print the book to ``out_path`` (atomically) and record it as a new edition.

    With ``record_edition=False`` nothing is written to the database: the result's
    ``to_record`` can be saved later with :func:`save_edition` (the window prints in a worker
    and records on its write queue). A ``draft`` (``export --no-edition``) is never recorded:
    it says ``ร่าง`` / ``DRAFT`` on every page instead of an edition's number.

    ``book_id`` may be None with ``trip_id`` (or neither: the most recent trip); a trip without
    a book gets its default book, saved in the same transaction as the edition.
    ``changes_since`` overrides the book's own choice of edition for the change sheet (0: none).
    ``password`` (None or "": none) encrypts the file; it is not stored anywhere, and the
    edition's content hash is of what the book prints, so it is the same either way.
    ``as_of``: the moment the book says it is printed as of (default: now; tests fix it so two
    exports a minute boundary apart print the same pages).
    ``copies``: numbered copies, each in its own file (``book-03-of-20.pdf`` beside
    ``out_path``) or, with ``one_file``, all in ``out_path``.
    """
    target = check_target(Path(out_path))  # refuse a bad target before the slow part
    password = check_password(password)
    if record_edition:
        check_recordable(db)
    if progress is not None:
        progress(0, 100, "reading the trip")
    with db.session() as session:
        # As of the moment the data is read, by the clock the records' history is stamped
        # with (the server's on PostgreSQL): the next edition's change sheet names who made
        # each change after it, so this computer's clock running ahead must not hide any.
        as_of = as_of or history.clock(session)
        book, trip = find_book(session, _resolve_book_id(book_id), trip_id)
        content = load_content(session, book, trip, changes_since)
        trip_key = trip.id
    if changes_since is not None:
        content = _with_changes_since(content, changes_since)
    lang = str(language or content.book.language)
    paper_key = str(paper or content.book.paper)
    number = content.next_edition
    rendered = render_content(
        content,
        language=lang,
        paper=paper_key,
        edition=None if draft else number,
        as_of=as_of,
        progress=progress,
        password=password,
        copies=copies,
        one_file=one_file,
    )
    if progress is not None:
        progress(98, 100, "saving the PDF")
    if len(rendered.pdfs) > 1:
        total = len(rendered.pdfs)
        paths = [
            write_atomically(check_target(copy_path(target, index, total)), pdf)
            for index, pdf in enumerate(rendered.pdfs, start=1)
        ]
    else:
        paths = [write_atomically(target, rendered.pdf)]
    path = paths[0]
    warnings = list(rendered.warnings)
    unprotected = (
        password is None and content.book.classification is not m.Classification.UNCLASSIFIED
    )
    if unprotected:
        warnings.insert(0, unprotected_warning(content.book.classification))
    digest = content_hash(content, lang, paper_key)
    result = ExportResult(
        path,
        rendered.pages,
        None if draft else number,
        warnings,
        content.book.id,
        digest,
        protected=password is not None,
        to_record=None
        if draft
        else EditionRecord(content, trip_key, number, as_of, digest, lang, paper_key),
        unprotected_classified=unprotected,
        paths=paths,
    )
    if record_edition and not draft:
        result = save_edition(db, result)
    if progress is not None:
        progress(100, 100, "done")
    return result


def check_recordable(db: Database) -> None:
    """Refuse, before anything is printed, an export whose edition could not be recorded: a PDF
    saved and then called a failure leaves the reader unsure what they hold."""
    if db.read_only:
        raise UserError(
            "The database ({path}) is open read-only, so a new edition cannot be recorded;"
            " nothing was written. Copy the database to a folder you can write to, or export a"
            " draft without an edition (--no-edition on the command line).",
            path=db.path,
        )


def copy_path(target: Path, number: int, total: int) -> Path:
    """``book-03-of-20.pdf`` for copy 3 of a book saved as ``book.pdf``."""
    width = len(str(total))
    return target.with_name(f"{target.stem}-{number:0{width}d}-of-{total}{target.suffix}")


def unprotected_warning(level: m.Classification) -> BookWarning:
    """Said on stderr and in the export dialog when a classified book leaves unencrypted."""
    words = CLASSIFICATION_WORDS[level]
    return BookWarning(
        "This book is classified {level} and was saved without a password: anyone who gets the"
        " file can read it. Export it again with a password.",
        level=Words(words.th, f"{words.th} ({words.en})"),
    )


def save_edition(db: Database, result: ExportResult) -> ExportResult:
    """Save the edition a printed book carries (and the trip's default book if it had none) in
    one short transaction; the result then says what changed, for the views to refresh."""
    edition = result.to_record
    if edition is None:
        return result
    content = edition.content
    edition_id = uuid.uuid4()
    added: list[tuple[str, uuid.UUID]] = [("edition", edition_id)]
    try:
        with db.session() as session:
            book_id = content.book.id
            if book_id is None:
                trip = session.get(m.Trip, edition.trip_id)
                if trip is None:
                    raise UserError("The trip was deleted while its book was printed.")
                book = m.BriefingBook(
                    id=uuid.uuid4(),
                    trip_id=edition.trip_id,
                    title_th=content.book.title.th,
                    title_en=content.book.title.en,
                    language=content.book.language,
                    paper=content.book.paper,
                    classification=content.book.classification,
                    sections=list(content.book.sections),
                )
                session.add(book)
                session.flush()
                book_id = book.id
                added.append(("briefing_book", book_id))
            latest = session.scalar(
                select(func.max(m.Edition.number)).where(m.Edition.book_id == book_id)
            )
            if (latest or 0) >= edition.number:
                raise UserError(
                    "Another export of this book recorded edition {latest} meanwhile; the PDF"
                    " was saved as edition {number} but not recorded. Export again.",
                    latest=latest,
                    number=edition.number,
                )
            session.add(
                m.Edition(
                    id=edition_id,
                    book_id=book_id,
                    number=edition.number,
                    as_of=edition.as_of,
                    content_hash=edition.digest,
                    snapshot=snapshot(content),
                    language=edition.language,
                    paper=edition.paper,
                )
            )
    except IntegrityError as error:
        raise UserError(
            "Edition {number} of this book was recorded by another export at the same moment;"
            " export again.",
            number=edition.number,
        ) from error
    parents = [
        parent
        for name, record_id in added
        if (parent := parent_key(name, {"book_id": book_id, "trip_id": edition.trip_id}))
    ]
    changes = ChangeSet.of(added=added, updated=set(parents) - set(added))
    return replace(result, book_id=book_id, to_record=None, changes=changes)
