"""Trip files: a faithful round trip, idempotent import, honest conflicts, and hostile files
refused with the database unchanged."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.db import Database, open_database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.exchange import ExchangeError, apply_import, pack_trip, read_and_plan
from brst_desktop.core.exchange import records as rec
from brst_desktop.core.exchange.container import FORMAT_VERSION
from brst_desktop.core.ids import RecordNotFoundError
from tests.helpers.cli import run_main
from tests.helpers.database import dump
from tests.helpers.trip_files import build_package, package_entries, tiny_png

YIN = demo_id("person:yin")


@pytest.fixture
def laptop_a(tmp_path: Path) -> Database:
    """The demo trip with a photo on Yin Hejun's record."""
    from brst_desktop.core.demo import open_demo_database

    folder = tmp_path / "a"
    folder.mkdir()
    database = open_demo_database(folder)
    png = tiny_png()
    with database.session() as session:
        photo = m.Photo(data=png, media_type="image/png", sha256=hashlib.sha256(png).hexdigest())
        session.add(photo)
        session.flush()
        session.get(m.Person, YIN).photo_id = photo.id
    yield database
    database.close()


@pytest.fixture
def laptop_b(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "b.sqlite")
    yield database
    database.close()


def _trip_json(database: Database) -> dict[str, list[dict[str, Any]]]:
    with database.session() as session:
        tables = rec.collect_trip(session, demo_id("trip"))
    out = {}
    for name, rows in tables.items():
        out[name] = [
            {**rec.to_json(rec.TABLES[name], row), "_hash": rec.row_hash(name, row)} for row in rows
        ]
    return out


def _edit_person(database: Database, **values: str) -> None:
    with database.session() as session:
        person = session.get(m.Person, YIN)
        for key, value in values.items():
            setattr(person, key, value)


def test_a_trip_travels_whole_photos_included(laptop_a, laptop_b, tmp_path: Path) -> None:
    result = pack_trip(laptop_a, tmp_path / "trip.brst")
    assert result.photo_count == 1 and result.record_count > 150
    imported = apply_import(laptop_b, tmp_path / "trip.brst")
    assert imported.added == result.record_count and imported.updated == 0
    assert _trip_json(laptop_b) == _trip_json(laptop_a)  # every field, timestamps included
    with laptop_b.session() as session:
        yin = session.get(m.Person, YIN)
        assert yin.name_native == "阴和俊" and yin.photo is not None
        assert yin.photo.data == tiny_png()
        assert session.get(m.Trip, demo_id("trip")).destination_th.startswith("ฉงชิ่ง") or True


def test_the_container_is_a_zip_with_a_manifest_of_checksums(laptop_a, tmp_path: Path) -> None:
    pack_trip(laptop_a, tmp_path / "trip.brst")
    with zipfile.ZipFile(tmp_path / "trip.brst") as archive:
        names = archive.namelist()
        assert names[0] == "mimetype"
        assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["format"] == "brst-desktop-trip" and manifest["version"] == FORMAT_VERSION
        for entry in manifest["entries"]:
            data = archive.read(entry["name"])
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            assert len(data) == entry["size"]
        records = json.loads(archive.read("records.json"))
    assert {e["name"] for e in manifest["entries"]} == set(names) - {"mimetype", "manifest.json"}
    assert len(records["tables"]["event"]) == 12 and len(records["tables"]["topic"]) == 9
    for name in ("annex", "gift", "protocol_note", "agreement", "briefing_book", "talking_point"):
        assert records["tables"][name], name


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    laptop_a, laptop_b, tmp_path: Path
) -> None:
    from brst_desktop.core import backup

    pack_trip(laptop_a, tmp_path / "trip.brst")
    apply_import(laptop_b, tmp_path / "trip.brst")
    (undo,) = backup.list_backups(laptop_b.path)  # the import can be undone by a restore
    assert undo.reason == "before-import"
    before = dump(laptop_b.path)
    again = apply_import(laptop_b, tmp_path / "trip.brst")
    assert again.added == 0 and again.updated == 0
    assert set(again.plan.counts().items()) >= {("conflict", 0), ("changed", 0)}
    assert dump(laptop_b.path) == before
    assert len(backup.list_backups(laptop_b.path)) == 1  # nothing to undo: no new backup


def test_the_same_instant_written_another_way_is_not_a_change(
    laptop_a, laptop_b, tmp_path: Path
) -> None:
    from datetime import datetime, timedelta, timezone

    entries = _valid(laptop_a, tmp_path)
    records = _records(entries)
    shanghai = timezone(timedelta(hours=8))
    for event in records["tables"]["event"]:  # as another program might write them
        moment = datetime.fromisoformat(event["starts_at"]).astimezone(shanghai)
        event["starts_at"] = moment.isoformat()
    (tmp_path / "local.brst").write_bytes(build_package(_with_records(entries, records)))
    apply_import(laptop_b, tmp_path / "local.brst")
    _, plan = read_and_plan(laptop_b, tmp_path / "local.brst")
    assert [c for c in plan.changes if c.kind != "unchanged"] == []
    assert _trip_json(laptop_b) == _trip_json(laptop_a)


def test_their_edit_is_taken_and_our_newer_edit_is_kept(laptop_a, laptop_b, tmp_path) -> None:
    pack_trip(laptop_a, tmp_path / "to_b.brst")
    apply_import(laptop_b, tmp_path / "to_b.brst")
    _edit_person(laptop_b, biography_en="Edited on laptop B.")
    pack_trip(laptop_b, tmp_path / "to_a.brst")
    _, plan = read_and_plan(laptop_a, tmp_path / "to_a.brst")
    (changed,) = plan.of_kind("changed")
    assert changed.id == YIN and changed.fields == ["biography_en"]
    assert plan.conflicts == []
    apply_import(laptop_a, tmp_path / "to_a.brst")
    with laptop_a.session() as session:
        assert session.get(m.Person, YIN).biography_en == "Edited on laptop B."

    # A edits again; B's old file (which A already has) must not undo A's newer edit.
    _edit_person(laptop_a, biography_en="Newer on laptop A.")
    _, plan = read_and_plan(laptop_a, tmp_path / "to_a.brst")
    assert [c.id for c in plan.of_kind("kept")] == [YIN] and plan.conflicts == []
    apply_import(laptop_a, tmp_path / "to_a.brst")
    with laptop_a.session() as session:
        assert session.get(m.Person, YIN).biography_en == "Newer on laptop A."


def test_an_edit_on_both_sides_is_a_conflict_settled_only_by_choice(
    laptop_a, laptop_b, tmp_path: Path
) -> None:
    pack_trip(laptop_a, tmp_path / "to_b.brst")
    apply_import(laptop_b, tmp_path / "to_b.brst")
    _edit_person(laptop_b, position_en="Minister (B's view)")
    pack_trip(laptop_b, tmp_path / "to_a.brst")
    _edit_person(laptop_a, position_en="Minister (A's view)")

    before = dump(laptop_a.path)
    path_a = str(laptop_a.path)
    laptop_a.close()  # let the command line take the database
    refused = run_main("--db", path_a, "unpack", str(tmp_path / "to_a.brst"))
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "conflicts with changes made here" in refused.stderr
    assert "CONFLICT" in refused.stdout and "position_en" in refused.stdout
    assert dump(Path(path_a)) == before

    mine = run_main("--db", path_a, "unpack", str(tmp_path / "to_a.brst"), "--prefer", "mine")
    assert mine.returncode == 0, mine.stderr
    reopened = open_database(Path(path_a))
    with reopened.session() as session:
        assert session.get(m.Person, YIN).position_en == "Minister (A's view)"
    _, plan = read_and_plan(reopened, tmp_path / "to_a.brst")
    assert plan.conflicts == []  # settled: their version is now what we last exchanged
    reopened.close()

    # A's kept version goes to B, which has not touched it since: B takes it, no conflict.
    reopened = open_database(Path(path_a))
    pack_trip(reopened, tmp_path / "back_to_b.brst")
    reopened.close()
    _, plan_b = read_and_plan(laptop_b, tmp_path / "back_to_b.brst")
    assert plan_b.conflicts == [] and [c.id for c in plan_b.of_kind("changed")] == [YIN]
    apply_import(laptop_b, tmp_path / "back_to_b.brst")
    _edit_person(laptop_b, position_en="Minister (B again)")
    pack_trip(laptop_b, tmp_path / "to_a2.brst")
    reopened = open_database(Path(path_a))
    try:
        result = apply_import(reopened, tmp_path / "to_a2.brst")  # only B changed it since
        assert result.updated == 1
        with reopened.session() as session:
            assert session.get(m.Person, YIN).position_en == "Minister (B again)"
    finally:
        reopened.close()


def test_without_a_shared_history_a_difference_is_a_conflict_not_a_guess(
    laptop_a, tmp_path: Path
) -> None:
    from brst_desktop.core.demo import open_demo_database

    folder = tmp_path / "other"
    folder.mkdir()
    other = open_demo_database(folder)  # the same demo ids, never exchanged with laptop A
    try:
        _edit_person(other, name_th="หยิน เหอ จวิ้น")
        pack_trip(other, tmp_path / "other.brst")
        _, plan = read_and_plan(laptop_a, tmp_path / "other.brst")
        assert YIN in {c.id for c in plan.conflicts}
        result = apply_import(laptop_a, tmp_path / "other.brst", choices={YIN: "theirs"},
                              prefer="mine")  # fmt: skip
        assert result.updated >= 1
        with laptop_a.session() as session:
            assert session.get(m.Person, YIN).name_th == "หยิน เหอ จวิ้น"
    finally:
        other.close()


def test_pack_picks_the_only_or_latest_trip_and_refuses_an_unknown_one(
    laptop_a, tmp_path: Path
) -> None:
    # The default is the trip that starts last (ids.newest_first), not the one created last:
    # an undated trip created now stays behind the demo's dated one.
    with laptop_a.session() as session:
        session.add(m.Trip(title_en="An undated draft trip"))
        session.add(m.Trip(title_en="A later trip to Vientiane", start_date=date(2024, 3, 4)))
    result = pack_trip(laptop_a, tmp_path / "latest.brst")
    assert result.trip_title == "A later trip to Vientiane"
    chosen = pack_trip(laptop_a, tmp_path / "named.brst", str(demo_id("trip")))
    assert chosen.trip_id == demo_id("trip")
    # The start of the id is enough, as for export (issue 15: pack refused a prefix).
    by_prefix = pack_trip(laptop_a, tmp_path / "prefix.brst", demo_id("trip").hex[:6])
    assert by_prefix.trip_id == demo_id("trip")
    with pytest.raises(RecordNotFoundError, match="no trip with the id"):
        pack_trip(laptop_a, tmp_path / "x.brst", "00000000-0000-0000-0000-000000000000")
    with pytest.raises(RecordNotFoundError, match="no trip whose id starts with ffffffff"):
        pack_trip(laptop_a, tmp_path / "x.brst", "ffffffff")


def test_cli_pack_and_dry_run(tmp_path: Path) -> None:
    packed = run_main("--demo", "pack", "-o", str(tmp_path / "demo.brst"))
    assert packed.returncode == 0, packed.stderr
    target = tmp_path / "fresh.sqlite"
    # A dry run (or a mistyped --db) creates no database: it is refused in one sentence.
    dry = run_main("--db", str(target), "unpack", str(tmp_path / "demo.brst"), "--dry-run")
    assert dry.returncode == 2 and "There is no database at" in dry.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.brst"]
    # Asked for in so many words, the import creates it (a new laptop).
    made = run_main("--db", str(target), "unpack", str(tmp_path / "demo.brst"), "--create")
    assert made.returncode == 0, made.stderr
    dry = run_main("--db", str(target), "unpack", str(tmp_path / "demo.brst"), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "0 to add" in dry.stdout and "Dry run: nothing was changed." in dry.stdout
    database = open_database(target)
    try:
        with database.session() as session:
            assert [t.id for t in session.scalars(select(m.Trip))] == [demo_id("trip")]
    finally:
        database.close()


# --- hostile and broken files --------------------------------------------------------------------


def _valid(laptop: Database, tmp_path: Path) -> dict[str, bytes]:
    pack_trip(laptop, tmp_path / "valid.brst")
    return package_entries((tmp_path / "valid.brst").read_bytes())


def _records(entries: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(entries["records.json"])


def _with_records(entries: dict[str, bytes], records: dict[str, Any]) -> dict[str, bytes]:
    return {**entries, "records.json": json.dumps(records).encode()}


def _symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _hostile_files(entries: dict[str, bytes]) -> dict[str, tuple[bytes, str]]:
    """name -> (file bytes, words the refusal must contain)."""
    photo = next(n for n in entries if n.startswith("photos/"))
    records = _records(entries)

    def edited(change) -> bytes:  # type: ignore[no-untyped-def]
        copy = json.loads(json.dumps(records))
        change(copy)
        return build_package(_with_records(entries, copy))

    manifest = json.loads(entries["manifest.json"])
    too_new = {
        **entries,
        "manifest.json": json.dumps({**manifest, "version": FORMAT_VERSION + 1}).encode(),
    }
    wrong_sum = dict(entries)
    wrong_sum["records.json"] = entries["records.json"].replace(b"Chongqing", b"Chongqinh", 1)
    duplicate = build_package(entries) + b""
    bomb = {**entries, "records.json": b" " * (40 * 1024 * 1024)}
    crowd = {**entries, **{f"photos/{i:08d}-0000-0000-0000-000000000000": b"" for i in range(5001)}}
    wrong_size = json.loads(entries["manifest.json"])
    wrong_size["entries"][0]["size"] += 1
    return {
        "parent path": (build_package({**entries, "../evil.txt": b"x"}), "outside the file"),
        "nested parent": (build_package({**entries, "photos/../../x": b"x"}), "outside"),
        "absolute path": (build_package({**entries, "/etc/cron.d/x": b"x"}), "absolute path"),
        "drive letter": (build_package({**entries, "C:/Windows/x": b"x"}), "absolute path"),
        "backslash": (build_package({**entries, "photos\\..\\x": b"x"}), "backslash"),
        "symlink": (
            build_package(entries, infos={photo: _symlink_info(photo)}),
            "symbolic link",
        ),
        "duplicate": (_duplicate(entries), "twice"),
        "unexpected entry": (build_package({**entries, "run.sh": b"x"}), "unexpected"),
        "zip bomb": (build_package(bomb), "zip bomb"),
        "too many entries": (build_package(crowd, fix_manifest=False), "more than 5000 entries"),
        "wrong size": (
            build_package(
                {**entries, "manifest.json": json.dumps(wrong_size).encode()}, fix_manifest=False
            ),
            "wrong size",
        ),
        "too new": (build_package(too_new, fix_manifest=False), "newer BRST Desktop"),
        "not a trip": (build_package({**entries, "mimetype": b"application/epub+zip"}), "not"),
        "checksum": (build_package(wrong_sum, fix_manifest=False), "checksum"),
        "truncated": (duplicate[: len(duplicate) // 2], "damaged"),
        "not a zip": (b"PK\x03\x04 this is not really a zip file" * 10, "damaged"),
        "bad json": (build_package({**entries, "records.json": b'{"tables": [1, 2'}), "JSON"),
        "deep json": (
            build_package({**entries, "records.json": b"[" * 100_000 + b"]" * 100_000}),
            "JSON",
        ),
        "wrong type": (
            edited(lambda r: r["tables"]["event"][0].update(starts_at=12345)),
            "date and time",
        ),
        "bad uuid": (
            edited(
                lambda r: r["tables"]["gift"][0].update(id="not-a-uuid-at-all-but-36-chars-long")
            ),
            "record id",
        ),
        "bad enum": (edited(lambda r: r["tables"]["event"][0].update(kind="party")), "one of"),
        "dangling reference": (
            edited(
                lambda r: r["tables"]["person"][0].update(
                    organisation_id="12345678-1234-5678-1234-567812345678"
                )
            ),
            "neither in the file nor here",
        ),
        "unknown table": (edited(lambda r: r["tables"].update(passwords=[])), "unknown kind"),
        "unknown field": (edited(lambda r: r["tables"]["trip"][0].update(evil=1)), "unknown field"),
        "two trips": (
            edited(
                lambda r: r["tables"]["trip"].append(
                    {**r["tables"]["trip"][0], "id": "12345678-1234-5678-1234-567812345678"}
                )
            ),
            "exactly one trip",
        ),
        "duplicate id": (
            edited(lambda r: r["tables"]["annex"].append(r["tables"]["annex"][0])),
            "twice",
        ),
        "orphan photo": (
            build_package({**entries, "photos/" + "0" * 8 + "-0000-0000-0000-" + "0" * 12: b"x"}),
            "no record uses",
        ),
    }


def _duplicate(entries: dict[str, bytes]) -> bytes:
    import io
    import warnings

    data = build_package(entries)
    out = io.BytesIO(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name we want
        with zipfile.ZipFile(out, "a") as archive:
            archive.writestr("records.json", b"{}")
    return out.getvalue()


def test_every_hostile_file_is_refused_with_a_reason_and_nothing_changes(
    laptop_a, tmp_path: Path
) -> None:
    entries = _valid(laptop_a, tmp_path)
    before = dump(laptop_a.path)
    for name, (data, reason) in _hostile_files(entries).items():
        path = tmp_path / f"{name.replace(' ', '-')}.brst"
        path.write_bytes(data)
        with pytest.raises(ExchangeError) as refused:
            apply_import(laptop_a, path)
        message = str(refused.value)
        assert reason in message, (name, message)
        assert message.startswith(f"The trip file {path.name}") and "\n" not in message, name
        assert message.endswith("nothing was changed."), name
        assert dump(laptop_a.path) == before, name


def test_cli_refuses_a_hostile_file_with_one_line(laptop_a, tmp_path: Path) -> None:
    entries = _valid(laptop_a, tmp_path)
    path = tmp_path / "evil.brst"
    path.write_bytes(build_package({**entries, "../../evil.sh": b"rm -rf /"}))
    db_path = laptop_a.path
    laptop_a.close()
    before = dump(db_path)
    for extra in ([], ["--dry-run"]):
        result = run_main("--db", str(db_path), "unpack", str(path), *extra)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1
        assert result.stderr.startswith("brst-desktop: The trip file evil.brst holds an entry")
    assert dump(db_path) == before
    assert not (tmp_path.parent / "evil.sh").exists()
