"""Clearance on the office server: the administrator sets the database up (``admin init``) and
clears staff (``admin grant``/``revoke``); a user cleared ``none`` sees no row of a ลับ trip,
through the program or through raw SQL on the same connection, and cannot write into it; a
user cleared for it can. On any engine a trip is never less secret than its books."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from brst_desktop.core import authorship, change_notices, clearance, server
from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.db import Database, open_server_database
from brst_desktop.core.demo import demo_id, load_demo
from brst_desktop.core.models import Classification
from brst_desktop.core.services import records, trips
from brst_desktop.core.services.validation import ValidationError
from tests.helpers.cli import run_main

TRIP, BOOK = demo_id("trip"), demo_id("book")


@pytest.fixture
def office(postgres_server, server_database):
    """A database set up as the README tells an administrator (an owner who may create roles,
    not a superuser), holding the demo trip, classified ลับ, and an unclassified trip beside
    it; returns a function that opens it as a member of staff cleared for a level (None: a
    user with no clearance at all)."""
    suffix = uuid.uuid4().hex[:6]
    owner = f"brst_admin_{suffix}".replace("brst_", "office_")
    postgres_server.sql(f"CREATE ROLE {owner} LOGIN CREATEROLE")
    url = server_database(user=owner)
    name = url.split("?")[0].rsplit("/", 1)[1]
    postgres_server.sql(f'ALTER DATABASE "{name}" OWNER TO {owner}')
    init = run_main("--db", url, "admin", "init")
    assert init.returncode == 0, init.stderr
    assert "is set up for BRST Desktop" in init.stdout
    admin = open_server_database(url)
    load_demo(admin)
    records.update(admin, "trip", TRIP, {"classification": "confidential"})
    records.create(admin, "trip", {"id": OPEN_TRIP, "title_en": "Open day", "title_th": "วันเปิด"})
    opened: list[Database] = [admin]

    def url_of(user: str) -> str:
        return url.replace(f"postgresql://{owner}@", f"postgresql://{user}@")

    def as_user(level: str | None) -> Database:
        user = f"clerk_{level or 'nobody'}_{suffix}".replace("-", "_")
        if level is not None:
            granted = run_main("--db", url, "admin", "grant", user, "--clearance", level)
            assert granted.returncode == 0, granted.stderr
            assert clearance.THAI[clearance.LEVELS[level]] in granted.stdout
        else:
            postgres_server.sql(f"CREATE ROLE {user} LOGIN")
        database = open_server_database(url_of(user))
        opened.append(database)
        return database

    as_user.url = url  # type: ignore[attr-defined]
    as_user.url_of = lambda db: url_of(db.server.split("@")[0])  # type: ignore[attr-defined]
    as_user.admin = admin  # type: ignore[attr-defined]
    yield as_user
    for database in opened:
        database.close()


OPEN_TRIP = uuid.UUID("0e2a5c1e-0000-4000-8000-000000000001")


def _counts(database: Database) -> dict[str, int]:
    """Rows of every table that belongs to a trip, counted by raw SQL on the user's own
    connection (no program code in between)."""
    with database.engine.connect() as connection:
        return {
            table: int(connection.scalar(text(f"SELECT count(*) FROM {table}")))
            for table in ["trip", *clearance.trip_owned()]
        }


def test_a_user_cleared_none_sees_nothing_of_a_confidential_trip(office) -> None:
    everything = _counts(office.admin)
    assert everything["event"] > 10 and everything["delegation_member"] > 3
    assert everything["briefing_book"] >= 1 and everything["agreement"] >= 1
    clerk = office("none")

    # through the program: the services and the command line
    assert [t.id for t in trips.list_trips(clerk)] == [OPEN_TRIP]
    assert trips.itinerary(clerk, TRIP) == [] and trips.delegation(clerk, TRIP) == []
    assert records.read(clerk, "trip", TRIP) is None
    listed = run_main("--db", office.url_of(clerk), "list")
    assert listed.returncode == 0, listed.stderr
    assert "Open day" in listed.stdout and "Chongqing" not in listed.stdout

    # through raw SQL on the same account: zero rows of every table of the trip
    seen = _counts(clerk)
    assert seen == {table: (1 if table == "trip" else 0) for table in seen}
    with clerk.engine.connect() as connection:
        assert connection.scalar(text("SELECT brst_clearance()")) == 0
        assert connection.execute(text("UPDATE event SET title_en = 'x'")).rowcount == 0
        assert clearance.clearance_of(connection) is Classification.UNCLASSIFIED
    # people, organisations and topics stay shared
    with clerk.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM person")) > 5


def test_a_user_cleared_none_cannot_write_into_a_confidential_trip(office) -> None:
    clerk = office("none")
    event = {
        "trip_id": TRIP,
        "title_en": "Slipped in",
        "starts_at": datetime(2023, 11, 20, 2, tzinfo=UTC),
        "timezone": "Asia/Shanghai",
    }
    with pytest.raises(server.ServerRefusedError, match="not cleared"):
        records.create(clerk, "event", event)
    with pytest.raises(records.RecordGoneError):
        records.update(clerk, "trip", TRIP, {"title_en": "Renamed"})
    with pytest.raises(server.ServerRefusedError, match="not cleared"):
        records.update(clerk, "trip", OPEN_TRIP, {"classification": "confidential"})
    with clerk.engine.begin() as connection:
        assert connection.execute(text("DELETE FROM gift")).rowcount == 0
    assert _counts(office.admin)["gift"] > 0
    assert records.read(office.admin, "trip", TRIP)["title_en"] != "Renamed"


def test_a_cleared_user_sees_and_changes_the_trip(office) -> None:
    clerk = office("confidential")
    assert _counts(clerk) == _counts(office.admin)
    assert {t.id for t in trips.list_trips(clerk)} == {TRIP, OPEN_TRIP}
    first = trips.itinerary(clerk, TRIP)[0]
    records.update(clerk, "event", first.id, {"title_en": "Checked by the desk"})
    assert records.read(office.admin, "event", first.id)["title_en"] == "Checked by the desk"
    # ... but cannot make a book (and so its trip) more secret than it is cleared for
    with pytest.raises(server.ServerRefusedError, match="not cleared"):
        records.update(clerk, "briefing_book", BOOK, {"classification": "secret"})
    assert records.read(office.admin, "trip", TRIP)["classification"] == "confidential"


def test_a_secret_book_raises_its_trip_for_everyone_and_revoke_takes_all(office) -> None:
    chief = office("top-secret")
    records.update(chief, "briefing_book", BOOK, {"classification": "secret"})
    assert records.read(office.admin, "trip", TRIP)["classification"] == "secret"
    clerk = office("confidential")
    assert [t.id for t in trips.list_trips(clerk)] == [OPEN_TRIP]

    user = chief.server.split("@")[0]
    revoked = run_main("--db", office.url, "admin", "revoke", user)
    assert revoked.returncode == 0, revoked.stderr
    with pytest.raises(server.ServerRefusedError, match="may not do this"):
        trips.list_trips(chief)


@pytest.mark.both_engines
def test_a_trip_is_never_less_secret_than_its_books(empty_db) -> None:
    trip = uuid.uuid4()
    records.create(empty_db, "trip", {"id": trip, "title_en": "Visit"})
    changes = records.create(
        empty_db,
        "briefing_book",
        {"trip_id": trip, "title_en": "Brief", "classification": "secret"},
    )
    assert ("trip", trip) in changes.updated
    assert records.read(empty_db, "trip", trip)["classification"] == "secret"
    with pytest.raises(ValidationError) as refused:
        records.update(empty_db, "trip", trip, {"classification": "confidential"})
    assert "less secret than one of its books" in refused.value.problems["classification"]
    records.update(empty_db, "trip", trip, {"classification": "top_secret"})
    assert records.read(empty_db, "trip", trip)["classification"] == "top_secret"


def test_admin_refuses_a_database_file_and_a_user_without_the_right(tmp_path, office) -> None:
    refused = run_main("--db", tmp_path / "trips.sqlite", "admin", "init")
    assert refused.returncode == 2 and "office server's database" in refused.stderr
    clerk = office("secret")
    user = clerk.server.split("@")[0]
    url = office.url_of(clerk)
    denied = run_main("--db", url, "admin", "grant", user, "--clearance", "top-secret")
    assert denied.returncode == 2 and "may not do this" in denied.stderr
    assert "Traceback" not in denied.stderr


def test_a_user_without_any_clearance_is_told_so_on_opening(office) -> None:
    with pytest.raises(server.ServerRefusedError, match="has no clearance on the office server"):
        office(None)


@pytest.mark.both_engines
def test_a_trip_below_its_books_from_a_trip_file_is_raised_when_saved(empty_db) -> None:
    """Trip files carry no trip classification: a trip imported below its books is raised as
    soon as anyone saves it, not refused for a level nobody chose."""
    trip = uuid.uuid4()
    records.create(empty_db, "trip", {"id": trip, "title_en": "Visit"})
    book = {"trip_id": trip, "title_en": "Brief", "classification": "confidential"}
    records.create(empty_db, "briefing_book", book)
    with empty_db.engine.begin() as connection:  # as an import writes it: past the services
        connection.execute(text("UPDATE trip SET classification = 'unclassified'"))
    records.update(empty_db, "trip", trip, {"title_en": "Visit to Chongqing"})
    assert records.read(empty_db, "trip", trip)["classification"] == "confidential"


@pytest.mark.both_engines
def test_the_demo_trip_comes_in_at_its_books_level(demo_db) -> None:
    """An import (here the demo trip file, whose book is ลับ) leaves no trip below its books."""
    book = records.read(demo_db, "briefing_book", BOOK)
    assert book is not None and book["classification"] == "confidential"
    assert records.read(demo_db, "trip", TRIP)["classification"] == "confidential"


@pytest.mark.both_engines
def test_a_trip_raised_to_its_books_level_counts_a_version_by_who_raised_it(empty_db) -> None:
    """By the service (a book saved) and by an import's bookkeeping (past the services), the
    raised trip gets a new version and its author, as any other change."""
    trip = uuid.uuid4()
    empty_db.author = "somchai"
    records.create(empty_db, "trip", {"id": trip, "title_en": "Visit"})
    empty_db.author = "ling"
    book = uuid.uuid4()
    records.create(
        empty_db,
        "briefing_book",
        {"id": book, "trip_id": trip, "title_en": "Brief", "classification": "secret"},
    )
    raised = records.read(empty_db, "trip", trip)
    assert (raised["classification"], raised["row_version"], raised["changed_by"]) == (
        "secret",
        2,
        "ling",
    )
    with empty_db.engine.begin() as connection:  # as an import writes it: past the services
        connection.execute(text("UPDATE trip SET classification = 'unclassified'"))
    empty_db.author = "noi"
    with empty_db.session() as session:
        clearance.raise_trips_to_books(session)
    raised = records.read(empty_db, "trip", trip)
    assert (raised["classification"], raised["row_version"], raised["changed_by"]) == (
        "secret",
        3,
        "noi",
    )


def test_a_book_raising_its_trip_on_the_server_names_the_writer(office) -> None:
    """The server's own trigger raises the trip (whatever wrote the book: here the service,
    then raw SQL): a new version, stamped with the login that wrote the book."""
    chief = office("top-secret")
    login = chief.server.split("@")[0]
    before = records.read(office.admin, "trip", TRIP)
    records.update(chief, "briefing_book", BOOK, {"classification": "secret"})
    raised = records.read(office.admin, "trip", TRIP)
    assert raised["classification"] == "secret"
    assert (raised["row_version"], raised["changed_by"]) == (before["row_version"] + 1, login)
    with chief.engine.begin() as connection:
        connection.execute(text("UPDATE briefing_book SET classification = 'top_secret'"))
    raised = records.read(office.admin, "trip", TRIP)
    assert raised["classification"] == "top_secret"
    assert (raised["row_version"], raised["changed_by"]) == (before["row_version"] + 2, login)


def test_set_role_narrows_what_a_user_sees_but_not_who_the_author_is(office) -> None:
    """Clearance follows current_user, and a SET ROLE can only narrow it (a user may become
    only roles it belongs to, here the
    staff group, cleared for nothing); the author is session_user, the login, which no SET ROLE
    changes, so a change is never recorded under a clearance group's name."""
    chief = office("top-secret")
    login = chief.server.split("@")[0]
    with chief.engine.begin() as connection:
        connection.execute(text("SET LOCAL ROLE brst_staff"))
        assert connection.scalar(text("SELECT current_user")) == "brst_staff"
        assert connection.scalar(text("SELECT brst_clearance()")) == 0
        assert connection.scalar(text("SELECT count(*) FROM event")) == 0
        assert authorship.current_author(connection) == login
        connection.execute(
            text("UPDATE trip SET title_en = 'Open day, as staff' WHERE id = :t"), {"t": OPEN_TRIP}
        )
    assert records.read(office.admin, "trip", OPEN_TRIP)["changed_by"] == login
    owner = office.admin.server.split("@")[0]
    with (
        pytest.raises(DBAPIError, match="permission denied to set role"),
        chief.engine.begin() as connection,
    ):
        connection.execute(text(f"SET LOCAL ROLE {owner}"))


class _Ear:
    """change_notices.listen on a thread, as a window listens: what it read and published."""

    def __init__(self, database: Database) -> None:
        self.entries: list[dict] = []
        self.changes: list[ChangeSet] = []
        self.stop, self.ready = threading.Event(), threading.Event()
        self.thread = threading.Thread(
            target=change_notices.listen,
            args=(database.engine, self.changes.append, self.stop),
            kwargs={"ready": self.ready, "received": self.entries.extend},
        )
        self.thread.start()
        assert self.ready.wait(10)

    def heard(self, key: tuple[str, uuid.UUID], within: float = 2.0) -> bool:
        until = time.monotonic() + within
        while time.monotonic() < until:
            if any(key in c.updated or key in c.added for c in list(self.changes)):
                return True
            time.sleep(0.01)
        return False

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        assert not self.thread.is_alive()


def test_a_user_cleared_none_hears_nothing_that_identifies_a_confidential_trips_rows(
    office,
) -> None:
    """Notices carry nothing (LISTEN is open to anyone, so a notice is public); what changed is
    read from the server's change log, where row-level security shows a user only the entries
    of the levels it is cleared for. A clerk cleared none, even listening on every channel and
    reading the log by hand, learns no id and no author of a change to the ลับ trip, while a
    colleague cleared ลับ hears of it within two seconds."""
    clerk, desk, chief = office("none"), office("confidential"), office("top-secret")
    secret_login = chief.server.split("@")[0]
    event = trips.itinerary(chief, TRIP)[0].id
    secret_ids = {str(TRIP), str(event), str(BOOK)}
    # The clerk also listens by hand on every channel there is, as a curious user could.
    spy = psycopg.connect(server.parse_address(office.url_of(clerk)).conninfo(), autocommit=True)
    for level in Classification:
        spy.execute(f"LISTEN {change_notices.channel(level)}")
    ears = {"clerk": _Ear(clerk), "desk": _Ear(desk)}
    try:
        records.update(chief, "event", event, {"title_en": "Talks moved to 10:00"})
        records.update(chief, "trip", TRIP, {"notes": "Second car at the airport"})
        records.update(office.admin, "trip", OPEN_TRIP, {"title_en": "Open day, renamed"})

        assert ears["desk"].heard(("event", event)), "the cleared colleague heard nothing in 2 s"
        assert ears["desk"].heard(("trip", TRIP))
        assert ears["clerk"].heard(("trip", OPEN_TRIP)), "the clerk's own trip was not heard"
        time.sleep(0.3)  # anything else on its way
    finally:
        for ear in ears.values():
            ear.close()
    notices = list(spy.notifies(timeout=0.5))
    with clerk.engine.connect() as connection:
        by_hand = connection.execute(text(f"SELECT * FROM {change_notices.LOG}")).mappings().all()
    spy.close()

    desk_ids = {e["record_id"] for e in ears["desk"].entries}
    assert {str(event), str(TRIP)} <= desk_ids
    assert secret_login in {e["author"] for e in ears["desk"].entries}
    # The clerk's listener: only the open trip; its window would refresh that alone.
    clerk_ids = {e["record_id"] for e in ears["clerk"].entries}
    assert str(OPEN_TRIP) in clerk_ids and not clerk_ids & secret_ids
    assert all(e["author"] != secret_login for e in ears["clerk"].entries)
    published = {key for c in ears["clerk"].changes for key in c.updated | c.added | c.deleted}
    assert not {str(record_id) for _, record_id in published} & secret_ids
    # Raw notices: they exist (LISTEN is not checked) but carry nothing at all.
    assert notices and {n.payload for n in notices} == {""}
    # The log read by hand with the clerk's own account: no entry of the ลับ trip.
    assert by_hand and str(OPEN_TRIP) in {row["record_id"] for row in by_hand}
    assert not {row["record_id"] for row in by_hand} & secret_ids
    assert {row["level"] for row in by_hand} == {"unclassified"}
    assert secret_login not in {row["author"] for row in by_hand}
    # ... and nobody but the trigger writes it: no forged or erased entries.
    for statement in (
        f"DELETE FROM {change_notices.LOG}",
        f"INSERT INTO {change_notices.LOG} (level, table_name, record_id, op)"
        " VALUES ('unclassified', 'trip', 'x', 'update')",
    ):
        with (
            pytest.raises(DBAPIError, match="permission denied"),
            desk.engine.begin() as connection,
        ):
            connection.execute(text(statement))


def test_the_server_records_the_login_as_author_whatever_the_client_writes(office) -> None:
    """changed_by is the server's to say: raw SQL naming someone else, or no one, on insert or
    update, is stored under the login that wrote it."""
    desk = office("confidential")
    login = desk.server.split("@")[0]
    event = trips.itinerary(desk, TRIP)[0].id
    gift = uuid.uuid4()
    with desk.engine.begin() as connection:
        connection.execute(
            text("UPDATE event SET title_en = 'Moved', changed_by = 'somchai' WHERE id = :e"),
            {"e": event},
        )
        connection.execute(
            text(  # a copy of one of the trip's gifts, under a new id and no author
                "INSERT INTO gift SELECT (jsonb_populate_record(NULL::gift, to_jsonb(g)"
                " || jsonb_build_object('id', CAST(:g AS text), 'changed_by', NULL))).*"
                " FROM gift g WHERE g.trip_id = :t LIMIT 1"
            ),
            {"g": str(gift), "t": TRIP},
        )
    assert records.read(office.admin, "event", event)["changed_by"] == login
    assert records.read(office.admin, "gift", gift)["changed_by"] == login


def test_a_trip_file_lands_at_its_trip_s_level_and_a_user_not_cleared_for_it_imports_nothing(
    office, tmp_path
) -> None:
    from brst_desktop.core.demo import open_demo_database
    from brst_desktop.core.exchange import apply_import, pack_trip, read_and_plan

    laptop = open_demo_database(tmp_path / "laptop")
    try:
        records.update(laptop, "trip", TRIP, {"classification": "secret"})
        records.update(laptop, "event", demo_id("event:bilateral"), {"title_en": "Moved up"})
        pack_trip(laptop, tmp_path / "secret.brst")
    finally:
        laptop.close()
    admin = office.admin
    clerk = office("confidential")
    before = _counts(admin)
    stored = records.read(admin, "trip", TRIP)
    assert stored is not None and stored["classification"] == "confidential"
    sentence = (
        "The trip is classified secret; your user {user} on the office server is cleared for"
        " confidential only, so nothing was imported; ask the office's administrator."
    ).format(user=clerk.server.split("@")[0])
    with pytest.raises(clearance.ClearanceError) as refused:
        read_and_plan(clerk, tmp_path / "secret.brst")  # the preview already says so
    assert str(refused.value) == sentence
    with pytest.raises(clearance.ClearanceError) as refused:
        apply_import(clerk, tmp_path / "secret.brst", prefer="theirs")
    assert str(refused.value) == sentence
    # nothing half-imported: every row as it was, the event's title too
    assert _counts(admin) == before
    assert records.read(admin, "trip", TRIP) == stored
    event = records.read(admin, "event", demo_id("event:bilateral"))
    assert event is not None and event["title_en"] != "Moved up"

    cleared = office("secret")
    apply_import(cleared, tmp_path / "secret.brst", prefer="theirs")
    trip = records.read(admin, "trip", TRIP)
    assert trip is not None and trip["classification"] == "secret"
    assert trip["changed_by"] == cleared.server.split("@")[0]
    # the server's own policies now keep it from the confidential clerk, raw SQL included:
    # only the open trip is left to them
    assert _counts(clerk)["trip"] == 1
    assert _counts(clerk)["event"] == 0
    assert [t.id for t in trips.list_trips(clerk)] == [OPEN_TRIP]
