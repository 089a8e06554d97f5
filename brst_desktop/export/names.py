"""People's names in printed text, marked so a line never ends inside one of their words.

Qt's dictionary segmenter does not know personal names: it splits the surname แทนทรัพย์ as
แทน|ทรัพย์, the honorific ฯพณฯ as ฯ|พณฯ, and a Chinese name between its characters. Every form of
every person the book mentions (Thai, English, native script, romanisation, with and without the
honorific, and each word alone) is found wherever text is printed (tables, headings, talking
points, biographies) and printed as a kept-together span: lines may still end at the spaces
between given name and surname, not inside either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from brst_desktop.export.content import BookContent, PersonInfo
from brst_desktop.typeset import Span

#: shorter forms (a one-character nickname) would mark ordinary words too
_MIN_LENGTH = 2


def titled_name(title: str, name: str, *, thai: bool) -> str:
    """``นางสาวศุภมาส อิศรภักดี``, ``ฯพณฯ หยิน เหอจวิ้น``, ``H.E. Yin Hejun``."""
    if not title or not name:
        return name
    # Thai titles are written onto the name (นางสาวศุภมาส, ดร.ฟิงค์), except ฯพณฯ.
    joiner = " " if (not thai or title.endswith("ฯ")) else ""
    return f"{title}{joiner}{name}"


def name_forms(person: PersonInfo) -> set[str]:
    """Every way the book may print ``person``'s name."""
    th, en = person.name.th.strip(), person.name.en.strip()
    forms = {
        th,
        en,
        person.native.strip(),
        person.native_latin.strip(),
        titled_name(person.honorific.th.strip(), th, thai=True),
        titled_name(person.honorific.en.strip(), en, thai=False),
    }
    # each word alone too: the given name with a title written onto it (ท่านเหอจวิ้น), the
    # surname alone. A span only withholds breaks inside itself, so a form that happens to
    # match inside other text costs at most a line break there, never a broken word.
    for full in (th, en, person.native_latin.strip()):
        forms.update(full.split())
    return {form for form in forms if len(form) >= _MIN_LENGTH}


def people_of(content: BookContent) -> list[PersonInfo]:
    """Everyone the book can name: delegations, counterparts, participants, signatories, gifts."""
    found: dict[object, PersonInfo] = {}
    for delegate in content.delegation:
        found.setdefault(delegate.person.id, delegate.person)
    for person in content.biographies:
        found.setdefault(person.id, person)
    for event in content.events:
        for participant in event.participants:
            found.setdefault(participant.person.id, participant.person)
    for agreement in content.agreements:
        for person, _org in agreement.signatories:
            found.setdefault(person.id, person)
    for gift in content.gifts:
        for party in (gift.giver, gift.recipient):
            if party is not None:
                found.setdefault(party.id, party)
    return list(found.values())


class NameMarker:
    """Cuts text into spans, the names of known people kept together."""

    def __init__(self, people: Iterable[PersonInfo]) -> None:
        forms: set[str] = set()
        for person in people:
            forms |= name_forms(person)
        # longest first: the regex takes the first alternative that matches at a position, so
        # นางสาวศุภมาส อิศรภักดี wins over ศุภมาส อิศรภักดี
        ordered = sorted(forms, key=lambda f: (-len(f), f))
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def spans(
        self,
        text: str,
        *,
        bold: bool | None = None,
        italic: bool | None = None,
        color: str | None = None,
        whole_name: bool = False,
    ) -> list[Span]:
        """``text`` as spans of one look, each known name in it kept together.

        ``whole_name``: ``text`` is a person's name as printed (with its honorific, or several
        scripts joined by ``/``): it is kept together as a whole even if no form matches it.
        """
        if whole_name:
            return [Span(text, bold=bold, italic=italic, color=color, keep_together=True)]
        pattern = self._pattern
        if pattern is None or not text:
            return [Span(text, bold=bold, italic=italic, color=color)]
        out: list[Span] = []
        position = 0
        for match in pattern.finditer(text):
            if match.start() > position:
                out.append(Span(text[position : match.start()], bold, italic, color))
            out.append(Span(match.group(), bold, italic, color, keep_together=True))
            position = match.end()
        if position < len(text) or not out:
            out.append(Span(text[position:], bold, italic, color))
        return out
