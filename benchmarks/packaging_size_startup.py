"""Size of the release build and its start-up time next to running from source.

    python3 -m uv run --group build python benchmarks/packaging_size_startup.py [--runs 7]

Builds the application first if the last build is stale (packaging/build.py --if-stale). Start-up
is measured to a drawn main window: ``--demo --screenshot`` creates the demo database, opens it,
builds the main window, lets it load and saves it as a PNG, then exits. ``--version`` shows the
cost of starting the program alone. Each command runs once to warm the disk cache, then the built
program and the source alternate ``--runs`` times; the medians and their ratio are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import build  # noqa: E402  (packaging/build.py: paths of the built program and the archive)


def bare_env(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(home),
    }


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    args = parser.parse_args()

    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--if-stale"], check=True)
    frozen = str(build.executable())
    source = [sys.executable, "-m", "brst_desktop"]

    folder_mb = build.folder_size(build.APP_DIR) / 1e6
    print(f"one-folder build: {folder_mb:.1f} MB ({build.APP_DIR.relative_to(ROOT)})")
    if build.archive_path().is_file():
        archive_mb = build.archive_path().stat().st_size / 1e6
        print(f"release archive:  {archive_mb:.1f} MB ({build.archive_path().name})")

    cases = {
        "to a drawn main window (--demo --screenshot)": ["--demo", "--screenshot", "shot.png"],
        "program alone (--version)": ["--version"],
    }
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = bare_env(home)
        source_env = {**env, "PYTHONPATH": str(ROOT)}  # the checkout, as a developer runs it
        for title, arguments in cases.items():
            frozen_command = [frozen, *arguments]
            source_command = [*source, *arguments]
            timed(frozen_command, home, env)  # warm the page cache for both
            timed(source_command, home, source_env)
            frozen_times, source_times = [], []
            for _ in range(args.runs):
                frozen_times.append(timed(frozen_command, home, env))
                source_times.append(timed(source_command, home, source_env))
            built = statistics.median(frozen_times)
            from_source = statistics.median(source_times)
            print(f"start-up {title}, median of {args.runs}:")
            print(f"  built program   {built * 1000:7.0f} ms")
            print(f"  from source     {from_source * 1000:7.0f} ms")
            print(f"  ratio built/source {built / from_source:.2f}")
    print(f"(cpu count {os.cpu_count()}, Python {sys.version.split()[0]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
