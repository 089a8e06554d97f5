"""The itinerary as a day-by-day tree: each event in its own zone, home time beside it."""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeView, QWidget

from brst_desktop.core.services.trips import ItineraryItem
from brst_desktop.gui.dates import format_day, format_span
from brst_desktop.gui.language import current_language, pick
from brst_desktop.gui.table_model import ID_ROLE

#: A day's time on the destination's clock, to measure a column by.
_SAMPLE = datetime(2023, 11, 6, 22, 50, tzinfo=ZoneInfo("Asia/Shanghai"))


def _two_lines(span: str) -> str:
    """A flight's two named clocks one under the other in Thai, where the column is one clock
    wide (the English abbreviations fit on one line)."""
    return span.replace(" – ", " –\n", 1) if current_language() == "th" else span


def _tr(text: str) -> str:
    return QCoreApplication.translate("Itinerary", text)


def event_kind_label(kind: str) -> str:
    labels = {
        "flight": _tr("Flight"),
        "meeting": _tr("Meeting"),
        "ceremony": _tr("Ceremony"),
        "signing": _tr("Signing"),
        "visit": _tr("Visit"),
        "meal": _tr("Meal"),
        "transfer": _tr("Transfer"),
        "conference": _tr("Conference"),
        "press": _tr("Press"),
        "other": _tr("Other"),
    }
    return labels.get(kind, kind)


def warnings_for(item: ItineraryItem, titles: dict[uuid.UUID, str]) -> list[str]:
    found = []
    if item.status == "cancelled":
        found.append(_tr("Cancelled"))
    if item.crosses_midnight_local:
        found.append(_tr("Crosses midnight (local time)"))
    if item.crosses_midnight_home:
        found.append(_tr("Crosses midnight (home time)"))
    for other in item.overlaps:
        found.append(_tr("Overlaps “%1”").replace("%1", titles.get(other, "")))
    return found


class ItineraryModel(QStandardItemModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ItineraryItem] = []
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [_tr("Local time"), _tr("Home time"), _tr("Event"), _tr("Warnings"), _tr("Venue")]
        )

    def set_items(self, items: list[ItineraryItem], warning_icon=None) -> None:
        self.clear()
        self._set_headers()
        self.items = items
        titles = {i.id: pick(i.title_th, i.title_en) for i in items}
        day_item: QStandardItem | None = None
        current_day = None
        for item in items:
            if item.day != current_day:
                current_day = item.day
                day_item = QStandardItem(format_day(item.day))
                font = day_item.font()
                font.setBold(True)
                day_item.setFont(font)
                day_item.setEditable(False)
                self.appendRow(day_item)
            title = f"{event_kind_label(item.kind)} · {titles[item.id]}"
            warnings = warnings_for(item, titles)
            cells = [
                _two_lines(format_span(item.local_start, item.local_end, item.day)),
                _two_lines(format_span(item.home_start, item.home_end, item.day)),
                title,
                "; ".join(warnings),
                pick(item.venue_th, item.venue_en),
            ]
            row = []
            for text in cells:
                cell = QStandardItem(text)
                cell.setEditable(False)
                cell.setData(str(item.id), ID_ROLE)
                cell.setToolTip(text)
                row.append(cell)
            if warnings and warning_icon is not None:
                row[0].setIcon(warning_icon)  # seen without scrolling; the reason is beside it
                row[0].setToolTip("\n".join(warnings))
                row[3].setIcon(warning_icon)
            if item.status == "cancelled":
                for cell in row:
                    font = cell.font()
                    font.setStrikeOut(True)
                    cell.setFont(font)
            assert day_item is not None
            day_item.appendRow(row)


class ItineraryView(QTreeView):
    """Days as branches, events as rows; every day open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itinerary = ItineraryModel(self)
        self.setModel(self.itinerary)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def set_items(self, items: list[ItineraryItem]) -> None:
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.itinerary.set_items(items, icon)
        for row in range(self.itinerary.rowCount()):
            self.setFirstColumnSpanned(row, self.rootIndex(), True)
        self.expandAll()
        # As wide as a time on one clock; a flight's two named clocks (longer in Thai: 22.50 น.
        # ตามเวลาจีน – 00.55 น. (+1) ตามเวลาไทย) are on two lines instead of pushing the
        # events' titles out of sight.
        one_clock = format_span(_SAMPLE, _SAMPLE.replace(hour=23, minute=59), _SAMPLE.date())
        widest = self.fontMetrics().horizontalAdvance(one_clock + " (+1)") + 2 * self.indentation()
        for column in (0, 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), widest))
        self.setColumnWidth(2, 330)
        self.setColumnWidth(3, 230)
