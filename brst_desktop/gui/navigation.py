"""The pages of the main window, made when first shown, and going to any record found."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from brst_desktop.core.search import Hit
from brst_desktop.gui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


def page_titles() -> dict[str, str]:
    return {
        "trips": _tr("Trips"),
        "people": _tr("People"),
        "organisations": _tr("Organisations"),
        "topics": _tr("Topics & talking points"),
        "agreements": _tr("Agreements"),
        "books": _tr("Books"),
    }


def _factories() -> dict[str, Callable[[AppContext], QWidget]]:
    # Imported when a page is first shown: start-up only pays for the Trips page.
    def trips(c):
        from brst_desktop.gui.pages.trips import TripsPage

        return TripsPage(c)

    def people(c):
        from brst_desktop.gui.pages.people import PeoplePage

        return PeoplePage(c)

    def organisations(c):
        from brst_desktop.gui.pages.organisations import OrganisationsPage

        return OrganisationsPage(c)

    def topics(c):
        from brst_desktop.gui.pages.topics import TopicsPage

        return TopicsPage(c)

    def agreements(c):
        from brst_desktop.gui.pages.agreements import AgreementsPage

        return AgreementsPage(c)

    def books(c):
        from brst_desktop.gui.pages.books import BooksPage

        return BooksPage(c)

    return {
        "trips": trips,
        "people": people,
        "organisations": organisations,
        "topics": topics,
        "agreements": agreements,
        "books": books,
    }


class Pages:
    """The navigation list and the stack of pages, each page built on first use."""

    def __init__(self, context: AppContext, navigation: QListWidget, stack: QStackedWidget) -> None:
        self.context = context
        self.navigation = navigation
        self.stack = stack
        self.names = list(page_titles())
        self._factories = _factories()
        self._built: dict[str, QWidget] = {}
        self.trip_id: uuid.UUID | None = None
        for name, title in page_titles().items():
            item = QListWidgetItem(title, navigation)
            item.setData(0x0100, name)
            placeholder = QWidget()
            stack.addWidget(placeholder)
        navigation.currentRowChanged.connect(self._show_row)

    @property
    def built(self) -> dict[str, QWidget]:
        return dict(self._built)

    def page(self, name: str) -> QWidget:
        if name not in self._built:
            page = self._factories[name](self.context)
            page.setObjectName(f"page_{name}")
            row = self.names.index(name)
            old = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._built[name] = page
            if name == "trips":
                page.trip_selected.connect(self._trip_selected)  # type: ignore[attr-defined]
            if hasattr(page, "set_trip"):
                page.set_trip(self.trip_id)
        return self._built[name]

    def show(self, name: str) -> QWidget:
        page = self.page(name)
        self.navigation.setCurrentRow(self.names.index(name))
        self.stack.setCurrentWidget(page)
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.names):
            self.stack.setCurrentWidget(self.page(self.names[row]))

    def _trip_selected(self, trip_id: uuid.UUID | None) -> None:
        self.trip_id = trip_id
        for page in self._built.values():
            if hasattr(page, "set_trip"):
                page.set_trip(trip_id)

    def go_to(self, hit: Hit) -> None:
        """Show the record a search found, on its own page."""
        entity, record_id, parent = hit.entity, hit.id, hit.parent_id
        if entity == "trip":
            self.show("trips").select_trip(record_id)  # type: ignore[attr-defined]
        elif entity in ("event", "gift", "protocol_note", "annex") and parent is not None:
            page = self.show("trips")
            page.select_trip(parent)  # type: ignore[attr-defined]
            tabs = {
                "event": page.itinerary_editor,
                "gift": page.gifts,  # type: ignore[attr-defined]
                "protocol_note": page.protocol,
                "annex": page.annexes,
            }  # type: ignore[attr-defined]
            target = tabs[entity]
            page.tabs.setCurrentWidget(target)  # type: ignore[attr-defined]
            target.select(record_id)
        elif entity in ("person", "previous_meeting"):
            page = self.show("people")
            page.people.select(parent if entity == "previous_meeting" else record_id)  # type: ignore[attr-defined]
            if entity == "previous_meeting":
                page.meetings.select(record_id)  # type: ignore[attr-defined]
        elif entity == "organisation":
            self.show("organisations").organisations.select(record_id)  # type: ignore[attr-defined]
        elif entity in ("topic", "talking_point"):
            page = self.show("topics")
            page.topics.select(parent if entity == "talking_point" else record_id)  # type: ignore[attr-defined]
            if entity == "talking_point":
                page.points.select(record_id)  # type: ignore[attr-defined]
        elif entity == "agreement":
            self.show("agreements").agreements.select(record_id)  # type: ignore[attr-defined]
        elif entity == "briefing_book":
            self.show("books").books.select(record_id)  # type: ignore[attr-defined]
