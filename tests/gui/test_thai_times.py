"""Times in the Thai window read as the Thai book prints them: ``08.40 น.``, ``ตามเวลาจีน``.

The window is switched to Thai through View ▸ Language as a person does, the demo trip's
programme is opened by its tab, and every cell is read. The expected texts are written here from
the stored instants (strftime, the zone's country by hand), and the book's own sentence for the
same event must contain the window's cells.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from brst_desktop.core.demo import demo_id
from brst_desktop.core.services.trips import itinerary
from brst_desktop.export.language import Language
from brst_desktop.export.times import event_times, prose
from brst_desktop.gui.language import install_language
from brst_desktop.gui.main_window import MainWindow
from brst_desktop.gui.table_model import ID_ROLE
from tests.helpers.gui import open_window

COUNTRY = {"Asia/Shanghai": "จีน", "Asia/Chongqing": "จีน", "Asia/Bangkok": "ไทย"}
NBSP = "\u00a0"


def _key(moment: datetime) -> str:
    return str(getattr(moment.tzinfo, "key", ""))


def _mark(moment: datetime, heading: Any) -> str:
    days = (moment.date() - heading).days
    return f"{NBSP}({days:+d})" if days else ""


def _expected(start: datetime, end: datetime | None, heading: Any) -> str:
    """What the Thai book prints for one clock, written out independently of the program."""
    if end is not None and _key(end) != _key(start):
        return " – ".join(
            f"{m:%H.%M}{NBSP}น.{_mark(m, heading)} ตามเวลา{COUNTRY[_key(m)]}" for m in (start, end)
        )
    clocks = f"{start:%H.%M}{_mark(start, heading)}"
    if end is not None:
        clocks += f"–{end:%H.%M}"
    last = end if end is not None else start
    return (
        f"{clocks}{NBSP}น.{_mark(last, heading) if end is not None else ''} ตามเวลา"
        + COUNTRY[_key(start)]
    )


def _switch_to_thai(qtbot, qapp, window) -> MainWindow:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    language = next(a.menu() for a in view.actions() if a.menu() is not None)
    thai = next(a for a in language.actions() if a.text() == "ไทย")
    assert isinstance(thai, QAction)
    thai.trigger()
    shown = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert len(shown) == 1 and shown[0] is not window
    qtbot.addWidget(shown[0])
    return shown[0]


def test_the_thai_programme_writes_times_and_names_clocks_as_the_book_does(
    qtbot, qapp, demo_db, english
) -> None:
    window = _switch_to_thai(qtbot, qapp, open_window(qtbot, demo_db))
    try:
        trips = window.pages.show("trips")
        bar = trips.tabs.tabBar()
        tab = trips.tabs.indexOf(trips.itinerary_editor)
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
        assert trips.tabs.currentWidget() is trips.itinerary_editor
        tree = trips.itinerary.itinerary
        assert tree.horizontalHeaderItem(0).text() == "เวลาท้องถิ่น"

        items = {i.id: i for i in itinerary(demo_db, demo_id("trip"))}
        cells: dict[Any, list[str]] = {}
        for day in range(tree.rowCount()):
            heading = tree.item(day, 0)
            assert re.fullmatch(r"วัน\S+ที่ \d+ พฤศจิกายน 2566", heading.text()), heading.text()
            for row in range(heading.rowCount()):
                event = heading.child(row, 0).data(ID_ROLE)
                # a flight's two clocks are on two lines of the cell
                texts = [heading.child(row, c).text() for c in range(5)]
                cells[event] = [t.replace(" –\n", " – ") for t in texts]
        assert len(cells) == len(items) == 12
        column = trips.itinerary.columnWidth(0)
        assert column < trips.itinerary.fontMetrics().horizontalAdvance(
            "22.50 น. ตามเวลาจีน – 00.55 น. (+1) ตามเวลาไทย"
        ), "a flight's two clocks widen the column instead of going on two lines"
        everything = " ".join(" ".join(c) for c in cells.values())
        # No traveller's abbreviation and no English clock anywhere in the Thai programme.
        assert not re.search(r"\b(CST|ICT|UTC)\b|\d:\d\d", everything), everything

        for key, shown in cells.items():
            item = next(i for i in items.values() if str(i.id) == key)
            assert shown[0] == _expected(item.local_start, item.local_end, item.day)
            assert shown[1] == _expected(item.home_start, item.home_end, item.day)

        home_flight = next(
            i
            for i in items.values()
            if i.kind == "flight" and _key(i.local_start) != "Asia/Bangkok"
        )
        flight = cells[str(home_flight.id)]
        assert flight[0] == f"22.50{NBSP}น. ตามเวลาจีน – 00.55{NBSP}น.{NBSP}(+1) ตามเวลาไทย"
        assert flight[1] == f"21.50–00.55{NBSP}น.{NBSP}(+1) ตามเวลาไทย"

        # The Thai book's sentence for each event is made of the same texts.
        for key, shown in cells.items():
            item = next(i for i in items.values() if str(i.id) == key)
            event = demo_db_event(demo_db, item.id)
            times = event_times(
                event["starts_at"],
                event["ends_at"],
                event["timezone"],
                event["end_timezone"],
                "Asia/Bangkok",
            )
            book = prose(Language("th"), times, ("Asia/Shanghai", "Asia/Bangkok")).main
            flies = item.local_end is not None and _key(item.local_end) != _key(item.local_start)
            if flies or _key(item.local_start) == "Asia/Bangkok":  # one clock, or both named
                assert book == f"เวลา {shown[0]}"
            else:
                assert book == f"เวลา {shown[0]} ({shown[1]})"
    finally:
        install_language(qapp, "en")


def demo_db_event(db: Any, event_id: Any) -> dict[str, Any]:
    from brst_desktop.core.services import records

    stored = records.read(db, "event", event_id)
    assert stored is not None
    return stored
