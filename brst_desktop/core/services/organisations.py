"""Organisations as their list shows them."""

from __future__ import annotations

import uuid
from typing import NamedTuple

from brst_desktop.core.db import Database
from brst_desktop.core.services.records import read_rows


class OrganisationRow(NamedTuple):
    id: uuid.UUID
    name_th: str
    name_en: str
    name_native: str
    abbreviation_th: str
    abbreviation_en: str
    country: str


def list_organisations(db: Database) -> list[OrganisationRow]:
    return read_rows(db, OrganisationRow, "organisation", order_by="name_en")
