"""Travel tests' shared step: the demo trip's confidential book made unclassified, so a copy of
the trip may be a plain file (a classified trip's copy needs a passphrase: its own tests)."""

from __future__ import annotations

from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.db import Database


def unclassified(db: Database) -> Database:
    with db.session() as session:
        for book in session.scalars(select(m.BriefingBook)):
            book.classification = m.Classification.UNCLASSIFIED
        for trip in session.scalars(select(m.Trip)):
            trip.classification = m.Classification.UNCLASSIFIED
    return db
