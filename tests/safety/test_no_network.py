"""The program opens no socket: start-up (command line and window), editing, import, export of
a trip file and of the book PDF, backup, all watched by an audit hook installed before any of our
code runs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

WATCH = textwrap.dedent(
    """
    import os, sys

    _log = os.environ["BRST_NETWORK_LOG"]
    _events = {
        "socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo",
        "socket.gethostbyname", "socket.gethostbyaddr", "socket.sendto", "urllib.Request",
        "http.client.connect",
    }

    def _watch(event, args):
        if event in _events:
            with open(_log, "a", encoding="utf-8") as handle:
                handle.write(f"{event} {args!r}\\n")

    sys.addaudithook(_watch)
    """
)

SESSION = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from brst_desktop.commands import main
    from brst_desktop.core import models as m
    from brst_desktop.core.db import open_database
    from brst_desktop.core.demo import demo_id

    work = Path(sys.argv[1])
    steps = [
        ["--demo", "pack", "-o", str(work / "trip.brst")],
        ["--db", str(work / "laptop.sqlite"), "unpack", str(work / "trip.brst"), "--create"],
        ["--db", str(work / "laptop.sqlite"), "export", "-o", str(work / "book.pdf")],
        ["--db", str(work / "laptop.sqlite"), "backup"],
        ["--db", str(work / "laptop.sqlite"), "--screenshot", str(work / "window.png")],
    ]
    for step in steps:
        code = main(step)
        assert code == 0, (step, code)
    db = open_database(work / "laptop.sqlite")
    with db.session() as session:
        session.get(m.Trip, demo_id("trip")).notes = "edited offline"
    db.close()
    print("all steps done")
    """
)


def test_start_up_editing_and_export_open_no_socket(tmp_path: Path) -> None:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(WATCH, encoding="utf-8")
    log = tmp_path / "network.log"
    repo = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(hooks), str(repo)]),
        "BRST_NETWORK_LOG": str(log),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", SESSION, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "all steps done" in result.stdout
    for produced in ("trip.brst", "book.pdf", "window.png"):
        assert (tmp_path / produced).stat().st_size > 1000, produced
    # The hook really ran: prove it can see a socket when one is made.
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.socket().close()"],
        env={**env, "BRST_NETWORK_LOG": str(tmp_path / "probe.log")},
        timeout=60,
    )
    assert probe.returncode == 0 and "socket.__new__" in (tmp_path / "probe.log").read_text()
    assert not log.exists(), log.read_text()[:2000]
