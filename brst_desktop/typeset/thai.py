"""Where Thai text may be broken: words (longest first), compound parts, and syllables.

Thai is written without spaces between words, so break opportunities come from a dictionary.
Three grades, best first:

- **words** by maximal matching (newmm, the field's standard algorithm, :mod:`.matching`)
  over PyThaiNLP's word list and the Volubilis dictionary's, which hold compounds
  (``ปัญญาประดิษฐ์``, ``หน่วยงาน``, ``สาธารณรัฐประชาชนจีน``) as words: the fewest, longest words;
- **compound parts**: where Qt's dictionary (ICU's, which lists parts rather than compounds)
  splits a word further (``ปัญญา|ประดิษฐ์``), for a compound that does not fit a line;
- **syllables**, by maximal matching over PyThaiNLP's syllable list, for runs no dictionary
  knows (transliterated names) that do not fit a line: only those the spelling makes
  certain (:func:`certain`).

Whatever the source, a position inside a syllable is never offered: the spelling rules in
:func:`breakable` reject the positions where a Thai syllable cannot end (before a vowel sign or
tone mark, after a leading vowel, before a silenced consonant, between MAI HAN-AKAT or
MAITAIKHU and the final consonant they require...), and the matching's guesses in runs it does
not know (``แช|น|นิ่ง``, ``ผลิ|ตก|ราฟีน``) are only taken where the spelling confirms them.

The lists ship in resources/dictionaries (see its LICENSE.txt and build.py); nothing is
fetched, and PyThaiNLP itself is not needed at run time. Each is read once per process, when
the first Thai run is broken (about 0.4 s and 20 MB for the words): a window that prints
nothing never reads them.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from brst_desktop.resources import resource_path
from brst_desktop.typeset.dictionary import WordList
from brst_desktop.typeset.linebreak import word_boundaries
from brst_desktop.typeset.matching import segment

_CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))  # ก..ฮ (with ฤ ฦ)
_LEADING = frozenset("เแโใไ")
#: vowel signs and marks written after, above or below a consonant; never begin a syllable
_FOLLOWING = frozenset("ะาำๅๆฯ\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a") | frozenset(
    chr(c) for c in range(0x0E47, 0x0E4F)
)
_TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
_KARAN = "\u0e4c"
#: after these a final consonant must follow in the same syllable (กัน, เก็บ)
_NEEDS_FINAL = frozenset("\u0e31\u0e47")
#: vowel signs that make a lone consonant a syllable (with the leading vowels and ำ ะ)
_VOWELS = _FOLLOWING - {"ๆ", "ฯ"} - _TONES
#: consonants that begin a cluster with ร ล ว (ปร, กล, กว)
_CLUSTER_HEADS = frozenset("กขคตปพผบดทฟศส")
#: these always end a syllable
_ENDS = frozenset("\u0e4cะำ")
#: one-letter words
_ONE_LETTER_WORDS = frozenset("ณธฯ")

_load_lock = threading.Lock()
_lists: dict[str, WordList] = {}


def is_thai_letter(ch: str) -> bool:
    """A Thai consonant, vowel or mark (not a digit or currency sign)."""
    return "\u0e01" <= ch <= "\u0e4e" and ch != "\u0e3f"


def _word_list(file: str) -> WordList:
    """A list of resources/dictionaries, read once per process (whichever thread asks first)."""
    found = _lists.get(file)
    if found is None:
        with _load_lock:
            found = _lists.get(file)
            if found is None:
                path = resource_path("dictionaries", file)
                if not path.is_file():
                    raise RuntimeError(
                        f"The Thai word list {path} is missing from the installation."
                    )
                found = _lists[file] = WordList.read(path)
    return found


def words() -> WordList:
    """The word list: what the words are matched against, and for telling dictionary words
    from pieces of unknown runs."""
    return _word_list("words.txt")


def syllables() -> WordList:
    """The syllable list: what syllables are matched against, and for telling syllables
    without a vowel sign (คน) from fragments."""
    return _word_list("syllables_th.txt")


def breakable(text: str, i: int) -> bool:
    """Whether a Thai syllable may end before ``text[i]`` (both neighbours Thai letters)."""
    ch = text[i]
    if ch in _FOLLOWING:
        return False  # a vowel sign or mark belongs to the consonant before it
    before = text[i - 1]
    if before in _LEADING:
        return False  # เ แ โ ใ ไ begin a syllable: its consonant follows
    after = text[i + 1] if i + 1 < len(text) else ""
    if ch in _CONSONANTS and (
        after == _KARAN or (after in _CONSONANTS and i + 2 < len(text) and text[i + 2] == _KARAN)
    ):
        return False  # a silenced consonant (ศาสตร์, จันทร์) ends the syllable before it
    j = i - 1
    while j > 0 and text[j] in _TONES:
        j -= 1
    vowel = text[j]
    if vowel in _NEEDS_FINAL and text[j - 1 : j + 1] != "ก\u0e47":
        return False  # กั|น, เก็|บ: the final consonant follows (ก็ is a word of its own)
    # the vowels เ-ีย, เ-ือ, เ-อ end in ย or อ: เสี|ยง, เมื|อง, เธ|อ
    if (ch == "ย" and vowel == "\u0e35") or (ch == "อ" and vowel == "\u0e37"):
        return not _opened_by_e(text, j - 1)
    if ch == "อ" and vowel in _CONSONANTS:
        return not _opened_by_e(text, j)
    return True


def certain(text: str, i: int) -> bool:
    """Whether the spelling alone shows a syllable boundary before ``text[i]``.

    A leading vowel begins a syllable; a silenced consonant, SARA A and SARA AM end one; a
    consonant with a vowel sign or tone mark after it begins one when the syllable before is
    complete (ends in a vowel or tone mark, or is a leading vowel and its consonant: เท|ทัม);
    and a final consonant (one after a vowel sign or tone mark, or after a leading vowel and
    its consonant: แชน) ends one. Ambiguous spellings (แห่|งบ or แห่ง|บ?) are not certain.
    """
    if not breakable(text, i):
        return False
    ch, before = text[i], text[i - 1]
    if ch in _LEADING or before in _ENDS or before in "ๆฯ":
        return True
    if ch not in _CONSONANTS:
        return False
    two_back = text[i - 2] if i >= 2 else ""
    three_back = text[i - 3] if i >= 3 else ""
    if before in _CONSONANTS:
        # is the consonant before a final? after a vowel sign or tone mark, or in แชน
        return (
            two_back in _VOWELS
            or two_back in _TONES
            or (three_back in _LEADING and two_back in _CONSONANTS)
        )
    return _onset(text, i) and (before in _VOWELS or before in _TONES)


def _onset(text: str, i: int) -> bool:
    """Whether ``text[i]`` begins a syllable's onset: a consonant, or a true cluster (ปร, กล,
    กว, หน, อย), with a vowel sign or tone mark after it."""
    ch = text[i]
    after = text[i + 1] if i + 1 < len(text) else ""
    after_next = text[i + 2] if i + 2 < len(text) else ""
    cluster = (after in "รลว" and ch in _CLUSTER_HEADS) or (
        (ch == "ห" and after in "งญนมยรลว") or (ch + after == "อย")
    )
    return (
        after in _FOLLOWING
        or after in _TONES
        or (cluster and (after_next in _FOLLOWING or after_next in _TONES))
    )


def _opened_by_e(text: str, j: int) -> bool:
    """Whether ``text[j]`` is the consonant (or the last of a cluster) right after a SARA E."""
    k = j
    while k >= 0 and j - k < 3 and text[k] in _CONSONANTS:
        k -= 1
    return k < j and k >= 0 and text[k] == "เ"


def _has_vowel(piece: str) -> bool:
    return any(ch in _VOWELS or ch in _LEADING for ch in piece)


def _bare(word: str) -> bool:
    """Two consonants and no vowel sign (งบ, ตก): a word, or a guess of the matching."""
    return len(word.rstrip("\u0e48\u0e49\u0e4a\u0e4b")) <= 2 and not _has_vowel(word)


def _is_syllable(piece: str, known: WordList) -> bool:
    """A piece that can stand as a syllable: one with a vowel sign, or a known one (คน)."""
    return (
        piece in _ONE_LETTER_WORDS
        or piece in known
        or any(ch in _VOWELS or ch in _LEADING for ch in piece)
    )


def _has_final(piece: str) -> bool:
    """Whether a syllable ends in a final consonant (one after its vowel or tone mark)."""
    return (
        len(piece) >= 2
        and piece[-1] in _CONSONANTS
        and (piece[-2] in _VOWELS or piece[-2] in _TONES)
    )


def _cuts(tokens: list[str]) -> list[int]:
    cuts = []
    position = 0
    for token in tokens[:-1]:
        position += len(token)
        cuts.append(position)
    return cuts


@lru_cache(maxsize=4096)
def syllable_cuts(run: str) -> tuple[int, ...]:
    """Positions inside a run of Thai letters certainly between two syllables: those of the
    syllable matching that the spelling confirms (see :func:`certain`)."""
    return tuple(c for c in matched_syllables(run) if certain(run, c))


@lru_cache(maxsize=4096)
def matched_syllables(run: str) -> tuple[int, ...]:
    """Positions between syllables by maximal matching over the syllable list."""
    # besides the matching's cuts: a leading vowel always begins a syllable, and a silenced
    # consonant, SARA A and SARA AM always end one
    found = set(_cuts(segment(run, syllables())))
    found.update(i for i in range(1, len(run)) if run[i] in _LEADING or run[i - 1] in _ENDS)
    cuts = sorted(c for c in found if breakable(run, c))
    # a piece that is no syllable is joined to its neighbours: a lone consonant to the piece
    # before it as its final (แช|น -> แชน) or, when that has one already or there is none, to
    # the piece after it as the first of a cluster (กว่าง|จวิน); consonants without a vowel
    # that the syllable list does not know (กว่า|งจ|วิน) to both
    bounds = [0, *cuts, len(run)]
    known = syllables()
    k = 0
    while k < len(bounds) - 1 and len(bounds) > 2:
        piece = run[bounds[k] : bounds[k + 1]]
        last = k + 1 == len(bounds) - 1
        if _is_syllable(piece, known):
            k += 1
        elif sum(1 for ch in piece if ch in _CONSONANTS) > 1:
            if not last:
                del bounds[k + 1]
            if k > 0:
                del bounds[k]
                k -= 1
        elif k == 0 or (not last and _has_final(run[bounds[k - 1] : bounds[k]])):
            del bounds[k + 1]
        else:
            del bounds[k]
            k -= 1
    return tuple(bounds[1:-1])


@lru_cache(maxsize=4096)
def word_cuts(run: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """``(words, parts)``: positions inside a run of Thai letters between its longest words,
    and further positions between the parts of those words (compounds)."""
    syllables = set(matched_syllables(run))
    known = words()
    tokens = segment(run, known)
    cuts = _cuts(tokens)
    chosen = []
    for n, cut in enumerate(cuts):
        # Where the matching meets a run it does not know it guesses with short words
        # (ผลิ|ตก|ราฟีน for ผลิต|กราฟีน, แห่|งบ|รัน for แห่ง|บรัน): a cut is taken when the
        # spelling makes it certain, or between two known words that the syllable matching
        # confirms, neither of them two letters (ตก, งบ, ภู: the usual guesses)
        left, right = tokens[n], tokens[n + 1]
        trusted = (
            left in known
            and right in known
            and len(left) > 2
            and len(right) > 2
            and not _bare(left)
            and not _bare(right)
            and cut in syllables
        )
        if certain(run, cut) or (trusted and breakable(run, cut)):
            chosen.append(cut)
    # การ and ความ make a noun of the word after them (การแลกเปลี่ยน): cut there only as
    # between the parts of a compound
    prefixes = {cut for n, cut in enumerate(cuts) if tokens[n] in ("การ", "ความ") and cut in chosen}
    chosen = [c for c in chosen if c not in prefixes]
    chosen_set = set(chosen)
    parts = sorted(
        prefixes
        | {
            b
            for b in word_boundaries(run)[:-1]
            if b not in chosen_set and breakable(run, b) and (b in syllables or certain(run, b))
        }
    )
    return tuple(chosen), tuple(parts)
