"""BRST Desktop: briefing books for official delegation trips."""

__version__ = "0.1.0"
