"""People: counterparts and delegation members, every name form, photo, previous meetings."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from brst_desktop.core.services import people
from brst_desktop.core.services.people import PersonRow, PreviousMeetingRow
from brst_desktop.gui import fields as f
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.dates import format_date
from brst_desktop.gui.language import current_language, in_window_language, pick
from brst_desktop.gui.name_suggestions import NameSuggestionBox
from brst_desktop.gui.photo import PhotoField
from brst_desktop.gui.record_list import RecordList
from brst_desktop.gui.table_model import Column


def person_name(row: PersonRow) -> str:
    name = pick(row.name_th, row.name_en)
    if row.name_native and row.name_native != name:
        name = f"{name} ({row.name_native})"
    return name


def _row_of(layout: QFormLayout, widget: QWidget | None) -> int:
    """The row of ``widget`` in ``layout`` (PySide declares the (row, role) pair as an object)."""
    match layout.getWidgetPosition(widget) if widget is not None else None:
        case (int() as row, _role) if row >= 0:
            return row
    raise LookupError("the widget is not a row of this form")


class PeoplePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.people = RecordList(
            context,
            "person",
            [
                Column(
                    lambda: self.tr("Name"),
                    person_name,
                    # "Sort as" is a Latin key (family name first); Thai readers look names
                    # up as shown, in Thai dictionary order.
                    sort_key=None
                    if current_language() == "th"
                    else lambda r: (r.sort_name or r.name_en or r.name_th).casefold(),
                ),
                Column(lambda: self.tr("Position"), lambda r: pick(r.position_th, r.position_en)),
                Column(
                    lambda: self.tr("Organisation"),
                    lambda r: pick(r.organisation_th or "", r.organisation_en or ""),
                ),
                Column(lambda: self.tr("Country"), lambda r: r.country),
            ],
            lambda: people.list_people(self.context.db),
            f.PERSON_FIELDS,
            lambda: in_window_language("name", self.tr("New person")),
            new_label=self.tr("New person"),
            by_name=True,
            watch=frozenset({"organisation"}),
        )
        # Under the names: pinyin, English and Thai forms offered from the Chinese name.
        self.suggestions = NameSuggestionBox(self.people.form)
        form_layout = self.people.form.form
        row = _row_of(form_layout, self.people.form.widgets["name_native_latin"].parentWidget())
        form_layout.insertRow(row + 1, self.suggestions)
        self.photo = PhotoField(context)
        photo_box = QGroupBox(self.tr("Photo"))
        QVBoxLayout(photo_box).addWidget(self.photo)
        self.people.details_layout.insertWidget(0, photo_box)

        self.meetings = RecordList(
            context,
            "previous_meeting",
            [
                Column(
                    lambda: self.tr("Date"),
                    lambda r: format_date(r.met_on),
                    sort_key=lambda r: (r.met_on is None, r.met_on),
                ),
                Column(lambda: self.tr("Occasion"), lambda r: pick(r.occasion_th, r.occasion_en)),
                Column(lambda: self.tr("Place"), lambda r: pick(r.place_th, r.place_en)),
            ],
            self._load_meetings,
            f.PREVIOUS_MEETING_FIELDS,
            self._new_meeting,
            new_label=self.tr("New meeting"),
            vertical=True,
        )
        self.people.add_tab(self.meetings, self.tr("Previous meetings"))
        self.people.current_changed.connect(self._person_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.people)
        self.people.reload()

    def reload(self) -> None:
        self.people.reload()

    def show_record(self, entity: str, record_id: uuid.UUID, parent_id: uuid.UUID | None) -> None:
        """A person, or one of their previous meetings under them."""
        if entity == "previous_meeting" and parent_id is not None:
            self.people.select(parent_id)
            self.meetings.select(record_id)
        else:
            self.people.select(record_id)

    def _person_changed(self, person_id: uuid.UUID | None) -> None:
        self.photo.set_person(person_id)
        self.meetings.reload()

    def _load_meetings(self) -> list[PreviousMeetingRow]:
        person_id = self.people.current_id
        if person_id is None:
            return []
        return people.previous_meetings(self.context.db, person_id)

    def _new_meeting(self):
        if self.people.current_id is None:
            return None
        # the placeholder goes in the field of the language it is written in
        thai = current_language() == "th"
        key = "occasion_th" if thai else "occasion_en"
        return {"person_id": self.people.current_id, key: self.tr("New meeting")}
