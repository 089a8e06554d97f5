"""Find the files the program reads at run time: fonts, translations, icons, demo data.

Every read of a bundled file goes through :func:`resource_path`, so the same code works from a
source checkout, from an installed wheel and from the PyInstaller build. No other module computes
a path from ``__file__``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_root() -> Path:
    """The folder that holds ``fonts/``, ``translations/``, ``icons/`` and ``demo/``."""
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller unpacks (one-file) or lays out (one-folder) data here
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(
        _PACKAGE_DIR / "_resources"
    )  # an installed wheel (see pyproject force-include)
    candidates.append(_PACKAGE_DIR.parent / "resources")  # a source checkout
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"BRST Desktop's resources folder is missing (looked in {searched})")


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, for example ``resource_path("fonts", "Sarabun-Regular.ttf")``."""
    return resources_root().joinpath(*parts)


def migrations_dir() -> Path:
    """Alembic's script folder; it lives inside the package because it is code, not data."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidate = Path(frozen_root) / "brst_desktop" / "core" / "migrations"
        if candidate.is_dir():
            return candidate
    return _PACKAGE_DIR / "core" / "migrations"
