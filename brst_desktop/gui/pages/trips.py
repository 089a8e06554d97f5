"""Trips: the list of trips on the left, the chosen trip on the right."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.services import trips as trip_service
from brst_desktop.core.services.trips import ItineraryItem, TripRow
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.dates import format_date_range
from brst_desktop.gui.itinerary_view import ItineraryView
from brst_desktop.gui.language import pick
from brst_desktop.gui.table_model import ID_ROLE, Column, RowTableModel


class TripsPage(QWidget):
    trip_selected = Signal(object)  # uuid.UUID | None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current_trip: uuid.UUID | None = None
        self.model = RowTableModel(
            [
                Column(lambda: self.tr("Trip"), lambda r: pick(r.title_th, r.title_en)),
                Column(
                    lambda: self.tr("Dates"),
                    lambda r: format_date_range(r.start_date, r.end_date),
                    sort_key=lambda r: (r.start_date is None, r.start_date),
                ),
                Column(
                    lambda: self.tr("Destination"),
                    lambda r: pick(r.destination_th, r.destination_en),
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.itinerary = ItineraryView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.itinerary, self.tr("Itinerary"))

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.subheading)
        detail_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.splitter = splitter

        context.bus.changed.connect(self._on_changes)
        self.reload()

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        db = self.context.db
        self.context.tasks.read(lambda: trip_service.list_trips(db), self._show_trips)

    def _show_trips(self, rows: list[TripRow]) -> None:
        keep = self.current_trip
        self.model.set_rows(rows)
        index = self.model.index_of(keep) if keep else self.model.index(0, 0)
        if not index.isValid():
            index = self.model.index(0, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
        else:
            self._show_trip(None)

    def select_trip(self, trip_id: uuid.UUID) -> None:
        index = self.model.index_of(trip_id)
        if index.isValid():
            self.table.setCurrentIndex(index)

    def _row_changed(self, current, _previous) -> None:
        trip_id = current.data(ID_ROLE) if current.isValid() else None
        self._show_trip(trip_id)

    def _show_trip(self, trip_id: uuid.UUID | None) -> None:
        self.current_trip = trip_id
        self.trip_selected.emit(trip_id)
        if trip_id is None:
            self.heading.setText(self.tr("No trip yet"))
            self.subheading.setText(self.tr("Create a trip with File ▸ New trip (Ctrl+N)."))
            self.itinerary.set_items([])
            return
        row = next((r for r in self.model.rows if r.id == trip_id), None)
        if row is not None:
            self.heading.setText(pick(row.title_th, row.title_en))
            parts = [
                format_date_range(row.start_date, row.end_date),
                pick(row.destination_th, row.destination_en),
            ]
            if row.is_sample:
                parts.append(self.tr("sample data"))
            self.subheading.setText(" · ".join(p for p in parts if p))
        self._load_itinerary(trip_id)

    def _load_itinerary(self, trip_id: uuid.UUID) -> None:
        db = self.context.db

        def show(items: list[ItineraryItem]) -> None:
            if self.current_trip == trip_id:
                self.itinerary.set_items(items)

        self.context.tasks.read(lambda: trip_service.itinerary(db, trip_id), show)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("trip"):
            self.reload()
        elif changes.touches("event") and self.current_trip is not None:
            self._load_itinerary(self.current_trip)
