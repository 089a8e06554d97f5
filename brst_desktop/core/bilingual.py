"""Texts that were kept as one ``Thai / English`` string, split into their two languages.

Before schema revision 0003 some fields a book prints (dietary needs, sensitivities, previous
meetings, owners and clearances, the preparing office) had one column, and offices wrote both
languages into it: ``ไม่รับประทานเนื้อหมู / no pork``. The migration to 0003 and the import of
older trip files split such a string where the pattern is plain, and otherwise keep the text in
the language it is written in, so nothing is lost and nothing is guessed.
"""

from __future__ import annotations

import re

_THAI = re.compile("[\u0e00-\u0e7f]")
_LATIN = re.compile("[A-Za-z]")
_SEPARATOR = " / "


def split_thai_english(text: str | None) -> tuple[str, str]:
    """``("ไม่รับประทานเนื้อหมู", "no pork")`` from ``"ไม่รับประทานเนื้อหมู / no pork"``.

    - Thai, then `` / ``, then text without Thai: split there (the first separator after the
      last Thai letter, so a Thai part may itself hold a slash: ``สป.อว. / OPS MHESI``).
    - English first and Thai after: the same, mirrored.
    - Only Thai letters: all Thai. Latin letters and no Thai: all English.
    - Neither (a Chinese name, a figure): the same text in both.
    """
    text = (text or "").strip()
    if not text:
        return "", ""
    thai = [m.start() for m in _THAI.finditer(text)]
    if not thai:
        return ("", text) if _LATIN.search(text) else (text, text)
    after = text.find(_SEPARATOR, thai[-1])
    if after >= 0:
        th, en = text[:after].strip(), text[after + len(_SEPARATOR) :].strip()
        if en and _LATIN.search(en):
            return th, en
    before = text.rfind(_SEPARATOR, 0, thai[0])
    if before >= 0:
        en, th = text[:before].strip(), text[before + len(_SEPARATOR) :].strip()
        if en and _LATIN.search(en) and not _THAI.search(en):
            return th, en
    return text, ""


def split_route(text: str | None) -> tuple[str, str]:
    """``("Suvarnabhumi Airport", "Chongqing Jiangbei …")`` from a route written ``A → B``;
    a text without an arrow is all departure."""
    text = (text or "").strip()
    for arrow in (" → ", " -> ", "→"):
        if arrow in text:
            first, _, last = text.partition(arrow)
            return first.strip(), last.strip()
    return text, ""


#: The one-language columns of older data (schema before 0003, trip files of format 1) that are
#: now a Thai and an English column each.
FORMER_COLUMNS: dict[str, tuple[str, ...]] = {
    "person": ("sensitivities", "dietary_needs", "languages"),
    "previous_meeting": ("place", "occasion", "summary"),
    "topic": ("owner",),
    "talking_point": ("owner", "cleared_by"),
    "briefing_book": ("author",),
}
#: Columns older data lacks, with the value they start with.
NEW_COLUMNS: dict[str, dict[str, str]] = {
    "person": {"pronunciation_th": ""},
    "event": {"arrival_venue_th": "", "arrival_venue_en": "", "arrival_venue_native": ""},
}


def upgrade_record(table: str, values: dict[str, object], home_timezone: str = "") -> None:
    """Bring one record of older data (a dict of column values) to the current columns, in
    place: one-language texts split (:func:`split_thai_english`), a flight's ``A → B`` venue
    split into departure and arrival (the own-script name going with the airport abroad)."""
    for column in FORMER_COLUMNS.get(table, ()):
        if column in values:
            th, en = split_thai_english(str(values.pop(column) or ""))
            values.setdefault(f"{column}_th", th)
            values.setdefault(f"{column}_en", en)
    for column, empty in NEW_COLUMNS.get(table, {}).items():
        values.setdefault(column, empty)
    if table != "event" or str(values.get("kind", "")) not in ("flight", "transfer"):
        return
    if values.get("arrival_venue_th") or values.get("arrival_venue_en"):
        return
    from_th, to_th = split_route(str(values.get("venue_th") or ""))
    from_en, to_en = split_route(str(values.get("venue_en") or ""))
    if not (to_th or to_en):
        return
    native = str(values.get("venue_native") or "")
    leaves_home = bool(home_timezone) and values.get("timezone") == home_timezone
    values.update(
        venue_th=from_th,
        venue_en=from_en,
        arrival_venue_th=to_th,
        arrival_venue_en=to_en,
        venue_native="" if leaves_home else native,
        arrival_venue_native=native if leaves_home else "",
    )
