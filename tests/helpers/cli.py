"""Running the command line: in this process (the usual way), or in a fresh interpreter when the
process itself is the point (a second program holding a lock, a kill, what reaches a terminal)."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

#: Environment variables a developer's shell may set that would change what a command does.
_PRIVATE = ("BRST_PASSPHRASE", "BRST_PDF_PASSWORD")


@dataclass(frozen=True)
class Ran:
    """What a command left behind: its exit status and everything it printed."""

    returncode: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def _environment(changes: Mapping[str, str | None]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in changes}
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_main(*args: str | Path, env: Mapping[str, str] | None = None) -> Ran:
    """``brst-desktop ARGS`` run in this process: ``main(argv)`` with stdout and stderr caught.

    ``env`` sets environment variables for the run; the passphrase variables are unset unless
    given, so a developer's shell cannot change the outcome. Standard input is empty and not a
    terminal, as for a script. An argparse refusal (exit status 2) is returned like any other."""
    from brst_desktop.commands import main

    out, err = io.StringIO(), io.StringIO()
    changes: dict[str, str | None] = dict.fromkeys(_PRIVATE)
    changes.update(env or {})
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO("")
    try:
        with (
            _environment(changes),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            try:
                code = main([str(a) for a in args])
            except SystemExit as stopped:
                code = stopped.code if isinstance(stopped.code, int) else 1
    finally:
        sys.stdin = saved_stdin
    return Ran(code, out.getvalue(), err.getvalue())


def run_cli(
    *args: str | Path, env: Mapping[str, str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """The real command line in a fresh interpreter (what a user or a script runs)."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in _PRIVATE:
        full_env.pop(name, None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "brst_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=kwargs.pop("cwd", None),
        timeout=kwargs.pop("timeout", 60),
        **kwargs,  # type: ignore[arg-type]
    )
