"""Every line break the typesetter makes in the demo books and the corpus, for comparing two
versions of the code: a change that should not move a line must leave this output identical.

    .venv/bin/python benchmarks/line_breaks.py OUT.txt    # then: diff before.txt after.txt

Writes, in order, each paragraph prepared (its text and every break opportunity with its grade)
and each layout of one (width, first character, and where each line ends): the demo book in
Thai, English and both languages on A4, A5 and the card, and the typesetter's corpus (the
seed report, Wikipedia titles, half of them as the document's vocabulary) at 45, 60, 90 and
160 mm. Prints how many of each and a digest of the whole.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab.lib.units import mm  # noqa: E402

from brst_desktop.typeset import Paragraph, TextStyle, layout, paragraph  # noqa: E402
from brst_desktop.typeset.vocabulary import Vocabulary, using  # noqa: E402

WIDTHS_MM = [45, 60, 90, 160]
LANGUAGES = ["th", "en", "both"]
PAPERS = ["a4", "a5", "card"]
#: the moment the books say they are printed as of (else two runs a minute apart differ)
AS_OF = datetime(2023, 11, 1, 9, 0, tzinfo=UTC)


def record(out: list[str]) -> None:
    """Write every grading and every layout into ``out`` (wrapping the typesetter's own)."""
    grade_breaks = layout.grade_breaks
    break_lines = layout.break_lines

    def graded(text: str, *args: object, **kwargs: object) -> dict[int, float]:
        grades = grade_breaks(text, *args, **kwargs)  # type: ignore[arg-type]
        out.append(f"P {text!r} {sorted(grades.items())}")
        return grades

    def broken(p: layout.Prepared, width: float, *args: object, **kwargs: object) -> list:
        lines = break_lines(p, width, *args, **kwargs)  # type: ignore[arg-type]
        ends = [line.end for line in lines]
        out.append(f"L {width:.3f} {lines[0].start if lines else '-'} {ends} {p.text[:30]!r}")
        return lines

    layout.grade_breaks = graded  # type: ignore[assignment]
    layout.break_lines = broken  # type: ignore[assignment]
    paragraph.break_lines = broken  # type: ignore[assignment]


def demo_books(out: list[str]) -> None:
    from brst_desktop.core.demo import demo_id, open_demo_database
    from brst_desktop.export import export_book

    folder = Path(tempfile.mkdtemp(prefix="brst-lines-"))
    db = open_demo_database(folder)
    for language in LANGUAGES:
        for paper in PAPERS:
            out.append(f"# demo book {language} {paper}")
            result = export_book(
                db, demo_id("book"), folder / f"{language}-{paper}.pdf",
                language=language, paper=paper, record_edition=False, as_of=AS_OF,
            )  # fmt: skip
            out.append(f"# {result.pages} pages")
    db.close()


def corpus(out: list[str]) -> None:
    from tests.helpers.corpora import corpus as texts
    from tests.helpers.corpora import names

    with using(Vocabulary(names())):
        for width in WIDTHS_MM:
            out.append(f"# corpus {width} mm")
            for text, _joins in texts():
                Paragraph(text, TextStyle(size=11)).wrap(width * mm, 100_000)


def main() -> None:
    target = Path(sys.argv[1])
    out: list[str] = []
    record(out)
    demo_books(out)
    corpus(out)
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()[:16]
    kinds = [line[0] for line in out]
    print(f"{kinds.count('P')} paragraphs prepared, {kinds.count('L')} layouts; sha256 {digest}")


if __name__ == "__main__":
    main()
