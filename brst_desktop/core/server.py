"""The office server: a PostgreSQL database named by a libpq URL, how to reach it, and the
sentences for a server that cannot be used.

``postgresql://user@host:port/dbname`` with libpq's own options (``?host=/run/postgresql`` for a
socket, ``sslmode=require``, ``passfile=FILE``). A password never travels in the address: anyone
on the computer can read a command line, and shells keep it in their history. libpq reads it
from ``~/.pgpass`` (or the file ``PGPASSFILE`` or ``passfile=`` names); failing that, when the
``keyring`` package is installed, from the system keyring (service ``BRST Desktop``, the user
name as ``user@host:port/dbname``). Only the engine, the file checks and the error sentences
differ from a database file: the models, services and migrations are the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import DBAPIError

from brst_desktop.core.connection import DatabaseError

#: The keyring's service name for office-server passwords.
KEYRING_SERVICE = "BRST Desktop"
#: Seconds to wait for a server before saying it cannot be reached (unless the URL says).
CONNECT_TIMEOUT = "10"


class ServerUnreachableError(DatabaseError):
    pass


class ServerLoginError(DatabaseError):
    """The server refused this user (no password, a wrong one, or no such user)."""


class ServerPasswordMissingError(ServerLoginError):
    """The server wants a password and libpq found none (the keyring may still have one)."""


class ServerRefusedError(DatabaseError):
    """The server refused a statement: no clearance for it, or no privilege."""


class ServerAddressError(DatabaseError):
    """The address itself is wrong (a password in it, an unknown option, no database)."""


@dataclass(frozen=True)
class ServerAddress:
    """A parsed server URL; ``params`` are libpq's connection parameters, never a password."""

    text: str
    params: dict[str, str]

    @property
    def user(self) -> str:
        import getpass

        return self.params.get("user") or getpass.getuser()

    @property
    def database(self) -> str:
        return self.params.get("dbname", "")

    @property
    def host(self) -> str:
        return self.params.get("host") or "localhost"

    @property
    def port(self) -> str:
        return self.params.get("port") or "5432"

    def describe(self) -> str:
        """``user@host:port/dbname`` as the user would say it (a socket folder as the host)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def conninfo(self) -> str:
        from psycopg.conninfo import make_conninfo

        params = {"connect_timeout": CONNECT_TIMEOUT, "application_name": "BRST Desktop"}
        return make_conninfo("", **(params | self.params))


class ServerBackupError(DatabaseError):
    """Backups of a server database are its administrator's, not the program's."""


def backups_are_the_administrators(where: str) -> ServerBackupError:
    """The sentence the backup and restore commands give on a server database."""
    return ServerBackupError(
        "The database {server} is on the office server: its administrator backs it up with"
        " pg_dump and restores it with pg_restore; BRST Desktop copies no files of a server.",
        server=where,
    )


def parse_address(text: str) -> ServerAddress:
    """The server ``text`` names, refused in a sentence if it holds a password, an option libpq
    does not know, a port that is not a number, or no database."""
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    shown = _without_password(text)
    try:
        raw = conninfo_to_dict(text)
    except ProgrammingError as error:
        raise ServerAddressError(
            "The server address {address} cannot be read ({reason}); write it as"
            " postgresql://user@host:port/dbname.",
            address=shown,
            reason=str(error).strip(),
        ) from None
    params = {key: str(value) for key, value in raw.items() if value is not None}
    if "password" in params:
        raise ServerAddressError(
            "The server address {address} holds a password, which anyone on this computer could"
            " read; remove it and put the password in ~/.pgpass, a password file"
            " (?passfile=FILE) or the system keyring.",
            address=shown,
        )
    if not params.get("dbname"):
        raise ServerAddressError(
            "The server address {address} names no database; write it as"
            " postgresql://user@host:port/dbname.",
            address=shown,
        )
    port = params.get("port", "")
    if port and not all(part.isdigit() for part in port.split(",")):
        raise ServerAddressError(
            "The port in the server address {address} is not a number.", address=shown
        )
    return ServerAddress(shown, params)


def _without_password(text: str) -> str:
    """``text`` with any password blanked, so that no message or log ever repeats it."""
    text = re.sub(r"(://[^:/@?]*):[^@/?]*@", r"\1:***@", text)
    return re.sub(r"(?i)([?&]password=)[^&]*", r"\1***", text)


def keyring_password(address: ServerAddress) -> str | None:
    """The password the system keyring holds for this server and user, if the ``keyring``
    package is installed and has one."""
    try:
        import keyring
    except ImportError:
        return None
    account = address.describe()
    try:
        found = keyring.get_password(KEYRING_SERVICE, account)
    except Exception:  # a keyring without a backend (no desktop session) is no keyring
        return None
    return str(found) if found else None


def keyring_backend() -> str | None:
    """The name of the system keyring a password can be kept in, or None when the ``keyring``
    package is not installed or found no usable keyring (no desktop session, say)."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # a broken keyring configuration is no keyring
        return None
    if priority <= 0 or type(backend).__module__.startswith("keyring.backends.fail"):
        return None
    return str(getattr(backend, "name", "") or type(backend).__name__)


class KeyringError(DatabaseError):
    """The system keyring did not keep a password."""


def remember_password(address: ServerAddress, password: str) -> None:
    """Keep ``password`` in the system keyring, where :func:`keyring_password` finds it next
    time (never in the settings, never in an address)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, address.describe(), password)
    except Exception as error:  # no keyring, a locked one, a refusal: one sentence
        raise KeyringError(
            "The system keyring did not keep the password ({reason}); it is used until BRST"
            " Desktop closes.",
            reason=type(error).__name__,
        ) from error


def connect(address: ServerAddress, password: str | None = None) -> Any:
    """A DB-API (psycopg) connection, or the sentence for why there is none."""
    import psycopg

    conninfo = address.conninfo()
    if password:
        from psycopg.conninfo import make_conninfo

        conninfo = make_conninfo(conninfo, password=password)
    try:
        return psycopg.connect(conninfo)
    except psycopg.Error as error:
        raise classify_server_error(error, address) or error from error


def reach(address: ServerAddress, password: str | None = None) -> str | None:
    """Connect once, to turn any failure into its sentence before an engine exists; returns the
    password to connect with: ``password`` (typed into the window, kept only in memory) if
    given, else one typed for this server earlier in the session (:mod:`session_passwords`),
    else the keyring's when libpq found none of its own and the keyring had one."""
    from brst_desktop.core import session_passwords

    if password:
        connect(address, password).close()
        return password
    typed = session_passwords.recall(address)
    if typed is not None:
        try:
            connect(address, typed).close()
            return typed
        except ServerLoginError:
            session_passwords.forget(address)  # changed meanwhile: libpq's, the keyring's, or ask
    try:
        connect(address).close()
        return None
    except ServerPasswordMissingError:
        password = keyring_password(address)
        if password is None:
            raise
    connect(address, password).close()
    return password


def create_server_engine(address: ServerAddress, password: str | None = None) -> Engine:
    """The engine for a server database; every connection made as :func:`connect` makes it."""
    return create_engine(
        "postgresql+psycopg://",
        creator=lambda: connect(address, password),
        pool_pre_ping=True,  # a server restarted overnight: reconnect rather than fail
        future=True,
    )


def classify_server_error(error: BaseException, address: ServerAddress) -> DatabaseError | None:
    """The sentence for a failure caused by the server or the network, or None for our bugs."""
    original = error.orig if isinstance(error, DBAPIError) else error
    message = str(original)
    lowered = message.lower()
    server = address.describe()
    if "no password supplied" in lowered:
        return ServerPasswordMissingError(
            "The office server asks for a password for {server}; put it in ~/.pgpass, a password"
            " file (?passfile=FILE) or the system keyring.",
            server=server,
        )
    if (
        "password authentication failed" in lowered
        or "authentication failed" in lowered
        or ("role" in lowered and "does not exist" in lowered)
        or "no pg_hba.conf entry" in lowered
    ):
        return ServerLoginError(
            "The office server refused {server}: the user name or its password is wrong, or the"
            " user may not sign in; ask the office's administrator.",
            server=server,
        )
    if "row-level security" in lowered:
        return ServerRefusedError(
            "You are not cleared for this trip's classification on the office server, so the"
            " change was not saved; ask the office's administrator."
        )
    if (
        "permission denied" in lowered
        or "must be owner" in lowered
        or "must have admin option" in lowered
        or "must have createrole" in lowered
    ):
        return ServerRefusedError(
            "Your user on the office server ({server}) may not do this; ask the office's"
            " administrator.",
            server=server,
        )
    if "database" in lowered and "does not exist" in lowered:
        return ServerUnreachableError(
            "The office server has no database {database}; check the name, or ask the office's"
            " administrator to create it.",
            database=address.database,
        )
    if "does not support ssl" in lowered or ("ssl" in lowered and "required" in lowered):
        return ServerUnreachableError(
            "The office server ({server}) offers no encrypted connection, but the address asks"
            " for one (sslmode); ask the office's administrator.",
            server=server,
        )
    if any(
        sign in lowered
        for sign in (
            "connection refused",
            "no such file or directory",
            "could not connect",
            "failed to resolve host",
            "could not translate host name",
            "timeout expired",
            "network is unreachable",
            "no route to host",
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "connection timed out",
            "consuming input failed",
        )
    ):
        return ServerUnreachableError(
            "The office server ({server}) cannot be reached; check the address and the network,"
            " or ask the office's administrator whether it is running.",
            server=server,
        )
    return None
