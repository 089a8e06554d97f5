"""Paper sizes and the type styles of a book, scaled to the paper.

A4 is the desk book, A5 the pocket edition (same content, smaller type and margins), and the card
a one-page pocket programme (a third of A4, to fold into a jacket pocket or a passport wallet).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from brst_desktop.core.models import Classification, PaperSize
from brst_desktop.typeset import TextStyle

HEADING_COLOR = "#1F3864"
MUTED_COLOR = "#555555"
RULE_COLOR = "#9AA5B8"
GRID_COLOR = "#B8C0CC"
SHADE_COLOR = "#E8EDF4"
WARNING_COLOR = "#9C2A00"
CLASSIFIED_COLOR = "#B00000"
#: the English under the Thai in a bilingual book: the same text, one step lighter
BENEATH_COLOR = "#4F6079"
DRAFT_COLOR = "#9C2A00"


@dataclass(frozen=True, slots=True)
class Paper:
    key: PaperSize
    size: tuple[float, float]
    side_margin: float
    top_margin: float  # room for the banner and the running head
    bottom_margin: float  # room for the banner and the folio
    base_size: float  # body text, in points

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.side_margin


PAPERS: dict[PaperSize, Paper] = {
    PaperSize.A4: Paper(PaperSize.A4, A4, 20 * mm, 26 * mm, 24 * mm, 11),
    PaperSize.A5: Paper(PaperSize.A5, A5, 12 * mm, 20 * mm, 19 * mm, 9),
    # the card has no running head: its top margin only holds the banner and the copy number
    PaperSize.CARD: Paper(PaperSize.CARD, (99 * mm, 210 * mm), 6 * mm, 11.5 * mm, 12 * mm, 7),
}


def banner_color(level: Classification) -> str:
    return MUTED_COLOR if level is Classification.UNCLASSIFIED else CLASSIFIED_COLOR


class Styles:
    """Every text style of a book, from one base size; no size below ``floor`` (the card's
    8 pt: smaller type cannot be read in a moving car)."""

    def __init__(self, base: float, floor: float = 0.0) -> None:
        self.base = base
        self.floor = floor

        def pt(factor: float) -> float:
            return max(base * factor, floor)

        self.body = TextStyle(size=pt(1), space_after=base * 0.35)
        self.body_tight = TextStyle(size=pt(1))
        self.bullet = TextStyle(
            size=pt(1), left_indent=base * 1.2, first_line_indent=-base * 0.6,
            space_after=base * 0.2,
        )  # fmt: skip
        self.clearance = TextStyle(
            size=pt(0.8), color=MUTED_COLOR, left_indent=base * 1.2, space_after=base * 0.3
        )
        self.note = TextStyle(size=pt(0.85), color=MUTED_COLOR, space_after=base * 0.3)
        self.title = TextStyle(
            size=pt(2.2), bold=True, color=HEADING_COLOR, alignment="center",
            space_after=base * 0.3,
        )  # fmt: skip
        self.subtitle = TextStyle(size=pt(1.35), alignment="center", space_after=base * 0.6)
        self.cover_line = TextStyle(size=pt(1.05), alignment="center", space_after=base * 0.3)
        self.cover_strong = TextStyle(
            size=pt(1.15), bold=True, alignment="center", space_after=base * 0.3
        )
        self.h1 = TextStyle(size=pt(1.6), bold=True, color=HEADING_COLOR, space_after=base * 0.6)
        self.h2 = TextStyle(
            size=pt(1.25), bold=True, color=HEADING_COLOR, space_before=base * 0.8,
            space_after=base * 0.35,
        )  # fmt: skip
        self.h3 = TextStyle(
            size=pt(1.05), bold=True, space_before=base * 0.5, space_after=base * 0.2
        )
        self.cell = TextStyle(size=pt(0.92))
        self.cell_bold = TextStyle(size=pt(0.92), bold=True)
        self.cell_muted = TextStyle(size=pt(0.85), color=MUTED_COLOR)
        self.cell_head = TextStyle(size=pt(0.88), bold=True, color=HEADING_COLOR)
        self.day_head = TextStyle(size=pt(1.1), bold=True, color=HEADING_COLOR)
        self.contents = TextStyle(size=pt(1.05), space_after=pt(1.05) * 0.3)
        self.contents_sub = TextStyle(
            size=pt(0.95), left_indent=base * 1.5, space_after=pt(0.95) * 0.3
        )
        self.page_no = TextStyle(size=pt(1.0), alignment="right")
        self.running = TextStyle(size=max(base * 0.72, 5.5, floor), color=MUTED_COLOR)
        self.warning = TextStyle(size=pt(0.92), bold=True, color=WARNING_COLOR)

    def beneath(self, style: TextStyle) -> TextStyle:
        """The English printed under a Thai heading in a bilingual book: smaller and lighter."""
        return replace(
            style,
            size=max(style.size * 0.82, self.floor),
            bold=False,
            color=BENEATH_COLOR,
            space_before=0,
        )

    def banner(self, level: Classification) -> TextStyle:
        return TextStyle(
            size=max(self.base * 0.95, 6.5, self.floor), bold=True, color=banner_color(level)
        )

    def cover_banner(self, level: Classification) -> TextStyle:
        return TextStyle(
            size=self.base * 1.6, bold=True, color=banner_color(level), alignment="center",
            space_before=self.base, space_after=self.base,
        )  # fmt: skip

    def draft(self) -> TextStyle:
        return TextStyle(size=max(self.base * 0.95, 6.5, self.floor), bold=True,
                         color=DRAFT_COLOR)  # fmt: skip
