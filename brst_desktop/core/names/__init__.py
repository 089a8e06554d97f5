"""Names done by the program: a Chinese name in characters -> pinyin with tone marks, the plain
romanised form for the English name, a Thai transcription, and a Thai pronunciation guide.

Each is a suggestion: the person editor offers it and the user accepts or edits it. Family
name first, as Chinese names are written in every language the book uses.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from brst_desktop.core.names.chinese import ChineseName, is_chinese_name, read_name
from brst_desktop.core.names.thai import Syllable, parse_syllable, thai_syllable

__all__ = [
    "NameSuggestions",
    "is_chinese_name",
    "plain_romanisation",
    "suggest_names",
    "thai_pronunciation",
]


@dataclass(frozen=True)
class NameSuggestions:
    """What the program suggests for a name typed in Chinese characters."""

    native: str  # 阴和俊
    pinyin: str  # Yīn Héjùn: romanisation with tone marks
    english: str  # Yin Hejun: the plain form used as the English name
    thai: str  # ยิน เหอจฺวิ้น: Royal Institute transcription
    pronunciation_th: str  # ยิน เหอ-จฺวิ้น: the same, syllables of each name hyphenated
    sort_name: str  # yin hejun: pinyin, family name first, for sorting lists


def _join_pinyin(syllables: tuple[str, ...]) -> str:
    """Syllables of one name run together, with the apostrophe pinyin puts before a syllable
    that starts with a, o or e (Xī'ān), capitalised."""
    out = ""
    for index, syllable in enumerate(syllables):
        base = unicodedata.normalize("NFD", syllable)[:1].lower()
        if index and base in "aoe":
            out += "'"
        out += syllable
    return out[:1].upper() + out[1:]


def plain_romanisation(text: str) -> str:
    """Pinyin without its tone marks (ü stays: Lü, not Lu, which is another name)."""
    out = []
    for char in unicodedata.normalize("NFD", text):
        if char in "\u0304\u0301\u030c\u0300":
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def _third_tone_sandhi(syllables: list[Syllable]) -> list[Syllable]:
    """A third tone before another third tone is said, and transcribed, as a second tone
    (the Royal Institute's rule); applied within a name, not across family and given name."""
    out = list(syllables)
    for index in range(len(out) - 2, -1, -1):
        if out[index].tone == 3 and out[index + 1].tone == 3:
            out[index] = Syllable(out[index].initial, out[index].final, 2)
    return out


def _thai_words(name: ChineseName, joiner: str) -> str:
    words = []
    for syllables in (name.family_pinyin, name.given_pinyin):
        if not syllables:
            continue
        parsed = _third_tone_sandhi([parse_syllable(s) for s in syllables])
        words.append(joiner.join(thai_syllable(s) for s in parsed))
    return " ".join(words)


def suggest_names(text: str) -> NameSuggestions | None:
    """The suggestions for a Chinese name in characters, or None if ``text`` is not one."""
    if not is_chinese_name(text):
        return None
    name = read_name(text)
    words = [_join_pinyin(p) for p in (name.family_pinyin, name.given_pinyin) if p]
    pinyin = " ".join(words)
    english = plain_romanisation(pinyin)
    return NameSuggestions(
        native=text.strip(),
        pinyin=pinyin,
        english=english,
        thai=_thai_words(name, ""),
        pronunciation_th=_thai_words(name, "-"),
        sort_name=english.lower(),
    )


def thai_pronunciation(native_name: str) -> str:
    """The Thai-script pronunciation guide printed in Thai books: ``阴和俊`` -> ``ยิน เหอ-จฺวิ้น``
    (family name first, the syllables of each name hyphenated). ``""`` for a name that is not in
    Chinese characters: the book then prints the person's own pronunciation field, if any."""
    suggestions = suggest_names(native_name)
    return suggestions.pronunciation_th if suggestions else ""
