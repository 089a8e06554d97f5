"""Organisations: ministries, agencies and universities on both sides."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QVBoxLayout, QWidget

from brst_desktop.core.services import organisations
from brst_desktop.gui import fields as f
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.language import in_window_language, pick
from brst_desktop.gui.record_list import RecordList
from brst_desktop.gui.table_model import Column


class OrganisationsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisations = RecordList(
            context,
            "organisation",
            [
                Column(lambda: self.tr("Name"), lambda r: pick(r.name_th, r.name_en)),
                Column(lambda: self.tr("Own script"), lambda r: r.name_native),
                Column(
                    lambda: self.tr("Abbreviation"),
                    lambda r: pick(r.abbreviation_th, r.abbreviation_en),
                ),
                Column(lambda: self.tr("Country"), lambda r: r.country),
            ],
            lambda: organisations.list_organisations(self.context.db),
            f.ORGANISATION_FIELDS,
            lambda: in_window_language("name", self.tr("New organisation")),
            new_label=self.tr("New organisation"),
            by_name=True,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.organisations)
        self.organisations.reload()

    def reload(self) -> None:
        self.organisations.reload()

    def show_record(self, entity: str, record_id: uuid.UUID, parent_id: uuid.UUID | None) -> None:
        self.organisations.select(record_id)
