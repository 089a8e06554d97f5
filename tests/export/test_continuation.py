"""A reader of any page knows where they are: the programme at a glance carries the date onto a
continued page, and a meeting brief longer than two pages is reported."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from brst_desktop.commands import main
from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.export import export_book
from tests.helpers.pdf import read_pdf

HEADERS = {  # pdfium's reading; the column heads may wrap between their words
    "th": re.compile(r"วันที่\s+เวลาจีน\s+เวลาไทย\s+กิจกรรม\n"),
    "en": re.compile(r"Date\s+China\s+(?:time\s+)?Thailand\s+time\s+Event\n"),
}
CONTINUED = {"th": "6 พ.ย. 2566\n(ต่อ)\n", "en": "6 Nov 2023\n(continued)\n"}
DAY = {"th": "6 พ.ย. 2566\n", "en": "6 Nov 2023\n"}


GLANCE = {"th": "ภาพรวมกำหนดการ (ต่อ)", "en": "Programme at a glance (continued)"}


def _crowd_one_day(db: Database, count: int = 45) -> None:
    """Side meetings every 12 minutes on 6 November: the table at a glance runs over a page
    in the middle of that day."""
    with db.session() as s:
        start = datetime(2023, 11, 6, 1, 0, tzinfo=UTC)
        for i in range(count):
            s.add(
                m.Event(
                    trip_id=demo_id("trip"),
                    title_th=f"การประชุมย่อยที่ {i + 1} ว่าด้วยความร่วมมือด้านวิทยาศาสตร์",
                    title_en=f"Side meeting {i + 1} on science cooperation",
                    starts_at=start + timedelta(minutes=12 * i),
                    timezone="Asia/Shanghai",
                )
            )


@pytest.mark.parametrize("language", ["th", "en"])
def test_programme_at_a_glance_repeats_the_date_on_a_continued_page(
    demo_db: Database, out_dir: Path, language: str
) -> None:
    _crowd_one_day(demo_db)
    result = export_book(
        demo_db, None, out_dir / "book.pdf", language=language, record_edition=False
    )
    pages = read_pdf(result.path.read_bytes())
    header = HEADERS[language]
    # the overview is the only table with a header row; it is repeated on each of its pages
    overview = [n for n, text in enumerate(pages.texts) if header.search(text)]
    assert len(overview) >= 2, "the crowded day should make the table run over a page"
    first_page = pages.texts[overview[0]]
    assert header.split(first_page, 1)[1].startswith("5 ")  # the first day, printed as ever
    for number in overview[1:]:
        body = header.split(pages.texts[number], 1)[1]
        # the first row of the continued page names its day, and says it is continued
        assert body.startswith(CONTINUED[language]), (number + 1, body[:80])
        # and the page opens with the table's heading, marked continued
        assert GLANCE[language] in pages.texts[number], number + 1
    # the label is only on the first row there, not repeated under it
    continued = pages.texts[overview[1]]
    assert continued.count(DAY[language]) == 1


def test_a_day_starting_a_page_is_not_marked_continued(demo_db: Database, out_dir: Path) -> None:
    # enough rows on 6 November that a page of the table ends exactly where it ends is not
    # guaranteed; what is: on every continued page, "continued" only follows a day's date
    _crowd_one_day(demo_db, count=60)
    result = export_book(demo_db, None, out_dir / "book.pdf", language="en", record_edition=False)
    pages = read_pdf(result.path.read_bytes())
    for text in pages.texts:
        for index in range(text.count("(continued)")):
            before = text.split("(continued)")[index].rstrip("\n ").rsplit("\n", 1)[-1]
            # a day's date, or a table's own heading at the top of the page (Programme at a
            # glance, Dress for each event): never a row's time or anything else with a number
            assert before.endswith("2023") or not any(c.isdigit() for c in before), before


def _lengthen_brief(db: Database) -> None:
    paragraph = (
        "ภูมิหลัง: ความร่วมมือด้านวิทยาศาสตร์ระหว่างไทยกับจีนมีมาอย่างต่อเนื่องตั้งแต่ปี 2521"
        " ครอบคลุมการวิจัยร่วม การแลกเปลี่ยนนักวิจัย และโครงสร้างพื้นฐานทางวิทยาศาสตร์ "
    ) * 6
    with db.session() as s:
        event = s.get(m.Event, demo_id("event:bilateral"))
        assert event is not None
        event.background_th = "\n\n".join([paragraph] * 12)


def test_the_demo_briefs_fit_in_two_pages(demo_db: Database, out_dir: Path) -> None:
    result = export_book(demo_db, None, out_dir / "book.pdf", record_edition=False)
    assert not [w for w in result.warnings if "meeting brief" in str(w)]


def test_a_brief_past_two_pages_is_reported(
    demo_db: Database, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _lengthen_brief(demo_db)
    result = export_book(demo_db, None, out_dir / "book.pdf", record_edition=False)
    found = [str(w) for w in result.warnings if "meeting brief" in str(w)]
    assert len(found) == 1
    assert "Thailand – China bilateral meeting" in found[0]
    pages = read_pdf(result.path.read_bytes())
    start = pages.page_of("การประชุมทวิภาคีไทย – จีน\nวันเวลา:")
    assert f"pages {start}–" in found[0]
    # the command line says so on stderr, and still writes the book
    assert demo_db.path is not None
    out = out_dir / "cli.pdf"
    code = main(["--db", str(demo_db.path), "export", "-o", str(out), "--no-edition"])
    captured = capsys.readouterr()
    assert code == 0 and out.is_file()
    assert "warning: The meeting brief “Thailand – China bilateral meeting” runs to" in (
        captured.err
    )
