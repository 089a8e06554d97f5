"""Where a line may end, and how willingly: every break opportunity has a grade.

A Thai editor breaks between the longest words; splits a compound between its parts, a name
at its spaces, only when it does not fit on a line of its own; and cuts an unknown word only
between syllables. Grades, best first (:mod:`brst_desktop.typeset.layout` takes a worse grade
only for a piece that does not fit a whole line at the better one):

``FREE``      between words (Thai longest words, spaces, UAX #14 for Latin and CJK prose)
``SPAN``      at a space inside a kept-together span (a person's name as printed, with its
              honorific and other scripts: ``ฯพณฯ หยิน เหอจวิ้น / H.E. Yin Hejun``)
``NAME``      inside a name of the document's vocabulary: at a space, or between its words;
              worse the more names nest around the place (``นางสาว|ศุภมาส อิศรภักดี``
              keeps the name without its title whole)
``JOINED``    between words that belong together: inside a name, a number and what it counts
              (``พ.ศ. 2562``, ``ครั้งที่ 1``, ``15:15 CST``, ``3,500 บาท``, ``30 Oct``), the
              halves of a hyphenated word, the characters of a short Chinese name, a title and
              the name after it (``Ms. Supamas``, ``ศ.ดร. สมชาย``, ``นางสาว|ศุภมาส``), the
              two ends of a range written without spaces (``13.30–14.15 น.``, ``5–9 พฤศจิกายน``),
              a Thai negator and the word it negates (``ไม่|รับประทาน``)

Never: after an opening quote or before a closing one (``“หนึ่งแถบ…”`` keeps its marks).
``PART``      between the parts of a Thai compound (``ปัญญา|ประดิษฐ์``)
``SYLLABLE``  between two syllables of one Thai word
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from brst_desktop.core.dates import ENGLISH_MONTHS, THAI_MONTHS, THAI_MONTHS_SHORT
from brst_desktop.typeset.linebreak import line_break_opportunities
from brst_desktop.typeset.thai import breakable, syllable_cuts, word_cuts
from brst_desktop.typeset.vocabulary import Vocabulary

FREE, SPAN, NAME, JOINED, PART, SYLLABLE = 0.0, 1.0, 2.0, 3.0, 4.0, 5.0
#: inside a name, each name nested around a position makes a break there this much worse,
#: and a break at no space half as much again (still better than JOINED)
_NESTING = 0.2

#: a Chinese run at most this long, in a paragraph that is not mostly Chinese, is a name
SHORT_HAN = 12
_HYPHENS = frozenset("-\u2010")
_DIGIT = re.compile(r"[0-9\u0e50-\u0e59]")
_TOKEN = re.compile(r"\S+")
#: Thai units and classifiers a number is printed with
_UNITS = frozenset(
    [
        *("บาท", "หยวน", "ดอลลาร์", "คน", "ท่าน", "ราย", "ครั้ง", "ปี", "เดือน", "วัน"),
        *("สัปดาห์", "ชั่วโมง", "ชม.", "นาที", "น.", "กม.", "กก.", "ล้าน", "พัน", "หมื่น"),
        *("แสน", "แห่ง", "ฉบับ", "หน้า", "ข้อ", "เรื่อง", "รายการ", "ประเทศ", "โครงการ"),
        *("หน่วยงาน", "ลำดับ", "ศตวรรษ", "ตำแหน่ง", "เท่า", "เล่ม", "ชิ้น", "องค์กร"),
    ]
)
#: Thai words that name the number after them (with those ending in ที่ or a full stop)
_LABELS = frozenset(
    [
        *("ปี", "เวลา", "หน้า", "ข้อ", "มาตรา", "ชั้น", "ห้อง", "อาคาร", "ประตู"),
        *("เที่ยวบิน", "จำนวน", "ราคา", "รวม", "ฉบับ", "ครั้ง", "รุ่น"),
    ]
)
_LATIN_LABELS = frozenset(
    [
        *("no", "page", "p", "pp", "room", "gate", "hall", "level", "floor", "terminal"),
        *("flight", "day", "article", "chapter", "section", "edition", "class", "version"),
        # currency codes written before the amount (THB 3,500, CNY 200)
        *("thb", "cny", "rmb", "usd", "eur", "gbp", "jpy", "sgd", "hkd"),
    ]
)
_MONTHS = frozenset(THAI_MONTHS + THAI_MONTHS_SHORT + ENGLISH_MONTHS) | frozenset(
    m[:3] for m in ENGLISH_MONTHS
)
#: a label may be the end of a longer word (ระยะเวลา 10 ปี, ประจำปี 2553, เดือนกันยายน 2566)
_LABEL_ENDINGS = ("ที่", ".", *_LABELS, *_MONTHS)


def _is_label(word: str) -> bool:
    """A word that names the number after it: ปี, ประจำปี, พ.ศ., วันที่, ครั้งที่, a month, an
    abbreviation, a dash (``– 12:00``), No., Room. Not any word: ``เมื่อ 31 ต.ค.`` may part."""
    word = word.strip(",;:()")
    return (
        word.endswith(_LABEL_ENDINGS)
        or word[:1] in ("–", "—", "-")
        or word.lower() in _LATIN_LABELS
    )


def _is_unit(word: str) -> bool:
    """A word that counts or qualifies the number before it: a month, a Thai unit or
    classifier (บาท, คน, ครั้ง), a short Latin word (CST, km, Oct, USD, %), or the dash of a
    range. Not any short Thai word: ``2566 ที่กรุงเทพฯ`` may part."""
    word = word.strip(",;:()")
    if word[:1] in ("–", "—", "-") or word in _MONTHS or word in _UNITS:
        return True
    return word.isascii() and sum(1 for ch in word if ch.isalpha()) <= 4


_HAN = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_HAN_RUN = re.compile(f"[{_HAN}]+")
#: Thai letters and marks, not digits or the baht sign
_THAI_RUN = re.compile("[\u0e01-\u0e3a\u0e40-\u0e4e]+")
_THAI_HAN = re.compile(f"(?<=[\u0e01-\u0e4e])(?=[{_HAN}])|(?<=[{_HAN}])(?=[\u0e01-\u0e4e])")
_SPACED_DASH = re.compile("(?<= )[–—](?= |$)")
#: Thai negators: a word of their own for the segmenters (``ไม่|รับประทาน``), but a line that
#: holds only ``ไม่`` reads as a fragment; they go with the word they negate wherever it fits
_NEGATOR = re.compile("(?:ไม่|มิ)(?=[\u0e01-\u0e4e])")
#: an unspaced dash between two numbers: a range (13.30–14.15, 5–9, 2023–2024)
_RANGE_DASH = re.compile(r"(?<=\d)[–—‒-](?=\d)")
#: quotes that open (a line never ends after one) and close (a line never begins with one);
#: an ASCII quote opens after a space or a bracket and closes before one
_OPENING_QUOTE = re.compile(r"""[“‘«„‚]|(?:^|(?<=[\s(\[]))["'](?=\S)""")
_CLOSING_QUOTE = re.compile(r"""[”’»]|(?<=\S)["'](?=[\s)\].,;:!?]|$)""")
#: titles a name is printed after; a line does not end between the last one and the name
_LATIN_TITLES = (
    *("Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Assoc", "Asst", "H.E", "H.R.H", "H.M"),
    *("Mme", "Mlle", "Sir", "Dame", "Amb", "Gen", "Lt", "Col", "Capt", "Adm", "Rev", "Hon"),
)
_THAI_TITLES = (
    *("ฯพณฯ", "นางสาว", "นาง", "นาย", "น.ส.", "ดร.", "ศ.", "รศ.", "ผศ.", "ศ.ดร.", "รศ.ดร."),
    *("ผศ.ดร.", "ศาสตราจารย์", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์", "นพ.", "พญ.", "ม.ร.ว."),
    *("ม.ล.", "พล.อ.", "พล.ต.อ.", "พล.ร.อ.", "พล.อ.อ.", "ท่านผู้หญิง", "คุณหญิง"),
)
_TITLE = re.compile(
    r"(?<![A-Za-z.])(?:"
    + "|".join(re.escape(t) for t in sorted(_LATIN_TITLES, key=len, reverse=True))
    + r")(?:\.(?= ?[^\W\d_])|(?= [^\W\d_]))"
    + r"|(?:"
    + "|".join(re.escape(t) for t in sorted(_THAI_TITLES, key=len, reverse=True))
    + r")(?= ?[^\W\d_])"
)


def grade_breaks(
    text: str, vocabulary: Vocabulary | None = None, kept: Sequence[tuple[int, int]] = ()
) -> dict[int, float]:
    """Position -> grade of every break opportunity ``0 < i <= len(text)`` (a line may end
    before ``text[i]``); ``kept`` are spans whose words stay together like a name's."""
    grades = dict.fromkeys(line_break_opportunities(text) if text else [], FREE)
    grades[len(text)] = FREE
    names = vocabulary.matches(text) if vocabulary else []

    def demote(position: int, grade: float) -> None:
        if position in grades and grades[position] < grade:
            grades[position] = grade

    # Thai: the dictionary's words, parts and syllables replace Qt's boundaries inside a run;
    # a name of the vocabulary inside a run is a word of its own
    edges = sorted({e for span in names for e in span})
    for run in _THAI_RUN.finditer(text):
        start, end = run.span()
        for i in range(start + 1, end):
            grades.pop(i, None)
        cuts = [start] + [e for e in edges if start < e < end and breakable(text, e)] + [end]
        for i in cuts[1:-1]:
            grades[i] = FREE
        for a, b in itertools.pairwise(cuts):
            piece = text[a:b]
            found, parts = word_cuts(piece)
            for c in syllable_cuts(piece):
                grades[a + c] = SYLLABLE
            for c in parts:
                grades[a + c] = PART
            for c in found:
                grades[a + c] = FREE

    # a negator stays with the word after it (``ไม่`` alone atop a narrow table cell)
    for negator in _NEGATOR.finditer(text):
        start, end = negator.span()
        if grades.get(end) == FREE and (start == 0 or grades.get(start) == FREE):
            demote(end, JOINED)

    han_runs = [m.span() for m in _HAN_RUN.finditer(text)]
    if han_runs:
        # Chinese meets Thai: a change of script is a word boundary (UAX #14 leaves it to the
        # dictionary, which knows neither side's neighbour)
        for edge in _THAI_HAN.finditer(text):
            grades.setdefault(edge.start(), FREE)
        # a short Chinese name inside a Thai or English line stays whole
        han = sum(end - start for start, end in han_runs)
        letters = sum(1 for ch in text if ch.isalpha())
        if han * 2 < letters:
            for start, end in han_runs:
                if end - start <= SHORT_HAN:
                    for i in range(start + 1, end):
                        demote(i, JOINED)

    # a number stays with the word before it (its label: พ.ศ. 2562, ปี 2569, – 12:00) and
    # with a unit after it (3,500 บาท, 15:15 CST, 31 ต.ค., 30 Oct, 6 พฤศจิกายน)
    tokens = [m.span() for m in _TOKEN.finditer(text)]
    free = sorted(b for b, grade in grades.items() if grade == FREE)
    for (a0, a1), (b0, b1) in itertools.pairwise(tokens):
        last_word = max((f for f in free if a0 < f < a1), default=a0)
        label = text[last_word:a1]
        if _DIGIT.search(text, b0, b1) and (_DIGIT.search(label) or _is_label(label)):
            demote(b0, JOINED)
            if label == "ที่" and last_word > a0:
                demote(last_word, JOINED)  # ครั้งที่ 1, ฉบับที่ 2: the ordinal is one label
        elif _DIGIT.search(text, a0, a1):
            first_word_end = free[bisect_right(free, b0)] if free[-1] > b0 else b1
            if _is_unit(text[b0 : min(b1, first_word_end)]):
                demote(b0, JOINED)

    # a range stays whole if it fits: UAX #14 breaks after an en dash, and a reader of
    # "(13.30–" at a line's end must look for the range's end on the next line
    for dash in _RANGE_DASH.finditer(text):
        demote(dash.end(), JOINED)

    # a hyphenated word stays whole if it fits (pdftotext also drops a hyphen that ends a line)
    for position in list(grades):
        if (
            1 < position < len(text)
            and text[position - 1] in _HYPHENS
            and text[position - 2].isalpha()
            and text[position].isalpha()
        ):
            demote(position, JOINED)

    # names of the vocabulary: the fewer names around a place, the better a break there; in
    # the rest of a kept-together span lines end at its spaces if need be
    depth: dict[int, int] = {}
    for start, end in names:
        inner = vocabulary.nested(text, start, end) if vocabulary else []
        for a, b in [(start, end), *inner]:
            for position in range(a + 1, b):
                depth[position] = depth.get(position, 0) + 1
    for position, count in depth.items():
        if position in grades:
            step = 2 * (count - 1) + (0 if text[position - 1].isspace() else 1)
            demote(position, min(NAME + _NESTING * step / 2, JOINED - 0.01))
    for start, end in kept:
        for position in range(start + 1, end):
            if position in grades and position not in depth:
                demote(position, SPAN if text[position - 1].isspace() else JOINED)
    _keep_titles_and_quotes(text, grades, demote)
    # a spaced dash stays with the word before it (``ไทย – |จีน``, ``09:00 – |12:00``): a line
    # that begins with a dash reads as a list item or a reply, and the title in a narrow cell
    # broke ``การประชุมทวิภาคีไทย / – จีน``; the line may end after the dash instead
    for dash in _SPACED_DASH.finditer(text):
        grades.pop(dash.start(), None)
    return grades


def _keep_titles_and_quotes(
    text: str, grades: dict[int, float], demote: Callable[[int, float], None]
) -> None:
    """A title stays with the name after it (``Ms.|Supamas`` only if ``Ms. Supamas`` cannot
    fit a line), and a quote with its word: UAX #14 (and Qt) break after ``“`` before Thai."""
    titles = [m.span() for m in _TITLE.finditer(text)]
    starts = {start for start, _end in titles}
    for start, end in titles:
        # a Thai title glued to the word before it only where a word ends there (โดย|นาย)
        if start and _THAI_RUN.match(text, start - 1) and grades.get(start) != FREE:
            continue
        after = end + 1 if text[end : end + 1] == " " else end
        if after not in starts:  # a chain may part between two titles (Assoc. Prof.|Dr. X)
            demote(after, JOINED)
    for match in _OPENING_QUOTE.finditer(text):
        grades.pop(match.end(), None)
        if match.start() and text[match.start() - 1] == " ":
            grades.setdefault(match.start(), FREE)  # Qt has none before “ when Thai follows
    for match in _CLOSING_QUOTE.finditer(text):
        if match.start() > 0:
            grades.pop(match.start(), None)
