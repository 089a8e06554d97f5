"""The release build the packaging tests unpack, made by ``packaging/build.py``.

It is the slowest thing the suite does (PyInstaller, a minute or more) and it runs in its own
process, so a session that is going to need it starts it as soon as the tests are collected
(tests/packaging/conftest.py): it builds on the second core while the other tests run on the
first, and the fixture only waits for it (under pytest-xdist, a worker starts it when its first
packaging test asks). It never builds in the checkout: CI builds afresh in a
temporary folder; a developer's builds are kept in the user's cache (one folder per checkout), so
an unchanged checkout is not built again (``--if-stale``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

from tests.helpers import REPO_ROOT

BUILD_SCRIPT = REPO_ROOT / "packaging" / "build.py"
#: the longest a build may take on a busy machine before the tests give up on it
TIMEOUT = 1200


@dataclass
class Build:
    out: Path
    process: subprocess.Popen[bytes]
    log: IO[bytes]
    temporary: bool


_build: Build | None = None


def _in_ci() -> bool:
    return os.environ.get("CI") == "true"


def _command(out: Path) -> list[str]:
    if importlib.util.find_spec("PyInstaller") is not None:
        command = [sys.executable, str(BUILD_SCRIPT)]
    else:
        # PyInstaller lives in the `build` dependency group; let uv add it to this environment
        # (`uv run` only adds what is missing) rather than fail on a checkout synced without it.
        # `uv run` names itself in UV; a bare pytest finds uv on PATH.
        uv = os.environ.get("UV") or shutil.which("uv")
        if uv is None:
            pytest.fail("PyInstaller is missing: run `python3 -m uv sync --group build`")
        command = [uv, "run", "--group", "build", "python", str(BUILD_SCRIPT)]
    command += ["--out", str(out)]
    if not _in_ci():
        command.append("--if-stale")
    return command


def _folder() -> tuple[Path, bool]:
    if _in_ci():
        return Path(tempfile.mkdtemp(prefix="brst-release-build-")), True
    import platformdirs

    checkout = hashlib.sha256(str(REPO_ROOT).encode()).hexdigest()[:12]
    folder = Path(platformdirs.user_cache_dir("brst-desktop-tests")) / f"release-{checkout}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder, False


def start() -> Build:
    """Start the build (once per process); returns at once."""
    global _build
    if _build is None:
        out, temporary = _folder()
        log = (out / "build.log").open("wb")
        process = subprocess.Popen(
            _command(out), cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT
        )
        _build = Build(out, process, log, temporary)
    return _build


def finish() -> Path:
    """Wait for the build; the folder holding its ``dist/``. A failed build fails the test."""
    build = start()
    try:
        code = build.process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        build.process.kill()
        build.process.wait()
        pytest.fail(f"the release build took more than {TIMEOUT} s")
    build.log.flush()
    if code != 0:
        tail = (build.out / "build.log").read_text(encoding="utf-8", errors="replace")[-4000:]
        pytest.fail(f"packaging/build.py failed ({code}):\n{tail}")
    return build.out


def stop() -> None:
    """At the end of the session: end a build nobody waited for; remove a temporary one."""
    global _build
    if _build is None:
        return
    if _build.process.poll() is None:
        _build.process.kill()
        _build.process.wait()
    _build.log.close()
    if _build.temporary:
        shutil.rmtree(_build.out, ignore_errors=True)
    _build = None
