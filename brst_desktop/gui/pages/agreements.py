"""Agreements (MoUs): title, status, signing ceremony, parties, agencies and signatories."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

from brst_desktop.core.db import Database
from brst_desktop.core.services import agreements
from brst_desktop.gui import fields as f
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.fields import field_text
from brst_desktop.gui.language import in_window_language, pick
from brst_desktop.gui.record_list import RecordList
from brst_desktop.gui.table_model import Column

R = TypeVar("R")

_STATUSES = dict(f.AGREEMENT_STATUSES)
_ROLES = dict(f.PARTY_ROLES)


class AgreementsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current_trip: uuid.UUID | None = None
        self.agreements = RecordList(
            context,
            "agreement",
            [
                Column(lambda: self.tr("Agreement"), lambda r: pick(r.title_th, r.title_en)),
                Column(lambda: self.tr("Kind"), lambda r: r.kind),
                Column(
                    lambda: self.tr("Status"),
                    lambda r: field_text(_STATUSES.get(r.status, r.status)),
                ),
            ],
            lambda: agreements.list_agreements(self.context.db),
            f.AGREEMENT_FIELDS,
            self._new_agreement,
            new_label=self.tr("New agreement"),
            blocked=(
                self.tr("An agreement belongs to a trip: choose the trip on the Trips page first."),
                self.tr("Go to Trips"),
                lambda: _go_to_trips(self),
            ),
            by_name=True,
        )
        self.parties = RecordList(
            context,
            "agreement_party",
            [
                Column(lambda: self.tr("Organisation"), lambda r: pick(r.name.th, r.name.en)),
                Column(lambda: self.tr("Role"), lambda r: field_text(_ROLES.get(r.role, r.role))),
            ],
            lambda: self._children(agreements.parties),
            f.AGREEMENT_PARTY_FIELDS,
            lambda: self._new_child({"role": "party"}),
            new_label=self.tr("Add party"),
            watch=frozenset({"organisation"}),
            vertical=True,
            choose=("organisation_id", "organisation"),
        )
        self.signatories = RecordList(
            context,
            "agreement_signatory",
            [Column(lambda: self.tr("Signatory"), lambda r: pick(r.name.th, r.name.en))],
            lambda: self._children(agreements.signatories),
            f.AGREEMENT_SIGNATORY_FIELDS,
            lambda: self._new_child({}),
            new_label=self.tr("Add signatory"),
            watch=frozenset({"person"}),
            vertical=True,
            choose=("person_id", "person"),
        )
        for title, widget in (
            (self.tr("Parties and implementing agencies"), self.parties),
            (self.tr("Signatories"), self.signatories),
        ):
            self.agreements.add_tab(widget, title)
        self.agreements.current_changed.connect(self._agreement_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.agreements)
        self.agreements.reload()

    def reload(self) -> None:
        self.agreements.reload()

    def show_record(self, entity: str, record_id: uuid.UUID, parent_id: uuid.UUID | None) -> None:
        self.agreements.select(record_id)

    def set_trip(self, trip_id: uuid.UUID | None) -> None:
        """The trip a new agreement belongs to (the one chosen on the Trips page)."""
        self.current_trip = trip_id
        self.agreements.update_empty_state()

    def _new_agreement(self):
        if self.current_trip is None:
            return None
        return {
            "trip_id": self.current_trip,
            **in_window_language("title", self.tr("New agreement")),
        }

    def _agreement_changed(self, _agreement_id) -> None:
        self.parties.reload()
        self.signatories.reload()

    def _children(self, read: Callable[[Database, uuid.UUID], list[R]]) -> list[R]:
        agreement_id = self.agreements.current_id
        if agreement_id is None:
            return []
        return read(self.context.db, agreement_id)

    def _new_child(self, values):
        if self.agreements.current_id is None:
            return None
        return {"agreement_id": self.agreements.current_id, **values}


def _go_to_trips(widget: QWidget) -> None:
    window = widget.window()
    pages = getattr(window, "pages", None)
    if pages is not None:
        pages.show("trips")
