"""Shared fixtures for the typesetter's tests: offscreen Qt, the corpus, PDF helpers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
