"""``brst-desktop [--db PATH | --demo] list``: the trips and their books, with their ids.

Other commands take these ids (``export --book``, ``export --trip``, ``pack --trip``), whole or
as their first few characters; this is where a person finds them.
"""

from __future__ import annotations

import argparse
from datetime import date


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "Trips come newest first (latest start date; a trip without dates last), each with its"
        " briefing books. Other commands (export --book, export --trip, pack --trip, calendar"
        " --trip, contacts --trip) accept an id or its first few characters; without one they"
        " take the first trip listed here."
    )


def _span(start: date | None, end: date | None) -> str:
    if start and end and start != end:
        return f"{start.isoformat()} to {end.isoformat()}"
    if start or end:
        return (start or end or date.min).isoformat()
    return "no dates yet"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def run(args: argparse.Namespace) -> int:
    from brst_desktop.app import open_from_args
    from brst_desktop.core.services import books, trips
    from brst_desktop.errors import shown

    database = open_from_args(args)
    try:
        all_trips = trips.list_trips(database)
        all_books = books.list_books(database)
        editions = {book.id: books.list_editions(database, book.id) for book in all_books}
    finally:
        database.close()
    if not all_trips:
        print("The database holds no trip yet.")
        return 0
    for trip in all_trips:
        title = shown(trip.title_en or trip.title_th or "(no title)")
        print(f"trip {trip.id}  {_span(trip.start_date, trip.end_date)}  {title}")
        print(f"     {_plural(trip.event_count, 'event')}")
        own = [book for book in all_books if book.trip_id == trip.id]
        for book in own:
            name = shown(book.title_en or book.title_th or "(no title)")
            made = editions[book.id]
            latest = (
                f", latest {made[0].number} on {made[0].as_of.date().isoformat()}" if made else ""
            )
            print(f"  book {book.id}  {name}")
            print(f"       {book.language}, {book.paper}, {_plural(len(made), 'edition')}{latest}")
        if not own:
            print("  (no book yet: 'export' makes the default one)")
    return 0
