"""Office-server passwords typed into the window during this run of the program.

A password typed into File ▸ Connect to office server, or into the question the window asks when
a server wants one, is kept here in this process's memory only: never in the settings, a file,
an address, a command line or a log. Every later opening of the same server in this session
(bringing a laptop copy back, connecting again after using this computer's database) then signs
in without asking again: :func:`brst_desktop.core.server.reach` tries it before libpq's password
file and the system keyring. It goes when the program closes, or when the server refuses it.
"""

from __future__ import annotations

import threading
from typing import Protocol


class ServerAddress(Protocol):
    """What this module needs of :class:`brst_desktop.core.server.ServerAddress` (not imported:
    the server module imports this one, and the database code imports only downwards)."""

    def describe(self) -> str: ...


_lock = threading.Lock()  # servers are opened on worker threads
_typed: dict[str, str] = {}


def _account(address: ServerAddress) -> str:
    # The keyring's account name too: one user of one database on one server.
    return address.describe()


def keep(address: ServerAddress, password: str) -> None:
    """Remember ``password`` for ``address`` until the program closes."""
    with _lock:
        _typed[_account(address)] = password


def recall(address: ServerAddress) -> str | None:
    """The password typed for ``address`` in this session, if any."""
    with _lock:
        return _typed.get(_account(address))


def forget(address: ServerAddress) -> None:
    """Drop what was typed for ``address`` (the server refused it: it was changed meanwhile)."""
    with _lock:
        _typed.pop(_account(address), None)


def forget_all() -> None:
    with _lock:
        _typed.clear()
