"""Agreements, their parties and signatories as their lists show them."""

from __future__ import annotations

import uuid
from typing import NamedTuple

from brst_desktop.core.db import Database
from brst_desktop.core.services.records import read_rows
from brst_desktop.core.words import Words


class AgreementRow(NamedTuple):
    id: uuid.UUID
    title_th: str
    title_en: str
    kind: str  # "MoU", "Agreement"... (free text)
    status: str  # an AgreementStatus value


class PartyRow(NamedTuple):
    id: uuid.UUID
    organisation_id: uuid.UUID
    role: str  # a PartyRole value
    position: int
    name: Words  # the organisation's


class SignatoryRow(NamedTuple):
    id: uuid.UUID
    person_id: uuid.UUID
    position: int
    name: Words  # the person's


def list_agreements(db: Database) -> list[AgreementRow]:
    return read_rows(db, AgreementRow, "agreement", order_by="title_en")


def parties(db: Database, agreement_id: uuid.UUID) -> list[PartyRow]:
    where = {"agreement_id": agreement_id}
    return read_rows(
        db, PartyRow, "agreement_party", where, order_by="position", link="organisation_id"
    )


def signatories(db: Database, agreement_id: uuid.UUID) -> list[SignatoryRow]:
    where = {"agreement_id": agreement_id}
    return read_rows(
        db, SignatoryRow, "agreement_signatory", where, order_by="position", link="person_id"
    )
