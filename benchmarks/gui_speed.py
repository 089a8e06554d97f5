"""GUI speed: launch to a usable main window; lists and search over a big database.

    .venv/bin/python benchmarks/gui_speed.py [--runs 7] [--launch-only]

1. Launch: each run is a fresh process that goes through ``run_gui`` (imports, fonts, Thai
   translations, opening the database, building the window, loading the trip list and the
   itinerary in workers) and stops when the window is usable. Median of several runs, on a
   demo database made beforehand (as a user's own database is), offscreen. Then the same with
   ``--demo``, where the launch makes its own fresh copy of the demo trip, and the time to make
   that copy alone, in process.
2. A database of 10,000 people and 50,000 talking points (500 topics of 100): time from asking
   for the People page to its rows being shown, the same for Topics, and global search answers
   (index built once, off the GUI thread in the program).
Targets (issue 6): launch < 1.5 s median; a list opens < 200 ms; a search answers < 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication

def usable_then_stop(self):
    from brst_desktop.gui.main_window import MainWindow
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    page = window.trips_page
    while not (window.context.tasks.idle and page.model.rowCount() and page.itinerary_editor.items):
        QApplication.processEvents()
    print(time.time() - t0)
    return 0

QApplication.exec = usable_then_stop
from brst_desktop.commands import main
where = ["--demo"] if sys.argv[2] == "--demo" else ["--db", sys.argv[2]]
sys.exit(main([*where, "--lang", "th"]))
"""


def compile_bytecode() -> None:
    """Byte-compile the program and its libraries once, as an installed program has them.

    (With PYTHONDONTWRITEBYTECODE set, as on this machine, every run would otherwise compile
    all of SQLAlchemy and PySide's Python parts from source: about two seconds.)
    """
    import compileall
    import sysconfig

    import brst_desktop

    for folder in (sysconfig.get_paths()["purelib"], str(Path(brst_desktop.__file__).parent)):
        compileall.compile_dir(folder, quiet=2, workers=1)


def launch_times(runs: int, demo: bool = False) -> list[float]:
    """Seconds to a usable window on a demo database made beforehand, or with ``demo`` on a
    fresh copy of the demo trip made by the launch itself (``--demo``)."""
    from brst_desktop.core.demo import open_demo_database

    folder = Path(tempfile.mkdtemp(prefix="brst-bench-"))
    if demo:
        db_path: Path | str = "--demo"
    else:
        open_demo_database(folder).close()
        db_path = folder / "demo.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(folder / "cfg")}
    times = []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(started), str(db_path)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def demo_copy_times(runs: int) -> list[float]:
    """Seconds to make a fresh demo database in process (what ``--demo`` adds to a launch)."""
    from brst_desktop.core.demo import open_demo_database

    open_demo_database(Path(tempfile.mkdtemp(prefix="brst-bench-"))).close()  # imports, once
    times = []
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp(prefix="brst-bench-"))
        started = time.perf_counter()
        open_demo_database(folder).close()
        times.append(time.perf_counter() - started)
    return times


def _spread(times: list[float]) -> str:
    return f"median {statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f})"


def python_start(runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


_THAI = [
    "ความร่วมมือ",
    "วิทยาศาสตร์",
    "เทคโนโลยี",
    "นวัตกรรม",
    "การวิจัย",
    "อวกาศ",
    "พลังงาน",
    "สาธารณสุข",
    "การศึกษา",
    "มหาวิทยาลัย",
    "ทุนการศึกษา",
    "ห้องปฏิบัติการ",
    "ร่วมกัน",
    "พัฒนา",
]
_EN = [
    "cooperation",
    "science",
    "technology",
    "innovation",
    "research",
    "space",
    "energy",
    "health",
    "education",
    "university",
    "scholarship",
    "laboratory",
    "joint",
    "develop",
]
_HAN = (
    "阴和俊张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
)


def build_big_database(path: Path) -> None:
    from sqlalchemy import insert

    from brst_desktop.core import models as m
    from brst_desktop.core.db import open_database

    rng = random.Random(6)
    db = open_database(path)
    people = []
    for n in range(10_000):
        surname = rng.choice(_HAN)
        given = "".join(rng.choice(_HAN) for _ in range(2))
        people.append(
            {
                "id": uuid.uuid4(),
                "name_native": surname + given,
                "name_en": f"Person {n:05d}",
                "name_th": f"บุคคล {rng.choice(_THAI)} {n}",
                "sort_name": f"Person {n:05d}",
                "position_en": rng.choice(_EN).title(),
                "position_th": rng.choice(_THAI),
                "country": rng.choice(["CN", "TH", "JP", "KR"]),
                "biography_en": " ".join(rng.choice(_EN) for _ in range(30)),
            }
        )
    topics, points = [], []
    for t in range(500):
        topic_id = uuid.uuid4()
        topics.append(
            {
                "id": topic_id,
                "title_en": f"Topic {t}: {rng.choice(_EN)}",
                "title_th": f"ประเด็น {t} {rng.choice(_THAI)}",
            }
        )
        for p in range(100):
            points.append(
                {
                    "id": uuid.uuid4(),
                    "topic_id": topic_id,
                    "position": p,
                    "kind": m.TalkingPointKind.KEY_MESSAGE,
                    "text_th": "".join(rng.choice(_THAI) for _ in range(12)),
                    "text_en": " ".join(rng.choice(_EN) for _ in range(20)),
                }
            )
    # A sentence to find: a Thai word in the middle of a sentence, in one point only.
    points[31_337]["text_th"] = "กระทรวงสนับสนุนโครงการแลกเปลี่ยนนักวิจัยรุ่นเยาว์กับนครฉงชิ่ง"
    with db.session() as session:
        session.execute(insert(m.Person), people)
        session.execute(insert(m.Topic), topics)
        for start in range(0, len(points), 5000):
            session.execute(insert(m.TalkingPoint), points[start : start + 5000])
    db.close()


def big_database_figures(path: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from brst_desktop.core.db import open_database
    from brst_desktop.core.search import SearchIndex
    from brst_desktop.gui.context import AppContext
    from brst_desktop.gui.fonts import load_bundled_fonts, use_bundled_font
    from brst_desktop.gui.language import install_language
    from brst_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    load_bundled_fonts()
    use_bundled_font(app)
    install_language(app, "th")
    db = open_database(path)
    figures: dict[str, float] = {}

    def open_page(name: str, rows) -> float:
        times = []
        for _ in range(5):
            window = MainWindow(AppContext.create(db, synchronous=True))
            # In the program the search index is built in a worker after start-up; with the
            # synchronous test executor it would run inside the measured interval.
            window.search_page._start.stop()
            window.resize(1280, 800)
            window.show()
            QApplication.processEvents()
            started = time.perf_counter()
            page = window.pages.show(name)
            QApplication.processEvents()  # painted
            times.append(time.perf_counter() - started)
            assert rows(page) > 0
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        return statistics.median(times)

    figures["people list opens (10,000 rows), ms"] = 1000 * open_page(
        "people", lambda p: p.people.model.rowCount()
    )
    figures["topics list opens (500 topics, first topic's 100 points), ms"] = 1000 * open_page(
        "topics", lambda p: p.points.model.rowCount()
    )

    started = time.perf_counter()
    index = SearchIndex.build(db)
    figures["search index built (off the GUI thread), ms"] = 1000 * (time.perf_counter() - started)
    queries = {
        "Thai word mid-sentence": "นักวิจัยรุ่นเยาว์",
        "Chinese": "阴和",
        "English, many hits": "laboratory",
        "nothing": "ไม่มีคำนี้แน่นอน",
    }
    for label, query in queries.items():
        times = []
        for _ in range(9):
            started = time.perf_counter()
            hits = index.search(query)
            times.append(time.perf_counter() - started)
        figures[f"search '{label}' ({len(hits)} hits), ms"] = 1000 * statistics.median(times)
    db.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--launch-only", action="store_true", help="skip the big-database figures")
    args = parser.parse_args()
    compile_bytecode()
    times = launch_times(args.runs)
    print(f"python -c pass (interpreter alone): {python_start(3):.3f} s median")
    print(
        f"launch to usable main window (demo DB, Thai), {args.runs} runs: {_spread(times)};"
        " target < 1.5 s"
    )
    times = launch_times(args.runs, demo=True)
    print(f"launch with --demo (fresh copy, Thai), {args.runs} runs: {_spread(times)}")
    print(
        f"make a demo database in process, {args.runs} runs: {_spread(demo_copy_times(args.runs))}"
    )
    if args.launch_only:
        return 0
    folder = Path(tempfile.mkdtemp(prefix="brst-big-"))
    started = time.perf_counter()
    build_big_database(folder / "big.sqlite")
    print(f"built 10,000 people + 50,000 talking points in {time.perf_counter() - started:.1f} s")
    for label, value in big_database_figures(folder / "big.sqlite").items():
        print(f"{label}: {value:.1f}")
    print("targets: a list opens < 200 ms; a search answers < 100 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
