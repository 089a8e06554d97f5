"""Helpers shared by test modules (imported by name; conftest files hold only fixtures)."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
