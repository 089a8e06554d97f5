"""Every prose field a book prints has a Thai and an English value (schema 0003, trip-file
format 2): older databases and older trip files are brought over without losing a word."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.bilingual import split_thai_english
from brst_desktop.core.db import open_database
from brst_desktop.core.exchange import former
from brst_desktop.core.exchange import records as rec
from brst_desktop.core.exchange.container import FORMAT_VERSION, Package, read_package
from brst_desktop.core.exchange.pack import pack_trip
from brst_desktop.core.exchange.unpack import apply_import, load_records

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(
    ("text", "thai", "english"),
    [
        (
            "ไม่รับประทานเนื้อหมู (ข้อมูลตัวอย่าง) / no pork (sample)",
            "ไม่รับประทานเนื้อหมู (ข้อมูลตัวอย่าง)",
            "no pork (sample)",
        ),
        ("สป.อว. / OPS MHESI", "สป.อว.", "OPS MHESI"),  # a slash inside the Thai is kept
        ("NARIT / สดร.", "สดร.", "NARIT"),  # English first
        ("ก / ข / English words", "ก / ข", "English words"),
        ("การประชุม (proton therapy) ที่ฉงชิ่ง", "การประชุม (proton therapy) ที่ฉงชิ่ง", ""),
        ("Director, NARIT", "", "Director, NARIT"),
        ("阴和俊", "阴和俊", "阴和俊"),  # neither language: the same in both
        ("ไทย / ภาษาไทย", "ไทย / ภาษาไทย", ""),  # no English after the slash: not split
        ("", "", ""),
    ],
)
def test_one_language_text_is_split_only_where_the_pattern_is_plain(
    text: str, thai: str, english: str
) -> None:
    assert split_thai_english(text) == (thai, english)


def _fixture_copy(tmp_path: Path, revision: str) -> Path:
    copy = tmp_path / f"schema-{revision}.sqlite"
    shutil.copy(FIXTURES / "db" / f"schema-{revision}.sqlite", copy)
    return copy


def test_upgrading_splits_the_old_fields_and_the_flights(tmp_path: Path) -> None:
    database = open_database(_fixture_copy(tmp_path, "0002"))
    try:
        with database.session() as session:
            people = {p.name_en: p for p in session.scalars(select(m.Person))}
            petchdao = people["Petchdao Tohmeena"]
            assert petchdao.dietary_needs_th == "ไม่รับประทานเนื้อหมู (ข้อมูลตัวอย่าง)"
            assert petchdao.dietary_needs_en == "no pork (sample)"
            yin = people["Yin Hejun"]
            assert yin.sensitivities_th == 'เรียกชื่อด้วยนามสกุล "หยิน" เสมอ'
            assert yin.sensitivities_en.startswith("Always address by the family name Yin")
            book = session.scalars(select(m.BriefingBook)).one()
            assert book.author_th == "กองการต่างประเทศ สำนักงานปลัดกระทรวง อว."
            assert book.author_en == "International Cooperation Division, MHESI"
            flights = {
                e.timezone: e
                for e in session.scalars(select(m.Event).where(m.Event.kind == m.EventKind.FLIGHT))
            }
            out, back = flights["Asia/Bangkok"], flights["Asia/Shanghai"]
            # the Chinese name goes with the airport in China, whichever way the flight goes
            assert (out.venue_en, out.venue_native) == ("Suvarnabhumi Airport", "")
            assert out.arrival_venue_en == "Chongqing Jiangbei International Airport"
            assert out.arrival_venue_native == "重庆江北国际机场"
            assert back.venue_native == "重庆江北国际机场"
            assert (back.arrival_venue_th, back.arrival_venue_native) == ("ท่าอากาศยานสุวรรณภูมิ", "")
    finally:
        database.close()


def test_remembered_exchange_hashes_follow_the_new_columns(tmp_path: Path) -> None:
    """A record unchanged since its last exchange keeps matching what the other laptop has;
    one changed since keeps its old hash (so an import still sees that it changed here)."""
    path = _fixture_copy(tmp_path, "0002")
    connection = sqlite3.connect(path)
    try:
        people = connection.execute("SELECT id, name_en FROM person ORDER BY name_en").fetchall()
    finally:
        connection.close()
    # what pack would have remembered at revision 0002, read with the former table definition
    engine_db = open_database(_fixture_copy(tmp_path, "0002"), migrate_schema=False)
    try:
        with engine_db.engine.connect() as c:
            table = former.former_table("person")
            rows = {r["name_en"]: dict(r) for r in c.execute(select(table)).mappings()}
    finally:
        engine_db.close()
    unchanged, changed = rows["Petchdao Tohmeena"], rows["Yin Hejun"]
    connection = sqlite3.connect(path)
    try:
        for row, digest in (
            (unchanged, former.former_hash("person", unchanged)),
            (changed, "0" * 64),  # edited here after it was sent
        ):
            connection.execute(
                "INSERT OR REPLACE INTO exchange_state"
                " (record_id, table_name, content_hash, exchanged_at)"
                " VALUES (?, 'person', ?, '2023-11-01 00:00:00')",
                (row["id"].hex, digest),
            )
        connection.commit()
    finally:
        connection.close()
    assert len(people) == 9

    database = open_database(path)
    try:
        with database.session() as session:
            states = {s.record_id: s.content_hash for s in session.scalars(select(m.ExchangeState))}
            for person in session.scalars(select(m.Person)):
                if person.id == unchanged["id"]:
                    row = {c.name: getattr(person, c.name) for c in m.Person.__table__.columns}
                    assert states[person.id] == rec.row_hash("person", row)
            assert states[changed["id"]] == "0" * 64
    finally:
        database.close()


def _format_1_package() -> Package:
    return read_package(FIXTURES / "trips" / "format-1.brst")


def test_a_trip_file_of_format_1_imports_into_the_new_columns(tmp_path: Path) -> None:
    package = _format_1_package()
    assert package.manifest["version"] == 1
    person = next(
        p for p in package.records["tables"]["person"] if p["name_en"] == "Petchdao Tohmeena"
    )
    assert "dietary_needs" in person and "dietary_needs_th" not in person

    database = open_database(tmp_path / "laptop.sqlite")
    try:
        # the demo trip as main shipped it in format 1 (a seed: it holds shared records, such
        # as an agency no event names yet, that a user's trip file would not)
        apply_import(database, FIXTURES / "trips" / "format-1.brst", seed=True)
        with database.session() as session:
            petchdao = session.scalars(
                select(m.Person).where(m.Person.name_en == "Petchdao Tohmeena")
            ).one()
            assert (petchdao.dietary_needs_th, petchdao.dietary_needs_en) == (
                "ไม่รับประทานเนื้อหมู (ข้อมูลตัวอย่าง)",
                "no pork (sample)",
            )
            meeting = session.scalars(select(m.PreviousMeeting)).one()
            assert (meeting.place_th, meeting.place_en) == ("กรุงเทพฯ", "Bangkok")
        # and it leaves again in the current format
        pack_trip(database, tmp_path / "again.brst")
        again = read_package(tmp_path / "again.brst")
        assert again.manifest["version"] == FORMAT_VERSION
        columns = set(again.records["tables"]["person"][0])
        assert {"dietary_needs_th", "dietary_needs_en", "pronunciation_th"} <= columns
        assert "dietary_needs" not in columns
    finally:
        database.close()


def test_a_format_1_senders_remembered_hash_is_carried_to_the_upgraded_record() -> None:
    package = _format_1_package()
    tables = json.loads(json.dumps(package.records["tables"]))
    people = tables["person"]
    as_sent, edited = people[0], people[1]
    table = former.former_table("person")
    from brst_desktop.errors import Phrase

    values = rec.from_json(table, as_sent, Phrase("person"))
    bases = {as_sent["id"]: former.former_hash("person", values), edited["id"]: "1" * 64}
    manifest = {**package.manifest}
    _trip, incoming = load_records(
        Package(manifest, {"tables": tables, "bases": bases}, package.photos), seed=True
    )
    by_id = {str(r.id): r for r in incoming}
    # unchanged by the sender since they remembered it: still "unchanged", in the new columns
    assert by_id[as_sent["id"]].sender_base == by_id[as_sent["id"]].digest
    assert by_id[edited["id"]].sender_base == "1" * 64
    assert uuid.UUID(as_sent["id"]) in {r.id for r in incoming}
