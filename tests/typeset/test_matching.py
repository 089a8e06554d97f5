"""The line breaker's own maximal matching gives exactly the words nlpo3 gives.

nlpo3 (PyThaiNLP's newmm in Rust) broke the lines first; its dictionary took 150 MB, so the
program now matches with :mod:`brst_desktop.typeset.matching` over a compact word list. nlpo3
stays a development dependency as the reference: every run of Thai letters of the corpus and
the demo book, whole paragraphs with Latin, digits and spaces, and random Thai strings must
come out in the same words from both, with the word list and with the syllable list.
"""

from __future__ import annotations

import re
from functools import cache

import nlpo3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brst_desktop.resources import resource_path
from brst_desktop.typeset import thai
from brst_desktop.typeset.dictionary import WordList
from brst_desktop.typeset.matching import cluster_ends, segment
from tests.helpers.corpora import corpus, names, unknown

_THAI_RUN = re.compile("[\u0e01-\u0e3a\u0e40-\u0e4e]+")
LISTS = {"words": "words.txt", "syllables": "syllables_th.txt"}


@cache
def reference(kind: str) -> str:
    """nlpo3's name for the list (loaded once per test process)."""
    name = f"reference-{kind}"
    nlpo3.load_dict(str(resource_path("dictionaries", LISTS[kind])), name)
    return name


def ours(kind: str) -> WordList:
    return thai.words() if kind == "words" else thai.syllables()


@cache
def demo_texts() -> list[str]:
    """Every Thai text of the demo trip (its records' columns as stored)."""
    import json

    data = json.loads(resource_path("demo", "chongqing-2023.json").read_text(encoding="utf-8"))
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str) and _THAI_RUN.search(value):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    return found


def _differences(texts: list[str], kind: str) -> list[tuple[str, list[str], list[str]]]:
    words, name = ours(kind), reference(kind)
    return [
        (text, mine, theirs)
        for text in texts
        if (mine := segment(text, words)) != (theirs := nlpo3.segment(text, name))
    ]


@pytest.mark.parametrize("kind", LISTS)
def test_every_thai_run_of_the_corpus_and_the_demo_matches_as_nlpo3_does(kind: str) -> None:
    paragraphs = [text for text, _ in corpus()] + demo_texts()
    runs = sorted({run for text in paragraphs for run in _THAI_RUN.findall(text)})
    assert len(runs) > 700  # the corpus and the demo really were read
    assert _differences(runs, kind) == []


@pytest.mark.parametrize("kind", LISTS)
def test_whole_paragraphs_with_latin_digits_and_spaces_match_as_nlpo3_does(kind: str) -> None:
    paragraphs = [text for text, _ in corpus()] + demo_texts() + names() + unknown()
    assert _differences(paragraphs, kind) == []


#: Thai letters, weighted towards what words are made of, with the marks that make clusters odd
_THAI_LETTERS = st.text(
    alphabet=st.sampled_from([chr(c) for c in range(0x0E01, 0x0E3B)] + list("เแโใไๅๆ็่้๊๋์")),
    min_size=1,
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_THAI_LETTERS)
def test_random_thai_letters_match_as_nlpo3_does(text: str) -> None:
    assert _differences([text], "words") == []
    assert _differences([text], "syllables") == []


@cache
def listed() -> list[str]:
    return sorted(resource_path("dictionaries", "words.txt").read_text("utf-8").split())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=12))
def test_dictionary_words_run_together_match_as_nlpo3_does(picks: list[int]) -> None:
    # words joined without spaces, as Thai is written: where the graph of candidates is dense
    text = "".join(listed()[p % len(listed())] for p in picks)
    assert _differences([text], "words") == []
    assert _differences([text], "syllables") == []


def test_clusters_are_never_cut_by_a_word() -> None:
    # a silenced ending stays with its cluster, a leading vowel with its consonant
    assert sorted(cluster_ends("พิสูจน์ได้ค่ะ")) == [2, 7, 10, 13]
    assert sorted(cluster_ends("เรือน้อย")) == [4, 6, 7, 8]
    assert segment("พิสูจน์ได้ค่ะ", WordList(["พิสูจน์", "ได้", "ค่ะ", "พิ", "สูจ"])) == [
        "พิสูจน์",
        "ได้",
        "ค่ะ",
    ]


def test_the_word_list_answers_membership_for_any_text() -> None:
    words = thai.words()
    assert len(words) == 125_790
    assert "ปัญญาประดิษฐ์" in words and "สาธารณรัฐประชาชนจีน" in words
    assert "ปัญญาประดิษฐ์x" not in words and "中国" not in words and "" not in words
