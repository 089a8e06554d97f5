"""Refusals carry an English template and named fields; every template has a Thai translation.

The core stays free of Qt: the GUI translates ``error.template`` and fills in ``error.fields``.
"""

from __future__ import annotations

import ast
import pickle
import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from brst_desktop.errors import Phrase, UserError
from tests.helpers import REPO_ROOT
from tests.helpers.cli import run_main

PACKAGE = REPO_ROOT / "brst_desktop"
TRANSLATIONS = REPO_ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{(\w*)\}")
THAI = re.compile("[\u0e00-\u0e7f]")


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)


def _template_calls() -> list[tuple[str, ast.Call]]:
    """Every call that makes a UserError subclass (or a Phrase), found in the source."""
    modules = {p: ast.parse(p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py")}
    bases: dict[str, set[str]] = {}
    for module in modules.values():
        for node in ast.walk(module):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(filter(None, map(_name, node.bases)))
    errors = {"UserError"}
    while more := {c for c, parents in bases.items() if parents & errors} - errors:
        errors |= more
    assert {"DatabaseLockedError", "ExchangeError", "ExportTargetError"} <= errors
    makers = (errors - {"ValidationError"}) | {"Phrase"}  # ValidationError: per-field sentences
    return [
        (f"{path.relative_to(REPO_ROOT)}:{node.lineno}", node)
        for path, module in sorted(modules.items())
        for node in ast.walk(module)
        if isinstance(node, ast.Call) and _name(node.func) in makers
    ]


def _thai_catalogue() -> dict[str, str]:
    root = ET.parse(TRANSLATIONS / "errors_th.ts").getroot()
    return {
        m.findtext("source") or "": m.findtext("translation") or ""
        for c in root.iter("context")
        if c.findtext("name") == "UserError"
        for m in c.iter("message")
        if m.find("translation").get("type") != "unfinished"  # type: ignore[union-attr]
    }


def test_every_refusal_is_a_literal_template_with_a_thai_translation() -> None:
    from PySide6.QtCore import QTranslator

    compiled = QTranslator()
    assert compiled.load(str(TRANSLATIONS / "errors_th.qm"))
    catalogue = _thai_catalogue()
    calls = _template_calls()
    assert len(calls) > 130
    problems = []
    for where, call in calls:
        first = call.args[0] if call.args else None
        if first is None:
            continue  # e.g. PrinterError(), which words itself through the GUI's tr()
        if isinstance(first, ast.Call) and _name(first.func) in ("tr", "_tr"):
            continue  # already translated by the GUI that raises it
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            problems.append(f"{where}: not a literal template: {ast.unparse(first)[:70]}")
            continue
        template = first.value
        wanted = sorted(PLACEHOLDER.findall(template))
        given = sorted(k.arg for k in call.keywords if k.arg) if wanted else []
        if any(k.arg is None for k in call.keywords):
            given = wanted  # **fields: checked when the sentence is formatted
        if given != wanted:
            problems.append(f"{where}: fields {given} for placeholders {wanted}")
        thai = compiled.translate("UserError", template)
        if not thai or not THAI.search(thai):
            problems.append(f"{where}: no Thai in errors_th.qm for {template!r}")
        elif sorted(PLACEHOLDER.findall(thai)) != wanted:
            problems.append(f"{where}: Thai placeholders differ for {template!r}")
        if catalogue.get(template) != thai:
            problems.append(f"{where}: errors_th.ts and errors_th.qm disagree on {template!r}")
    assert problems == []


def test_a_template_formats_to_the_english_sentence_and_keeps_its_parts() -> None:
    from brst_desktop.core.db import DatabaseLockedError

    error = DatabaseLockedError("The database ({path}) is in use.", path=Path("/tmp/a.sqlite"))
    assert str(error) == "The database (/tmp/a.sqlite) is in use."
    assert error.args == ("The database (/tmp/a.sqlite) is in use.",)
    assert error.template == "The database ({path}) is in use."
    assert error.fields == {"path": Path("/tmp/a.sqlite")}
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is DatabaseLockedError and str(copy) == str(error)
    assert copy.fields == error.fields
    # A plain message (the old way) is its own template, braces and all.
    plain = UserError("Use {curly} braces as written.")
    assert str(plain) == "Use {curly} braces as written." and plain.fields == {}
    nested = UserError("The file {file} {reason}.", file="a.brst", reason=Phrase("is {n} MB", n=9))
    assert str(nested) == "The file a.brst is 9 MB."


def test_a_hostile_trip_file_names_its_fault_in_english_parts(demo_db, tmp_path: Path) -> None:
    import zipfile

    from brst_desktop.core.exchange import ExchangeError, read_and_plan

    path = tmp_path / "hostile.brst"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../escape.txt", "x")
    with pytest.raises(ExchangeError) as caught:
        read_and_plan(demo_db, path)
    error = caught.value
    assert str(error) == (
        "The trip file hostile.brst holds an entry that points outside the file"
        " (../escape.txt); nothing was changed."
    )
    assert error.template == "The trip file {file} {reason}; nothing was changed."
    reason = error.fields["reason"]
    assert reason.template == "holds an entry that points outside the file ({entry})"


def test_the_command_line_prints_refusals_in_english_even_in_thai(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    thai = {"LANG": "th_TH.UTF-8", "LC_ALL": "th_TH.UTF-8", "LANGUAGE": "th"}
    result = run_main("--db", path, "backup", env=thai)
    assert result.returncode == 2
    assert result.stderr == (
        f"brst-desktop: The file ({path}) is an SQLite database of another program; it was not"
        " changed.\n"
    )
    assert not THAI.search(result.stderr)
