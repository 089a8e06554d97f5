"""How the test suite itself is laid out: helpers live in tests/helpers, conftest files hold only
fixtures and are never imported (pytest loads them; an import makes a second copy of their
module, and a helper hidden in one is found by nobody looking in tests/helpers)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import REPO_ROOT

TESTS = REPO_ROOT / "tests"
HELPERS = TESTS / "helpers"


def _imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def test_no_module_imports_a_conftest() -> None:
    offenders = [
        f"{path.relative_to(REPO_ROOT)} imports {name}"
        for path in sorted(TESTS.rglob("*.py"))
        for name in _imported_modules(path)
        if "conftest" in name.split(".")
    ]
    assert offenders == []


def test_no_module_imports_another_test_module() -> None:
    """What two test modules share is a helper, not one test module's insides."""
    offenders = [
        f"{path.relative_to(REPO_ROOT)} imports {name}"
        for path in sorted(TESTS.rglob("*.py"))
        for name in _imported_modules(path)
        if name.startswith("tests.") and any(part.startswith("test_") for part in name.split("."))
    ]
    assert offenders == []


def test_shared_helpers_live_in_tests_helpers() -> None:
    """Outside tests/helpers every Python file is a test module or a conftest."""
    strays = [
        str(path.relative_to(REPO_ROOT))
        for path in sorted(TESTS.rglob("*.py"))
        if HELPERS not in path.parents
        and not path.name.startswith("test_")
        and path.name != "conftest.py"
    ]
    assert strays == []


def test_the_checks_see_an_offender(tmp_path: Path) -> None:
    """The import check is not blind: it finds a conftest import of either form."""
    module = tmp_path / "test_x.py"
    module.write_text(
        "from tests.gui.conftest import make_context\nimport tests.export.conftest\n",
        encoding="utf-8",
    )
    found = [name for name in _imported_modules(module) if "conftest" in name.split(".")]
    assert "tests.gui.conftest" in found and "tests.export.conftest" in found
