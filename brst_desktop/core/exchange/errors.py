"""The refusal raised for any trip file that cannot be imported as it is."""

from __future__ import annotations

from brst_desktop.errors import UserError


class ExchangeError(UserError):
    """A trip file was refused (or could not be written); nothing was changed."""
