"""An office-server password in a REAL system keyring: GNOME Keyring's Secret Service on a
private session bus (tests/helpers/secret_service.py), not the program's own stand-in.

The program (its window started as ``brst-desktop`` starts it, its command line) keeps the
password typed into File ▸ Connect… there and signs in with it at the next start; libsecret's
``secret-tool``, a client the program does not use, reads what was kept (service, account,
label) and keeps one as the README tells staff to, which the program then signs in with. No
password file exists (PGPASSFILE points nowhere), so only the keyring can sign in; the password
is random, and looked for in every file the person has and in every process's command line and
environment.

CI installs the packages (.ci/run); there a missing daemon fails the test instead of skipping it.
"""

from __future__ import annotations

import json
import os
import secrets
import sys
import uuid
from pathlib import Path

import pytest

from brst_desktop.core.demo import demo_id
from tests.helpers.postgres import PASSWORD_GROUP, TestServer
from tests.helpers.secret_service import (
    PACKAGES,
    SecretService,
    attributes,
    items,
    missing_commands,
)

WINDOW = Path(__file__).parents[1] / "helpers" / "keyring_window.py"
BRST = str(Path(sys.executable).with_name("brst-desktop"))
SERVICE = "BRST Desktop"
BACKEND = "SecretService Keyring"  # the keyring package's name for a Secret Service


@pytest.fixture
def login(tmp_path: Path) -> SecretService:
    """One person's keyrings (and settings, and laptop database) under tmp_path/home."""
    missing = missing_commands()
    if missing:
        why = f"no {', '.join(missing)}: install the Debian packages {PACKAGES}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI needs a real Secret Service for the keyring tests: {why}")
        pytest.skip(f"system keyring tests skipped: {why}")
    return SecretService(tmp_path / "home")


def _office(server: TestServer, server_database) -> tuple[str, str, str]:
    """A database holding the demo trip whose owner must give a password (scram over the
    socket); its role, its name, and the password (random: it cannot turn up by chance)."""
    from brst_desktop.core.db import open_server_database
    from brst_desktop.core.demo import load_demo

    password = f"kr {secrets.token_hex(8)}"
    role = f"clerk_{uuid.uuid4().hex[:8]}"
    server.sql(f"CREATE ROLE {role} LOGIN PASSWORD '{password}' IN ROLE {PASSWORD_GROUP}")
    url = server_database(user=role)
    name = url.split("?")[0].rsplit("/", 1)[1]
    server.sql(f'ALTER DATABASE "{name}" OWNER TO {role}')
    database = open_server_database(url, initialise=True, password=password)
    try:
        load_demo(database)
    finally:
        database.close()
    return role, name, password


def _window(login: SecretService, step: str, password: str, *arguments: str) -> dict:
    """The window's report from one run of tests/helpers/keyring_window.py in a new login."""
    report = login.home.parent / f"report-{step}.json"
    report.unlink(missing_ok=True)
    done = login.run([sys.executable, str(WINDOW), step, str(report), *arguments], stdin=password)
    assert report.exists(), f"the window did not report (exit {done.returncode}): {done.stderr}"
    result = json.loads(report.read_text(encoding="utf-8"))
    assert "failed" not in result, (result, done.stderr)
    assert done.returncode == 0, done.stderr
    return result


def _files_holding(folder: Path, secret: str) -> list[str]:
    needle = secret.encode()
    return [str(p) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_a_password_kept_from_the_connect_dialog_is_in_the_system_keyring_and_signs_in_next_time(
    login: SecretService, postgres_server: TestServer, server_database
) -> None:
    role, name, password = _office(postgres_server, server_database)
    folder = str(postgres_server.folder)
    who = f"{role}@{folder}:5432/{name}"

    # First start: File ▸ Connect…, the password typed, Enter, "Keep in keyring".
    first = _window(login, "connect", password, folder, name, role)
    assert first["note"] == (
        f"On Connect you may keep the password in the system keyring ({BACKEND})."
    )
    assert first["boxes"] == [
        f"Keep the password for {who} in the system keyring ({BACKEND}), so that BRST Desktop"
        " connects without asking next time?"
    ]
    assert first["window"] == {
        "on_server": True,
        "title": f"BRST Desktop — {who}",
        "trips": [str(demo_id("trip"))],
    }
    assert first["holders"] == []  # in no process's command line or environment

    # What libsecret's own client finds in the keyring: one item, under the service and the
    # account the README names, labelled for a person reading the keyring, holding the password.
    search = login.secret_tool("search", "--all", "service", SERVICE)
    assert search.returncode == 0, search.stderr
    kept = [
        {k: v for k, v in item.items() if k not in {"created", "modified"}}
        for item in items(search)
    ]
    assert kept == [
        {
            "label": f"Password for '{who}' on '{SERVICE}'",
            "secret": password,
            "schema": "org.freedesktop.Secret.Generic",
        }
    ]
    assert attributes(search) == {
        "application": "Python keyring library",
        "service": SERVICE,
        "username": who,
    }
    lookup = login.secret_tool("lookup", "service", SERVICE, "username", who)
    assert (lookup.returncode, lookup.stdout) == (0, password)

    # On disk: the settings remember the address only; the keyring's file is encrypted, so the
    # password is in no file of the person's at all (settings, laptop database, keyrings).
    settings = login.home / ".config" / "MHESI" / "BRST Desktop.ini"
    assert f"{name}" in settings.read_text(encoding="utf-8")
    assert list((login.home / ".local" / "share" / "keyrings").glob("*.keyring"))
    assert _files_holding(login.home, password) == []

    # Next start (a new login: the daemon reads the keyring from its file): signed in from the
    # keyring, nothing asked.
    again = _window(login, "start", password)
    assert again == {"boxes": [], "window": first["window"], "holders": []}

    # The command line reads it too; without the keyring's item nothing else could sign in.
    address = postgres_server.url(name, role)
    listed = login.run([BRST, "--db", address, "list"])
    assert listed.returncode == 0 and str(demo_id("trip")) in listed.stdout, listed.stderr
    cleared = login.secret_tool("clear", "service", SERVICE, "username", who)
    assert cleared.returncode == 0, cleared.stderr
    refused = login.run([BRST, "--db", address, "list"])
    assert refused.returncode != 0
    assert f"The office server asks for a password for {who}" in refused.stderr


def test_only_this_session_keeps_nothing_and_one_kept_with_secret_tool_signs_the_program_in(
    login: SecretService, postgres_server: TestServer, server_database
) -> None:
    role, name, password = _office(postgres_server, server_database)
    folder = str(postgres_server.folder)
    who = f"{role}@{folder}:5432/{name}"
    address = postgres_server.url(name, role)

    # "Only this session": signed in, and nothing in the keyring
    once = _window(login, "connect-once", password, folder, name, role)
    assert len(once["boxes"]) == 1 and once["boxes"][0].startswith("Keep the password for")
    assert once["window"]["on_server"] and once["holders"] == []
    nothing = login.secret_tool("search", "--all", "service", SERVICE)
    assert items(nothing) == [], nothing.stdout
    refused = login.run([BRST, "--db", address, "list"])
    assert f"The office server asks for a password for {who}" in refused.stderr, refused.stderr

    # kept with secret-tool as the README tells staff: the program signs in with it
    stored = login.secret_tool(
        "store", f"--label={SERVICE}", "service", SERVICE, "username", who, stdin=password
    )
    assert stored.returncode == 0, stored.stderr
    listed = login.run([BRST, "--db", address, "list"])
    assert listed.returncode == 0 and str(demo_id("trip")) in listed.stdout, listed.stderr

    # a wrong password in the keyring: the server's refusal in one sentence, nothing else tried
    wrong = login.secret_tool(
        "store", f"--label={SERVICE}", "service", SERVICE, "username", who, stdin="not it"
    )
    assert wrong.returncode == 0, wrong.stderr
    refused = login.run([BRST, "--db", address, "list"])
    assert refused.returncode != 0
    assert f"The office server refused {who}" in refused.stderr, refused.stderr
    assert _files_holding(login.home, password) == []
