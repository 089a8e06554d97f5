"""Moving a trip between laptops as one file: pack (export) and unpack (import)."""

from brst_desktop.core.exchange.errors import ExchangeError
from brst_desktop.core.exchange.pack import PackResult, pack_trip
from brst_desktop.core.exchange.unpack import (
    ImportPlan,
    ImportResult,
    PlannedChange,
    apply_import,
    read_and_plan,
)

__all__ = [
    "ExchangeError",
    "ImportPlan",
    "ImportResult",
    "PackResult",
    "PlannedChange",
    "apply_import",
    "pack_trip",
    "read_and_plan",
]
