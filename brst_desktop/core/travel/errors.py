"""The refusal raised when a trip cannot be taken onto a laptop or brought back."""

from __future__ import annotations

from brst_desktop.errors import UserError


class TravelError(UserError):
    """A trip could not be taken or brought back; the sentence says why and what was kept."""


class UnprotectedCopyError(TravelError):
    """A trip with a classified book would be copied into a file without a passphrase."""
