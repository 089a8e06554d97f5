"""Text nobody wrote for the tests: the ministry's report on the Chongqing conference (Thai
official prose, public domain under section 7 of the Thai Copyright Act) and titles of Thai
Wikipedia articles as shipped by PyThaiNLP (place names, organisations and many transliterated
Chinese and Western names, written without spaces). Half of the titles play the document's
vocabulary (as the book gives its database's names); the other half stay unknown words.
"""

from __future__ import annotations

import itertools
from functools import cache

from tests.helpers.typesetting import seed_paragraphs


@cache
def _titles() -> list[str]:
    from pythainlp.corpus import get_corpus

    titles = sorted(get_corpus("wikipedia_titles_th.txt"))
    thai = [t for t in titles[::613] if any("\u0e01" <= ch <= "\u0e4e" for ch in t)]
    return [t for t in thai if 2 < len(t) < 40][:320]


def names() -> list[str]:
    return _titles()[::2]


def unknown() -> list[str]:
    return _titles()[1::2]


def corpus() -> list[tuple[str, frozenset[int]]]:
    """Paragraphs, each with the positions where titles were joined without a space (word
    boundaries by construction, which the judge's statistical models cannot know)."""
    known, unknown_titles = names(), unknown()
    paragraphs = [(text, frozenset[int]()) for text in seed_paragraphs()]
    paragraphs += [
        (" ".join(unknown_titles[i : i + 40]), frozenset[int]())
        for i in range(0, len(unknown_titles), 40)
    ]
    for i in range(0, len(unknown_titles), 8):
        group = unknown_titles[i : i + 8]
        joins = frozenset(itertools.accumulate(len(t) for t in group[:-1]))
        paragraphs.append(("".join(group), joins))
    paragraphs += [
        (f"การประชุมระหว่าง{a}กับ{b} ณ {c}เมื่อวันที่ 6 พฤศจิกายน 2566", frozenset[int]())
        for a, b, c in zip(known[0::3], known[1::3], known[2::3], strict=False)
    ]
    return paragraphs
