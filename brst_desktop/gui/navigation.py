"""The pages of the main window, made when first shown, and going to any record found."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from brst_desktop.core import registry
from brst_desktop.core.search import Hit
from brst_desktop.gui.context import AppContext


@runtime_checkable
class ShowsRecords(Protocol):
    """A page that can show one of its records (and the record it belongs to)."""

    def show_record(
        self, entity: str, record_id: uuid.UUID, parent_id: uuid.UUID | None
    ) -> None: ...


@runtime_checkable
class ChoosesTrips(Protocol):
    """The page where the trip the other pages follow is chosen."""

    @property
    def trip_selected(self) -> SignalInstance: ...

    @property
    def current_trip(self) -> uuid.UUID | None: ...


@runtime_checkable
class FollowsTrip(Protocol):
    """A page that works on the trip chosen on the Trips page."""

    def set_trip(self, trip_id: uuid.UUID | None) -> None: ...


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
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[name] = page
            if isinstance(page, ChoosesTrips):
                page.trip_selected.connect(self._trip_selected)
                # A list read at once (no worker thread) chose its trip while the page was
                # built, before this connection: take that choice too.
                if page.current_trip != self.trip_id:
                    self._trip_selected(page.current_trip)
            if isinstance(page, FollowsTrip):
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
            if isinstance(page, FollowsTrip):
                page.set_trip(trip_id)

    def go_to(self, hit: Hit) -> None:
        """Show the record a search found, on the page core.registry names for its kind."""
        target = registry.entity(hit.entity).page
        if target is None:
            return
        page = self.show(target)
        if isinstance(page, ShowsRecords):
            page.show_record(hit.entity, hit.id, hit.parent_id)
