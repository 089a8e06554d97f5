"""Books: compose a briefing book (sections, counterparts, topics, language, paper) beside a
live preview, then export it or print it."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.models import DEFAULT_SECTIONS, BookSection
from brst_desktop.core.services import books, records
from brst_desktop.core.services.books import BookChoices
from brst_desktop.errors import shown
from brst_desktop.gui import fields as f
from brst_desktop.gui.book_export import (
    BookExporter,
    book_file_name,
    open_in_viewer,
    print_pdf,
)
from brst_desktop.gui.book_preview import BookPreview
from brst_desktop.gui.checklist import Checklist
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.dates import format_moment
from brst_desktop.gui.fields import field_text
from brst_desktop.gui.icons import icon
from brst_desktop.gui.language import pick
from brst_desktop.gui.record_list import RecordList
from brst_desktop.gui.references import reference_lists
from brst_desktop.gui.table_model import Column, RowTableModel
from brst_desktop.gui.undo import SetBookChoices, UpdateRecord

_LANGUAGES = dict(f.BOOK_LANGUAGES)
_PAPERS = dict(f.PAPERS)
SECTION_LABELS = {
    "cover": f.N_("Cover"),
    "contents": f.N_("Contents"),
    "changes": f.N_("Changes since the last edition"),
    "overview": f.N_("Overview"),
    "programme": f.N_("Programme"),
    "delegation": f.N_("Delegations"),
    "meetings": f.N_("Meeting briefs"),
    "biographies": f.N_("Biographies"),
    "topics": f.N_("Topic papers"),
    "agreements": f.N_("Agreements"),
    "protocol": f.N_("Protocol notes"),
    "annexes": f.N_("Annexes"),
}


class BooksPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current_trip: uuid.UUID | None = None
        self.sections_stored: list[str] = []
        self.classification = "unclassified"  # of the current book: suggests a PDF password
        self.people_stored: list[uuid.UUID] = []
        self.topics_stored: list[uuid.UUID] = []
        self.books = RecordList(
            context,
            "briefing_book",
            [
                Column(lambda: self.tr("Book"), lambda r: pick(r.title_th, r.title_en)),
                Column(lambda: self.tr("Trip"), lambda r: pick(r.trip_th, r.trip_en)),
                Column(
                    lambda: self.tr("Language"),
                    lambda r: field_text(_LANGUAGES.get(r.language, r.language)),
                ),
                Column(
                    lambda: self.tr("Paper"), lambda r: field_text(_PAPERS.get(r.paper, r.paper))
                ),
            ],
            lambda: books.list_books(self.context.db),
            f.BOOK_FIELDS,
            self._new_book,
            new_label=self.tr("New book"),
            blocked=(
                self.tr("A book is made for a trip: make the trip first."),
                self.tr("New trip"),
                lambda: _new_trip(self),
            ),
            watch=frozenset({"trip"}),
            vertical=True,
        )
        self.sections = Checklist()
        self.sections.list.setObjectName("sections")
        self.sections.changed.connect(self._sections_changed)
        self.people = Checklist()
        self.people.changed.connect(lambda ids: self._choices_changed("people", ids))
        self.topics = Checklist()
        self.topics.changed.connect(lambda ids: self._choices_changed("topics", ids))
        for title, widget in (
            (self.tr("Sections"), self.sections),
            (self.tr("Counterparts"), self.people),
            (self.tr("Topic papers"), self.topics),
        ):
            self.books.add_tab(widget, title)
        tabs = self.books.detail_tabs
        tabs.setTabToolTip(1, self.tr("Tick the sections the book has; drag them into order."))
        tabs.setTabToolTip(2, self.tr("Counterparts whose biography goes in the book"))

        self.editions = RowTableModel(
            [
                Column(
                    lambda: self.tr("Edition"), lambda r: str(r.number), sort_key=lambda r: r.number
                ),
                Column(lambda: self.tr("As of"), lambda r: format_moment(r.as_of)),
                Column(
                    lambda: self.tr("Language"),
                    lambda r: field_text(_LANGUAGES.get(r.language, r.language)),
                ),
                Column(
                    lambda: self.tr("Paper"), lambda r: field_text(_PAPERS.get(r.paper, r.paper))
                ),
                Column(lambda: self.tr("Exported by"), lambda r: shown(r.changed_by or "")),
            ],
            self,
        )
        editions_view = QTableView()
        editions_view.setObjectName("editions")
        editions_view.setModel(self.editions)
        editions_view.verticalHeader().hide()
        editions_view.horizontalHeader().setStretchLastSection(True)
        editions_view.setMinimumHeight(140)
        self.books.add_tab(editions_view, self.tr("Editions"))

        self.preview = BookPreview(context)
        self.export_button = QPushButton(icon("file-down"), self.tr("Export PDF…"))
        self.export_button.setToolTip(self.tr("Ctrl+E"))
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton(icon("printer"), self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Ctrl+P"))
        self.print_button.clicked.connect(self.print_book)
        self.viewer_button = QPushButton(icon("external-link"), self.tr("Open in PDF viewer"))
        self.viewer_button.clicked.connect(self.open_viewer)
        self.refresh_button = QPushButton(icon("refresh-cw"), self.tr("Refresh preview"))
        self.refresh_button.clicked.connect(self.preview.render_now)
        self.office_button = QPushButton(self.tr("Office and emblem…"))
        self.office_button.setObjectName("office")
        self.office_button.setToolTip(self.tr("The office's name and emblem on every cover"))
        self.office_button.clicked.connect(self.edit_office)
        buttons = QHBoxLayout()
        for button in (
            self.export_button,
            self.print_button,
            self.viewer_button,
            self.refresh_button,
            self.office_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.preview, 1)
        self.exporter = BookExporter(context, self)

        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSplitter

        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.books)
        outer.addWidget(right)
        outer.setSizes([520, 560])
        outer.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)
        self.books.current_changed.connect(self._book_changed)
        context.bus.changed.connect(self._on_changes)
        self._set_enabled(False)
        self.books.reload()

    # --- book choice ----------------------------------------------------------------------------
    @property
    def book_id(self) -> uuid.UUID | None:
        return self.books.current_id

    def reload(self) -> None:
        self.books.reload()

    def show_record(self, entity: str, record_id: uuid.UUID, parent_id: uuid.UUID | None) -> None:
        self.books.select(record_id)

    def set_trip(self, trip_id: uuid.UUID | None) -> None:
        self.current_trip = trip_id
        self.books.update_empty_state()

    def _new_book(self):
        trip_id = self.current_trip or reference_lists(self.context).first_id("trip")
        if trip_id is None:
            return None
        return {
            "trip_id": trip_id,
            "title_th": "เอกสารประกอบการเดินทาง",
            "title_en": "Briefing book",
            "sections": list(DEFAULT_SECTIONS),
        }

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.sections,
            self.people,
            self.topics,
            self.export_button,
            self.print_button,
            self.viewer_button,
            self.refresh_button,
        ):
            widget.setEnabled(enabled)

    def _book_changed(self, book_id: uuid.UUID | None) -> None:
        self._set_enabled(book_id is not None)
        self._load_choices()
        self.preview.set_book(book_id)

    def _load_choices(self) -> None:
        book_id = self.book_id
        if book_id is None:
            for widget in (self.sections, self.people, self.topics):
                widget.set_items([])
            self.editions.set_rows([])
            return

        def show(choices: BookChoices | None) -> None:
            if self.book_id != book_id or choices is None:
                return
            self.classification, sections = choices.classification, choices.sections
            people, topics, editions = choices.people, choices.topics, choices.editions
            self.sections_stored = list(sections)
            rest = [s.value for s in BookSection if s.value not in sections]
            self.sections.set_items(
                [(s, field_text(SECTION_LABELS.get(s, s)), True) for s in sections]
                + [(s, field_text(SECTION_LABELS[s]), False) for s in rest]
            )
            self.people_stored = [c.id for c in people if c.chosen]
            self.people.set_items([(c.id, pick(c.label_th, c.label_en), c.chosen) for c in people])
            self.topics_stored = [c.id for c in topics if c.chosen]
            self.topics.set_items([(c.id, pick(c.label_th, c.label_en), c.chosen) for c in topics])
            self.editions.set_rows(editions)

        db = self.context.db
        self.context.tasks.read(lambda: books.book_choices(db, book_id), show)

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.book_id is None:
            return
        if self.book_id in changes.ids("briefing_book") or changes.touches(
            "delegation_member", "event_participant", "topic", "trip_topic", "person"
        ):
            self._load_choices()

    # --- composing ------------------------------------------------------------------------------
    def _sections_changed(self, sections: list[str]) -> None:
        if self.book_id is None or sections == self.sections_stored:
            return
        if not sections:
            self._load_choices()  # a book needs at least one section: put the tick back
            return
        old, self.sections_stored = self.sections_stored, list(sections)
        self.context.undo.push(
            UpdateRecord(
                self.context,
                "briefing_book",
                self.book_id,
                {"sections": sections},
                {"sections": old},
                self.tr("Change the book's sections"),
            )
        )

    def _choices_changed(self, kind: str, ids: list[uuid.UUID]) -> None:
        if self.book_id is None:
            return
        stored = self.people_stored if kind == "people" else self.topics_stored
        if ids == stored:
            return
        if kind == "people":
            self.people_stored = list(ids)
            text = self.tr("Choose the book's counterparts")
        else:
            self.topics_stored = list(ids)
            text = self.tr("Choose the book's topics")
        self.context.undo.push(SetBookChoices(self.context, self.book_id, kind, ids, stored, text))

    # --- output ---------------------------------------------------------------------------------
    def _title(self) -> str:
        index = self.books.table.currentIndex()
        return str(self.books.model.data(self.books.model.index(index.row(), 0)) or "")

    def edit_office(self) -> None:
        from brst_desktop.gui.office import OfficeDialog

        dialog = OfficeDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()

    def export(self) -> None:
        book_id = self.book_id
        if book_id is None:
            return
        db = self.context.db

        def read() -> str:
            book = records.read(db, "briefing_book", book_id) or {}
            trip_id = book.get("trip_id")
            trip = records.read(db, "trip", trip_id) if trip_id else None
            language = str(book.get("language") or "th")
            thai = language == "th"

            def named(values, field):
                th, en = (
                    (values or {}).get(f"{field}_th") or "",
                    (values or {}).get(f"{field}_en") or "",
                )
                return (th or en) if thai else (en or th)

            numbers = [e.number for e in books.list_editions(db, book_id)]
            return book_file_name(
                named(trip, "title"), named(book, "title"), language, max(numbers, default=0) + 1
            )

        def ask(name: str) -> None:
            if self.book_id == book_id:
                self.exporter.choose_and_export(book_id, name, self.classification)

        self.context.tasks.read(read, ask)

    def print_book(self) -> None:
        if self.book_id is not None and self.preview.pdf:
            print_pdf(self, self.context, self.preview.pdf)

    def open_viewer(self) -> None:
        if self.book_id is not None and self.preview.pdf:
            open_in_viewer(self.preview.pdf, self._title())


def _new_trip(widget: QWidget) -> None:
    new_trip = getattr(widget.window(), "new_trip", None)
    if new_trip is not None:
        new_trip()
