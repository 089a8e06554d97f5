"""Trips: the list of trips on the left; the chosen trip's details, itinerary, delegation,
topics, gifts, protocol notes and annexes on the right."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from brst_desktop.core.db import Database
from brst_desktop.core.services import trips as trip_service
from brst_desktop.gui import fields as f
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.dates import format_date_range, format_short_range
from brst_desktop.gui.fields import field_text
from brst_desktop.gui.itinerary_editor import ItineraryEditor
from brst_desktop.gui.language import in_window_language, pick
from brst_desktop.gui.record_list import RecordList
from brst_desktop.gui.table_model import Column

#: The trips list's width beside the trip: a title's start and its dates (5–9 Nov 2023).
LIST_WIDTH = 280
_SIDES = dict(f.SIDES)
_GIFTS = dict(f.GIFT_DIRECTIONS)
_CATEGORIES = dict(f.PROTOCOL_CATEGORIES)


class Ranked:
    """A delegation row with its number within its side (1 = head of that delegation)."""

    def __init__(self, row: Any, number: int) -> None:
        self._row, self.number = row, number

    def __getattr__(self, name: str) -> Any:
        return getattr(self._row, name)


def _by_side(db: Database, trip_id: uuid.UUID) -> list[Ranked]:
    """Both delegations, ours first then the host's, each in precedence order, numbered from 1
    (the stored precedence may start anywhere or leave gaps)."""
    rows = sorted(
        trip_service.delegation(db, trip_id), key=lambda r: (r.side != "home", r.precedence)
    )
    ranked, counts = [], {"home": 0, "host": 0}
    for row in rows:
        counts[row.side] = counts.get(row.side, 0) + 1
        ranked.append(Ranked(row, counts[row.side]))
    return ranked


class TripsPage(QWidget):
    trip_selected = Signal(object)  # uuid.UUID | None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.trips = RecordList(
            context,
            "trip",
            [
                Column(lambda: self.tr("Trip"), lambda r: pick(r.title_th, r.title_en)),
                Column(
                    lambda: self.tr("Dates"),
                    lambda r: format_short_range(r.start_date, r.end_date),
                    sort_key=lambda r: (r.start_date is None, r.start_date),
                ),
                Column(
                    lambda: self.tr("Destination"),
                    lambda r: pick(r.destination_th, r.destination_en),
                ),
            ],
            lambda: trip_service.list_trips(self.context.db),
            f.TRIP_FIELDS,
            self._new_trip,
            new_label=self.tr("New trip"),
            watch=frozenset({"event"}),
        )
        self.model = self.trips.model
        self.table = self.trips.table
        # Beside the itinerary the list is narrow: the title (elided) and the dates, whole.
        # The destination stays findable with the filter and is in the heading on the right.
        self.table.setColumnHidden(2, True)

        self.heading = QLabel()
        self.heading.setObjectName("trip_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)

        self.itinerary_editor = ItineraryEditor(context)
        self.itinerary = self.itinerary_editor.view
        self.delegation = self._child_list(
            "delegation_member",
            [
                Column(
                    lambda: self.tr("Side"),
                    lambda r: field_text(_SIDES.get(r.side, r.side)),
                    sort_key=lambda r: (r.side != "home", r.number),
                ),
                Column(
                    lambda: self.tr("No."), lambda r: str(r.number), sort_key=lambda r: r.number
                ),
                Column(lambda: self.tr("Person"), lambda r: pick(r.name.th, r.name.en)),
                Column(lambda: self.tr("Role"), lambda r: pick(r.role_th, r.role_en)),
            ],
            _by_side,
            f.DELEGATION_FIELDS,
            self.tr("Add member"),
            link=("person_id", "person"),
            defaults=self._new_member,
        )
        self.trip_topics = self._child_list(
            "trip_topic",
            [
                Column(lambda: self.tr("Topic"), lambda r: pick(r.name.th, r.name.en)),
                Column(
                    lambda: self.tr("Order"),
                    lambda r: str(r.position),
                    sort_key=lambda r: r.position,
                ),
            ],
            trip_service.trip_topics,
            f.TRIP_TOPIC_FIELDS,
            self.tr("Add topic"),
            link=("topic_id", "topic"),
        )
        self.gifts = self._child_list(
            "gift",
            [
                Column(lambda: self.tr("Gift"), lambda r: pick(r.description_th, r.description_en)),
                Column(
                    lambda: self.tr("Given or received"),
                    lambda r: field_text(_GIFTS.get(r.direction, r.direction)),
                ),
            ],
            trip_service.gifts,
            f.GIFT_FIELDS,
            self.tr("Add gift"),
            defaults=lambda: in_window_language("description", self.tr("New gift")),
        )
        self.protocol = self._child_list(
            "protocol_note",
            [
                Column(lambda: self.tr("Note"), lambda r: pick(r.text_th, r.text_en)),
                Column(
                    lambda: self.tr("Category"),
                    lambda r: field_text(_CATEGORIES.get(r.category, r.category)),
                ),
            ],
            trip_service.protocol_notes,
            f.PROTOCOL_FIELDS,
            self.tr("Add note"),
        )
        self.annexes = self._child_list(
            "annex",
            [Column(lambda: self.tr("Annex"), lambda r: pick(r.title_th, r.title_en))],
            trip_service.annexes,
            f.ANNEX_FIELDS,
            self.tr("Add annex"),
            defaults=lambda: in_window_language("title", self.tr("New annex")),
        )

        self.tabs = QTabWidget()
        self.tabs.setObjectName("trip_tabs")
        self.tabs.addTab(self.itinerary_editor, self.tr("Itinerary"))
        self.tabs.addTab(self.trips.editor_scroll, self.tr("Details"))
        self.tabs.addTab(self.delegation, self.tr("Delegation"))
        self.tabs.addTab(self.trip_topics, self.tr("Topics"))
        self.tabs.addTab(self.gifts, self.tr("Gifts"))
        self.tabs.addTab(self.protocol, self.tr("Protocol"))
        self.tabs.addTab(self.annexes, self.tr("Annexes"))
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.subheading)
        detail_layout.addWidget(self.tabs, 1)
        # The Details tab took the editor out of the list's splitter; the tabs go in its place.
        self.trips.detail_tabs.hide()  # emptied: the trip's tabs below take its place
        self.trips.splitter.addWidget(detail)
        # A wider window widens the trip, not the list (the list keeps its width).
        self.trips.splitter.setStretchFactor(0, 0)
        self.trips.splitter.setStretchFactor(2, 1)
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.trips)
        self.trips.current_changed.connect(self._show_trip)
        self.model.modelReset.connect(self._refresh_heading)
        self.trips.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Once the page has its real width (sizes set before are scaled, not kept).
            self._sized = True
            self.trips.splitter.setSizes([LIST_WIDTH, 0, max(0, self.width() - LIST_WIDTH)])

    @property
    def current_trip(self) -> uuid.UUID | None:
        return self.trips.current_id

    def reload(self) -> None:
        self.trips.reload()

    def select_trip(self, trip_id: uuid.UUID) -> None:
        self.trips.select(trip_id)

    def show_record(self, entity: str, record_id: uuid.UUID, parent_id: uuid.UUID | None) -> None:
        """A trip, or one of its events, gifts, protocol notes or annexes in its tab."""
        if entity == "trip":
            self.select_trip(record_id)
            return
        tabs: dict[str, ItineraryEditor | RecordList] = {
            "event": self.itinerary_editor,
            "gift": self.gifts,
            "protocol_note": self.protocol,
            "annex": self.annexes,
        }
        if parent_id is None or entity not in tabs:
            return
        self.select_trip(parent_id)
        self.tabs.setCurrentWidget(tabs[entity])
        tabs[entity].select(record_id)

    def _new_member(self) -> dict[str, Any]:
        """A new member joins our side, after the last in precedence."""
        ours = [r for r in self.delegation.model.rows if r.side == "home"]
        return {"side": "home", "precedence": max((r.precedence for r in ours), default=0) + 1}

    def _new_trip(self):
        today = date.today()
        return {
            **in_window_language("title", self.tr("New trip")),
            "start_date": today,
            "end_date": today,
            "home_timezone": "Asia/Bangkok",
            "destination_timezone": "Asia/Bangkok",
        }

    def _child_list(
        self,
        entity: str,
        columns: list[Column],
        read: Callable[[Database, uuid.UUID], list[Any]],
        fields: tuple[f.FieldSpec, ...],
        new_label: str,
        *,
        link: tuple[str, str] | None = None,
        defaults: Callable[[], dict[str, Any]] | None = None,
    ) -> RecordList:
        """A list of the chosen trip's ``entity`` rows, read by a typed service."""

        def load() -> list[Any]:
            trip_id = self.current_trip
            return read(self.context.db, trip_id) if trip_id is not None else []

        def new_values() -> dict[str, Any] | None:
            trip_id = self.current_trip
            if trip_id is None:
                return None
            return {"trip_id": trip_id, **(defaults() if defaults else {})}

        watch = frozenset({link[1]}) if link else frozenset()
        return RecordList(
            self.context,
            entity,
            columns,
            load,
            fields,
            new_values,
            new_label=new_label,
            watch=watch,
            vertical=True,
            choose=link,
        )

    def _show_trip(self, trip_id: uuid.UUID | None) -> None:
        self.trip_selected.emit(trip_id)
        row = next((r for r in self.model.rows if r.id == trip_id), None) if trip_id else None
        if row is None:
            self.heading.setText(self.tr("No trip yet"))
            self.subheading.setText(self.tr("Create one with File ▸ New trip (Ctrl+N)."))
            self.itinerary_editor.set_trip(None)
        else:
            self._heading_of(row)
            self.itinerary_editor.set_trip(trip_id, row.start_date, row.destination_timezone)
        for child in (self.delegation, self.trip_topics, self.gifts, self.protocol, self.annexes):
            child.reload()

    def _refresh_heading(self) -> None:
        trip_id = self.current_trip
        row = next((r for r in self.model.rows if r.id == trip_id), None) if trip_id else None
        if row is not None:
            self._heading_of(row)  # the heading follows edits of the title, dates, destination

    def _heading_of(self, row: Any) -> None:
        self.heading.setText(pick(row.title_th, row.title_en))
        parts = [
            format_date_range(row.start_date, row.end_date),
            pick(row.destination_th, row.destination_en),
        ]
        if row.is_sample:
            parts.append(self.tr("sample data"))
        self.subheading.setText(" · ".join(p for p in parts if p))
