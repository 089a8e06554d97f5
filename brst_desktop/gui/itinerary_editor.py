"""The itinerary editor: the day-by-day programme above, the chosen event's editor below."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.services import events
from brst_desktop.core.services import trips as trip_service
from brst_desktop.core.services.trips import ItineraryItem
from brst_desktop.gui import fields as f
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.forms import RecordForm
from brst_desktop.gui.icons import icon
from brst_desktop.gui.itinerary_view import ItineraryView
from brst_desktop.gui.language import in_window_language, pick
from brst_desktop.gui.record_list import child_list
from brst_desktop.gui.table_model import Column, id_of
from brst_desktop.gui.undo import CreateRecord, DeleteRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("ItineraryEditor", text)


class ItineraryEditor(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.trip_id: uuid.UUID | None = None
        self.trip_start: date | None = None
        self.destination_zone = "Asia/Bangkok"
        self.items: list[ItineraryItem] = []
        self._select_after: uuid.UUID | None = None

        self.view = ItineraryView()
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.add_button = QPushButton(icon("list-plus"), _tr("Add event"))
        self.add_button.clicked.connect(self.add_event)
        self.delete_button = QPushButton(icon("trash-2"), _tr("Delete event"))
        self.delete_button.clicked.connect(self.delete_event)
        self.delete_button.setEnabled(False)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # one list answers, not several
        delete_key.activated.connect(self.delete_event)
        self.summary = QLabel()
        self.summary.setObjectName("itinerary_warnings")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #8a5300;")

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)

        # The event in three editors of one record, each a tab: when and what, place and
        # logistics, the brief. Each stores its own fields; all show the same event.
        self.form = RecordForm(context, "event", f.EVENT_WHEN_FIELDS)
        self.place_form = RecordForm(context, "event", f.EVENT_PLACE_FIELDS)
        self.brief_form = RecordForm(context, "event", f.EVENT_BRIEF_FIELDS)
        self.forms = (self.form, self.place_form, self.brief_form)
        current = ("event_id", lambda: self.form.record_id)
        self.participants = child_list(
            context,
            "event_participant",
            current,
            [
                Column(lambda: _tr("Taking part"), lambda r: pick(r.name.th, r.name.en)),
                Column(lambda: _tr("Role"), lambda r: pick(r.role_th, r.role_en)),
            ],
            events.participants,
            f.PARTICIPANT_FIELDS,
            _tr("Add participant"),
            link=("person_id", "person"),
            # Beside the list: under the itinerary at 1366×768, an editor below left the list
            # room for one and a half rows.
            vertical=False,
        )
        self.topics = child_list(
            context,
            "event_topic",
            current,
            [Column(lambda: _tr("Topic to raise"), lambda r: pick(r.name.th, r.name.en))],
            events.event_topics,
            f.EVENT_TOPIC_FIELDS,
            _tr("Add topic"),
            link=("topic_id", "topic"),
            vertical=False,
        )
        # Shown while no event is chosen, so the lower half never looks like an empty pane.
        self.hint = QLabel(_tr("Choose an event above to edit it, or add one with Add event."))
        self.hint.setObjectName("itinerary_hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # drawn in the muted colour of the platform's style
        self.event_tabs = QTabWidget()
        self.event_tabs.setObjectName("event_tabs")
        self.event_tabs.setDocumentMode(True)
        for title, form in (
            (_tr("When and what"), self.form),
            (_tr("Place and logistics"), self.place_form),
            (_tr("Brief"), self.brief_form),
        ):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(form)
            self.event_tabs.addTab(scroll, title)
        # The sub-lists in tabs of their own, where they can be seen (each scrolls by itself).
        self.event_tabs.addTab(self.participants, _tr("Who takes part"))
        self.event_tabs.addTab(self.topics, _tr("Topics to raise"))
        self.event_tabs.setTabToolTip(4, _tr("Their talking points go in the meeting brief."))
        lower = QStackedWidget()
        lower.addWidget(self.hint)
        lower.addWidget(self.event_tabs)
        self.lower_stack = lower
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setSizes([330, 330])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        context.bus.changed.connect(self._on_changes)

    def set_trip(
        self,
        trip_id: uuid.UUID | None,
        start: date | None = None,
        destination_zone: str = "Asia/Bangkok",
    ) -> None:
        self.trip_id, self.trip_start = trip_id, start
        self.destination_zone = destination_zone or "Asia/Bangkok"
        self.add_button.setEnabled(trip_id is not None)
        self._set_event(None)
        self.reload()

    def reload(self) -> None:
        trip_id, db = self.trip_id, self.context.db
        if trip_id is None:
            self._show([])
            return

        def show(items: list[ItineraryItem]) -> None:
            if self.trip_id == trip_id:
                self._show(items)

        self.context.tasks.read(lambda: trip_service.itinerary(db, trip_id), show)

    def _show(self, items: list[ItineraryItem]) -> None:
        keep = self._select_after or self.form.record_id
        self._select_after = None
        self.items = items
        self.view.set_items(items)
        overlaps = sum(1 for i in items if i.overlaps)
        midnight = sum(1 for i in items if i.crosses_midnight_local or i.crosses_midnight_home)
        parts = []
        if overlaps:
            parts.append(_tr("Events that overlap another: %1").replace("%1", str(overlaps)))
        if midnight:
            parts.append(_tr("Events that cross midnight: %1").replace("%1", str(midnight)))
        self.summary.setText(" · ".join(parts))
        if keep is not None:
            self.select(keep)

    def select(self, event_id: uuid.UUID) -> None:
        model = self.view.itinerary
        for day in range(model.rowCount()):
            day_item = model.item(day, 0)
            for row in range(day_item.rowCount()):
                child = day_item.child(row, 0)
                if id_of(child.index()) == event_id:
                    self.view.setCurrentIndex(child.index())
                    self.view.scrollTo(child.index())
                    return
        self._select_after = event_id  # not loaded yet: chosen when it is

    def _current_changed(self, current, _previous) -> None:
        event_id = id_of(current)
        self.delete_button.setEnabled(event_id is not None)
        if event_id != self.form.record_id:
            self._set_event(event_id)

    def _set_event(self, event_id: uuid.UUID | None) -> None:
        for form in self.forms:
            form.set_record(event_id)
        for index in range(3):  # another event: its editors from the top
            scroll = self.event_tabs.widget(index)
            if isinstance(scroll, QScrollArea):
                scroll.verticalScrollBar().setValue(0)
        self._show_children()

    def _show_children(self) -> None:
        chosen = self.form.record_id is not None
        self.lower_stack.setCurrentWidget(self.event_tabs if chosen else self.hint)
        for child in (self.participants, self.topics):
            child.reload()

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.trip_id is not None and changes.touches("event", "trip"):
            self.reload()

    # --- actions ------------------------------------------------------------------------------
    def default_start(self) -> tuple[datetime, str]:
        """After the last event (on the hour), else 09:00 on the trip's first day."""
        if self.items:
            last = self.items[-1]
            end = last.local_end or (last.local_start + timedelta(hours=1))
            zone = last.end_zone
            end = end.astimezone(ZoneInfo(zone))
            start = (end + timedelta(minutes=59)).replace(minute=0, second=0, microsecond=0)
            return start, zone
        day = self.trip_start or date.today()
        zone = self.destination_zone
        return datetime(day.year, day.month, day.day, 9, 0, tzinfo=ZoneInfo(zone)), zone

    def add_event(self) -> None:
        if self.trip_id is None:
            return
        start, zone = self.default_start()
        event_id = uuid.uuid4()
        values = {
            "id": event_id,
            "trip_id": self.trip_id,
            **in_window_language("title", _tr("New event")),
            "timezone": zone,
            "starts_at": start,
            "ends_at": start + timedelta(hours=1),
        }
        self._select_after = event_id
        self.context.undo.push(CreateRecord(self.context, "event", values, _tr("Add event")))

    def delete_event(self) -> None:
        event_id = self.form.record_id
        if event_id is None:
            return
        self._set_event(None)
        self.context.undo.push(DeleteRecord(self.context, "event", event_id, _tr("Delete event")))
        status = getattr(self.window(), "statusBar", None)
        if status is not None:
            status().showMessage(_tr("Event deleted. Undo (Ctrl+Z) brings it back."), 6000)
