"""Topics and their talking points: a library reused across trips, with owner and clearance."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QVBoxLayout, QWidget

from brst_desktop.core.services import topics
from brst_desktop.core.services.topics import TalkingPointRow
from brst_desktop.gui import fields as f
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.dates import format_date
from brst_desktop.gui.fields import field_text
from brst_desktop.gui.language import in_window_language, pick
from brst_desktop.gui.record_list import RecordList
from brst_desktop.gui.table_model import Column

_KINDS = dict(f.POINT_KINDS)


class TopicsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.topics = RecordList(
            context,
            "topic",
            [
                Column(lambda: self.tr("Topic"), lambda r: pick(r.title_th, r.title_en)),
                Column(lambda: self.tr("Owner"), lambda r: pick(r.owner_th, r.owner_en)),
            ],
            lambda: topics.list_topics(self.context.db),
            f.TOPIC_FIELDS,
            lambda: in_window_language("title", self.tr("New topic")),
            new_label=self.tr("New topic"),
            by_name=True,
        )
        self.points = RecordList(
            context,
            "talking_point",
            [
                Column(lambda: self.tr("Talking point"), lambda r: pick(r.text_th, r.text_en)),
                Column(lambda: self.tr("Kind"), lambda r: field_text(_KINDS.get(r.kind, r.kind))),
                Column(
                    lambda: self.tr("Cleared on"),
                    lambda r: format_date(r.cleared_on),
                    sort_key=lambda r: (r.cleared_on is None, r.cleared_on),
                ),
                Column(
                    lambda: self.tr("Order"),
                    lambda r: str(r.position),
                    sort_key=lambda r: r.position,
                ),
            ],
            self._load_points,
            f.TALKING_POINT_FIELDS,
            self._new_point,
            new_label=self.tr("New talking point"),
            blocked=(
                self.tr("Talking points belong to a topic: choose one above or make a new one."),
                self.tr("New topic"),
                lambda: self.topics.add_new(),
            ),
            vertical=True,
        )
        self.topics.add_tab(self.points, self.tr("Talking points"))
        self.topics.current_changed.connect(self._topic_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.topics)
        self.topics.reload()

    def reload(self) -> None:
        self.topics.reload()

    def show_record(self, entity: str, record_id: uuid.UUID, parent_id: uuid.UUID | None) -> None:
        """A topic, or one of its talking points under it."""
        if entity == "talking_point" and parent_id is not None:
            self.topics.select(parent_id)
            self.points.select(record_id)
        else:
            self.topics.select(record_id)

    def _topic_changed(self, _topic_id: uuid.UUID | None) -> None:
        self.points.reload()

    def _load_points(self) -> list[TalkingPointRow]:
        topic_id = self.topics.current_id
        if topic_id is None:
            return []
        return topics.talking_points(self.context.db, topic_id)

    def _new_point(self):
        topic_id = self.topics.current_id
        if topic_id is None:
            return None
        return {
            "topic_id": topic_id,
            **in_window_language("text", self.tr("New talking point")),
            "position": self.points.model.rowCount(),
        }
