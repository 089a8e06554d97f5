"""Core services: every write one transaction returning what changed; undo data; validation."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime

import pytest
from PIL import Image
from sqlalchemy import func, select

from brst_desktop.core import models as m
from brst_desktop.core import photos
from brst_desktop.core.demo import demo_id
from brst_desktop.core.services import books, people, records
from brst_desktop.core.services.trips import itinerary
from brst_desktop.core.services.validation import ValidationError

#: The services behave alike on a database file and on the office server.
pytestmark = pytest.mark.both_engines


def _count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_create_update_delete_report_what_changed(empty_db) -> None:
    changes = records.create(empty_db, "trip", {"title_th": "ทดสอบ <&> ภารกิจ"})
    trip_id = changes.new_id("trip")
    assert records.read(empty_db, "trip", trip_id)["title_th"] == "ทดสอบ <&> ภารกิจ"
    changes = records.create(
        empty_db,
        "event",
        {
            "trip_id": trip_id,
            "title_en": "Call",
            "timezone": "Asia/Shanghai",
            "starts_at": datetime(2023, 11, 6, 6, 30, tzinfo=UTC),
            "kind": "meeting",
        },
    )
    event_id = changes.new_id("event")
    assert changes.added == {("event", event_id)}
    assert ("trip", trip_id) in changes.updated  # the trip's itinerary changed
    changes = records.update(empty_db, "event", event_id, {"kind": "signing"})
    assert changes.updated >= {("event", event_id)}
    assert records.read(empty_db, "event", event_id)["kind"] == "signing"
    changes = records.delete(empty_db, "trip", trip_id)
    assert {("trip", trip_id), ("event", event_id)} <= changes.deleted  # cascaded
    assert records.read(empty_db, "event", event_id) is None


def test_validation_refuses_with_a_sentence_per_field_and_stores_nothing(empty_db) -> None:
    trip_id = records.create(empty_db, "trip", {"title_en": "T"}).new_id("trip")
    with pytest.raises(ValidationError) as refused:
        records.update(empty_db, "trip", trip_id, {"title_en": "", "home_timezone": "Mars/Base"})
    assert set(refused.value.problems) == {"title_th", "home_timezone"}
    assert records.read(empty_db, "trip", trip_id)["title_en"] == "T"
    start = datetime(2023, 11, 6, 10, tzinfo=UTC)
    with pytest.raises(ValidationError) as refused:
        records.create(
            empty_db,
            "event",
            {
                "trip_id": trip_id,
                "title_en": "x",
                "timezone": "Asia/Bangkok",
                "starts_at": start,
                "ends_at": start.replace(hour=9),
            },
        )
    assert list(refused.value.problems) == ["ends_at"]
    assert _count(empty_db, m.Event) == 0


def test_delete_then_restore_brings_back_the_record_and_everything_that_went_with_it(
    demo_db,
) -> None:
    yin = demo_id("person:yin")
    before = {
        t: _count(demo_db, t)
        for t in (m.Person, m.EventParticipant, m.BookPerson, m.DelegationMember, m.PreviousMeeting)
    }
    with demo_db.session() as session:
        gifts_to_yin = session.scalar(
            select(func.count()).select_from(m.Gift).where(m.Gift.recipient_id == yin)
        )
    changes, stone = records.delete_with_tombstone(demo_db, "person", yin)
    assert ("person", yin) in changes.deleted
    assert _count(demo_db, m.Person) == before[m.Person] - 1
    records.restore(demo_db, stone)
    after = {t: _count(demo_db, t) for t in before}
    assert after == before
    with demo_db.session() as session:
        assert session.get(m.Person, yin).name_native == "阴和俊"
        assert (
            session.scalar(
                select(func.count()).select_from(m.Gift).where(m.Gift.recipient_id == yin)
            )
            == gifts_to_yin
        )
    book_people = books.chosen_ids(demo_db, demo_id("book"), "people")
    assert book_people[0] == yin  # back in its place in the book


def _png(size=(40, 50)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_photos_are_checked_and_broken_files_refused_in_one_sentence(demo_db) -> None:
    yin = demo_id("person:yin")
    changes = people.set_photo(demo_db, yin, _png(), "yin.png")
    assert people.photo_data(demo_db, yin) == _png()
    assert ("person", yin) in changes.updated
    truncated = _png()[:60]
    for bad in (b"not a picture at all", truncated, b""):
        with pytest.raises(ValidationError) as refused:
            people.set_photo(demo_db, yin, bad, "bad.png")
        assert list(refused.value.problems) == ["photo"]
    assert people.photo_data(demo_db, yin) == _png()  # unchanged
    # A huge picture is scaled down before it is stored.
    big = io.BytesIO()
    Image.new("RGB", (3000, 2000), (0, 0, 0)).save(big, "BMP")
    stored, media_type = people.prepare_photo(big.getvalue())
    assert media_type == "image/png"
    assert max(Image.open(io.BytesIO(stored)).size) == photos.STORED_SIDE


def test_book_choices_are_replaced_in_order(demo_db) -> None:
    book = demo_id("book")
    chosen = [demo_id("person:zhang"), demo_id("person:yin")]
    changes = books.set_choices(demo_db, book, "people", chosen)
    assert books.chosen_ids(demo_db, book, "people") == chosen
    assert ("briefing_book", book) in changes.updated
    choices = books.people_choices(demo_db, book)
    assert [c.id for c in choices if c.chosen] == chosen
    assert len(choices) > 2  # the rest of the trip's people are offered too


def test_itinerary_warns_about_overlap_and_midnight(empty_db) -> None:
    trip = records.create(empty_db, "trip", {"title_en": "T"}).new_id("trip")

    def add(title, start, end, zone="Asia/Shanghai", end_zone=""):
        return records.create(
            empty_db,
            "event",
            {
                "id": uuid.uuid4(),
                "trip_id": trip,
                "title_en": title,
                "timezone": zone,
                "end_timezone": end_zone,
                "starts_at": start,
                "ends_at": end,
            },
        ).new_id("event")

    a = add("A", datetime(2023, 11, 6, 1, tzinfo=UTC), datetime(2023, 11, 6, 3, tzinfo=UTC))
    b = add("B", datetime(2023, 11, 6, 2, tzinfo=UTC), datetime(2023, 11, 6, 4, tzinfo=UTC))
    c = add("C", datetime(2023, 11, 6, 4, tzinfo=UTC), datetime(2023, 11, 6, 5, tzinfo=UTC))
    # 23:30-00:30 in Shanghai (UTC+8) is 22:30-23:30 in Bangkok: midnight locally only.
    d = add(
        "D", datetime(2023, 11, 6, 15, 30, tzinfo=UTC), datetime(2023, 11, 6, 16, 30, tzinfo=UTC)
    )
    items = {i.id: i for i in itinerary(empty_db, trip)}
    assert items[a].overlaps == (b,) and items[b].overlaps == (a,)
    assert items[c].overlaps == ()  # starts when B ends: back to back, not overlapping
    assert items[d].crosses_midnight_local and not items[d].crosses_midnight_home


def test_every_unique_link_of_the_model_is_refused_with_a_sentence_before_the_database(
    demo_db,
) -> None:
    from sqlalchemy import UniqueConstraint, event

    from brst_desktop.core.services.validation import ALREADY_LINKED, unique_link

    # Every unique constraint of the model is a rule with its sentence, and nothing else is.
    constrained = {
        table.name
        for table in m.Base.metadata.sorted_tables
        if any(isinstance(c, UniqueConstraint) for c in table.constraints)
    }
    assert set(ALREADY_LINKED) == constrained
    assert {name for name in constrained if unique_link(name) is None} == set()
    assert unique_link("event") is None and unique_link("agreement_party") is None

    bilateral = demo_id("event:bilateral")
    zhang, yin = demo_id("person:zhang"), demo_id("person:yin")
    statements: list[str] = []
    engine = demo_db.engine

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement.split()[0].upper())

    event.listen(engine, "before_cursor_execute", seen)
    try:
        with pytest.raises(ValidationError) as refused:
            records.create(
                demo_db, "event_participant", {"event_id": bilateral, "person_id": zhang}
            )
        assert refused.value.problems == {
            "person_id": "This person already takes part in this event."
        }
        assert "INSERT" not in statements  # refused before the database was asked to insert
        # Another person's row moved onto Zhang: refused the same way, nothing changed.
        with demo_db.session() as session:
            yin_row = session.scalar(
                select(m.EventParticipant.id).where(
                    m.EventParticipant.event_id == bilateral, m.EventParticipant.person_id == yin
                )
            )
        statements.clear()
        with pytest.raises(ValidationError) as refused:
            records.update(demo_db, "event_participant", yin_row, {"person_id": zhang})
        assert set(refused.value.problems) == {"person_id"}
        assert "UPDATE" not in statements
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert records.read(demo_db, "event_participant", yin_row)["person_id"] == yin
    # A row keeping its own person is no clash with itself.
    records.update(demo_db, "event_participant", yin_row, {"role_en": "Guest"})
    before = _count(demo_db, m.DelegationMember)
    with pytest.raises(ValidationError, match="already a member of the delegation"):
        records.create(
            demo_db,
            "delegation_member",
            {"trip_id": demo_id("trip"), "person_id": demo_id("person:suchada")},
        )
    assert _count(demo_db, m.DelegationMember) == before
