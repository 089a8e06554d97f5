"""A throwaway PostgreSQL cluster for the tests: ``initdb`` and ``pg_ctl`` from Debian's
``postgresql`` package, in a temporary folder, listening only on a unix socket in that folder.

PostgreSQL refuses to run as root, and CI runs as root: the cluster then belongs to the
``postgres`` user the package creates (``runuser``), and the folder is handed over to it. The
tests connect over the socket: as the superuser ``postgres`` without a password (``trust``), and
as members of ``password_users`` with a password (``scram-sha-256``), so that where a password
comes from can be tested too. Every test gets a database of its own
(:meth:`TestServer.new_database`).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

#: The role every test connects as unless it says otherwise (the cluster's superuser).
SUPERUSER = "postgres"
#: Members of this role must give a password (pg_hba.conf below).
PASSWORD_GROUP = "password_users"
PORT = 5432  # only names the socket file: the cluster listens on no network address

HBA = f"""\
local all +{PASSWORD_GROUP} scram-sha-256
local all all trust
"""


def binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder (/usr/lib/postgresql/<version>/bin)."""
    found = []
    for folder in Path("/usr/lib/postgresql").glob("*/bin"):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            with contextlib.suppress(ValueError):
                found.append((int(folder.parent.name.split(".")[0]), folder))
    if found:
        return max(found)[1]
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path and shutil.which("initdb") else None


def _as_owner(owner: str | None, command: list[str]) -> list[str]:
    return ["runuser", "-u", owner, "--", *command] if owner else command


@dataclass
class TestServer:
    folder: Path  # the data folder's parent; the socket lives here
    bin: Path
    owner: str | None  # the user the cluster runs as when the tests run as root
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    __test__ = False  # not a test class, whatever pytest thinks of its name

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str, user: str = SUPERUSER, **options: str) -> str:
        """A libpq URL for ``database`` over this cluster's socket."""
        query = "&".join(
            f"{k}={quote(v, safe='/')}" for k, v in {"host": str(self.folder), **options}.items()
        )
        return f"postgresql://{quote(user)}@:{PORT}/{quote(database)}?{query}"

    def sql(self, statement: str, *, database: str = "postgres", user: str = SUPERUSER) -> list:
        """Run one statement as ``user`` (autocommit) and return its rows, if any."""
        import psycopg

        with psycopg.connect(
            host=str(self.folder), port=PORT, dbname=database, user=user, autocommit=True
        ) as connection:
            cursor = connection.execute(statement)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []

    def new_database(self, prefix: str = "test", template: str | None = None) -> str:
        """A new database, empty or a copy of ``template`` (which nobody may be connected to);
        returns its name."""
        name = f"{prefix}_{os.getpid()}_{next(self._numbers)}"
        copied = f' TEMPLATE "{template}"' if template else ""
        self.sql(f'CREATE DATABASE "{name}"{copied}')
        return name

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        subprocess.run(
            _as_owner(self.owner, [str(self.bin / "pg_ctl"), "-D", str(self.data), "-s", "-w",
                                   "-m", "immediate", "stop"]),
            check=False,
            capture_output=True,
            cwd=self.folder,
        )  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> TestServer:
    """Make a cluster in a new temporary folder and start it; raises RuntimeError with the
    server's own words if it cannot (the caller fails or skips with them)."""
    bin_folder = binaries()
    if bin_folder is None:
        raise FileNotFoundError("no PostgreSQL server binaries (initdb, pg_ctl) are installed")
    owner = None
    folder = Path(tempfile.mkdtemp(prefix="brst-pg-"))
    if os.geteuid() == 0:
        owner = "postgres"  # made by Debian's postgresql package
        shutil.chown(folder, user=owner)
    folder.chmod(0o755)
    server = TestServer(folder, bin_folder, owner)
    try:
        _run(owner, [str(bin_folder / "initdb"), "-D", str(server.data), "-U", SUPERUSER,
                     "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])  # fmt: skip
        (server.data / "pg_hba.conf").write_text(HBA, encoding="utf-8")
        options = (
            f"-k {folder} -p {PORT} -c listen_addresses='' -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        _run(owner, [str(bin_folder / "pg_ctl"), "-D", str(server.data), "-l",
                     str(folder / "server.log"), "-o", options, "-s", "-w", "start"])  # fmt: skip
        server.sql(f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
    except BaseException:
        server.stop()
        raise
    return server


def _run(owner: str | None, command: list[str]) -> None:
    # From the cluster's own folder: the postgres user may not enter the checkout's (/root/...).
    folder = Path(command[command.index("-D") + 1]).parent
    done = subprocess.run(
        _as_owner(owner, command), capture_output=True, text=True, check=False, cwd=folder
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:1])} failed: {done.stderr or done.stdout}")
