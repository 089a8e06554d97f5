"""Mandarin syllables (Hanyu Pinyin with a tone number) written in Thai script.

The table follows the Royal Institute of Thailand's rules for transcribing Mandarin into Thai
(ราชบัณฑิตยสถาน, หลักเกณฑ์การถอดเสียงภาษาจีนด้วยอักษรไทย / การทับศัพท์ภาษาจีน, in use since
พ.ศ. 2548-2549; the rules and their consonant and vowel tables are reproduced on Thai Wikipedia's
guideline page "วิกิพีเดีย:คู่มือการเขียน/การทับศัพท์ภาษาจีน"). In short:

* tones: first -> สามัญ, second -> จัตวา, third -> เอก, fourth -> โท, written with Thai tone marks
  by the consonant's class: a pair of letters is given for aspirated initials and for f, h, x, s
  (ค/ข, ช/ฉ, ซ/ส, ท/ถ, พ/ผ, ฟ/ฝ, ฮ/ห), the low letter serving the first and fourth tones and the
  high one the second and third; single low letters (ม น ล ย ร ว) take a leading ห for the
  second and third tones;
* zh, z and j are จ; ch, c, q and sh are ช/ฉ; x and s are ซ/ส; r is ร; y is ย except in yi (อี);
  w is ว except in wu (อู); the apical vowel after z c s zh ch sh r is อือ;
* ü (after j q x y n l) and iong are written with a พินทุ: จฺวี, เชฺวี่ยน, ยฺหวิน, ซฺยง; hu- in
  the second and third tones is หฺว;
* finals an and ang are long (อาน, อาง) except in the fourth tone, which the rules write short
  (อัน, อัง): ฮั่น, but หาน;
* where the rules allow two spellings of ai and ao (ไอ / อาย, เอา / อาว), the short ones are used,
  as Thai publications do almost without exception (ไป๋, เหมา, เหยา, ไช่; Thai Wikipedia's titles
  have no ป๋าย, หมาว or หยาว at all);
* the pinyin spelling yan is the final ian (เยียน, as เยี่ยน, เหยียน), ye is เย (เย่).

The table is ours: written from the rules above, not copied from any program.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

PHINTHU = "\u0e3a"  # ฺ : the consonant before it has no vowel of its own (a cluster)
MAI_EK, MAI_THO, MAI_CHATTAWA = "\u0e48", "\u0e49", "\u0e4b"

#: pinyin initial -> (letter for tones 1 and 4, letter for tones 2 and 3)
INITIALS: dict[str, tuple[str, str]] = {
    "b": ("ป", "ป"),
    "p": ("พ", "ผ"),
    "m": ("ม", "ม"),
    "f": ("ฟ", "ฝ"),
    "d": ("ต", "ต"),
    "t": ("ท", "ถ"),
    "n": ("น", "น"),
    "l": ("ล", "ล"),
    "g": ("ก", "ก"),
    "k": ("ค", "ข"),
    "h": ("ฮ", "ห"),
    "j": ("จ", "จ"),
    "q": ("ช", "ฉ"),
    "x": ("ซ", "ส"),
    "zh": ("จ", "จ"),
    "ch": ("ช", "ฉ"),
    "sh": ("ช", "ฉ"),
    "r": ("ร", "ร"),
    "z": ("จ", "จ"),
    "c": ("ช", "ฉ"),
    "s": ("ซ", "ส"),
    "y": ("ย", "ย"),
    "w": ("ว", "ว"),
    "": ("อ", "อ"),
}
INITIAL_ORDER = sorted(INITIALS, key=len, reverse=True)
MID_CLASS = frozenset("กจตปอ")
SONORANTS = frozenset("งนมยรลว")
APICAL = frozenset({"z", "c", "s", "zh", "ch", "sh", "r"})
PALATAL = frozenset({"j", "q", "x", "y"})


@dataclass(frozen=True)
class Final:
    """How a final is spelled around the onset: ``lead`` + onset [+ glide] + ``upper`` +
    tone mark + ``rest``. ``glide`` is a second consonant of the onset (ว or ย), joined with a
    พินทุ when ``phinthu``."""

    upper: str = ""
    rest: str = ""
    lead: str = ""
    glide: str = ""
    phinthu: bool = False


F = Final
FINALS: dict[str, Final] = {
    "a": F(rest="า"),
    "ai": F(lead="ไ"),
    "ao": F(lead="เ", rest="า"),
    "an": F(rest="าน"),
    "ang": F(rest="าง"),
    "e": F(lead="เ", rest="อ"),
    "ei": F(lead="เ", rest="ย์"),
    "en": F(lead="เ", upper="ิ", rest="น"),
    "eng": F(lead="เ", upper="ิ", rest="ง"),
    "er": F(lead="เ", rest="อร์"),
    "o": F(lead="โ"),
    "ong": F(rest="ง"),
    "ou": F(lead="โ", rest="ว"),
    "i": F(upper="ี"),
    "ia": F(lead="เ", upper="ี", rest="ย"),
    "iao": F(lead="เ", upper="ี", rest="ยว"),
    "ie": F(lead="เ", upper="ี", rest="ย"),
    "iu": F(upper="ิ", rest="ว"),
    "ian": F(lead="เ", upper="ี", rest="ยน"),
    "in": F(upper="ิ", rest="น"),
    "iang": F(lead="เ", upper="ี", rest="ยง"),
    "ing": F(upper="ิ", rest="ง"),
    "iong": F(rest="ง", glide="ย", phinthu=True),
    "u": F(upper="ู"),
    "ua": F(rest="า", glide="ว"),
    "uo": F(upper="ั", rest="ว"),
    "uai": F(lead="ไ", glide="ว"),
    "ui": F(upper="ุ", rest="ย"),
    "uan": F(upper="ั", rest="น", glide="ว"),
    "un": F(upper="ุ", rest="น"),
    "uang": F(rest="าง", glide="ว"),
    "ü": F(upper="ี", glide="ว", phinthu=True),
    "üe": F(lead="เ", glide="ว", phinthu=True),
    "üan": F(lead="เ", upper="ี", rest="ยน", glide="ว", phinthu=True),
    "ün": F(upper="ิ", rest="น", glide="ว", phinthu=True),
}
#: The fourth tone shortens the long a of these finals (ฮั่น, ชั่ง, กวั้ง).
FOURTH_TONE: dict[str, Final] = {
    "an": F(upper="ั", rest="น"),
    "ang": F(upper="ั", rest="ง"),
    "uang": F(upper="ั", rest="ง", glide="ว"),
}

_TONE_MARKS = {"ā": 1, "á": 2, "ǎ": 3, "à": 4, "ē": 1, "é": 2, "ě": 3, "è": 4}
_SYLLABLE = re.compile(r"^([a-zü]+?)([1-5]?)$")


class NotPinyinError(ValueError):
    """The text is not one pinyin syllable this table knows."""


@dataclass(frozen=True)
class Syllable:
    """One Mandarin syllable split the way the rules read it: initial, final and tone 1-5."""

    initial: str
    final: str
    tone: int


def parse_syllable(text: str) -> Syllable:
    """``"jun4"``, ``"lü3"``, ``"lv3"`` or ``"jùn"`` -> its initial, final and tone."""
    plain, tone = _strip_tone(text.strip().lower())
    match = _SYLLABLE.match(plain.replace("v", "ü"))
    if not match:
        raise NotPinyinError(text)
    letters = match.group(1)
    if match.group(2):
        tone = int(match.group(2))
    initial = next((i for i in INITIAL_ORDER if i and letters.startswith(i)), "")
    final = _underlying_final(initial, letters[len(initial) :])
    if final is None:
        raise NotPinyinError(text)
    return Syllable(initial, final, tone if tone in (1, 2, 3, 4) else 5)


def _strip_tone(text: str) -> tuple[str, int]:
    """Remove a tone mark written on a vowel (ā á ǎ à, ǖ ǘ ǚ ǜ...) and return the tone."""
    tone = 5
    out = []
    for char in unicodedata.normalize("NFD", text):
        mark = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}.get(char)
        if mark:
            tone = mark
        else:
            out.append(char)
    return unicodedata.normalize("NFC", "".join(out)), tone


def _underlying_final(initial: str, rest: str) -> str | None:
    """The final as the tables list it. Pinyin writes ü as u after j q x y, and the finals
    ie, ian as e, an after y; y and w are otherwise consonants (ย, ว) before the final."""
    if initial in PALATAL and rest.startswith("u"):
        rest = "ü" + rest[1:]
    if initial == "y":
        rest = {"e": "ie", "an": "ian"}.get(rest, rest)
    elif initial == "w" and rest == "o":
        rest = "uo"  # wo: วัว
    if initial in APICAL and rest == "i":
        return "-i"
    if initial in ("b", "p", "m", "f") and rest == "o":
        return "uo"  # bo po mo fo: ปัว
    return rest if rest in FINALS else None


def thai_syllable(syllable: Syllable) -> str:
    """One syllable in Thai script, tone marked by the rules."""
    initial, final_name, tone = syllable.initial, syllable.final, syllable.tone
    if tone == 5:
        tone = 1  # the neutral tone is written like the first (names hardly have it)
    final = _final_for(initial, final_name, tone)
    low, high = INITIALS[initial]
    if (initial, final_name) in (("y", "i"), ("w", "u")):
        low = high = "อ"  # yi, wu: อี, อู
    letter = high if tone in (2, 3) else low
    mark = _tone_mark(letter, tone)
    needs_h = letter in SONORANTS and tone in (2, 3)
    lead = final.lead
    if final.glide and final.phinthu:
        if needs_h:
            # The sonorant before the พินทุ is a glide; ห leads the ว it runs into: ยฺหวี.
            onset = letter + PHINTHU + lead + "ห" + final.glide
            lead = ""
        else:
            onset = letter + PHINTHU + final.glide
    elif final.glide:
        if initial == "h" and tone in (2, 3):
            onset = "ห" + PHINTHU + final.glide  # หฺว: the ห is sounded, not a silent leader
        elif needs_h:
            onset = "ห" + letter + final.glide
        else:
            onset = letter + final.glide
    else:
        onset = ("ห" + letter) if needs_h else letter
    if final_name == "uan" and not mark:
        return lead + onset + "น"  # กวน, ตวน: without a tone mark the ั is not written
    return lead + onset + final.upper + mark + final.rest


def _final_for(initial: str, final_name: str, tone: int) -> Final:
    if final_name == "-i":
        return Final(upper="ื", rest="อ")
    if initial == "y" and final_name == "ie":
        return Final(lead="เ")  # ye: เย
    if tone == 4 and final_name in FOURTH_TONE:
        return FOURTH_TONE[final_name]
    return FINALS[final_name]


def _tone_mark(letter: str, tone: int) -> str:
    """The mark that gives ``letter`` the Thai tone standing for Mandarin ``tone``."""
    if letter in MID_CLASS:
        return {1: "", 2: MAI_CHATTAWA, 3: MAI_EK, 4: MAI_THO}[tone]
    # Low letters (paired or single) for tones 1 and 4, high letters or ห-led for 2 and 3.
    return {1: "", 2: "", 3: MAI_EK, 4: MAI_EK}[tone]


def transcribe(syllables: list[str]) -> str:
    """Pinyin syllables (one word) -> Thai script, run together as Thai writes a word."""
    return "".join(thai_syllable(parse_syllable(s)) for s in syllables)
