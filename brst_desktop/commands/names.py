"""``brst-desktop names NAME...``: what the program suggests for a Chinese name in characters:
pinyin with tone marks, the English form, the Royal Institute Thai transcription and the Thai
pronunciation guide, one labelled line each (``--tsv``: one tab-separated line per name)."""

from __future__ import annotations

import argparse

from brst_desktop.errors import UserError

USES_DATABASE = False


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("names", metavar="NAME", nargs="+", help="a name in Chinese characters")
    parser.add_argument(
        "--tsv", action="store_true",
        help="one line per name: name, pinyin, English, Thai, pronunciation, tab-separated",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from brst_desktop.core.names import suggest_names

    found = []
    for name in args.names:
        suggestion = suggest_names(name)
        if suggestion is None:
            raise UserError(
                "“{name}” is not a name in Chinese characters (two to six of them).", name=name
            )
        found.append(suggestion)
    for index, s in enumerate(found):
        if args.tsv:
            print("\t".join((s.native, s.pinyin, s.english, s.thai, s.pronunciation_th)))
            continue
        if index:
            print()
        print(f"{s.native}")
        print(f"  Pinyin:        {s.pinyin}")
        print(f"  English:       {s.english}")
        print(f"  Thai:          {s.thai}")
        print(f"  Pronunciation: {s.pronunciation_th}")
    return 0
