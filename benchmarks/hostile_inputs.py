"""Figures for hostile files and crashes (issue 15): the memory a decompression-bomb photo costs
on each way in, and what killed backups leave before and after the next start.

Run: .venv/bin/python benchmarks/hostile_inputs.py [KILLS] [PEOPLE]

Each measurement runs in a fresh interpreter and reports its peak resident memory, so one
figure cannot inherit another's. KILLS (default 40) backups of a database with PEOPLE extra
people (default 20 000, about 50 MB) are killed once the copy is whole, as a power cut would.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers.trip_files import png_bomb  # noqa: E402

PEAK = "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)"

#: Export of the demo book with the photo given stored on Yin Hejun, as an older version
#: (which checked nothing) would have stored it.
EXPORT = textwrap.dedent(
    """
    import hashlib, sys
    from pathlib import Path
    from brst_desktop.core import models as m
    from brst_desktop.core.demo import demo_id, open_demo_database
    from brst_desktop.export import export_book
    folder = Path(sys.argv[1]); data = Path(sys.argv[2]).read_bytes()
    db = open_demo_database(folder)
    if data:
        with db.session() as s:
            photo = m.Photo(data=data, media_type="image/png",
                            sha256=hashlib.sha256(data).hexdigest())
            s.add(photo); s.flush()
            s.get(m.Person, demo_id("person:yin")).photo_id = photo.id
    result = export_book(db, demo_id("book"), folder / "book.pdf", record_edition=False)
    print(result.pages, "pages;", len(result.warnings), "warnings")
    """
)

#: Choosing the picture as a person's photo (the window's Choose photo...).
CHOOSE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from brst_desktop.core.demo import demo_id, open_demo_database
    from brst_desktop.core.services import people
    from brst_desktop.errors import UserError
    db = open_demo_database(Path(sys.argv[1]))
    try:
        people.set_photo(db, demo_id("person:yin"), Path(sys.argv[2]).read_bytes(), "bomb.png")
        print("stored")
    except UserError as refused:
        print("refused:", refused)
    """
)

#: Importing a trip file that carries the picture as a photo.
IMPORT = textwrap.dedent(
    """
    import hashlib, json, sys
    from pathlib import Path
    from brst_desktop.core import models as m
    from brst_desktop.core.db import open_database
    from brst_desktop.core.demo import demo_id, open_demo_database
    from brst_desktop.core.exchange import apply_import, pack_trip
    from brst_desktop.errors import UserError
    from tests.helpers.trip_files import build_package, package_entries, tiny_png
    folder = Path(sys.argv[1]); data = Path(sys.argv[2]).read_bytes()
    (folder / "a").mkdir()
    source = open_demo_database(folder / "a")
    png = tiny_png()
    with source.session() as s:
        photo = m.Photo(data=png, media_type="image/png", sha256=hashlib.sha256(png).hexdigest())
        s.add(photo); s.flush()
        s.get(m.Person, demo_id("person:yin")).photo_id = photo.id
    pack_trip(source, folder / "valid.brst")
    entries = package_entries((folder / "valid.brst").read_bytes())
    records = json.loads(entries["records.json"])
    records["tables"]["photo"][0]["sha256"] = hashlib.sha256(data).hexdigest()
    name = next(n for n in entries if n.startswith("photos/"))
    hostile = {**entries, name: data, "records.json": json.dumps(records).encode()}
    (folder / "bomb.brst").write_bytes(build_package(hostile))
    target = open_database(folder / "b.sqlite")
    try:
        apply_import(target, folder / "bomb.brst")
        print("imported")
    except UserError as refused:
        print("refused:", refused)
    """
)

KILLED_BACKUP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from brst_desktop.core import backup, crypto, files
    db = Path(sys.argv[1])
    target = backup.backup_folder(db) / "big-20240101T000000000000Z-manual.sqlite"
    target.parent.mkdir(exist_ok=True)
    with files.temporary_beside(target) as temporary:
        source = crypto.connect(db, None, read_only=True)
        copy = crypto.connect(temporary, None)
        source.backup(copy)
        print("copied", flush=True)
        time.sleep(60)
    """
)


def run(script: str, *args: str) -> tuple[str, int]:
    """The script's last line of output and its peak resident memory in MB."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script + "\n" + PEAK, *args],
        capture_output=True, text=True, env=env, timeout=900,
    )  # fmt: skip
    if done.returncode != 0:
        return f"failed: {done.stderr.strip().splitlines()[-1]}", 0
    lines = done.stdout.strip().splitlines()
    return lines[-2][:110], int(lines[-1])


def photos(work: Path) -> None:
    bomb = work / "bomb.png"
    bomb.write_bytes(png_bomb(9_000, 9_000))
    empty = work / "none.png"
    empty.write_bytes(b"")
    size_kb = bomb.stat().st_size // 1024
    print(f"photo: a {size_kb} KB PNG of 9000 x 9000 RGBA pixels (81 megapixels, 324 MB decoded)")
    for label, script, picture in (
        ("export, no photo added (baseline)", EXPORT, empty),
        ("export, the bomb stored on a person", EXPORT, bomb),
        ("choosing it as a photo", CHOOSE, bomb),
        ("importing a trip file carrying it", IMPORT, bomb),
    ):
        folder = Path(tempfile.mkdtemp(dir=work))
        said, peak = run(script, str(folder), str(picture))
        print(f"  {label}: peak {peak} MB  ({said})")


def debris(work: Path, kills: int, people: int) -> None:
    import uuid

    from brst_desktop.core import models as m
    from brst_desktop.core.db import open_database

    path = work / "big.sqlite"
    database = open_database(path, backups=False)
    with database.session() as session:
        for index in range(people):
            biography = "A long career in science policy. " * 60
            session.add(m.Person(id=uuid.uuid4(), name_en=f"P{index}", biography_en=biography))
    database.close()
    size_mb = path.stat().st_size / 2**20
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BRST_SCRATCH": str(work / "scratch")}
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", KILLED_BACKUP, str(path)],
            stdout=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert child.stdout is not None and child.stdout.readline().strip() == "copied"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()

    def left() -> tuple[int, int]:
        found = [p for p in work.rglob("*") if p.is_file() and ".tmp" in p.name]
        return len(found), sum(p.stat().st_size for p in found)

    count, total = left()
    print(
        f"debris: {kills} backups of a {size_mb:.0f} MB database killed once their copy was whole"
    )
    print(f"  left behind: {count} files, {total / 2**20:.0f} MB")
    started = subprocess.run(
        [sys.executable, "-m", "brst_desktop", "--db", str(path), "backup", "--list"],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    count, total = left()
    print(f"  after the next start ('backup --list', exit {started.returncode}): {count} files,"
          f" {total / 2**20:.0f} MB")  # fmt: skip
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    print(f"  the database itself: {path.stat().st_size / 2**20:.0f} MB, sha256 {digest}...")


def main() -> None:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    people = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    work = Path(tempfile.mkdtemp(prefix="brst-hostile-"))
    photos(work)
    debris(work, kills, people)


if __name__ == "__main__":
    main()
