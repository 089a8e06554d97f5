"""The import preview names the fields that differ as the editors do, never by column name."""

from __future__ import annotations

import re
import uuid

import pytest
from PySide6.QtWidgets import QApplication

from brst_desktop.core.exchange import records as rec
from brst_desktop.core.exchange.unpack import ImportPlan, PlannedChange
from brst_desktop.gui.language import install_language
from brst_desktop.gui.safety.import_preview import PlanModel

THAI = re.compile("[\u0e00-\u0e7f]")


def _every_field_of_every_table() -> ImportPlan:
    changes = [
        PlannedChange(
            table=name,
            id=uuid.uuid4(),
            label=name,
            kind="conflict",
            fields=[
                *(c for c in rec.table_columns(table) if c not in ("id", *rec.TIMESTAMPS)),
                "data",
            ],
        )
        for name, table in rec.TABLES.items()
    ]
    return ImportPlan(uuid.uuid4(), "A trip", changes)


@pytest.mark.parametrize("language", ["en", "th"])
def test_every_exchanged_field_has_a_human_label(qapp: QApplication, language: str) -> None:
    install_language(qapp, language)
    try:
        model = PlanModel(_every_field_of_every_table())
        for change in model.rows:
            for name in change.fields:
                label = model.field_text(change.table, name)
                assert label and "_" not in label and label != name, (change.table, name, label)
                if language == "th":
                    assert THAI.search(label), (change.table, name, label)
        labels = {(c.table, n): model.field_text(c.table, n) for c in model.rows for n in c.fields}
    finally:
        install_language(qapp, "en")
    expected = {
        "en": {
            ("person", "name_th"): "Name (Thai)",
            ("person", "position_en"): "Position (English)",
            ("trip", "title_th"): "Title (Thai)",
            ("talking_point", "topic_id"): "Topic",
            ("book_topic", "position"): "Order",
        },
        "th": {
            ("person", "name_th"): "ชื่อ (ไทย)",
            ("trip", "title_th"): "ชื่อเรื่อง (ไทย)",
            ("talking_point", "topic_id"): "ประเด็น",
            ("book_topic", "position"): "ลำดับ",
        },
    }[language]
    for key, label in expected.items():
        assert labels[key] == label, key
