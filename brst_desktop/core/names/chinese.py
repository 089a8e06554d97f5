"""A Chinese personal name in characters: family name and given name, and their pinyin.

Characters are read with pypinyin (offline, its own dictionary of characters and phrases). A
family name is read as a family name: pypinyin reads characters as words, and several common
family names have another reading as a surname than as a word (单 Shàn, not dān; 曾 Zēng, not
céng; 解 Xiè, not jiě). pypinyin has no surname mode (python-pinyin issue 297 lists the same
readings), so the readings below are ours, as the 现代汉语词典 gives them for a character used
as a family name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Family names of two characters, with their reading (longest match wins over one character).
COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "欧阳": ("ōu", "yáng"),
    "司马": ("sī", "mǎ"),
    "上官": ("shàng", "guān"),
    "诸葛": ("zhū", "gě"),
    "諸葛": ("zhū", "gě"),
    "东方": ("dōng", "fāng"),
    "東方": ("dōng", "fāng"),
    "皇甫": ("huáng", "fǔ"),
    "尉迟": ("yù", "chí"),
    "尉遲": ("yù", "chí"),
    "公孙": ("gōng", "sūn"),
    "公孫": ("gōng", "sūn"),
    "令狐": ("líng", "hú"),
    "慕容": ("mù", "róng"),
    "夏侯": ("xià", "hóu"),
    "司徒": ("sī", "tú"),
    "司空": ("sī", "kōng"),
    "长孙": ("zhǎng", "sūn"),
    "長孫": ("zhǎng", "sūn"),
    "宇文": ("yǔ", "wén"),
    "轩辕": ("xuān", "yuán"),
    "軒轅": ("xuān", "yuán"),
    "端木": ("duān", "mù"),
    "万俟": ("mò", "qí"),
    "萬俟": ("mò", "qí"),
    "单于": ("chán", "yú"),
    "單于": ("chán", "yú"),
    "澹台": ("tán", "tái"),
    "钟离": ("zhōng", "lí"),
    "鍾離": ("zhōng", "lí"),
    "闻人": ("wén", "rén"),
    "聞人": ("wén", "rén"),
    "南宫": ("nán", "gōng"),
    "南宮": ("nán", "gōng"),
}

#: One-character family names whose reading as a surname differs from pypinyin's first reading.
SURNAME_READINGS: dict[str, str] = {
    "单": "shàn",
    "單": "shàn",
    "曾": "zēng",
    "解": "xiè",
    "仇": "qiú",
    "区": "ōu",
    "區": "ōu",
    "朴": "piáo",
    "查": "zhā",
    "盖": "gě",
    "蓋": "gě",
    "繁": "pó",
    "覃": "qín",
    "缪": "miào",
    "繆": "miào",
    "翟": "zhái",
    "乐": "yuè",
    "樂": "yuè",
    "召": "shào",
    "员": "yùn",
    "員": "yùn",
    "贠": "yùn",
    "宁": "nìng",
    "甯": "nìng",
    "重": "chóng",
    "种": "chóng",
    "種": "chóng",
    "秘": "bì",
    "冼": "xiǎn",
    "华": "huà",
    "華": "huà",
    "过": "guō",
    "過": "guō",
    "纪": "jǐ",
    "紀": "jǐ",
    "燕": "yān",
    "石": "shí",
    "沈": "shěn",
    "瞿": "qú",
    "折": "shé",
    "那": "nā",
    "佴": "nài",
    "粘": "niàn",
    "藏": "zàng",
    "都": "dū",
    "薄": "bó",
    "贾": "jiǎ",
    "賈": "jiǎ",
    "柏": "bǎi",
    "牟": "móu",
    "阚": "kàn",
    "闞": "kàn",
    "叶": "yè",
    "葉": "yè",
    "尉": "wèi",
    "句": "gōu",
    "隗": "wěi",
    "能": "nài",
    "黑": "hè",
    "长": "zhǎng",
    "長": "zhǎng",
    "蕃": "pí",
    "逄": "páng",
    "谌": "chén",
    "諶": "chén",
    "殷": "yīn",
    "任": "rén",
    "曲": "qū",
    "卜": "bǔ",
    "宿": "sù",
    "万": "wàn",
    "萬": "wàn",
}

#: Characters of given names whose usual reading in a name is not pypinyin's first reading as a
#: word: 少 "young" is shào in names (刘少奇 Liú Shàoqí), not shǎo "few".
GIVEN_NAME_READINGS: dict[str, str] = {"少": "shào"}

_TONE_MARKS = ("\u0304", "\u0301", "\u030c", "\u0300")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
#: Separators a user may type between family and given name (a space, a middle dot).
_SEPARATORS = re.compile(r"[\s\u00b7\u30fb\u2027]+")


def is_chinese_name(text: str) -> bool:
    """True for two to six Han characters (optionally with one separator), nothing else."""
    letters = _SEPARATORS.sub("", text.strip())
    return 2 <= len(letters) <= 6 and all(_HAN.fullmatch(c) for c in letters)


@dataclass(frozen=True)
class ChineseName:
    """Family name and given name, in characters and as pinyin syllables with tone marks."""

    family: str
    given: str
    family_pinyin: tuple[str, ...]
    given_pinyin: tuple[str, ...]


def split_name(text: str) -> tuple[str, str]:
    """Family name and given name. A space or middle dot typed by the user is where they meet;
    otherwise a known two-character family name, else the first character."""
    text = text.strip()
    parts = [p for p in _SEPARATORS.split(text) if p]
    if len(parts) == 2:
        return parts[0], parts[1]
    letters = "".join(parts)
    if letters[:2] in COMPOUND_SURNAMES and len(letters) > 2:
        return letters[:2], letters[2:]
    return letters[:1], letters[1:]


def read_name(text: str) -> ChineseName:
    """Read a Chinese name (family name first) with pypinyin and the surname readings."""
    from pypinyin import Style, pinyin

    family, given = split_name(text)
    if family in COMPOUND_SURNAMES:
        family_pinyin = COMPOUND_SURNAMES[family]
    else:
        family_pinyin = tuple(
            SURNAME_READINGS.get(c) or pinyin(c, style=Style.TONE)[0][0] for c in family
        )
    return ChineseName(family, given, family_pinyin, _read_given(given))


def _read_given(given: str) -> tuple[str, ...]:
    """The given name read as one word, so pypinyin's phrases choose among readings; but a
    personal name has no neutral tones (子 in 章子怡 is zǐ, not the suffix zi)."""
    from pypinyin import Style, pinyin

    if not given:
        return ()
    readings = pinyin(given, style=Style.TONE)
    out = []
    for char, (reading, *_) in zip(given, readings, strict=False):
        if char in GIVEN_NAME_READINGS:
            reading = GIVEN_NAME_READINGS[char]
        elif not any(mark in unicodedata.normalize("NFD", reading) for mark in _TONE_MARKS):
            toned = [
                r
                for r in pinyin(char, style=Style.TONE, heteronym=True)[0]
                if any(mark in unicodedata.normalize("NFD", r) for mark in _TONE_MARKS)
            ]
            reading = toned[0] if toned else reading
        out.append(reading)
    return tuple(out)
