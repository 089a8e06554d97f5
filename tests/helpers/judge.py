"""An independent judge of line breaks: what a Thai editor would reject, found with tools the
layout does not use.

The layout breaks Thai with newmm (typeset/matching.py, word for word nlpo3's) over PyThaiNLP's
word list and its syllable list.
The judge uses other sources:

- words and compounds: the Royal Institute's word list and the Volubilis dictionary (both
  shipped by PyThaiNLP; the layout uses neither), read with the fewest tokens; a break
  that no fewest-token reading has splits the word or compound around it;
- syllables: two statistical (CRF) syllable models, PyThaiNLP's ``han_solo`` and ``ssg``: a
  position neither takes for a syllable boundary is inside a syllable;
- names: the terms given to it (the book's database), with the title before them: a title
  (``Ms.``, ``ฯพณฯ``, ``นางสาว``) goes with the name, so a name with its title that does not fit
  may part at the name's spaces but not right after the title; a name after a label
  (``Organisation: ``) that does not fit the label's line may part between its words;
- numbers: a number and the word before it (its label), or a month or short word after it
  (its unit), words as Qt sees them.

A break inside one of these is only allowed when the piece it cuts does not fit on a line of
its own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from brst_desktop.typeset.linebreak import line_break_opportunities, word_boundaries

_THAI = re.compile(r"[\u0e01-\u0e4e]")
_DIGIT = re.compile(r"[0-9\u0e50-\u0e59]")


@cache
def _months() -> frozenset[str]:
    import calendar

    from pythainlp.util.date import thai_abbr_months, thai_full_months

    english = [m for m in calendar.month_name if m] + [m for m in calendar.month_abbr if m]
    return frozenset([*thai_full_months, *thai_abbr_months, *english])


#: Thai words that count or measure (classifiers and units)
_THAI_UNITS = frozenset(
    [
        *("บาท", "คน", "ครั้ง", "ปี", "เดือน", "วัน", "ชั่วโมง", "นาที", "น.", "กม.", "กก."),
        *("ล้าน", "พัน", "หมื่น", "แสน", "แห่ง", "ฉบับ", "หน้า", "ราย", "รายการ", "ประเทศ"),
    ]
)


#: words that name the number after them (the issue's พ.ศ. 2562, ครั้งที่ 1, ในปี 2569, – 12:00)
_THAI_LABELS = frozenset(["ปี", "เวลา", "หน้า", "ข้อ", "ฉบับ", "ครั้ง", "ชั้น", "ห้อง", "จำนวน"])


def _is_label(word: str) -> bool:
    word = word.strip(",;:()")
    return (
        word in _THAI_LABELS
        or word in _months()
        or word.endswith(("ที่", "."))
        or word[:1] in ("–", "—", "-")
        or word.lower() in ("no", "page", "room")
    )


def _unit_at(text: str, start: int, end: int) -> bool:
    """Whether the token ``text[start:end]`` begins with what a number counts: a month, a
    Thai unit or classifier, a short Latin word (CST, km, Oct, USD), or a range's dash."""
    token = text[start:end].strip(",;:()")
    if token[:1] in ("–", "—", "-") or token in _months():
        return True
    if token.isascii():
        return sum(1 for ch in token if ch.isalpha()) <= 4
    first = min((b for b in word_boundaries(token) if b > 0), default=len(token))
    return token[:first].strip() in _THAI_UNITS or token[:first].strip() in _months()


#: titles printed before a name (the judge's own list: Thai ones from PyThaiNLP's word lists
#: would catch นาย in นายก; these are the forms official documents print)
_TITLE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Assoc|Asst|H\.E)\.|(?:ฯพณฯ|นางสาว|นาง|นาย|ศ\.ดร\.|รศ\.|ดร\.|"
    r"รองศาสตราจารย์|ศาสตราจารย์|แพทย์หญิง)) ?"
)


def _titled(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Name spans extended back over the title printed right before them (the last of a chain:
    ``รองศาสตราจารย์ |ดร.วีระพงษ์`` may part between two titles)."""
    ends = {m.end(): m.start() for m in _TITLE.finditer(text)}
    return [(ends.get(a, a), b) for a, b in spans]


def _thai(ch: str) -> bool:
    return bool(_THAI.fullmatch(ch))


@cache
def dictionary_words() -> frozenset[str]:
    """The Royal Institute's word list and the Volubilis dictionary's, both as PyThaiNLP
    ships them; the layout uses neither."""
    from pythainlp.corpus import get_corpus

    words = set(get_corpus("orst_words_th.txt")) | set(get_corpus("volubilis_words_th.txt"))
    return frozenset(w for w in words if len(w) > 1 and " " not in w)


@cache
def _syllable_boundaries(text: str) -> frozenset[int]:
    """Boundaries either CRF syllable model finds (they were trained apart and err apart)."""
    import warnings

    from pythainlp.tokenize import syllable_tokenize

    found: set[int] = set()
    for engine in ("han_solo", "ssg"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tokens = syllable_tokenize(text, engine=engine, keep_whitespace=True)
        assert "".join(tokens) == text
        found.update(itertools.accumulate(len(t) for t in tokens))
    return frozenset(found)


def _thai_run(text: str, i: int) -> tuple[int, int]:
    start, end = i, i
    while start > 0 and _thai(text[start - 1]):
        start -= 1
    while end < len(text) and _thai(text[end]):
        end += 1
    return start, end


@cache
def _segmentations(run: str) -> tuple[list[int], list[int], list[list[int]]]:
    """Fewest-token segmentations of a Thai run: ``(ahead, behind, words)``, where
    ``ahead[i]`` is the fewest tokens for ``run[:i]``, ``behind[i]`` for ``run[i:]``, and
    ``words[i]`` the ends of the dictionary words starting at ``i``. Tokens are dictionary
    words, การ/ความ + such a word (the productive noun prefixes), or syllables (by the CRF
    models) for what no dictionary knows; a single character costs two."""
    words = dictionary_words()
    n = len(run)
    syllables = sorted(_syllable_boundaries(run) | {0})
    steps: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    dictionary: list[list[int]] = [[] for _ in range(n + 1)]
    for i in range(n):
        for j in range(i + 2, min(n, i + 40) + 1):
            piece = run[i:j]
            if piece in words or _prefixed_noun(piece, words):
                steps[i].append((j, 1))
                dictionary[i].append(j)
        steps[i].append((i + 1, 2))
    for a, b in itertools.pairwise(syllables):
        steps[a].append((b, 1))
    inf = 10**9
    ahead = [inf] * (n + 1)
    ahead[0] = 0
    for i in range(n):
        if ahead[i] < inf:
            for j, cost in steps[i]:
                ahead[j] = min(ahead[j], ahead[i] + cost)
    behind = [inf] * (n + 1)
    behind[n] = 0
    for i in range(n - 1, -1, -1):
        behind[i] = min(cost + behind[j] for j, cost in steps[i])
    return ahead, behind, dictionary


def _prefixed_noun(piece: str, words: frozenset[str]) -> bool:
    """การ or ความ and a content word: the productive way Thai makes nouns (การแลกเปลี่ยน)."""
    for prefix in ("การ", "ความ"):
        rest = piece[len(prefix) :]
        if (
            piece.startswith(prefix)
            and rest in words
            and rest not in _stopwords()
            and "การ" not in rest
            and "ความ" not in rest
        ):
            return True
    return False


@cache
def _stopwords() -> frozenset[str]:
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords())


def _between_words(text: str, cut: int) -> bool:
    """Whether a fewest-token reading has dictionary words on both sides of the cut
    (เพื่อ|นวัตกรรม, which the syllable models read as เพื่อน|วัต)."""
    start, end = _thai_run(text, cut)
    run = text[start:end]
    ahead, behind, dictionary = _segmentations(run)
    c = cut - start
    if ahead[c] + behind[c] != ahead[len(run)]:
        return False
    left = any(c in dictionary[i] and ahead[i] + 1 == ahead[c] for i in range(max(0, c - 40), c))
    right = any(behind[j] + 1 == behind[c] for j in dictionary[c])
    return left and right


def _split_word(text: str, cut: int) -> tuple[int, int] | None:
    """The dictionary word (or compound) a cut splits, in every fewest-token reading of the
    Thai run around it; None when some such reading has a boundary at the cut (ambiguous
    text such as จัด|การประชุม / จัดการ|ประชุม may end a line at either)."""
    start, end = _thai_run(text, cut)
    run = text[start:end]
    ahead, behind, dictionary = _segmentations(run)
    best = ahead[len(run)]
    c = cut - start
    if ahead[c] + behind[c] == best:
        return None
    syllables = _syllable_boundaries(run) | {0, len(run)}
    spans = [
        (i, j)
        for i in range(max(0, c - 40), c)
        for j in dictionary[i]
        # a reading whose word begins or ends inside a syllable is no reading (ส|กายา)
        if j > c and ahead[i] + 1 + behind[j] == best and i in syllables and j in syllables
    ]
    if not spans:
        return None  # split a piece no dictionary knows: the syllable check covers it
    i, j = min(spans, key=lambda s: s[1] - s[0])
    return start + i, start + j


@dataclass(frozen=True)
class Fault:
    kind: str
    position: int
    context: str

    def __str__(self) -> str:
        return f"{self.kind} at {self.position}: {self.context}"


def _context(text: str, i: int) -> str:
    return f"{text[max(0, i - 12) : i]}|{text[i : i + 12]}"


def _after_label(
    text: str, ends: Iterable[int], a: int, b: int, cut: int, fits: Callable[[int, int], bool]
) -> bool:
    """A name right after a label (``Organisation: ``, ``MoU: ``) that does not fit the rest
    of the label's line may part there between its words: moved whole it would leave the label
    alone above it (issue 14)."""
    if a < 2 or text[a - 2] != ":" or text[a - 1] not in " \u00a0":
        return False
    previous = [e for e in ends if e <= a]
    line_start = max(previous, default=0)
    first_end = min((e for e in ends if e > a), default=len(text))
    label_alone = text[line_start:a].strip()
    return first_end >= cut and bool(label_alone) and not fits(line_start, b)


def faults(
    text: str,
    ends: Iterable[int],
    fits: Callable[[int, int], bool],
    names: Iterable[str] = (),
    known: frozenset[int] = frozenset(),
) -> list[Fault]:
    """Line ends (positions after which a line ends, trailing spaces included) a Thai editor
    would reject. ``fits(a, b)``: whether ``text[a:b]`` fits on a line of its own; ``known``:
    positions known to be between words (where the text was made by joining words)."""
    ends = sorted(ends)
    found: list[Fault] = []
    qt = set(word_boundaries(text)) | {0}
    name_spans = _titled(
        text,
        [
            (m.start(), m.end())
            for name in names
            if len(name) > 1
            for m in re.finditer(re.escape(name), text)
        ],
    )
    titles = [m.span() for m in _TITLE.finditer(text)]
    tokens = [m.span() for m in re.finditer(r"\S+", text)]
    opportunities = line_break_opportunities(text)
    for end in ends:
        if end >= len(text) or text[end - 1] == "\n":
            continue
        cut = end
        while cut > 0 and text[cut - 1].isspace():
            cut -= 1
        # names from the database (whole with what UAX #14 does not let a line end before:
        # ``โต๊ะมีนา /`` is as wide as a line must be to hold the name)
        for a, b in name_spans:
            whole = min((o for o in opportunities if o >= b), default=b)
            if a < cut < b and fits(a, whole) and not _after_label(text, ends, a, b, cut, fits):
                found.append(Fault("name", end, _context(text, end)))
        # a title left at the end of a line when it and the word after it fit one
        for a, b in titles:
            following = min((o for o in opportunities if o > b), default=len(text))
            if end == b and not _TITLE.match(text, b) and fits(a, following):
                found.append(Fault("title", end, _context(text, end)))
        # a number and its label or unit
        if text[end - 1].isspace():
            before = next((t for t in reversed(tokens) if t[1] <= cut), None)
            after = next((t for t in tokens if t[0] >= end), None)
            if before and after:
                left = text[before[0] : before[1]]
                right = text[after[0] : after[1]]
                # the label is the last word before the number (as Qt sees words)
                label = max((b for b in qt if before[0] <= b < before[1]), default=before[0])
                unit_end = min((b for b in qt if after[0] < b <= after[1]), default=after[1])
                labelled = _DIGIT.search(left) or _is_label(text[label : before[1]])
                if (_DIGIT.search(right) and labelled and fits(label, after[1])) or (
                    _DIGIT.search(left)
                    and _unit_at(text, after[0], after[1])
                    and fits(before[0], unit_end)
                ):
                    found.append(Fault("number", end, _context(text, end)))
        if cut in known or not (0 < cut < len(text) and _thai(text[cut - 1]) and _thai(text[cut])):
            continue
        # a name is a word: its edges are word boundaries (รัฐมนตรีว่าการ|กระทรวงการอุดมศึกษา...)
        if any(cut in (a, b) for a, b in name_spans):
            continue
        # Thai: syllables, words, compounds
        # a silenced consonant (ทัณฑฆาต) ends a syllable: a fact of the spelling the
        # statistical models sometimes miss in transliterations (คาร์|สเทน)
        if (
            cut not in _syllable_boundaries(text)
            and text[cut - 1] != "\u0e4c"
            and not _between_words(text, cut)
        ):
            found.append(Fault("syllable", end, _context(text, end)))
            continue
        # inside a name too long for a line only syllables matter: a name is not made of
        # dictionary words (สเวียตลานาซีคานอวฟ์สกายา holds กายา, "body")
        if any(a < cut < b for a, b in name_spans):
            continue
        word = _split_word(text, cut)
        if word is not None and fits(*word):
            kind = "word" if word[1] - word[0] < 6 else "compound"
            found.append(Fault(kind, end, _context(text, end) + f" ({text[word[0] : word[1]]})"))
    return found
