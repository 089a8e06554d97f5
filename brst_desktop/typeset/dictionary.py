"""A Thai word list held compactly: membership, and the words that begin at a place in a text.

The line breaker matches every run of Thai letters against 125,790 words. A character trie
(nlpo3's, which the line breaker used first) took 150 MB for them, half of an export's memory.
Here each word is its TIS-620 bytes (Thai's one-byte code page, which every Thai letter, digit
and mark has) in one frozenset, and the words of three letters or more are found through an
index from their first three bytes to the lengths of the words beginning so: about 9 MB in all.
A text is encoded once and every lookup is a slice of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

#: Thai's own single-byte code page: one byte per character, so byte offsets are string indexes
ENCODING = "tis_620"
_PREFIX = 3


def encode(text: str) -> bytes:
    """``text`` one byte per character; a character TIS-620 lacks becomes ``?``, which no word
    of a list holds, so it matches nothing and every index stays the string's."""
    return text.encode(ENCODING, errors="replace")


class WordList:
    """Words (any characters TIS-620 has: Thai letters, digits, a full stop) without spaces."""

    def __init__(self, words: Iterable[str]) -> None:
        self._set(encode(w.strip()) for w in words)

    @classmethod
    def read(cls, path: Path) -> WordList:
        """The list in a UTF-8 file of one word a line."""
        found = cls(())
        # one encoding of the whole file, then bytes: no second copy of each word as a str
        found._set(path.read_text(encoding="utf-8").encode(ENCODING, "replace").split(b"\n"))
        return found

    def _set(self, encoded: Iterable[bytes]) -> None:
        # a word with a character TIS-620 lacks could never be found: it is left out
        self._words = frozenset(w for w in (w.strip() for w in encoded) if w and b"?" not in w)
        by_prefix: dict[bytes, set[int]] = {}
        for word in self._words:
            if len(word) >= _PREFIX:
                by_prefix.setdefault(word[:_PREFIX], set()).add(len(word))
        # the same few length sets recur thousands of times: keep one tuple of each
        shared: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._lengths = {
            prefix: shared.setdefault(key, key)
            for prefix, lengths in by_prefix.items()
            for key in [tuple(sorted(lengths))]
        }

    def __len__(self) -> int:
        return len(self._words)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and encode(word) in self._words

    def lengths_at(self, encoded: bytes, start: int) -> list[int]:
        """Lengths of the words that ``encoded`` (see :func:`encode`) has at ``start``,
        shortest first."""
        words = self._words
        end = len(encoded)
        found = [1] if encoded[start : start + 1] in words else []
        if start + 2 <= end and encoded[start : start + 2] in words:
            found.append(2)
        for n in self._lengths.get(encoded[start : start + _PREFIX], ()):
            if start + n > end:
                break  # the lengths are in order
            if encoded[start : start + n] in words:
                found.append(n)
        return found
