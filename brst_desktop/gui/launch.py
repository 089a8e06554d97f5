"""Start the GUI: the application object, fonts, language, the database and the main window.

``--screenshot PATH`` renders the main window offscreen to a PNG and exits (the README's picture
and the tests are made this way).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def run_gui(args: argparse.Namespace) -> int:
    screenshot = getattr(args, "screenshot", None)
    if screenshot:
        # No display is needed to draw the window into a picture.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication

    from brst_desktop.errors import UserError
    from brst_desktop.gui.fonts import (
        load_bundled_fonts,
        make_room_for_thai_marks,
        use_bundled_font,
    )
    from brst_desktop.gui.identity import set_identity
    from brst_desktop.gui.language import install_language
    from brst_desktop.gui.settings import APPLICATION, ORGANISATION, saved_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    set_identity(app)
    load_bundled_fonts()
    use_bundled_font(app)
    make_room_for_thai_marks(app)
    install_language(app, getattr(args, "lang", None) or saved_language())

    from brst_desktop.app import open_from_args
    from brst_desktop.gui.safety.startup import open_for_gui

    try:
        # The window asks for a passphrase and offers a restore or read-only in dialogs.
        db = open_from_args(args, create=True) if screenshot else open_for_gui(args)
    except UserError as error:
        if screenshot:
            print(f"brst-desktop: {error}", file=sys.stderr)
        else:
            from brst_desktop.gui.messages import show_error

            show_error(None, error)
        return 2

    from brst_desktop.gui.context import AppContext
    from brst_desktop.gui.main_window import MainWindow

    context = AppContext.create(db, synchronous=bool(screenshot), parent=app)
    window = MainWindow(context)
    try:
        if screenshot:
            return save_screenshot(window, Path(screenshot))
        window.show()
        return app.exec()
    finally:
        context.tasks.wait()
        context.db.close()  # a restore or passphrase change may have reopened it


def save_screenshot(window, path: Path, size: tuple[int, int] = (1366, 768)) -> int:
    """Show ``window`` offscreen at ``size``, let it finish loading, save it as a PNG."""
    from PySide6.QtWidgets import QApplication

    window.resize(*size)
    window.show()
    window.context.tasks.wait()
    for _ in range(5):
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path), "PNG"):
        print(f"brst-desktop: the screenshot could not be written to {path}.", file=sys.stderr)
        return 2
    return 0
