"""The words the calendar and contact files carry, in Thai and English.

Like a book, a file for the phone has a language of its own (``--lang``), independent of the
window's: these are plain Thai/English pairs rather than Qt translations because the files are
written headless and their words are part of the document.
"""

from __future__ import annotations

from brst_desktop.core.models import DelegationSide, EventKind, EventStatus, PressAccess

LANGUAGES = ("th", "en")

LABELS: dict[str, tuple[str, str]] = {
    "venue": ("สถานที่", "Venue"),
    "address": ("ที่อยู่", "Address"),
    "participants": ("ผู้เข้าร่วม", "Participants"),
    "dress": ("การแต่งกาย", "Dress"),
    "transport": ("การเดินทาง", "Transport"),
    "press": ("สื่อมวลชน", "Press"),
    "notes": ("หมายเหตุ", "Notes"),
    "home_time": ("เวลาที่{zone}", "Time in {zone}"),
    "arrives": ("ถึง", "arrives"),
    "status": ("สถานะ", "Status"),
    "name_forms": ("ชื่อ", "Names"),
    "pronunciation": ("การออกเสียง", "Pronunciation"),
    "form_of_address": ("การเรียกขาน", "Form of address"),
    "dietary": ("อาหาร", "Dietary needs"),
    "languages": ("ภาษาที่ใช้", "Languages"),
    "sensitivities": ("ข้อควรระวัง", "Sensitivities"),
    "role": ("บทบาท", "Role"),
}

PRESS: dict[PressAccess, tuple[str, str]] = {
    PressAccess.OPEN: ("เปิดให้สื่อมวลชน", "Open to press"),
    PressAccess.CLOSED: ("ปิด ไม่มีสื่อมวลชน", "Closed to press"),
    PressAccess.POOL: ("ถ่ายภาพช่วงต้น แล้วปิด", "Photo opportunity, then closed"),
}

STATUS: dict[EventStatus, tuple[str, str]] = {
    EventStatus.TENTATIVE: ("ยังไม่ยืนยัน", "Tentative"),
    EventStatus.CANCELLED: ("ยกเลิก", "Cancelled"),
}

KIND: dict[EventKind, tuple[str, str]] = {
    EventKind.FLIGHT: ("เที่ยวบิน", "Flight"),
    EventKind.MEETING: ("การหารือ", "Meeting"),
    EventKind.CEREMONY: ("พิธี", "Ceremony"),
    EventKind.SIGNING: ("พิธีลงนาม", "Signing"),
    EventKind.VISIT: ("การเยี่ยมชม", "Visit"),
    EventKind.MEAL: ("งานเลี้ยง", "Meal"),
    EventKind.TRANSFER: ("การเดินทาง", "Transfer"),
    EventKind.CONFERENCE: ("การประชุม", "Conference"),
    EventKind.PRESS: ("แถลงข่าว", "Press"),
    EventKind.OTHER: ("อื่น ๆ", "Other"),
}

SIDE: dict[DelegationSide, tuple[str, str]] = {
    DelegationSide.HOME: ("คณะผู้แทนไทย", "Thai delegation"),
    DelegationSide.HOST: ("ฝ่ายเจ้าภาพ", "Host side"),
}

#: Bangkok and other home zones by their Thai name, for "เวลาที่…" lines.
ZONE_PLACES: dict[str, tuple[str, str]] = {
    "Asia/Bangkok": ("ประเทศไทย", "Thailand"),
    "Asia/Shanghai": ("จีน", "China"),
}


def word(pair: tuple[str, str], language: str) -> str:
    return pair[0] if language == "th" else pair[1]


def label(key: str, language: str) -> str:
    return word(LABELS[key], language)


def pick(th: str, en: str, language: str) -> str:
    """The text in ``language``, else the other language's (a record may have only one)."""
    first, second = (th, en) if language == "th" else (en, th)
    return (first or second or "").strip()
