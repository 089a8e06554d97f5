"""Maximal matching of Thai words (newmm) over a :class:`~.dictionary.WordList`.

newmm is the field's standard dictionary segmenter (PyThaiNLP's; Korakot Chaovavanich's
algorithm): words may end only where a Thai character cluster ends (Theeramunkong et al. 2000,
"Character cluster based Thai information retrieval"); from each place every dictionary word
found starts an edge of a graph, and where all the paths meet again the fewest-edge path found
first (breadth first) gives the words. A run that no word begins is one piece up to the next
place a word of more than two consonants does.

This module gives exactly the words nlpo3 1.4 (the Rust implementation the line breaker used
first) gives, including its limit on the graph's size, so the lines it breaks stay the same;
tests/typeset/test_matching.py compares the two. It exists because nlpo3 keeps its dictionary
as a character trie of 150 MB, where :class:`~.dictionary.WordList` needs about a tenth.
"""

from __future__ import annotations

import heapq
import re
from collections import deque

from brst_desktop.typeset.dictionary import WordList, encode

#: nlpo3's bound on the edges gathered before the paths must meet (against exponential time)
MAX_GRAPH_SIZE = 50


def _cluster_rule(rule: str) -> str:
    # c: a consonant, t: an optional tone mark, k: an optional silenced ending (ศาสตร์)
    rule = rule.replace("k", "(?:cc?[ุูิ]?์)?")
    return rule.replace("c", "[ก-ฮ]").replace("t", "[่-๋]?")


#: Thai character clusters, tried in this order (the first that matches at a place wins); a
#: cluster can never be split by a word's end. The two last ones match one letter too many,
#: which is given back (the lookahead of the original grammar).
_CLUSTER_RULES = [
    *("เc็ck", "เcctาะk", "เccีtยะk", "เcc็ck", "เcิc์ck", "เcิtck", "เcีtยะ?k", "เcืtอะ?k"),
    *("เctา?ะ?k", "cัtวะk", "c[ัื]tc[ุิะ]?k", "c[ิุู]์k", "c[ะ-ู]tk", "cรรc์ ็", "c็"),
    *("ct[ะาำ]?k", "ck", "แc็c", "แcc์", "แctะ", "แcc็c", "แccc์", "โctะ", "[เ-ไ]ct"),
    *("ก็", "อึ", "หึ"),
]
_LOOKAHEAD_RULES = ["(?:เccีtย)[เ-ไก-ฮ]k", "(?:เc[ิีุู]tย)[เ-ไก-ฮ]k"]
_CLUSTER = re.compile("|".join(_cluster_rule(r) for r in _CLUSTER_RULES + _LOOKAHEAD_RULES))
_LOOKAHEAD = re.compile("|".join(_cluster_rule(r) for r in _LOOKAHEAD_RULES))
#: what newmm steps over whole where no word begins: Latin words, numbers, spaces, a line end
_NOT_THAI = re.compile(r"[-a-zA-Z]+|[0-9]+(?:[,.][0-9]+)*|[๐-๙]+(?:[,.][๐-๙]+)*|[ \t]+|\r?\n")
#: a "word" of at most two consonants does not end a run no word begins (newmm's rule)
_TWO_CONSONANTS = re.compile("[ก-ฮ]{0,2}")


def cluster_ends(text: str) -> frozenset[int]:
    """Indexes where a Thai character cluster (or a character of another script) ends."""
    ends = set()
    position = 0
    while position < len(text):
        match = _CLUSTER.match(text, position)
        if match is None:
            position += 1
        elif _LOOKAHEAD.match(text, position, match.end()):
            position = match.end() - 1
        else:
            position = match.end()
        ends.add(position)
    return frozenset(ends)


def segment(text: str, words: WordList) -> list[str]:
    """``text`` cut into words, as newmm cuts it (see the module's description)."""
    tokens: list[str] = []
    encoded = encode(text)
    length = len(text)
    valid = cluster_ends(text)
    graph: dict[int, list[int]] = {}
    graph_size = 0
    queue = [0]
    seen = {0}
    done = 0  # where the words found so far end
    while queue and queue[0] < length:
        begin = heapq.heappop(queue)
        for size in words.lengths_at(encoded, begin):
            end = begin + size
            if end not in valid:
                continue
            graph.setdefault(begin, []).append(end)
            graph_size += 1
            if end not in seen:
                seen.add(end)
                heapq.heappush(queue, end)
            if graph_size > MAX_GRAPH_SIZE:
                break
        if len(queue) == 1:
            # every path passes through the one place left: take the first shortest one there
            for end in _first_path(graph, done, queue[0]):
                tokens.append(text[done:end])
                done = end
            graph_size = 0
        elif not queue:
            done = _unknown_end(text, encoded, begin, valid, words)
            graph.setdefault(begin, []).append(done)
            graph_size += 1
            tokens.append(text[begin:done])
            heapq.heappush(queue, done)
            seen.add(done)
    return tokens


def _first_path(graph: dict[int, list[int]], start: int, goal: int) -> list[int]:
    """The places after ``start`` on the first path to ``goal`` met breadth first."""
    paths: deque[tuple[int, list[int]]] = deque([(start, [])])
    while paths:
        place, path = paths.popleft()
        for step in graph.get(place, ()):
            if step == goal:
                return [*path, step]
            paths.append((step, [*path, step]))
    raise ValueError(f"no path from {start} to {goal}")  # the graph always has one


def _unknown_end(
    text: str, encoded: bytes, begin: int, valid: frozenset[int], words: WordList
) -> int:
    """Where a piece that no word begins ends: a Latin word or number whole, else the next
    cluster end where a word (not two bare consonants) or such a piece begins."""
    match = _NOT_THAI.match(text, begin)
    if match is not None:
        return match.end()
    for position in range(begin + 1, len(text)):
        if position not in valid:
            continue
        for size in words.lengths_at(encoded, position):
            if position + size in valid and not _TWO_CONSONANTS.fullmatch(
                text, position, position + size
            ):
                return position
        if _NOT_THAI.match(text, position):
            return position
    return len(text)
