"""A label is never left alone on its line because the name after it is kept whole.

Seen in the printed book (issue 14): an English A4 biography printed ``Organisation:`` on a line
of its own and the ministry's full name on the next. After a label (a span marked ``label``) the
value starts on the label's line and parts between its words, at a space first; never inside a
word or a Thai compound, never between a title and the name, never leaving a runt. Elsewhere a
name still moves whole to the next line (issue 13: names whole wherever they fit).
"""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2
import pytest
from pythainlp.tokenize import word_tokenize

from brst_desktop.typeset import Paragraph, Span, TextStyle, text_width
from brst_desktop.typeset.vocabulary import Vocabulary, using
from tests.helpers.typesetting import build_pdf

STYLE = TextStyle(size=10)
LABEL_STYLE = TextStyle(size=10, bold=True)
ORG_EN = "Ministry of Science and Technology of the People's Republic of China"
ORG_TH = "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"
ORG_TH_UNSPACED = "กระทรวงวิทยาศาสตร์และเทคโนโลยีแห่งสาธารณรัฐประชาชนจีน"
PERSON = "Ms. Supamas Isarabhakdi"
CASES = [
    ("Organisation", ORG_EN),
    ("หน่วยงาน", ORG_TH),
    ("หน่วยงาน", ORG_TH_UNSPACED),
    ("Head of delegation", PERSON),
]
WIDTHS = [float(w) for w in range(60, 420, 7)]


@pytest.fixture(autouse=True)
def names() -> Iterator[None]:
    terms = [ORG_EN, ORG_TH, ORG_TH_UNSPACED, "Supamas Isarabhakdi", "กระทรวงการอุดมศึกษา"]
    with using(Vocabulary(terms)):
        yield


def spans(label: str, value: str, *, marked: bool = True) -> list[Span]:
    return [Span(label, bold=True), Span(": ", bold=True, label=marked), Span(value)]


def lines_of(label: str, value: str, width: float, *, marked: bool = True) -> list[str]:
    paragraph = Paragraph(spans(label, value, marked=marked), STYLE)
    paragraph.wrap(width, 10_000)
    text = paragraph.text
    lines = [text[ln.start : ln.end] for ln in paragraph.lines]
    assert "".join(lines) == text
    return lines


def squeezed(label: str, value: str) -> list[float]:
    """Widths where label and value do not share a line but the value fits one of its own:
    the case of the defect (the value moved whole, the label left alone)."""
    label_width = text_width(f"{label}: ", LABEL_STYLE)
    alone = text_width(value, STYLE)
    return [w for w in WIDTHS if alone <= w < label_width + alone and label_width < w / 2]


def test_unmarked_the_label_is_left_alone() -> None:
    # the defect, so the tests below can fail: without the mark the name moves whole
    label, value = CASES[0]
    width = squeezed(label, value)[0]
    assert lines_of(label, value, width, marked=False)[0].strip() == f"{label}:"


@pytest.mark.parametrize(("label", "value"), CASES)
def test_the_label_is_never_alone_on_its_line(label: str, value: str) -> None:
    widths = squeezed(label, value)
    assert len(widths) >= 3, widths
    # PyThaiNLP's words of each space-separated part (its list holds the ministry's whole
    # name, spaces and all)
    words = [w for part in value.split(" ") for w in [*word_tokenize(part), " "]]
    edges = {sum(len(w) for w in words[:n]) for n in range(len(words) + 1)}
    for width in widths:
        lines = lines_of(label, value, width)
        assert lines[0].strip() != f"{label}:", (width, lines)
        assert len(lines) == 2, (width, lines)
        first = lines[0][len(label) + 2 :]
        # parted between two words of the value (PyThaiNLP's words for Thai), at a space
        # where the value has one, never right after a title
        assert len(first) in edges, (width, lines)
        if " " in value:
            assert first.endswith(" "), (width, lines)
        assert not first.rstrip().endswith("Ms."), (width, lines)
        # no runt: the second line is not a short word left alone
        assert text_width(lines[1].strip(), STYLE) >= 0.15 * width, (width, lines)


def test_without_a_label_a_name_still_moves_whole() -> None:
    lead = "The delegation was received on 30 October by the "
    width = text_width(ORG_EN, STYLE) + 10
    paragraph = Paragraph([Span(lead), Span(ORG_EN)], STYLE)
    paragraph.wrap(width, 10_000)
    text = paragraph.text
    assert [text[ln.start : ln.end] for ln in paragraph.lines] == [lead, ORG_EN]


def test_a_value_too_wide_for_the_labels_line_keeps_its_word_whole() -> None:
    """A value whose first word does not fit after the label: the label's line holds the label
    (cutting inside the word would be worse)."""
    word = "Wissenschaftsministeriumsverwaltungsgesellschaft"
    width = text_width(word, STYLE) + 4
    lines = lines_of("Organisation", word, width)
    assert [line.strip() for line in lines] == ["Organisation:", word]


def test_on_paper_the_first_line_holds_label_and_name() -> None:
    label, value = CASES[0]
    width = squeezed(label, value)[-1]
    expected = lines_of(label, value, width)
    pdf = build_pdf([Paragraph(spans(label, value), STYLE)], pagesize=(width + 144 + 12, 842))
    document = pypdfium2.PdfDocument(pdf)
    try:
        read = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    printed = [ln.rstrip() for ln in read.replace("\r\n", "\n").split("\n")]
    assert printed == [ln.rstrip() for ln in expected]
    assert printed[0].startswith("Organisation: Ministry of Science")
