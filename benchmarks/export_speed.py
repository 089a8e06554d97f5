"""How fast a briefing book exports: the demo book, and a synthetic trip of about 200 pages.

    .venv/bin/python benchmarks/export_speed.py [--quick] [--demo-only] [--traced]

Targets (issue 5): the demo book in under 1 s; 10 days, 120 events, 60 counterparts with photos
and 40 topics in under 10 s. Prints seconds, pages, pages per second and peak memory for every
edition of the demo book (th, en, both x A4, A5, card; issue 14), then the synthetic trip.
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from brst_desktop.core import models as m
from brst_desktop.core.db import Database, open_database
from brst_desktop.core.demo import demo_id, open_demo_database
from brst_desktop.export import export_book

THAI_WORDS = (  # noqa: SIM905 - a sentence reads better than a list of 18 strings
    "การประชุม ความร่วมมือ วิทยาศาสตร์ เทคโนโลยี นวัตกรรม การแลกเปลี่ยน นักวิจัย มหาวิทยาลัย "
    "ดาราศาสตร์ อวกาศ พลังงาน สะอาด การแพทย์ หุ่นยนต์ ระบบราง ปัญญาประดิษฐ์ ภูมิภาค ยั่งยืน"
).split()
ENGLISH_WORDS = (  # noqa: SIM905
    "cooperation science technology innovation exchange researchers university astronomy space "
    "energy clean medical robotics rail artificial intelligence region sustainable agreement"
).split()
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"]
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛"]


def _thai(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(THAI_WORDS) for _ in range(words))


def _english(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(ENGLISH_WORDS) for _ in range(words)).capitalize() + "."


def _photo(rng: random.Random) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 800), tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    draw.ellipse((180, 150, 420, 420), fill=(230, 200, 180))
    draw.rectangle((120, 450, 480, 800), fill=(40, 40, 80))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def synthetic_trip(db: Database, *, days: int = 10, events: int = 120, people: int = 60,
                   topics: int = 40) -> m.BriefingBook:  # fmt: skip
    """A large trip built with the models directly (what the GUI would have saved)."""
    rng = random.Random(2023)
    with db.session() as s:
        org = m.Organisation(name_th="กระทรวงวิทยาศาสตร์", name_en="Ministry of Science",
                             name_native="科学技术部", abbreviation_en="MOST")  # fmt: skip
        s.add(org)
        trip = m.Trip(
            title_th="การเดินทางเยือนขนาดใหญ่ " + _thai(rng, 6),
            title_en="A long official visit",
            purpose_th=_thai(rng, 60), purpose_en=_english(rng, 60),
            objectives_th="\n".join(_thai(rng, 8) for _ in range(5)),
            objectives_en="\n".join(_english(rng, 8) for _ in range(5)),
            start_date=date(2024, 3, 1), end_date=date(2024, 3, days),
            home_timezone="Asia/Bangkok", destination_timezone="Asia/Shanghai",
        )  # fmt: skip
        s.add(trip)
        persons = []
        for i in range(people):
            native = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            person = m.Person(
                name_th=f"บุคคล {i}", name_en=f"Counterpart {i}", name_native=native,
                name_native_latin=f"Pinyin {i}", honorific_en="Mr.", honorific_th="นาย",
                position_th=_thai(rng, 8), position_en=_english(rng, 8), organisation=org,
                biography_th="\n\n".join(_thai(rng, 50) for _ in range(3)),
                biography_en=_english(rng, 120), pronunciation=f"pin-YIN {i}",
                photo=m.Photo(data=_photo(rng), media_type="image/jpeg"),
            )  # fmt: skip
            persons.append(person)
            s.add(person)
            s.add(m.DelegationMember(trip=trip, person=person, side=m.DelegationSide.HOST,
                                     role_en="Member", precedence=i + 1))  # fmt: skip
        topic_rows = []
        for i in range(topics):
            topic = m.Topic(title_th=f"ประเด็นที่ {i} " + _thai(rng, 4), title_en=f"Topic {i}",
                            summary_th=_thai(rng, 80), summary_en=_english(rng, 80),
                            owner_th="สป.อว.", owner_en="OPS MHESI")  # fmt: skip
            for k, kind in enumerate(list(m.TalkingPointKind) * 2):
                topic.talking_points.append(
                    m.TalkingPoint(
                        kind=kind,
                        text_th=_thai(rng, 25),
                        text_en=_english(rng, 25),
                        owner_th="สดร.",
                        owner_en="NARIT",
                        cleared_by_th="ผู้อำนวยการ",
                        cleared_by_en="Director",
                        cleared_on=date(2024, 2, 20),
                        position=k,
                    )
                )
            topic_rows.append(topic)
            s.add(topic)
            s.add(m.TripTopic(trip=trip, topic=topic, position=i))
        start = datetime(2024, 3, 1, 1, 0, tzinfo=UTC)
        per_day = max(events // days, 1)
        for i in range(events):
            day, slot = divmod(i, per_day)
            begins = start + timedelta(days=day, hours=slot * 1.5)
            event = m.Event(
                trip=trip, kind=m.EventKind.MEETING, title_th=_thai(rng, 6),
                title_en=_english(rng, 6), starts_at=begins, ends_at=begins + timedelta(hours=1),
                timezone="Asia/Shanghai", venue_th=_thai(rng, 5), venue_en=_english(rng, 5),
                dress_en="Business suit", press=m.PressAccess.CLOSED,
                objectives_th=_thai(rng, 12) if i % 4 == 0 else "",
                objectives_en=_english(rng, 12) if i % 4 == 0 else "",
            )  # fmt: skip
            for p, person in enumerate(rng.sample(persons, 3)):
                event.participants.append(m.EventParticipant(person=person, position=p))
            if i % 4 == 0:
                for p, topic in enumerate(rng.sample(topic_rows, 2)):
                    event.topic_links.append(m.EventTopic(topic=topic, position=p))
            s.add(event)
        book = m.BriefingBook(trip=trip, title_en="Synthetic book", title_th="หนังสือทดสอบ",
                              language=m.BookLanguage.THAI)  # fmt: skip
        for i, person in enumerate(persons):
            book.people.append(m.BookPerson(person=person, position=i))
        for i, topic in enumerate(topic_rows):
            book.topics.append(m.BookTopic(topic=topic, position=i))
        s.add(book)
        s.flush()
        s.expunge(book)
        return book


def peak_rss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024


def measure(label: str, db: Database, book_id: object, out: Path, **options: object) -> None:
    # Timed without tracemalloc (it slows allocation-heavy code several times over); memory is
    # the process's peak resident size so far, which includes Qt, fonts and the database.
    began = time.perf_counter()
    cpu = time.process_time()
    result = export_book(db, book_id, out, **options)  # type: ignore[arg-type]
    seconds = time.perf_counter() - began
    cpu = time.process_time() - cpu
    print(
        f"{label:<34} {seconds:6.2f} s (cpu {cpu:5.2f} s) {result.pages:4d} pages"
        f" {result.pages / seconds:6.1f} pages/s  peak RSS {peak_rss_mib():5.0f} MiB",
        flush=True,
    )


def traced_peak(db: Database, book_id: object, out: Path, **options: object) -> float:
    """Peak Python heap of one export, in MiB (a separate, slower run under tracemalloc)."""
    tracemalloc.start()
    export_book(db, book_id, out, record_edition=False, **options)  # type: ignore[arg-type]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a smaller synthetic trip")
    parser.add_argument(
        "--traced", action="store_true", help="also measure the Python heap (slow: tracemalloc)"
    )
    parser.add_argument("--demo-only", action="store_true", help="no synthetic trip")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="brst-bench-"))
    demo = open_demo_database(folder / "demo")
    # The first export of a process loads fonts and the segmenter: shown apart, as a user sees it
    # once per session.
    measure("demo book, first in process (th)", demo, demo_id("book"), folder / "d0.pdf")
    editions = [(language, paper) for language in ("th", "en", "both")
                for paper in ("a4", "a5", "card")]  # fmt: skip
    for language, paper in editions:
        measure(f"demo book {language} {paper}", demo, demo_id("book"), folder / "d.pdf",
                language=language, paper=paper)  # fmt: skip
    if args.traced:
        for language, paper in editions:
            heap = traced_peak(demo, demo_id("book"), folder / "t.pdf", language=language,
                               paper=paper)  # fmt: skip
            print(f"demo book {language} {paper}: peak Python heap {heap:5.1f} MiB", flush=True)
    if args.demo_only:
        return 0
    big = open_database(folder / "big.sqlite")
    size = {"days": 3, "events": 30, "people": 15, "topics": 10} if args.quick else {}
    began = time.perf_counter()
    book = synthetic_trip(big, **size)
    print(f"(synthetic trip built in {time.perf_counter() - began:.1f} s)")
    measure("synthetic trip (th a4)", big, book.id, folder / "big.pdf")
    measure("synthetic trip (both a4)", big, book.id, folder / "big2.pdf", language="both")
    if args.traced:
        heap = traced_peak(big, book.id, folder / "t.pdf")
        print(f"synthetic trip, peak Python heap {heap:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
