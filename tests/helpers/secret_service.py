"""A real freedesktop Secret Service for tests: GNOME Keyring's daemon on a private D-Bus
session bus, with its keyrings in a folder of the test's own.

Every :meth:`SecretService.run` is one login: ``dbus-run-session`` starts a new session bus,
``gnome-keyring-daemon --unlock`` opens (or, the first time, creates) the login keyring in
``home`` with the login password, the command runs against it, and when the command ends the bus
and the daemon go with it. What was kept stays in ``home``'s keyring file for the next run, as on
a laptop that is switched off and on. No display, no desktop and nothing of the real user's
(HOME, XDG folders, D-Bus address and keyring settings all point into ``home``), so it works as
root in CI. Debian packages: gnome-keyring, dbus-daemon (dbus-run-session) and libsecret-tools
(secret-tool, a second client of the same service, written by others than the ``keyring``
package the program uses).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: What `.ci/run` installs for these tests, as a sentence can name it.
PACKAGES = "gnome-keyring dbus-daemon libsecret-tools"
COMMANDS = ("dbus-run-session", "gnome-keyring-daemon", "secret-tool")
#: The exit status of a run whose keyring daemon did not start (never the command's own).
DAEMON_FAILED = 97

# Unlock (or create) the login keyring with the password on stdin, then become the command,
# its stderr in a file of its own: the bus daemon writes to the stderr it was given whenever it
# likes, and would cut into the command's lines.
_LOGIN = """\
printf %s "$BRST_TEST_KEYRING_LOGIN" | gnome-keyring-daemon --unlock --components=secrets \
  >/dev/null || { echo "gnome-keyring-daemon did not start" >&2; exit 97; }
unset BRST_TEST_KEYRING_LOGIN
exec "$@" 2>"$BRST_TEST_STDERR"
"""


def missing_commands() -> list[str]:
    return [command for command in COMMANDS if shutil.which(command) is None]


@dataclass
class SecretService:
    """The keyrings of one person in ``home``; :meth:`run` runs a command logged in there."""

    home: Path
    login_password: str = "login keyring"

    __test__ = False

    def environment(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """This process's environment with everything of the user's own pointed into
        ``home``: no real keyring, settings file, database or password file is reachable."""
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DBUS_", "XDG_", "PYTHON_KEYRING", "GNOME_KEYRING", "PG"))
            and key not in {"HOME", "DISPLAY", "WAYLAND_DISPLAY", "SSH_AUTH_SOCK"}
        }
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_STATE_HOME=str(self.home / ".local" / "state"),
            PGPASSFILE=str(self.home / "no-pgpass"),  # libpq finds no password of its own
            QT_QPA_PLATFORM="offscreen",
            PYTHONDONTWRITEBYTECODE="1",
        )
        env.update(extra or {})
        return env

    def run(
        self,
        command: list[str],
        *,
        stdin: str = "",
        env: dict[str, str] | None = None,
        timeout: float = 180,
    ) -> subprocess.CompletedProcess[str]:
        """``command`` in a new login (its own bus and keyring daemon); its stdout and stderr
        are captured (the bus's own chatter is not). Raises RuntimeError when the keyring daemon
        does not start."""
        self.home.mkdir(parents=True, exist_ok=True)
        # A short folder of its own: the daemon's control socket must fit a socket path (108).
        runtime = Path(tempfile.mkdtemp(prefix="brst-kr-"))
        try:
            runtime.chmod(0o700)
            environment = self.environment(env)
            environment["XDG_RUNTIME_DIR"] = str(runtime)
            environment["BRST_TEST_KEYRING_LOGIN"] = self.login_password
            errors = runtime / "stderr"
            environment["BRST_TEST_STDERR"] = str(errors)
            process = subprocess.Popen(
                ["dbus-run-session", "--", "sh", "-c", _LOGIN, "sh", *command],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=environment,
                cwd=self.home,
            )
            try:
                out, bus = process.communicate(stdin, timeout=timeout)
            except subprocess.TimeoutExpired:
                _end_login(runtime)
                out, bus = process.communicate()
                bus += f"\n(stopped after {timeout:.0f} s)"
            err = errors.read_text(encoding="utf-8") if errors.exists() else ""
            if process.returncode == DAEMON_FAILED and "did not start" in bus:
                raise RuntimeError(f"GNOME Keyring's daemon did not start: {bus.strip()}")
            if "stopped after" in bus:
                err += bus
            done = subprocess.CompletedProcess(process.args, process.returncode, out, err)
        finally:
            _end_login(runtime)  # the daemon leaves with its bus; if not, it goes now
            shutil.rmtree(runtime, ignore_errors=True)
        return done

    def secret_tool(self, *arguments: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        """libsecret's own client on this person's keyrings (``lookup``, ``search``, ``store``)."""
        return self.run(["secret-tool", *arguments], stdin=stdin)


def _end_login(runtime: Path) -> None:
    """Stop every process of one login (the bus, the keyring daemon, the command): those whose
    environment names its own runtime folder, a fresh temporary one, and no others."""
    mark = f"XDG_RUNTIME_DIR={runtime}\0".encode()
    for folder in Path("/proc").iterdir():
        if folder.name.isdigit() and int(folder.name) != os.getpid():
            try:
                if mark in (folder / "environ").read_bytes():
                    os.kill(int(folder.name), signal.SIGKILL)
            except OSError:  # gone already, or not ours
                continue


def items(search: subprocess.CompletedProcess[str]) -> list[dict[str, str]]:
    """``secret-tool search --all`` as one dictionary per item (label, secret, schema...).
    secret-tool writes an item's attributes to stderr, not with the item: see
    :func:`attributes`."""
    found: list[dict[str, str]] = []
    for line in search.stdout.splitlines():
        if line.startswith("[") and line.endswith("]"):
            found.append({})
        elif " = " in line and found:
            key, value = line.split(" = ", 1)
            found[-1][key] = value
    return found


def attributes(search: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """The attributes of the item a ``secret-tool search`` found (when it found one)."""
    pairs = [
        line.removeprefix("attribute.").split(" = ", 1)
        for line in search.stderr.splitlines()
        if line.startswith("attribute.") and " = " in line
    ]
    return dict(pairs)
