"""Trip files that pass every container check and then say something harmful: an impossible
time zone or date, a picture that is a bomb or not a picture, an id of another kind of record,
another trip's records, a nonsense edition. Each is refused in one sentence, the database
unchanged; a legitimate file still travels."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id, open_demo_database
from brst_desktop.core.exchange import ExchangeError, apply_import, pack_trip, read_and_plan
from tests.helpers.database import dump
from tests.helpers.trip_files import build_package, package_entries, png_bomb, tiny_png

YIN = demo_id("person:yin")
OTHER_TRIP = uuid.UUID("0f0f0f0f-0000-4000-8000-000000000001")
OTHER_EVENT = uuid.UUID("0f0f0f0f-0000-4000-8000-000000000002")
OTHER_TOPIC = uuid.UUID("0f0f0f0f-0000-4000-8000-000000000003")
OTHER_PERSON = uuid.UUID("0f0f0f0f-0000-4000-8000-000000000004")


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    """The demo trip (Yin Hejun with a photo) and an unrelated trip to Vientiane."""
    folder = tmp_path / "laptop"
    folder.mkdir()
    database = open_demo_database(folder)
    png = tiny_png()
    with database.session() as session:
        photo = m.Photo(data=png, media_type="image/png", sha256=hashlib.sha256(png).hexdigest())
        session.add(photo)
        session.flush()
        session.get(m.Person, YIN).photo_id = photo.id
        session.add(m.Trip(id=OTHER_TRIP, title_en="Vientiane talks", title_th="เวียงจันทน์"))
        session.add(m.Topic(id=OTHER_TOPIC, title_en="Mekong water"))
        session.add(m.Person(id=OTHER_PERSON, name_en="Somsavat"))
        session.flush()
        session.add(
            m.Event(
                id=OTHER_EVENT,
                trip_id=OTHER_TRIP,
                title_en="Call on the Lao minister",
                starts_at=m.utcnow(),
                timezone="Asia/Vientiane",
            )
        )
    yield database
    database.close()


@pytest.fixture
def entries(laptop: Database, tmp_path: Path) -> dict[str, bytes]:
    """The demo trip packed from the laptop: the raw material of every hostile file."""
    pack_trip(laptop, tmp_path / "valid.brst", demo_id("trip"))
    return package_entries((tmp_path / "valid.brst").read_bytes())


def _edited(entries: dict[str, bytes], change: Callable[[dict[str, Any]], object]) -> bytes:
    records = json.loads(entries["records.json"])
    change(records["tables"])
    return build_package({**entries, "records.json": json.dumps(records).encode()})


def _with_photo(entries: dict[str, bytes], data: bytes, media_type: str = "image/png") -> bytes:
    """The trip file with Yin Hejun's photo replaced by ``data`` (checksums made to match)."""
    (name,) = [n for n in entries if n.startswith("photos/")]
    records = json.loads(entries["records.json"])
    (photo,) = records["tables"]["photo"]
    photo.update(sha256=hashlib.sha256(data).hexdigest(), media_type=media_type)
    changed = {**entries, name: data, "records.json": json.dumps(records).encode()}
    return build_package(changed)


def _first(tables: dict[str, Any], name: str, **match: Any) -> dict[str, Any]:
    return next(r for r in tables[name] if all(r[k] == v for k, v in match.items()))


def _cases(entries: dict[str, bytes]) -> dict[str, tuple[bytes, str]]:
    """name -> (file, words the refusal says)."""

    def edit(change: Callable[[dict[str, Any]], object]) -> bytes:
        return _edited(entries, change)

    truncated_png = tiny_png()[: len(tiny_png()) // 2]
    new_id = "12345678-1234-4678-9234-567812345678"
    return {
        # --- time zones and the calendar
        "zone on Mars": (
            edit(lambda t: t["event"][0].update(timezone="Mars/Olympus_Mons")),
            "is not a time zone this program knows",
        ),
        "zone as a path": (
            edit(lambda t: t["event"][1].update(end_timezone="../../etc/passwd")),
            "is not a time zone",
        ),
        "trip home zone": (
            edit(lambda t: t["trip"][0].update(home_timezone="Asia/Atlantis")),
            "trip record 1, field home_timezone is not a time zone",
        ),
        "edge of the calendar": (
            edit(lambda t: t["event"][0].update(starts_at="9999-12-31T23:59:59-23:59")),
            "outside the years 1900 to 2199",
        ),
        "year one": (
            edit(lambda t: t["event"][0].update(ends_at="0001-01-01T00:00:00+14:00")),
            "outside the years",
        ),
        "far date": (
            edit(lambda t: t["trip"][0].update(end_date="9999-12-31")),
            "outside the years",
        ),
        "lone surrogate": (
            edit(lambda t: _first(t, "person", id=str(YIN)).update(name_en="Yin \ud800")),
            "not valid Unicode",
        ),
        # --- pictures
        "text as a photo": (_with_photo(entries, b"just some text"), "damaged or not a JPEG"),
        "html as a photo": (
            _with_photo(entries, b"<html><body><img src=x></body></html>"),
            "damaged or not a JPEG",
        ),
        "truncated png": (_with_photo(entries, truncated_png), "damaged or not a JPEG"),
        "decompression bomb": (
            _with_photo(entries, png_bomb(20_000, 20_000, rows=16)),
            "too large to keep",
        ),
        "bomb under pillow's limit": (
            _with_photo(entries, png_bomb(8_000, 8_000, rows=16)),
            "(8000 x 8000 pixels)",
        ),
        "gif as a photo": (_with_photo(entries, _gif(), "image/gif"), "not a JPEG or PNG"),
        "jpeg called png": (_with_photo(entries, _jpeg()), "kind does not match"),
        # --- ids and other trips
        "id of a trip here": (
            edit(lambda t: t["annex"].append({**t["annex"][0], "id": str(OTHER_TRIP)})),
            "belongs to another kind of record here (annex",
        ),
        "id of a person here": (
            edit(lambda t: t["gift"][0].update(id=str(OTHER_PERSON))),
            "here: person)",
        ),
        "event of another trip": (
            edit(
                lambda t: t["event"].append(
                    {**t["event"][0], "id": new_id, "trip_id": str(OTHER_TRIP)}
                )
            ),
            "holds a record of another trip (event ",
        ),
        "moving another trip's event": (
            edit(lambda t: t["event"].append({**t["event"][0], "id": str(OTHER_EVENT)})),
            "would move a record here away from a trip the file does not carry (event",
        ),
        "gift at another trip's event": (
            edit(lambda t: t["gift"][0].update(event_id=str(OTHER_EVENT))),
            "refers to another trip's event (gift ",
        ),
        "an organisation nothing uses": (
            edit(lambda t: t["organisation"].append({**t["organisation"][0], "id": new_id})),
            "the trip does not need",
        ),
        "a point of another topic": (
            edit(
                lambda t: t["talking_point"].append(
                    {**t["talking_point"][0], "id": new_id, "topic_id": str(OTHER_TOPIC)}
                )
            ),
            "the trip does not need",
        ),
        # --- editions
        "edition 2**53": (
            edit(lambda t: t["edition"].append(_edition(t, number=2**53))),
            "from 1 to 1000000",
        ),
        "snapshot of another shape": (
            edit(lambda t: t["edition"].append(_edition(t, snapshot={"events": [1, 2]}))),
            "not an edition snapshot",
        ),
        "snapshot with a bad zone": (
            edit(lambda t: t["edition"].append(_edition(t, snapshot=_snapshot("Mars/Base")))),
            "not an edition snapshot",
        ),
        "edition language": (
            edit(lambda t: t["edition"].append(_edition(t, language="klingon"))),
            "must be one of",
        ),
        "sections twice": (
            edit(lambda t: t["briefing_book"][0].update(sections=["cover", "cover"])),
            "must list book sections",
        ),
    }


def _edition(tables: dict[str, Any], **values: Any) -> dict[str, Any]:
    book = tables["briefing_book"][0]["id"]
    edition = {
        "id": str(uuid.uuid4()),
        "book_id": book,
        "number": 7,
        "as_of": "2023-11-05T01:00:00+00:00",
        "content_hash": "",
        "snapshot": _snapshot("Asia/Bangkok"),
        "language": "th",
        "paper": "a4",
        "created_at": "2023-11-05T01:00:00+00:00",
        "updated_at": "2023-11-05T01:00:00+00:00",
    }
    return {**edition, **values}


def _snapshot(zone: str) -> dict[str, Any]:
    event = {
        "title_th": "", "title_en": "Opening", "starts_at": "2023-11-06T09:00:00+08:00",
        "ends_at": None, "timezone": zone, "end_timezone": "", "venue_th": "",
        "venue_en": "Hall", "status": "confirmed",
    }  # fmt: skip
    return {"format": 1, "home_timezone": "Asia/Bangkok", "events": {str(OTHER_EVENT): event},
            "points": {}}  # fmt: skip


def _gif() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), (1, 2, 3)).save(out, "GIF")
    return out.getvalue()


def _jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), (1, 2, 3)).save(out, "JPEG")
    return out.getvalue()


def test_the_valid_file_and_a_legal_edition_are_accepted(
    laptop: Database, entries: dict[str, bytes], tmp_path: Path
) -> None:
    """The baseline: the cases below differ from an acceptable file in one point only."""
    path = tmp_path / "fine.brst"
    path.write_bytes(_edited(entries, lambda t: t["edition"].append(_edition(t))))
    _, plan = read_and_plan(laptop, path)
    assert plan.counts()["added"] == 1 and plan.conflicts == []


def test_each_harmful_record_is_refused_in_one_sentence_and_nothing_changes(
    laptop: Database, entries: dict[str, bytes], tmp_path: Path
) -> None:
    assert laptop.path is not None
    before = dump(laptop.path)
    for name, (data, reason) in _cases(entries).items():
        path = tmp_path / f"{name.replace(' ', '-')}.brst"
        path.write_bytes(data)
        for attempt, options in ((read_and_plan, {}), (apply_import, {"prefer": "theirs"})):
            with pytest.raises(ExchangeError) as refused:
                attempt(laptop, path, **options)
            message = str(refused.value)
            assert reason in message, (name, message)
            assert message.startswith(f"The trip file {path.name} "), name
            assert message.endswith("; nothing was changed.") and "\n" not in message, name
        assert dump(laptop.path) == before, name


def test_a_refused_id_leaves_the_other_records_exchange_history_alone(
    laptop: Database, entries: dict[str, bytes], tmp_path: Path
) -> None:
    """The exchange history is kept by id: a file reusing a person's id for a gift must not
    overwrite the person's remembered hash (which would make the next exchange a conflict)."""
    with laptop.session() as session:
        session.add(
            m.ExchangeState(record_id=OTHER_PERSON, table_name="person", content_hash="a" * 64)
        )
    path = tmp_path / "reuse.brst"
    path.write_bytes(_edited(entries, lambda t: t["gift"][0].update(id=str(OTHER_PERSON))))
    with pytest.raises(ExchangeError, match=r"here: person\)"):
        apply_import(laptop, path, prefer="theirs")
    with laptop.session() as session:
        remembered = session.get(m.ExchangeState, OTHER_PERSON)
        assert (remembered.table_name, remembered.content_hash) == ("person", "a" * 64)
        assert session.get(m.Person, OTHER_PERSON).name_en == "Somsavat"
        assert session.get(m.Event, OTHER_EVENT).trip_id == OTHER_TRIP


def test_a_photo_chosen_on_this_laptop_is_bounded_the_same_way(laptop: Database) -> None:
    from brst_desktop.core.services import people
    from brst_desktop.core.services.validation import ValidationError

    for data, says in (
        (png_bomb(9_000, 9_000, rows=8), "more than 50 million pixels"),
        (tiny_png()[:60], "not a picture BRST Desktop can read"),  # cut in its pixels
        (b"<html></html>", "not a picture"),
    ):
        with pytest.raises(ValidationError, match=says):
            people.set_photo(laptop, YIN, data, "bad.png")
    with laptop.session() as session:
        assert session.get(m.Person, YIN).photo.data == tiny_png()


def test_a_bomb_already_stored_prints_a_placeholder_with_a_warning(
    laptop: Database, tmp_path: Path
) -> None:
    """A picture stored by an older version is bounded on its way into the book too."""
    from brst_desktop.export import export_book

    bomb = png_bomb(20_000, 20_000, rows=4)
    with laptop.session() as session:
        session.get(m.Person, YIN).photo.data = bomb
        session.execute(
            m.BookPerson.__table__.delete().where(m.BookPerson.book_id == demo_id("book"))
        )
        session.add(m.BookPerson(book_id=demo_id("book"), person_id=YIN, position=0))
    result = export_book(laptop, demo_id("book"), tmp_path / "book.pdf", record_edition=False)
    assert any("could not be read" in str(w) for w in result.warnings)


def test_a_nonsense_snapshot_already_stored_gives_no_change_sheet_and_a_warning(
    laptop: Database, tmp_path: Path
) -> None:
    from brst_desktop.export import export_book

    with laptop.session() as session:
        session.add(m.Edition(book_id=demo_id("book"), number=1, snapshot={"events": [1, 2]}))
    result = export_book(
        laptop, demo_id("book"), tmp_path / "book.pdf", changes_since=1, record_edition=False
    )
    assert any("Edition 1 of this book is not recorded" in str(w) for w in result.warnings)
    with laptop.session() as session:
        assert session.scalars(select(m.Edition)).all()[0].number == 1
