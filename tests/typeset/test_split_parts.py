"""A paragraph split across pages prints every character once (issue 14): a paragraph whose
last line was a runt (set a little narrower to give the word company) or a balanced centred
title was cut by its own narrower lines while the first part was set again greedily, so a word
was printed at the foot of one page and again at the top of the next."""

from __future__ import annotations

import pytest

from brst_desktop.typeset import Paragraph, TextStyle

BASE = (
    "The first Belt and Road Conference on Science and Technology Exchange opened in Chongqing"
    " on 6 November 2023 under the theme of cooperation for all. "
)


@pytest.mark.parametrize("alignment", ["left", "center"])
@pytest.mark.parametrize("ending", ["end", "the end", "Chongqing"])
def test_the_parts_of_a_split_hold_the_text_once(alignment: str, ending: str) -> None:
    style = TextStyle(size=10, alignment=alignment)
    text = BASE * 3 + ending
    splits = 0
    for width in range(120, 400, 9):
        paragraph = Paragraph(text, style)
        paragraph.wrap(width, 10_000)
        for fit in range(2, len(paragraph.lines) - 1):
            parts = paragraph.split(width, fit * style.line_height + 0.1)
            if len(parts) != 2:
                continue
            printed = []
            for part in parts:
                assert isinstance(part, Paragraph)
                part.wrap(width, 10_000)
                printed.append("".join(text[line.start : line.end] for line in part.lines))
            assert "".join(printed) == text, (width, fit, printed[0][-30:], printed[1][:30])
            splits += 1
    assert splits > 50
