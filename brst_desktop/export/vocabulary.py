"""The book's own words for the line breaker: every name its database holds.

A general dictionary knows none of ``ฉงชิ่งเจียงเป่ย``, ``หยิน เหอจวิ้น`` or ``阴和俊``; the
typesetter keeps each term of a :class:`~brst_desktop.typeset.vocabulary.Vocabulary` whole
wherever it fits on a line. The book gives it people's names in every script and form (see
:func:`~brst_desktop.export.names.name_forms`), organisations (names, native names and
abbreviations), places and venues, and the titles of topics and agreements.
"""

from __future__ import annotations

from collections.abc import Iterator

from brst_desktop.export.content import BookContent, OrganisationInfo, PersonInfo
from brst_desktop.export.language import Words
from brst_desktop.export.names import name_forms, people_of
from brst_desktop.typeset.vocabulary import Vocabulary


def _words(words: Words) -> Iterator[str]:
    yield words.th
    yield words.en


def _organisations(content: BookContent, people: list[PersonInfo]) -> Iterator[OrganisationInfo]:
    for person in people:
        if person.organisation is not None:
            yield person.organisation
    for agreement in content.agreements:
        for organisation, _role in agreement.parties:
            yield organisation
        for _person, signing_for in agreement.signatories:
            if signing_for is not None:
                yield signing_for


def book_vocabulary(content: BookContent) -> Vocabulary:
    """Every name and title in ``content`` that a line should not break inside."""
    people = people_of(content)
    terms: list[str] = []
    for person in people:
        terms += name_forms(person)
        terms += [w for meeting in person.previous_meetings for w in _words(meeting.place)]
    for organisation in _organisations(content, people):
        terms += [*_words(organisation.name), organisation.native]
        terms += _words(organisation.abbreviation)
    terms += _words(content.trip.destination)
    for event in content.events:
        terms += [*_words(event.venue), event.venue_native]
    topics = {topic.id: topic for topic in content.topics} | content.topic_library
    for topic in topics.values():
        terms += _words(topic.title)
    for agreement in content.agreements:
        terms += _words(agreement.title)
    return Vocabulary(term for term in terms if term and "\n" not in term)
