"""Field descriptions for the editors: which column, what label, what kind of input.

Labels are English source strings marked with ``N_`` and translated (context "Fields") when the
form is built, so the same description serves Thai and English.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def N_(text: str) -> str:
    return text


def field_text(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "text"  # text multiline date instant zone choice bool int decimal reference
    choices: tuple[tuple[str, str], ...] = ()
    reference: str = ""  # record type listed by a "reference" field
    zone_field: str = ""  # for "instant": the field that holds its time zone
    optional: bool = True  # an "instant" or "date" may be left empty


EVENT_KINDS = (
    ("meeting", N_("Meeting")),
    ("flight", N_("Flight")),
    ("ceremony", N_("Ceremony")),
    ("signing", N_("Signing")),
    ("visit", N_("Visit")),
    ("meal", N_("Meal")),
    ("transfer", N_("Transfer")),
    ("conference", N_("Conference")),
    ("press", N_("Press")),
    ("other", N_("Other")),
)
EVENT_STATUSES = (
    ("planned", N_("Planned")),
    ("tentative", N_("Tentative")),
    ("confirmed", N_("Confirmed")),
    ("cancelled", N_("Cancelled")),
)
PRESS = (
    ("unknown", N_("Not known")),
    ("open", N_("Open to press")),
    ("closed", N_("Closed to press")),
    ("pool", N_("Photo opportunity, then closed")),
)
POINT_KINDS = (
    ("key_message", N_("Key message")),
    ("background", N_("Background")),
    ("if_raised", N_("If raised (defensive line)")),
    ("press_line", N_("Press line")),
)
AGREEMENT_STATUSES = (
    ("draft", N_("Draft")),
    ("negotiating", N_("Negotiating")),
    ("agreed", N_("Agreed")),
    ("signed", N_("Signed")),
    ("withdrawn", N_("Withdrawn")),
)
SIDES = (("home", N_("Our delegation")), ("host", N_("Host delegation")))
PARTY_ROLES = (
    ("party", N_("Party")),
    ("implementing_agency", N_("Implementing agency")),
    ("witness", N_("Witness")),
)
GIFT_DIRECTIONS = (("given", N_("Given")), ("received", N_("Received")))
PROTOCOL_CATEGORIES = (
    ("general", N_("General")),
    ("address", N_("Forms of address")),
    ("precedence", N_("Precedence and seating")),
    ("dress", N_("Dress")),
    ("dietary", N_("Dietary needs")),
    ("gifts", N_("Gifts")),
)
BOOK_LANGUAGES = (("th", N_("Thai")), ("en", N_("English")), ("both", N_("Thai and English")))
PAPERS = (("a4", N_("A4")), ("a5", N_("A5 (pocket)")), ("card", N_("Programme card")))
CLASSIFICATIONS = (
    ("unclassified", N_("Unclassified")),
    ("confidential", N_("Confidential")),
    ("secret", N_("Secret")),
    ("top_secret", N_("Top secret")),
)

F = FieldSpec

TRIP_FIELDS = (
    F("title_th", N_("Title (Thai)")),
    F("title_en", N_("Title (English)")),
    F("destination_th", N_("Destination (Thai)")),
    F("destination_en", N_("Destination (English)")),
    F("destination_country", N_("Country code")),
    F("start_date", N_("First day"), "date"),
    F("end_date", N_("Last day"), "date"),
    F("home_timezone", N_("Home time zone"), "zone"),
    F("destination_timezone", N_("Destination time zone"), "zone"),
    F("classification", N_("Classification"), "choice", CLASSIFICATIONS),
    F("purpose_th", N_("Purpose (Thai)"), "multiline"),
    F("purpose_en", N_("Purpose (English)"), "multiline"),
    F("objectives_th", N_("Objectives (Thai)"), "multiline"),
    F("objectives_en", N_("Objectives (English)"), "multiline"),
    F("sensitivities_th", N_("Sensitivities (Thai)"), "multiline"),
    F("sensitivities_en", N_("Sensitivities (English)"), "multiline"),
    F("notes", N_("Notes"), "multiline"),
)

#: The event editor in three tabs (25 fields do not fit a laptop screen in one column).
EVENT_WHEN_FIELDS = (
    F("title_th", N_("Title (Thai)")),
    F("title_en", N_("Title (English)")),
    F("kind", N_("Kind"), "choice", EVENT_KINDS),
    F("status", N_("Status"), "choice", EVENT_STATUSES),
    F("timezone", N_("Time zone"), "zone"),
    F("starts_at", N_("Starts (local time)"), "instant", zone_field="timezone", optional=False),
    F("end_timezone", N_("Ends in time zone (flights)"), "zone"),
    F("ends_at", N_("Ends (local time)"), "instant", zone_field="end_timezone"),
)
EVENT_PLACE_FIELDS = (
    F("venue_th", N_("Venue (Thai)")),
    F("venue_en", N_("Venue (English)")),
    F("venue_native", N_("Venue (local script)")),
    F("arrival_venue_th", N_("Arrives at (Thai, flights)")),
    F("arrival_venue_en", N_("Arrives at (English, flights)")),
    F("arrival_venue_native", N_("Arrives at (local script)")),
    F("address", N_("Address")),
    F("dress_th", N_("Dress (Thai)")),
    F("dress_en", N_("Dress (English)")),
    F("press", N_("Press"), "choice", PRESS),
    F("transport_th", N_("Transport (Thai)")),
    F("transport_en", N_("Transport (English)")),
)
EVENT_BRIEF_FIELDS = (
    F("objectives_th", N_("Our objectives (Thai)"), "multiline"),
    F("objectives_en", N_("Our objectives (English)"), "multiline"),
    F("their_objectives_th", N_("Their objectives (Thai)"), "multiline"),
    F("their_objectives_en", N_("Their objectives (English)"), "multiline"),
    F("background_th", N_("Background (Thai)"), "multiline"),
    F("background_en", N_("Background (English)"), "multiline"),
    F("notes_th", N_("Notes (Thai)"), "multiline"),
    F("notes_en", N_("Notes (English)"), "multiline"),
)
EVENT_FIELDS = EVENT_WHEN_FIELDS + EVENT_PLACE_FIELDS + EVENT_BRIEF_FIELDS

PERSON_FIELDS = (
    F("name_th", N_("Name (Thai)")),
    F("name_en", N_("Name (English)")),
    F("name_native", N_("Name (own script, e.g. Chinese)")),
    F("name_native_latin", N_("Romanised name (e.g. pinyin)")),
    F("family_name_first", N_("Family name first"), "bool"),
    F("sort_name", N_("Sort as")),
    F("pronunciation_th", N_("Pronunciation (Thai script)")),
    F("pronunciation", N_("Pronunciation (Latin letters)")),
    F("honorific_th", N_("Honorific (Thai)")),
    F("honorific_en", N_("Honorific (English)")),
    F("form_of_address_th", N_("Form of address (Thai)")),
    F("form_of_address_en", N_("Form of address (English)")),
    F("position_th", N_("Position (Thai)")),
    F("position_en", N_("Position (English)")),
    F("organisation_id", N_("Organisation"), "reference", reference="organisation"),
    F("country", N_("Country code")),
    F("gender", N_("Gender")),
    F("languages_th", N_("Languages spoken (Thai)")),
    F("languages_en", N_("Languages spoken (English)")),
    F("biography_th", N_("Biography (Thai)"), "multiline"),
    F("biography_en", N_("Biography (English)"), "multiline"),
    F("sensitivities_th", N_("Sensitivities (Thai)"), "multiline"),
    F("sensitivities_en", N_("Sensitivities (English)"), "multiline"),
    F("dietary_needs_th", N_("Dietary needs (Thai)")),
    F("dietary_needs_en", N_("Dietary needs (English)")),
    F("notes", N_("Notes"), "multiline"),
)

PREVIOUS_MEETING_FIELDS = (
    F("met_on", N_("Date"), "date"),
    F("place_th", N_("Place (Thai)")),
    F("place_en", N_("Place (English)")),
    F("occasion_th", N_("Occasion (Thai)")),
    F("occasion_en", N_("Occasion (English)")),
    F("summary_th", N_("Summary (Thai)"), "multiline"),
    F("summary_en", N_("Summary (English)"), "multiline"),
)

ORGANISATION_FIELDS = (
    F("name_th", N_("Name (Thai)")),
    F("name_en", N_("Name (English)")),
    F("name_native", N_("Name (own script)")),
    F("abbreviation_th", N_("Abbreviation (Thai)")),
    F("abbreviation_en", N_("Abbreviation (English)")),
    F("country", N_("Country code")),
    F("notes", N_("Notes"), "multiline"),
)

TOPIC_FIELDS = (
    F("title_th", N_("Title (Thai)")),
    F("title_en", N_("Title (English)")),
    F("owner_th", N_("Owner (office, Thai)")),
    F("owner_en", N_("Owner (office, English)")),
    F("summary_th", N_("Background and position (Thai)"), "multiline"),
    F("summary_en", N_("Background and position (English)"), "multiline"),
)

TALKING_POINT_FIELDS = (
    F("kind", N_("Kind"), "choice", POINT_KINDS),
    F("text_th", N_("Text (Thai)"), "multiline"),
    F("text_en", N_("Text (English)"), "multiline"),
    F("owner_th", N_("Owner (Thai)")),
    F("owner_en", N_("Owner (English)")),
    F("cleared_by_th", N_("Cleared by (Thai)")),
    F("cleared_by_en", N_("Cleared by (English)")),
    F("cleared_on", N_("Cleared on"), "date"),
    F("position", N_("Order"), "int"),
)

AGREEMENT_FIELDS = (
    F("trip_id", N_("Trip"), "reference", reference="trip"),
    F("kind", N_("Kind (e.g. MoU)")),
    F("title_th", N_("Title (Thai)")),
    F("title_en", N_("Title (English)")),
    F("status", N_("Status"), "choice", AGREEMENT_STATUSES),
    F("event_id", N_("Signing ceremony"), "reference", reference="event"),
    F("summary_th", N_("Summary (Thai)"), "multiline"),
    F("summary_en", N_("Summary (English)"), "multiline"),
)

AGREEMENT_PARTY_FIELDS = (
    F("organisation_id", N_("Organisation"), "reference", reference="organisation"),
    F("role", N_("Role"), "choice", PARTY_ROLES),
    F("position", N_("Order"), "int"),
)

AGREEMENT_SIGNATORY_FIELDS = (
    F("person_id", N_("Signatory"), "reference", reference="person"),
    F("on_behalf_of_id", N_("On behalf of"), "reference", reference="organisation"),
    F("position", N_("Order"), "int"),
)

PARTICIPANT_FIELDS = (
    F("person_id", N_("Person"), "reference", reference="person"),
    F("role_th", N_("Role (Thai)")),
    F("role_en", N_("Role (English)")),
    F("position", N_("Order"), "int"),
)

EVENT_TOPIC_FIELDS = (
    F("topic_id", N_("Topic"), "reference", reference="topic"),
    F("position", N_("Order"), "int"),
)

DELEGATION_FIELDS = (
    F("person_id", N_("Person"), "reference", reference="person"),
    F("side", N_("Side"), "choice", SIDES),
    F("role_th", N_("Role (Thai)")),
    F("role_en", N_("Role (English)")),
    F("precedence", N_("Precedence (1 = head)"), "int"),
    F("is_interpreter", N_("Interpreter"), "bool"),
)

GIFT_FIELDS = (
    F("direction", N_("Given or received"), "choice", GIFT_DIRECTIONS),
    F("description_th", N_("Description (Thai)")),
    F("description_en", N_("Description (English)")),
    F("giver_id", N_("Giver"), "reference", reference="person"),
    F("recipient_id", N_("Recipient"), "reference", reference="person"),
    F("value_amount", N_("Value"), "decimal"),
    F("value_currency", N_("Currency")),
    F("notes", N_("Notes"), "multiline"),
)

PROTOCOL_FIELDS = (
    F("category", N_("Category"), "choice", PROTOCOL_CATEGORIES),
    F("text_th", N_("Text (Thai)"), "multiline"),
    F("text_en", N_("Text (English)"), "multiline"),
    F("position", N_("Order"), "int"),
)

ANNEX_FIELDS = (
    F("title_th", N_("Title (Thai)")),
    F("title_en", N_("Title (English)")),
    F("body_th", N_("Text (Thai)"), "multiline"),
    F("body_en", N_("Text (English)"), "multiline"),
    F("position", N_("Order"), "int"),
)

BOOK_FIELDS = (
    F("title_th", N_("Title (Thai)")),
    F("title_en", N_("Title (English)")),
    F("language", N_("Language of the book"), "choice", BOOK_LANGUAGES),
    F("paper", N_("Paper"), "choice", PAPERS),
    F("classification", N_("Classification"), "choice", CLASSIFICATIONS),
    F("thai_numerals", N_("Thai numerals"), "bool"),
    F("changes_since_edition", N_("Change sheet since edition"), "optional_int"),
    F("author_th", N_("Prepared by (Thai)")),
    F("author_en", N_("Prepared by (English)")),
)

TRIP_TOPIC_FIELDS = (
    F("topic_id", N_("Topic"), "reference", reference="topic"),
    F("position", N_("Order"), "int"),
)

#: The editor of each kind of record (core.registry names the kinds): its fields, in order.
#: The import preview names a differing field as its editor labels it.
EDITOR_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "trip": TRIP_FIELDS,
    "event": EVENT_FIELDS,
    "person": PERSON_FIELDS,
    "previous_meeting": PREVIOUS_MEETING_FIELDS,
    "organisation": ORGANISATION_FIELDS,
    "topic": TOPIC_FIELDS,
    "talking_point": TALKING_POINT_FIELDS,
    "agreement": AGREEMENT_FIELDS,
    "agreement_party": AGREEMENT_PARTY_FIELDS,
    "agreement_signatory": AGREEMENT_SIGNATORY_FIELDS,
    "event_participant": PARTICIPANT_FIELDS,
    "event_topic": EVENT_TOPIC_FIELDS,
    "delegation_member": DELEGATION_FIELDS,
    "trip_topic": TRIP_TOPIC_FIELDS,
    "gift": GIFT_FIELDS,
    "protocol_note": PROTOCOL_FIELDS,
    "annex": ANNEX_FIELDS,
    "briefing_book": BOOK_FIELDS,
}
