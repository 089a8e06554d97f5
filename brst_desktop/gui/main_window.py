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
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from brst_desktop.gui.context import AppContext
from brst_desktop.gui.icons import icon
from brst_desktop.gui.identity import application_icon
from brst_desktop.gui.language import current_language
from brst_desktop.gui.navigation import Pages
from brst_desktop.gui.settings import app_settings, save_language
from brst_desktop.gui.shortcuts import show_shortcuts

#: Modules that add actions to the window (their ``install(window)`` is called once).
EXTENSIONS = (
    "brst_desktop.gui.safety",
    "brst_desktop.gui.phone_actions",
    "brst_desktop.gui.travel",
)
FILE_GROUPS = ("new", "data", "app")

if TYPE_CHECKING:
    from brst_desktop.core.change_notices import Standing
    from brst_desktop.core.changes import ChangeSet


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.show_database_in_title()
        self.setWindowIcon(application_icon())  # also when made without launch (tests, tools)
        self.setMinimumSize(900, 600)
        self._group_ends: dict[str, QAction] = {}
        self._build_body()
        self._build_menus()
        self.status_label = QLabel(self.tr("Every change is saved as you make it."))
        self.statusBar().addPermanentWidget(self.status_label)
        # A sentence longer than the room the label leaves (Thai ones often are) would be cut
        # off: the label steps aside while such a sentence shows.
        self.statusBar().messageChanged.connect(self._make_room_for)
        context.tasks.busy_changed.connect(self._busy)
        context.tasks.failed.connect(self._show_error)
        #: The last sentence the office server's word put up in a box (tests read it).
        self.notice_box: QMessageBox | None = None
        if context.server_changes is not None:
            context.server_changes.cleared.connect(self._clearance_changed)
            context.bus.arriving.connect(self._closing_under_me)
        self._install_extensions()
        self._restore_geometry()

    # --- body ---------------------------------------------------------------------------------
    def _build_body(self) -> None:
        from brst_desktop.gui.pages.search import SearchPage

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(260)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        self.pages = Pages(self.context, self.navigation, self.stack)
        self.search_page = SearchPage(self.context)
        self.search_page.open_hit.connect(self.pages.go_to)
        self.stack.addWidget(self.search_page)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("search_box")
        self.search_box.setPlaceholderText(self.tr("Search names and texts (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._search_typed)
        self.search_box.returnPressed.connect(self._search_entered)
        toolbar = self.addToolBar(self.tr("Search"))
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_box.setMinimumWidth(420)
        toolbar.addWidget(self.search_box)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([185, 1095])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.pages.show("trips")

    @property
    def trips_page(self):
        return self.pages.page("trips")

    def _search_entered(self) -> None:
        """Enter: search now and go to the first result (Enter again opens it)."""
        self.search_page.search_now()
        view = self.search_page.view
        if self.search_page.results.rowCount():
            view.setCurrentIndex(self.search_page.results.index(0, 0))
            view.setFocus()

    def _search_typed(self, text: str) -> None:
        self.search_page.set_query(text)
        if text.strip():
            self.navigation.clearSelection()
            self.stack.setCurrentWidget(self.search_page)
        elif self.stack.currentWidget() is self.search_page:
            self.pages.show("trips")

    # --- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu: QMenu = self.menuBar().addMenu(self.tr("&File"))
        for group in FILE_GROUPS:
            self._group_ends[group] = self.file_menu.addSeparator()
        self.new_trip_action = QAction(icon("file-plus"), self.tr("&New trip"), self)
        self.new_trip_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_trip_action.triggered.connect(self.new_trip)
        self.add_file_action(self.new_trip_action, "new")
        # The book's output, from any page: the Books page shows which book and its preview.
        self.export_book_action = QAction(
            icon("file-down"), self.tr("E&xport the book as PDF…"), self
        )
        self.export_book_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_book_action.triggered.connect(lambda: self._book_page().export())
        self.print_book_action = QAction(icon("printer"), self.tr("&Print the book…"), self)
        self.print_book_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_book_action.triggered.connect(lambda: self._book_page().print_book())
        for action in (self.export_book_action, self.print_book_action):
            self.add_file_action(action, "new")
        self.quit_action = QAction(icon("log-out"), self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.context.undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.context.undo.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.setIcon(icon("undo-2"))
        self.redo_action.setIcon(icon("redo-2"))
        find = QAction(icon("search"), self.tr("&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        for action in (self.undo_action, self.redo_action, find):
            edit.addAction(action)

        go = self.menuBar().addMenu(self.tr("&Go"))
        for number, (name, title) in enumerate(
            zip(self.pages.names, self._page_titles(), strict=True), start=1
        ):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, name=name: self.pages.show(name))
            go.addAction(action)

        view = self.menuBar().addMenu(self.tr("&View"))
        language = view.addMenu(icon("languages"), self.tr("&Language"))
        languages = QActionGroup(self)
        for code, label in (("th", "ไทย"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _=False, code=code: self.choose_language(code))
            languages.addAction(action)
            language.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(icon("info"), self.tr("&About BRST Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        keys = QAction(icon("keyboard"), self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence.StandardKey.HelpContents)
        keys.triggered.connect(lambda: show_shortcuts(self))
        help_menu.addAction(keys)

    def _book_page(self):
        return self.pages.show("books")

    def _page_titles(self) -> list[str]:
        from brst_desktop.gui.navigation import page_titles

        return list(page_titles().values())

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
                    continue  # that part is not in this build
                raise
            install = getattr(module, "install", None)
            if install is not None:
                install(self)

    # --- actions ------------------------------------------------------------------------------
    def _find(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def new_trip(self) -> None:
        page = self.pages.show("trips")
        page.tabs.setCurrentIndex(page.tabs.indexOf(page.trips.editor_scroll))  # type: ignore[attr-defined]
        page.trips.add_new()  # type: ignore[attr-defined]

    def choose_language(self, language: str) -> None:
        """Remember the language and rebuild the window in it (everything is already stored)."""
        if language == current_language():
            return
        save_language(language)
        from brst_desktop.gui.language import install_language

        app = QApplication.instance()
        assert app is not None  # there is a window, so there is an application
        install_language(app, language)
        self.commit_editing()
        replacement = MainWindow(self.context)
        replacement.setGeometry(self.geometry())
        replacement.show()
        self.close()
        self.deleteLater()

    def show_database_in_title(self) -> None:
        """``BRST Desktop — clerk@office:5432/brst`` on an office server: several windows, some
        on the server and some on this computer, must not be mistaken for one another."""
        db = self.context.db
        if db.on_server:
            self.setWindowTitle(self.tr("BRST Desktop — {server}").replace("{server}", db.location))
        else:
            self.setWindowTitle(self.tr("BRST Desktop"))

    def reload_everything(self) -> None:
        """Reload every page from the database (after a restore or an import replaced it)."""
        self.context.undo.clear()
        self.refresh_lists()

    def refresh_lists(self) -> None:
        """Read every list and open record again (what the database lets us see changed)."""
        from brst_desktop.gui.references import reference_lists

        reference_lists(self.context).reload()
        from brst_desktop.gui.record_list import RecordList

        for page in self.pages.built.values():
            for records in page.findChildren(RecordList):
                records.refresh_all()
        self.search_page.reload()

    def commit_editing(self) -> None:
        """Store any text still being typed."""
        from brst_desktop.gui.forms import RecordForm

        for form in self.findChildren(RecordForm):
            form.commit_pending()

    def _about(self) -> None:
        from brst_desktop import __version__

        QMessageBox.about(
            self,
            self.tr("About BRST Desktop"),
            self.tr(
                "BRST Desktop %1: prepare official delegation trips and print their briefing books."
            ).replace("%1", __version__),
        )

    # --- feedback -----------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _make_room_for(self, sentence: str) -> None:
        bar = self.statusBar()
        needed = bar.fontMetrics().horizontalAdvance(sentence) + 32  # the bar's own margins
        room = bar.width() - self.status_label.sizeHint().width()
        self.status_label.setVisible(not sentence or needed <= room)

    def _show_error(self, error: BaseException) -> None:
        from brst_desktop.gui.messages import show_error

        show_error(self, error)

    # --- the office server's word -------------------------------------------------------------
    def _clearance_changed(self, before: Standing, now: Standing) -> None:
        """The administrator changed this user's clearance while the window was open: it shows
        at once what the server now lets the user see, and says why in one sentence."""
        from brst_desktop.core import clearance
        from brst_desktop.gui.language import pick

        for part in (self.stack, self.navigation, self.search_box):
            part.setEnabled(now.level is not None)
        if now.level is None:
            # Every read would be refused: read nothing, say it once.
            self.context.undo.clear()
            user = (self.context.db.server or "").split("@")[0]
            self._say(
                self.tr(
                    "Your user %1 no longer has any clearance on the office server, so nothing"
                    " of it is shown; ask the office's administrator to grant one."
                ).replace("%1", user),
                box=True,
            )
            return
        level = clearance.words(now.level)
        named = pick(level.th, level.en)
        lowered = before.level is not None and (
            clearance.RANK[now.level] < clearance.RANK[before.level]
        )
        if lowered:
            self.context.undo.clear()  # its steps may be in trips now out of reach
        self.refresh_lists()
        if lowered:
            self._say(
                self.tr(
                    "Your clearance on the office server is now %1: trips classified above it,"
                    " and anything of them you had open, are no longer shown."
                ).replace("%1", named),
                box=True,
            )
        else:
            self._say(
                self.tr(
                    "Your clearance on the office server is now %1: every trip it lets you see"
                    " is shown."
                ).replace("%1", named)
            )

    def _closing_under_me(self, changes: ChangeSet) -> None:
        """Someone else's change removes a record open here (deleted, or its trip raised above
        this user's clearance: the server does not say which, and neither can we). Told before
        the views react, while the editors still hold what they show."""
        from brst_desktop.gui.forms import RecordForm

        shown = {
            (form.entity, form.record_id)
            for form in self.findChildren(RecordForm)
            if form.record_id is not None and form.isVisible()
        }
        if shown & changes.deleted:
            self._say(
                self.tr(
                    "Something you had open was deleted on the office server, or its trip is now"
                    " classified above your clearance, so it was closed."
                )
            )

    def _say(self, sentence: str, *, box: bool = False) -> None:
        """A sentence in the status bar until the next one; in a box too when what the user
        was looking at went away (window-modal, not waiting: the listener goes on)."""
        self.statusBar().showMessage(sentence)
        if not box:
            return
        if self.notice_box is not None:
            self.notice_box.close()
        from brst_desktop.gui.messages import plain_text

        notice = QMessageBox(self)
        notice.setIcon(QMessageBox.Icon.Information)
        notice.setWindowTitle(self.tr("BRST Desktop"))
        plain_text(notice)
        notice.setText(sentence)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice.finished.connect(lambda _result: setattr(self, "notice_box", None))
        self.notice_box = notice
        notice.open()

    # --- geometry -----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = app_settings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Text still being typed is stored; a write still running is let finish.
        self.commit_editing()
        self.context.tasks.wait()
        app_settings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
