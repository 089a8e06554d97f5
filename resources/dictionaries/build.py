"""Make words.txt, the word list the line breaker matches against, from PyThaiNLP's corpus.

Run with the development environment (PyThaiNLP is a development dependency):
``.venv/bin/python resources/dictionaries/build.py``. The program itself never needs PyThaiNLP:
it reads the files written here.

words.txt is the union of PyThaiNLP's Thai word list (``words_th.txt``, CC0) and the Volubilis
dictionary's words (``volubilis_words_th.txt``, CC BY-SA 4.0): the second holds many compounds
and fixed names the first lacks (รัฐมนตรีว่าการ, สาธารณรัฐประชาชนจีน), and the line breaker
prefers the longest words. Entries with spaces or Latin letters are left out (they never occur
inside a run of Thai letters). syllables_th.txt is PyThaiNLP's syllable list (CC0), unchanged.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from pythainlp.corpus import corpus_path

HERE = Path(__file__).resolve().parent
_THAI_WORD = re.compile(r"[\u0e01-\u0e4e\u0e50-\u0e59.]+")


def _entries(name: str) -> set[str]:
    # the files inside the wheel (get_corpus_path would try to download a catalogue)
    lines = Path(corpus_path(), name).read_text(encoding="utf-8").splitlines()
    return {w.strip() for w in lines if _THAI_WORD.fullmatch(w.strip())}


def main() -> None:
    words = _entries("words_th.txt") | _entries("volubilis_words_th.txt")
    (HERE / "words.txt").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    shutil.copyfile(Path(corpus_path(), "syllables_th.txt"), HERE / "syllables_th.txt")
    print(f"words.txt: {len(words)} words")


if __name__ == "__main__":
    main()
