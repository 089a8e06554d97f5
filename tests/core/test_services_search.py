"""Global search: any part of any text, Thai in the middle of a sentence, Chinese, any case."""

from __future__ import annotations

from brst_desktop.core.changes import ChangeSet
from brst_desktop.core.demo import demo_id
from brst_desktop.core.search import SearchIndex
from brst_desktop.core.services import records


def test_search_finds_a_thai_word_inside_a_sentence_and_chinese_names(demo_db) -> None:
    index = SearchIndex.build(demo_db)
    # ขอบคุณฝ่ายจีนที่เห็นชอบให้อุปกรณ์ตรวจวัดสภาวะอวกาศ...: no spaces around the word.
    hits = index.search("ตรวจวัด")
    assert ("talking_point", demo_id("talking_point:space:0")) in {(h.entity, h.id) for h in hits}
    hit = next(h for h in hits if h.id == demo_id("talking_point:space:0"))
    assert hit.parent_id == demo_id("topic:space")
    assert "ตรวจวัด" in hit.snippet
    assert demo_id("person:yin") in {h.id for h in index.search("阴和俊")}
    assert demo_id("person:yin") in {h.id for h in index.search("HEJUN")}
    assert index.search("no such text anywhere 12345") == []


def test_the_index_follows_changes(demo_db) -> None:
    index = SearchIndex.build(demo_db)
    changes = records.update(
        demo_db, "person", demo_id("person:yin"), {"notes": "ชอบชาผู่เอ๋อร์เป็นพิเศษ"}
    )
    assert index.search("ผู่เอ๋อร์") == []
    index.apply(demo_db, changes)
    assert [h.id for h in index.search("ผู่เอ๋อร์")] == [demo_id("person:yin")]
    changes = records.delete(demo_db, "person", demo_id("person:yin"))
    index.apply(demo_db, changes)
    assert index.search("ผู่เอ๋อร์") == []
    assert index.apply(demo_db, ChangeSet()) is None


def test_a_snippet_never_starts_or_ends_on_a_floating_thai_mark(demo_db) -> None:
    import unicodedata

    index = SearchIndex.build(demo_db)
    for query in ("ฉงชิ่ง", "ความร่วมมือ", "จีน"):
        for hit in index.search(query):
            text = hit.snippet.strip("…")
            assert unicodedata.category(text[0])[0] != "M", hit.snippet
