"""The parser and dispatch: sub-commands by name, only the one asked for imported, refusals as
one sentence with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from brst_desktop import commands
from brst_desktop.errors import UserError
from tests.helpers.cli import run_main

#: Prints the brst_desktop and heavy modules a command line loaded, as JSON, after parsing.
_LOADED = """
import json, sys
from brst_desktop.commands import build_parser
argv = sys.argv[1:]
try:
    build_parser(argv).parse_args(argv)
except SystemExit:
    pass
heavy = ("reportlab", "PySide6", "sqlalchemy", "alembic", "brst_desktop.")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(heavy))))
"""


def _loaded(*argv: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _LOADED, *argv], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_help_lists_every_sub_command_without_importing_any() -> None:
    result = run_main("--help")
    assert result.returncode == 0
    for name in commands.COMMANDS:
        assert name in result.stdout
    # A fresh interpreter: what --help (and so the GUI's start) pays for.
    loaded = _loaded("--help")
    assert not any(m.startswith(("reportlab", "PySide6", "alembic")) for m in loaded), loaded
    assert not {f"brst_desktop.commands.{name}" for name in commands.COMMANDS} & loaded


def test_only_the_sub_command_named_is_imported() -> None:
    loaded = _loaded("typeset", "in.txt", "-o", "out.pdf")
    sub_commands = {m for m in loaded if m.startswith("brst_desktop.commands.")}
    assert sub_commands == {"brst_desktop.commands.typeset"}
    assert not any(m.startswith("reportlab") for m in loaded)  # only once it runs


def test_every_sub_command_declares_its_arguments_and_runs() -> None:
    for name, (module_name, help_text) in commands.COMMANDS.items():
        parser = commands.build_parser([name])
        result = run_main(name, "--help")
        assert result.returncode == 0, name
        assert help_text in result.stdout, name
        assert module_name.startswith("brst_desktop.commands.")  # ("list" would shadow list())
        assert parser.prog == "brst-desktop"


def test_a_refusal_is_one_line_on_stderr_and_exit_status_2(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from brst_desktop.commands import typeset

    def refuse(_args: object) -> int:
        raise UserError("The input file {path} is not UTF-8 text.", path="x.txt")

    monkeypatch.setattr(typeset, "run", refuse)
    result = run_main("typeset", "x.txt", "-o", "x.pdf")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "brst-desktop: The input file x.txt is not UTF-8 text.\n"


def test_an_interrupt_is_reported_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from brst_desktop.commands import typeset

    def interrupted(_args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(typeset, "run", interrupted)
    result = run_main("typeset", "x.txt", "-o", "x.pdf")
    assert (result.returncode, result.stderr) == (130, "brst-desktop: interrupted\n")


def test_an_unknown_sub_command_is_refused_by_the_parser() -> None:
    result = run_main("frobnicate")
    assert result.returncode == 2
    assert "invalid choice: 'frobnicate'" in result.stderr
