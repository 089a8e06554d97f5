"""Travelling with a trip: take it from the office server onto a laptop as a local SQLite copy,
and bring the changes back with the same preview and conflict list as a trip file."""

from brst_desktop.core.travel.errors import TravelError
from brst_desktop.core.travel.returning import (
    ReturnPlan,
    ReturnResult,
    Side,
    bring_back,
    find_origin,
    plan_return,
)
from brst_desktop.core.travel.take import TakeResult, take_trip

__all__ = [
    "ReturnPlan",
    "ReturnResult",
    "Side",
    "TakeResult",
    "TravelError",
    "bring_back",
    "find_origin",
    "plan_return",
    "take_trip",
]
