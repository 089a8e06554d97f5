"""Names done by the program: pinyin, the English form and the Thai transcription of a Chinese
name, checked against forms published by others (Thai Wikipedia, the ministry's own report)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from brst_desktop.core.names import suggest_names, thai_pronunciation
from brst_desktop.core.names.chinese import split_name
from brst_desktop.core.names.thai import NotPinyinError, parse_syllable, thai_syllable

DATA = Path(__file__).parent / "data" / "published_thai_names.tsv"


def published_forms() -> list[dict[str, str]]:
    lines = [line for line in DATA.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return list(csv.DictReader(lines, delimiter="\t"))


def thai_wikipedia_titles() -> set[str]:
    """Thai Wikipedia's article titles (dump of 2023-11-21) as PyThaiNLP ships them."""
    from pythainlp.corpus import get_corpus

    return set(get_corpus("wikipedia_titles_th.txt"))


def test_the_issue_example_gives_all_three_forms_and_the_guide() -> None:
    s = suggest_names("阴和俊")
    assert s is not None
    assert s.pinyin == "Yīn Héjùn"
    assert s.english == "Yin Hejun"
    # Royal Institute: yīn is the first tone (สามัญ), ü after j takes a พินทุ.
    assert s.thai == "ยิน เหอจฺวิ้น"
    assert s.pronunciation_th == "ยิน เหอ-จฺวิ้น"
    assert thai_pronunciation("阴和俊") == "ยิน เหอ-จฺวิ้น"
    assert s.sort_name == "yin hejun"


@pytest.mark.parametrize(
    ("name", "pinyin", "thai"),
    [
        ("单雄信", "Shàn Xióngxìn", "ชั่น สฺยงซิ่น"),  # 单 as a family name is Shàn, not dān
        ("曾庆红", "Zēng Qìnghóng", "เจิง ชิ่งหง"),  # not céng
        ("解缙", "Xiè Jìn", "เซี่ย จิ้น"),  # not jiě
        ("欧阳修", "Ōuyáng Xiū", "โอวหยาง ซิว"),  # a two-character family name
        ("司马 光", "Sīmǎ Guāng", "ซือหม่า กวาง"),  # the user's space splits the name
        ("吕不韦", "Lǚ Bùwéi", "ลฺหวี่ ปู้เหวย์"),  # ü keeps its dots; ห leads the ว
        ("西门庆", "Xī Ménqìng", "ซี เหมินชิ่ง"),  # 西门 is no family name here
    ],
)
def test_family_names_read_as_family_names(name: str, pinyin: str, thai: str) -> None:
    s = suggest_names(name)
    assert s is not None
    assert (s.pinyin, s.thai) == (pinyin, thai)


def test_english_form_keeps_u_umlaut_and_apostrophe() -> None:
    s = suggest_names("吕西安")
    assert s is not None
    assert s.pinyin == "Lǚ Xī'ān"
    assert s.english == "Lü Xi'an"


def test_third_tone_sandhi_within_the_given_name_only() -> None:
    # 小小 xiǎo xiǎo: the first is said (and written) as a second tone; 李 before them is not.
    s = suggest_names("李小小")
    assert s is not None
    assert s.pinyin == "Lǐ Xiǎoxiǎo"  # the pinyin shows the dictionary tones
    assert s.thai == "หลี่ เสียวเสี่ยว"


@pytest.mark.parametrize(
    "text", ["", "Zhang Wei", "หยิน เหอจวิ้น", "阴", "阴和俊abc", "阴和俊阴和俊阴"]
)
def test_not_a_chinese_name_gives_no_suggestion(text: str) -> None:
    assert suggest_names(text) is None
    assert thai_pronunciation(text) == ""


def test_split_name() -> None:
    assert split_name("阴和俊") == ("阴", "和俊")
    assert split_name("诸葛亮") == ("诸葛", "亮")
    assert split_name("阴 和俊") == ("阴", "和俊")
    assert split_name("阿沛·阿旺晋美") == ("阿沛", "阿旺晋美")


@pytest.mark.parametrize(
    ("pinyin", "thai"),
    [
        # Consonant classes: low letter for tones 1 and 4, high (or ห-led) for tones 2 and 3.
        ("ka1", "คา"),
        ("ka2", "ขา"),
        ("ka3", "ข่า"),
        ("ka4", "ค่า"),
        ("ga1", "กา"),
        ("ga2", "ก๋า"),
        ("ga3", "ก่า"),
        ("ga4", "ก้า"),
        ("ma1", "มา"),
        ("ma2", "หมา"),
        ("ma3", "หม่า"),
        ("ma4", "ม่า"),
        # Clusters with a พินทุ, and hu- in the second tone.
        ("qu2", "ฉฺวี"),
        ("yun2", "ยฺหวิน"),
        ("quan4", "เชฺวี่ยน"),
        ("xiong1", "ซฺยง"),
        ("hua2", "หฺวา"),
        ("hua1", "ฮวา"),
        # Finals: fourth-tone short an/ang, ao and ai, the apical vowel, uan without a mark.
        ("han4", "ฮั่น"),
        ("han2", "หาน"),
        ("shi4", "ชื่อ"),
        ("guan1", "กวน"),
        ("duan4", "ตวั้น"),
        ("wo3", "หวั่ว"),
        ("yi1", "อี"),
        ("wu3", "อู่"),
        ("ye4", "เย่"),
        ("yan2", "เหยียน"),
        ("er4", "เอ้อร์"),
        ("jùn", "จฺวิ้น"),  # tone marks work as well as tone numbers
        ("lv4", "ลฺวี่"),  # v for ü, as keyboards type it
    ],
)
def test_syllable_table(pinyin: str, thai: str) -> None:
    assert thai_syllable(parse_syllable(pinyin)) == thai


@pytest.mark.parametrize("text", ["xyz1", "", "bing9", "ngai"])
def test_not_pinyin_is_refused(text: str) -> None:
    with pytest.raises(NotPinyinError):
        parse_syllable(text)


ENTRIES = published_forms()


def test_at_least_thirty_published_forms_with_a_source_each() -> None:
    assert len(ENTRIES) >= 30
    assert all(e["chinese"] and e["published"] and e["source"] for e in ENTRIES)
    # Most are the rules' own output, letter for letter.
    assert sum(1 for e in ENTRIES if not e["differs"]) >= 30


def test_thai_wikipedia_titles_are_real_titles() -> None:
    """The forms said to be Thai Wikipedia titles are in Wikipedia's own title list."""
    titles = thai_wikipedia_titles()
    claimed = [e for e in ENTRIES if e["source"].startswith(("thwiki", "https://th.wikipedia"))]
    assert len(claimed) >= 30
    missing = [e["published"] for e in claimed if e["published"].replace(" ", "") not in titles]
    assert missing == []


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["chinese"] for e in ENTRIES])
def test_transcription_against_published_form(entry: dict[str, str]) -> None:
    expected = entry["published"]
    for published, rules in re.findall(r"(\S+)>(\S+)", entry["differs"]):
        assert published in expected, f"{published} is not in {expected}"
        expected = expected.replace(published, rules, 1)
    s = suggest_names(entry["chinese"])
    assert s is not None
    assert s.thai == expected
