"""The book a protocol office would print as it is (issue 14), read back from the PDFs.

Two readers that share nothing with the export: pdftotext (poppler, positions) and pdfium
(content order, font sizes and colours, via pypdfium2); pypdf for the outline, the named
destinations and the links. Every edition (Thai, English, both; A4, A5, card) of the demo book.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from sqlalchemy import select

from brst_desktop.commands import main
from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id, open_demo_database
from brst_desktop.export import export_book
from brst_desktop.export.styles import BENEATH_COLOR, HEADING_COLOR
from brst_desktop.export.styles import PAPERS as PAPER_SPECS
from tests.helpers.pdf import smallest_text_size

THAI = re.compile("[\u0e00-\u0e7f]")
LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’.&-]*")
LANGUAGES = ("th", "en", "both")
PAPERS = ("a4", "a5", "card")


@dataclass
class Edition:
    path: Path
    language: str
    paper: str

    @property
    def data(self) -> bytes:
        return self.path.read_bytes()

    def poppler_pages(self) -> list[str]:
        """Each page's text as pdftotext reads it (positions, not the content stream)."""
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(self.path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return [page.replace("\u00a0", " ") for page in out.split("\f")[:-1]]

    def pdfium_pages(self) -> list[str]:
        document = pypdfium2.PdfDocument(str(self.path))
        try:
            return [
                page.get_textpage().get_text_range().replace("\r\n", "\n").replace("\u00a0", " ")
                for page in document
            ]
        finally:
            document.close()

    def outline(self) -> list[tuple[int, str, int, float]]:
        """(level, title, page from 1, the destination's height from the foot of the page)."""
        reader = pypdf.PdfReader(io.BytesIO(self.data))
        found: list[tuple[int, str, int, float]] = []

        def walk(items: list[object], level: int) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item, level + 1)
                else:
                    page = reader.get_destination_page_number(item) + 1  # type: ignore[arg-type]
                    top = float(item.top) if item.top is not None else -1.0  # type: ignore[attr-defined]
                    found.append((level, item.title, page, top))  # type: ignore[attr-defined]

        walk(reader.outline, 0)
        return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_demo_database(tmp_path_factory.mktemp("official-demo"))
    yield database
    database.close()


@pytest.fixture(scope="module")
def editions(demo: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Edition]:
    """Every edition of the demo book, exported as an office would (recorded editions)."""
    folder = tmp_path_factory.mktemp("editions")
    out: dict[str, Edition] = {}
    for language in LANGUAGES:
        for paper in PAPERS:
            path = folder / f"{language}-{paper}.pdf"
            export_book(demo, demo_id("book"), path, language=language, paper=paper)
            out[f"{language}-{paper}"] = Edition(path, language, paper)
    return out


def _name_words(db: Database) -> set[str]:
    """Every word of every form of every person's name (with honorifics): names may be in any
    script in any book."""
    words: set[str] = set()
    with db.session() as session:
        for p in session.scalars(select(m.Person)):
            for form in (
                p.name_th, p.name_en, p.name_native, p.name_native_latin, p.honorific_th,
                p.honorific_en, p.pronunciation,
            ):  # fmt: skip
                words.update(w.strip("(),") for w in form.split())
            words.add(f"{p.honorific_th}{p.name_th.split()[0]}" if p.name_th else "")
    return {w for w in words if w}


def _is_name(word: str, names: set[str]) -> bool:
    return word in names or word.strip(".,()") in {n.strip(".,()") for n in names}


# --- one language per book ------------------------------------------------------------------


@pytest.mark.parametrize("paper", PAPERS)
def test_the_thai_book_prints_no_line_of_english_prose(
    editions: dict[str, Edition], demo: Database, paper: str
) -> None:
    names = _name_words(demo)
    offending = []
    for number, page in enumerate(editions[f"th-{paper}"].poppler_pages(), start=1):
        for line in page.splitlines():
            words = [w for w in LATIN_WORD.findall(line) if not _is_name(w, names)]
            if not THAI.search(line) and len(words) >= 2:
                offending.append((number, line))  # a line of English
            for run in re.findall(r"(?:[A-Za-z][\w'’.&-]*[ ,:;]+){3,}[A-Za-z][\w'’.&-]*", line):
                if not all(_is_name(w, names) for w in run.split()):
                    offending.append((number, run))  # English prose inside a Thai line
    assert offending == []


@pytest.mark.parametrize("paper", PAPERS)
def test_the_english_book_prints_no_thai_outside_names(
    editions: dict[str, Edition], demo: Database, paper: str
) -> None:
    names = _name_words(demo)
    offending = []
    for number, page in enumerate(editions[f"en-{paper}"].poppler_pages(), start=1):
        for line in page.splitlines():
            thai_words = [w for w in line.split() if THAI.search(w)]
            if [w for w in thai_words if w.strip("(),") not in names]:
                offending.append((number, line))
    assert offending == []


def test_a_text_missing_in_the_books_language_falls_back_and_says_so(
    demo: Database, tmp_path: Path
) -> None:
    with demo.session() as session:
        yin = session.get(m.Person, demo_id("person:yin"))
        assert yin is not None
        saved = yin.sensitivities_en
        yin.sensitivities_en = ""
    try:
        result = export_book(demo, demo_id("book"), tmp_path / "en.pdf", language="en", draft=True)
    finally:
        with demo.session() as session:
            yin = session.get(m.Person, demo_id("person:yin"))
            assert yin is not None
            yin.sensitivities_en = saved
    text = " ".join(Edition(result.path, "en", "a4").pdfium_pages()).replace("\n", " ")
    assert 'เรียกชื่อด้วยนามสกุล "หยิน" เสมอ (Thai only)' in text


def test_pronunciation_for_thai_readers_is_in_thai_script(editions: dict[str, Edition]) -> None:
    thai = "\n".join(editions["th-a4"].pdfium_pages())
    assert "การออกเสียง: หยิน เหอ-จวิ้น" in thai
    assert "HUH-jün" not in thai
    assert "Pronunciation: yin HUH-jün" in "\n".join(editions["en-a4"].pdfium_pages())


# --- Thai official style -----------------------------------------------------------------------

TIME = re.compile(r"(?<![\d.,])(\d{2})\.(\d{2})(?![\d.,])")


@pytest.mark.parametrize("paper", PAPERS)
def test_thai_times_are_written_08_40_with_the_unit(
    editions: dict[str, Edition], paper: str
) -> None:
    # (a range may wrap after its dash: read the text as one line)
    text = " ".join("\n".join(editions[f"th-{paper}"].pdfium_pages()).split()).replace("– ", "–")
    assert not re.search(r"\d:\d\d", text)  # never 08:40 in a Thai book
    found = 0
    for match in TIME.finditer(text):
        rest = text[match.end() : match.end() + 12]
        # 08.40 น., or the start of a range 09.40–12.55 น.
        assert re.match(r" น\.|–\d{2}\.\d{2} น\.", rest), text[
            match.start() - 20 : match.end() + 12
        ]
        found += 1
    assert found >= 24  # every event's start on two clocks at least
    assert "เวลาจีน" in text and "เวลาไทย" in text
    assert not re.search(r"\b(CST|ICT)\b", text)


def test_dates_and_money_as_thai_documents_write_them(editions: dict[str, Edition]) -> None:
    thai, english = editions["th-a4"].pdfium_pages(), editions["en-a4"].pdfium_pages()
    assert "5–9 พฤศจิกายน 2566" in thai[0]  # the cover: the shared month and year once
    assert "5–9 November 2023" in english[0]
    thai_text, english_text = "\n".join(thai), "\n".join(english)
    assert "3,500 บาท" in thai_text and "THB" not in thai_text
    assert "THB 3,500" in english_text and "บาท" not in english_text


# --- the bilingual book: designed, not concatenated --------------------------------------------


def _char_colours(path: Path, page_index: int, needle: str) -> set[tuple[int, int, int]]:
    """The fill colours pdfium reports for the characters of ``needle`` on a page."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        textpage = document[page_index].get_textpage()
        text = textpage.get_text_range()
        start = text.replace("\u00a0", " ").index(needle)  # same length: a space for a space
        colours = set()
        for index in range(start, start + len(needle)):
            r, g, b, a = (ctypes.c_uint() for _ in range(4))
            pdfium_c.FPDFText_GetFillColor(
                textpage.raw, index, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b),
                ctypes.byref(a),
            )  # fmt: skip
            if not text[index].isspace():
                colours.add((r.value, g.value, b.value))
        return colours
    finally:
        document.close()


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def test_the_bilingual_book_sets_the_english_beneath_in_a_lighter_colour(
    editions: dict[str, Edition],
) -> None:
    book = editions["both-a4"]
    pages = book.pdfium_pages()
    programme = next(i for i, text in enumerate(pages) if "กำหนดการ\nProgramme\n" in text)
    assert _char_colours(book.path, programme, "กำหนดการ") == {_rgb(HEADING_COLOR)}
    assert _char_colours(book.path, programme, "Programme") == {_rgb(BENEATH_COLOR)}
    text = "\n".join(pages)
    # no doubled words: the interpreter is said once in each language
    assert "ล่าม / interpreter" not in text and "(ล่าม" not in text
    cover = pages[0]
    assert cover.count("เอกสารประกอบการเดินทาง") == 1  # the title once (no running head here)
    assert cover.count("5–9 พฤศจิกายน 2566") == 1 and cover.count("5–9 November 2023") == 1


@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_no_page_opens_with_english_parted_from_its_thai(
    editions: dict[str, Edition], paper: str
) -> None:
    """Seen in the bilingual A5 book: a topic's Thai key message at the foot of a page, its
    English (lighter, beneath it) alone at the top of the next. The English stays with its
    Thai; a page opens with Thai (a continued heading's English comes after its Thai)."""
    book = editions[f"both-{paper}"]
    beneath = _rgb(BENEATH_COLOR)
    parted = []
    for index, page in enumerate(book.pdfium_pages()):
        lines = [line for line in _body_lines(page) if line.strip()]
        if lines and beneath in _char_colours(book.path, index, lines[0].strip()):
            parted.append((index + 1, lines[0]))
    assert parted == []


# --- pages -------------------------------------------------------------------------------------

FURNITURE = re.compile(
    r"^(ลับ|CONFIDENTIAL|ลับ · CONFIDENTIAL|ร่าง|DRAFT|ร่าง · DRAFT"
    r"|(ชุดที่ \d+ ของ \d+ ชุด)?( · )?(Copy \d+ of \d+)?"
    r"|ฉบับที่ .*|Edition .*|.* \d+ / \d+"
    # the running head: the book's title (shortened where the place needs the room), then
    # the part or the meeting brief the page belongs to
    r"|(เอกสารประกอบการเดินทาง|Briefing book)[:…] .*)$"
)


def _body_lines(page: str) -> list[str]:
    return [line for line in page.splitlines() if line.strip() and not FURNITURE.match(line)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_no_bookmark_lands_in_the_bottom_of_its_page(
    editions: dict[str, Edition], language: str, paper: str
) -> None:
    book = editions[f"{language}-{paper}"]
    height = pypdf.PdfReader(io.BytesIO(book.data)).pages[0].mediabox.height
    low = [
        (title, page, round(top / float(height), 3))
        for level, title, page, top in book.outline()
        if level > 0 or page > 1  # the cover's own mark sits at its top
        if top < 0.15 * float(height)
    ]
    assert low == []


HEADING_LABELS = {
    "th": ["คณะผู้แทนฝ่ายไทย", "คณะผู้แทนฝ่ายเจ้าภาพ", "วัตถุประสงค์ของฝ่ายไทย", "ประเด็นที่ควรกล่าว",
           "หากถูกหยิบยก", "แนวตอบสื่อมวลชน", "ข้อมูลภูมิหลัง", "ประวัติ", "การพบกันครั้งก่อน",
           "ข้อควรระวัง", "ประเด็นสาระสำคัญ", "ภาพรวมกำหนดการ", "การแต่งกายในแต่ละกิจกรรม", "ของที่ระลึก"],
    "en": ["Our delegation", "Host delegation", "Our objectives", "Points to make", "If raised",
           "Press line", "Background", "Career", "Previous meetings", "Sensitivities",
           "Key messages", "Programme at a glance", "Dress for each event", "Gifts"],
}  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_a_heading_never_stands_alone_at_the_foot_of_a_page(
    editions: dict[str, Edition], language: str, paper: str
) -> None:
    """The bilingual A5 book left a talking point's heading (การรักษามะเร็งด้วยลำอนุภาคโปรตอน /
    Proton therapy for cancer) at a page foot: its point, Thai with the English beneath, could
    not split, and the heading had been kept with two of its lines only."""
    book = editions[f"{language}-{paper}"]
    titles = {t for level, t, _p, _top in book.outline()}
    titles |= {part for title in titles for part in title.split(" / ")}  # bilingual: each line
    for code in ("th", "en") if language == "both" else (language,):
        titles |= set(HEADING_LABELS[code])
    alone = []
    for number, page in enumerate(book.pdfium_pages(), start=1):
        lines = _body_lines(page)
        # a bilingual heading is two lines, its Thai and its English (a table's last row may
        # end with the English of an event that also titles a brief)
        heading = lines[-2:] if language == "both" else lines[-1:]
        if lines and all(line.strip() in titles for line in heading):
            alone.append((number, lines[-1]))
        # nor a lone number (the end of a sentence, "2562") at the head of a page
        if lines and re.fullmatch(r"[\d.,]+\)?", lines[0].strip()):
            alone.append((number, lines[0]))
    assert alone == []


#: the first column head of each table in the demo book
COLUMN_HEADS = {
    "th": {"ลำดับ", "วันที่", "ประเภท", "ชื่อ", "เวลาจีน"},
    "en": {"No.", "Date", "Given / received", "Given /", "Name", "China time"},
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_a_page_a_table_runs_onto_opens_with_its_heading_continued(
    editions: dict[str, Edition], language: str, paper: str
) -> None:
    """Seen in the English books: the dress table's last row alone at the top of the next page
    under bare column heads. A continued table repeats its heading, marked (ต่อ)/(continued)."""
    heads = COLUMN_HEADS["en" if language == "en" else "th"]

    def is_heads(line: str) -> bool:  # pdfium reads a row's one-line cells as one line
        return any(line == head or line.startswith(head + " ") for head in heads)

    pages = editions[f"{language}-{paper}"].pdfium_pages()
    bare = [
        (number, lines[0])
        for number, page in enumerate(pages, start=1)
        if (lines := [line.strip() for line in _body_lines(page)]) and is_heads(lines[0])
    ]
    assert bare == []
    continued = [
        lines[0]
        for page in pages
        if (lines := [line.strip() for line in _body_lines(page)])
        and lines[0].endswith(("(ต่อ)", "(continued)"))
        and is_heads(lines[1 if language != "both" else 2])
    ]
    if f"{language}-{paper}" in ("en-a4", "en-a5", "th-a5"):
        assert continued, "the demo's dress table runs over a page in this edition"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_the_overview_fits_one_page(
    editions: dict[str, Edition], language: str, paper: str
) -> None:
    top = [(t, p) for level, t, p, _top in editions[f"{language}-{paper}"].outline() if level == 0]
    titles = [t for t, _ in top]
    index = next(i for i, t in enumerate(titles) if t.startswith(("ภาพรวมการเดินทาง", "Overview")))
    assert top[index + 1][1] == top[index][1] + 1, top


RUNNING_HEAD = re.compile(r"^(เอกสารประกอบการเดินทาง|Briefing book)[:…] ")
#: the parts whose entries (a meeting brief, a biography, a topic paper, an agreement, an
#: annex) say so on a page they run onto
ENTRY_PARTS = ("เอกสารประกอบการหารือ", "Meeting briefs", "ประวัติบุคคล", "Biographies",
               "ประเด็นการหารือ", "Topic papers", "ความตกลงที่จะลงนาม", "Agreements to sign",
               "ภาคผนวก", "Annexes")  # fmt: skip


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_a_page_a_brief_or_a_biography_runs_onto_says_which_it_continues(
    editions: dict[str, Edition], language: str, paper: str
) -> None:
    """Seen in every edition: the second page of a meeting brief opened with its next point
    under a running head naming only the book. Such a page opens with the brief's title
    marked (ต่อ)/(continued), and its running head names the brief (a biography, a topic
    paper likewise)."""
    book = editions[f"{language}-{paper}"]
    pages = book.pdfium_pages()
    outline = book.outline()
    more = "(continued)" if language == "en" else "(ต่อ)"
    paper_spec = PAPER_SPECS[m.PaperSize(paper)]
    # a bookmark this high stands at the top of its page (it is set a little above its heading)
    top_of_frame = paper_spec.height - paper_spec.top_margin - paper_spec.base_size

    def opening(number: int) -> str:
        return " ".join(line.strip() for line in _body_lines(pages[number - 1])[:6])

    checked = []
    part = ""
    for index, (level, title, start, _top) in enumerate(outline):
        if level == 0:
            part = title
        if level != 1 or not part.startswith(ENTRY_PARTS):
            continue
        name = _squeezed(title.split(" / ")[0])  # bilingual: the Thai, printed first
        later = outline[index + 1 : index + 2]
        end = later[0][2] if later else len(pages)
        if later and later[0][3] > top_of_frame:
            end -= 1  # the next one opens its page: this one ended on the page before
        for number in range(start + 1, end + 1):
            text = opening(number)
            assert more in text, (number, text)
            # the title, or as much of it as one line holds
            shown = _squeezed(text.split(more)[0])
            whole = name in shown
            assert whole or (name.startswith(shown.rstrip("…")) and len(shown) > 12), (number, text)
            running = [line for line in pages[number - 1].splitlines() if RUNNING_HEAD.match(line)]
            assert running and name[:10] in _squeezed(running[0]), (number, running)
            checked.append(number)
    assert checked, "the demo has a brief or a biography over two pages in every edition"


@pytest.mark.parametrize("language", ["th", "en"])
@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_a_short_topic_paper_is_not_parted(
    editions: dict[str, Edition], language: str, paper: str
) -> None:
    """Seen in the Thai A4 book: the last topic paper's heading and summary at a page foot, its
    one key message alone on the next page under its title (ต่อ). A paper of a third of a
    page or less goes whole to the next page."""
    book = editions[f"{language}-{paper}"]
    pages = [
        [line.strip() for line in _body_lines(page) if line.strip()] for page in book.pdfium_pages()
    ]
    # lines are of several sizes: a quarter of the fullest page's lines is surely under a third
    # of its height
    quarter = max(len(lines) for lines in pages) / 4
    more = "(continued)" if language == "en" else "(ต่อ)"
    outline = book.outline()
    part = ""
    parted = []
    for index, (level, title, start, _top) in enumerate(outline):
        part = title if level == 0 else part
        if level != 1 or not part.startswith(("ประเด็นการหารือ", "Topic papers")):
            continue
        following = pages[start] if start < len(pages) else []
        if not following or not following[0].startswith(title) or more not in following[0]:
            continue
        before = pages[start - 1]
        first = next(
            i for i, line in enumerate(before) if title.startswith(line) or line.startswith(title)
        )
        later = [t for _l, t, p, _ in outline[index + 1 :] if p == start + 1]
        after = next(
            (i for i, line in enumerate(following) if later and line.startswith(later[0])),
            len(following),
        )
        if len(before) - first + after <= quarter:
            parted.append((title, start, len(before) - first, after))
    assert parted == []


def _part_pages(book: Edition, titles: tuple[str, ...]) -> range:
    top = [(t, p) for level, t, p, _top in book.outline() if level == 0]
    index = next(i for i, (t, _p) in enumerate(top) if t.startswith(titles))
    return range(top[index][1], top[index + 1][1])


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_pocket_contents_is_one_page_in_type_of_8_pt_or_more(
    editions: dict[str, Edition], language: str
) -> None:
    """The A5 contents ran four to seven entries onto a second page: set tighter (never under
    8 pt) it is one page."""
    book = editions[f"{language}-a5"]
    pages = _part_pages(book, ("สารบัญ", "Contents"))
    assert len(pages) == 1, pages
    margin = 20 * 72 / 25.4  # the running head and the folio are smaller on every page
    assert smallest_text_size(book.data, pages[0] - 1, below=margin, above=margin) >= 8.0 - 1e-6


def test_contents_running_over_a_page_say_so_where_they_go_on(
    editions: dict[str, Edition],
) -> None:
    """The bilingual pocket book's contents (every entry on two lines) take two pages: the
    second opens with สารบัญ (ต่อ) / Contents (continued)."""
    book = editions["both-a5"]
    pages = book.pdfium_pages()
    numbers = _part_pages(book, ("สารบัญ",))
    assert len(numbers) >= 2
    for number in numbers[1:]:
        lines = [line.strip() for line in _body_lines(pages[number - 1])]
        assert lines[:2] == ["สารบัญ (ต่อ)", "Contents (continued)"], (number, lines[:3])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_no_page_is_left_nearly_empty_before_its_part_goes_on(
    editions: dict[str, Edition], language: str, paper: str
) -> None:
    """A short page is fine where a part (or a brief, a biography) ends and the next begins on
    a new page; it is a defect where the same part goes on overleaf."""
    book = editions[f"{language}-{paper}"]
    pages = book.pdfium_pages()
    starts = {p for level, t, p, _top in book.outline() if level == 0}
    starts |= {p for level, t, p, _top in book.outline() if level == 1 and p not in starts}
    short = [
        number
        for number, page in enumerate(pages[:-1], start=1)
        if len(_body_lines(page)) < 8 and number + 1 not in starts
    ]
    assert short == []


TITLE = (
    r"(?:\b(?:Ms|Mr|Mrs|Dr|Prof|Assoc|H\.E)\."
    r"|(?<![\u0e01-\u0e4e])(?:นาย|นาง|นางสาว|ศ\.ดร\.|ฯพณฯ|ดร\.))"
)
#: a line that ends with an opening quote or a title (the name it goes with is on the next line)
LEFT_BEHIND = re.compile(f"(“|‘|{TITLE})$")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
def test_no_line_ends_with_an_opening_quote_or_a_title(
    editions: dict[str, Edition], language: str, paper: str
) -> None:
    """``“`` sticks to the word after it, ``”`` to the word before, ``Ms.`` / ``ฯพณฯ`` to the
    name (pdfium reads each line of a cell as a line of its own); a chain of titles may part
    between two of them (``Assoc. Prof.`` over ``Dr. Weerapong Pairsuwan``)."""
    left = []
    for number, page in enumerate(editions[f"{language}-{paper}"].pdfium_pages(), start=1):
        lines = [line.strip() for line in page.splitlines()] + [""]
        for line, following in itertools.pairwise(lines):
            if line.startswith("”") or (
                LEFT_BEHIND.search(line) and not re.match(TITLE, following)
            ):
                left.append((number, line, following))
    assert left == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
def test_no_line_ends_inside_a_range(
    editions: dict[str, Edition], language: str, paper: str
) -> None:
    """``(13.30–`` at a line's end and ``14.15 น. ตามเวลาไทย)`` on the next (the A5 meeting
    briefs' times): a range of times or days is read as one."""
    cut = [
        (number, line.strip())
        for number, page in enumerate(editions[f"{language}-{paper}"].pdfium_pages(), start=1)
        for line in page.splitlines()
        if re.search(r"\d[–—]$", line.strip())
    ]
    assert cut == []


def test_columns_are_sized_from_their_content(editions: dict[str, Edition]) -> None:
    for key in ("th-a4", "th-a5", "both-a4", "both-a5"):
        for page in editions[key].poppler_pages():
            lines = [line.strip() for line in page.splitlines()]
            assert "จีน" not in lines and "(จีน)" not in lines, key  # a word alone on a line
    delegation = next(p for p in editions["th-a4"].pdfium_pages() if "รายชื่อคณะผู้แทน\n" in p)
    diet = delegation[delegation.index("ไม่รับประทาน") :]
    assert diet[: diet.index("ตัวอย่าง)")].count("\n") <= 2  # a short cell, not seven lines


# --- the programme -----------------------------------------------------------------------------


def _crowd(db: Database) -> None:
    """Forty tall side meetings on 6 November: the day runs over several pages."""
    from datetime import UTC, datetime, timedelta

    with db.session() as session:
        start = datetime(2023, 11, 6, 1, 0, tzinfo=UTC)
        for i in range(40):
            session.add(
                m.Event(
                    trip_id=demo_id("trip"),
                    title_th=f"การประชุมย่อยที่ {i + 1} ว่าด้วยความร่วมมือด้านวิทยาศาสตร์",
                    title_en=f"Side meeting {i + 1} on science cooperation",
                    starts_at=start + timedelta(minutes=15 * i),
                    ends_at=start + timedelta(minutes=15 * i + 10),
                    timezone="Asia/Shanghai",
                    status=m.EventStatus.CONFIRMED,
                    notes_th=("หมายเหตุการประชุมย่อยเรื่องความร่วมมือ " * (3 + i % 5))
                    + f"ท้ายหมายเหตุที่ {i + 1}",
                    notes_en="",
                )
            )


@pytest.mark.parametrize("language", ["th", "en"])
@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_a_short_day_of_the_programme_is_never_split(
    editions: dict[str, Edition], demo: Database, language: str, paper: str
) -> None:
    """Seen in the Thai A4 book: the last event of 8 November alone on a page under the day's
    heading (ต่อ), the rest of the page blank. A day of three events or fewer goes whole to
    the next page when it does not fit on this one."""
    from collections import Counter
    from zoneinfo import ZoneInfo

    with demo.session() as session:
        events = session.scalars(select(m.Event).where(m.Event.trip_id == demo_id("trip")))
        per_day = Counter(e.starts_at.astimezone(ZoneInfo("Asia/Shanghai")).date() for e in events)
    assert per_day and max(per_day.values()) <= 3  # every day of the demo is a short one
    book = editions[f"{language}-{paper}"]
    more = "(continued)" if language == "en" else "(ต่อ)"
    days = [
        t for level, t, _p, _top in book.outline() if level == 1 and t.endswith(("2566", "2023"))
    ]
    assert len(days) == len(per_day)
    split = [
        (number, day)
        for number, page in enumerate(book.pdfium_pages(), start=1)
        for day in days
        if f"{day} {more}" in page
    ]
    assert split == []


def test_a_continued_day_repeats_its_heading_and_no_row_is_cut(tmp_path: Path) -> None:
    db = open_demo_database(tmp_path / "crowded")
    try:
        _crowd(db)
        result = export_book(db, demo_id("book"), tmp_path / "b.pdf", language="th", draft=True)
    finally:
        db.close()
    book = Edition(result.path, "th", "a4")
    pages = book.pdfium_pages()
    day_pages = [
        number
        for number, page in enumerate(pages, start=1)
        if "เวลาจีน เวลาไทย กิจกรรม" in page and "วันที่ เวลาจีน" not in page
    ]
    assert len(day_pages) >= 4
    for number in day_pages:
        first = _body_lines(pages[number - 1])[0]
        # the page opens with a day's heading: a continued one says so
        assert re.fullmatch(r"วัน\S+ที่ \d+ \S+ 2566( \(ต่อ\))?", first), (number, first)
        lines = _body_lines(pages[number - 1])
        if number > day_pages[0] and lines[1].startswith("เวลาจีน") and "(ต่อ)" not in first:
            # a new day at the top of the page is fine; a continued one must say (ต่อ)
            previous = pages[number - 2]
            assert first.split(" (")[0] not in previous, (number, first)
    # every side meeting's title and the end of its notes are on one page: rows are not cut
    flat = ["".join(page.split()) for page in pages]
    for i in range(1, 41):
        title = f"การประชุมย่อยที่{i}ว่าด้วย"
        end = f"ท้ายหมายเหตุที่{i}"
        on = [n for n, page in enumerate(flat, start=1) if title in page and end in page]
        assert on, f"side meeting {i} is cut between pages"


def test_flights_name_both_airports_each_with_its_own_name_and_the_arrival(
    editions: dict[str, Edition],
) -> None:
    text = " ".join("\n".join(editions["th-a4"].pdfium_pages()).split())
    assert "ออกจาก: ท่าอากาศยานสุวรรณภูมิ ถึง: ท่าอากาศยานนานาชาติฉงชิ่งเจียงเป่ย (重庆江北国际机场)" in text
    assert "ออกจาก: ท่าอากาศยานนานาชาติฉงชิ่งเจียงเป่ย (重庆江北国际机场) ถึง: ท่าอากาศยานสุวรรณภูมิ" in text
    assert "สุวรรณภูมิ (重庆" not in text
    assert "09.40 น. 08.40 น." in text and "– 12.55 น." in text  # leaves and lands
    assert "เดินทางกลับจากนครฉงชิ่งสู่กรุงเทพฯ (รอยืนยัน)" in text  # not confirmed yet
    english = " ".join("\n".join(editions["en-a4"].pdfium_pages()).split())
    assert "Flight Chongqing – Bangkok (to be confirmed)" in english
    card = " ".join("\n".join(editions["th-card"].pdfium_pages()).split())
    # the card gives the landing too, the zone said only when it is not the card's own clock
    assert "ฉงชิ่งเจียงเป่ย · ถึง 12.55 น. 13.30 น." in card
    assert "· ถึง 00.55 น. (+1) ตามเวลาไทย" in card


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
def test_the_page_foot_is_never_cut_short(
    editions: dict[str, Edition], language: str, paper: str
) -> None:
    """Seen on the bilingual card: the foot ended ``Edition 1 · as of 3 Dec…``. Where the
    edition line does not fit whole it is said shorter (``Edition 1``), never cut."""
    feet = []
    for number, page in enumerate(editions[f"{language}-{paper}"].pdfium_pages(), start=1):
        foot = [ln.strip() for ln in page.splitlines() if re.search(r"\d+ / \d+$", ln.strip())]
        assert len(foot) == 1, (number, foot)
        feet.append(foot[0])
    assert not [foot for foot in feet if "…" in foot]
    for foot in feet:
        if language != "en":  # (the editions are numbered in the order they were exported)
            assert re.match(r"ฉบับที่ \d+ · ข้อมูล ณ ", foot), foot
        if language != "th":
            assert re.search(r"Edition \d+", foot), foot


# --- the cover, drafts, numbered copies ---------------------------------------------------------


def test_the_cover_of_an_official_document(editions: dict[str, Edition]) -> None:
    cover = editions["th-a4"].pdfium_pages()[0]
    for part in (
        "กองการต่างประเทศ สำนักงานปลัดกระทรวง อว.",  # the preparing office
        "ลับ",
        "หัวหน้าคณะผู้แทน",
        "นางสาวศุภมาส อิศรภักดี",  # the head of delegation
        "5–9 พฤศจิกายน 2566",
        "ฉบับที่ 1",
        "ชุดที่ 1 ของ 1 ชุด",  # a ลับ book is a numbered copy
    ):
        assert part in cover, part
    # the centred title in balanced lines: not "…Minister in" over "Chongqing" alone
    title = "Briefing book: the MHESI Minister in Chongqing"
    lines = [ln.strip() for ln in editions["en-a4"].pdfium_pages()[0].splitlines()]
    title_lines = [ln for ln in lines if ln and ln in title]
    assert " ".join(title_lines) == title and len(title_lines) == 2, title_lines
    assert all(len(ln.split()) >= 2 for ln in title_lines), title_lines


def test_a_draft_says_so_on_every_page_and_records_nothing(demo: Database, tmp_path: Path) -> None:
    with demo.session() as session:
        before = len(session.scalars(select(m.Edition)).all())
    for language, word in (("th", "ร่าง"), ("en", "DRAFT")):
        result = export_book(
            demo, demo_id("book"), tmp_path / f"{language}.pdf", language=language, draft=True
        )
        assert result.edition is None
        pages = Edition(result.path, language, "a4").pdfium_pages()
        for number, page in enumerate(pages, start=1):
            assert page.splitlines()[-5:].count(word) + page.count(f"{word} ·") >= 1, number
        text = "\n".join(pages)
        assert "ฉบับที่" not in text and "Edition " not in text  # never the next number
    with demo.session() as session:
        assert len(session.scalars(select(m.Edition)).all()) == before


def test_numbered_copies_one_file_each_or_all_in_one(demo: Database, tmp_path: Path) -> None:
    separate = export_book(
        demo, demo_id("book"), tmp_path / "book.pdf", language="th", copies=3, draft=True
    )
    assert [p.name for p in separate.paths] == [
        "book-1-of-3.pdf",
        "book-2-of-3.pdf",
        "book-3-of-3.pdf",
    ]
    per_copy = None
    for number, path in enumerate(separate.paths, start=1):
        pages = Edition(path, "th", "a4").pdfium_pages()
        per_copy = per_copy or len(pages)
        assert len(pages) == per_copy
        for page in pages:
            assert f"ชุดที่ {number} ของ 3 ชุด" in page
    together = export_book(
        demo, demo_id("book"), tmp_path / "all.pdf", language="en", copies=2, one_file=True,
        draft=True,
    )  # fmt: skip
    book = Edition(together.path, "en", "a4")
    pages = book.pdfium_pages()
    assert len(pages) % 2 == 0
    half = len(pages) // 2
    for index, page in enumerate(pages):
        assert f"Copy {index // half + 1} of 2" in page, index
        assert f"{index % half + 1} / {half}" in page, index  # pages numbered within the copy
    top = [(t, p) for level, t, p, _top in book.outline() if level == 0]
    assert top == [("Copy 1 of 2", 1), ("Copy 2 of 2", half + 1)]
    # a link in the second copy leads into the second copy
    for source, target in _links(book.data):
        assert (source > half) == (target > half), (source, target)


def test_a_classified_book_without_a_password_is_reported(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo.path is not None
    out = tmp_path / "cli.pdf"
    assert main(["--db", str(demo.path), "export", "-o", str(out), "--no-edition"]) == 0
    err = capsys.readouterr().err
    assert "warning: This book is classified ลับ (ลับ (CONFIDENTIAL))" not in err
    assert "classified ลับ (CONFIDENTIAL) and was saved without a password" in err
    password = tmp_path / "password"
    password.write_text("ลับมาก-2566\n", encoding="utf-8")
    code = main(
        ["--db", str(demo.path), "export", "-o", str(out), "--no-edition", "--password-file",
         str(password)]
    )  # fmt: skip
    assert code == 0 and "without a password" not in capsys.readouterr().err


# --- links and bookmarks -------------------------------------------------------------------------


def _target(reader: pypdf.PdfReader, annotation: object) -> int:
    """The page (from 1) a link annotation leads to: a named or an explicit destination."""
    dest = annotation.get("/Dest")  # type: ignore[attr-defined]
    if dest is None and "/A" in annotation:  # type: ignore[operator]
        dest = annotation["/A"].get("/D")  # type: ignore[index]
    if isinstance(dest, (str, pypdf.generic.TextStringObject, pypdf.generic.NameObject)):
        named = reader.named_destinations
        assert str(dest) in named, f"a link to a missing destination {dest!r}"
        return reader.get_destination_page_number(named[str(dest)]) + 1
    pages = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, start=1)}
    return pages[dest[0].idnum]


def _links(data: bytes) -> list[tuple[int, int]]:
    """(page the link is on, page it leads to) for every internal link, from 1."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    out = []
    for number, page in enumerate(reader.pages, start=1):
        for annotation in page.get("/Annots", []) or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link":
                out.append((number, _target(reader, annotation)))
    return out


def _link_to(data: bytes, page: int, needle: str) -> int:
    """The page the link drawn over ``needle`` on ``page`` leads to."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    document = pypdfium2.PdfDocument(data)
    try:
        textpage = document[page - 1].get_textpage()
        text = textpage.get_text_range()
        index = text.index(needle)
        left, bottom, right, top = textpage.get_charbox(index + 1)
    finally:
        document.close()
    x, y = (left + right) / 2, (bottom + top) / 2
    for annotation in reader.pages[page - 1].get("/Annots", []) or []:
        annotation = annotation.get_object()
        x0, y0, x1, y1 = (float(v) for v in annotation["/Rect"])
        if annotation.get("/Subtype") == "/Link" and x0 <= x <= x1 and y0 <= y <= y1:
            return _target(reader, annotation)
    raise AssertionError(f"no link over {needle!r} on page {page}")


def test_contents_names_and_events_are_links_to_the_right_pages(
    editions: dict[str, Edition],
) -> None:
    book = editions["en-a4"]
    outline = {t: p for level, t, p, _top in book.outline()}
    pages = book.pdfium_pages()
    links = _links(book.data)
    assert len(links) > 30
    contents = outline["Contents"]
    for title in ("Overview", "Programme", "Biographies", "Annexes"):
        assert _link_to(book.data, contents, title) == outline[title], title
    # a person's name in the programme leads to their biography
    yin_bio = outline["Yin Hejun (阴和俊)"]
    call = next(n for n, page in enumerate(pages, start=1) if "Participants:" in page
                and "Yin Hejun" in page and n < outline["Delegations"])  # fmt: skip
    assert _link_to(book.data, call, "Yin Hejun") == yin_bio
    # an event leads to its meeting brief
    brief = outline["Thailand – China bilateral meeting"]
    day = next(n for n, page in enumerate(pages, start=1)
               if "Thailand – China bilateral meeting" in page and n < brief - 1)  # fmt: skip
    assert _link_to(book.data, day, "Thailand – China bilateral meeting") == brief


def test_bookmarks_open_in_the_side_panel(editions: dict[str, Edition]) -> None:
    for edition in editions.values():
        root = pypdf.PdfReader(io.BytesIO(edition.data)).trailer["/Root"]
        assert root["/PageMode"] == "/UseOutlines", edition.path.name


# --- the card ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_card_has_no_text_under_8_pt_and_stays_one_card(
    editions: dict[str, Edition], language: str
) -> None:
    card = editions[f"{language}-card"]
    pages = len(card.pdfium_pages())
    # one card: the demo's programme on one side in one language, front and back in both
    assert pages == (2 if language == "both" else 1)
    smallest = min(smallest_text_size(card.data, index) for index in range(pages))
    assert smallest >= 8.0 - 1e-6


def test_a_chinese_name_without_a_thai_guide_gets_the_names_tables(
    demo: Database, tmp_path: Path
) -> None:
    """The office's own Thai-script guide wins; without one, the guide core.names gives."""
    with demo.session() as session:
        yin = session.get(m.Person, demo_id("person:yin"))
        assert yin is not None
        saved, yin.pronunciation_th = yin.pronunciation_th, ""
    try:
        thai = export_book(demo, demo_id("book"), tmp_path / "th.pdf", language="th", draft=True)
        english = export_book(demo, demo_id("book"), tmp_path / "en.pdf", language="en", draft=True)
    finally:
        with demo.session() as session:
            yin = session.get(m.Person, demo_id("person:yin"))
            assert yin is not None
            yin.pronunciation_th = saved
    from brst_desktop.core.names import thai_pronunciation

    guide = thai_pronunciation("阴和俊")
    assert guide and not guide.isascii()
    assert f"การออกเสียง: {guide}" in "\n".join(Edition(thai.path, "th", "a4").pdfium_pages())
    assert guide not in "\n".join(Edition(english.path, "en", "a4").pdfium_pages())
