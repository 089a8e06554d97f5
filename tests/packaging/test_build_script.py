"""packaging/build.py refuses a build that silently lacks a module the application imports."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

_spec = importlib.util.spec_from_file_location(
    "brst_packaging_build", REPO_ROOT / "packaging" / "build.py"
)
assert _spec is not None and _spec.loader is not None
build = importlib.util.module_from_spec(_spec)
sys.modules["brst_packaging_build"] = build
_spec.loader.exec_module(build)

WARNINGS = """
This file lists modules PyInstaller was not able to find.

missing module named msvcrt - imported by subprocess (optional), brst_desktop.core.integrity (delayed, conditional), getpass (optional)
excluded module named ssl - imported by http.client (optional), urllib.request (optional)
excluded module named PySide6.QtNetwork - imported by PySide6 (delayed, conditional, optional), brst_desktop.gui.single_instance (top-level)
missing module named winsound - imported by brst_desktop.gui.alerts (top-level)
"""  # noqa: E501


def test_excluded_or_missing_imports_of_the_application_are_problems() -> None:
    problems = build.application_import_problems(WARNINGS)

    assert problems == [
        "brst_desktop.gui.single_instance imports PySide6.QtNetwork (top-level), which the build"
        " excludes",
        "brst_desktop.gui.alerts imports winsound (top-level), which the build lacks",
    ]


def test_platform_specific_delayed_imports_and_libraries_own_gaps_are_fine() -> None:
    lines = [line for line in WARNINGS.splitlines() if "brst_desktop.gui" not in line]

    assert build.application_import_problems("\n".join(lines)) == []


def test_the_archive_is_named_after_the_version() -> None:
    from brst_desktop import __version__

    assert build.version() == __version__
    name = build.CHECKOUT.archive_path().name
    assert name.startswith(f"brst-desktop-{__version__}-linux-") and name.endswith(".tar.gz")
