"""Search results: every record whose names or texts contain what was typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.search import Hit, SearchIndex
from brst_desktop.gui.context import AppContext
from brst_desktop.gui.language import entity_label, pick
from brst_desktop.gui.messages import error_sentence, plain_text

HIT_ROLE = Qt.ItemDataRole.UserRole + 2
#: Wait this long after the last key before searching.
TYPING_PAUSE_MS = 150
#: The index is built this long after start-up (or at the first search, if sooner).
INDEX_DELAY_MS = 800


def _tr(text: str, n: int = -1) -> str:
    """``text`` in the window's language; with a count ``n``, in its plural form (``%n``)."""
    return QCoreApplication.translate("Search", text, None, n)


class SearchPage(QWidget):
    """Holds the search index (built off the GUI thread) and shows the hits."""

    open_hit = Signal(object)  # Hit

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.index: SearchIndex | None = None
        self.query = ""
        self.hits: list[Hit] = []
        self.hits_shown: list[Hit] = []
        self.summary = QLabel()
        self.summary.setObjectName("search_summary")
        self.results = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.results)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(3)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        context.bus.changed.connect(self._on_changes)
        self._building = False
        self._stale = False
        # Build the index once the window is up, so it does not compete with the first screen.
        self._start = QTimer(self)
        self._start.setSingleShot(True)
        self._start.timeout.connect(self._build_if_needed)
        self._start.start(INDEX_DELAY_MS)

    def reload(self) -> None:
        """Rebuild the index from the database (after the database itself was replaced)."""
        self.index = None
        self._stale = self._building
        self._build_if_needed()

    def _build_if_needed(self) -> None:
        if self.index is not None or self._building:
            return
        self._building = True
        db = self.context.db
        self.context.tasks.read(
            lambda: SearchIndex.build(db), self._index_ready, self._build_failed, quiet=True
        )

    def _build_failed(self, error: BaseException) -> None:
        self._building = False
        plain_text(self.summary)
        self.summary.setText(error_sentence(error))

    def _index_ready(self, index: SearchIndex) -> None:
        self._building = False
        if self._stale:  # the data changed while it was being read: read it again
            self._stale = False
            self._build_if_needed()
            return
        self.index = index
        if self.query:
            self.search_now()

    def _on_changes(self, changes: ChangeSet) -> None:
        index, db = self.index, self.context.db
        if index is None:
            self._stale = self._building
            return

        def refresh() -> None:
            index.apply(db, changes)

        self.context.tasks.read(
            refresh, lambda _none: self.search_now() if self.query else None, quiet=True
        )

    def set_query(self, text: str) -> None:
        self.query = text
        self._timer.start()

    def search_now(self) -> None:
        index, query = self.index, self.query
        if not query.strip():
            self._show(query, [])
            return
        if index is None:
            self.summary.setText(_tr("Preparing the search…"))
            self._build_if_needed()  # searches as soon as the index is ready
            return
        self.context.tasks.read(lambda: index.search(query), lambda hits: self._show(query, hits))

    def _show(self, query: str, hits: list[Hit]) -> None:
        if query != self.query:
            return  # typed on meanwhile
        self.hits = hits
        self.hits_shown = []
        self.results.clear()
        for hit in hits:
            title = pick(hit.label_th, hit.label_en)
            item = QStandardItem(f"{entity_label(hit.entity)} · {title}\n{hit.snippet}")
            item.setData(len(self.hits_shown), HIT_ROLE)  # a number: see table_model.id_of
            self.hits_shown.append(hit)
            self.results.appendRow(item)
        if not query.strip():
            self.summary.setText("")
        elif hits:
            self.summary.setText(_tr("Found in %n record(s): “%1”", len(hits)).replace("%1", query))
        else:
            self.summary.setText(_tr("Nothing contains “%1”.").replace("%1", query))

    def _activated(self, index) -> None:
        number = index.data(HIT_ROLE)
        if number is not None:
            self.open_hit.emit(self.hits_shown[number])
