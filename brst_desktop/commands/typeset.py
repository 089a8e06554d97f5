"""``brst-desktop typeset INPUT.txt -o OUT.pdf [--width-mm N]``: look at the typesetter's work.

The input is UTF-8 text, one paragraph per block separated by a blank line, laid out in a column
N millimetres wide on A4 pages. The PDF is written atomically.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import IO

from brst_desktop.core import files
from brst_desktop.errors import UserError

#: A text to look at on a few pages, not a library: larger is the wrong file (or /dev/zero).
INPUT_LIMIT = 16 * 1024 * 1024


USES_DATABASE = False


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="INPUT.txt", type=Path, help="UTF-8 text file")
    parser.add_argument("-o", "--output", metavar="OUT.pdf", type=Path, required=True)
    parser.add_argument(
        "--width-mm", type=float, default=160.0, help="column width in millimetres (default 160)"
    )
    parser.add_argument("--size", type=float, default=14.0, help="font size in points")
    parser.add_argument("--align", choices=["left", "center", "right", "justify"], default="left")


def run(args: argparse.Namespace) -> int:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, SimpleDocTemplate

    from brst_desktop.typeset import Paragraph, TextStyle, paragraphs_of

    source: Path = args.input
    try:
        text = files.read_bounded(source, INPUT_LIMIT).decode("utf-8")
    except files.ReadRefused:
        raise UserError(
            "The input file {path} is not a text file of at most {size} MB.",
            path=source,
            size=INPUT_LIMIT // 2**20,
        ) from None
    except FileNotFoundError:
        raise UserError("The input file {path} does not exist.", path=source) from None
    except UnicodeDecodeError:
        raise UserError("The input file {path} is not UTF-8 text.", path=source) from None
    except OSError as error:
        raise UserError(
            "The input file {path} cannot be read: {reason}.", path=source, reason=error.strerror
        ) from None
    width = args.width_mm * mm
    if not 10 * mm <= width <= A4[0] - 20 * mm:
        raise UserError("The column width must be between 10 mm and 190 mm.")
    style = TextStyle(size=args.size, alignment=args.align, space_after=args.size * 0.5)
    story: list[Flowable] = [Paragraph(block, style) for block in paragraphs_of(text)]
    count = len(story)  # build() consumes the story list

    output: Path = args.output
    margin = (A4[0] - width) / 2

    def build(stream: IO[bytes]) -> None:
        doc = SimpleDocTemplate(
            stream,
            pagesize=A4,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=20 * mm,
            bottomMargin=20 * mm,
            title=source.name,
            invariant=1,
        )
        doc.build(story)

    files.atomic_write(output, build, files.PDF)
    print(f"{output}: {count} paragraphs")
    return 0
