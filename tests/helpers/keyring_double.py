"""A system keyring for tests: the ``keyring`` package's calls the program makes
(``get_keyring``, ``set_password``, ``get_password``), kept in a dictionary.

The package is optional (not a dependency: the program says when there is no keyring), and a
test machine has no desktop keyring service, so the path where one exists is tested against
this double, put in ``sys.modules`` as ``keyring`` for one test."""

from __future__ import annotations

import types


class _Backend:
    priority = 5
    name = "Test keyring"


def keyring_module() -> types.ModuleType:
    """A module standing in for ``keyring``; ``.stored`` holds (service, account) -> password."""
    module = types.ModuleType("keyring")
    stored: dict[tuple[str, str], str] = {}

    def get_keyring() -> _Backend:
        return _Backend()

    def set_password(service: str, account: str, password: str) -> None:
        stored[(service, account)] = password

    def get_password(service: str, account: str) -> str | None:
        return stored.get((service, account))

    module.get_keyring = get_keyring  # type: ignore[attr-defined]
    module.set_password = set_password  # type: ignore[attr-defined]
    module.get_password = get_password  # type: ignore[attr-defined]
    module.stored = stored  # type: ignore[attr-defined]
    return module
