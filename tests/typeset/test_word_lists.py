"""The Thai word lists are read when Thai is first set, once per process, and never at start-up.

Each check runs in a fresh interpreter: in this one other tests have read the lists already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.helpers import REPO_ROOT

#: the window up on the demo trip, usable (as benchmarks/gui_speed.py waits for it), then what
#: of the typesetter the start-up loaded
WINDOW = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication

    def usable_then_report(self):
        from brst_desktop.gui.main_window import MainWindow
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        page = window.trips_page
        while not (window.context.tasks.idle and page.model.rowCount()
                   and page.itinerary_editor.items):
            QApplication.processEvents()
        thai = sys.modules.get("brst_desktop.typeset.thai")
        print(json.dumps({"rows": page.model.rowCount(),
                          "lists": sorted(thai._lists) if thai else []}))
        return 0

    QApplication.exec = usable_then_report
    from brst_desktop.commands import main
    sys.exit(main(["--demo", "--lang", "th"]))
    """
)

#: four threads set Thai at the same moment, then a book is exported: who read which list
THREADS = textwrap.dedent(
    """
    import json, sys, tempfile, threading
    from pathlib import Path
    from brst_desktop.typeset import thai
    from brst_desktop.typeset.dictionary import WordList

    reads = []
    read = WordList.read.__func__
    WordList.read = classmethod(lambda cls, path: reads.append(path.name) or read(cls, path))
    assert thai._lists == {}
    start = threading.Barrier(4)
    cuts = {}

    def set_thai(n):
        start.wait()
        cuts[n] = thai.word_cuts("การแลกเปลี่ยนความร่วมมือ" * (n + 1))

    workers = [threading.Thread(target=set_thai, args=(n,)) for n in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    from brst_desktop.core.demo import demo_id, open_demo_database
    from brst_desktop.export import export_book
    folder = Path(tempfile.mkdtemp())
    export_book(open_demo_database(folder), demo_id("book"), folder / "b.pdf",
                record_edition=False)
    print(json.dumps({"reads": sorted(reads), "cuts": [cuts[n] for n in range(4)]}))
    """
)


def _run(script: str, tmp_path: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BRST_SCRATCH": str(tmp_path / "scratch"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_window_that_prints_nothing_reads_no_word_list(tmp_path: Path) -> None:
    seen = _run(WINDOW, tmp_path)
    assert seen["rows"] == 1  # the window really came up with the demo trip
    assert seen["lists"] == []


def test_the_word_lists_are_read_once_by_whichever_thread_sets_thai_first(
    tmp_path: Path,
) -> None:
    seen = _run(THREADS, tmp_path)
    assert seen["reads"] == ["syllables_th.txt", "words.txt"]
    # and each thread found the words one thread alone finds
    from brst_desktop.typeset import thai

    alone = [thai.word_cuts("การแลกเปลี่ยนความร่วมมือ" * (n + 1)) for n in range(4)]
    assert seen["cuts"] == [[list(words), list(parts)] for words, parts in alone]
