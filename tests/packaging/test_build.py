"""The release build runs on a laptop with no Python, no project checkout and no network.

The application is built with ``packaging/build.py`` (CI always builds afresh; on a developer's
machine a build whose inputs have not changed is reused), the release archive is unpacked into a
temporary folder, and the program in it is run with a bare environment: no PYTHONPATH, a PATH
with no virtual environment, HOME an empty folder, Qt offscreen. Every run is traced with strace:
the program must create no network socket (AF_INET, AF_INET6, packet...) and open no file from
the source checkout, the virtual environment or the interpreter that built it.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT, release

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux release build is tested here"),
]

# Socket families that stay on the machine: local IPC (D-Bus, X11) and kernel netlink queries.
_LOCAL_FAMILIES = {"AF_UNIX", "AF_LOCAL", "AF_NETLINK"}
_SOCKET_CALL = re.compile(r"\b(socket|socketpair)\((?P<family>AF_\w+|\d+)")
_CONNECT_CALL = re.compile(r"\bconnect\(\d+, \{sa_family=(?P<family>AF_\w+|\d+)")
_OPEN_CALL = re.compile(r'\b(?:open|openat|execve)\((?:[^"]*?)"(?P<path>[^"]*)"')


def network_calls(trace: str) -> list[str]:
    """The strace lines that create or connect a socket of a non-local family."""
    found = []
    for line in trace.splitlines():
        for pattern in (_SOCKET_CALL, _CONNECT_CALL):
            match = pattern.search(line)
            if match and match.group("family") not in _LOCAL_FAMILIES:
                found.append(line.strip())
    return found


def opened_paths(trace: str) -> set[str]:
    """Files the traced program actually opened or executed (failed look-ups do not count).

    The dynamic loader probes a library's RUNPATH, which for libpython still names the build
    interpreter's folder; those probes fail with ENOENT on a laptop and read nothing.
    """
    paths = set()
    for line in trace.splitlines():
        match = _OPEN_CALL.search(line)
        if match and not re.search(r"\) = -1 ", line):
            paths.add(match.group("path"))
    return paths


@dataclass
class Traced:
    returncode: int
    stdout: str
    stderr: str
    trace: str


def strace() -> str:
    path = shutil.which("strace")
    if path is None:
        pytest.fail(
            "strace is needed to prove the program opens no network connection "
            "(Debian package: strace)"
        )
    return path


def run_traced(
    command: Sequence[str | Path], cwd: Path, env: dict[str, str], trace_file: Path
) -> Traced:
    completed = subprocess.run(
        [
            strace(),
            "-f",  # follow every thread and child process
            "-qq",
            "-e",
            "signal=none",
            "-e",
            "trace=socket,socketpair,connect,open,openat,execve",
            "-o",
            str(trace_file),
            *map(str, command),
        ],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return Traced(
        completed.returncode,
        completed.stdout,
        completed.stderr,
        trace_file.read_text(encoding="utf-8", errors="replace"),
    )


@pytest.fixture(scope="session")
def release_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The release archive built from this checkout, unpacked where no source is near."""
    out = release.finish()  # started when the tests were collected (tests/helpers/release.py)
    archives = sorted((out / "dist").glob("brst-desktop-*-linux-*.tar.gz"))
    assert len(archives) == 1, f"expected one release archive, found {archives}"
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archives[0]) as archive:
        archive.extractall(target, filter="tar")
    (folder,) = target.iterdir()
    return folder


@pytest.fixture
def bare_env(tmp_path: Path) -> dict[str, str]:
    """What a fresh laptop account offers: no Python variables, no venv, an empty home."""
    home = tmp_path / "home"
    home.mkdir()
    temp = tmp_path / "tmp"
    temp.mkdir()
    path = os.pathsep.join(p for p in ("/usr/local/bin", "/usr/bin", "/bin") if "venv" not in p)
    return {
        "HOME": str(home),
        "PATH": path,
        "LANG": "C.UTF-8",
        "TMPDIR": str(temp),
        "QT_QPA_PLATFORM": "offscreen",
    }


def forbidden_reads(trace: str) -> list[str]:
    """Files the program opened from the checkout, the venv or the build interpreter."""
    roots = [
        REPO_ROOT,
        Path(sys.prefix).resolve(),
        Path(sys.base_prefix).resolve(),
    ]
    bad = []
    for opened in opened_paths(trace):
        path = Path(opened)
        if not path.is_absolute():
            continue
        if any(path == root or root in path.parents for root in roots):
            bad.append(opened)
    return sorted(bad)


def assert_offline_and_self_contained(result: Traced) -> None:
    assert result.returncode == 0, result.stderr
    assert "brst-desktop" in result.trace, "strace recorded nothing: the check would be empty"
    assert network_calls(result.trace) == []
    assert forbidden_reads(result.trace) == []


def test_the_detector_sees_network_sockets(tmp_path: Path, bare_env: dict[str, str]) -> None:
    """The strace check can fail: a program that makes an internet socket is caught."""
    script = (
        "import socket\n"
        "socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()\n"
        "socket.socket(socket.AF_INET6, socket.SOCK_STREAM).close()\n"
        "socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()\n"
    )
    result = run_traced([sys.executable, "-c", script], tmp_path, bare_env, tmp_path / "t.txt")
    assert result.returncode == 0, result.stderr
    found = network_calls(result.trace)
    assert len(found) == 2
    assert "AF_INET," in found[0] and "AF_INET6" in found[1]
    # ...and it notices a program read from the interpreter that built the application.
    assert forbidden_reads(result.trace)


def test_version_of_built_program(
    release_folder: Path, tmp_path: Path, bare_env: dict[str, str]
) -> None:
    from brst_desktop import __version__

    result = run_traced(
        [release_folder / "brst-desktop", "--version"], tmp_path, bare_env, tmp_path / "t.txt"
    )
    assert_offline_and_self_contained(result)
    assert result.stdout.strip() == f"brst-desktop {__version__}"
    assert release_folder.name == f"brst-desktop-{__version__}"


def test_built_program_draws_the_main_window(
    release_folder: Path, tmp_path: Path, bare_env: dict[str, str]
) -> None:
    from PIL import Image

    result = run_traced(
        [release_folder / "brst-desktop", "--demo", "--screenshot", "shot.png"],
        tmp_path,
        bare_env,
        tmp_path / "t.txt",
    )
    assert_offline_and_self_contained(result)
    with Image.open(tmp_path / "shot.png") as shot:
        assert shot.format == "PNG"
        assert shot.width >= 800 and shot.height >= 500
        # A window with text and a selection has many colours; a blank or black one has a few.
        colours = shot.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 50


def pdf_text(pdf: Path) -> str:
    """The PDF's text layer with runs of white space made single spaces."""
    pdftotext = shutil.which("pdftotext") or pytest.fail("pdftotext (poppler-utils) is missing")
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


def test_built_program_prints_the_demo_briefing_book(
    release_folder: Path, tmp_path: Path, bare_env: dict[str, str]
) -> None:
    """Fonts, demo data and the export code are all inside: Thai and Chinese names print."""
    result = run_traced(
        [release_folder / "brst-desktop", "--demo", "export", "-o", "book.pdf"],
        tmp_path,
        bare_env,
        tmp_path / "t.txt",
    )
    assert_offline_and_self_contained(result)
    book = tmp_path / "book.pdf"
    assert book.read_bytes().startswith(b"%PDF-")
    text = pdf_text(book)
    for name in ("阴和俊", "ศุภมาส", "หยิน เหอจวิ้น"):
        assert name in text
    # The fonts came from the build: the program opened the bundled Sarabun file.
    opened = opened_paths(result.trace)
    assert any(
        path.startswith(str(release_folder)) and path.endswith("Sarabun-Regular.ttf")
        for path in opened
    )


def test_built_program_writes_the_phone_files_and_reads_names(
    release_folder: Path, tmp_path: Path, bare_env: dict[str, str]
) -> None:
    """pypinyin's dictionaries and the calendar and vCard libraries are inside."""
    program = release_folder / "brst-desktop"
    names = run_traced([program, "names", "--tsv", "阴和俊"], tmp_path, bare_env, tmp_path / "n")
    assert_offline_and_self_contained(names)
    assert names.stdout.split("\t")[1:4] == ["Yīn Héjùn", "Yin Hejun", "ยิน เหอจฺวิ้น"]
    for command, name in (("calendar", "trip.ics"), ("contacts", "trip.vcf")):
        result = run_traced(
            [program, "--demo", command, "-o", name], tmp_path, bare_env, tmp_path / command
        )
        assert_offline_and_self_contained(result)
    assert (tmp_path / "trip.ics").read_text(encoding="utf-8").count("BEGIN:VEVENT") == 12
    assert "NICKNAME:阴和俊" in (tmp_path / "trip.vcf").read_text(encoding="utf-8")


def test_built_program_opens_an_encrypted_database(
    release_folder: Path, tmp_path: Path, bare_env: dict[str, str]
) -> None:
    """SQLCipher's binary is inside: an encrypted copy of the demo trip prints its book."""
    from brst_desktop.core.crypto import is_encrypted
    from brst_desktop.core.demo import open_demo_database
    from brst_desktop.core.passphrase import change_passphrase

    database = open_demo_database(tmp_path / "source")
    assert database.path is not None
    plain = database.path
    database.close()
    encrypted = tmp_path / "secret.sqlite"
    shutil.copy2(plain, encrypted)
    change_passphrase(encrypted, None, "ช้าง Elephant 42")
    assert is_encrypted(encrypted)

    result = run_traced(
        [release_folder / "brst-desktop", "--db", str(encrypted), "export", "-o", "book.pdf"],
        tmp_path,
        {**bare_env, "BRST_PASSPHRASE": "ช้าง Elephant 42"},
        tmp_path / "t.txt",
    )

    assert_offline_and_self_contained(result)
    assert "阴和俊" in pdf_text(tmp_path / "book.pdf")


def test_built_program_reads_its_bundled_migrations(
    release_folder: Path, tmp_path: Path, bare_env: dict[str, str]
) -> None:
    """Alembic finds its scripts inside the build: a newer database is refused, untouched."""
    newer = tmp_path / "newer.sqlite"
    connection = sqlite3.connect(newer)
    with connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES ('ffff0000ffff')")
        connection.execute("CREATE TABLE trip (id TEXT)")
    connection.close()
    before = newer.read_bytes()

    result = run_traced(
        [release_folder / "brst-desktop", "--db", str(newer), "export", "-o", "book.pdf"],
        tmp_path,
        bare_env,
        tmp_path / "t.txt",
    )

    assert result.returncode == 2, result.stderr
    assert "written by a newer version of BRST Desktop" in result.stderr
    assert newer.read_bytes() == before
    assert not (tmp_path / "book.pdf").exists()
    assert network_calls(result.trace) == []
    assert forbidden_reads(result.trace) == []
    migrations = release_folder / "_internal" / "brst_desktop" / "core" / "migrations"
    assert any(
        path.startswith(str(migrations / "versions")) and path.endswith(".py")
        for path in opened_paths(result.trace)
    )


def test_every_bundled_library_finds_what_it_links(release_folder: Path) -> None:
    """No plugin or library of the build depends on a library that is neither inside nor basic.

    ``ldd`` runs with an empty environment, so only the folder itself (through the libraries'
    $ORIGIN run paths) and the system's standard places are searched. Wayland's client
    libraries are left to the system on purpose: every Wayland desktop has the ones matching
    its compositor. A miss here means the build machine lacked a library when PyInstaller ran
    (for example libxcb-icccm4 for the X11 platform plugin), so the X11 window would not open.
    """
    ldd = shutil.which("ldd") or pytest.fail("ldd (Debian package libc-bin) is missing")
    missing = {}
    for library in sorted(release_folder.rglob("*.so*")):
        if not library.is_file() or library.is_symlink():
            continue
        output = subprocess.run(
            [ldd, str(library)], capture_output=True, text=True, env={}, check=False
        ).stdout
        lost = [
            line.split("=>")[0].strip()
            for line in output.splitlines()
            if "not found" in line and "libwayland-" not in line
        ]
        if lost:
            missing[str(library.relative_to(release_folder))] = lost
    assert missing == {}
