"""The data-safety translator answers every tr() in the program; it must not wear anything out."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_a_long_session_of_translations_does_not_abort_the_program() -> None:
    # Before the fix, PySide6 dropped a reference to None per miss and the interpreter aborted
    # ("deallocating None") after a few thousand translations: a child process shows it.
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        from brst_desktop.gui.language import install_language
        from brst_desktop.gui.safety.thai import install_translator

        app = QApplication([])
        install_translator()
        before = sys.getrefcount(None)
        for language in ("en", "th"):
            install_language(app, language)
            for _ in range(30_000):
                app.translate("MainWindow", "not a known string")
                app.translate("ImportDialog", "not a known string")
            thai = app.translate("ImportDialog", "Import")
        assert thai == "นำเข้า", thai
        assert abs(sys.getrefcount(None) - before) < 1_000, (before, sys.getrefcount(None))
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
