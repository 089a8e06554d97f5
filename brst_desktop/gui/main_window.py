"""The main window: navigation on the left, one page per kind of record, search on top.

Extending the File menu (for example from ``brst_desktop.gui.safety``): a module listed in
:data:`EXTENSIONS` provides ``install(window: MainWindow) -> None`` and calls
``window.add_file_action(action, group)`` with ``group`` one of ``"new"`` (creating records),
``"data"`` (backup, restore, import, export, encryption) or ``"app"`` (just above Quit). The
window's ``context`` gives the database, the workers and the change bus to such actions; after
replacing the database file they call ``window.reload_everything()``.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from brst_desktop.gui.context import AppContext
from brst_desktop.gui.settings import app_settings

#: Modules that add actions to the window (their ``install(window)`` is called once).
EXTENSIONS = ("brst_desktop.gui.safety",)
FILE_GROUPS = ("new", "data", "app")


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("BRST Desktop"))
        self.setMinimumSize(900, 600)
        self._group_ends: dict[str, QAction] = {}
        self._build_menus()
        self._build_pages()
        self.status_label = QLabel(self.tr("All changes are saved as you make them."))
        self.statusBar().addPermanentWidget(self.status_label)
        context.tasks.busy_changed.connect(self._busy)
        context.tasks.failed.connect(self._show_error)
        self._install_extensions()
        self._restore_geometry()

    # --- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu: QMenu = self.menuBar().addMenu(self.tr("&File"))
        for group in FILE_GROUPS:
            self._group_ends[group] = self.file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu: QMenu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.context.undo.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.context.undo.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

    def add_file_action(self, action: QAction, group: str = "data") -> None:
        """Put ``action`` in the File menu, at the end of ``group`` ("new", "data" or "app")."""
        if group not in self._group_ends:
            raise ValueError(f"unknown File menu group {group!r}; use one of {FILE_GROUPS}")
        self.file_menu.insertAction(self._group_ends[group], action)
        if action.parent() is None:
            action.setParent(self)

    def _install_extensions(self) -> None:
        for name in EXTENSIONS:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as error:
                if error.name == name:
                    continue  # that part is not installed in this build
                raise
            install = getattr(module, "install", None)
            if install is not None:
                install(self)

    # --- pages --------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        from brst_desktop.gui.pages.trips import TripsPage

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.pages = QStackedWidget()
        self.trips_page = TripsPage(self.context)
        self._add_page(self.tr("Trips"), self.trips_page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        self.navigation.setMaximumWidth(240)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1000])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

    def _add_page(self, title: str, page: QWidget) -> None:
        QListWidgetItem(title, self.navigation)
        self.pages.addWidget(page)

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(page))

    def reload_everything(self) -> None:
        """Reload every page from the database (after a restore or an import replaced it)."""
        self.context.undo.clear()
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            reload = getattr(page, "reload", None)
            if reload is not None:
                reload()

    # --- feedback -----------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _show_error(self, error: BaseException) -> None:
        from brst_desktop.gui.messages import show_error

        show_error(self, error)

    # --- geometry -----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = app_settings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every change is already stored; waiting lets a write that is still running finish.
        self.context.tasks.wait()
        app_settings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
