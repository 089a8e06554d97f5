"""Build BRST Desktop as an application that needs no Python: ``python packaging/build.py``.

Run it with the project's environment and the ``build`` dependency group, for example::

    python3 -m uv sync --group build
    python3 -m uv run --group build python packaging/build.py

It runs PyInstaller on ``packaging/brst-desktop.spec`` and leaves the one-folder application in
``dist/brst-desktop/`` (on macOS also ``dist/BRST Desktop.app``). On Linux it then adds the desktop
entry, AppStream metadata and icons, and packs ``dist/brst-desktop-<version>-linux-x86_64.tar.gz``,
the release artefact. ``--if-stale`` skips PyInstaller when nothing the build reads has changed
since the last build (the packaging test uses it on developers' machines; CI always builds).
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "brst-desktop.spec"
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"

#: what the build reads: a change in any of these makes a previous build stale
_INPUTS = ("brst_desktop", "resources", "packaging", "pyproject.toml", "uv.lock")


def version() -> str:
    text = (ROOT / "brst_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise SystemExit("build: brst_desktop/__init__.py has no __version__")
    return match.group(1)


@dataclass(frozen=True)
class Places:
    """Where a build puts its work (``build``) and its results (``dist``)."""

    dist: Path
    build: Path

    @classmethod
    def under(cls, folder: Path) -> Places:
        return cls(folder / "dist", folder / "build")

    @property
    def work(self) -> Path:
        return self.build / "pyinstaller"

    @property
    def stamp(self) -> Path:
        return self.build / "inputs.sha256"

    @property
    def app_dir(self) -> Path:
        return self.dist / "brst-desktop"

    def executable(self) -> Path:
        """The built program inside the one-folder application."""
        return self.app_dir / ("brst-desktop.exe" if sys.platform == "win32" else "brst-desktop")

    def archive_path(self) -> Path:
        machine = platform.machine().lower().replace("amd64", "x86_64")
        return self.dist / f"brst-desktop-{version()}-linux-{machine}.tar.gz"


#: a developer's build: build/ and dist/ in the checkout
CHECKOUT = Places.under(ROOT)


def inputs_digest() -> str:
    """Digest of every file the build reads, and of the interpreter that builds it."""
    digest = hashlib.sha256(sys.version.encode())
    for name in _INPUTS:
        top = ROOT / name
        files = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def is_up_to_date(places: Places, digest: str) -> bool:
    return (
        places.executable().is_file()
        and places.stamp.is_file()
        and places.stamp.read_text().strip() == digest
        and (sys.platform != "linux" or places.archive_path().is_file())
    )


def run_pyinstaller(places: Places) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            "build: PyInstaller is missing; run `python3 -m uv sync --group build` and build "
            "with `python3 -m uv run --group build python packaging/build.py`."
        ) from None
    # A stale stamp must not survive a failed build.
    places.stamp.unlink(missing_ok=True)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(places.dist),
        "--workpath",
        str(places.work),
        str(SPEC),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


_WARNING = re.compile(
    r"^(?P<kind>missing|excluded) module named (?P<module>\S+) - imported by (?P<by>.*)$"
)
_IMPORTER = re.compile(r"(?P<name>[\w.]+) \((?P<how>[^)]*)\)")


def application_import_problems(warnings: str) -> list[str]:
    """Imports of BRST Desktop's own code that the build cannot satisfy, from PyInstaller's
    warn file: a module the spec excludes (say PySide6.QtNetwork, once someone uses it), or one
    missing altogether that is imported unconditionally. Platform-specific imports inside a
    function or an ``if`` (msvcrt on Linux) are fine.
    """
    problems = []
    for line in warnings.splitlines():
        match = _WARNING.match(line.strip())
        if match is None:
            continue
        for importer in _IMPORTER.finditer(match.group("by")):
            if not importer.group("name").startswith("brst_desktop"):
                continue
            how = importer.group("how")
            if match.group("kind") == "excluded" or how == "top-level":
                problems.append(
                    f"{importer.group('name')} imports {match.group('module')} ({how}), which"
                    f" the build {'excludes' if match.group('kind') == 'excluded' else 'lacks'}"
                )
    return problems


def check_application_imports(places: Places) -> None:
    warn_file = places.work / "brst-desktop" / "warn-brst-desktop.txt"
    problems = application_import_problems(warn_file.read_text(encoding="utf-8"))
    if problems:
        raise SystemExit(
            "build: the application needs modules the build leaves out; include them in"
            " packaging/brst-desktop.spec (excludes, hiddenimports):\n  " + "\n  ".join(problems)
        )


def add_linux_desktop_files(places: Places) -> None:
    """Desktop entry, AppStream metadata and icons inside the folder, with an installer script."""
    share = places.app_dir / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / "th.go.mhesi.BRSTDesktop.desktop", share / "applications")
    metainfo = (LINUX / "th.go.mhesi.BRSTDesktop.metainfo.xml").read_text(encoding="utf-8")
    today = datetime.date.today().isoformat()
    metainfo = metainfo.replace("@VERSION@", version()).replace("@DATE@", today)
    (share / "metainfo" / "th.go.mhesi.BRSTDesktop.metainfo.xml").write_text(
        metainfo, encoding="utf-8"
    )
    for png in sorted(ICONS.glob("brst-desktop-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / "th.go.mhesi.BRSTDesktop.png")
    target = share / "icons" / "hicolor" / "scalable" / "apps"
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICONS / "brst-desktop.svg", target / "th.go.mhesi.BRSTDesktop.svg")
    installer = places.app_dir / "install-desktop-entry.sh"
    shutil.copy2(LINUX / "install-desktop-entry.sh", installer)
    installer.chmod(0o755)


def make_archive(places: Places) -> Path:
    """tar.gz of the one-folder build; it unpacks into ``brst-desktop-<version>/``."""
    target = places.archive_path()
    partial = target.with_name(target.name + ".part")
    top = f"brst-desktop-{version()}"
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        archive.add(places.app_dir, arcname=top)
    os.replace(partial, target)
    return target


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--if-stale",
        action="store_true",
        help="do nothing when the last build is newer than every file it reads",
    )
    parser.add_argument("--no-archive", action="store_true", help="skip the Linux tar.gz")
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FOLDER",
        help="build in FOLDER/build and put the results in FOLDER/dist (default: the checkout's"
        " build/ and dist/)",
    )
    args = parser.parse_args(argv)
    places = Places.under(args.out.resolve()) if args.out is not None else CHECKOUT

    digest = inputs_digest()
    if args.if_stale and is_up_to_date(places, digest):
        print(f"build: {places.executable()} is up to date")
        return 0
    started = time.perf_counter()
    run_pyinstaller(places)
    check_application_imports(places)
    pyinstaller_seconds = time.perf_counter() - started
    archive = None
    if sys.platform == "linux":
        add_linux_desktop_files(places)
        if not args.no_archive:
            archive = make_archive(places)
    places.stamp.parent.mkdir(parents=True, exist_ok=True)
    places.stamp.write_text(digest + "\n")
    total = time.perf_counter() - started
    print(f"build: {places.executable()}")
    print(f"build: one-folder size {folder_size(places.app_dir) / 1e6:.1f} MB")
    if archive is not None:
        size = archive.stat().st_size / 1e6
        print(f"build: archive {archive} ({size:.1f} MB)")
    print(f"build: PyInstaller {pyinstaller_seconds:.0f} s, total {total:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
